"""Hardening checks that need no load: templates free of inline script (the
CSP forbids it), Flask-Login's remember cookie as locked down as the session
cookie, and SQLite write requests taking the write lock up front."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import PROJECT_ROOT
from app.database import WRITING_METHODS
from tests.conftest import DEFAULT_PASSWORD, make_app, make_user

TEMPLATE_DIR = PROJECT_ROOT / "app" / "templates"
TEMPLATES = sorted(TEMPLATE_DIR.rglob("*.html"))

INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE | re.DOTALL)
JAVASCRIPT_URL = re.compile(r"""(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)


def test_there_are_templates_to_scan() -> None:
    assert len(TEMPLATES) > 10


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.relative_to(TEMPLATE_DIR).as_posix())
def test_no_template_has_inline_script(template: Path) -> None:
    """script-src 'self' blocks inline code: it would fail silently in browsers."""
    text = template.read_text(encoding="utf-8")
    for pattern, what in ((INLINE_SCRIPT, "an inline <script>"), (EVENT_HANDLER, "an on* event handler"),
                          (JAVASCRIPT_URL, "a javascript: URL")):
        found = pattern.search(text)
        assert found is None, (
            f"{template.name}:{text.count(chr(10), 0, found.start()) + 1}: {what}: {found.group(0)[:80]!r}; "
            "move the code to a file in app/static/"
        )


@pytest.mark.parametrize("secure", [False, True])
def test_the_remember_cookie_is_httponly_samesite_and_secure_over_https(tmp_path: Path, secure: bool) -> None:
    app = make_app(tmp_path, SESSION_COOKIE_SECURE=secure)
    make_user(app, "alice")
    client = app.test_client()
    form = {"username": "alice", "password": DEFAULT_PASSWORD, "remember": "y"}
    response = client.post("/login", data=form)
    assert response.status_code == 302
    cookies = {c.split("=", 1)[0]: c for c in response.headers.getlist("Set-Cookie")}
    assert {"session", "remember_token"} <= cookies.keys()
    for name in ("session", "remember_token"):
        header = cookies[name].lower()
        assert "httponly" in header and "samesite=lax" in header, cookies[name]
        assert ("; secure" in header) is secure, cookies[name]


def test_sqlite_writing_requests_begin_immediate(app: Flask, client: FlaskClient) -> None:
    """A POST's transaction takes SQLite's write lock up front (BEGIN IMMEDIATE);
    a GET's stays deferred, so readers never queue behind writers. Observed
    from SQLite itself (its trace of every statement it runs)."""
    from sqlalchemy import event

    from app.extensions import db

    with app.app_context():
        if db.engine.dialect.name != "sqlite":
            pytest.skip("SQLite only")
        begun: list[str] = []
        def note_begin(statement: str) -> None:
            if statement.startswith("BEGIN"):
                begun.append(statement)

        def trace(dbapi_connection, _record, _proxy) -> None:
            dbapi_connection.set_trace_callback(note_begin)

        event.listen(db.engine, "checkout", trace)
    make_user(app, "alice")
    begun.clear()
    client.post("/login", data={"username": "alice", "password": "wrong password"})
    assert begun and set(begun) == {"BEGIN IMMEDIATE"}
    client.post("/login", data={"username": "alice", "password": DEFAULT_PASSWORD})
    begun.clear()
    assert client.get("/progress").status_code == 200
    assert begun and set(begun) == {"BEGIN"}
    assert "GET" not in WRITING_METHODS and "POST" in WRITING_METHODS


@pytest.mark.parametrize("url", ["/articles/a%00b", "/sets/a%00b", "/quiz/a%00b", "/articles?hl=%00",
                                 "/login?next=%00"])
def test_a_nul_in_the_address_is_a_400(client: FlaskClient, url: str) -> None:
    assert client.get(url).status_code == 400
