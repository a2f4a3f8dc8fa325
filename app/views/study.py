"""Study mode: the user's due cards, then new ones, as flashcards or graded questions.

Each card shown carries a signed token naming the user, the question, the
form of it shown (0 the primary, then its variants), the time it was shown
and a fresh nonce. The review log stores the nonce under a unique
constraint, so a double click, a reload or a replayed POST records one
review. No review is recorded until the student rates the card (a graded
answer only suggests the rating). The answer form posts the form index in a
hidden field too; it must be the token's, and the answer is graded against
that form.
"""
from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from itsdangerous import BadSignature, SignatureExpired, Signer, URLSafeTimedSerializer
from werkzeug.wrappers import Response

from ..core.scheduling import Rating, describe_interval
from ..core.variants import AskedForm
from ..forms import StudyAnswerForm, StudyRateForm
from ..models import Question
from ..services import content, study
from .answering import AnswerError, given_answer

bp = Blueprint("study", __name__, url_prefix="/study")

TOKEN_MAX_AGE_SECONDS = 24 * 3600
VIEW_MODES = {"questions": "question", "flashcards": "flashcard"}


@bp.before_request
@login_required
def _require_login() -> None:
    """Every study page is the user's own."""


@dataclass(frozen=True)
class Shown:
    """What a card's token says: who saw which card when, and any graded answer."""

    nonce: str
    user_id: int
    question_id: str
    mode: str
    shown_at_ms: int
    form_index: int = 0  # which form of the question was shown: 0 the primary, then its variants
    answer: str | None = None
    correct: bool | None = None
    response_ms: int | None = None

    def as_payload(self) -> dict[str, object]:
        payload: dict[str, object] = {
            "n": self.nonce, "u": self.user_id, "q": self.question_id, "m": self.mode, "t": self.shown_at_ms,
            "f": self.form_index,
        }
        if self.answer is not None:
            payload.update(a=self.answer, c=self.correct, r=self.response_ms)
        return payload

    @classmethod
    def from_payload(cls, payload: dict) -> Shown:
        return cls(
            nonce=str(payload["n"]), user_id=int(payload["u"]), question_id=str(payload["q"]),
            mode=str(payload["m"]), shown_at_ms=int(payload["t"]), form_index=int(payload.get("f", 0)),
            answer=payload.get("a"), correct=payload.get("c"), response_ms=payload.get("r"),
        )


def _serializer() -> URLSafeTimedSerializer:
    return _serializer_for(current_app.config["SECRET_KEY"])


@lru_cache(maxsize=4)
def _serializer_for(secret_key: str | bytes) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt="factdeck.study.card")


@lru_cache(maxsize=4)
def _signer_for(secret_key: str | bytes) -> Signer:
    return _serializer_for(secret_key).make_signer()


def sign(shown: Shown) -> str:
    # The plain form of the serializer's own tokens (loads() reads both): its
    # dumps() would also try zlib on every card shown, for tokens this short.
    payload = json.dumps(shown.as_payload(), separators=(",", ":")).encode("utf-8")
    signer = _signer_for(current_app.config["SECRET_KEY"])
    return signer.sign(base64.urlsafe_b64encode(payload).rstrip(b"=")).decode("ascii")


def read_token(token: str | None) -> Shown:
    """The token's contents, or a 400 with a message if forged, stale or garbled."""
    if not token:
        abort(400, description="This form has no card token; reload the study page.")
    try:
        payload = _serializer().loads(token, max_age=TOKEN_MAX_AGE_SECONDS)
        return Shown.from_payload(payload)
    except SignatureExpired:
        abort(400, description="This card was shown more than a day ago; reload the study page.")
    except (BadSignature, KeyError, TypeError, ValueError):
        abort(400, description="This card token is not valid; reload the study page.")


def _now() -> datetime:
    return datetime.now(UTC)


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _load_set(slug: str) -> study.StudySet:
    question_set = study.find_study_set(slug)
    if question_set is None:
        abort(404, description=f"No question set {slug!r}.")
    return question_set


def _view_mode() -> str:
    mode = request.values.get("mode", "questions")
    return mode if mode in VIEW_MODES else "questions"


def _refused(question_set: study.StudySet, exc: study.StudyRefused, view_mode: str) -> tuple[str, int]:
    return render_template(
        "study/refused.html", question_set=question_set, message=str(exc), view_mode=view_mode
    ), exc.status


@bp.get("/<slug>")
def show(slug: str) -> str:
    view_mode = _view_mode()
    now = _now()
    user = current_user._get_current_object()  # the proxy costs a look-up per attribute read
    queue = study.open_queue(user, slug, now)
    if queue is None:
        abort(404, description=f"No question set {slug!r}.")
    question_set, presentation = queue.study_set, queue.next
    if presentation is None:
        counts = queue.counts
        return render_template(
            "study/done.html", question_set=question_set, counts=counts, view_mode=view_mode,
            next_due_in=describe_interval(counts.next_due, now) if counts.next_due else None,
        )
    asked = presentation.form
    shown = Shown(
        nonce=secrets.token_urlsafe(24), user_id=user.id, question_id=presentation.question.id,
        mode=VIEW_MODES[view_mode], shown_at_ms=_ms(now), form_index=asked.index,
    )
    return render_template(
        "study/card.html", question_set=question_set, presentation=presentation, view_mode=view_mode,
        token=sign(shown), question=asked,
        sources=presentation.sources,
        # Only flashcards show the rating buttons (a graded question shows them after the answer).
        intervals=study.preview_intervals(user, presentation.card, now) if view_mode == "flashcards" else {},
        ratings=list(Rating),
    )


@bp.post("/<slug>/answer")
def answer(slug: str) -> str | tuple[str, int] | Response:
    """Grade a question-type card; the student then confirms or changes the rating."""
    question_set = _load_set(slug)
    form = StudyAnswerForm()
    if not form.validate_on_submit():
        if form.form_index.errors:
            abort(400, description="This card's form number is not valid; reload the study page.")
        abort(400, description="This answer could not be read; reload the study page.")
    shown = read_token(form.token.data)
    now = _now()
    try:
        target = study.check_answerable(
            current_user, question_set=question_set, question_id=shown.question_id,
            presented_to=shown.user_id, now=now,
        )
    except study.StudyRefused as exc:
        if study.find_review(shown.nonce) is not None and shown.user_id == current_user.id:
            flash("That card was already recorded.", "info")
            return redirect(url_for("study.show", slug=slug, mode="questions"))
        return _refused(question_set, exc, "questions")
    question = target.question
    asked = _form_shown(question, shown, form.form_index.data)
    try:
        given, problem = given_answer(asked, request.form, form.answer.data), None
    except AnswerError as exc:
        given, problem = "", str(exc)
    if not given:
        return render_template(
            "study/card.html", question_set=question_set, view_mode="questions", token=form.token.data,
            question=asked, sources=[], intervals={}, ratings=list(Rating),
            presentation=study.Presentation(question=question, card=target.card, is_new=target.row is None,
                                            counts=study.queue_counts(current_user, question_set, now)),
            error=problem or "Choose or type an answer first.",
        ), 400
    response_ms = max(0, _ms(now) - shown.shown_at_ms)
    correct, suggested = study.grade(asked, given, response_ms)
    graded = Shown(
        nonce=shown.nonce, user_id=shown.user_id, question_id=shown.question_id, mode="question",
        shown_at_ms=shown.shown_at_ms, form_index=asked.index, answer=given, correct=correct,
        response_ms=response_ms,
    )
    rate_form = StudyRateForm(formdata=None, token=sign(graded), rating=int(suggested))
    return render_template(
        "study/answered.html", question_set=question_set, question=asked, given=given, correct=correct,
        suggested=suggested, response_ms=response_ms, rate_form=rate_form, ratings=list(Rating),
        sources=content.source_links(question),
        intervals=study.preview_intervals(current_user, target.card, now),
    )


def _form_shown(question: Question, shown: Shown, posted_index: int | None) -> AskedForm:
    """The form the page showed, which the answer is graded against: the
    signed token's; a posted index (the hidden field) must name the same."""
    if posted_index is not None and posted_index != shown.form_index:
        abort(400, description=f"This answer is for form {posted_index} of the card, but the page showed "
                               f"form {shown.form_index}; reload the study page.")
    try:
        return study.shown_form(question, shown.form_index)
    except study.UnknownForm as exc:
        abort(400, description=str(exc))


@bp.post("/<slug>/review")
def review(slug: str) -> Response | tuple[str, int]:
    """Record the rating of a card: one review per presentation, however often posted."""
    question_set = _load_set(slug)
    form = StudyRateForm()
    shown = read_token(form.token.data)
    view_mode = "flashcards" if shown.mode == "flashcard" else "questions"
    if not form.validate_on_submit():
        abort(400, description="Choose a rating from 1 (Again) to 4 (Easy).")
    now = _now()
    try:
        response_ms = shown.response_ms if shown.mode == "question" else max(0, _ms(now) - shown.shown_at_ms)
        recorded = study.record_review(
            current_user, question_set=question_set, question_id=shown.question_id,
            presented_to=shown.user_id, nonce=shown.nonce, mode=shown.mode, rating=form.rating.data, now=now,
            answer_given=shown.answer, correct=shown.correct, response_ms=response_ms,
        )
    except study.StudyRefused as exc:
        return _refused(question_set, exc, view_mode)
    if recorded.duplicate:
        flash("That card was already recorded; here is the next one.", "info")
    else:
        rating = Rating(form.rating.data)  # not the committed row's: reading it would begin a transaction
        next_in = describe_interval(recorded.card.due, now)
        flash(f"Saved: {rating.label}. Next review in {next_in}.", "success")
    return redirect(url_for("study.show", slug=slug, mode=view_mode))


@bp.get("/cards/<int:card_id>")
def card_history(card_id: int) -> str:
    """One of your cards: its state and every review of it. Other users' cards are 404."""
    row = study.get_card(current_user, card_id)
    if row is None:
        abort(404, description="No such card among yours.")
    return render_template(
        "study/card_history.html", row=row, card=study.to_core(row), question=row.question,
        reviews=study.card_reviews(current_user, row), ratings={r.value: r.label for r in Rating},
    )
