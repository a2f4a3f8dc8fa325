"""CompiledRead runs a statement on the driver: the rows must be what
SQLAlchemy's own execution gives, on both databases, and driver errors must
still come out as SQLAlchemy's, with a lost connection discarded."""
from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import bindparam, func, select, text
from sqlalchemy.exc import DBAPIError

from app.core.scheduling import Rating
from app.database import connection_for_reads
from app.extensions import db
from app.models import Question, QuestionSet, Review, StudyCard, User
from app.services import study
from app.services.compiled_reads import CompiledRead
from tests.conftest import NOW, make_user
from tests.test_study import DAY, SET, review_in_service, student, token_on  # noqa: F401 (a fixture)


def _study_a_little(app: Flask) -> tuple[int, str]:
    """alice has a card due tomorrow and one in a week; returns her id and the set's slug."""
    make_user(app, "alice")
    with app.app_context():
        user = db.session.scalars(select(User)).one()
        question_set = db.session.scalars(select(QuestionSet).filter_by(slug=SET)).one()
        review_in_service(user, question_set, Rating.GOOD, NOW, "n1")
        review_in_service(user, question_set, Rating.EASY, NOW, "n2")
        return user.id, question_set.slug


@pytest.mark.parametrize("days_later", [0, 1, 30], ids=["new card", "card due", "all due"])
def test_the_next_card_rows_are_those_sqlalchemy_gives(seeded_app: Flask, days_later: int) -> None:
    user_id, slug = _study_a_little(seeded_app)
    with seeded_app.app_context():
        user = db.session.get(User, user_id)
        values = study._params(user, slug, NOW + days_later * DAY)
        expected = [tuple(row) for row in db.session.execute(study.NEXT_CARD, values)]
        got = CompiledRead(study.NEXT_CARD).rows(db.session, values)
    assert [tuple(row) for row in got] == expected
    first = got[0]
    assert (first.card_id is None) == (days_later == 0)
    if days_later:  # a due card's times are aware datetimes, as the model's columns give them
        assert first.card_due.tzinfo is not None
    assert isinstance(first.question_options, list) and isinstance(first.published, bool)


def test_literal_binds_json_and_times_convert_as_sqlalchemy_converts_them(seeded_app: Flask) -> None:
    _study_a_little(seeded_app)
    statement = (
        select(StudyCard.id, StudyCard.due, StudyCard.last_review, StudyCard.stability, Question.options,
               Question.pairs, QuestionSet.published)
        .join(Question, Question.id == StudyCard.question_id).join(QuestionSet)
        .where(QuestionSet.published.is_(True), StudyCard.reps >= bindparam("reps"))
        .order_by(StudyCard.id).limit(5)
    )
    with seeded_app.app_context():
        expected = [tuple(row) for row in db.session.execute(statement, {"reps": 1})]
        got = CompiledRead(statement).rows(db.session, {"reps": 1})
    assert len(expected) == 2 and [tuple(row) for row in got] == expected
    assert got[0]._fields == ("id", "due", "last_review", "stability", "options", "pairs", "published")


def test_no_rows_and_first(app: Flask) -> None:
    read = CompiledRead(select(User.id, User.username).where(User.id == bindparam("user_id")))
    user_id = make_user(app, "bob")
    with app.app_context():
        assert read.rows(db.session, {"user_id": user_id + 1}) == []
        assert read.first(db.session, {"user_id": user_id + 1}) is None
        assert tuple(read.first(db.session, {"user_id": user_id})) == (user_id, "bob")


def test_a_driver_error_is_sqlalchemys_dbapi_error_naming_the_statement(app: Flask) -> None:
    read = CompiledRead(select(User.id).where(User.id == bindparam("user_id")))
    with app.app_context():
        db.session.execute(text("DROP TABLE users CASCADE" if db.engine.dialect.name == "postgresql"
                                else "DROP TABLE users"))
        with pytest.raises(DBAPIError, match="users") as caught:
            read.rows(db.session, {"user_id": 1})
    assert not caught.value.connection_invalidated


def test_a_lost_connection_is_discarded_and_the_next_read_works(app: Flask) -> None:
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("PostgreSQL only: a server can drop the connection")
    user_id = make_user(app, "carol")
    read = CompiledRead(select(User.username).where(User.id == bindparam("user_id")))
    with app.app_context():
        backend = db.session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with db.engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
        with pytest.raises(DBAPIError) as caught:
            read.rows(db.session, {"user_id": user_id})
        assert caught.value.connection_invalidated
        db.session.rollback()
        assert read.first(db.session, {"user_id": user_id}).username == "carol"


# The connection a request holds for its compiled reads until its ORM session begins


def _probe_app(app: Flask) -> Flask:
    """Routes that show which connection a compiled read gets."""
    read = CompiledRead(select(User.username).where(User.id == bindparam("user_id")))

    def write_on_the_read_connection() -> str:
        connection = connection_for_reads(db.session)
        connection.driver.execute("UPDATE users SET new_cards_per_day = 7")
        return "wrote"

    def read_own_write() -> str:
        user = User(username="dora", password_hash="x", created_at=NOW)
        db.session.add(user)
        db.session.flush()
        found = read.first(db.session, {"user_id": user.id})
        db.session.rollback()
        return found.username if found else "not seen"

    app.add_url_rule("/probe/write-on-read", "write_on_read", write_on_the_read_connection)
    app.add_url_rule("/probe/read-own-write", "read_own_write", read_own_write, methods=["POST"])
    return app


def test_a_get_reads_on_a_read_only_connection(app: Flask) -> None:
    make_user(app, "erin")
    with pytest.raises(Exception, match="(?i)read-only|readonly"):
        _probe_app(app).test_client().get("/probe/write-on-read")
    with app.app_context():
        assert db.session.scalar(select(User.new_cards_per_day)) != 7


def test_a_write_request_reads_in_its_own_transaction(app: Flask) -> None:
    assert _probe_app(app).test_client().post("/probe/read-own-write").get_data(as_text=True) == "dora"


def test_the_read_connection_is_given_back_when_the_request_ends(app: Flask) -> None:
    held = []  # kept here, so that only an explicit give-back returns it to the pool
    app.add_url_rule("/probe/hold", "hold", lambda: held.append(connection_for_reads(db.session)) or "held")
    client, pool = app.test_client(), _engine_pool(app)
    for _ in range(3):
        assert client.get("/probe/hold").status_code == 200
        assert pool.checkedout() == 0 and held[-1].pooled.dbapi_connection is None
    assert len({id(connection) for connection in held}) == 3  # one per request


def test_study_pages_give_their_read_connection_back_and_posts_still_write(
    seeded_app: Flask, student: FlaskClient,
) -> None:
    pool = _engine_pool(seeded_app)
    for _ in range(3):
        page = student.get(f"/study/{SET}?mode=flashcards").get_data(as_text=True)
        assert pool.checkedout() == 0
    response = student.post(f"/study/{SET}/review", data={"token": token_on(page), "rating": "3"})
    assert response.status_code == 302 and pool.checkedout() == 0
    with seeded_app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Review)) == 1
    assert "Saved: Good." in student.get(response.headers["Location"]).get_data(as_text=True)


def _engine_pool(app: Flask):  # noqa: ANN202
    with app.app_context():
        return db.engine.pool
