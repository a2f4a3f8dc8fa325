from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from app.security import ConfigurationError
from tests.conftest import DEFAULT_PASSWORD, make_app, make_user


def test_every_page_carries_the_security_headers(seeded_client: FlaskClient) -> None:
    for url in ("/", "/articles", "/quiz/vietnam-dprk-basics", "/no-such-page"):
        headers = seeded_client.get(url).headers
        csp = headers["Content-Security-Policy"]
        script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
        assert "'unsafe-inline'" not in script_src and "'self'" in script_src
        assert "frame-ancestors 'none'" in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"


def test_session_cookie_is_httponly_and_samesite_lax(seeded_client: FlaskClient) -> None:
    make_user(seeded_client.application, "alice")
    seeded_client.post("/login", data={"username": "alice", "password": DEFAULT_PASSWORD})
    cookie = seeded_client.get_cookie("session")
    assert cookie is not None and cookie.http_only and cookie.same_site == "Lax" and not cookie.secure


def test_secure_cookies_and_hsts_when_configured(tmp_path: Path) -> None:
    app = make_app(tmp_path, SESSION_COOKIE_SECURE=True)
    response = app.test_client().get("/")
    assert "max-age=" in response.headers["Strict-Transport-Security"]
    assert app.config["REMEMBER_COOKIE_SECURE"] is True


@pytest.mark.parametrize("key", [None, "dev", "short"])
def test_production_refuses_to_start_without_a_real_secret_key(tmp_path: Path, key: str | None) -> None:
    with pytest.raises(ConfigurationError, match="SECRET_KEY is not set"):
        make_app(tmp_path, TESTING=False, ENV_NAME="production", SECRET_KEY=key)


def test_production_starts_with_a_real_secret_key(tmp_path: Path) -> None:
    app = make_app(tmp_path, TESTING=False, ENV_NAME="production", SECRET_KEY="x" * 64)
    assert app.config["ENV_NAME"] == "production"


def test_request_bodies_are_size_limited(seeded_client: FlaskClient) -> None:
    limit = seeded_client.application.config["MAX_CONTENT_LENGTH"]
    response = seeded_client.post("/login", data={"username": "x" * (limit + 10)})
    assert response.status_code == 413


CSRF_FIELD = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def _csrf_on(client: FlaskClient, url: str = "/") -> list[str]:
    """Every CSRF token on a page (the menu's log-out form's and any other form's)."""
    return CSRF_FIELD.findall(client.get(url).get_data(as_text=True))


def _logged_in(client: FlaskClient, username: str) -> FlaskClient:
    token = _csrf_on(client, "/login")[0]
    response = client.post("/login", data={"username": username, "password": DEFAULT_PASSWORD,
                                           "csrf_token": token})
    assert response.status_code == 302
    return client


def test_a_pages_csrf_token_is_its_sessions_own(tmp_path: Path) -> None:
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    make_user(app, "alice")
    make_user(app, "bob")
    alice, bob = _logged_in(app.test_client(), "alice"), _logged_in(app.test_client(), "bob")
    first = _csrf_on(alice)
    # A page with a form of its own carries one token in all its forms.
    tokens = _csrf_on(alice, "/account")
    assert len(tokens) >= 2 and len(set(tokens)) == 1
    # Another session's token is refused; the session's own is accepted.
    assert bob.post("/logout", data={"csrf_token": first[0]}).status_code == 400
    assert alice.post("/logout", data={"csrf_token": first[0]}).status_code == 302
    assert alice.get("/account").status_code == 302  # logged out


def test_session_cookies_follow_the_secret_key_and_its_fallbacks(seeded_client: FlaskClient) -> None:
    app = seeded_client.application
    make_user(app, "alice")
    seeded_client.post("/login", data={"username": "alice", "password": DEFAULT_PASSWORD})
    assert seeded_client.get("/account").status_code == 200
    app.config.update(SECRET_KEY="rotated-secret", SECRET_KEY_FALLBACKS=["test-secret"])
    assert seeded_client.get("/account").status_code == 200
    app.config.update(SECRET_KEY_FALLBACKS=[])
    assert seeded_client.get("/account").status_code == 302  # the old cookie no longer counts


def test_a_new_secret_key_signs_new_csrf_tokens(tmp_path: Path) -> None:
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    make_user(app, "alice")
    alice = _logged_in(app.test_client(), "alice")
    before = _csrf_on(alice)
    app.config.update(SECRET_KEY="rotated-secret", SECRET_KEY_FALLBACKS=["test-secret"])
    after = _csrf_on(alice)
    assert set(after).isdisjoint(before)
    assert alice.post("/logout", data={"csrf_token": after[0]}).status_code == 302
