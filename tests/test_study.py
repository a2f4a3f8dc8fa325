"""Study mode: the queue, the review log, idempotent submissions, access rules."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from html import unescape

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.core.bank import parse_bank
from app.core.scheduling import CardState, Rating
from app.extensions import db
from app.models import Article, Question, QuestionSet, Review, StudyCard, User
from app.services import content, study
from tests.conftest import NOW, QUESTIONS_DIR, AuthActions, make_user

SET = "vietnam-dprk-basics"
MIN, DAY = timedelta(minutes=1), timedelta(days=1)


def token_on(page: str) -> str:
    return unescape(re.search(r'name="token" type="hidden" value="([^"]+)"', page).group(1))


def prompt_on(page: str) -> str:
    return unescape(re.search(r'id="prompt" class="prompt">(.*?)</', page).group(1))


def reviews(app: Flask) -> list[tuple[str, int, str]]:
    with app.app_context():
        rows = db.session.query(Review).order_by(Review.id).all()
        return [(db.session.get(User, r.user_id).username, r.rating, r.question_id) for r in rows]


@pytest.fixture
def student(seeded_app: Flask, client: FlaskClient, auth: AuthActions) -> FlaskClient:
    make_user(seeded_app, "alice")
    auth.login("alice")
    return client


# The service, with fixed times -------------------------------------------------


def review_in_service(user: User, question_set: QuestionSet, rating: Rating, now, nonce: str, **kw):
    shown = study.next_card(user, question_set, now)
    assert shown is not None
    return study.record_review(
        user, question_set=question_set, question_id=shown.question.id, presented_to=user.id, nonce=nonce,
        mode="flashcard", rating=rating, now=now, **kw,
    )


def test_due_cards_come_first_then_new_ones_in_bank_order(seeded_app: Flask) -> None:
    make_user(seeded_app, "alice")
    with seeded_app.app_context():
        user = db.session.query(User).one()
        question_set = db.session.query(QuestionSet).filter_by(slug="vietnam-dprk-basics").one()
        order = [q.id for q in question_set.questions]
        first = review_in_service(user, question_set, Rating.GOOD, NOW, "n1")  # due at NOW + 10 min
        assert first.question.id == order[0] and first.card.due == NOW + 10 * MIN
        assert study.next_card(user, question_set, NOW + 5 * MIN).question.id == order[1]
        review_in_service(user, question_set, Rating.EASY, NOW + 5 * MIN, "n2")  # due in 8 days
        later = study.next_card(user, question_set, NOW + 11 * MIN)
        assert later.question.id == order[0] and not later.is_new
        counts = study.queue_counts(user, question_set, NOW + 11 * MIN)
        assert (counts.due, counts.new) == (1, len(order) - 2)


def test_the_first_new_card_is_the_first_unseen_in_bank_order_past_gaps(seeded_app: Flask) -> None:
    """Cards out of bank order (a teacher reordered the set) leave gaps: the
    next new card fills the first one; another student's cards do not count."""
    make_user(seeded_app, "alice")
    make_user(seeded_app, "bob")
    with seeded_app.app_context():
        alice, bob = (db.session.query(User).filter_by(username=name).one() for name in ("alice", "bob"))
        question_set = db.session.query(QuestionSet).filter_by(slug=SET).one()
        order = [q.id for q in question_set.questions]
        for nonce, question_id in (("a0", order[0]), ("a2", order[2]), ("a3", order[3])):
            study.record_review(alice, question_set=question_set, question_id=question_id, nonce=nonce,
                                presented_to=alice.id, mode="flashcard", rating=Rating.EASY, now=NOW)
        study.record_review(bob, question_set=question_set, question_id=order[1], presented_to=bob.id,
                            nonce="b1", mode="flashcard", rating=Rating.EASY, now=NOW)
        shown = study.next_card(alice, question_set, NOW + MIN)
        assert shown.is_new and shown.question.id == order[1]
        review_in_service(alice, question_set, Rating.EASY, NOW + MIN, "a1")
        assert study.next_card(alice, question_set, NOW + 2 * MIN).question.id == order[4]


def test_the_first_new_card_of_a_set_counts_only_that_sets_cards(seeded_app: Flask) -> None:
    """A student far into one set starts another at its first question, and
    goes on in each where they left off."""
    make_user(seeded_app, "alice")
    with seeded_app.app_context():
        alice = db.session.query(User).one()
        basics = db.session.query(QuestionSet).filter_by(slug=SET).one()
        generated = db.session.query(QuestionSet).filter_by(slug="generated-seeds").one()
        basics_order = [q.id for q in basics.questions]
        generated_order = [q.id for q in generated.questions]
        for n in range(3):
            review_in_service(alice, generated, Rating.EASY, NOW + n * MIN, f"g{n}")
        review_in_service(alice, basics, Rating.EASY, NOW + 3 * MIN, "b0")
        assert study.next_card(alice, basics, NOW + 4 * MIN).question.id == basics_order[1]
        assert study.next_card(alice, generated, NOW + 4 * MIN).question.id == generated_order[3]


def test_the_unseen_search_reads_the_sets_cards_off_an_index_once(seeded_app: Flask) -> None:
    """The list of questions the student has seen holds only this set's cards,
    read off ix_study_cards_user_set_question, and SQLite builds it once for the
    page rather than once per question (a correlated list would be rebuilt)."""
    make_user(seeded_app, "alice")
    with seeded_app.app_context():
        if db.engine.dialect.name != "sqlite":
            pytest.skip("SQLite's plan; PostgreSQL's depends on statistics (bench/explain_next_card.py)")
        alice = db.session.query(User).one()
        basics = db.session.query(QuestionSet).filter_by(slug=SET).one()
        (statement,) = study.next_card_statements(alice, basics, NOW).values()
        compiled = statement.compile(db.engine, compile_kwargs={"literal_binds": True})
        plan = [row[3] for row in db.session.execute(db.text(f"EXPLAIN QUERY PLAN {compiled}"))]
        seen = [line for line in plan if " seen " in line]
        index = "ix_study_cards_user_set_question"
        assert seen == [f"SEARCH seen USING COVERING INDEX {index} (user_id=? AND set_id=?)"]
        assert any(line.startswith("LIST SUBQUERY") for line in plan)
        assert not any(line.startswith("CORRELATED LIST SUBQUERY") for line in plan)


def test_the_log_records_every_field_of_a_review(seeded_app: Flask) -> None:
    make_user(seeded_app, "alice")
    with seeded_app.app_context():
        user = db.session.query(User).one()
        question_set = db.session.query(QuestionSet).filter_by(slug="vietnam-dprk-basics").one()
        review_in_service(user, question_set, Rating.GOOD, NOW, "n1")
        review_in_service(user, question_set, Rating.AGAIN, NOW + 10 * MIN, "n2",
                          answer_given="1954", correct=False, response_ms=4200)
        rows = db.session.query(Review).order_by(Review.id).all()
        assert [(r.rating, r.due_before, r.due_after, r.reviewed_at) for r in rows] == [
            (3, None, NOW + 10 * MIN, NOW),
            (1, NOW + 10 * MIN, NOW + 11 * MIN, NOW + 10 * MIN),
        ]
        second = rows[1]
        assert (second.answer_given, second.correct, second.response_ms, second.mode) == ("1954", False, 4200, "flashcard")
        assert (second.state_before, second.state_after) == (int(CardState.LEARNING), int(CardState.LEARNING))
        card = db.session.query(StudyCard).one()
        assert (card.reps, card.due, card.last_review) == (2, NOW + 11 * MIN, NOW + 10 * MIN)


def test_exact_due_dates_through_the_service_with_the_users_retention(seeded_app: Flask) -> None:
    make_user(seeded_app, "alice", desired_retention=0.8)
    with seeded_app.app_context():
        user = db.session.query(User).one()
        question_set = db.session.query(QuestionSet).filter_by(slug="vietnam-dprk-basics").one()
        question_id = question_set.questions[0].id
        now, dues = NOW, []
        for i, rating in enumerate([Rating.GOOD, Rating.GOOD, Rating.GOOD]):
            recorded = study.record_review(user, question_set=question_set, question_id=question_id,
                                           presented_to=user.id, nonce=f"n{i}", mode="question", rating=rating, now=now)
            dues.append(recorded.card.due - now)
            now = recorded.card.due
        assert dues == [10 * MIN, 8 * DAY, 76 * DAY]  # as tests/core/test_scheduling.py at 0.8


def test_the_review_log_is_never_rewritten(seeded_app: Flask) -> None:
    make_user(seeded_app, "alice")
    with seeded_app.app_context():
        user = db.session.query(User).one()
        question_set = db.session.query(QuestionSet).filter_by(slug="vietnam-dprk-basics").one()
        review_in_service(user, question_set, Rating.GOOD, NOW, "n1")
        row = db.session.query(Review).one()
        row.rating = 4
        with pytest.raises(RuntimeError, match="append-only"):
            db.session.commit()
        db.session.rollback()
        assert db.session.query(Review).one().rating == 3


def test_a_card_that_is_not_due_is_refused(seeded_app: Flask) -> None:
    make_user(seeded_app, "alice")
    with seeded_app.app_context():
        user = db.session.query(User).one()
        question_set = db.session.query(QuestionSet).filter_by(slug="vietnam-dprk-basics").one()
        first = review_in_service(user, question_set, Rating.EASY, NOW, "n1")
        with pytest.raises(study.NotDue, match="not due yet: it comes back in 7 days \\(2026-01-23 09:00 UTC\\)"):
            study.record_review(user, question_set=question_set, question_id=first.question.id, presented_to=user.id,
                                nonce="n2", mode="flashcard", rating=Rating.GOOD, now=NOW + DAY)
        assert db.session.query(Review).count() == 1


def test_new_cards_stop_at_the_daily_limit_and_resume_the_next_day(seeded_app: Flask) -> None:
    make_user(seeded_app, "alice", new_cards_per_day=2)
    with seeded_app.app_context():
        user = db.session.query(User).one()
        question_set = db.session.query(QuestionSet).filter_by(slug="vietnam-dprk-basics").one()
        review_in_service(user, question_set, Rating.EASY, NOW, "n1")
        review_in_service(user, question_set, Rating.EASY, NOW, "n2")
        assert study.next_card(user, question_set, NOW + MIN) is None
        third = question_set.questions[2].id
        with pytest.raises(study.DailyLimitReached, match="2 new cards for today"):
            study.record_review(user, question_set=question_set, question_id=third, presented_to=user.id,
                                nonce="n3", mode="flashcard", rating=Rating.GOOD, now=NOW + MIN)
        tomorrow = study.next_card(user, question_set, NOW + DAY)
        assert tomorrow.is_new and tomorrow.question.id == third


# In the browser's place: the forms -------------------------------------------


def test_study_needs_an_account(seeded_client: FlaskClient) -> None:
    response = seeded_client.get(f"/study/{SET}")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login?next=")


def test_a_flashcard_is_revealed_then_rated(seeded_app: Flask, student: FlaskClient) -> None:
    page = student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True)
    assert "<details class=\"reveal\">" in page and "Show answer" in page
    for rating in Rating:
        assert f'name="rating" value="{rating.value}"' in page
    assert "10 min" in page and "8 days" in page  # each button shows its next interval
    assert 'src="/static/study.js"' in page and "<script>" not in page
    response = student.post(f"/study/{SET}/review", data={"token": token_on(page), "rating": "3"})
    assert response.status_code == 302 and response.headers["Location"] == f"/study/{SET}?mode=flashcards"
    assert reviews(seeded_app)[0][:2] == ("alice", 3)
    follow = student.get(response.headers["Location"]).get_data(as_text=True)
    assert "Saved: Good. Next review in 10 min." in follow


def test_a_question_is_graded_and_the_suggested_rating_can_be_changed(seeded_app: Flask, student: FlaskClient) -> None:
    page = student.get(f"/study/{SET}").get_data(as_text=True)
    with seeded_app.app_context():
        question = db.session.query(Question).filter_by(prompt=prompt_on(page)).one()
        answer, explanation, quote = question.answer, question.explanation, question.sources[0].quote
        wrong = next(o for o in question.options if o != answer)
    answered = student.post(f"/study/{SET}/answer", data={"token": token_on(page), "answer": wrong})
    text = unescape(answered.get_data(as_text=True))
    assert "Not quite." in text and f'class="correct-answer">{answer}<' in text
    assert explanation in text and quote in text and "Read in the article" in text
    assert re.search(r'value="1"\s+checked', text)  # wrong: Again suggested
    assert reviews(seeded_app) == []  # nothing is recorded until the rating is confirmed
    response = student.post(f"/study/{SET}/review", data={"token": token_on(text), "rating": "2"})
    assert response.status_code == 302
    with seeded_app.app_context():
        row = db.session.query(Review).one()
        assert (row.rating, row.answer_given, row.correct, row.mode) == (2, wrong, False, "question")
        assert row.response_ms is not None and row.response_ms >= 0


def test_a_right_answer_suggests_good_or_easy(seeded_app: Flask, student: FlaskClient) -> None:
    page = student.get(f"/study/{SET}").get_data(as_text=True)
    with seeded_app.app_context():
        answer = db.session.query(Question).filter_by(prompt=prompt_on(page)).one().answer
    text = student.post(f"/study/{SET}/answer", data={"token": token_on(page), "answer": answer}).get_data(as_text=True)
    assert "Right!" in text
    assert re.search(r'value="(3|4)"\s+checked', text)


def test_an_empty_answer_is_refused_with_a_message(student: FlaskClient) -> None:
    page = student.get(f"/study/{SET}").get_data(as_text=True)
    response = student.post(f"/study/{SET}/answer", data={"token": token_on(page), "answer": "  "})
    assert response.status_code == 400 and "Choose or type an answer first." in response.get_data(as_text=True)


@pytest.mark.parametrize("replays", [1, 3])
def test_a_replayed_review_is_recorded_once(seeded_app: Flask, student: FlaskClient, replays: int) -> None:
    page = student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True)
    token = token_on(page)
    for _ in range(1 + replays):  # a double click, a reload, a replayed POST
        response = student.post(f"/study/{SET}/review", data={"token": token, "rating": "4"})
        assert response.status_code == 302
    assert len(reviews(seeded_app)) == 1
    assert "already recorded" in student.get(response.headers["Location"]).get_data(as_text=True)
    with seeded_app.app_context():
        assert db.session.query(StudyCard).one().reps == 1


def test_a_replay_with_another_rating_changes_nothing(seeded_app: Flask, student: FlaskClient) -> None:
    token = token_on(student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True))
    student.post(f"/study/{SET}/review", data={"token": token, "rating": "4"})
    student.post(f"/study/{SET}/review", data={"token": token, "rating": "1"})
    assert [r[1] for r in reviews(seeded_app)] == [4]


def test_a_second_tab_cannot_review_the_same_card_twice(seeded_app: Flask, student: FlaskClient) -> None:
    first_tab = token_on(student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True))
    second_tab = token_on(student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True))
    assert first_tab != second_tab
    assert student.post(f"/study/{SET}/review", data={"token": first_tab, "rating": "4"}).status_code == 302
    response = student.post(f"/study/{SET}/review", data={"token": second_tab, "rating": "4"})
    assert response.status_code == 409
    assert "This card is not due yet" in response.get_data(as_text=True)
    assert len(reviews(seeded_app)) == 1


@pytest.mark.parametrize("token", ["", "garbage", "eyJuIjoieCJ9.bad.sig"])
def test_a_forged_or_missing_token_is_refused(seeded_app: Flask, student: FlaskClient, token: str) -> None:
    response = student.post(f"/study/{SET}/review", data={"token": token, "rating": "3"})
    assert response.status_code == 400
    assert reviews(seeded_app) == []


def test_a_token_from_another_set_is_refused(seeded_app: Flask, student: FlaskClient) -> None:
    with seeded_app.app_context():
        other = QuestionSet(slug="other", title="Other", description="", updated_at=NOW)
        db.session.add(other)
        db.session.flush()
        db.session.add(Question(id="other-q", set_id=other.id, position=0, type="short_answer", prompt="?",
                                answer="x", options=[], accept=[], explanation=""))
        db.session.commit()
    token = token_on(student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True))
    response = student.post("/study/other/review", data={"token": token, "rating": "3"})
    assert response.status_code == 404 and "not in this set" in response.get_data(as_text=True)
    assert reviews(seeded_app) == []


# Access rules: one user cannot read or answer another's cards ------------------


def _alice_studies(seeded_app: Flask, student: FlaskClient) -> tuple[str, str, int]:
    """Alice is shown a card (token, graded token) and reviews another; returns what Mallory will try."""
    page = student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True)
    token = token_on(page)
    graded = token_on(student.post(f"/study/{SET}/answer", data={"token": token, "answer": "x"}).get_data(as_text=True))
    reviewed = token_on(student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True))
    student.post(f"/study/{SET}/review", data={"token": reviewed, "rating": "3"})
    with seeded_app.app_context():
        card_id = db.session.query(StudyCard).one().id
    return token, graded, card_id


@pytest.mark.parametrize(
    ("method", "path", "field", "status"),
    [
        ("get", "/study/cards/{card}", None, 404),
        ("post", f"/study/{SET}/review", "token", 403),
        ("post", f"/study/{SET}/review", "graded", 403),
        ("post", f"/study/{SET}/answer", "token", 403),
    ],
    ids=["read-card-history", "rate-shown-card", "rate-graded-card", "answer-shown-card"],
)
def test_one_user_cannot_read_or_answer_anothers_cards(
    seeded_app: Flask, student: FlaskClient, auth: AuthActions, method: str, path: str, field: str | None, status: int
) -> None:
    token, graded, card_id = _alice_studies(seeded_app, student)
    assert student.get(f"/study/cards/{card_id}").status_code == 200  # Alice can
    auth.logout()
    make_user(seeded_app, "mallory")
    auth.login("mallory")
    data = None
    if field:
        data = {"token": token if field == "token" else graded, "rating": "4", "answer": "x"}
    response = getattr(student, method)(path.format(card=card_id), data=data)
    assert response.status_code == status
    if status == 403:
        assert "shown to another account" in response.get_data(as_text=True)
    assert [r[0] for r in reviews(seeded_app)] == ["alice"]


def test_a_replayed_nonce_of_another_user_is_refused(seeded_app: Flask, student: FlaskClient, auth: AuthActions) -> None:
    token = token_on(student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True))
    student.post(f"/study/{SET}/review", data={"token": token, "rating": "3"})
    auth.logout()
    make_user(seeded_app, "mallory")
    auth.login("mallory")
    response = student.post(f"/study/{SET}/review", data={"token": token, "rating": "3"})
    assert response.status_code == 403 and len(reviews(seeded_app)) == 1


def test_each_user_has_their_own_cards(seeded_app: Flask, student: FlaskClient, auth: AuthActions) -> None:
    token = token_on(student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True))
    student.post(f"/study/{SET}/review", data={"token": token, "rating": "4"})
    auth.logout()
    make_user(seeded_app, "bob")
    auth.login("bob")
    page = student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True)
    assert "New card" in page and "0 due" in page
    with seeded_app.app_context():
        first = db.session.query(QuestionSet).filter_by(slug="vietnam-dprk-basics").one().questions[0].prompt
    assert prompt_on(page) == first  # Bob starts where Alice started: her card is not his
    with seeded_app.app_context():
        bob = db.session.query(User).filter_by(username="bob").one()
        assert study.get_card(bob, 1) is None


def test_card_history_lists_every_review(seeded_app: Flask, student: FlaskClient) -> None:
    token = token_on(student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True))
    student.post(f"/study/{SET}/review", data={"token": token, "rating": "1"})
    with seeded_app.app_context():
        card_id = db.session.query(StudyCard).one().id
    page = student.get(f"/study/cards/{card_id}").get_data(as_text=True)
    assert "<td>Again</td>" in page and "Learning" in page and ">new<" in page


def test_when_nothing_is_left_the_page_says_so(seeded_app: Flask, student: FlaskClient) -> None:
    with seeded_app.app_context():
        db.session.query(User).one().new_cards_per_day = 1
        db.session.commit()
    token = token_on(student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True))
    student.post(f"/study/{SET}/review", data={"token": token, "rating": "4"})
    page = student.get(f"/study/{SET}").get_data(as_text=True)
    assert "All done for now" in page and "due in 8 days" in page and "new cards for today (1)" in page


@pytest.mark.parametrize("source_first", [False, True], ids=["target-bank-first", "source-bank-first"])
def test_a_question_moved_to_another_set_takes_its_cards_along(seeded_app: Flask, source_first: bool) -> None:
    """Cards keep their question's set (the queue reads it off one index): a
    bank that moves a question into another set moves the cards too, whichever
    of the two banks is stored first (seed stores them in file-name order)."""
    make_user(seeded_app, "alice")
    with seeded_app.app_context():
        user = db.session.query(User).one()
        basics = db.session.query(QuestionSet).filter_by(slug=SET).one()
        reviewed = review_in_service(user, basics, Rating.AGAIN, NOW, "n1")  # due again in a minute
        moved_id = reviewed.question.id
        texts = {a.id: a.text for a in db.session.query(Article)}
        bank = parse_bank((QUESTIONS_DIR / f"{SET}.yaml").read_text(encoding="utf-8"), f"{SET}.yaml", texts)
        moved_bank = replace(bank, slug="moved-here", title="Moved here",
                             questions=tuple(q for q in bank.questions if q.id == moved_id))
        source_bank = replace(bank, questions=tuple(q for q in bank.questions if q.id != moved_id))
        banks = [source_bank, moved_bank] if source_first else [moved_bank, source_bank]
        target = content.store_banks(banks, now=NOW)[banks.index(moved_bank)]
        db.session.commit()
        card = db.session.query(StudyCard).one()
        assert card.set_id == target.id != basics.id
        later = NOW + 2 * MIN
        assert study.queue_counts(user, basics, later).due == 0
        assert study.queue_counts(user, target, later).due == 1
        shown = study.next_card(user, target, later)
        assert shown.question.id == moved_id and not shown.is_new


@pytest.mark.parametrize("days_later", [0, 1, 30], ids=["new card", "card due", "all due"])
def test_the_queue_shows_the_next_card_with_its_state_question_and_sources(
    seeded_app: Flask, days_later: int,
) -> None:
    make_user(seeded_app, "alice")
    with seeded_app.app_context():
        user = db.session.query(User).one()
        question_set = db.session.query(QuestionSet).filter_by(slug=SET).one()
        order = [q.id for q in question_set.questions]
        review_in_service(user, question_set, Rating.GOOD, NOW, "n1")  # due in 10 minutes
        review_in_service(user, question_set, Rating.EASY, NOW, "n2")  # due in days
        queue = study.open_queue(user, SET, NOW + days_later * DAY)
    shown = queue.next
    assert queue.study_set.slug == SET and shown.is_new == (days_later == 0)
    assert shown.question.id == (order[2] if days_later == 0 else order[0])
    assert isinstance(shown.question.options, list) and shown.sources
    if days_later:  # a due card's times are aware, as the model's columns give them
        assert shown.card.due.tzinfo is not None and shown.card.reps == 1
    assert queue.counts.due == {0: 0, 1: 1, 30: 2}[days_later]


def test_study_pages_hold_no_connection_after_the_request_and_a_rating_is_stored(
    seeded_app: Flask, student: FlaskClient,
) -> None:
    with seeded_app.app_context():
        pool = db.engine.pool
    for _ in range(3):
        page = student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True)
        assert pool.checkedout() == 0
    response = student.post(f"/study/{SET}/review", data={"token": token_on(page), "rating": "3"})
    assert response.status_code == 302 and pool.checkedout() == 0
    assert len(reviews(seeded_app)) == 1
    assert "Saved: Good." in student.get(response.headers["Location"]).get_data(as_text=True)
