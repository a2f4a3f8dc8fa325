"""Teacher authoring through the app: sets, the question editor, new articles
and the draft queue, YAML import/export, hostile YAML, item statistics."""
from __future__ import annotations

import re
from datetime import UTC, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.core.bank import QUESTION_TYPES
from app.extensions import db
from app.models import Article, Draft, Question, QuestionSet, QuizAnswer, QuizAttempt, Review, User
from app.services import authoring
from tests.conftest import NOW, AuthActions, make_user

ARTICLE = (Path(__file__).parent / "data" / "teacher_article.txt").read_bytes()
SET = "vietnam-dprk-basics"
A0 = "000_2ff08869235f4a8b"


@pytest.fixture
def teacher(seeded_app: Flask) -> FlaskClient:
    make_user(seeded_app, "teacher", role="teacher")
    make_user(seeded_app, "student")
    client = seeded_app.test_client()
    AuthActions(client).login("teacher")
    return client


def student_client(app: Flask) -> FlaskClient:
    client = app.test_client()
    AuthActions(client).login("student")
    return client


def new_set(client: FlaskClient, slug: str = "mongolia", title: str = "Vietnam and Mongolia") -> None:
    response = client.post("/teach/sets/new", data={"slug": slug, "title": title, "description": "Draft"})
    assert response.status_code == 302, response.data


# Sets -----------------------------------------------------------------------------

def test_a_new_set_is_hidden_until_published(seeded_app: Flask, teacher: FlaskClient) -> None:
    new_set(teacher)
    student = student_client(seeded_app)
    assert b"Vietnam and Mongolia" not in student.get("/").data
    assert student.get("/sets/mongolia").status_code == 404
    assert b"Vietnam and Mongolia" in teacher.get("/teach/").data

    teacher.post("/teach/sets/mongolia/edit", data={"slug": "ignored", "title": "Mongolia: 70 years",
                                                   "description": "Visits and dates"})
    assert teacher.post("/teach/sets/mongolia/publish", data={"published": "1"}).status_code == 302
    page = student.get("/").get_data(as_text=True)
    assert "Mongolia: 70 years" in page and "Visits and dates" in page
    assert student.get("/sets/mongolia").status_code == 200

    teacher.post("/teach/sets/mongolia/publish", data={"published": "0"})
    assert student.get("/sets/mongolia").status_code == 404


def test_an_unpublished_set_cannot_be_studied_or_quizzed(seeded_app: Flask, teacher: FlaskClient) -> None:
    teacher.post(f"/teach/sets/{SET}/publish", data={"published": "0"})
    student = student_client(seeded_app)
    assert b"the basics" not in student.get("/").data
    assert student.get(f"/study/{SET}").status_code == 404
    assert student.get(f"/quiz/{SET}").status_code == 404
    assert teacher.get(f"/teach/sets/{SET}").status_code == 200


def test_duplicate_or_bad_slug_is_refused(teacher: FlaskClient) -> None:
    response = teacher.post("/teach/sets/new", data={"slug": SET, "title": "Again"})
    assert response.status_code == 400 and b"already a set" in response.data
    response = teacher.post("/teach/sets/new", data={"slug": "Bad Slug!", "title": "Bad"})
    assert response.status_code == 400 and b"lower-case" in response.data


def test_delete_asks_first_and_deletes_an_unused_set(seeded_app: Flask, teacher: FlaskClient) -> None:
    new_set(teacher)
    page = teacher.get("/teach/sets/mongolia/delete")
    assert page.status_code == 200 and b"Delete the set" in page.data
    with seeded_app.app_context():
        assert authoring.get_set("mongolia") is not None  # a GET changes nothing
    assert teacher.post("/teach/sets/mongolia/delete").status_code == 302
    with seeded_app.app_context():
        assert authoring.get_set("mongolia") is None


def test_a_set_with_review_history_is_archived_not_deleted(seeded_app: Flask, teacher: FlaskClient) -> None:
    with seeded_app.app_context():
        student = db.session.scalar(db.select(User).where(User.username == "student"))
        db.session.add(Review(nonce="n1", user_id=student.id, question_id="basics-1950-relations", mode="question",
                              rating=3, answer_given="1950", correct=True, response_ms=2000, due_after=NOW,
                              state_before=0, state_after=1, reviewed_at=NOW))
        db.session.commit()
    assert b"archived" in teacher.get(f"/teach/sets/{SET}/delete").data
    teacher.post(f"/teach/sets/{SET}/delete")
    with seeded_app.app_context():
        question_set = authoring.get_set(SET)
        assert question_set.archived and not question_set.published
        assert len(question_set.questions) > 0
        assert db.session.scalar(db.select(db.func.count()).select_from(Review)) == 1
    assert student_client(seeded_app).get(f"/study/{SET}").status_code == 404
    # Publishing brings it back.
    teacher.post(f"/teach/sets/{SET}/publish", data={"published": "1"})
    with seeded_app.app_context():
        assert not authoring.get_set(SET).archived


# The question editor ----------------------------------------------------------------

def editor_data(qtype: str, **fields: str) -> dict[str, object]:
    data: dict[str, object] = {"type": qtype, "prompt": "In which year did Vietnam and the DPRK establish relations?",
                               "answer": "1950", "article": A0, "sentence": 6, "explanation": "The article says so."}
    data.update(fields)
    return data


VALID = {
    "multiple_choice": {"options": "1945\n1950\n1954"},
    "true_false": {"prompt": "Vietnam and the DPRK established relations in 1950.", "answer": "true"},
    "short_answer": {"accept": "nineteen fifty"},
    "cloze": {"prompt": "Vietnam and the DPRK officially established diplomatic relations in ____."},
    "timeline": {"prompt": "Put these in order.", "answer": "a → b → c", "items": "Relations (1950)\nVisit (1957)\nVisit (1958)"},
    "matching": {"prompt": "Match each visit to its year.", "answer": "a – 1957; b – 1958",
                 "pairs": "Ho Chi Minh | 1957\nKim Il Sung | 1958"},
}


def test_every_bank_type_has_a_valid_example() -> None:
    assert set(VALID) == set(QUESTION_TYPES)


@pytest.mark.parametrize("qtype", QUESTION_TYPES)
def test_the_editor_saves_every_question_type(seeded_app: Flask, teacher: FlaskClient, qtype: str) -> None:
    new_set(teacher)
    form = teacher.get(f"/teach/sets/mongolia/questions/new?type={qtype}&article={A0}").get_data(as_text=True)
    assert "Back in 1950, on January 31" in form  # the article's sentences are offered
    response = teacher.post("/teach/sets/mongolia/questions/new", data=editor_data(qtype, **VALID[qtype]))
    assert response.status_code == 302, response.get_data(as_text=True)
    with seeded_app.app_context():
        (question,) = authoring.get_set("mongolia").questions
        assert question.type == qtype
        source = question.sources[0]
        text = db.session.get(Article, A0).text
        assert source.quote == text[source.start:source.end]
        assert source.quote.startswith("Back in 1950, on January 31")
    # Edit it: a new prompt, same id.
    data = editor_data(qtype, **VALID[qtype])
    data["explanation"] = "Edited."
    assert teacher.post(f"/teach/questions/{question.id}/edit", data=data).status_code == 302
    with seeded_app.app_context():
        assert db.session.get(Question, question.id).explanation == "Edited."


@pytest.mark.parametrize(("fields", "message"), [
    ({"options": "1945\n1954\n1957"}, "is not one of the options"),
    ({"options": "1950\n1954"}, "need at least 3 (the answer and 2 distractors)"),
    ({"type": "cloze", "prompt": "No blank here."}, "exactly one ____ blank"),
    ({"type": "true_false", "answer": "maybe"}, "must be true or false"),
    ({"type": "timeline", "items": "only one"}, "3 to 10 events"),
    ({"type": "matching", "pairs": "a | 1\na | 2"}, "same left side"),
])
def test_the_editor_applies_the_bank_rules(seeded_app: Flask, teacher: FlaskClient, fields: dict,
                                           message: str) -> None:
    response = teacher.post(f"/teach/sets/{SET}/questions/new", data=editor_data("multiple_choice", **fields))
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    with seeded_app.app_context():
        assert db.session.get(Question, f"{SET}-q{len(authoring.get_set(SET).questions) + 1}") is None


def test_the_editor_refuses_a_sentence_the_article_does_not_have(teacher: FlaskClient) -> None:
    response = teacher.post(f"/teach/sets/{SET}/questions/new",
                            data=editor_data("multiple_choice", options="1945\n1950\n1954", sentence=9999))
    assert response.status_code == 400 and b"has no sentence 9999" in response.data


def test_editing_keeps_a_quote_that_is_part_of_the_sentence(seeded_app: Flask, teacher: FlaskClient) -> None:
    form = teacher.get("/teach/questions/basics-1950-relations/edit").get_data(as_text=True)
    assert 'value="1945\n1950\n1954\n1957"' in form or "1945\n1950" in form
    with seeded_app.app_context():
        before = [(s.article_id, s.start, s.end, s.quote) for s in db.session.get(Question, "basics-1950-relations").sources]
        sentence = authoring.sentence_index(A0, before[0][1])
    response = teacher.post("/teach/questions/basics-1950-relations/edit", data=editor_data(
        "multiple_choice", options="1945\n1950\n1954\n1957", sentence=sentence,
        prompt="In which year did the two countries establish relations?"))
    assert response.status_code == 302
    with seeded_app.app_context():
        question = db.session.get(Question, "basics-1950-relations")
        assert question.prompt == "In which year did the two countries establish relations?"
        assert [(s.article_id, s.start, s.end, s.quote) for s in question.sources] == before


# New articles and drafts --------------------------------------------------------------

def test_a_pasted_article_drafts_questions_and_accepted_ones_join_the_set(seeded_app: Flask,
                                                                         teacher: FlaskClient) -> None:
    new_set(teacher)
    response = teacher.post("/teach/articles/new", data={"text": ARTICLE.decode()})
    assert response.status_code == 302
    with seeded_app.app_context():
        article = db.session.scalar(db.select(Article).where(Article.id.like("t-%")))
        assert article.id.startswith("t-vietnam-and-mongolia-celebrate-70-years-")
        drafts = authoring.list_drafts(article.id)
        assert len(drafts) >= 5  # one per fact of the article, each with its other forms as variants
        assert sum(len(d.data.get("variants", [])) for d in drafts) >= 5
        assert all(any(s["article"] == article.id for s in d.data["sources"]) for d in drafts)
        first, second, third = drafts[0].id, drafts[1].id, drafts[2].id
    assert teacher.get(f"/articles/{article.id}").status_code == 200  # readable like any article
    queue = teacher.get(response.headers["Location"]).get_data(as_text=True)
    assert "<mark>" in queue and "They agreed to expand cooperation" in queue

    teacher.post(f"/teach/drafts/{first}/accept", data={"set_slug": "mongolia"})
    teacher.post(f"/teach/drafts/{second}/accept", data={"set_slug": "mongolia"})
    teacher.post(f"/teach/drafts/{third}/reject", data={})
    with seeded_app.app_context():
        question_set = authoring.get_set("mongolia")
        assert [q.id for q in question_set.questions] == [db.session.get(Draft, first).question_id,
                                                          db.session.get(Draft, second).question_id]
        assert db.session.get(Draft, third).status == "rejected"
        left = len(authoring.list_drafts(article.id))
        assert left == len(drafts) - 3
    # Accepting twice is refused.
    teacher.post(f"/teach/drafts/{first}/accept", data={"set_slug": "mongolia"})
    with seeded_app.app_context():
        assert len(authoring.get_set("mongolia").questions) == 2

    # The same text again adds no new drafts.
    teacher.post("/teach/articles/new", data={"text": ARTICLE.decode()})
    with seeded_app.app_context():
        assert len(authoring.list_drafts(article.id)) == left

    teacher.post(f"/teach/drafts/bulk?article={article.id}",
                 data={"set_slug": "mongolia", "action": "accept-all", "confirmed": "yes"})
    with seeded_app.app_context():
        assert len(authoring.get_set("mongolia").questions) == 2 + left
        assert authoring.list_drafts(article.id) == []


def test_a_draft_can_be_edited_before_it_is_accepted(seeded_app: Flask, teacher: FlaskClient) -> None:
    new_set(teacher)
    teacher.post("/teach/articles/new", data={"text": ARTICLE.decode()})
    with seeded_app.app_context():
        draft = next(d for d in authoring.list_drafts() if d.data["type"] == "multiple_choice")
        draft_id, data = draft.id, dict(draft.data)
        sentence = authoring.sentence_index(draft.article_id, data["sources"][0]["start"])
        article_id = draft.article_id
    page = teacher.get(f"/teach/drafts/{draft_id}/edit").get_data(as_text=True)
    assert data["prompt"] in page.replace("&#34;", '"').replace("&#39;", "'") or "Save the question" in page
    response = teacher.post(f"/teach/drafts/{draft_id}/edit", data={
        "set_slug": "mongolia", "type": "multiple_choice", "prompt": "Edited prompt?", "answer": data["answer"],
        "options": "\n".join(data["options"]), "article": article_id, "sentence": sentence,
        "explanation": data["explanation"],
    })
    assert response.status_code == 302, response.get_data(as_text=True)
    with seeded_app.app_context():
        (question,) = authoring.get_set("mongolia").questions
        assert question.prompt == "Edited prompt?"
        assert db.session.get(Draft, draft_id).status == "accepted"


@pytest.mark.parametrize(("payload", "message"), [
    ({"upload": (BytesIO(b"\xff\xfe bad bytes"), "a.txt")}, b"not UTF-8 text"),
    ({"upload": (BytesIO(b"x" * 2_100_000), "big.txt")}, b"the limit is 2,000,000"),
    ({"upload": (BytesIO(b"text"), "a.pdf")}, b"upload a .txt file"),
    ({"text": "   "}, b"the article is empty"),
])
def test_bad_articles_are_refused(seeded_app: Flask, teacher: FlaskClient, payload: dict, message: bytes) -> None:
    response = teacher.post("/teach/articles/new", data=payload, content_type="multipart/form-data")
    assert response.status_code == 400 and message in response.data
    with seeded_app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(Article).where(Article.id.like("t-%"))) == 0


def test_an_uploaded_article_works_like_a_pasted_one(seeded_app: Flask, teacher: FlaskClient) -> None:
    response = teacher.post("/teach/articles/new", data={"upload": (BytesIO(ARTICLE.replace(b"\n", b"\r\n")), "m.txt")},
                            content_type="multipart/form-data")
    assert response.status_code == 302
    with seeded_app.app_context():
        article = db.session.scalar(db.select(Article).where(Article.id.like("t-%")))
        assert "\r" not in article.text and authoring.list_drafts(article.id)


# YAML import and export ---------------------------------------------------------------

def upload(client: FlaskClient, text: bytes | str, name: str = "bank.yaml"):
    data = text.encode() if isinstance(text, str) else text
    return client.post("/teach/import", data={"upload": (BytesIO(data), name)}, content_type="multipart/form-data")


def counts(app: Flask) -> tuple[int, int]:
    with app.app_context():
        return (db.session.scalar(db.select(db.func.count()).select_from(QuestionSet)),
                db.session.scalar(db.select(db.func.count()).select_from(Question)))


def test_export_then_import_is_identical(seeded_app: Flask, teacher: FlaskClient) -> None:
    exported = teacher.get(f"/teach/sets/{SET}/export.yaml")
    assert exported.status_code == 200 and exported.mimetype == "application/yaml"
    text = exported.get_data(as_text=True)
    assert text == teacher.get(f"/teach/sets/{SET}/export.yaml").get_data(as_text=True)  # deterministic
    # Into a new set: the same questions under another slug need other ids, so re-import in place...
    before = counts(seeded_app)
    assert upload(teacher, text).status_code == 302
    assert counts(seeded_app) == before
    assert teacher.get(f"/teach/sets/{SET}/export.yaml").get_data(as_text=True) == text
    # ...and after deleting the set, it comes back the same.
    teacher.post(f"/teach/sets/{SET}/delete")
    assert counts(seeded_app)[0] == before[0] - 1
    assert upload(teacher, text).status_code == 302
    assert counts(seeded_app) == before
    assert teacher.get(f"/teach/sets/{SET}/export.yaml").get_data(as_text=True) == text


def test_an_imported_set_replaces_questions_and_starts_unpublished(seeded_app: Flask, teacher: FlaskClient) -> None:
    text = teacher.get(f"/teach/sets/{SET}/export.yaml").get_data(as_text=True)
    text = text.replace(f"slug: {SET}", "slug: copy").replace("id: basics-", "id: copy-")
    assert upload(teacher, text).status_code == 302
    with seeded_app.app_context():
        copy = authoring.get_set("copy")
        assert not copy.published and len(copy.questions) == len(authoring.get_set(SET).questions)


BAD_QUESTION = """\
set:
  slug: broken
  title: Broken
questions:
- id: ok-1
  type: true_false
  prompt: Vietnam and the DPRK established relations in 1950.
  answer: true
  sources:
  - {article: 000_2ff08869235f4a8b, start: 1262, end: 1356, quote: "Back in 1950, on January 31, Vietnam and the DPRK officially established diplomatic relations."}
- id: bad-1
  type: multiple_choice
  prompt: Which year?
  options: ["1950", "1951"]
  answer: "1952"
  sources:
  - {article: 000_2ff08869235f4a8b, start: 0, end: 5, quote: "wrong"}
"""


def test_import_reports_every_error_with_its_line_and_writes_nothing(seeded_app: Flask, teacher: FlaskClient) -> None:
    before = counts(seeded_app)
    response = upload(teacher, BAD_QUESTION, "broken.yaml")
    assert response.status_code == 400
    page = response.get_data(as_text=True).replace("&#39;", "'")
    assert "Nothing was imported: 3 problems" in page
    assert "broken.yaml:14: question 'bad-1': options: need at least 3" in page
    assert "broken.yaml:15: question 'bad-1': answer: '1952' is not one of the options" in page
    assert "broken.yaml:17: question 'bad-1': sources: quote: does not match" in page
    assert counts(seeded_app) == before


def test_import_refuses_ids_of_another_set(seeded_app: Flask, teacher: FlaskClient) -> None:
    text = teacher.get(f"/teach/sets/{SET}/export.yaml").get_data(as_text=True).replace(f"slug: {SET}", "slug: thief")
    before = counts(seeded_app)
    response = upload(teacher, text)
    assert response.status_code == 400
    assert b"already used in set" in response.data
    assert counts(seeded_app) == before


ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(9))


@pytest.mark.parametrize(("text", "message"), [
    (ALIAS_BOMB, "YAML aliases (*name) are not allowed"),
    ("a:\n" + "".join("  " * i + "- \n" for i in range(1, 40)) + "x", "nested deeper than 20 levels"),
    ("[" * 100 + "]" * 100, "nested deeper than 20 levels"),
    ("set: [1, 2\nquestions: {", "invalid YAML"),
    ("- just\n- a list\n", "must be a mapping with 'set' and 'questions'"),
    ("set: {slug: 5, title: [x]}\nquestions: nope\n", "questions: missing or not a list"),
    ("set: {slug: x, title: y}\nquestions:\n- id: 1\n  type: multiple_choice\n", "id: must be text, got int"),
    ("!!python/object/apply:os.system ['true']", "must be a mapping"),  # tags build nothing
])
def test_hostile_yaml_is_refused_with_a_clear_message(seeded_app: Flask, teacher: FlaskClient, text: str,
                                                      message: str) -> None:
    before = counts(seeded_app)
    response = upload(teacher, text, "evil.yaml")
    assert response.status_code == 400
    assert message in response.get_data(as_text=True).replace("&#39;", "'").replace("&#34;", '"')
    assert counts(seeded_app) == before


def test_a_10_mb_file_is_refused(seeded_app: Flask, teacher: FlaskClient) -> None:
    before = counts(seeded_app)
    response = upload(teacher, b"# " + b"x" * 10_000_000)
    assert response.status_code == 413  # over MAX_CONTENT_LENGTH: refused before it is read
    assert counts(seeded_app) == before
    # and past the web limit, the bank's own limit holds
    with seeded_app.app_context(), pytest.raises(authoring.BankError, match="the limit is 2,000,000"):
        authoring.import_bank("# " + "x" * 10_000_000, "big.yaml", now=NOW)


def test_non_utf8_yaml_is_refused(teacher: FlaskClient) -> None:
    response = upload(teacher, b"set: \xff\n")
    assert response.status_code == 400 and b"not UTF-8" in response.data


# Item statistics ------------------------------------------------------------------------

def test_statistics_page_from_reviews_and_quiz_answers(seeded_app: Flask, teacher: FlaskClient) -> None:
    ids = [make_user(seeded_app, f"pupil{i}") for i in range(3)]
    with seeded_app.app_context():
        question_set = authoring.get_set(SET)
        first = question_set.questions[0]  # basics-1950-relations, multiple choice, answer 1950
        for i, (user_id, given) in enumerate(zip(ids, ["1950", "1950", "1945"])):
            db.session.add(Review(nonce=f"n{i}", user_id=user_id, question_id=first.id, mode="question", rating=3,
                                  answer_given=given, correct=given == "1950", response_ms=1000 * (i + 1),
                                  due_after=NOW, state_before=0, state_after=1,
                                  reviewed_at=NOW + timedelta(minutes=i)))
        attempt = QuizAttempt(user_id=ids[2], set_id=question_set.id, question_ids=[first.id], types=[first.type],
                              started_at=NOW, finished_at=NOW, score=0)
        attempt.answers.append(QuizAnswer(position=0, question_id=first.id, given="1954", correct=False,
                                          answered_at=NOW))
        db.session.add(attempt)
        db.session.commit()
        figures = authoring.set_statistics(question_set)
        item = figures.items[0]
        assert (item.attempts, item.correct) == (4, 2)
        assert item.wrong_choices == (("1945", 1), ("1954", 1), ("1957", 0))
        assert item.mean_response_ms == 2000
        assert item.discrimination == 1.0
        assert figures.students == 3 and figures.score_bins == (1, 0, 0, 0, 0, 0, 0, 0, 0, 2)
    page = teacher.get(f"/teach/sets/{SET}/stats").get_data(as_text=True)
    assert '<td class="facility">0.50</td>' in page
    assert '<td class="discrimination">1.00</td>' in page
    assert "1945: 1; 1954: 1; 1957: 0" in page
    assert '<td class="time">2.0 s</td>' in page
    assert "<svg" in page and "0–10%: 1" in page


def test_public_exports_leave_out_hidden_sets(seeded_app: Flask, teacher: FlaskClient) -> None:
    assert teacher.get(f"/sets/{SET}/export.csv").status_code == 200
    teacher.post(f"/teach/sets/{SET}/publish", data={"published": "0"})
    assert teacher.get(f"/sets/{SET}/export.csv").status_code == 404
    with seeded_app.app_context():
        from app.services.export import export_file

        assert export_file("csv", [SET]).data  # the command line still exports it


def test_a_question_records_when_its_content_changed(seeded_app: Flask, teacher: FlaskClient) -> None:
    with seeded_app.app_context():
        assert db.session.get(Question, "basics-1950-relations").updated_at is not None
        untouched = db.session.get(Question, "basics-1950-relations-day").updated_at
    response = teacher.post("/teach/questions/basics-1950-relations/edit", data=editor_data(
        "multiple_choice", options="1945\n1950\n1954\n1957", prompt="Which year? (edited)"))
    assert response.status_code == 302
    with seeded_app.app_context():
        edited = db.session.get(Question, "basics-1950-relations").updated_at
        assert (edited if edited.tzinfo else edited.replace(tzinfo=UTC)) > NOW  # SQLite keeps no offset
        assert db.session.get(Question, "basics-1950-relations-day").updated_at == untouched


def test_nul_characters_are_refused_not_a_server_error(seeded_app: Flask, teacher: FlaskClient) -> None:
    before = counts(seeded_app)
    response = teacher.post(f"/teach/sets/{SET}/questions/new",
                            data=editor_data("multiple_choice", options="1945\n1950\n1954", prompt="Which\x00year?"))
    assert response.status_code == 400 and b"NUL character" in response.data
    response = teacher.post("/teach/sets/new", data={"slug": "nul", "title": "Bad\x00title"})
    assert response.status_code == 400 and b"NUL character" in response.data
    text = teacher.get(f"/teach/sets/{SET}/export.yaml").get_data(as_text=True)
    text = re.sub(r"prompt: In which year.*", r'prompt: "In which\\0 year?"', text, count=1)
    response = upload(teacher, text)
    assert response.status_code == 400 and b"NUL character" in response.data
    assert counts(seeded_app) == before
