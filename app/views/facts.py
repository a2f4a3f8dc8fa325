"""The corpus's facts by kind, each with the sentences that tell it."""
from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user

from ..core.fact_summary import KIND_LABELS, describe_fact
from ..core.facts import KINDS
from ..services import content, facts

bp = Blueprint("facts", __name__, url_prefix="/facts")


@bp.get("")
def index() -> str:
    teacher = current_user.is_authenticated and current_user.role == "teacher"
    groups = facts.corpus_facts(teacher=teacher)
    titles = {row.id: row.title for row in content.list_articles(teacher=teacher)}
    by_kind = {kind: [g for g in groups if g.kind == kind] for kind in KINDS}
    return render_template(
        "facts/index.html", by_kind=by_kind, labels=KIND_LABELS, describe=describe_fact, titles=titles,
        sentence_of=content.sentence_index_of,
    )
