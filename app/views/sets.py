"""A question set's own page: what is in it, and what you can do with it."""
from __future__ import annotations

from collections import Counter

from flask import Blueprint, abort, render_template

from ..services import content

bp = Blueprint("sets", __name__, url_prefix="/sets")


@bp.get("/<slug>")
def show(slug: str) -> str:
    question_set = content.get_question_set(slug)
    if question_set is None:
        abort(404, description=f"No question set {slug!r}.")
    types = Counter(question.type for question in question_set.questions)
    return render_template("sets/show.html", question_set=question_set, types=sorted(types.items()))
