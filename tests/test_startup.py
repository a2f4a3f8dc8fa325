"""The first start on an empty database creates and seeds it, exactly once."""
from __future__ import annotations

import multiprocessing
from pathlib import Path

from flask import Flask

from app import create_app
from app.extensions import db
from tests.conftest import QUESTIONS_DIR, SEEDS_DIR, database_url
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


def _worker(url: str, instance: str, barrier, results) -> None:  # noqa: ANN001
    app = auto_seeding_app(url, instance)
    client = app.test_client()
    barrier.wait()
    try:
        response = client.get("/")
        results.put((response.status_code, "Vietnam and the DPRK: the basics" in response.get_data(as_text=True)))
    except Exception as exc:  # the test reports what went wrong in the worker
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
