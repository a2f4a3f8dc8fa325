"""The progress page: due today, a 30-day forecast, retention, streak, sets."""
from __future__ import annotations

from datetime import UTC, datetime

from flask import Blueprint, render_template
from flask_login import current_user, login_required

from ..core.charts import bar_chart, line_chart
from ..core.quiz import percent
from ..services import progress
from ..services import quiz as quizzes

bp = Blueprint("progress", __name__, url_prefix="/progress")


@bp.get("")
@login_required
def index() -> str:
    summary = progress.progress_summary(current_user, datetime.now(UTC))
    forecast_labels = [day.strftime("%b %d") for day in summary.forecast_days]
    retention_labels = [d.day.strftime("%b %d") for d in summary.retention]
    return render_template(
        "progress/index.html",
        summary=summary,
        forecast_chart=bar_chart(summary.forecast, forecast_labels),
        forecast_labels=forecast_labels,
        retention_chart=line_chart([d.rate for d in summary.retention], retention_labels),
        attempts=quizzes.list_attempts(current_user, limit=10),
        percent=percent,
    )
