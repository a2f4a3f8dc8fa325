"""Progress figures from review history: streaks, due forecasts, retention. Pure."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

MATURE_STABILITY_DAYS = 21.0


def streak(review_days: Iterable[date], today: date) -> int:
    """Consecutive days with at least one review, ending today, or yesterday
    when today has none yet (the streak is not lost until the day is over)."""
    days = set(review_days)
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def due_forecast(dues: Iterable[datetime], today: date, days: int = 30) -> list[int]:
    """Cards falling due on each of the next ``days`` days; day 0 (today)
    includes every overdue card. ``dues`` are UTC datetimes."""
    counts = [0] * days
    for due in dues:
        offset = max(0, (due.date() - today).days)
        if offset < days:
            counts[offset] += 1
    return counts


@dataclass(frozen=True)
class DayRetention:
    day: date
    reviews: int
    recalled: int

    @property
    def rate(self) -> float | None:
        return self.recalled / self.reviews if self.reviews else None


def learned_reviews(reviews: Iterable[tuple[str, datetime, datetime | None, bool]]) -> list[tuple[datetime, bool]]:
    """(moment, recalled) of the reviews of learned cards, from (question id, moment, due before,
    recalled) in time order: a review counts when the card had been scheduled a day or more after
    its previous review (as Anki's "true retention" counts review cards). The repeats of a first
    session, cards still in their learning steps, are practice, not retention."""
    last_seen: dict[str, datetime] = {}
    learned = []
    for question_id, moment, due_before, recalled in reviews:
        previous = last_seen.get(question_id)
        if previous is not None and due_before is not None and due_before - previous >= timedelta(days=1):
            learned.append((moment, recalled))
        last_seen[question_id] = moment
    return learned


def retention_by_day(reviews: Iterable[tuple[datetime, bool]], today: date, days: int = 30) -> list[DayRetention]:
    """For each of the last ``days`` days, ending today: how many reviews of
    cards already learned, and how many of them were recalled (not Again)."""
    first = today - timedelta(days=days - 1)
    total: Counter[date] = Counter()
    recalled: Counter[date] = Counter()
    for moment, was_recalled in reviews:
        day = moment.date()
        if first <= day <= today:
            total[day] += 1
            recalled[day] += 1 if was_recalled else 0
    return [DayRetention(day, total[day], recalled[day]) for day in (first + timedelta(days=i) for i in range(days))]


def overall_retention(series: Iterable[DayRetention]) -> float | None:
    series = list(series)
    reviews = sum(d.reviews for d in series)
    return sum(d.recalled for d in series) / reviews if reviews else None
