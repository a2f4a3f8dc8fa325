"""Errors are pages of the site: a styled page that says what went wrong, and
for a request too large, the limits that apply."""
from __future__ import annotations

from io import BytesIO

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import logged_in


@pytest.fixture
def teacher(seeded_app: Flask) -> FlaskClient:
    return logged_in(seeded_app, "teacher", "teacher")


def test_a_missing_page_is_a_page_of_the_site(seeded_app: Flask) -> None:
    response = seeded_app.test_client().get("/sets/no-such-set")
    page = response.get_data(as_text=True)
    assert response.status_code == 404
    assert 'class="error-page"' in page and "style.css" in page and "Back to the start page" in page


def test_a_paste_over_the_article_limit_gets_the_articles_own_message(teacher: FlaskClient) -> None:
    text = "Visits.\n\n" + ("Anna went to Peru in 1990. " * 10_000)  # about 270,000 characters, under 1 MB
    response = teacher.post("/teach/articles/new", data={"text": text}, content_type="multipart/form-data")
    assert response.status_code == 400
    assert "the limit is 200,000" in response.get_data(as_text=True)


def test_a_request_over_the_size_limits_names_them(teacher: FlaskClient) -> None:
    huge = "x" * (1024 * 1024 + 10)
    response = teacher.post("/teach/articles/new", data={"text": huge}, content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 413
    assert 'class="error-page"' in page
    assert "up to 4 MB" in page and "up to 1 MB" in page and "200,000 characters" in page
    upload = teacher.post("/teach/articles/new", data={"upload": (BytesIO(b"y" * (5 * 1024 * 1024)), "a.txt")},
                          content_type="multipart/form-data")
    assert upload.status_code == 413 and "up to 4 MB" in upload.get_data(as_text=True)
