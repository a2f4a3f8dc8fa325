"""Quiz mode: N questions of chosen types, scored at the end, mistakes reviewed with sources."""
from __future__ import annotations

import re
from html import unescape

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.core.quiz import choose_questions, percent
from app.extensions import db
from app.models import Question, QuizAnswer, QuizAttempt
from app.services.content import seed_corpus
from tests.conftest import DEFAULT_PASSWORD, NOW, QUESTIONS_DIR, SEEDS_DIR, AuthActions, make_app, make_user

SET = "vietnam-dprk-basics"


def source_links(html: str) -> list[str]:
    return [unescape(u) for u in re.findall(r'class="source-link" href="([^"]+)"', html)]


@pytest.fixture
def student(seeded_app: Flask, client: FlaskClient, auth: AuthActions) -> FlaskClient:
    make_user(seeded_app, "alice")
    auth.login("alice")
    return client


def start(client: FlaskClient, size: int, types: list[str]) -> str:
    response = client.post(f"/quiz/{SET}", data={"size": str(size), "types": types})
    assert response.status_code == 302, response.get_data(as_text=True)
    return response.headers["Location"]


def question_on(app: Flask, page: str) -> Question:
    prompt = unescape(re.search(r'<p id="prompt" class="prompt">(.*?)</p>', page).group(1))
    with app.app_context():
        question = db.session.query(Question).filter_by(prompt=prompt).one()
        db.session.expunge(question)
        return question


def wrong_answer(question: Question) -> str:
    if question.type == "multiple_choice":
        return next(o for o in question.options if o != question.answer)
    if question.type == "true_false":
        return "False" if question.answer == "True" else "True"
    return "certainly not this"


def test_choose_questions_is_seeded_and_filters_types() -> None:
    pool = [("a", "cloze"), ("b", "multiple_choice"), ("c", "multiple_choice"), ("d", "true_false")]
    assert choose_questions(pool, 10, ["multiple_choice"], seed=1) == choose_questions(pool, 10, ["multiple_choice"], seed=1)
    assert sorted(choose_questions(pool, 10, ["multiple_choice"], seed=7)) == ["b", "c"]
    assert len(choose_questions(pool, 2, ["cloze", "multiple_choice", "true_false"], seed=3)) == 2
    assert len({tuple(choose_questions(pool, 4, ["cloze", "multiple_choice", "true_false"], seed=s)) for s in range(20)}) > 1
    assert percent(2, 3) == 67 and percent(0, 0) == 0
    with pytest.raises(ValueError):
        choose_questions(pool, 0, ["cloze"], seed=1)


def test_the_quiz_needs_an_account(seeded_client: FlaskClient) -> None:
    response = seeded_client.get(f"/quiz/{SET}")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login?next=")


def test_the_setup_form_offers_the_sets_types(student: FlaskClient) -> None:
    page = student.get(f"/quiz/{SET}").get_data(as_text=True)
    for kind in ("cloze", "multiple_choice", "short_answer", "true_false"):
        assert f'value="{kind}"' in page
    assert '<label for="size">Number of questions</label>' in page
    assert student.get("/quiz/nope").status_code == 404


def test_a_quiz_of_n_questions_of_the_chosen_types(seeded_app: Flask, student: FlaskClient) -> None:
    location = start(student, 3, ["multiple_choice", "true_false"])
    with seeded_app.app_context():
        attempt = db.session.query(QuizAttempt).one()
        kinds = {db.session.get(Question, qid).type for qid in attempt.question_ids}
        assert len(attempt.question_ids) == 3 and len(set(attempt.question_ids)) == 3
        assert kinds <= {"multiple_choice", "true_false"}
    page = student.get(location).get_data(as_text=True)
    assert "Question 1 of 3" in page


def test_asking_for_more_questions_than_exist_gives_them_all(seeded_app: Flask, student: FlaskClient) -> None:
    location = start(student, 50, ["cloze"])
    page = student.get(location, follow_redirects=True).get_data(as_text=True)
    assert "Question 1 of 1" in page and "Only 1 questions of those types" in page


def test_no_types_is_refused(student: FlaskClient) -> None:
    response = student.post(f"/quiz/{SET}", data={"size": "3"})
    assert response.status_code == 400 and "Choose at least one type." in response.get_data(as_text=True)


def test_scored_at_the_end_with_every_mistake_and_its_source(seeded_app: Flask, student: FlaskClient) -> None:
    location = start(student, 4, ["multiple_choice", "true_false", "short_answer", "cloze"])
    expected_mistakes = []
    for position in range(4):
        page = student.get(location).get_data(as_text=True)
        assert f"Question {position + 1} of 4" in page
        assert "correct-answer" not in page  # no answers before the end
        question = question_on(seeded_app, page)
        if position % 2 == 0:
            given = question.answer
        else:
            given = wrong_answer(question)
            expected_mistakes.append(question)
        response = student.post(location + "/answer", data={"position": str(position), "answer": given})
        assert response.status_code == 302
    page = student.get(location).get_data(as_text=True)
    assert "2 of 4 right (50%)" in page
    text = unescape(page)
    assert f"Your mistakes ({len(expected_mistakes)})" in text
    for question in expected_mistakes:
        assert question.prompt in text
        assert f'class="correct-answer">{question.answer}<' in text
        assert question.explanation in text
    links = source_links(page)
    with seeded_app.app_context():
        quotes = [s.quote for q in expected_mistakes for s in db.session.get(Question, q.id).sources]
    assert len(links) == len(quotes) and all(text.count(q) >= 1 for q in quotes)
    # Each link opens the article with the quote highlighted in its sentence.
    article = student.get(links[0]).get_data(as_text=True)
    anchor = links[0].split("#", 1)[1]
    marked = re.search(rf'<span class="sentence[^"]*" id="{anchor}"><mark class="highlight[^"]*"[^>]*>(.*?)</mark>', article)
    assert marked and unescape(marked.group(1)) == quotes[0]
    # The attempt is saved and listed.
    listing = student.get("/quiz/attempts").get_data(as_text=True)
    assert "2 of 4 (50%)" in listing and location in listing
    assert "2 of 4 (50%)" in student.get(f"/quiz/{SET}").get_data(as_text=True)
    with seeded_app.app_context():
        attempt = db.session.query(QuizAttempt).one()
        assert attempt.score == 2 and attempt.finished_at is not None


def test_a_replayed_answer_is_recorded_once(seeded_app: Flask, student: FlaskClient) -> None:
    location = start(student, 2, ["multiple_choice"])
    question = question_on(seeded_app, student.get(location).get_data(as_text=True))
    for given in (question.answer, wrong_answer(question), question.answer):
        assert student.post(location + "/answer", data={"position": "0", "answer": given}).status_code == 302
    with seeded_app.app_context():
        answers = db.session.query(QuizAnswer).all()
        assert [(a.position, a.given, a.correct) for a in answers] == [(0, question.answer, True)]
    assert "Question 2 of 2" in student.get(location).get_data(as_text=True)


def test_an_empty_answer_is_refused_with_a_message(student: FlaskClient) -> None:
    location = start(student, 2, ["short_answer"])
    response = student.post(location + "/answer", data={"position": "0", "answer": "  "})
    assert response.status_code == 400
    assert "Choose or type an answer first." in response.get_data(as_text=True)


def test_answers_go_in_order(student: FlaskClient) -> None:
    location = start(student, 3, ["multiple_choice"])
    response = student.post(location + "/answer", data={"position": "2", "answer": "1950"})
    assert response.status_code == 400 and "Answer the questions in order." in response.get_data(as_text=True)


def test_typed_answers_are_graded_forgivingly(seeded_app: Flask, student: FlaskClient) -> None:
    location = start(student, 1, ["short_answer"])
    question = question_on(seeded_app, student.get(location).get_data(as_text=True))
    student.post(location + "/answer", data={"position": "0", "answer": "  " + question.answer.upper() + " "})
    assert "1 of 1 right (100%)" in student.get(location).get_data(as_text=True)


@pytest.mark.parametrize(
    ("method", "path", "data"),
    [("get", "/quiz/attempts/{id}", None), ("post", "/quiz/attempts/{id}/answer", {"position": "0", "answer": "x"})],
)
def test_one_user_cannot_see_or_answer_anothers_quiz(
    seeded_app: Flask, student: FlaskClient, auth: AuthActions, method: str, path: str, data: dict | None
) -> None:
    location = start(student, 2, ["multiple_choice"])
    attempt_id = int(location.rsplit("/", 1)[1])
    auth.logout()
    make_user(seeded_app, "mallory")
    auth.login("mallory")
    response = getattr(student, method)(path.format(id=attempt_id), data=data)
    assert response.status_code == 404
    assert location not in student.get("/quiz/attempts").get_data(as_text=True)
    with seeded_app.app_context():
        assert db.session.query(QuizAnswer).count() == 0


def test_posting_an_answer_without_a_csrf_token_fails(tmp_path) -> None:
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    with app.app_context():
        seed_corpus(SEEDS_DIR, QUESTIONS_DIR, now=NOW)
    make_user(app, "alice")
    client = app.test_client()
    token = lambda page: re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    login = client.get("/login").get_data(as_text=True)
    client.post("/login", data={"username": "alice", "password": DEFAULT_PASSWORD, "csrf_token": token(login)})
    assert client.post(f"/quiz/{SET}", data={"size": "1", "types": ["cloze"]}).status_code == 400
    setup = client.get(f"/quiz/{SET}").get_data(as_text=True)
    location = client.post(f"/quiz/{SET}", data={"size": "1", "types": ["cloze"], "csrf_token": token(setup)}
                           ).headers["Location"]
    assert client.post(location + "/answer", data={"position": "0", "answer": "x"}).status_code == 400
    page = client.get(location).get_data(as_text=True)
    response = client.post(location + "/answer", data={"position": "0", "answer": "x", "csrf_token": token(page)})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.query(QuizAnswer).count() == 1
        db.engine.dispose()
