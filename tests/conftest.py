"""Shared fixtures: ``app``, ``client``, ``runner`` (as in Flask's tutorial).

Every test gets a clean schema: a fresh SQLite file by default, or, when
TEST_DATABASE_URL is set, the PostgreSQL database it names with every table
dropped and created again.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import create_engine, text

from app import PROJECT_ROOT, create_app, normalise_database_url
from app.extensions import db
from app.services.content import seed_corpus

SEEDS_DIR = PROJECT_ROOT / "seeds"
QUESTIONS_DIR = PROJECT_ROOT / "questions"
NOW = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)


def database_url(tmp_path: Path) -> str:
    return os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture(scope="session", autouse=True)
def fresh_postgres_schema() -> None:
    """Start a PostgreSQL run from an empty schema: tables left by other
    branches or runs (with foreign keys into ours) would break drop_all."""
    url = os.environ.get("TEST_DATABASE_URL", "")
    if not url.startswith("postgres"):
        return
    engine = create_engine(normalise_database_url(url))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def make_app(tmp_path: Path, **config: object) -> Flask:
    """An app on a clean schema; keyword arguments override the test config."""
    settings = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": database_url(tmp_path),
        "AUTO_SEED": False,
        "WTF_CSRF_ENABLED": False,
        "SEEDS_DIR": str(SEEDS_DIR),
        "QUESTIONS_DIR": str(QUESTIONS_DIR),
    }
    settings.update(config)
    app = create_app(settings, instance_path=str(tmp_path / "instance"))
    with app.app_context():
        db.drop_all()
        db.create_all()
    return app


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Flask]:
    app = make_app(tmp_path)
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def seeded_app(app: Flask) -> Flask:
    """The app with the seed articles and the committed question banks loaded."""
    with app.app_context():
        seed_corpus(SEEDS_DIR, QUESTIONS_DIR, now=NOW)
    return app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def seeded_client(seeded_app: Flask) -> FlaskClient:
    return seeded_app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


# Accounts -----------------------------------------------------------------

DEFAULT_PASSWORD = "correct horse battery"


def make_user(app: Flask, username: str = "student", password: str = DEFAULT_PASSWORD, *,
              role: str = "student", **settings: object) -> int:
    """Create an account (factory with defaults); returns its id."""
    from app.services.accounts import create_user

    with app.app_context():
        user = create_user(username, password, role=role, now=NOW)
        for name, value in settings.items():
            setattr(user, name, value)
        db.session.commit()
        return user.id


def logged_in(app: Flask, username: str, role: str = "student") -> FlaskClient:
    """A new account's browser, logged in through the real form."""
    make_user(app, username, role=role)
    client = app.test_client()
    AuthActions(client).login(username)
    return client


class AuthActions:
    """Log a test client in and out through the real forms (flaskr's ``auth``)."""

    def __init__(self, client: FlaskClient) -> None:
        self._client = client

    def login(self, username: str = "student", password: str = DEFAULT_PASSWORD):
        return self._client.post("/login", data={"username": username, "password": password})

    def logout(self):
        return self._client.post("/logout")


@pytest.fixture
def auth(client: FlaskClient) -> AuthActions:
    return AuthActions(client)


@pytest.fixture
def collection(tmp_path: Path):
    """A fresh collection of the real Anki library, to import exports into."""
    pytest.importorskip("anki", reason="the real Anki library is in the 'test' extra")
    from tests.core.export_factories import open_collection

    col = open_collection(tmp_path / "collection.anki2")
    yield col
    col.close()
