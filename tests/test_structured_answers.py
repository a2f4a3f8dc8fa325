"""Timeline and matching questions answered through the quiz and study pages."""
from __future__ import annotations

import re
from html import unescape

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from app.core.bank import parse_bank
from app.core.corpus import parse_article
from app.extensions import db
from app.models import Question, QuizAnswer, Review
from app.services import content
from tests.conftest import NOW, AuthActions, make_user


@pytest.fixture
def student(seeded_app: Flask, client: FlaskClient, auth: AuthActions) -> FlaskClient:
    make_user(seeded_app, "tess", new_cards_per_day=500)
    auth.login("tess")
    return client


MADE_UP_ARTICLE = "Made-up visits\nAlma Verr visited Lontra in 1931. Tomas Brel came to Lontra in 1932.\n"
MADE_UP = {  # for a type the committed banks happen not to hold (the generator decides what they hold)
    "timeline": """    type: timeline
    prompt: Put these visits in order.
    items: [Alma Verr visits Lontra, Tomas Brel visits Lontra, Iva Sol visits Lontra]
    answer: Alma Verr visits Lontra → Tomas Brel visits Lontra → Iva Sol visits Lontra
""",
    "matching": """    type: matching
    prompt: Match each visitor to the year of the visit.
    pairs: [[Alma Verr, "1931"], [Tomas Brel, "1932"]]
    answer: Alma Verr – 1931; Tomas Brel – 1932
""",
}


def set_with(app: Flask, qtype: str) -> str:
    """The slug of a set holding a question of ``qtype``: a committed bank's, else a made-up one."""
    with app.app_context():
        question = db.session.scalar(select(Question).where(Question.type == qtype).order_by(Question.id))
        if question is not None:
            return question.question_set.slug
        quote = "Alma Verr visited Lontra in 1931."
        start = MADE_UP_ARTICLE.index(quote)
        bank = (f"set:\n  slug: made-up-{qtype}\n  title: Made-up {qtype}\nquestions:\n  - id: made-up-{qtype}\n"
                f"{MADE_UP[qtype]}    sources:\n      - {{article: made-up, start: {start}, "
                f"end: {start + len(quote)}, quote: \"{quote}\"}}\n")
        content.store_article(parse_article("made-up", MADE_UP_ARTICLE))
        db.session.flush()
        content.store_bank(parse_bank(bank, "made-up.yaml", {"made-up": MADE_UP_ARTICLE}), now=NOW)
        db.session.commit()
        return f"made-up-{qtype}"


def labels(page: str, name: str) -> list[str]:
    return [unescape(x) for x in re.findall(rf'<label for="{name}-\d+">(.*?)</label>', page)]


def question_shown(app: Flask, page: str) -> Question:
    """The timeline or matching question a page asks, found by what it lists."""
    events, lefts = labels(page, "order"), labels(page, "match")
    with app.app_context():
        for question in db.session.scalars(select(Question).where(Question.type.in_(["timeline", "matching"]))):
            if (events and sorted(question.items or []) == sorted(events)) or (
                    lefts and [left for left, _ in question.pairs or []] == lefts):
                db.session.expunge(question)
                return question
    raise AssertionError("the page asks no known timeline or matching question")


def answer_fields(question: Question, page: str, *, right: bool) -> dict[str, list[str]]:
    """What a student selects to answer the question as shown, rightly or not."""
    if question.type == "timeline":
        shown = labels(page, "order")
        assert shown != list(question.items), "the events are not shown in their answer order"
        positions = [str(question.items.index(event) + 1) for event in shown]
        if not right:
            positions[0], positions[1] = positions[1], positions[0]
        return {"order": positions}
    partner = dict(map(tuple, question.pairs))
    chosen = [partner[left] for left in labels(page, "match")]
    return {"match": chosen if right else chosen[1:] + chosen[:1]}


@pytest.mark.parametrize("qtype", ["timeline", "matching"])
@pytest.mark.parametrize("right", [True, False], ids=["right", "wrong"])
def test_a_quiz_grades_a_structured_answer(seeded_app: Flask, student: FlaskClient, qtype: str, right: bool) -> None:
    slug = set_with(seeded_app, qtype)
    location = student.post(f"/quiz/{slug}", data={"size": "1", "types": [qtype]}).headers["Location"]
    page = student.get(location).get_data(as_text=True)
    question = question_shown(seeded_app, page)
    response = student.post(location + "/answer", data={"position": "0", **answer_fields(question, page, right=right)})
    assert response.status_code == 302, response.get_data(as_text=True)
    with seeded_app.app_context():
        (answer,) = db.session.scalars(select(QuizAnswer))
        assert answer.correct is right
    result = student.get(location).get_data(as_text=True)
    if not right:  # the mistakes review shows the right order or pairs
        assert unescape(question.answer) in unescape(result)


def test_a_timeline_with_a_repeated_position_is_refused_with_a_message(seeded_app: Flask, student: FlaskClient) -> None:
    slug = set_with(seeded_app, "timeline")
    location = student.post(f"/quiz/{slug}", data={"size": "1", "types": ["timeline"]}).headers["Location"]
    page = student.get(location).get_data(as_text=True)
    response = student.post(location + "/answer", data={"position": "0", "order": ["1"] * len(labels(page, "order"))})
    assert response.status_code == 400
    assert "its own position" in response.get_data(as_text=True)
    with seeded_app.app_context():
        assert db.session.scalar(select(func.count()).select_from(QuizAnswer)) == 0


def test_study_grades_a_timeline_card_and_logs_the_order_given(seeded_app: Flask, student: FlaskClient) -> None:
    slug = set_with(seeded_app, "timeline")
    with seeded_app.app_context():  # make the timeline card the first new card of its set
        timeline = db.session.scalar(select(Question).where(Question.type == "timeline").order_by(Question.id))
        timeline.position = -1
        db.session.commit()
    page = student.get(f"/study/{slug}").get_data(as_text=True)
    question = question_shown(seeded_app, page)
    token = re.search(r'name="token" type="hidden" value="([^"]+)"', page).group(1)
    graded = student.post(f"/study/{slug}/answer", data={"token": token, **answer_fields(question, page, right=True)})
    text = graded.get_data(as_text=True)
    assert graded.status_code == 200 and "Right" in text
    rate_token = re.search(r'name="token" type="hidden" value="([^"]+)"', text).group(1)
    assert student.post(f"/study/{slug}/review", data={"token": rate_token, "rating": "3"}).status_code == 302
    with seeded_app.app_context():
        (review,) = db.session.scalars(select(Review))
        assert review.correct and review.answer_given == " → ".join(question.items)
