"""Study: each user's cards, the queue of what to study next, and the review log.

A card is one user's FSRS state for one question (``StudyCard``), created at
its first review. A question with variants keeps its one card: each review
shows one form of it (core.variants), and the answer is graded against that form. Every review appends one ``Review`` row; rows are never
updated (a mapper event refuses it), and each carries the nonce of the form
that presented the card, unique in the table, so a replayed POST cannot add
a second review.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import Integer, bindparam, case, event, exists, func, select, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from ..core import scheduling
from ..core.grading import is_correct
from ..core.scheduling import Card, CardState, Rating
from ..core.variants import AskedForm, form_for_review, question_forms
from ..extensions import db
from ..models import Article, Question, QuestionSet, QuestionSource, Review, StudyCard, User, UTCDateTime
from .content import SourceLink, source_link

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


class UnknownForm(StudyRefused):
    """An answer to a form the question does not have (a tampered page, or a question edited since)."""

    status = 400


@event.listens_for(Review, "before_update")
def _refuse_rewriting_the_log(_mapper, _connection, target: Review) -> None:
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
    row.state, row.step = int(card.state), card.step
    row.stability, row.difficulty = card.stability, card.difficulty
    row.due, row.last_review, row.reps, row.lapses = card.due, card.last_review, card.reps, card.lapses


@dataclass(frozen=True)
class QueueCounts:
    due: int  # cards of this set due now
    new: int  # new cards this set can still show today
    new_left_today: int  # the user's remaining new-card allowance, all sets
    next_due: datetime | None  # when the next card not yet due falls due


@dataclass(frozen=True)
class StudySet:
    """A set a student may study: published, not archived, with questions."""

    id: int
    slug: str
    title: str


@dataclass(frozen=True)
class CardQuestion:
    """What the study page shows of a question, read as a plain row (the
    next-card page is the hottest page: ORM objects cost more to build than
    its indexed queries cost to run)."""

    id: str
    type: str
    prompt: str
    answer: str
    options: list[str]
    accept: list[str]
    explanation: str
    items: list[str]
    pairs: list[list[str]]
    variants: list[dict]


@dataclass(frozen=True)
class Presentation:
    """The card to show next and what the page needs to show it."""

    question: Question | CardQuestion
    card: Card
    is_new: bool
    counts: QueueCounts
    sources: tuple[SourceLink, ...] = ()

    @property
    def form(self) -> AskedForm:
        """The form of the question this review shows."""
        return form_to_show(self.question, self.card)


def new_cards_started_today(user: User, now: datetime) -> int:
    return db.session.scalar(
        select(func.count(StudyCard.id)).where(
            StudyCard.user_id == user.id, StudyCard.created_at >= start_of_day(now)
        )
    ) or 0


# The statements of the "next card" page are built once, with bound
# parameters, and select columns rather than ORM entities: building a
# SQLAlchemy expression or an ORM object costs more than running the
# statement on an index.
_USER_ID = bindparam("user_id", type_=Integer)
_NOW, _DAY_START = bindparam("now", type_=UTCDateTime()), bindparam("day_start", type_=UTCDateTime())
_sets, _questions, _cards = QuestionSet.__table__, Question.__table__, StudyCard.__table__
_sources, _articles = QuestionSource.__table__, Article.__table__

STUDY_SET = (
    select(_sets.c.id, _sets.c.slug, _sets.c.title)
    .where(_sets.c.slug == bindparam("slug"), _sets.c.published.is_(True), _sets.c.archived.is_(False),
           exists().where(_questions.c.set_id == _sets.c.id))
)

# The whole "next card" page in one statement, every part on an index:
# the set by its slug; the counts of the user's queue in it (the set's size,
# the user's new cards today, and the user's cards of the set: all, due, the
# next to fall due); the most overdue card of the set or, if none is due and
# the day's new cards are not used up, the first question in bank order
# without a card (COALESCE and CASE evaluate only what they need); and one
# row per source of the card's question.
_PER_DAY = bindparam("new_per_day", type_=Integer)
_mine = (_cards.c.user_id == _USER_ID) & (_cards.c.set_id == _sets.c.id)
_started_today = (select(func.count()).select_from(_cards)
                  .where(_cards.c.user_id == _USER_ID, _cards.c.created_at >= _DAY_START).scalar_subquery())
_most_overdue = (select(_cards.c.id).where(_mine, _cards.c.due <= _NOW)
                 .order_by(_cards.c.due, _cards.c.id).limit(1).scalar_subquery())
_seen = _cards.alias("seen")
# NOT IN, not NOT EXISTS: PostgreSQL hashes the user's seen questions once,
# where for NOT EXISTS it may plan a nested loop that compares every question
# with every card (3.5 ms against 0.13 ms for a student 300 cards in).
# study_cards.question_id is NOT NULL, so NOT IN has no NULL trap.
# Only the cards of this set: a student's cards in other sets cannot match,
# and hashing them all made the page slower the more sets the student had
# studied (1.0 ms against 0.12 ms with 3,000 cards elsewhere). The set's id
# is looked up by slug again, uncorrelated, so that SQLite builds the list
# once, not once per question; it is read off ix_study_cards_user_set_question
# (without that index PostgreSQL planned a hash of every question instead).
_this_set = _sets.alias("this_set")
_this_set_id = select(_this_set.c.id).where(_this_set.c.slug == bindparam("slug")).scalar_subquery()
_seen_in_set = select(_seen.c.question_id).where(_seen.c.user_id == _USER_ID, _seen.c.set_id == _this_set_id)
_first_unseen = (
    select(_questions.c.id)
    .where(_questions.c.set_id == _sets.c.id, _questions.c.id.not_in(_seen_in_set))
    .order_by(_questions.c.position).limit(1).scalar_subquery()
)
_card, _question = _cards.alias("card"), _questions.alias("question")
_CARD_FIELDS = ("state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses")
NEXT_CARD = (
    select(
        _sets.c.id, _sets.c.slug, _sets.c.title, _sets.c.published, _sets.c.archived,
        select(func.count()).select_from(_questions).where(_questions.c.set_id == _sets.c.id)
        .scalar_subquery().label("in_set"),
        _started_today.label("started_today"),
        select(func.count()).select_from(_cards).where(_mine).scalar_subquery().label("started_in_set"),
        select(func.count()).select_from(_cards).where(_mine, _cards.c.due <= _NOW)
        .scalar_subquery().label("due"),
        type_coerce(select(func.min(_cards.c.due)).where(_mine, _cards.c.due > _NOW).scalar_subquery(),
                    UTCDateTime()).label("next_due"),
        _card.c.id.label("card_id"), *(_card.c[name].label(f"card_{name}") for name in _CARD_FIELDS),
        *(_question.c[name].label(f"question_{name}") for name in CardQuestion.__dataclass_fields__),
        _sources.c.article_id.label("source_article"), _articles.c.sha256.label("source_sha256"),
        _sources.c.start.label("source_start"), _sources.c.end.label("source_end"),
        _sources.c.quote.label("source_quote"),
    )
    .select_from(
        _sets.outerjoin(_card, _card.c.id == _most_overdue)
        .outerjoin(_question, _question.c.id == func.coalesce(
            _card.c.question_id, case((_started_today < _PER_DAY, _first_unseen))))
        .outerjoin(_sources, _sources.c.question_id == _question.c.id)
        .outerjoin(_articles, _articles.c.id == _sources.c.article_id)
    )
    .where(_sets.c.slug == bindparam("slug"))
    .order_by(_sources.c.position)
)


def next_card_statements(user: User, question_set: QuestionSet, now: datetime) -> dict[str, object]:
    """The next-card statement with its parameters bound (for EXPLAIN)."""
    return {"the set, its queue counts, the next card, its question and sources":
            NEXT_CARD.params(_params(user, question_set.slug, now))}


def _params(user: User, slug: str, now: datetime) -> dict[str, object]:
    return {"slug": slug, "user_id": user.id, "now": now, "day_start": start_of_day(now),
            "new_per_day": user.new_cards_per_day}


def find_study_set(slug: str) -> StudySet | None:
    """The published, unarchived set ``slug`` if it has questions."""
    row = db.session.execute(STUDY_SET, {"slug": slug}).first()
    return StudySet(id=row.id, slug=row.slug, title=row.title) if row is not None else None


@dataclass(frozen=True)
class Queue:
    """A set the user can study, the counts of their queue in it, and the
    card to show next (None when nothing is left today)."""

    study_set: StudySet
    counts: QueueCounts
    next: Presentation | None


def open_queue(user: User, slug: str, now: datetime) -> Queue | None:
    """The set ``slug`` if it is published, unarchived and has questions,
    with the user's queue in it: due cards first (the most overdue first),
    then new cards in bank order up to the user's daily limit."""
    rows = db.session.execute(NEXT_CARD, _params(user, slug, now)).all()
    first = rows[0] if rows else None
    if first is None or not first.published or first.archived or not first.in_set:
        return None
    counts = _counts(user, first, now)
    if first.card_id is not None:
        fields = {name: getattr(first, f"card_{name}") for name in _CARD_FIELDS}
        card = Card(**{**fields, "state": CardState(fields["state"])})
        presentation = _presentation(rows, card, False, counts)
    elif first.question_id is not None:
        presentation = _presentation(rows, scheduling.new_card(now), True, counts)
    else:
        presentation = None
    return Queue(StudySet(id=first.id, slug=first.slug, title=first.title), counts, presentation)


def next_card(user: User, question_set: QuestionSet | StudySet, now: datetime) -> Presentation | None:
    queue = open_queue(user, question_set.slug, now)
    return queue.next if queue is not None else None


def queue_counts(user: User, question_set: QuestionSet | StudySet, now: datetime) -> QueueCounts:
    row = db.session.execute(NEXT_CARD, _params(user, question_set.slug, now)).first()
    return _counts(user, row, now)


def _counts(user: User, row, now: datetime) -> QueueCounts:
    unseen = max(0, (row.in_set or 0) - (row.started_in_set or 0))
    left = max(0, user.new_cards_per_day - (row.started_today or 0))
    next_due = row.next_due
    if next_due is not None:
        next_due = scheduling.as_utc(next_due) if next_due.tzinfo else next_due.replace(tzinfo=now.tzinfo)
    return QueueCounts(due=int(row.due or 0), new=min(unseen, left), new_left_today=left, next_due=next_due)


def _presentation(rows, card: Card, is_new: bool, counts: QueueCounts) -> Presentation:
    first = rows[0]
    question = CardQuestion(**{name: getattr(first, f"question_{name}")
                               for name in CardQuestion.__dataclass_fields__})
    links = tuple(source_link(r.source_article, r.source_sha256, r.source_start, r.source_end, r.source_quote)
                  for r in rows if r.source_article is not None)
    return Presentation(question=question, card=card, is_new=is_new, counts=counts, sources=links)


def form_to_show(question: Question | CardQuestion, card: Card) -> AskedForm:
    """The primary at a card's first review, then the question's variants in turn."""
    return form_for_review(question_forms(question), card.reps)


def shown_form(question: Question, index: int) -> AskedForm:
    """Form ``index`` of the question, as the page that showed it says; UnknownForm if it has none."""
    forms = question_forms(question)
    if not 0 <= index < len(forms):
        raise UnknownForm(f"This card has no form {index} (it may have been edited since it was shown); "
                          "reload the study page.")
    return forms[index]


def grade(form: AskedForm, given: str, response_ms: int | None) -> tuple[bool, Rating]:
    """Grade an answer to the form shown and suggest the rating it earns."""
    correct = is_correct(form.type, form.answer, given, form.accept, form.items, form.pairs)
    return correct, scheduling.rating_for_answer(correct, response_ms, form.type)


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
            select(StudyCard)
            .where(StudyCard.user_id == user.id, StudyCard.question_id == earlier.question_id)
        )
        return RecordedReview(question=question, review=earlier, card=to_core(row), duplicate=True)

    target = check_answerable(user, question_set=question_set, question_id=question_id,
                              presented_to=presented_to, now=now)
    after, log = scheduling.review(target.card, rating, now, user.desired_retention)
    row = target.row
    if row is None:
        row = StudyCard(user_id=user.id, question_id=question_id, set_id=target.question.set_id,
                        created_at=scheduling.as_utc(now))
        db.session.add(row)
    _store(row, after)
    entry = Review(
        nonce=nonce, user_id=user.id, question_id=question_id, mode=mode, rating=int(rating),
        # PostgreSQL text cannot hold NUL
        answer_given=None if answer_given is None else answer_given.replace("\x00", ""),
        correct=correct,
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
