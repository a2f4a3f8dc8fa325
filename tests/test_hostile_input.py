"""Property-based tests: hostile text (HTML and JS, control characters,
template syntax, huge inputs) fed to the article import, the question bank
parser and the answer boxes. Nothing raises anything but the documented
errors, no page is a 500, and the text always comes back escaped.

Example counts stay modest (the suite runs twice in CI); the huge inputs are
fixed examples rather than generated ones.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import yaml
from flask.testing import FlaskClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.core.bank import Bank, BankError, check_question, parse_bank
from app.core.corpus import ArticleError, decode_article_bytes, parse_article
from app.core.facts import extract_facts
from app.extensions import db
from app.models import Article, QuestionSet, User
from app.services import quiz
from tests.conftest import DEFAULT_PASSWORD, NOW, QUESTIONS_DIR, SEEDS_DIR, make_app, make_user, seed_corpus

SET = "vietnam-dprk-basics"
MARK = "ZQXJ"  # every hostile answer starts with <i>ZQXJ: the raw form must never be in a page

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(document.cookie)",
    "</textarea><svg onload=alert(1)>",
    "{{ 7*7 }} {% raw %}{{ config }}{% endraw %}",
    "'; DROP TABLE users; --",
    "\x00\x01\x1b[31m\x7f\u202e\ufeff\u2028",
    "&lt;already &amp; escaped&gt;",
    "Hà Nội – Bình Nhưỡng 🇻🇳",
]
hostile_text = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=40)), max_size=8).map("".join),
)
HUGE = [
    "a" * 200_000,
    "On 30 January 1950, Vietnam and the DPRK established relations. " * 3_000,
    "<p>" * 50_000,
    "1950. " * 30_000,
    "\n" * 100_000,
]
FEW = settings(max_examples=30, deadline=None, database=None,
               suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


# The article import: bytes -> text -> sentences -> facts ----------------------


@FEW
@given(hostile_text)
def test_any_text_parses_into_sentences_and_facts(text: str) -> None:
    article = parse_article("hostile", text)
    for sentence in article.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(text)
    for fact in extract_facts(article):
        assert fact is not None


@FEW
@given(st.binary(max_size=500))
def test_any_bytes_decode_or_are_refused_with_an_article_error(data: bytes) -> None:
    try:
        text = decode_article_bytes(data, "upload.txt")
    except ArticleError as exc:
        assert str(exc).startswith("upload.txt: ")
    else:
        extract_facts(parse_article("upload", text))


@pytest.mark.parametrize("text", HUGE, ids=["a-run", "repeated-sentence", "tags", "years", "newlines"])
def test_huge_articles_parse(text: str) -> None:
    extract_facts(parse_article("huge", text))


# The question editor: bank fields with hostile values ---------------------------

ARTICLE_TEXT = "On 30 January 1950, Vietnam and the DPRK established diplomatic relations."


def bank_text(field: str, value: object) -> str:
    question = {"id": "q-1", "type": "multiple_choice", "prompt": "When?", "answer": "1950",
                "options": ["1950", "1951", "1952"], "explanation": "",
                "sources": [{"article": "a1", "quote": "On 30 January 1950"}]}
    bank = {"set": {"slug": "hostile", "title": "Hostile"}, "questions": [question]}
    if field.startswith("set."):
        bank["set"][field[4:]] = value
    else:
        question[field] = value
    return yaml.safe_dump(bank, allow_unicode=True)


@FEW
@given(st.sampled_from(["set.slug", "set.title", "set.description", "id", "type", "prompt", "answer",
                        "options", "accept", "explanation", "sources", "kind"]),
       st.one_of(hostile_text, st.lists(hostile_text, max_size=3), st.integers(), st.none(),
                 st.dictionaries(st.text(max_size=5), hostile_text, max_size=2)))
def test_hostile_bank_fields_are_parsed_or_refused_with_a_message(field: str, value: object) -> None:
    try:
        bank = parse_bank(bank_text(field, value), "hostile.yaml", {"a1": ARTICLE_TEXT})
    except BankError as exc:
        assert all(problem.startswith("hostile.yaml:") for problem in exc.problems)
    else:
        assert isinstance(bank, Bank)


@FEW
@given(hostile_text)
def test_any_bank_file_text_is_parsed_or_refused(text: str) -> None:
    try:
        parse_bank(text, "hostile.yaml", {"a1": ARTICLE_TEXT})
    except BankError:
        pass


@FEW
@given(st.dictionaries(st.sampled_from(["id", "type", "prompt", "answer", "options", "sources", "accept"]),
                       st.one_of(hostile_text, st.lists(hostile_text, max_size=3)), max_size=7))
def test_the_question_form_checker_takes_any_values(data: dict) -> None:
    try:
        check_question(data, {"a1": ARTICLE_TEXT})
    except BankError:
        pass


# The answer boxes and the teacher's article form, through the app -------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    app = make_app(tmp_path_factory.mktemp("hostile"))
    with app.app_context():
        seed_corpus(SEEDS_DIR, QUESTIONS_DIR, now=NOW)
    make_user(app, "student")
    make_user(app, "teacher", role="teacher")
    clients = {}
    for name in ("student", "teacher"):
        clients[name] = app.test_client()
        response = clients[name].post("/login", data={"username": name, "password": DEFAULT_PASSWORD})
        assert response.status_code == 302
    page = clients["student"].get(f"/study/{SET}").get_data(as_text=True)
    token = re.search(r'name="token"[^>]*value="([^"]+)"', page).group(1)
    yield {"app": app, "clients": clients, "study_token": token}
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def assert_escaped(body: str, answer: str) -> None:
    assert f"<i>{MARK}" not in body, "hostile text reached the page unescaped"
    for raw in ("<script>alert", "<img src=x", "<svg onload"):  # tags from PAYLOADS, unescaped
        if raw in answer:
            assert raw not in body, f"{raw!r} reached the page unescaped"


marked = hostile_text.map(lambda text: f"<i>{MARK}{text}</i>")


@FEW
@given(marked)
@example("<i>ZQXJ" + "x" * 100_000 + "</i>")
def test_the_study_answer_box_escapes_anything(site: dict, answer: str) -> None:
    client: FlaskClient = site["clients"]["student"]
    response = client.post(f"/study/{SET}/answer", data={"token": site["study_token"], "answer": answer})
    body = response.get_data(as_text=True)
    assert response.status_code in (200, 400), response.status_code
    assert_escaped(body, answer)
    if response.status_code == 200:
        assert f"&lt;i&gt;{MARK}" in body  # the answer is shown back, escaped


@FEW
@given(marked)
def test_the_quiz_answer_box_escapes_anything(site: dict, answer: str) -> None:
    app = site["app"]
    with app.app_context():
        user = db.session.query(User).filter_by(username="student").one()
        question_set = db.session.query(QuestionSet).filter_by(slug=SET).one()
        attempt = quiz.start_attempt(user, question_set, size=1, types=["short_answer"], now=NOW, seed=1)
        attempt_id = attempt.id
    client: FlaskClient = site["clients"]["student"]
    response = client.post(f"/quiz/attempts/{attempt_id}/answer", data={"position": 0, "answer": answer})
    assert response.status_code in (302, 400), response.status_code
    assert_escaped(response.get_data(as_text=True), answer)
    result = client.get(f"/quiz/attempts/{attempt_id}")
    assert result.status_code == 200
    assert_escaped(result.get_data(as_text=True), answer)


@settings(max_examples=10, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(marked)
def test_the_teachers_article_form_escapes_anything(site: dict, text: str) -> None:
    client: FlaskClient = site["clients"]["teacher"]
    response = client.post("/teach/articles/new", data={"text": text})
    assert response.status_code in (200, 302, 400), response.status_code
    assert_escaped(response.get_data(as_text=True), text)
    if response.status_code == 302:
        page = client.get(response.headers["Location"])
        assert page.status_code == 200
        assert_escaped(page.get_data(as_text=True), text)
        with site["app"].app_context():
            assert db.session.query(Article).count() > 5
