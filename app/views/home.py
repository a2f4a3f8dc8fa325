from __future__ import annotations

from flask import Blueprint, render_template

from ..services import content

bp = Blueprint("home", __name__)


@bp.get("/")
def index() -> str:
    return render_template("home.html", question_sets=content.list_question_sets())
