"""Requests that only read (GET, HEAD, OPTIONS) cannot write: on PostgreSQL
they run in a READ ONLY transaction, on SQLite with query_only on. A GET that
starts writing fails instead of writing."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.database import writing
from app.extensions import db
from app.models import User
from tests.conftest import make_app


def _add_user(username: str) -> str:
    db.session.add(User(username=username, password_hash="x", created_at=datetime.now(UTC)))
    db.session.commit()
    return "added"


@pytest.fixture
def writing_app(tmp_path: Path) -> Iterator[Flask]:
    app = make_app(tmp_path)
    app.add_url_rule("/probe/get-writes", "get_writes", lambda: _add_user("by-get"))
    app.add_url_rule("/probe/post-writes", "post_writes", lambda: _add_user("by-post"), methods=["POST"])

    def allowed() -> str:
        with writing():
            return _add_user("by-allowed-get")

    app.add_url_rule("/probe/allowed-get-writes", "allowed_get_writes", allowed)
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def _usernames(app: Flask) -> set[str]:
    with app.app_context():
        return set(db.session.scalars(select(User.username)))


def test_a_get_that_writes_is_refused_and_nothing_is_stored(writing_app: Flask) -> None:
    client = writing_app.test_client()
    with pytest.raises(DBAPIError, match="(?i)read-only|readonly"):
        client.get("/probe/get-writes")
    assert "by-get" not in _usernames(writing_app)


def test_a_post_after_gets_on_the_same_connection_writes(writing_app: Flask) -> None:
    client = writing_app.test_client()
    for _ in range(3):
        with pytest.raises(DBAPIError):
            client.get("/probe/get-writes")
    assert client.post("/probe/post-writes").get_data(as_text=True) == "added"
    assert "by-post" in _usernames(writing_app)
    with pytest.raises(DBAPIError):  # and the next GET is read-only again
        client.get("/probe/get-writes")


def test_writing_lets_a_get_write(writing_app: Flask) -> None:
    """What the first request's seeding of an empty database uses."""
    assert writing_app.test_client().get("/probe/allowed-get-writes").get_data(as_text=True) == "added"
    assert "by-allowed-get" in _usernames(writing_app)


@pytest.mark.parametrize("requests_before", [0, 2], ids=["fresh connection", "after read-only requests"])
def test_autocommit_asked_for_outside_a_request_is_kept(app: Flask, requests_before: int) -> None:
    """VACUUM cannot run inside a transaction: code that asks SQLAlchemy for
    AUTOCOMMIT (the bench's seeding does) gets it, whatever mode the pooled
    connection served requests in before."""
    client = app.test_client()
    for _ in range(requests_before):
        assert client.get("/login").status_code == 200
    with app.app_context():
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM"))
        with db.engine.connect() as connection:  # and an ordinary connection writes in a transaction again
            connection.execute(text("UPDATE users SET new_cards_per_day = new_cards_per_day"))
            connection.rollback()
