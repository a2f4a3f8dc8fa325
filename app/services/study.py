"""Study: each user's cards, the queue of what to study next, and the review log.

A card is one user's FSRS state for one question (``StudyCard``), created at
its first review. Every review appends one ``Review`` row; rows are never
updated (a mapper event refuses it), and each carries the nonce of the form
that presented the card, unique in the table, so a replayed POST cannot add
a second review.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import event, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from ..core import scheduling
from ..core.grading import is_correct
from ..core.scheduling import Card, CardState, Rating
from ..extensions import db
from ..models import Question, QuestionSet, Review, StudyCard, User

MODES = ("question", "flashcard")


class StudyRefused(Exception):
    """A review that may not be recorded; ``str(exc)`` says why, for the student."""

    status = 409


class UnknownCard(StudyRefused):
    status = 404


class NotYourCard(StudyRefused):
    status = 403


class NotDue(StudyRefused):
    status = 409


class DailyLimitReached(StudyRefused):
    status = 409


@event.listens_for(Review, "before_update")
def _refuse_rewriting_the_log(_mapper, _connection, target: Review) -> None:  # noqa: ANN001
    raise RuntimeError(f"the review log is append-only; refusing to update review {target.id}")


def start_of_day(now: datetime) -> datetime:
    """Midnight UTC of ``now``'s day: days (limits, streaks, 'today') are UTC days."""
    now = scheduling.as_utc(now)
    return datetime.combine(now.date(), time(0), tzinfo=now.tzinfo)


def to_core(row: StudyCard) -> Card:
    return Card(
        state=CardState(row.state), step=row.step, stability=row.stability, difficulty=row.difficulty,
        due=row.due, last_review=row.last_review, reps=row.reps, lapses=row.lapses,
    )


def _store(row: StudyCard, card: Card) -> None:
    row.state, row.step, row.stability, row.difficulty = int(card.state), card.step, card.stability, card.difficulty
    row.due, row.last_review, row.reps, row.lapses = card.due, card.last_review, card.reps, card.lapses


@dataclass(frozen=True)
class QueueCounts:
    due: int  # cards of this set due now
    new: int  # new cards this set can still show today
    new_left_today: int  # the user's remaining new-card allowance, all sets
    next_due: datetime | None  # when the next card not yet due falls due


@dataclass(frozen=True)
class Presentation:
    """The card to show next and what the page needs to show it."""

    question: Question
    card: Card
    is_new: bool
    counts: QueueCounts


def new_cards_started_today(user: User, now: datetime) -> int:
    return db.session.scalar(
        select(func.count(StudyCard.id)).where(
            StudyCard.user_id == user.id, StudyCard.created_at >= start_of_day(now)
        )
    ) or 0


def _set_cards(user: User, question_set: QuestionSet):  # noqa: ANN202
    return (
        select(StudyCard)
        .join(Question, Question.id == StudyCard.question_id)
        .where(StudyCard.user_id == user.id, Question.set_id == question_set.id)
    )


def next_card(user: User, question_set: QuestionSet, now: datetime) -> Presentation | None:
    """Due cards first (the most overdue first), then new cards in bank order,
    up to the user's daily limit of new cards. None when nothing is left today."""
    counts = queue_counts(user, question_set, now)
    due_row = db.session.scalar(
        _set_cards(user, question_set).where(StudyCard.due <= now).order_by(StudyCard.due, StudyCard.id).limit(1)
    )
    if due_row is not None:
        return Presentation(question=due_row.question, card=to_core(due_row), is_new=False, counts=counts)
    if counts.new > 0:
        question = db.session.scalar(_new_questions(user, question_set).order_by(Question.position).limit(1))
        if question is not None:
            return Presentation(question=question, card=scheduling.new_card(now), is_new=True, counts=counts)
    return None


def _new_questions(user: User, question_set: QuestionSet):  # noqa: ANN202
    started = select(StudyCard.question_id).where(StudyCard.user_id == user.id)
    return select(Question).where(Question.set_id == question_set.id, Question.id.not_in(started))


def queue_counts(user: User, question_set: QuestionSet, now: datetime) -> QueueCounts:
    due = db.session.scalar(
        select(func.count()).select_from(_set_cards(user, question_set).where(StudyCard.due <= now).subquery())
    ) or 0
    unseen = db.session.scalar(
        select(func.count()).select_from(_new_questions(user, question_set).subquery())
    ) or 0
    left = max(0, user.new_cards_per_day - new_cards_started_today(user, now))
    next_due = db.session.scalar(
        select(func.min(StudyCard.due)).select_from(StudyCard)
        .join(Question, Question.id == StudyCard.question_id)
        .where(StudyCard.user_id == user.id, Question.set_id == question_set.id, StudyCard.due > now)
    )
    if next_due is not None:
        next_due = scheduling.as_utc(next_due) if next_due.tzinfo else next_due.replace(tzinfo=now.tzinfo)
    return QueueCounts(due=due, new=min(unseen, left), new_left_today=left, next_due=next_due)


def grade(question: Question, given: str, response_ms: int | None) -> tuple[bool, Rating]:
    """Grade an answer and suggest the rating it earns."""
    correct = is_correct(question.type, question.answer, given, question.accept, question.items or (),
                         question.pairs or ())
    return correct, scheduling.rating_for_answer(correct, response_ms, question.type)


@dataclass(frozen=True)
class Answerable:
    question: Question
    row: StudyCard | None
    card: Card


@dataclass(frozen=True)
class RecordedReview:
    question: Question
    review: Review
    card: Card
    duplicate: bool  # the same presentation was already recorded: nothing was added


def check_answerable(
    user: User, *, question_set: QuestionSet, question_id: str, presented_to: int, now: datetime
) -> Answerable:
    """The card if ``user`` may answer it now; else a StudyRefused saying why."""
    if presented_to != user.id:
        raise NotYourCard("This card was shown to another account: you can only answer your own cards.")
    question = db.session.get(Question, question_id)
    if question is None or question.set_id != question_set.id:
        raise UnknownCard("This card is not in this set (any more).")
    row = db.session.scalar(
        select(StudyCard).where(StudyCard.user_id == user.id, StudyCard.question_id == question_id)
    )
    if row is None:
        if new_cards_started_today(user, now) >= user.new_cards_per_day:
            raise DailyLimitReached(
                f"You have started your {user.new_cards_per_day} new cards for today: come back tomorrow."
            )
        return Answerable(question=question, row=None, card=scheduling.new_card(now))
    card = to_core(row)
    if not scheduling.is_due(card, now):
        raise NotDue(
            f"This card is not due yet: it comes back in {scheduling.describe_interval(card.due, now)} "
            f"({card.due:%Y-%m-%d %H:%M} UTC)."
        )
    return Answerable(question=question, row=row, card=card)


def find_review(nonce: str) -> Review | None:
    return db.session.scalar(select(Review).where(Review.nonce == nonce))


def record_review(
    user: User,
    *,
    question_set: QuestionSet,
    question_id: str,
    presented_to: int,
    nonce: str,
    mode: str,
    rating: Rating | int,
    now: datetime,
    answer_given: str | None = None,
    correct: bool | None = None,
    response_ms: int | None = None,
) -> RecordedReview:
    """Review a card: update its FSRS state and append one row to the log.

    A nonce already in the log returns that review with ``duplicate=True``
    and changes nothing. A card that is not due, not in the set or not the
    user's raises StudyRefused.
    """
    if mode not in MODES:
        raise ValueError(f"unknown study mode {mode!r}")
    rating = Rating(rating)
    earlier = find_review(nonce)
    if earlier is not None:
        if earlier.user_id != user.id or presented_to != user.id:
            raise NotYourCard("This card was shown to another account: you can only answer your own cards.")
        question = db.session.get(Question, earlier.question_id)
        row = db.session.scalar(
            select(StudyCard).where(StudyCard.user_id == user.id, StudyCard.question_id == earlier.question_id)
        )
        return RecordedReview(question=question, review=earlier, card=to_core(row), duplicate=True)

    target = check_answerable(user, question_set=question_set, question_id=question_id,
                              presented_to=presented_to, now=now)
    after, log = scheduling.review(target.card, rating, now, user.desired_retention)
    row = target.row
    if row is None:
        row = StudyCard(user_id=user.id, question_id=question_id, created_at=scheduling.as_utc(now))
        db.session.add(row)
    _store(row, after)
    entry = Review(
        nonce=nonce, user_id=user.id, question_id=question_id, mode=mode, rating=int(rating),
        answer_given=answer_given, correct=correct,
        response_ms=None if response_ms is None else max(0, int(response_ms)),
        due_before=log.due_before, due_after=log.due_after,
        state_before=int(log.state_before), state_after=int(log.state_after), reviewed_at=log.reviewed_at,
    )
    db.session.add(entry)
    try:
        db.session.commit()
    except (IntegrityError, StaleDataError):
        # Another request for the same presentation, or the same card from
        # another tab, got there first.
        db.session.rollback()
        earlier = find_review(nonce)
        if earlier is not None and earlier.user_id == user.id:
            question = db.session.get(Question, earlier.question_id)
            row = db.session.scalar(
                select(StudyCard).where(StudyCard.user_id == user.id, StudyCard.question_id == question_id)
            )
            return RecordedReview(question=question, review=earlier, card=to_core(row), duplicate=True)
        raise NotDue("This card was just answered elsewhere (another tab?); it is not due now.") from None
    return RecordedReview(question=target.question, review=entry, card=after, duplicate=False)


def get_card(user: User, card_id: int) -> StudyCard | None:
    """One of the user's own cards; None for anyone else's."""
    return db.session.scalar(select(StudyCard).where(StudyCard.id == card_id, StudyCard.user_id == user.id))


def card_reviews(user: User, card: StudyCard) -> list[Review]:
    return list(db.session.scalars(
        select(Review)
        .where(Review.user_id == user.id, Review.question_id == card.question_id)
        .order_by(Review.reviewed_at, Review.id)
    ))


def reviews_between(user: User, start: datetime, end: datetime) -> list[Review]:
    return list(db.session.scalars(
        select(Review)
        .where(Review.user_id == user.id, Review.reviewed_at >= start, Review.reviewed_at < end)
        .order_by(Review.reviewed_at)
    ))


def preview_intervals(user: User, card: Card, now: datetime) -> dict[Rating, str]:
    return {rating: scheduling.describe_interval(due, now)
            for rating, due in scheduling.preview(card, now, user.desired_retention).items()}


def days_ahead(now: datetime, days: int) -> list[datetime]:
    start = start_of_day(now)
    return [start + timedelta(days=i) for i in range(days)]
