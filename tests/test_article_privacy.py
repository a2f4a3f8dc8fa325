"""A teacher's pasted article is the teachers' until a published set asks about
it; and an article no question quotes can be deleted with its drafts."""
from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from app.extensions import db
from app.models import Article, Draft
from app.services import authoring
from tests.conftest import logged_in
from tests.test_teacher_authoring import ARTICLE, new_set


def clients(app: Flask) -> tuple[FlaskClient, FlaskClient]:
    return logged_in(app, "teacher", "teacher"), logged_in(app, "student")


def paste(app: Flask, teacher: FlaskClient) -> str:
    assert teacher.post("/teach/articles/new", data={"text": ARTICLE.decode()}).status_code == 302
    with app.app_context():
        return db.session.scalar(db.select(Article.id).where(Article.id.like("t-%")))


def test_a_pasted_article_is_private_until_a_published_set_asks_about_it(seeded_app: Flask) -> None:
    teacher, student = clients(seeded_app)
    article_id = paste(seeded_app, teacher)
    anonymous = seeded_app.test_client()
    for client in (student, anonymous):
        assert client.get(f"/articles/{article_id}").status_code == 404
        assert article_id not in client.get("/articles").get_data(as_text=True)
        assert "Mongolia" not in client.get("/facts").get_data(as_text=True)
    listing = teacher.get("/articles").get_data(as_text=True)
    assert article_id in listing and "private" in listing
    assert "Mongolia" in teacher.get("/facts").get_data(as_text=True)

    new_set(teacher)
    with seeded_app.app_context():
        first = authoring.list_drafts(article_id)[0].id
    teacher.post(f"/teach/drafts/{first}/accept", data={"set_slug": "mongolia"})
    assert student.get(f"/articles/{article_id}").status_code == 404  # the set is not published yet
    teacher.post("/teach/sets/mongolia/publish", data={"published": "1"})
    assert student.get(f"/articles/{article_id}").status_code == 200
    assert article_id in student.get("/articles").get_data(as_text=True)


def test_an_article_no_question_quotes_is_deleted_with_its_drafts(seeded_app: Flask) -> None:
    teacher, _ = clients(seeded_app)
    article_id = paste(seeded_app, teacher)
    asked = teacher.get(f"/teach/articles/{article_id}/delete").get_data(as_text=True)
    assert "waiting drafts will be deleted" in asked
    assert teacher.post(f"/teach/articles/{article_id}/delete").status_code == 302
    with seeded_app.app_context():
        assert db.session.get(Article, article_id) is None
        assert db.session.scalar(db.select(db.func.count()).select_from(Draft)) == 0
    assert teacher.get(f"/articles/{article_id}").status_code == 404


def test_an_article_questions_quote_is_kept(seeded_app: Flask) -> None:
    teacher, _ = clients(seeded_app)
    article_id = paste(seeded_app, teacher)
    new_set(teacher)
    with seeded_app.app_context():
        first = authoring.list_drafts(article_id)[0].id
    teacher.post(f"/teach/drafts/{first}/accept", data={"set_slug": "mongolia"})
    refused = teacher.post(f"/teach/articles/{article_id}/delete")
    assert refused.status_code == 400 and "1 question quotes this article" in refused.get_data(as_text=True)
    with seeded_app.app_context():
        seed = db.session.scalar(db.select(Article.id).where(Article.added_by.is_(None)))
    kept = teacher.post(f"/teach/articles/{seed}/delete")
    assert kept.status_code == 400 and "seed corpus" in kept.get_data(as_text=True)
    with seeded_app.app_context():
        assert db.session.get(Article, article_id) is not None and db.session.get(Article, seed) is not None
