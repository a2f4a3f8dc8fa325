from __future__ import annotations

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
