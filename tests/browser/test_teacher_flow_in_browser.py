"""The whole teacher flow in a real browser: paste, review (accept, reject, edit,
bulk), publish; the queue keeps its place and its set; a student studies it."""
from __future__ import annotations

import re
from pathlib import Path

from flask import Flask

from app.services import authoring
from tests.browser.conftest import register
from tests.conftest import DEFAULT_PASSWORD, make_user

ARTICLE = (Path(__file__).parent.parent / "data" / "teacher_article.txt").read_text(encoding="utf-8")


def log_in(page, base: str, name: str) -> None:
    page.goto(base + "/login")
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log in").click()


def new_set(page, base: str, slug: str, title: str) -> None:
    page.goto(base + "/teach/sets/new")
    page.get_by_label("Slug").fill(slug)
    page.get_by_label("Title").fill(title)
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(rf"/teach/sets/{slug}$"))


def queue_ids(page) -> list[int]:
    return [int(i.split("-")[1]) for i in page.locator("li.draft").evaluate_all("els => els.map(e => e.id)")]


def test_a_teacher_works_the_queue_and_a_student_studies_the_set(page, live_server: str,
                                                                  live_app: Flask) -> None:
    make_user(live_app, "teacher", role="teacher")
    log_in(page, live_server, "teacher")
    new_set(page, live_server, "alpha", "A first set")
    new_set(page, live_server, "mongolia", "Vietnam and Mongolia")

    page.goto(live_server + "/teach/articles/new")
    box = page.get_by_label("Paste the article")
    assert box.bounding_box()["width"] > 500  # the paste box is the page's width, not a narrow column
    box.fill(ARTICLE)
    page.get_by_role("button", name="Add the article and draft questions").click()
    page.wait_for_url(re.compile(r"/teach/drafts\?article=t-"))
    ids = queue_ids(page)
    assert len(ids) >= 6

    # Accept the first into the second set: the page comes back at the next draft, the set kept.
    page.get_by_label("Add accepted questions to").select_option("mongolia")
    accepted = [page.locator(f"#draft-{ids[0]} .prompt").inner_text()]
    page.locator(f"#draft-{ids[0]}").get_by_role("button", name=re.compile("^Accept")).click()
    page.locator(".flash", has_text="Accepted").wait_for()
    assert page.url.endswith(f"#draft-{ids[1]}")
    assert page.get_by_label("Add accepted questions to").input_value() == "mongolia"

    # Reject the next: still the chosen set (it used to fall back to the first set).
    page.locator(f"#draft-{ids[1]}").get_by_role("button", name=re.compile("^Reject")).click()
    page.locator(".flash", has_text="Rejected").wait_for()
    assert page.url.endswith(f"#draft-{ids[2]}")
    assert page.get_by_label("Add accepted questions to").input_value() == "mongolia"

    # Edit one: the editor shows only its type's fields, fits a phone, and returns to the queue.
    page.set_viewport_size({"width": 360, "height": 740})
    page.locator(f"#draft-{ids[2]}").get_by_role("link", name=re.compile("^Edit")).click()
    page.wait_for_url(re.compile(r"/teach/drafts/\d+/edit"))
    kind = page.get_by_label("Type").input_value()
    items = page.get_by_label("Timeline events in the right order, one per line")
    assert items.is_visible() == (kind == "timeline")
    page.get_by_label("Type").select_option("timeline")
    assert items.is_visible() and not page.get_by_label("Options, one per line").is_visible()
    page.get_by_label("Type").select_option(kind)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.set_viewport_size({"width": 1280, "height": 900})
    prompt = page.get_by_label("Prompt")
    prompt.fill(prompt.input_value() + " (edited)")
    accepted.append(prompt.input_value())
    page.get_by_role("button", name="Save the question").click()
    page.locator(".flash", has_text="with your edits").wait_for()
    assert page.url.endswith(f"#draft-{ids[3]}")

    # Bulk: two ticked drafts rejected after a confirmation; nothing happens before it.
    page.locator(f"#draft-{ids[3]} input[name=selected]").check()
    page.locator(f"#draft-{ids[4]} input[name=selected]").check()
    page.get_by_role("button", name="Reject selected").click()
    page.get_by_role("heading", name="Reject 2 drafts?").wait_for()
    page.get_by_role("button", name="Yes, reject 2").click()
    page.locator(".flash", has_text="Rejected 2 drafts").wait_for()
    assert ids[3] not in queue_ids(page) and ids[4] not in queue_ids(page) and ids[5] in queue_ids(page)

    page.goto(live_server + "/teach/sets/mongolia")
    assert page.locator(".teacher-questions .prompt").all_inner_texts() == accepted
    page.get_by_role("button", name="Publish").click()
    page.locator(".set-status", has_text="published").wait_for()
    with live_app.app_context():
        assert authoring.get_set("alpha").questions == []  # nothing went to the first set
    page.get_by_role("button", name="Log out").click()

    register(page, live_server, "learner")
    page.goto(live_server + "/sets/mongolia")
    page.get_by_role("link", name="Study", exact=True).click()
    page.get_by_role("link", name="Flashcards (self-rated)").click()
    studied = []
    for _ in range(2):
        studied.append(page.locator("#prompt").inner_text())
        page.keyboard.press("Space")
        page.keyboard.press("3")
        page.locator(".flash.success").wait_for()
    assert sorted(studied) == sorted(accepted)
