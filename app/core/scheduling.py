"""Spaced repetition: FSRS-6 (the ``fsrs`` package) as pure functions.

Nothing here reads the clock: every function takes ``now``, a timezone-aware
datetime (converted to UTC). Fuzzing is off, so the same history of ratings
always gives the same due dates.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum

import fsrs

DEFAULT_DESIRED_RETENTION = 0.9
MIN_DESIRED_RETENTION = 0.70
MAX_DESIRED_RETENTION = 0.99

# A right answer given faster than this is rated Easy rather than Good.
FAST_ANSWER_MS = {
    "true_false": 5_000,
    "multiple_choice": 8_000,
    "cloze": 12_000,
    "short_answer": 12_000,
}
DEFAULT_FAST_ANSWER_MS = 8_000


class Rating(IntEnum):
    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        return self.name.capitalize()


class CardState(IntEnum):
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3

    @property
    def label(self) -> str:
        return self.name.capitalize()


@dataclass(frozen=True)
class Card:
    """One student's memory of one question, as FSRS models it."""

    state: CardState = CardState.LEARNING
    step: int | None = 0
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0

    @property
    def is_new(self) -> bool:
        return self.reps == 0


@dataclass(frozen=True)
class ReviewLog:
    """What one review did to a card."""

    rating: Rating
    reviewed_at: datetime
    due_before: datetime | None
    due_after: datetime
    state_before: CardState
    state_after: CardState


def as_utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive datetime is a programming error."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"need a timezone-aware datetime, got {moment!r}")
    return moment.astimezone(UTC)


def new_card(now: datetime) -> Card:
    """A card never reviewed: due at once."""
    return Card(due=as_utc(now))


def check_desired_retention(desired_retention: float) -> float:
    if not MIN_DESIRED_RETENTION <= desired_retention <= MAX_DESIRED_RETENTION:
        raise ValueError(
            f"desired retention must be between {MIN_DESIRED_RETENTION} and {MAX_DESIRED_RETENTION}, "
            f"got {desired_retention}"
        )
    return desired_retention


def _scheduler(desired_retention: float) -> fsrs.Scheduler:
    return fsrs.Scheduler(desired_retention=check_desired_retention(desired_retention), enable_fuzzing=False)


def _to_fsrs(card: Card, now: datetime) -> fsrs.Card:
    # card_id is passed so fsrs does not read the clock to make one.
    return fsrs.Card(
        card_id=1,
        state=fsrs.State(int(card.state)),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=as_utc(card.due) if card.due else now,
        last_review=as_utc(card.last_review) if card.last_review else None,
    )


def review(
    card: Card, rating: Rating | int, now: datetime, desired_retention: float = DEFAULT_DESIRED_RETENTION
) -> tuple[Card, ReviewLog]:
    """Review ``card`` with ``rating`` at ``now``: the card after, and the log."""
    now = as_utc(now)
    rating = Rating(rating)
    scheduled, _ = _scheduler(desired_retention).review_card(_to_fsrs(card, now), fsrs.Rating(int(rating)), now)
    lapsed = card.state == CardState.REVIEW and rating == Rating.AGAIN
    after = Card(
        state=CardState(int(scheduled.state)),
        step=scheduled.step,
        stability=scheduled.stability,
        difficulty=scheduled.difficulty,
        due=as_utc(scheduled.due),
        last_review=now,
        reps=card.reps + 1,
        lapses=card.lapses + (1 if lapsed else 0),
    )
    log = ReviewLog(
        rating=rating,
        reviewed_at=now,
        due_before=None if card.is_new else card.due,
        due_after=after.due,
        state_before=card.state,
        state_after=after.state,
    )
    return after, log


def preview(card: Card, now: datetime, desired_retention: float = DEFAULT_DESIRED_RETENTION) -> dict[Rating, datetime]:
    """When the card would next be due for each rating, to label the buttons."""
    return {rating: review(card, rating, now, desired_retention)[0].due for rating in Rating}


def retrievability(card: Card, now: datetime, desired_retention: float = DEFAULT_DESIRED_RETENTION) -> float:
    """The predicted probability of recalling the card at ``now`` (0 if never reviewed)."""
    if card.is_new:
        return 0.0
    return float(_scheduler(desired_retention).get_card_retrievability(_to_fsrs(card, as_utc(now)), as_utc(now)))


def is_due(card: Card, now: datetime) -> bool:
    return card.due is None or as_utc(card.due) <= as_utc(now)


def rating_for_answer(correct: bool, response_ms: int | None, question_type: str) -> Rating:
    """A graded answer as a rating: wrong is Again; right is Good, or Easy when fast."""
    if not correct:
        return Rating.AGAIN
    fast = FAST_ANSWER_MS.get(question_type, DEFAULT_FAST_ANSWER_MS)
    if response_ms is not None and 0 <= response_ms <= fast:
        return Rating.EASY
    return Rating.GOOD


def describe_interval(later: datetime, now: datetime) -> str:
    """'1 min', '10 min', '3 h', '8 days', '4 mo': how long until ``later``."""
    seconds = max(0.0, (as_utc(later) - as_utc(now)).total_seconds())
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))} min"
    if seconds < 86400:
        return f"{round(seconds / 3600)} h"
    days = seconds / 86400
    if days < 31:
        n = round(days)
        return f"{n} day" if n == 1 else f"{n} days"
    if days < 365:
        return f"{round(days / 30.4)} mo"
    return f"{days / 365:.1f} yr"


def replay(ratings: list[tuple[Rating | int, datetime]], desired_retention: float = DEFAULT_DESIRED_RETENTION,
           ) -> list[tuple[Card, ReviewLog]]:
    """Review a new card with each (rating, time) in turn; the card and log after each."""
    if not ratings:
        return []
    card = new_card(ratings[0][1])
    history = []
    for rating, moment in ratings:
        card, log = review(card, rating, moment, desired_retention)
        history.append((card, log))
    return history

