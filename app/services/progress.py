"""Progress: one user's due counts, forecast, retention, streak and sets."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from ..core import progress as figures
from ..core.scheduling import CardState, Rating, as_utc
from ..extensions import db
from ..models import Question, QuestionSet, Review, StudyCard, User
from .study import start_of_day

FORECAST_DAYS = 30
RETENTION_DAYS = 30
STREAK_LOOKBACK_DAYS = 3660


@dataclass(frozen=True)
class SetProgress:
    question_set: QuestionSet
    questions: int
    started: int
    mature: int  # in review with a stability of three weeks or more
    due_now: int

    @property
    def started_percent(self) -> int:
        return round(100 * self.started / self.questions) if self.questions else 0


@dataclass(frozen=True)
class ProgressSummary:
    now: datetime
    due_now: int
    due_today: int
    forecast: list[int]  # cards due on each of the next 30 days, overdue in day 0
    forecast_days: list[datetime]
    retention: list[figures.DayRetention]
    retention_overall: float | None
    streak: int
    reviews_today: int
    total_reviews: int
    sets: list[SetProgress]


def progress_summary(user: User, now: datetime) -> ProgressSummary:
    now = as_utc(now)
    today_start = start_of_day(now)
    today = today_start.date()
    cards = db.session.execute(
        select(StudyCard.due, StudyCard.state, StudyCard.stability, Question.set_id)
        .join(Question, Question.id == StudyCard.question_id)
        .where(StudyCard.user_id == user.id)
    ).all()
    forecast = figures.due_forecast((row.due for row in cards), today, FORECAST_DAYS)

    since = today_start - timedelta(days=STREAK_LOOKBACK_DAYS)
    reviews = db.session.execute(
        select(Review.question_id, Review.reviewed_at, Review.rating, Review.due_before)
        .where(Review.user_id == user.id, Review.reviewed_at >= since).order_by(Review.reviewed_at, Review.id)
    ).all()
    learned = figures.learned_reviews(
        (r.question_id, r.reviewed_at, r.due_before, r.rating != int(Rating.AGAIN)) for r in reviews)
    retention = figures.retention_by_day(learned, today, RETENTION_DAYS)

    sets = []
    for question_set in db.session.scalars(select(QuestionSet).order_by(QuestionSet.title)):
        mine = [row for row in cards if row.set_id == question_set.id]
        sets.append(SetProgress(
            question_set=question_set,
            questions=len(question_set.questions),
            started=len(mine),
            mature=sum(1 for row in mine if row.state == int(CardState.REVIEW)
                       and (row.stability or 0) >= figures.MATURE_STABILITY_DAYS),
            due_now=sum(1 for row in mine if row.due <= now),
        ))
    return ProgressSummary(
        now=now,
        due_now=sum(1 for row in cards if row.due <= now),
        due_today=forecast[0],
        forecast=forecast,
        forecast_days=[today_start + timedelta(days=i) for i in range(FORECAST_DAYS)],
        retention=retention,
        retention_overall=figures.overall_retention(retention),
        streak=figures.streak({r.reviewed_at.date() for r in reviews}, today),
        reviews_today=sum(1 for r in reviews if r.reviewed_at >= today_start),
        total_reviews=len(reviews),
        sets=sets,
    )
