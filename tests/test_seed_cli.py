"""init-db and seed: one idempotent step, and all-or-nothing on a bad bank."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from app.extensions import db
from app.models import Article, Question, QuestionSet, QuestionSource
from tests.conftest import QUESTIONS_DIR, SEEDS_DIR


def counts(app: Flask) -> dict[str, int]:
    with app.app_context():
        return {
            model.__tablename__: db.session.scalar(select(func.count()).select_from(model))
            for model in (Article, QuestionSet, Question, QuestionSource)
        }


def snapshot(app: Flask) -> list[tuple]:
    with app.app_context():
        rows = db.session.execute(
            select(Question.id, Question.prompt, Question.answer, Question.set_id).order_by(Question.id)
        )
        return [tuple(row) for row in rows]


def test_init_db_creates_the_schema_and_loads_the_seeds(app: Flask) -> None:
    with app.app_context():
        db.drop_all()
    result = app.test_cli_runner().invoke(args=["init-db"])
    assert result.exit_code == 0, result.output
    assert "Loaded 5 articles" in result.output
    loaded = counts(app)
    assert loaded["articles"] == 5
    bank_questions = sum(path.read_text().count("\n- id: ") for path in QUESTIONS_DIR.glob("*.yaml"))
    assert loaded["questions"] == bank_questions >= 10


def test_seed_twice_changes_nothing(app: Flask) -> None:
    runner = app.test_cli_runner()
    assert runner.invoke(args=["seed"]).exit_code == 0
    first, first_rows = counts(app), snapshot(app)
    result = runner.invoke(args=["seed"])
    assert result.exit_code == 0, result.output
    assert counts(app) == first and snapshot(app) == first_rows


def test_an_edited_question_updates_in_place(app: Flask, tmp_path: Path) -> None:
    questions = tmp_path / "questions"
    shutil.copytree(QUESTIONS_DIR, questions)
    app.config["QUESTIONS_DIR"] = str(questions)
    runner = app.test_cli_runner()
    assert runner.invoke(args=["seed"]).exit_code == 0
    bank = next(questions.glob("*.yaml"))
    text = bank.read_text()
    bank.write_text(text.replace("In which year did Vietnam and the DPRK", "In what year did Vietnam and the DPRK", 1))
    before = counts(app)
    assert runner.invoke(args=["seed"]).exit_code == 0
    assert counts(app) == before
    prompts = [prompt for _, prompt, _, _ in snapshot(app)]
    assert any(p.startswith("In what year did Vietnam and the DPRK") for p in prompts)


BAD_EDITS = {
    "bad-yaml": (lambda t: t.replace("questions:\n", "questions: [\n", 1), r"invalid YAML"),
    "missing-field": (lambda t: t.replace("  prompt: In which year did Vietnam and the DPRK establish", "  wording: x", 1),
                      r"question 'basics-1950-relations': prompt: missing"),
    "quote-not-in-article": (lambda t: t.replace("officially established diplomatic relations.", "officially established relations.", 1),
                             r"question 'basics-1950-relations': sources: quote: does not match"),
}


@pytest.mark.parametrize("case", sorted(BAD_EDITS))
def test_a_malformed_bank_stops_seed_and_leaves_the_database_as_it_was(app: Flask, tmp_path: Path, case: str) -> None:
    questions = tmp_path / "questions"
    shutil.copytree(QUESTIONS_DIR, questions)
    app.config["QUESTIONS_DIR"] = str(questions)
    runner = app.test_cli_runner()
    assert runner.invoke(args=["seed"]).exit_code == 0
    before, before_rows = counts(app), snapshot(app)

    # A good change (a new article) and a bad one in the same run.
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    (seeds / "999_new.txt").write_text("A new article title\nSomething happened in 2001.\n", encoding="utf-8")
    app.config["SEEDS_DIR"] = str(seeds)
    bank = next(questions.glob("*.yaml"))
    edit, message = BAD_EDITS[case]
    bank.write_text(edit(bank.read_text()))

    result = runner.invoke(args=["seed"])
    assert result.exit_code != 0
    assert "nothing was loaded" in result.output
    assert f"{bank}:" in result.output, result.output
    line = result.output.split(f"{bank}:", 1)[1].split(":", 1)[0]
    assert line.isdigit(), result.output
    assert re.search(message, result.output), result.output
    assert counts(app) == before and snapshot(app) == before_rows
