from __future__ import annotations

import re
from html import unescape

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.core.corpus import load_article
from tests.conftest import SEEDS_DIR


def source_links(html: str) -> list[str]:
    return [unescape(u) for u in re.findall(r'class="source-link" href="([^"]+)"', html)]


def test_home_lists_the_question_sets(seeded_client: FlaskClient) -> None:
    page = seeded_client.get("/").get_data(as_text=True)
    assert "Vietnam and the DPRK: the basics" in page
    assert 'href="/sets/vietnam-dprk-basics"' in page


def test_a_set_page_describes_the_set_and_offers_the_quiz(seeded_client: FlaskClient) -> None:
    page = seeded_client.get("/sets/vietnam-dprk-basics").get_data(as_text=True)
    assert "<h1>Vietnam and the DPRK: the basics</h1>" in page
    assert re.search(r"\d+ questions:", page) and "multiple choice" in page
    assert 'href="/quiz/vietnam-dprk-basics"' in page
    assert seeded_client.get("/sets/nope").status_code == 404


def test_articles_page_lists_every_article(seeded_client: FlaskClient) -> None:
    page = seeded_client.get("/articles").get_data(as_text=True)
    assert len(re.findall(r'href="/articles/\d{3}_[0-9a-f]+"', page)) == 5


def test_article_page_puts_every_sentence_in_its_own_element(seeded_app: Flask) -> None:
    page = seeded_app.test_client().get("/articles/001_910b8ce4e4c90f62").get_data(as_text=True)
    ids = re.findall(r'<span class="sentence[^"]*" id="s(\d+)">', page)
    assert ids == [str(i) for i in range(len(ids))] and len(ids) > 20
    assert re.search(r'<span class="sentence[^"]*" id="s11">In 1964, Mr. Kim returned to Vietnam in an unofficial visit.</span>', page)


def test_a_highlight_link_marks_exactly_that_span(seeded_client: FlaskClient) -> None:
    quote = "In 1964, Mr. Kim returned to Vietnam in an unofficial visit."
    article = load_article(SEEDS_DIR / "001_910b8ce4e4c90f62.txt")
    start = article.text.index(quote)
    page = seeded_client.get(f"/articles/001_910b8ce4e4c90f62?hl={start}-{start + len(quote)}").get_data(as_text=True)
    assert re.findall(r'<mark class="highlight">(.*?)</mark>', page) == [quote]


@pytest.mark.parametrize("value", ["", "9-3", "0-999999", "abc", "5"])
def test_a_bad_highlight_is_ignored(seeded_client: FlaskClient, value: str) -> None:
    response = seeded_client.get(f"/articles/001_910b8ce4e4c90f62?hl={value}")
    assert response.status_code == 200
    assert "<mark" not in response.get_data(as_text=True)


def test_unknown_article_and_set_are_404(seeded_client: FlaskClient) -> None:
    assert seeded_client.get("/articles/nope").status_code == 404
