"""Log-in rate limits: per account and per client address, in the database."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app
from app.extensions import db
from app.services import login_limits
from app.services.login_limits import Limits, TooManyAttempts
from tests.conftest import DEFAULT_PASSWORD, NOW, make_user

LIMITS = Limits(per_account=5, per_address=30, window=timedelta(minutes=15))


def fail(client: FlaskClient, username: str = "alice", address: str = "192.0.2.1"):  # noqa: ANN201
    return client.post("/login", data={"username": username, "password": "wrong password!"},
                       environ_base={"REMOTE_ADDR": address})


def test_five_failures_lock_the_account_with_a_clear_message(app: Flask, client: FlaskClient) -> None:
    make_user(app, "alice")
    for _ in range(5):
        assert fail(client).status_code == 400
    response = client.post("/login", data={"username": "alice", "password": DEFAULT_PASSWORD},
                           environ_base={"REMOTE_ADDR": "192.0.2.1"})
    assert response.status_code == 429
    assert b"Too many failed log-ins for this account: try again in 15 minutes." in response.data
    assert 0 < int(response.headers["Retry-After"]) <= 15 * 60
    assert client.get_cookie("session") is None or b"Log out" not in client.get("/").data


def test_the_account_lock_holds_from_another_address(app: Flask, client: FlaskClient) -> None:
    make_user(app, "alice")
    for n in range(5):
        fail(client, address=f"192.0.2.{n}")
    assert fail(client, address="198.51.100.7").status_code == 429


def test_other_accounts_are_not_locked(app: Flask, client: FlaskClient) -> None:
    make_user(app, "alice")
    make_user(app, "bob")
    for _ in range(5):
        fail(client, "alice")
    response = client.post("/login", data={"username": "bob", "password": DEFAULT_PASSWORD},
                           environ_base={"REMOTE_ADDR": "192.0.2.1"})
    assert response.status_code == 302


def test_one_address_spraying_many_accounts_is_locked(app: Flask, client: FlaskClient) -> None:
    app.config["LOGIN_MAX_FAILURES_PER_ADDRESS"] = 6
    for n in range(6):
        fail(client, f"user{n}")
    response = fail(client, "someone-else")
    assert response.status_code == 429
    assert b"for your network address" in response.data
    assert fail(client, "someone-else", address="198.51.100.7").status_code == 400


def test_a_success_clears_the_accounts_failures(app: Flask, client: FlaskClient) -> None:
    make_user(app, "alice")
    for _ in range(4):
        fail(client)
    assert client.post("/login", data={"username": "alice", "password": DEFAULT_PASSWORD}).status_code == 302
    client.post("/logout")
    for _ in range(4):
        assert fail(client).status_code == 400


def test_the_limit_holds_across_workers(app: Flask, client: FlaskClient, tmp_path: Path) -> None:
    """Another app on the same database (another gunicorn worker) sees the failures."""
    make_user(app, "alice")
    for _ in range(5):
        fail(client)
    other = create_app({**app.config, "TESTING": True}, instance_path=str(tmp_path / "other"))
    response = fail(other.test_client(), address="198.51.100.7")
    assert response.status_code == 429
    with other.app_context():
        db.engine.dispose()


def test_the_window_slides(app: Flask) -> None:
    with app.app_context():
        for minute in range(5):
            moment = NOW + timedelta(minutes=minute)
            login_limits.record_failure("Alice", "192.0.2.1", now=moment, limits=LIMITS)
        with pytest.raises(TooManyAttempts, match="try again in 1 minute") as caught:
            login_limits.check_allowed("alice", "192.0.2.9", now=NOW + timedelta(minutes=14), limits=LIMITS)
        assert caught.value.retry_after == 60
        login_limits.check_allowed("alice", "192.0.2.9", now=NOW + timedelta(minutes=15), limits=LIMITS)


def test_old_failures_are_forgotten(app: Flask) -> None:
    from app.models import LoginAttempt

    with app.app_context():
        login_limits.record_failure("alice", "192.0.2.1", now=NOW, limits=LIMITS)
        login_limits.record_failure("bob", "192.0.2.1", now=NOW + timedelta(hours=1), limits=LIMITS)
        assert [a.username for a in db.session.query(LoginAttempt)] == ["bob"]


def test_hostile_usernames_are_kept_short(app: Flask) -> None:
    with app.app_context():
        login_limits.record_failure("x" * 5000, "192.0.2.1" * 20, now=NOW, limits=LIMITS)
        login_limits.check_allowed("x" * 5000, "192.0.2.1", now=NOW, limits=LIMITS)


def test_a_nul_in_a_failed_username_is_stored_without_it(app: Flask, client: FlaskClient) -> None:
    """PostgreSQL text cannot hold NUL: a hostile name must not turn a failure into a 500."""
    assert fail(client, "ali\x00ce").status_code == 400
    with app.app_context():
        from app.models import LoginAttempt

        assert [a.username for a in db.session.query(LoginAttempt)] == ["alice"]
