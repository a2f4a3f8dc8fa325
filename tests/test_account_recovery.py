"""Accounts a teacher can fix: a role changed on the command line, and a
one-time link that lets a student set a new password."""
from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from itsdangerous.timed import TimestampSigner

from app.extensions import db
from app.models import User
from app.services import accounts
from tests.conftest import DEFAULT_PASSWORD, logged_in, make_user

NEW_PASSWORD = "a brand new secret"


def test_set_role_makes_an_existing_account_a_teacher_and_back(app: Flask) -> None:
    make_user(app, "mai")
    runner = app.test_cli_runner()
    result = runner.invoke(args=["set-role", "Mai", "teacher"])
    assert result.exit_code == 0 and "'mai' is now a teacher." in result.output
    with app.app_context():
        assert db.session.scalar(db.select(User.role).where(User.username == "mai")) == "teacher"
    assert runner.invoke(args=["set-role", "mai", "student"]).exit_code == 0
    missing = runner.invoke(args=["set-role", "nobody", "teacher"])
    assert missing.exit_code != 0 and "No account is called 'nobody'" in missing.output
    assert runner.invoke(args=["set-role", "mai", "admin"]).exit_code != 0  # not a role


@pytest.fixture
def teacher(app: Flask) -> FlaskClient:
    make_user(app, "student")
    return logged_in(app, "teacher", "teacher")


def reset_link(teacher: FlaskClient, app: Flask) -> str:
    with app.app_context():
        student_id = db.session.scalar(db.select(User.id).where(User.username == "student"))
    page = teacher.get("/teach/students").get_data(as_text=True)
    assert "student" in page and "Make a reset link" in page
    made = teacher.post(f"/teach/students/{student_id}/reset-link").get_data(as_text=True)
    link = re.search(r'value="(http://[^"]+/reset/[^"]+)"', made).group(1)
    return link.split("localhost", 1)[-1]


def test_a_reset_link_sets_a_new_password_once(app: Flask, teacher: FlaskClient) -> None:
    path = reset_link(teacher, app)
    student = app.test_client()
    assert "For the account <strong>student</strong>" in student.get(path).get_data(as_text=True)
    mismatch = student.post(path, data={"password": NEW_PASSWORD, "confirm": "something else!"})
    assert mismatch.status_code == 400 and "The two passwords differ." in mismatch.get_data(as_text=True)
    done = student.post(path, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert done.status_code == 302 and done.location.endswith("/login")
    assert student.post("/login", data={"username": "student", "password": NEW_PASSWORD}).status_code == 302
    assert app.test_client().post("/login", data={"username": "student",
                                                  "password": DEFAULT_PASSWORD}).status_code == 400
    again = app.test_client().get(path)
    assert again.status_code == 400 and "already used" in again.get_data(as_text=True)


def test_a_reset_link_expires_and_cannot_be_forged(app: Flask, teacher: FlaskClient,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = reset_link(teacher, app)
    forged = app.test_client().get(path[:-3] + "abc")
    assert forged.status_code == 400 and "not valid" in forged.get_data(as_text=True)
    made = TimestampSigner.get_timestamp
    hours = accounts.RESET_LINK_HOURS
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: made(self) - hours * 3600 - 60)
    with app.app_context():  # a link made a little over RESET_LINK_HOURS ago
        student = db.session.scalar(db.select(User).where(User.username == "student"))
        old = accounts.reset_token(student, app.config["SECRET_KEY"])
    monkeypatch.setattr(TimestampSigner, "get_timestamp", made)
    expired = app.test_client().get(f"/reset/{old}")
    assert expired.status_code == 400 and "expired" in expired.get_data(as_text=True)


def test_only_students_get_reset_links_from_this_page(app: Flask, teacher: FlaskClient) -> None:
    with app.app_context():
        teacher_id = db.session.scalar(db.select(User.id).where(User.username == "teacher"))
    assert teacher.post(f"/teach/students/{teacher_id}/reset-link").status_code == 404
