"""Quiz mode: a test of N questions of the chosen types, scored at the end,
with a review of every mistake and its source. Attempts are kept per user."""
from __future__ import annotations

from datetime import UTC, datetime

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from ..core.quiz import percent
from ..forms import QuizAnswerForm, QuizSetupForm
from ..models import QuestionSet, QuizAttempt
from ..services import content
from ..services import quiz as quizzes
from .answering import AnswerError, given_answer

bp = Blueprint("quiz", __name__, url_prefix="/quiz")

DEFAULT_SIZE = 10


@bp.before_request
@login_required
def _require_login() -> None:
    """Attempts are saved per user."""


def _load_set(slug: str) -> QuestionSet:
    question_set = content.get_question_set(slug)
    if question_set is None or not question_set.questions:
        abort(404, description=f"No question set {slug!r}.")
    return question_set


def _load_attempt(attempt_id: int) -> QuizAttempt:
    attempt = quizzes.get_attempt(current_user, attempt_id)
    if attempt is None:
        abort(404, description="No such quiz among yours.")
    return attempt


def _setup_form(question_set: QuestionSet, **kwargs: object) -> QuizSetupForm:
    form = QuizSetupForm(**kwargs)
    form.types.choices = [(kind, kind.replace("_", " ")) for kind in quizzes.question_types(question_set)]
    return form


@bp.route("/<slug>", methods=["GET", "POST"])
def start(slug: str) -> str | Response | tuple[str, int]:
    question_set = _load_set(slug)
    total = len(question_set.questions)
    form = _setup_form(question_set)
    form.size.render_kw = {**(form.size.render_kw or {}), "max": total}
    if not form.is_submitted():
        form.size.data = min(DEFAULT_SIZE, total)
        form.types.data = quizzes.question_types(question_set)
    elif form.validate():
        try:
            attempt = quizzes.start_attempt(current_user, question_set, size=form.size.data,
                                            types=form.types.data, now=datetime.now(UTC))
        except quizzes.QuizError as exc:
            form.types.errors = [*form.types.errors, str(exc)]
        else:
            if len(attempt.question_ids) < form.size.data:
                flash(f"Only {len(attempt.question_ids)} questions of those types: the quiz has them all.", "info")
            return redirect(url_for("quiz.attempt", attempt_id=attempt.id))
    status = 400 if form.is_submitted() else 200
    return render_template(
        "quiz/start.html", question_set=question_set, form=form, total=total,
        attempts=quizzes.list_attempts(current_user, question_set), percent=percent,
    ), status


@bp.get("/attempts")
def attempts() -> str:
    return render_template("quiz/attempts.html", attempts=quizzes.list_attempts(current_user), percent=percent)


@bp.get("/attempts/<int:attempt_id>")
def attempt(attempt_id: int) -> str:
    attempt = _load_attempt(attempt_id)
    position = quizzes.next_position(attempt)
    if position is None:
        answers = quizzes.reviewed_answers(attempt)
        return render_template(
            "quiz/result.html", attempt=attempt, question_set=attempt.question_set, percent=percent,
            mistakes=[(a, content.source_links(a.question) if a.question else []) for a in answers if not a.correct],
            right=[a for a in answers if a.correct],
        )
    return _ask(attempt, position)


def _ask(attempt: QuizAttempt, position: int, error: str | None = None) -> str:
    asked = quizzes.form_at(attempt, position)
    if asked is None:
        abort(410, description="A question of this quiz has been removed from its set; start a new quiz.")
    form = QuizAnswerForm(formdata=None, position=position, form_index=asked.index)
    return render_template(
        "quiz/ask.html", attempt=attempt, question_set=attempt.question_set, position=position,
        question=asked, form=form, error=error,
    )


@bp.post("/attempts/<int:attempt_id>/answer")
def answer(attempt_id: int) -> Response | tuple[str, int]:
    attempt = _load_attempt(attempt_id)
    form = QuizAnswerForm()
    if not form.validate_on_submit():
        if form.form_index.errors:
            abort(400, description="This question's form number is not valid; reload the quiz.")
        abort(400, description="This answer could not be read; reload the quiz.")
    position = form.position.data
    try:
        asked = (quizzes.form_at(attempt, position, form.form_index.data)
                 if 0 <= position < len(attempt.question_ids) else None)
        given = given_answer(asked, request.form, form.answer.data) if asked else ""
        quizzes.answer_question(attempt, form.position.data, given, now=datetime.now(UTC))
    except (quizzes.QuizError, AnswerError) as exc:
        position = quizzes.next_position(attempt)
        if position is None:
            return redirect(url_for("quiz.attempt", attempt_id=attempt.id))
        return _ask(attempt, position, error=str(exc)), 400
    return redirect(url_for("quiz.attempt", attempt_id=attempt.id))
