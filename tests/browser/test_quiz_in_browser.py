"""A student answers a quiz question and follows the source to its sentence."""
from __future__ import annotations

import re

import pytest
from flask import Flask

from app.extensions import db
from app.models import Question

pytestmark = pytest.mark.browser


def test_answer_a_question_then_read_the_highlighted_sentence(page, live_server: str, live_app: Flask) -> None:  # noqa: ANN001
    with live_app.app_context():
        first = db.session.query(Question).order_by(Question.position).first()
        answer, quote = first.answer, first.sources[0].quote

    page.goto(live_server + "/")
    page.get_by_role("link", name="Vietnam and the DPRK: the basics").click()
    page.get_by_role("link", name="Take the quiz").click()
    page.wait_for_url(re.compile(r"/quiz/vietnam-dprk-basics$"))
    assert page.get_by_role("heading", level=1).inner_text() .startswith("Question 1 of")

    page.get_by_label(answer, exact=True).check()
    page.get_by_role("button", name="Check answer").click()

    assert page.locator(".verdict h1").inner_text() == "Right!"
    assert page.locator(".correct-answer").inner_text() == answer
    assert page.locator("blockquote").first.inner_text() == quote

    page.get_by_role("link", name="Read in the article").first.click()
    page.wait_for_url(re.compile(r"/articles/.+\?hl=\d+-\d+#s\d+$"))
    anchor = page.url.rsplit("#", 1)[1]
    marked = page.locator("mark.highlight")
    assert marked.count() == 1
    assert marked.inner_text() == quote
    # The highlighted sentence is the link's target and is scrolled into view.
    assert page.locator(f"#{anchor} mark.highlight").count() == 1
    assert marked.evaluate("el => getComputedStyle(el).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    box = marked.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]


def test_a_wrong_answer_shows_the_right_one_in_the_browser(page, live_server: str, live_app: Flask) -> None:  # noqa: ANN001
    with live_app.app_context():
        first = db.session.query(Question).order_by(Question.position).first()
        answer = first.answer
        wrong = next(o for o in first.options if o != answer)

    page.goto(live_server + "/quiz/vietnam-dprk-basics")
    page.get_by_label(wrong, exact=True).check()
    page.get_by_role("button", name="Check answer").click()
    assert page.locator(".verdict h1").inner_text() == "Not quite."
    assert page.locator(".correct-answer").inner_text() == answer
    page.get_by_role("link", name="Next question").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Question 2 of")
