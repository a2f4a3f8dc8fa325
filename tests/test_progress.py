"""Progress: streak, forecast, retention (pure), the summary (fixed times), the page."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.core.charts import bar_chart, line_chart
from app.core.progress import DayRetention, due_forecast, overall_retention, retention_by_day, streak
from app.core.scheduling import Rating
from app.extensions import db
from app.models import QuestionSet, User
from app.services import progress, study
from tests.conftest import NOW, AuthActions, make_user

TODAY = NOW.date()
DAY, MIN = timedelta(days=1), timedelta(minutes=1)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ([], 0),
        ([TODAY], 1),
        ([TODAY, TODAY - DAY, TODAY - 2 * DAY], 3),
        ([TODAY - DAY, TODAY - 2 * DAY], 2),  # today not over yet: the streak stands
        ([TODAY - 2 * DAY, TODAY - 3 * DAY], 0),  # a missed day breaks it
        ([TODAY, TODAY - 2 * DAY], 1),
    ],
)
def test_streak(days: list[date], expected: int) -> None:
    assert streak(days, TODAY) == expected


def test_due_forecast_puts_overdue_cards_today_and_drops_the_far_future() -> None:
    dues = [NOW - 3 * DAY, NOW, NOW + 2 * DAY, NOW + 2 * DAY + MIN, NOW + 29 * DAY, NOW + 30 * DAY]
    forecast = due_forecast(dues, TODAY, 30)
    assert len(forecast) == 30 and forecast[0] == 2 and forecast[2] == 2 and forecast[29] == 1 and sum(forecast) == 5


def test_retention_by_day() -> None:
    reviews = [(NOW, True), (NOW, False), (NOW - DAY, True), (NOW - 40 * DAY, False)]
    series = retention_by_day(reviews, TODAY, 30)
    assert len(series) == 30 and series[-1] == DayRetention(TODAY, 2, 1) and series[-2].rate == 1.0
    assert series[0].day == TODAY - 29 * DAY and series[0].rate is None
    assert overall_retention(series) == pytest.approx(2 / 3)
    assert overall_retention([]) is None


def test_bar_chart_geometry() -> None:
    chart = bar_chart([0, 3, 6], ["a", "b", "c"], width=300, height=120, axis=20, gap=0)
    assert chart.top == 10 and chart.baseline == 100
    assert [(b.x, b.width, b.height, b.y) for b in chart.bars] == [(0, 100, 0, 100), (100, 100, 30, 70), (200, 100, 60, 40)]
    with pytest.raises(ValueError):
        bar_chart([1], [])


def test_line_chart_breaks_at_gaps() -> None:
    chart = line_chart([1.0, None, 0.5, 0.0], list("abcd"), width=306, height=132, axis=20, pad=6)
    assert chart.path == "M6.0,6.0 M202.0,56.0 L300.0,106.0"
    assert [p.label for p in chart.points] == ["a", "c", "d"]


def test_summary_with_fixed_times(seeded_app: Flask) -> None:
    make_user(seeded_app, "alice")
    make_user(seeded_app, "bob")
    with seeded_app.app_context():
        alice = db.session.query(User).filter_by(username="alice").one()
        bob = db.session.query(User).filter_by(username="bob").one()
        question_set = db.session.query(QuestionSet).filter_by(slug="vietnam-dprk-basics").one()
        ids = [q.id for q in question_set.questions]

        def rate(user: User, qid: str, rating: Rating, at: datetime, nonce: str) -> None:
            study.record_review(user, question_set=question_set, question_id=qid, presented_to=user.id,
                                nonce=nonce, mode="flashcard", rating=rating, now=at)

        start = NOW - 2 * DAY
        rate(alice, ids[0], Rating.EASY, start, "a1")  # due start + 8 days
        rate(alice, ids[1], Rating.GOOD, start, "a2")  # due start + 10 min: overdue now
        rate(alice, ids[1], Rating.AGAIN, start + DAY, "a3")  # a learned card? no: still learning (not counted)
        rate(alice, ids[2], Rating.EASY, NOW, "a4")
        rate(bob, ids[3], Rating.GOOD, NOW, "b1")
        summary = progress.progress_summary(alice, NOW + MIN)
        assert summary.due_now == 1 and summary.due_today == 1
        assert summary.forecast[6] == 1 and summary.forecast[8] == 1 and sum(summary.forecast) == 3
        assert summary.streak == 3 and summary.reviews_today == 1 and summary.total_reviews == 4
        # ids[1] was due 10 minutes after its first review: a learning step, not a learned card
        assert [d for d in summary.retention if d.reviews] == [] and summary.retention_overall is None
        (row,) = [item for item in summary.sets if item.question_set.slug == "vietnam-dprk-basics"]
        assert (row.questions, row.started, row.due_now, row.mature) == (len(ids), 3, 1, 0)
        assert sum(item.started for item in progress.progress_summary(bob, NOW + MIN).sets) == 1


def test_the_page_draws_charts_readable_without_javascript(seeded_app: Flask, client: FlaskClient, auth: AuthActions) -> None:
    make_user(seeded_app, "alice")
    auth.login("alice")
    page = client.get("/progress").get_data(as_text=True)
    assert page.count('<svg class="chart"') == 2 and "<script" not in page
    assert 'role="img" aria-labelledby="forecast-title forecast-desc"' in page
    assert '<title id="forecast-title">Cards due each day for the next 30 days</title>' in page
    assert '<title id="retention-title">' in page and "No reviews of learned cards" in page
    assert len(re.findall(r'<rect class="bar', page)) == 30
    assert '<table class="data forecast">' in page and "<th scope=\"row\">Today</th>" in page
    assert 'class="streak">0 days' in page
    assert "Vietnam and the DPRK: the basics" in page and "0 of " in page


def test_the_page_shows_a_review_done_through_the_forms(seeded_app: Flask, client: FlaskClient, auth: AuthActions) -> None:
    make_user(seeded_app, "alice")
    auth.login("alice")
    page = client.get("/study/vietnam-dprk-basics?mode=flashcards").get_data(as_text=True)
    token = re.search(r'name="token" type="hidden" value="([^"]+)"', page).group(1)
    client.post("/study/vietnam-dprk-basics/review", data={"token": token, "rating": "3"})
    page = client.get("/progress").get_data(as_text=True)
    assert 'class="streak">1 day<' in page
    assert 'class="due-now">0<' in page  # due again in 10 minutes
    assert "1 of " in page


def test_progress_is_private(seeded_client: FlaskClient) -> None:
    assert seeded_client.get("/progress").status_code == 302


def test_retention_counts_cards_that_came_back_a_day_or_more_later() -> None:
    from app.core.progress import learned_reviews

    t0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    reviews = [
        ("q1", t0, None, True),  # first sight
        ("q1", t0 + timedelta(minutes=10), t0 + timedelta(minutes=10), False),  # a learning step, Again
        ("q1", t0 + timedelta(minutes=20), t0 + timedelta(minutes=11), True),  # still the first session
        ("q1", t0 + timedelta(days=3), t0 + timedelta(days=2, minutes=20), True),  # came back after 2 days
        ("q2", t0, None, True),
        ("q2", t0 + timedelta(days=1, hours=1), t0 + timedelta(days=1), False),  # a day later, forgotten
    ]
    assert learned_reviews(reviews) == [(t0 + timedelta(days=3), True), (t0 + timedelta(days=1, hours=1), False)]


def test_quiz_scores_are_coloured_by_band() -> None:
    from app.core.quiz import score_band

    assert [score_band(s, 10)[0] for s in (10, 8, 7, 5, 4, 0)] == ["good", "good", "fair", "fair", "low", "low"]
    assert score_band(0, 0)[0] == "low"
