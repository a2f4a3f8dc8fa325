"""A student takes a quiz and follows a mistake's source to its highlighted sentence."""
from __future__ import annotations

import re

import pytest
from flask import Flask

from app.extensions import db
from app.models import Question
from tests.browser.conftest import register

pytestmark = pytest.mark.browser


def question_by_prompt(app: Flask, prompt: str) -> Question:
    with app.app_context():
        question = db.session.query(Question).filter_by(prompt=prompt).one()
        question.sources  # load them before leaving the session  # noqa: B018
        db.session.expunge(question)
        return question


def start_one_question_quiz(page, live_server: str) -> None:
    register(page, live_server)
    page.goto(live_server + "/")
    page.get_by_role("link", name="Vietnam and the DPRK: the basics").click()
    page.get_by_role("link", name="Take the quiz").click()
    page.wait_for_url(re.compile(r"/quiz/vietnam-dprk-basics$"))
    page.get_by_label("Number of questions").fill("1")
    for kind in ("cloze", "short answer", "true false"):
        page.get_by_label(kind, exact=True).uncheck()
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_url(re.compile(r"/quiz/attempts/\d+$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Question 1 of 1"


def test_a_mistake_links_to_the_highlighted_sentence(page, live_server: str, live_app: Flask) -> None:
    start_one_question_quiz(page, live_server)
    question = question_by_prompt(live_app, page.locator("#prompt").inner_text())
    wrong = next(o for o in question.options if o != question.answer)

    page.get_by_label(wrong, exact=True).check()
    page.get_by_role("button", name="Finish the quiz").click()

    assert page.locator(".score").inner_text() == "0 of 1 right (0%)"
    assert page.locator(".mistake .given").inner_text() == wrong
    assert page.locator(".mistake .correct-answer").inner_text() == question.answer
    quote = question.sources[0].quote
    assert page.locator(".mistake blockquote").first.inner_text() == quote

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


def test_a_right_answer_scores_full_marks(page, live_server: str, live_app: Flask) -> None:
    start_one_question_quiz(page, live_server)
    question = question_by_prompt(live_app, page.locator("#prompt").inner_text())
    page.get_by_label(question.answer, exact=True).check()
    page.get_by_role("button", name="Finish the quiz").click()
    assert page.locator(".score").inner_text() == "1 of 1 right (100%)"
    assert page.get_by_role("heading", name="No mistakes").is_visible()
