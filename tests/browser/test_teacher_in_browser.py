"""A teacher pastes a new article and accepts two drafts; a student studies them."""
from __future__ import annotations

import re
from pathlib import Path

from flask import Flask

from app.extensions import db
from app.models import Question
from app.services import authoring
from tests.browser.conftest import register
from tests.conftest import DEFAULT_PASSWORD, make_user

ARTICLE = (Path(__file__).parent.parent / "data" / "teacher_article.txt").read_text(encoding="utf-8")


def test_teacher_adds_an_article_accepts_two_drafts_and_a_student_studies_them(
        page, live_server: str, live_app: Flask) -> None:
    make_user(live_app, "teacher", role="teacher")
    page.goto(live_server + "/login")
    page.get_by_label("Username").fill("teacher")
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Teach", exact=True).click()

    # A set for the new questions.
    page.get_by_role("link", name="New question set").click()
    page.get_by_label("Slug").fill("mongolia")
    page.get_by_label("Title").fill("Vietnam and Mongolia")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(r"/teach/sets/mongolia$"))

    # The article, pasted; its drafts wait beside their highlighted sentences.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Teach", exact=True).click()
    page.get_by_role("link", name="New article").click()
    page.get_by_label("Paste the article").fill(ARTICLE)
    page.get_by_role("button", name="Add the article and draft questions").click()
    page.wait_for_url(re.compile(r"/teach/drafts\?article=t-"))
    assert page.locator("li.draft mark").count() > 2
    page.get_by_label("Add accepted questions to").select_option("mongolia")
    accepted = []
    for _ in range(2):
        draft = page.locator("li.draft").first
        accepted.append(draft.locator(".prompt").inner_text())
        draft.get_by_role("button", name=re.compile("^Accept")).click()
        page.locator(".flash", has_text="Accepted").wait_for()
    page.goto(live_server + "/teach/sets/mongolia")
    assert page.locator(".teacher-questions .prompt").all_inner_texts() == accepted
    page.get_by_role("button", name="Publish").click()
    page.locator(".set-status", has_text="published").wait_for()
    page.get_by_role("button", name="Log out").click()

    # A student finds the set and studies both cards.
    register(page, live_server, "learner")
    page.goto(live_server + "/")
    page.get_by_role("link", name="Vietnam and Mongolia").click()
    page.get_by_role("link", name="Study", exact=True).click()
    page.get_by_role("link", name="Flashcards (self-rated)").click()
    studied = []
    for _ in range(2):
        prompt = page.locator("#prompt").inner_text()
        studied.append(prompt)
        page.keyboard.press("Space")
        page.keyboard.press("3")
        page.locator(".flash.success").wait_for()
    assert sorted(studied) == sorted(accepted)
    with live_app.app_context():
        ids = {q.id for q in authoring.get_set("mongolia").questions}
        assert len(ids) == 2
        assert all(db.session.get(Question, qid).sources[0].article_id.startswith("t-") for qid in ids)
