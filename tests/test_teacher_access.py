"""Who may use /teach: teachers only. Anonymous users are sent to log in,
students get 403; and every POST needs its CSRF token."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask

from app.extensions import db
from app.models import Draft
from app.services import authoring
from app.services.accounts import get_user
from tests.conftest import NOW, QUESTIONS_DIR, SEEDS_DIR, AuthActions, make_app, make_user, seed_corpus

ARTICLE = (Path(__file__).parent / "data" / "teacher_article.txt").read_bytes()
SET = "vietnam-dprk-basics"
QUESTION = "basics-1950-relations"

# Every teacher route: (method, path). {draft} is a pending draft's id.
ROUTES = [
    ("GET", "/teach/"),
    ("GET", "/teach/sets/new"),
    ("POST", "/teach/sets/new"),
    ("GET", f"/teach/sets/{SET}"),
    ("GET", f"/teach/sets/{SET}/edit"),
    ("POST", f"/teach/sets/{SET}/edit"),
    ("POST", f"/teach/sets/{SET}/publish"),
    ("GET", f"/teach/sets/{SET}/delete"),
    ("POST", f"/teach/sets/{SET}/delete"),
    ("GET", f"/teach/sets/{SET}/export.yaml"),
    ("GET", f"/teach/sets/{SET}/stats"),
    ("GET", f"/teach/sets/{SET}/questions/new"),
    ("POST", f"/teach/sets/{SET}/questions/new"),
    ("GET", f"/teach/questions/{QUESTION}/edit"),
    ("POST", f"/teach/questions/{QUESTION}/edit"),
    ("POST", f"/teach/questions/{QUESTION}/delete"),
    ("GET", "/teach/import"),
    ("POST", "/teach/import"),
    ("GET", "/teach/articles/new"),
    ("POST", "/teach/articles/new"),
    ("GET", "/teach/articles/{article}/delete"),
    ("POST", "/teach/articles/{article}/delete"),
    ("GET", "/teach/drafts"),
    ("POST", "/teach/drafts/{draft}/accept"),
    ("POST", "/teach/drafts/{draft}/reject"),
    ("GET", "/teach/drafts/{draft}/edit"),
    ("POST", "/teach/drafts/{draft}/edit"),
    ("POST", "/teach/drafts/bulk"),
    ("GET", "/teach/students"),
    ("POST", "/teach/students/{user}/reset-link"),
]


def test_the_table_lists_every_teacher_route(seeded_app: Flask) -> None:
    rules = {(method, re.sub(r"<[^>]+>", "*", rule.rule))
             for rule in seeded_app.url_map.iter_rules() if rule.endpoint.startswith("teacher.")
             for method in rule.methods - {"HEAD", "OPTIONS"}}
    listed = {(method, re.sub(rf"/({SET}|{QUESTION}|\{{draft\}}|\{{user\}}|\{{article\}})(?=/|$)", "/*", path))
              for method, path in ROUTES}
    assert rules == listed


@pytest.fixture
def authoring_app(seeded_app: Flask) -> tuple[Flask, int]:
    make_user(seeded_app, "student")
    teacher_id = make_user(seeded_app, "teacher", role="teacher")
    with seeded_app.app_context():
        authoring.add_article(ARTICLE, "article.txt", user=get_user(teacher_id), now=NOW)
        draft_id = db.session.scalar(db.select(Draft.id).order_by(Draft.id))
    return seeded_app, draft_id


@pytest.mark.parametrize(("method", "path"), ROUTES)
@pytest.mark.parametrize("who", ["anonymous", "student", "teacher"])
def test_access(authoring_app: tuple[Flask, int], who: str, method: str, path: str) -> None:
    app, draft_id = authoring_app
    client = app.test_client()
    if who != "anonymous":
        AuthActions(client).login(who)
    response = client.open(path.format(draft=draft_id, user=1, article="no-such-article"), method=method, data={})
    if who == "anonymous":
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/login")
    elif who == "student":
        assert response.status_code == 403
    else:
        assert response.status_code != 403
        assert not response.headers.get("Location", "").startswith("/login")
        assert response.status_code < 500


def test_teach_link_only_for_teachers(authoring_app: tuple[Flask, int]) -> None:
    app, _ = authoring_app
    client = app.test_client()
    AuthActions(client).login("student")
    assert b'href="/teach/"' not in client.get("/").data
    client = app.test_client()
    AuthActions(client).login("teacher")
    assert b'href="/teach/"' in client.get("/").data


@pytest.fixture
def csrf_app(tmp_path) -> Flask:
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    with app.app_context():
        seed_corpus(SEEDS_DIR, QUESTIONS_DIR, now=NOW)
    make_user(app, "teacher", role="teacher")
    return app


def _token(client, path: str) -> str:
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', client.get(path).get_data(as_text=True))
    assert match, path
    return match.group(1)


def _login(client) -> None:
    token = _token(client, "/login")
    response = client.post("/login", data={"username": "teacher", "password": "correct horse battery",
                                           "csrf_token": token})
    assert response.status_code == 302


@pytest.mark.parametrize(("path", "data"), [
    ("/teach/sets/new", {"slug": "new-set", "title": "New set"}),
    (f"/teach/sets/{SET}/publish", {"published": "0"}),
    (f"/teach/sets/{SET}/delete", {}),
    (f"/teach/questions/{QUESTION}/delete", {}),
    ("/teach/articles/new", {"text": ARTICLE.decode()}),
])
def test_a_post_without_its_csrf_token_fails(csrf_app: Flask, path: str, data: dict) -> None:
    client = csrf_app.test_client()
    _login(client)
    response = client.post(path, data=data)
    assert response.status_code == 400
    assert b"CSRF" in response.data
    with csrf_app.app_context():
        assert authoring.get_set("new-set") is None
        question_set = authoring.get_set(SET)
        assert question_set.published and not question_set.archived
        assert QUESTION in {q.id for q in question_set.questions}
        assert db.session.scalar(db.select(db.func.count()).select_from(Draft)) == 0


def test_the_same_post_with_its_token_works(csrf_app: Flask) -> None:
    client = csrf_app.test_client()
    _login(client)
    token = _token(client, "/teach/sets/new")
    response = client.post("/teach/sets/new", data={"slug": "new-set", "title": "New set", "csrf_token": token})
    assert response.status_code == 302
    with csrf_app.app_context():
        assert authoring.get_set("new-set") is not None
