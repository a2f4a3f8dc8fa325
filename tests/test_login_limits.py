"""Log-in rate limits: failures slow further attempts down, per account and
address, per account and per address, in the database; nobody is locked out."""
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

LIMITS = Limits()


def fail(client: FlaskClient, username: str = "alice", address: str = "192.0.2.1"):
    return client.post("/login", data={"username": username, "password": "wrong password!"},
                       environ_base={"REMOTE_ADDR": address})


def log_in(client: FlaskClient, username: str = "alice", address: str = "192.0.2.1"):
    return client.post("/login", data={"username": username, "password": DEFAULT_PASSWORD},
                       environ_base={"REMOTE_ADDR": address})


def test_five_failures_make_the_next_attempt_wait_half_a_minute(app: Flask, client: FlaskClient) -> None:
    make_user(app, "alice")
    for _ in range(5):
        assert fail(client).status_code == 400
    response = log_in(client)
    assert response.status_code == 429
    assert b"Too many failed log-ins for this account: try again in 30 seconds." in response.data
    assert 0 < int(response.headers["Retry-After"]) <= 30
    assert client.get_cookie("session") is None or b"Log out" not in client.get("/").data


def test_the_rightful_user_elsewhere_is_not_locked_out(app: Flask, client: FlaskClient) -> None:
    """Someone failing on purpose from one address does not stop the student at school."""
    make_user(app, "alice")
    for _ in range(9):
        fail(client, address="203.0.113.66")
    assert log_in(app.test_client(), address="192.0.2.1").status_code == 302


def test_waits_double_and_stop_at_the_cap(app: Flask) -> None:
    waits = [LIMITS.wait_after(n, 5, LIMITS.window).total_seconds() for n in range(4, 12)]
    assert waits == [0, 30, 60, 120, 240, 480, 900, 900]
    account = [LIMITS.wait_after(n, 10, LIMITS.account_wait_cap).total_seconds() for n in (9, 10, 11, 20)]
    assert account == [0, 30, 60, 60]  # from anywhere, a minute at most
    with app.app_context():
        for minute in range(6):
            login_limits.record_failure("alice", "192.0.2.1", now=NOW + timedelta(seconds=minute), limits=LIMITS)
        with pytest.raises(TooManyAttempts, match="try again in 55 seconds") as caught:
            login_limits.check_allowed("alice", "192.0.2.1", now=NOW + timedelta(seconds=10), limits=LIMITS)
        assert caught.value.retry_after == 55
        login_limits.check_allowed("alice", "192.0.2.1", now=NOW + timedelta(seconds=65), limits=LIMITS)


def test_an_account_attacked_from_many_addresses_waits_a_minute_at_most(app: Flask, client: FlaskClient) -> None:
    make_user(app, "alice")
    for n in range(12):
        fail(client, address=f"192.0.2.{n}")
    response = fail(client, address="198.51.100.7")
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) <= 60


def test_other_accounts_are_not_slowed(app: Flask, client: FlaskClient) -> None:
    make_user(app, "alice")
    make_user(app, "bob")
    for _ in range(5):
        fail(client, "alice")
    assert log_in(client, "bob").status_code == 302


def test_one_address_spraying_many_accounts_is_slowed(app: Flask, client: FlaskClient) -> None:
    app.config["LOGIN_FREE_FAILURES_PER_ADDRESS"] = 6
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
    response = fail(other.test_client())  # the same account and address, another process
    assert response.status_code == 429
    with other.app_context():
        db.engine.dispose()


def test_the_window_forgets(app: Flask) -> None:
    with app.app_context():
        for minute in range(8):
            login_limits.record_failure("alice", "192.0.2.1", now=NOW + timedelta(minutes=minute), limits=LIMITS)
        with pytest.raises(TooManyAttempts):
            login_limits.check_allowed("alice", "192.0.2.1", now=NOW + timedelta(minutes=8), limits=LIMITS)
        # 15 minutes after the last failure every one of them is out of the window.
        login_limits.check_allowed("alice", "192.0.2.1", now=NOW + timedelta(minutes=22, seconds=1), limits=LIMITS)


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
