"""FSRS scheduling with fixed times: exact due dates for a history of ratings."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.core.scheduling import (
    Card,
    CardState,
    Rating,
    describe_interval,
    is_due,
    new_card,
    preview,
    rating_for_answer,
    retrievability,
    review,
)

T0 = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
AGAIN, HARD, GOOD, EASY = Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY


def intervals(ratings: list[Rating], desired_retention: float = 0.9) -> list[timedelta]:
    """Review a new card with each rating, each time exactly when it falls due."""
    card, now, out = new_card(T0), T0, []
    for rating in ratings:
        card, log = review(card, rating, now, desired_retention)
        assert log.reviewed_at == now and log.due_after == card.due
        out.append(card.due - now)
        now = card.due
    return out


MIN, DAY = timedelta(minutes=1), timedelta(days=1)


@pytest.mark.parametrize(
    ("ratings", "retention", "expected"),
    [
        ([GOOD] * 6, 0.9, [10 * MIN, 2 * DAY, 11 * DAY, 46 * DAY, 163 * DAY, 498 * DAY]),
        ([GOOD] * 4, 0.8, [10 * MIN, 8 * DAY, 76 * DAY, 525 * DAY]),
        ([AGAIN, GOOD, GOOD, GOOD], 0.9, [1 * MIN, 10 * MIN, 1 * DAY, 2 * DAY]),
        ([EASY, GOOD, AGAIN, GOOD, GOOD], 0.9, [8 * DAY, 39 * DAY, 10 * MIN, 3 * DAY, 8 * DAY]),
        ([EASY, GOOD, AGAIN, GOOD, GOOD], 0.8, [28 * DAY, 246 * DAY, 10 * MIN, 14 * DAY, 64 * DAY]),
    ],
    ids=["good-x6", "good-x4-at-0.8", "again-then-good", "easy-lapse-relearn", "easy-lapse-relearn-at-0.8"],
)
def test_exact_next_due_sequence(ratings: list[Rating], retention: float, expected: list[timedelta]) -> None:
    assert intervals(ratings, retention) == expected


def test_the_first_ratings_of_a_new_card() -> None:
    due = preview(new_card(T0), T0)
    assert due == {AGAIN: T0 + MIN, HARD: T0 + timedelta(minutes=5, seconds=30), GOOD: T0 + 10 * MIN, EASY: T0 + 8 * DAY}


def test_states_steps_reps_and_lapses_follow_the_ratings() -> None:
    card = new_card(T0)
    assert card.is_new and card.state == CardState.LEARNING and card.due == T0
    card, log = review(card, GOOD, T0)
    assert (card.state, card.step, card.reps, log.due_before) == (CardState.LEARNING, 1, 1, None)
    card, log = review(card, GOOD, card.due)
    assert (card.state, card.reps, card.lapses) == (CardState.REVIEW, 2, 0)
    assert log.due_before == T0 + 10 * MIN and log.state_before == CardState.LEARNING
    card, log = review(card, AGAIN, card.due)
    assert (card.state, card.lapses) == (CardState.RELEARNING, 1)
    assert (log.state_before, log.state_after, log.rating) == (CardState.REVIEW, CardState.RELEARNING, AGAIN)


def test_reviewing_late_uses_the_actual_time() -> None:
    card, _ = review(new_card(T0), EASY, T0)  # due in 8 days
    on_time, _ = review(card, GOOD, card.due)
    late, _ = review(card, GOOD, card.due + 30 * DAY)
    assert late.stability > on_time.stability


def test_the_same_history_gives_the_same_card() -> None:
    assert intervals([GOOD, GOOD, HARD, EASY, AGAIN, GOOD]) == intervals([GOOD, GOOD, HARD, EASY, AGAIN, GOOD])


def test_review_is_pure_and_leaves_its_input_alone() -> None:
    card = new_card(T0)
    review(card, EASY, T0)
    assert card == Card(due=T0)


def test_other_timezones_are_converted_to_utc() -> None:
    hanoi = timezone(timedelta(hours=7))
    card, log = review(new_card(T0), GOOD, T0.astimezone(hanoi))
    assert card.due.tzinfo == UTC and card.due == T0 + 10 * MIN and log.reviewed_at.tzinfo == UTC


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        review(new_card(T0), GOOD, datetime(2026, 1, 15, 9, 0))


@pytest.mark.parametrize("retention", [0.5, 0.999, 1.0])
def test_desired_retention_out_of_range_is_refused(retention: float) -> None:
    with pytest.raises(ValueError, match="desired retention"):
        review(new_card(T0), GOOD, T0, retention)


def test_retrievability_falls_with_time() -> None:
    assert retrievability(new_card(T0), T0) == 0.0
    card, _ = review(new_card(T0), EASY, T0)
    soon, later = retrievability(card, T0 + DAY), retrievability(card, T0 + 60 * DAY)
    assert 1 > soon > later > 0
    # At the due date the predicted recall is close to the desired retention.
    assert retrievability(card, card.due) == pytest.approx(0.9, abs=0.02)


def test_is_due() -> None:
    card, _ = review(new_card(T0), GOOD, T0)
    assert not is_due(card, T0 + 9 * MIN)
    assert is_due(card, T0 + 10 * MIN)


@pytest.mark.parametrize(
    ("correct", "ms", "kind", "rating"),
    [
        (False, 1_000, "multiple_choice", AGAIN),
        (False, None, "cloze", AGAIN),
        (True, 20_000, "multiple_choice", GOOD),
        (True, 3_000, "multiple_choice", EASY),
        (True, 6_000, "true_false", GOOD),
        (True, 4_000, "true_false", EASY),
        (True, 11_000, "short_answer", EASY),
        (True, None, "short_answer", GOOD),
        (True, 7_000, "some_new_kind", EASY),
    ],
)
def test_graded_answers_map_to_ratings(correct: bool, ms: int | None, kind: str, rating: Rating) -> None:
    assert rating_for_answer(correct, ms, kind) == rating


@pytest.mark.parametrize(
    ("delta", "text"),
    [(MIN, "1 min"), (10 * MIN, "10 min"), (3 * timedelta(hours=1), "3 h"), (DAY, "1 day"),
     (8 * DAY, "8 days"), (120 * DAY, "4 mo"), (498 * DAY, "1.4 yr")],
)
def test_describe_interval(delta: timedelta, text: str) -> None:
    assert describe_interval(T0 + delta, T0) == text
