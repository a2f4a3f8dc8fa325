"""A student registers, studies five cards with the keyboard alone, takes a quiz,
and reads the review of their mistakes; on a phone-width screen too."""
from __future__ import annotations

import re

import pytest
from flask import Flask

from app.extensions import db
from app.models import Question, Review, User
from tests.browser.conftest import register

pytestmark = pytest.mark.browser

SET = "vietnam-dprk-basics"


def question_by_prompt(app: Flask, prompt: str) -> Question:
    with app.app_context():
        question = db.session.query(Question).filter_by(prompt=prompt).one()
        db.session.expunge(question)
        return question


def logged_reviews(app: Flask) -> list[tuple[str, int, str, bool | None]]:
    with app.app_context():
        return [(db.session.get(User, r.user_id).username, r.rating, r.mode, r.correct)
                for r in db.session.query(Review).order_by(Review.id)]


def test_register_study_five_cards_by_keyboard_then_take_a_quiz(page, live_server: str, live_app: Flask) -> None:
    register(page, live_server, "keyboarder")

    # Three flashcards: Space shows the answer, a digit rates it.
    page.goto(f"{live_server}/sets/{SET}")
    page.get_by_role("link", name="Study", exact=True).click()
    page.get_by_role("link", name="Flashcards (self-rated)").click()
    page.wait_for_url(re.compile(rf"/study/{SET}\?mode=flashcards$"))
    seen = []
    for rating in ("3", "4", "1"):
        prompt = page.locator("#prompt").inner_text()
        seen.append(prompt)
        answer = page.locator(".flashcard .correct-answer")
        assert not answer.is_visible()
        page.keyboard.press("Space")
        assert answer.is_visible()
        assert answer.inner_text() == question_by_prompt(live_app, prompt).answer
        page.keyboard.press(rating)
        page.locator(".flash.success").wait_for()
        assert page.locator("#prompt").inner_text() != prompt
    assert page.locator(".flash.success").inner_text() == "Saved: Again. Next review in 1 min."

    # Two graded questions: a digit picks a choice (or type), Enter checks,
    # a digit changes the suggested rating, Enter goes on.
    page.get_by_role("link", name="Questions (graded)").click()
    for change_to in ("2", None):
        prompt = page.locator("#prompt").inner_text()
        seen.append(prompt)
        question = question_by_prompt(live_app, prompt)
        if question.type in ("multiple_choice", "true_false"):
            choices = question.options if question.type == "multiple_choice" else ["True", "False"]
            page.keyboard.press(str(choices.index(question.answer) + 1))
            page.keyboard.press("Enter")
        else:
            page.keyboard.type(question.answer)
            page.keyboard.press("Enter")
        page.locator(".verdict").wait_for()
        assert page.locator(".verdict h1").inner_text() == "Right!"
        with live_app.app_context():
            quote = db.session.get(Question, question.id).sources[0].quote
        assert page.locator(".sources blockquote").first.inner_text() == quote
        assert page.get_by_role("link", name="Read in the article").first.is_visible()
        if change_to:
            page.keyboard.press(change_to)
            assert page.locator(f'input[name=rating][value="{change_to}"]').is_checked()
        page.keyboard.press("Enter")
        page.locator(".flash.success").wait_for()

    assert len(set(seen)) == 5
    reviews = logged_reviews(live_app)
    assert [r[:3] for r in reviews[:3]] == [("keyboarder", 3, "flashcard"), ("keyboarder", 4, "flashcard"),
                                            ("keyboarder", 1, "flashcard")]
    assert reviews[3][1:] == (2, "question", True)
    assert reviews[4][0] == "keyboarder" and reviews[4][1] in (3, 4) and reviews[4][2:] == ("question", True)
    assert len(reviews) == 5

    # A quiz of three questions, all answered wrong, then the review of the mistakes.
    page.goto(f"{live_server}/quiz/{SET}")
    page.get_by_label("Number of questions").fill("3")
    page.get_by_role("button", name="Start the quiz").click()
    for number in (1, 2, 3):
        assert page.get_by_role("heading", level=1).inner_text() == f"Question {number} of 3"
        question = question_by_prompt(live_app, page.locator("#prompt").inner_text())
        if question.type == "multiple_choice":
            page.get_by_label(next(o for o in question.options if o != question.answer), exact=True).check()
        elif question.type == "true_false":
            page.get_by_label("False" if question.answer == "True" else "True", exact=True).check()
        else:
            page.get_by_label("Your answer").fill("not the answer")
        page.get_by_role("button", name=re.compile("Next question|Finish the quiz")).click()
    assert page.locator(".score").inner_text() == "0 of 3 right (0%)"
    assert page.get_by_role("heading", name="Your mistakes (3)").is_visible()
    assert page.locator(".mistake").count() == 3
    assert page.locator(".mistake .correct-answer").count() == 3
    assert page.locator(".mistake a.source-link").count() >= 3

    # The progress page counts the five cards.
    page.get_by_role("link", name="Progress").click()
    assert page.locator(".streak").inner_text() == "1 day"
    with live_app.app_context():
        total = db.session.query(Question).join(Question.question_set).filter_by(slug=SET).count()
    assert f"5 of {total}" in page.locator(".sets-progress").inner_text()
    assert page.locator("svg.chart").count() == 2


def test_study_works_on_a_phone_width_screen(browser, live_server: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        register(page, live_server, "phoneuser")
        page.goto(f"{live_server}/study/{SET}?mode=flashcards")
        page.get_by_text("Show answer").tap()
        good = page.get_by_role("button", name=re.compile(r"^Good"))
        box = good.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
        # Nothing is wider than the screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        good.tap()
        page.locator(".flash.success").wait_for()
        page.goto(f"{live_server}/progress")
        wide = page.evaluate("[...document.querySelectorAll('body *')].filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > 361)"
                             ".map(e => e.tagName + '.' + e.className + ':' + e.getBoundingClientRect().right)")
        assert wide == []
    finally:
        context.close()
