"""The draft queue as a teacher works it: best drafts first, a page at a time,
each action returning to the next draft with the chosen set kept, bulk
actions behind a confirmation, and a paste that drafts without holding the
database's write lock."""
from __future__ import annotations

import re
import sqlite3
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.extensions import db
from app.models import Article, Draft
from app.services import authoring
from tests.conftest import NOW, logged_in
from tests.test_teacher_authoring import ARTICLE, new_set


@pytest.fixture
def teacher(seeded_app: Flask) -> FlaskClient:
    client = logged_in(seeded_app, "teacher", "teacher")
    new_set(client, "first-set", "A first set")
    new_set(client, "second-set", "The second set")
    return client


def paste(app: Flask, client: FlaskClient) -> tuple[str, list[int]]:
    assert client.post("/teach/articles/new", data={"text": ARTICLE.decode()}).status_code == 302
    with app.app_context():
        article = db.session.scalar(db.select(Article).where(Article.id.like("t-%")))
        return article.id, [draft.id for draft in authoring.list_drafts(article.id)]


def more_drafts(app: Flask, article_id: str, count: int) -> None:
    """Extra pending drafts after the article's own (copies of its first, ranked last)."""
    with app.app_context():
        first = authoring.list_drafts(article_id)[0]
        top = max(d.rank for d in authoring.list_drafts(article_id))
        for number in range(count):
            db.session.add(Draft(article_id=article_id, question_id=f"{first.question_id}-copy{number}",
                                 data=first.data, status="pending", created_at=NOW, rank=top + 1 + number))
        db.session.commit()


def query(location: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(location).query).items()}


def test_drafts_are_stored_best_first(seeded_app: Flask, teacher: FlaskClient) -> None:
    article_id, _ = paste(seeded_app, teacher)
    with seeded_app.app_context():
        drafts = authoring.list_drafts(article_id)
        assert [d.rank for d in drafts] == list(range(len(drafts)))
        assert [d.id for d in drafts] == sorted(d.id for d in drafts)  # stored in the drafter's order


def test_a_paste_keeps_only_the_best_drafts(seeded_app: Flask, teacher: FlaskClient,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(authoring, "MAX_DRAFTS_PER_ARTICLE", 3)
    response = teacher.post("/teach/articles/new", data={"text": ARTICLE.decode()}, follow_redirects=True)
    page = response.get_data(as_text=True)
    with seeded_app.app_context():
        article = db.session.scalar(db.select(Article).where(Article.id.like("t-%")))
        kept = authoring.list_drafts(article.id)
        assert len(kept) == 3 and [d.rank for d in kept] == [0, 1, 2]
    assert "3 draft questions to review" in page and "the best 3 of" in page


def test_accept_and_reject_return_to_the_next_draft_with_the_set_kept(seeded_app: Flask,
                                                                       teacher: FlaskClient) -> None:
    article_id, ids = paste(seeded_app, teacher)
    accepted = teacher.post(f"/teach/drafts/{ids[0]}/accept?article={article_id}", data={"set_slug": "second-set"})
    assert accepted.status_code == 302
    assert urlsplit(accepted.location).fragment == f"draft-{ids[1]}"
    assert query(accepted.location)["set"] == "second-set"
    # Reject posts the same form; the set chosen for Accept does not fall back to the first set.
    rejected = teacher.post(f"/teach/drafts/{ids[1]}/reject?article={article_id}", data={"set_slug": "second-set"})
    assert urlsplit(rejected.location).fragment == f"draft-{ids[2]}"
    assert query(rejected.location)["set"] == "second-set"
    queue = teacher.get(f"/teach/drafts?article={article_id}").get_data(as_text=True)  # no set in the address
    assert '<option selected value="second-set">' in queue
    with seeded_app.app_context():
        assert db.session.get(Draft, ids[0]).status == "accepted"
        assert authoring.get_set("second-set").questions[0].id == db.session.get(Draft, ids[0]).question_id
        assert db.session.get(Draft, ids[1]).status == "rejected"
    # Deciding the last draft goes back to the one before it.
    last = teacher.post(f"/teach/drafts/{ids[-1]}/reject?article={article_id}", data={"set_slug": "second-set"})
    assert urlsplit(last.location).fragment == f"draft-{ids[-2]}"


def _pager_links(page: str) -> dict[str, dict[str, list[str]]]:
    """The queries of the page's "previous" and "next" links, by their rel."""
    links = re.findall(r'<a href="([^"]+)" rel="(prev|next)">', page)
    return {rel: parse_qs(urlsplit(unescape(href)).query) for href, rel in links}


def test_the_queue_is_paged_and_an_action_lands_on_the_next_drafts_page(seeded_app: Flask,
                                                                        teacher: FlaskClient) -> None:
    article_id, ids = paste(seeded_app, teacher)
    more_drafts(seeded_app, article_id, authoring.DRAFTS_PER_PAGE + 5 - len(ids))
    total = authoring.DRAFTS_PER_PAGE + 5
    first_page = teacher.get(f"/teach/drafts?article={article_id}").get_data(as_text=True)
    assert first_page.count('class="draft"') == authoring.DRAFTS_PER_PAGE
    assert f"Drafts 1–{authoring.DRAFTS_PER_PAGE} of {total}" in first_page and "Page 1 of 2" in first_page
    assert _pager_links(first_page) == {"next": {"article": [article_id], "page": ["2"]}}
    second_page = teacher.get(f"/teach/drafts?article={article_id}&page=2").get_data(as_text=True)
    assert second_page.count('class="draft"') == 5
    assert _pager_links(second_page) == {"prev": {"article": [article_id], "page": ["1"]}}
    with seeded_app.app_context():
        queue = [d.id for d in authoring.list_drafts(article_id)]
    on_page_two = queue[authoring.DRAFTS_PER_PAGE + 1]
    response = teacher.post(f"/teach/drafts/{on_page_two}/reject?article={article_id}&page=2",
                            data={"set_slug": "first-set"})
    assert query(response.location)["page"] == "2"
    assert urlsplit(response.location).fragment == f"draft-{queue[authoring.DRAFTS_PER_PAGE + 2]}"
    # The last draft of page 1 decided: the next one moves up onto page 1, and the teacher stays there.
    edge = queue[authoring.DRAFTS_PER_PAGE - 1]
    response = teacher.post(f"/teach/drafts/{edge}/reject?article={article_id}", data={"set_slug": "first-set"})
    assert "page" not in query(response.location)
    assert urlsplit(response.location).fragment == f"draft-{queue[authoring.DRAFTS_PER_PAGE]}"


def test_bulk_actions_ask_first_then_act_on_the_selection_only(seeded_app: Flask, teacher: FlaskClient) -> None:
    article_id, ids = paste(seeded_app, teacher)
    chosen = {"set_slug": "second-set", "action": "reject", "selected": [str(ids[1]), str(ids[2])]}
    asked = teacher.post(f"/teach/drafts/bulk?article={article_id}", data=chosen)
    assert asked.status_code == 200 and "Reject 2 drafts?" in asked.get_data(as_text=True)
    with seeded_app.app_context():
        assert len(authoring.list_drafts(article_id)) == len(ids)  # nothing done before the answer
    done = teacher.post(f"/teach/drafts/bulk?article={article_id}", data={**chosen, "confirmed": "yes"})
    assert done.status_code == 302
    with seeded_app.app_context():
        assert [db.session.get(Draft, i).status for i in ids[:4]] == ["pending", "rejected", "rejected", "pending"]
    accept = {"set_slug": "second-set", "action": "accept", "selected": [str(ids[0]), str(ids[3])]}
    asked = teacher.post(f"/teach/drafts/bulk?article={article_id}", data=accept).get_data(as_text=True)
    assert "Accept 2 drafts?" in asked and "The second set" in asked
    teacher.post(f"/teach/drafts/bulk?article={article_id}", data={**accept, "confirmed": "yes"})
    with seeded_app.app_context():
        assert len(authoring.get_set("second-set").questions) == 2
        assert len(authoring.list_drafts(article_id)) == len(ids) - 4
    nothing = teacher.post(f"/teach/drafts/bulk?article={article_id}", data={"set_slug": "second-set",
                                                                            "action": "accept"})
    assert nothing.status_code == 302  # nothing selected: back to the queue with a message
    assert "Select the drafts first" in teacher.get(nothing.location).get_data(as_text=True)


def test_a_paste_reads_extracts_and_drafts_without_holding_the_write_lock(
        seeded_app: Flask, teacher: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    url = seeded_app.config["SQLALCHEMY_DATABASE_URI"]
    if not url.startswith("sqlite:///"):
        pytest.skip("the lock probed here is SQLite's; PostgreSQL writers do not take one lock for the database")
    path = url.removeprefix("sqlite:///")
    could_write: dict[str, list[bool]] = {}

    def probing(name: str, work):
        def run(*args: object, **kwargs: object) -> object:
            other = sqlite3.connect(path, timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")  # fails at once if the paste's request holds the write lock
                other.execute("ROLLBACK")
                could_write.setdefault(name, []).append(True)
            except sqlite3.OperationalError:
                could_write.setdefault(name, []).append(False)
            finally:
                other.close()
            return work(*args, **kwargs)
        return run

    for name in ("read_article", "facts_of_text", "draft_questions"):
        monkeypatch.setattr(authoring, name, probing(name, getattr(authoring, name)))
    assert teacher.post("/teach/articles/new", data={"text": ARTICLE.decode()}).status_code == 302
    assert set(could_write) == {"read_article", "facts_of_text", "draft_questions"}
    assert all(all(each) for each in could_write.values()), could_write
