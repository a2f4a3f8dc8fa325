"""Accounts: register, log in, log out, roles, Argon2id hashes, create-user."""
from __future__ import annotations

import re

import pytest
from argon2 import PasswordHasher
from flask import Flask
from flask.testing import FlaskClient

from app.extensions import db
from app.models import User
from app.services import accounts
from tests.conftest import DEFAULT_PASSWORD, NOW, AuthActions, make_app, make_user


def get_user(app: Flask, username: str) -> User | None:
    with app.app_context():
        user = accounts.get_user_by_name(username)
        if user is not None:
            db.session.expunge(user)
        return user


def register(client: FlaskClient, username: str = "alice", password: str = DEFAULT_PASSWORD, confirm: str | None = None):
    return client.post("/register", data={"username": username, "password": password,
                                          "confirm": password if confirm is None else confirm})


def test_register_creates_a_student_and_logs_in(app: Flask, client: FlaskClient) -> None:
    response = register(client, "Alice")
    assert response.status_code == 302
    user = get_user(app, "alice")
    assert user is not None and user.username == "alice" and user.role == "student"
    assert user.desired_retention == 0.9 and user.new_cards_per_day == 20
    page = client.get("/").get_data(as_text=True)
    assert "Account (alice)" in page and "Log out" in page and 'href="/progress"' in page


def test_passwords_are_stored_as_argon2id_hashes(app: Flask, client: FlaskClient) -> None:
    register(client, "alice")
    user = get_user(app, "alice")
    assert user.password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert DEFAULT_PASSWORD not in user.password_hash
    assert PasswordHasher().verify(user.password_hash, DEFAULT_PASSWORD)


@pytest.mark.parametrize(
    ("username", "password", "confirm", "message"),
    [
        ("al", DEFAULT_PASSWORD, None, "3 to 40 characters"),
        ("alice smith", DEFAULT_PASSWORD, None, "letters, digits"),
        ("alice", "short", None, "at least 10"),
        ("alice", DEFAULT_PASSWORD, "something else", "The passwords differ."),
    ],
)
def test_register_refuses_bad_input_with_a_message(
    app: Flask, client: FlaskClient, username: str, password: str, confirm: str | None, message: str
) -> None:
    response = register(client, username, password, confirm)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.query(User).count() == 0


def test_a_taken_username_is_refused_whatever_its_case(app: Flask, client: FlaskClient) -> None:
    make_user(app, "alice")
    response = register(client, "ALICE")
    assert response.status_code == 400 and "is taken" in response.get_data(as_text=True)


def test_login_and_logout(app: Flask, client: FlaskClient, auth: AuthActions) -> None:
    make_user(app, "bob")
    assert client.get("/progress").status_code == 302
    response = auth.login("Bob")
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert client.get("/progress").status_code == 200
    auth.logout()
    response = client.get("/progress")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login?next=")


def test_a_wrong_password_or_unknown_user_is_refused_alike(app: Flask, client: FlaskClient, auth: AuthActions) -> None:
    make_user(app, "bob")
    wrong = auth.login("bob", "not the password")
    unknown = auth.login("nobody", DEFAULT_PASSWORD)
    for response in (wrong, unknown):
        assert response.status_code == 400
        assert "Wrong username or password." in response.get_data(as_text=True)
    assert client.get("/progress").status_code == 302


@pytest.mark.parametrize(
    ("next_url", "expected"),
    [("/progress", "/progress"), ("https://evil.example/", "/"), ("//evil.example/x", "/"), ("/\\evil", "/")],
)
def test_login_returns_only_to_local_pages(app: Flask, client: FlaskClient, next_url: str, expected: str) -> None:
    make_user(app, "bob")
    response = client.post("/login", data={"username": "bob", "password": DEFAULT_PASSWORD, "next": next_url})
    assert response.headers["Location"] == expected


def test_an_old_hash_is_upgraded_at_login(app: Flask, auth: AuthActions) -> None:
    make_user(app, "bob")
    with app.app_context():
        user = accounts.get_user_by_name("bob")
        user.password_hash = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(DEFAULT_PASSWORD)
        db.session.commit()
    assert auth.login("bob").status_code == 302
    assert get_user(app, "bob").password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")


def test_logout_needs_a_post_with_a_csrf_token(tmp_path) -> None:
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    make_user(app, "bob")
    client = app.test_client()
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    assert client.post("/login", data={"username": "bob", "password": DEFAULT_PASSWORD,
                                       "csrf_token": token}).status_code == 302
    assert client.get("/logout").status_code == 405
    client.post("/logout")  # no token: still logged in
    assert client.get("/progress").status_code == 200
    page = client.get("/progress").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    client.post("/logout", data={"csrf_token": token})
    assert client.get("/progress").status_code == 302
    with app.app_context():
        db.engine.dispose()


def test_study_settings_are_per_user(app: Flask, client: FlaskClient, auth: AuthActions) -> None:
    make_user(app, "bob")
    make_user(app, "carol")
    auth.login("bob")
    response = client.post("/account", data={"desired_retention": "0.85", "new_cards_per_day": "5"})
    assert response.status_code == 302
    assert (get_user(app, "bob").desired_retention, get_user(app, "bob").new_cards_per_day) == (0.85, 5)
    assert get_user(app, "carol").desired_retention == 0.9
    bad = client.post("/account", data={"desired_retention": "0.5", "new_cards_per_day": "5"})
    assert bad.status_code == 400 and "0.7" in bad.get_data(as_text=True)
    assert get_user(app, "bob").desired_retention == 0.85


def test_every_form_control_has_a_label(client: FlaskClient) -> None:
    for url in ("/register", "/login"):
        page = client.get(url).get_data(as_text=True)
        ids = re.findall(r'<input[^>]*\bid="([^"]+)"[^>]*type="(?:text|password|checkbox)"', page)
        ids += re.findall(r'<input[^>]*type="(?:text|password|checkbox)"[^>]*\bid="([^"]+)"', page)
        assert ids, url
        for control in set(ids):
            assert f'<label for="{control}"' in page or re.search(rf'<label class="check"><input[^>]*id="{control}"', page), (url, control)


def test_create_user_command(app: Flask) -> None:
    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-user", "Teach", "--teacher", "--password", DEFAULT_PASSWORD])
    assert result.exit_code == 0, result.output
    assert "Created teacher 'teach'." in result.output
    assert get_user(app, "teach").role == "teacher"
    result = runner.invoke(args=["create-user", "stu"], input=f"{DEFAULT_PASSWORD}\n{DEFAULT_PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert get_user(app, "stu").role == "student"
    assert accounts.PASSWORD_HASHER.verify(get_user(app, "stu").password_hash, DEFAULT_PASSWORD)


@pytest.mark.parametrize(
    ("args", "message"),
    [(["create-user", "teach", "--password", "short"], "at least 10"),
     (["create-user", "x", "--password", DEFAULT_PASSWORD], "3 to 40")],
)
def test_create_user_refuses_bad_input(app: Flask, args: list[str], message: str) -> None:
    result = app.test_cli_runner().invoke(args=args)
    assert result.exit_code != 0 and message in result.output


def test_create_user_refuses_a_taken_name(app: Flask) -> None:
    make_user(app, "teach")
    result = app.test_cli_runner().invoke(args=["create-user", "teach", "--password", DEFAULT_PASSWORD])
    assert result.exit_code != 0 and "is taken" in result.output


def test_authenticate_service_with_fixed_time(app: Flask) -> None:
    with app.app_context():
        user = accounts.create_user("dora", DEFAULT_PASSWORD, now=NOW, role="teacher")
        assert user.created_at == NOW
        assert accounts.authenticate("DORA", DEFAULT_PASSWORD).id == user.id
        assert accounts.authenticate("dora", DEFAULT_PASSWORD + "x") is None
        with pytest.raises(accounts.AccountError, match="Unknown role"):
            accounts.create_user("eve", DEFAULT_PASSWORD, now=NOW, role="admin")
