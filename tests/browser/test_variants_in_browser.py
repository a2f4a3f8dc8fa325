"""A real browser posts the form it was shown: the primary first, a variant at the next review."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask

from app.extensions import db
from app.models import Review
from app.views import study as study_views
from tests.browser.conftest import register
from tests.test_variants import SLUG, store_made_up_set

pytestmark = pytest.mark.browser


def test_the_next_review_asks_a_variant_and_grades_it(page, live_server: str, live_app: Flask,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    store_made_up_set(live_app)
    start = datetime.now(UTC)
    monkeypatch.setattr(study_views, "_now", lambda: start)
    register(page, live_server, "variants1")
    page.goto(f"{live_server}/study/{SLUG}")
    assert page.locator("#prompt").inner_text() == "In which year did Alma Verr visit Lontra?"
    page.keyboard.press("2")  # 1931, the second option
    page.keyboard.press("Enter")
    assert page.locator(".verdict h1").inner_text() == "Right!"
    page.keyboard.press("1")  # Again: due in a minute
    page.keyboard.press("Enter")
    page.locator(".flash.success").wait_for()

    monkeypatch.setattr(study_views, "_now", lambda: start + timedelta(hours=1))
    page.goto(f"{live_server}/study/{SLUG}")
    assert page.locator("#prompt").inner_text() == "Who visited Lontra in 1931?"
    page.keyboard.type("Alma Verr")
    page.keyboard.press("Enter")
    assert page.locator(".verdict h1").inner_text() == "Right!"
    with live_app.app_context():
        assert [r.answer_given for r in db.session.query(Review).order_by(Review.id)] == ["1931"]
