"""A saved web page or pasted HTML becomes the article's own text: no tags,
no menus or related-story lists, the headline from the page, its date as a
date line. Every page here is made up for the test."""
from __future__ import annotations

from io import BytesIO

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.core.corpus import parse_article
from app.core.html_article import NotAnArticle, article_text, looks_like_html
from app.extensions import db
from app.models import Article
from app.services import authoring
from tests.conftest import logged_in

PAGE = """<!doctype html>
<html><head><title>Kenya and Peru sign trade deals | The Daily Example</title>
<meta property="og:title" content="Kenya and Peru sign trade deals">
<meta property="article:published_time" content="2025-10-12T08:00:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Kenya and Peru sign trade deals</h1>
<p>President Anna Okafor of Kenya arrived in Lima on Sunday for a three-day state visit, the first by a Kenyan head of state.</p>
<p>The two sides signed agreements on trade, tourism and agriculture, and agreed to open direct flights in 2026.</p>
<p>Okafor will travel to Chile on Wednesday before returning home.</p></article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Floods hit the coast on 3 May 2024</a></li>
<li><a href="/b">Election results 2023</a></li></ul></aside>
<footer>© 2025 The Daily Example. All rights reserved.</footer></body></html>
"""


def test_the_article_text_of_a_page() -> None:
    text = article_text(PAGE)
    assert text.startswith("Kenya and Peru sign trade deals\n\ndate 2025-10-12\n\nPresident Anna Okafor")
    assert "<" not in text and "Related stories" not in text and "Floods" not in text and "Sport" not in text
    assert "All rights reserved" not in text
    assert parse_article("x", text).title == "Kenya and Peru sign trade deals"


def test_what_counts_as_html() -> None:
    assert looks_like_html(PAGE)
    assert looks_like_html("<div><p>One</p><p>Two</p></div>")
    assert not looks_like_html("The <b> tag makes text bold, the minister told students in 2019.")
    with pytest.raises(NotAnArticle, match="no article text"):
        article_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")


@pytest.fixture
def teacher(seeded_app: Flask) -> FlaskClient:
    return logged_in(seeded_app, "teacher", "teacher")


def stored(app: Flask) -> Article:
    with app.app_context():
        row = db.session.scalar(db.select(Article).where(Article.id.like("t-%")))
        db.session.expunge(row)
        return row


@pytest.mark.parametrize("how", ["upload", "paste"])
def test_a_page_uploaded_or_pasted_is_stored_as_its_article(seeded_app: Flask, teacher: FlaskClient, how: str) -> None:
    data = ({"upload": (BytesIO(PAGE.encode()), "kenya-peru.html")} if how == "upload" else {"text": PAGE})
    response = teacher.post("/teach/articles/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 302, response.get_data(as_text=True)
    row = stored(seeded_app)
    assert row.title == "Kenya and Peru sign trade deals" and "<p>" not in row.text and "Related" not in row.text
    with seeded_app.app_context():
        drafts = authoring.list_drafts(row.id)
        assert drafts and all("<" not in d.data["prompt"] for d in drafts)


def test_a_page_without_an_article_is_refused_clearly(teacher: FlaskClient) -> None:
    menu = "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/x'>World</a></li></ul></nav></body></html>"
    response = teacher.post("/teach/articles/new", data={"upload": (BytesIO(menu.encode()), "menu.html")},
                            content_type="multipart/form-data")
    assert response.status_code == 400 and "menu.html: no article text was found" in response.get_data(as_text=True)
