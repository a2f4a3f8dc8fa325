from __future__ import annotations

from flask import Blueprint, render_template

from .. import services

bp = Blueprint("home", __name__)


@bp.get("/")
def index() -> str:
    return render_template("home.html", question_sets=services.list_question_sets())
