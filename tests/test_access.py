"""Walk every route of the app as anonymous, a student, another student and
a teacher, and check each against its rule in tests/access_rules.py.

A route that is not in the table fails ``test_every_route_has_a_rule``; its
parametrized case fails too, so a new route cannot slip in unlisted.
"""
from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from app import create_app
from app.extensions import db
from app.models import Article, QuestionSet, StudyCard, User
from app.services import quiz, study
from tests.access_rules import ANYONE, LOGGED_IN, OWNER, RULES, TEACHER
from tests.conftest import DEFAULT_PASSWORD, NOW, QUESTIONS_DIR, SEEDS_DIR, make_app, make_user, seed_corpus

SET = "vietnam-dprk-basics"
ROLES = ("anonymous", "student", "other", "teacher")


def _url_map_routes() -> list[tuple[str, str, str]]:
    """(endpoint, method, rule) for every route, from an app built without a database."""
    app = create_app({"TESTING": True, "AUTO_SEED": False, "SQLALCHEMY_DATABASE_URI": "sqlite://"},
                     instance_path=tempfile.mkdtemp(prefix="factdeck-access-"))
    return sorted((rule.endpoint, method, rule.rule) for rule in app.url_map.iter_rules()
                  for method in rule.methods - {"HEAD", "OPTIONS"})


ROUTES = _url_map_routes()


def test_every_route_has_a_rule() -> None:
    endpoints = {endpoint for endpoint, _method, _rule in ROUTES}
    missing = sorted(endpoints - RULES.keys())
    stale = sorted(RULES.keys() - endpoints)
    assert not missing, f"routes without an access rule (add them to tests/access_rules.py): {missing}"
    assert not stale, f"rules for routes that no longer exist: {stale}"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """One seeded app for the whole walk, with a student who owns a card and
    a quiz attempt, another student, and a teacher, each logged in."""
    app = make_app(tmp_path_factory.mktemp("access"))
    with app.app_context():
        seed_corpus(SEEDS_DIR, QUESTIONS_DIR, now=NOW)
    ids = {name: make_user(app, name, role="teacher" if name == "teacher" else "student")
           for name in ("student", "other", "teacher")}
    with app.app_context():
        owner = db.session.get(User, ids["student"])
        question_set = db.session.query(QuestionSet).filter_by(slug=SET).one()
        types = quiz.question_types(question_set)
        attempt = quiz.start_attempt(owner, question_set, size=3, types=types, now=NOW)
        presented = study.next_card(owner, question_set, NOW)
        study.record_review(owner, question_set=question_set, question_id=presented.question.id,
                            presented_to=owner.id, nonce="access-walk", mode="flashcard", rating=3, now=NOW)
        card = db.session.query(StudyCard).filter_by(user_id=owner.id).one()
        values = {
            "slug": SET, "article_id": db.session.query(Article.id).order_by(Article.id).first()[0],
            "attempt_id": attempt.id, "card_id": card.id, "question_id": presented.question.id,
            "draft_id": 1, "filename": "style.css", "fmt": "csv", "user_id": ids["other"], "token": "not-a-token",
        }
    clients = {role: app.test_client() for role in ROLES}
    for role in ROLES[1:]:
        _log_in(clients[role], role)
    yield {"app": app, "clients": clients, "values": values}
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def _log_in(client: FlaskClient, username: str) -> None:
    response = client.post("/login", data={"username": username, "password": DEFAULT_PASSWORD})
    assert response.status_code == 302, f"log-in of {username} failed"


def _path(rule: str, values: dict[str, object]) -> str:
    def fill(match: re.Match) -> str:
        name = match.group(1).split(":")[-1]
        assert name in values, f"no sample value for URL argument {name!r} in {rule}: add one to the fixture"
        return str(values[name])

    return re.sub(r"<([^>]+)>", fill, rule)


def _sent_to_log_in(response) -> bool:
    return response.status_code == 302 and "/login" in response.headers.get("Location", "")


@pytest.mark.parametrize(("endpoint", "method", "rule"), ROUTES, ids=[f"{m} {r}" for _e, m, r in ROUTES])
def test_route_follows_its_rule(site: dict, endpoint: str, method: str, rule: str) -> None:
    assert endpoint in RULES, f"{endpoint} ({method} {rule}) has no access rule in tests/access_rules.py"
    expected = RULES[endpoint]
    path = _path(rule, site["values"])
    results = {}
    for role in ROLES:
        client = site["clients"][role]
        response = client.open(path, method=method, data={} if method == "POST" else None)
        results[role] = response
        assert response.status_code < 500, f"{role}: {method} {path} -> {response.status_code}"
        if endpoint == "auth.logout" and role != "anonymous":
            _log_in(client, role)
    anonymous, student, other, teacher = (results[role] for role in ROLES)
    summary = {role: r.status_code for role, r in results.items()}

    if expected == ANYONE:
        for response in results.values():
            assert not _sent_to_log_in(response) and response.status_code not in (401, 403), summary
    else:
        assert _sent_to_log_in(anonymous), f"anonymous should be sent to log in: {summary}"
    if expected == LOGGED_IN:
        for response in (student, other, teacher):
            assert not _sent_to_log_in(response) and response.status_code not in (401, 403), summary
    if expected == OWNER:
        assert student.status_code != 404 and student.status_code not in (401, 403), summary
        if method == "GET":
            assert student.status_code == 200, summary
        assert other.status_code == teacher.status_code == 404, f"only the owner may see it: {summary}"
    if expected == TEACHER:
        assert student.status_code == 403 and other.status_code == 403, f"students get 403: {summary}"
        assert teacher.status_code not in (401, 403) and not _sent_to_log_in(teacher), summary
