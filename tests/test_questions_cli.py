"""'flask questions build' and 'draft': no database needed; the committed bank is up to date."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from flask import Flask
from sqlalchemy import select

from app.extensions import db
from app.models import Question, QuestionSet
from app.questions_cli import GENERATED_BANK
from app.services.content import seed_corpus
from tests.conftest import NOW, QUESTIONS_DIR, SEEDS_DIR


def test_build_output_equals_the_committed_file(app: Flask, tmp_path: Path) -> None:
    questions = tmp_path / "questions"
    shutil.copytree(QUESTIONS_DIR, questions)
    app.config["QUESTIONS_DIR"] = str(questions)
    result = app.test_cli_runner().invoke(args=["questions", "build"])
    assert result.exit_code == 0, result.output
    committed = (QUESTIONS_DIR / GENERATED_BANK).read_bytes()
    assert (questions / GENERATED_BANK).read_bytes() == committed, "run `flask --app app questions build`"
    check = app.test_cli_runner().invoke(args=["questions", "build", "--check"])
    assert check.exit_code == 0, check.output


def test_build_check_fails_on_a_stale_file(app: Flask, tmp_path: Path) -> None:
    target = tmp_path / GENERATED_BANK
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("set: {}\n", encoding="utf-8")
    app.config["QUESTIONS_DIR"] = str(tmp_path)
    result = app.test_cli_runner().invoke(args=["questions", "build", "--check"])
    assert result.exit_code == 1


def test_draft_prints_questions_as_json_without_a_database(tmp_path: Path) -> None:
    from app import create_app

    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'none.sqlite3'}",
                      "AUTO_SEED": False}, instance_path=str(tmp_path / "instance"))
    paths = [str(p) for p in sorted(SEEDS_DIR.glob("*.txt"))[:2]]
    result = app.test_cli_runner().invoke(args=["questions", "draft", *paths])
    assert result.exit_code == 0, result.output
    questions = json.loads(result.stdout)
    assert questions and not (tmp_path / "none.sqlite3").exists()
    assert "refused " in result.stderr  # what was not asked, and why, is counted
    for question in questions:
        assert {"id", "type", "prompt", "answer", "explanation", "sources"} <= set(question)
        assert all(set(s) == {"article", "start", "end", "quote"} for s in question["sources"])
        if question["type"] == "multiple_choice":
            assert question["answer"] in question["options"]


def test_draft_reports_an_unreadable_file(app: Flask, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    result = app.test_cli_runner().invoke(args=["questions", "draft", str(bad)])
    assert result.exit_code == 1


def parse_bank_file_slug() -> str:
    """The slug the generated bank file declares."""
    text = (QUESTIONS_DIR / GENERATED_BANK).read_text(encoding="utf-8")
    return re.search(r"^  slug: (\S+)$", text, re.MULTILINE).group(1)


def test_the_generated_bank_loads_with_items_pairs_and_kind(app: Flask) -> None:
    with app.app_context():
        seed_corpus(SEEDS_DIR, QUESTIONS_DIR, now=NOW)
        generated = parse_bank_file_slug()
        rows = list(db.session.scalars(
            select(Question).join(Question.question_set).where(QuestionSet.slug == generated)))
        assert len(rows) >= 20 and len(rows) + sum(len(q.variants) for q in rows) >= 50  # one question per fact
        # a timeline or matching of facts asked one by one is met in place of one of them, as a variant
        forms = [*({"type": q.type, "items": q.items, "answer": q.answer, "pairs": q.pairs} for q in rows),
                 *(variant for q in rows for variant in q.variants)]
        timeline = next(form for form in forms if form["type"] == "timeline")
        matching = next(form for form in forms if form["type"] == "matching")
        assert len(timeline["items"]) >= 3 and " → " in timeline["answer"]
        assert all(len(pair) == 2 for pair in matching["pairs"])
        assert {q.kind for q in rows} == {"date", "visit", "anniversary", "agreement_area"}
        total = db.session.scalar(select(db.func.count()).select_from(Question))
        seed_corpus(SEEDS_DIR, QUESTIONS_DIR, now=NOW)  # in place, again
        assert db.session.scalar(select(db.func.count()).select_from(Question)) == total
