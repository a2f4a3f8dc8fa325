"""Questions with variants through the app: stored with the question, met one
form at a time in study and quiz, graded against the form shown, left out of
the exports, shown read-only to teachers, and added to older databases."""
from __future__ import annotations

import re
import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from html import unescape
from io import BytesIO
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from app.core.bank import parse_bank
from app.core.corpus import parse_article
from app.extensions import db
from app.models import Draft, Question, QuizAnswer, QuizAttempt, Review, StudyCard, User
from app.schema_upgrades import pending_upgrades
from app.services import authoring, content, study
from app.services.export import export_file
from app.views import study as study_views
from tests.conftest import NOW, AuthActions, make_user

SLUG = "variants"
ARTICLE_ID = "art-v"
ARTICLE = ("Lontra visits, a made-up story\n"
           "Alma Verr visited Lontra in 1931. Tomas Brel came to Lontra in 1932. The treaty was signed in 1935.\n")


def _source(quote: str) -> str:
    start = ARTICLE.index(quote)
    return (f"    sources:\n      - {{article: {ARTICLE_ID}, start: {start}, end: {start + len(quote)}, "
            f"quote: \"{quote}\"}}\n")


VERR_VARIANTS = """    variants:
      - type: short_answer
        prompt: Who visited Lontra in 1931?
        answer: Alma Verr
      - type: true_false
        prompt: Alma Verr visited Lontra in 1933.
        answer: false
"""
BANK = f"""set:
  slug: {SLUG}
  title: Made-up visits
questions:
  - id: v-verr
    type: multiple_choice
    prompt: In which year did Alma Verr visit Lontra?
    options: ["1929", "1931", "1933"]
    answer: "1931"
{VERR_VARIANTS}{_source("Alma Verr visited Lontra in 1931.")}  - id: v-brel
    type: short_answer
    prompt: Who came to Lontra in 1932?
    answer: Tomas Brel
    variants:
      - type: multiple_choice
        prompt: In which year did Tomas Brel come to Lontra?
        options: ["1930", "1932", "1934"]
        answer: "1932"
{_source("Tomas Brel came to Lontra in 1932.")}  - id: v-treaty
    type: true_false
    prompt: The treaty was signed in 1935.
    answer: true
{_source("The treaty was signed in 1935.")}"""

# Every form's prompt: (question id, form index, right answer).
FORMS = {
    "In which year did Alma Verr visit Lontra?": ("v-verr", 0, "1931"),
    "Who visited Lontra in 1931?": ("v-verr", 1, "Alma Verr"),
    "Alma Verr visited Lontra in 1933.": ("v-verr", 2, "False"),
    "Who came to Lontra in 1932?": ("v-brel", 0, "Tomas Brel"),
    "In which year did Tomas Brel come to Lontra?": ("v-brel", 1, "1932"),
    "The treaty was signed in 1935.": ("v-treaty", 0, "True"),
}


def store_made_up_set(app: Flask, bank_text: str = BANK) -> None:
    with app.app_context():
        content.store_article(parse_article(ARTICLE_ID, ARTICLE))
        db.session.flush()
        content.store_bank(parse_bank(bank_text, "variants.yaml", {ARTICLE_ID: ARTICLE}), now=NOW)
        db.session.commit()


@pytest.fixture
def made_up(app: Flask) -> Flask:
    store_made_up_set(app)
    return app


@pytest.fixture
def student(made_up: Flask, client: FlaskClient, auth: AuthActions) -> FlaskClient:
    make_user(made_up, "alice")
    auth.login("alice")
    return client


def token_on(page: str) -> str:
    return unescape(re.search(r'name="token" type="hidden" value="([^"]+)"', page).group(1))


def form_index_on(page: str) -> str:
    return re.search(r'name="form_index" type="hidden" value="(\d+)"', page).group(1)


def prompt_on(page: str) -> str:
    return unescape(re.search(r'id="prompt" class="prompt">(.*?)</', page).group(1))


def prompts_on(page: str) -> set[str]:
    text = unescape(page)
    return {prompt for prompt in FORMS if prompt in text}


# Storage --------------------------------------------------------------------------

def test_a_bank_stores_its_variants_with_the_question(made_up: Flask) -> None:
    with made_up.app_context():
        verr = db.session.get(Question, "v-verr")
        assert [v["type"] for v in verr.variants] == ["short_answer", "true_false"]
        assert verr.variants[1]["answer"] == "False" and verr.variants[1]["options"] == ["True", "False"]
        assert db.session.get(Question, "v-treaty").variants == []


def test_editing_a_variant_is_a_change_of_the_question(made_up: Flask) -> None:
    later = NOW + timedelta(days=1)
    with made_up.app_context():
        content.store_bank(parse_bank(BANK, "variants.yaml", {ARTICLE_ID: ARTICLE}), now=later)
        db.session.commit()
        assert db.session.get(Question, "v-verr").updated_at.replace(tzinfo=UTC) == NOW  # unchanged
        edited = BANK.replace("Who visited Lontra in 1931?", "Which visitor came to Lontra in 1931?")
        content.store_bank(parse_bank(edited, "variants.yaml", {ARTICLE_ID: ARTICLE}), now=later)
        db.session.commit()
        question = db.session.get(Question, "v-verr")
        assert question.updated_at.replace(tzinfo=UTC) == later
        assert question.variants[0]["prompt"] == "Which visitor came to Lontra in 1931?"


def test_a_database_made_without_the_variants_column_keeps_its_rows(made_up: Flask, tmp_path: Path) -> None:
    from tests.test_startup import auto_seeding_app

    make_user(made_up, "alice")
    with made_up.app_context():
        before = sorted((q.id, q.prompt, q.answer) for q in db.session.query(Question))
        db.session.remove()  # PostgreSQL: an open transaction on questions would block the ALTER
        with db.engine.begin() as connection:  # the older schema
            connection.execute(db.text("ALTER TABLE questions DROP COLUMN variants"))
        assert pending_upgrades(db.engine) == ["questions.variants"]
    fresh = auto_seeding_app(made_up.config["SQLALCHEMY_DATABASE_URI"], str(tmp_path / "instance2"))
    client = fresh.test_client()
    assert client.get("/").status_code == 200
    with fresh.app_context():
        assert pending_upgrades(db.engine) == []
        assert sorted((q.id, q.prompt, q.answer) for q in db.session.query(Question)) == before
        assert {q.id: q.variants for q in db.session.query(Question)} == {
            "v-verr": [], "v-brel": [], "v-treaty": []}
        user = db.session.query(User).one()
        shown = study.next_card(user, study.find_study_set(SLUG), NOW)
        assert (shown.question.id, shown.form.index) == ("v-verr", 0)
        db.session.remove()
        db.engine.dispose()
    store_made_up_set(made_up)  # the bank loaded again fills them in
    with made_up.app_context():
        assert len(db.session.get(Question, "v-verr").variants) == 2


# Study ----------------------------------------------------------------------------

def _answer(student: FlaskClient, page: str, answer: str, **extra: str) -> TestResponse:
    data = {"token": token_on(page), "answer": answer, "form_index": form_index_on(page), **extra}
    return student.post(f"/study/{SLUG}/answer", data=data)


def _rate(student: FlaskClient, answered: str, rating: str = "3") -> None:
    assert student.post(f"/study/{SLUG}/review", data={"token": token_on(answered), "rating": rating}).status_code == 302


def _clock(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> None:
    monkeypatch.setattr(study_views, "_now", lambda: moment)


def test_study_shows_the_primary_then_a_variant_and_grades_the_form_shown(
    made_up: Flask, student: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = datetime.now(UTC)
    _clock(monkeypatch, start)
    page = student.get(f"/study/{SLUG}").get_data(as_text=True)
    assert prompt_on(page) == "In which year did Alma Verr visit Lontra?" and form_index_on(page) == "0"
    assert prompts_on(page) == {"In which year did Alma Verr visit Lontra?"}  # never two forms side by side
    answered = _answer(student, page, "1931").get_data(as_text=True)
    assert "Right!" in answered
    _rate(student, answered, "1")  # Again: due in a minute

    _clock(monkeypatch, start + timedelta(hours=1))
    page = student.get(f"/study/{SLUG}").get_data(as_text=True)
    assert prompt_on(page) == "Who visited Lontra in 1931?" and form_index_on(page) == "1"
    assert prompts_on(page) == {"Who visited Lontra in 1931?"}
    wrong = unescape(_answer(student, page, "1931").get_data(as_text=True))  # the primary's answer
    assert "Not quite." in wrong and 'class="correct-answer">Alma Verr<' in wrong
    answered = _answer(student, page, "alma verr").get_data(as_text=True)
    assert "Right!" in answered and "Who visited Lontra in 1931?" in unescape(answered)
    _rate(student, answered, "1")

    _clock(monkeypatch, start + timedelta(hours=2))
    page = student.get(f"/study/{SLUG}").get_data(as_text=True)
    assert prompt_on(page) == "Alma Verr visited Lontra in 1933." and form_index_on(page) == "2"
    assert 'value="True"' in page and 'value="False"' in page
    with made_up.app_context():
        assert db.session.query(StudyCard).filter_by(question_id="v-verr").count() == 1  # one card, one fact
        log = [(r.answer_given, r.correct) for r in db.session.query(Review).order_by(Review.id)]
        assert log == [("1931", True), ("alma verr", True)]


def test_a_flashcard_shows_the_variants_prompt_and_answer(
    made_up: Flask, student: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = datetime.now(UTC)
    _clock(monkeypatch, start)
    page = student.get(f"/study/{SLUG}?mode=flashcards").get_data(as_text=True)
    assert prompt_on(page) == "In which year did Alma Verr visit Lontra?"
    assert student.post(f"/study/{SLUG}/review", data={"token": token_on(page), "rating": "1"}).status_code == 302
    _clock(monkeypatch, start + timedelta(hours=1))
    page = unescape(student.get(f"/study/{SLUG}?mode=flashcards").get_data(as_text=True))
    assert prompt_on(page) == "Who visited Lontra in 1931?"
    assert 'class="correct-answer">Alma Verr<' in page


@pytest.mark.parametrize(
    ("form_index", "message"),
    [("1", "This answer is for form 1 of the card, but the page showed form 0"),
     ("99", "This answer is for form 99 of the card"),
     ("abc", "This card&#39;s form number is not valid"),
     ("-1", "This card&#39;s form number is not valid")],
    ids=["another-form", "out-of-range", "not-a-number", "negative"],
)
def test_a_tampered_form_index_is_refused_with_400(made_up: Flask, student: FlaskClient, form_index: str,
                                                   message: str) -> None:
    page = student.get(f"/study/{SLUG}").get_data(as_text=True)
    response = _answer(student, page, "Alma Verr", form_index=form_index)
    assert response.status_code == 400 and message in response.get_data(as_text=True)


def test_a_form_the_question_no_longer_has_is_refused_with_400(
    made_up: Flask, student: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = datetime.now(UTC)
    _clock(monkeypatch, start)
    page = student.get(f"/study/{SLUG}").get_data(as_text=True)
    _rate(student, _answer(student, page, "1931").get_data(as_text=True), "1")
    _clock(monkeypatch, start + timedelta(hours=1))
    page = student.get(f"/study/{SLUG}").get_data(as_text=True)
    assert form_index_on(page) == "1"
    store_made_up_set(made_up, BANK.replace(VERR_VARIANTS, ""))  # a teacher removes the variants meanwhile
    response = _answer(student, page, "Alma Verr")
    assert response.status_code == 400
    assert "This card has no form 1 (it may have been edited" in response.get_data(as_text=True)
    with made_up.app_context():
        assert db.session.query(Review).count() == 1


# Quiz -------------------------------------------------------------------------------

def _start_quiz(student: FlaskClient, types: list[str], size: int = 3) -> str:
    response = student.post(f"/quiz/{SLUG}", data={"size": str(size), "types": types})
    assert response.status_code == 302, response.get_data(as_text=True)
    return response.headers["Location"]


def _without_tokens(page: str) -> str:
    return re.sub(r'name="csrf_token"[^>]*value="[^"]*"|value="[^"]*"([^>]*name="csrf_token")', "csrf", page)


def _quiz_prompt(page: str) -> str:
    return unescape(re.search(r'<p id="prompt" class="prompt">(.*?)</p>', page).group(1))


def test_a_quiz_asks_one_form_per_question_and_grades_it(made_up: Flask, student: FlaskClient) -> None:
    page = student.get(f"/quiz/{SLUG}").get_data(as_text=True)
    for qtype in ("multiple_choice", "short_answer", "true_false"):  # variants' types are offered too
        assert f'value="{qtype}"' in page
    location = _start_quiz(student, ["multiple_choice", "short_answer", "true_false"])
    asked = []
    for position in range(3):
        page = student.get(location).get_data(as_text=True)
        # the same form on every visit (the CSRF token carries a timestamp: two renders a second apart differ there)
        assert _without_tokens(student.get(location).get_data(as_text=True)) == _without_tokens(page)
        prompt = _quiz_prompt(page)
        assert prompts_on(page) == {prompt}
        question_id, index, answer = FORMS[prompt]
        assert form_index_on(page) == str(index)
        asked.append((question_id, prompt))
        response = student.post(location + "/answer", data={"position": str(position), "answer": answer,
                                                             "form_index": str(index)})
        assert response.status_code == 302
    assert sorted(question_id for question_id, _ in asked) == ["v-brel", "v-treaty", "v-verr"]
    result = unescape(student.get(location).get_data(as_text=True))
    assert "3 of 3 right" in result
    assert all(prompt in result for _, prompt in asked)


def test_a_quiz_of_one_type_asks_the_variants_of_that_type(made_up: Flask, student: FlaskClient) -> None:
    location = _start_quiz(student, ["true_false"])
    with made_up.app_context():
        attempt = db.session.query(QuizAttempt).one()
        assert sorted(attempt.question_ids) == ["v-treaty", "v-verr"] and attempt.types == ["true_false"]
    wrong = {"Alma Verr visited Lontra in 1933.": "True", "The treaty was signed in 1935.": "False"}
    for position in range(2):
        prompt = _quiz_prompt(student.get(location).get_data(as_text=True))
        student.post(location + "/answer", data={"position": str(position), "answer": wrong[prompt]})
    result = unescape(student.get(location).get_data(as_text=True))
    assert "0 of 2 right" in result
    assert "The answer is <strong class=\"correct-answer\">False</strong>" in result  # the variant's answer


def test_a_quiz_answer_for_another_form_is_refused_with_400(made_up: Flask, student: FlaskClient) -> None:
    location = _start_quiz(student, ["multiple_choice", "short_answer", "true_false"])
    page = student.get(location).get_data(as_text=True)
    other = str(int(form_index_on(page)) + 1)
    response = student.post(location + "/answer", data={"position": "0", "answer": "x", "form_index": other})
    assert response.status_code == 400
    assert "another form of the question than the one asked" in response.get_data(as_text=True)
    response = student.post(location + "/answer", data={"position": "0", "answer": "x", "form_index": "two"})
    assert response.status_code == 400 and "form number is not valid" in response.get_data(as_text=True)
    with made_up.app_context():
        assert db.session.query(QuizAnswer).count() == 0


# Exports ------------------------------------------------------------------------------

VARIANT_PROMPTS = ["Who visited Lontra in 1931?", "Alma Verr visited Lontra in 1933.",
                   "In which year did Tomas Brel come to Lontra?"]


def _apkg_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "collection.anki2"
    with zipfile.ZipFile(BytesIO(data)) as package:
        path.write_bytes(package.read("collection.anki2"))
    with sqlite3.connect(path) as connection:
        return "\n".join(row[0] for row in connection.execute("SELECT flds FROM notes"))


@pytest.mark.parametrize("fmt", ["apkg", "csv", "gift", "xml"])
def test_exports_hold_the_primary_form_only(made_up: Flask, tmp_path: Path, fmt: str) -> None:
    with made_up.app_context():
        data = export_file(fmt, [SLUG]).data
    text = _apkg_text(data, tmp_path) if fmt == "apkg" else data.decode("utf-8")
    text = unescape(text).replace("\\?", "?")  # GIFT escapes some characters
    assert "In which year did Alma Verr visit Lontra?" in text and "Who came to Lontra in 1932?" in text
    assert not [prompt for prompt in VARIANT_PROMPTS if prompt in text]


# Teachers -----------------------------------------------------------------------------

@pytest.fixture
def teacher(made_up: Flask) -> FlaskClient:
    make_user(made_up, "teacher", role="teacher")
    client = made_up.test_client()
    AuthActions(client).login("teacher")
    return client


def _editor_data(app: Flask, **fields: str) -> dict[str, object]:
    with app.app_context():
        sentence = authoring.sentence_index(ARTICLE_ID, ARTICLE.index("Alma Verr visited"))
    data: dict[str, object] = {"type": "multiple_choice", "prompt": "Which year did Alma Verr visit Lontra?",
                               "answer": "1931", "options": "1929\n1931\n1933", "article": ARTICLE_ID,
                               "sentence": sentence}
    data.update(fields)
    return data


def test_the_set_page_and_the_editor_show_variants_and_saving_keeps_them(made_up: Flask,
                                                                          teacher: FlaskClient) -> None:
    page = unescape(teacher.get(f"/teach/sets/{SLUG}").get_data(as_text=True))
    assert "Also asked as:" in page and "Who visited Lontra in 1931?" in page
    form = unescape(teacher.get("/teach/questions/v-verr/edit").get_data(as_text=True))
    assert "Also asked as:" in form and "short answer</strong> — <span class=\"variant-prompt\">Who visited" in form
    assert "(answer: false)" in form
    response = teacher.post("/teach/questions/v-verr/edit", data=_editor_data(made_up))
    assert response.status_code == 302, response.get_data(as_text=True)
    with made_up.app_context():
        question = db.session.get(Question, "v-verr")
        assert question.prompt == "Which year did Alma Verr visit Lontra?"
        assert [v["prompt"] for v in question.variants] == ["Who visited Lontra in 1931?",
                                                            "Alma Verr visited Lontra in 1933."]
    exported = teacher.get(f"/teach/sets/{SLUG}/export.yaml").get_data(as_text=True)
    assert "  variants:\n  - type: short_answer\n    prompt: Who visited Lontra in 1931?" in exported


def _queue_draft(app: Flask) -> int:
    """A pending draft, as the generator writes one (a bank mapping with variants)."""
    quote = "Tomas Brel came to Lontra in 1932."
    start = ARTICLE.index(quote)
    data = {"id": "d-brel-sa", "type": "short_answer", "kind": "visit", "prompt": "Who went to Lontra in 1932?",
            "answer": "Tomas Brel", "explanation": "",
            "variants": [{"type": "true_false", "prompt": "Tomas Brel went to Lontra in 1934.", "answer": False,
                          "explanation": ""}],
            "sources": [{"article": ARTICLE_ID, "start": start, "end": start + len(quote), "quote": quote}]}
    with app.app_context():
        teacher_id = db.session.query(User).filter_by(username="teacher").one().id
        draft = Draft(article_id=ARTICLE_ID, question_id="d-brel-sa", data=data, status="pending",
                      created_by=teacher_id, created_at=NOW)
        db.session.add(draft)
        db.session.commit()
        return draft.id


def test_the_draft_queue_shows_variants_and_accepting_keeps_them(made_up: Flask, teacher: FlaskClient) -> None:
    draft_id = _queue_draft(made_up)
    page = unescape(teacher.get("/teach/drafts").get_data(as_text=True))
    assert "Also asked as:" in page and "Tomas Brel went to Lontra in 1934." in page
    response = teacher.post(f"/teach/drafts/{draft_id}/accept", data={"set_slug": SLUG})
    assert response.status_code == 302
    with made_up.app_context():
        question = db.session.get(Question, "d-brel-sa")
        assert question.set_id is not None
        assert question.variants == [{"type": "true_false", "prompt": "Tomas Brel went to Lontra in 1934.",
                                      "answer": "False", "options": ["True", "False"], "accept": [],
                                      "explanation": "", "items": [], "pairs": []}]


def test_a_draft_edited_before_it_is_accepted_keeps_its_variants(made_up: Flask, teacher: FlaskClient) -> None:
    draft_id = _queue_draft(made_up)
    page = unescape(teacher.get(f"/teach/drafts/{draft_id}/edit").get_data(as_text=True))
    assert "Tomas Brel went to Lontra in 1934." in page
    with made_up.app_context():
        sentence = authoring.sentence_index(ARTICLE_ID, ARTICLE.index("Tomas Brel came"))
    response = teacher.post(f"/teach/drafts/{draft_id}/edit", data={
        "set_slug": SLUG, "type": "short_answer", "prompt": "Who travelled to Lontra in 1932?",
        "answer": "Tomas Brel", "article": ARTICLE_ID, "sentence": sentence})
    assert response.status_code == 302, response.get_data(as_text=True)
    with made_up.app_context():
        question = db.session.get(Question, "d-brel-sa")
        assert question.prompt == "Who travelled to Lontra in 1932?"
        assert [v["prompt"] for v in question.variants] == ["Tomas Brel went to Lontra in 1934."]
