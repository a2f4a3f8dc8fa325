"""A quiz: a set's questions one by one, each answer shown with its source."""
from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from ..services import content
from ..core.grading import is_correct
from ..models import QuestionSet

bp = Blueprint("quiz", __name__, url_prefix="/quiz")


def _load_set(slug: str) -> QuestionSet:
    question_set = content.get_question_set(slug)
    if question_set is None or not question_set.questions:
        abort(404, description=f"No question set {slug!r}.")
    return question_set


@bp.get("/<slug>")
def ask(slug: str) -> str | Response:
    question_set = _load_set(slug)
    index = request.args.get("q", default=0, type=int)
    if index < 0 or index >= len(question_set.questions):
        return redirect(url_for("quiz.ask", slug=slug))
    if index == 0:
        session.pop(_score_key(slug), None)
    return render_template(
        "quiz/ask.html", question_set=question_set, index=index, question=question_set.questions[index]
    )


@bp.post("/<slug>/<int:index>")
def answer(slug: str, index: int) -> str:
    question_set = _load_set(slug)
    if index < 0 or index >= len(question_set.questions):
        abort(404, description="No such question in this set.")
    question = question_set.questions[index]
    given = request.form.get("answer", "").strip()
    if not given:
        return render_template(
            "quiz/ask.html", question_set=question_set, index=index, question=question,
            error="Choose or type an answer first.",
        ), 400
    correct = is_correct(question.type, question.answer, given, question.accept)
    scores = dict(session.get(_score_key(slug), {}))
    scores[str(index)] = correct
    session[_score_key(slug)] = scores
    return render_template(
        "quiz/result.html",
        question_set=question_set,
        index=index,
        question=question,
        given=given,
        correct=correct,
        sources=content.source_links(question),
        score=sum(scores.values()),
        answered=len(scores),
        is_last=index == len(question_set.questions) - 1,
    )


def _score_key(slug: str) -> str:
    return f"quiz:{slug}"
