from __future__ import annotations

import re
from html import unescape

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.core.corpus import load_article
from app.extensions import db
from app.models import Question
from app.services.content import seed_corpus
from tests.conftest import NOW, QUESTIONS_DIR, SEEDS_DIR, make_app


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
    assert seeded_client.get("/quiz/nope").status_code == 404
    assert seeded_client.post("/quiz/vietnam-dprk-basics/999", data={"answer": "x"}).status_code == 404


def test_quiz_asks_the_first_question_with_its_options(seeded_app: Flask) -> None:
    with seeded_app.app_context():
        first = db.session.query(Question).order_by(Question.position).first()
        prompt, options = first.prompt, first.options
    page = seeded_app.test_client().get("/quiz/vietnam-dprk-basics").get_data(as_text=True)
    assert "Question 1 of" in page and unescape(page).count(prompt) == 1
    for option in options:
        assert f'value="{option}"' in page


def test_a_right_answer_shows_the_source_and_a_link_to_the_sentence(seeded_app: Flask) -> None:
    with seeded_app.app_context():
        first = db.session.query(Question).order_by(Question.position).first()
        answer, quotes = first.answer, [s.quote for s in first.sources]
    client = seeded_app.test_client()
    page = client.post("/quiz/vietnam-dprk-basics/0", data={"answer": answer}).get_data(as_text=True)
    assert "Right!" in page
    assert all(unescape(page).count(q) >= 1 for q in quotes)
    links = source_links(page)
    assert len(links) == len(quotes)
    article = client.get(links[0]).get_data(as_text=True)
    anchor = links[0].split("#", 1)[1]
    marked = re.search(rf'<span class="sentence[^"]*" id="{anchor}"><mark class="highlight">(.*?)</mark></span>', article)
    assert marked and unescape(marked.group(1)) == quotes[0]


def test_a_wrong_answer_shows_the_correct_one(seeded_app: Flask) -> None:
    with seeded_app.app_context():
        first = db.session.query(Question).order_by(Question.position).first()
        wrong = next(o for o in first.options if o != first.answer)
        answer = first.answer
    page = seeded_app.test_client().post("/quiz/vietnam-dprk-basics/0", data={"answer": wrong}).get_data(as_text=True)
    assert "Not quite." in page
    assert re.search(rf'class="correct-answer">{re.escape(answer)}<', page)
    assert "Score so far: 0 of 1" in page


def test_an_empty_answer_is_refused_with_a_message(seeded_client: FlaskClient) -> None:
    response = seeded_client.post("/quiz/vietnam-dprk-basics/0", data={"answer": "  "})
    assert response.status_code == 400
    assert "Choose or type an answer first." in response.get_data(as_text=True)


def test_typed_answers_are_graded_forgivingly(seeded_app: Flask) -> None:
    with seeded_app.app_context():
        question = db.session.query(Question).filter_by(type="short_answer").order_by(Question.position).first()
        index, answer = question.position, question.answer
    page = seeded_app.test_client().post(
        f"/quiz/vietnam-dprk-basics/{index}", data={"answer": "  " + answer.upper() + " "}
    ).get_data(as_text=True)
    assert "Right!" in page


def test_posting_an_answer_without_a_csrf_token_fails(tmp_path) -> None:
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    with app.app_context():
        seed_corpus(SEEDS_DIR, QUESTIONS_DIR, now=NOW)
    client = app.test_client()
    assert client.post("/quiz/vietnam-dprk-basics/0", data={"answer": "1950"}).status_code == 400
    page = client.get("/quiz/vietnam-dprk-basics").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    response = client.post("/quiz/vietnam-dprk-basics/0", data={"answer": "1950", "csrf_token": token})
    assert response.status_code == 200
    with app.app_context():
        db.engine.dispose()
