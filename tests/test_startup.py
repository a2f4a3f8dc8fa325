"""The first start on an empty database creates and seeds it, exactly once."""
from __future__ import annotations

import multiprocessing
from datetime import timedelta
from pathlib import Path

from flask import Flask

from app import create_app
from app.extensions import db
from app.models import QuestionSet, StudyCard, User
from app.schema_upgrades import pending_upgrades
from app.services import study
from tests.conftest import NOW, QUESTIONS_DIR, SEEDS_DIR, database_url, make_user
from tests.test_seed_cli import counts


def auto_seeding_app(url: str, instance: str) -> Flask:
    return create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test",
            "SQLALCHEMY_DATABASE_URI": url,
            "AUTO_SEED": True,
            "SEEDS_DIR": str(SEEDS_DIR),
            "QUESTIONS_DIR": str(QUESTIONS_DIR),
        },
        instance_path=instance,
    )


def _worker(url: str, instance: str, barrier, results) -> None:
    app = auto_seeding_app(url, instance)
    client = app.test_client()
    barrier.wait()
    try:
        response = client.get("/")
        results.put((response.status_code, "Vietnam and the DPRK: the basics" in response.get_data(as_text=True)))
    except Exception as exc:  # noqa: BLE001 -- the test reports whatever went wrong in the worker
        results.put((repr(exc), False))


def test_first_request_on_an_empty_database_seeds_it(app: Flask, tmp_path: Path) -> None:
    with app.app_context():
        db.drop_all()
    fresh = auto_seeding_app(app.config["SQLALCHEMY_DATABASE_URI"], str(tmp_path / "instance"))
    response = fresh.test_client().get("/")
    assert response.status_code == 200
    assert "Vietnam and the DPRK: the basics" in response.get_data(as_text=True)
    assert counts(fresh)["articles"] == 5
    with fresh.app_context():
        db.engine.dispose()


def test_workers_starting_together_seed_exactly_once(app: Flask, tmp_path: Path) -> None:
    with app.app_context():
        db.drop_all()
        db.engine.dispose()
    url = database_url(tmp_path)
    context = multiprocessing.get_context("spawn")
    workers = 4
    barrier, results = context.Barrier(workers), context.Queue()
    processes = [
        context.Process(target=_worker, args=(url, str(tmp_path / "instance"), barrier, results))
        for _ in range(workers)
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(timeout=30)
    assert outcomes == [(200, True)] * workers
    bank_questions = sum(path.read_text().count("\n- id: ") for path in QUESTIONS_DIR.glob("*.yaml"))
    assert counts(app)["articles"] == 5 and counts(app)["questions"] == bank_questions


def test_a_database_from_an_older_version_gets_a_clear_message(app: Flask, tmp_path: Path) -> None:
    with app.app_context():
        with db.engine.begin() as connection:  # an older schema: no kind column on questions
            connection.execute(db.text("ALTER TABLE questions DROP COLUMN kind"))
        db.session.remove()
    result = app.test_cli_runner().invoke(args=["seed"])
    assert result.exit_code != 0
    assert "older version of Factdeck: it lacks questions.kind" in result.output
    fresh = auto_seeding_app(app.config["SQLALCHEMY_DATABASE_URI"], str(tmp_path / "instance"))
    response = fresh.test_client().get("/")
    assert response.status_code == 503
    assert "questions.kind" in response.get_data(as_text=True)
    with fresh.app_context():
        db.engine.dispose()


def test_a_table_added_by_a_newer_version_is_created_at_first_request(seeded_app: Flask, tmp_path: Path) -> None:
    with seeded_app.app_context():
        with db.engine.begin() as connection:
            connection.execute(db.text("DROP TABLE login_attempts"))
        db.session.remove()
    fresh = auto_seeding_app(seeded_app.config["SQLALCHEMY_DATABASE_URI"], str(tmp_path / "instance2"))
    assert fresh.test_client().get("/").status_code == 200
    with fresh.app_context():
        assert "login_attempts" in db.inspect(db.engine).get_table_names()
        db.engine.dispose()


def test_an_index_added_by_a_newer_version_is_created_at_first_request(
    seeded_app: Flask, tmp_path: Path
) -> None:
    """create_all makes an index only with its table: one a newer version
    declares on an existing table is created by the upgrade step."""
    with seeded_app.app_context():
        with db.engine.begin() as connection:
            connection.execute(db.text("DROP INDEX ix_study_cards_user_set_question"))
        db.session.remove()
        assert pending_upgrades(db.engine) == ["indexes"]
    fresh = auto_seeding_app(seeded_app.config["SQLALCHEMY_DATABASE_URI"], str(tmp_path / "instance2"))
    assert fresh.test_client().get("/").status_code == 200
    with fresh.app_context():
        assert pending_upgrades(db.engine) == []
        indexes = db.inspect(db.engine).get_indexes("study_cards")
        columns = {index["name"]: index["column_names"] for index in indexes}
        assert columns["ix_study_cards_user_set_question"] == ["user_id", "set_id", "question_id"]
        db.engine.dispose()


def test_cards_from_before_card_set_ids_are_upgraded_at_first_request(seeded_app: Flask, tmp_path: Path) -> None:
    """A database made before study_cards.set_id gains the column, filled in
    from the questions, with its index, and the study page works on it."""
    make_user(seeded_app, "alice")
    with seeded_app.app_context():
        user = db.session.query(User).one()
        basics = db.session.query(QuestionSet).filter_by(slug="vietnam-dprk-basics").one()
        shown = study.next_card(user, basics, NOW)
        study.record_review(user, question_set=basics, question_id=shown.question.id, presented_to=user.id,
                            nonce="before-upgrade", mode="flashcard", rating=1, now=NOW)
        basics_id = basics.id
        db.session.remove()  # PostgreSQL: an open transaction on question_sets would block the ALTER
        with db.engine.begin() as connection:  # the older schema
            if connection.dialect.name == "postgresql":
                connection.execute(db.text("ALTER TABLE study_cards DROP COLUMN set_id"))
            else:  # SQLite drops no column that a foreign key names: copy the table without it
                kept = ", ".join(c.name for c in StudyCard.__table__.columns if c.name != "set_id")
                connection.execute(db.text(f"CREATE TABLE old_cards AS SELECT {kept} FROM study_cards"))
                connection.execute(db.text("DROP TABLE study_cards"))
                connection.execute(db.text("ALTER TABLE old_cards RENAME TO study_cards"))
        db.session.remove()
        # Its indexes went with the column: the index step follows the column's.
        assert pending_upgrades(db.engine) == ["study_cards.set_id", "indexes"]
    fresh = auto_seeding_app(seeded_app.config["SQLALCHEMY_DATABASE_URI"], str(tmp_path / "instance2"))
    client = fresh.test_client()
    assert client.get("/").status_code == 200
    with fresh.app_context():
        assert pending_upgrades(db.engine) == []
        assert db.session.query(StudyCard.set_id).one() == (basics_id,)
        indexes = {index["name"] for index in db.inspect(db.engine).get_indexes("study_cards")}
        assert "ix_study_cards_user_set_due" in indexes
        db.engine.dispose()
    with seeded_app.app_context():
        user = db.session.query(User).one()
        basics = db.session.get(QuestionSet, basics_id)
        assert study.queue_counts(user, basics, NOW + timedelta(minutes=2)).due == 1
