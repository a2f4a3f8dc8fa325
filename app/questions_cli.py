"""``flask --app app questions build|draft``: question banks generated from articles.

Neither command touches the database: ``build`` writes the generated bank
file in questions/ from seeds/; ``draft PATH...`` prints the questions it would
generate from those article files as JSON.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from .core.corpus import ArticleError, load_article, load_corpus
from .core.questions import draft_report
from .core.questions.build import build_bank_text

questions_group = AppGroup("questions", help="Question banks generated from the articles' facts.")

# In a folder of its own for now: the study, quiz and export tests still assume
# questions/*.yaml holds one set. Moving it up to questions/ makes `seed` load it.
GENERATED_BANK = "generated-seeds.yaml"
GENERATED_SET = {
    "slug": "generated-seeds",
    "title": "Vietnam and the DPRK: questions from the articles",
    "description": "Generated from the facts of the seed articles: visits, dates, anniversaries and areas "
                   "of cooperation, each with every source that states it.",
}


def generated_bank_path(app: Flask) -> Path:
    return Path(app.config["QUESTIONS_DIR"]) / GENERATED_BANK


def build_generated_bank(seeds_dir: str | Path, bank_path: Path) -> str:
    """The generated bank's text for the articles in ``seeds_dir``, keeping hand edits in ``bank_path``."""
    previous = bank_path.read_text(encoding="utf-8") if bank_path.exists() else None
    return build_bank_text(load_corpus(seeds_dir), previous=previous, name=str(bank_path), **GENERATED_SET)


@questions_group.command("build")
@click.option("--check", is_flag=True, help="Only check that the file is up to date (exit 1 if not).")
def build_command(check: bool) -> None:
    """Regenerate questions/generated-seeds.yaml from seeds/ (deterministic)."""
    path = generated_bank_path(current_app)
    text = build_generated_bank(current_app.config["SEEDS_DIR"], path)
    current = path.read_text(encoding="utf-8") if path.exists() else None
    if check:
        if current != text:
            click.echo(f"{path} is out of date: run `flask --app app questions build`", err=True)
            sys.exit(1)
        click.echo(f"{path} is up to date.")
        return
    if current != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    click.echo(f"Wrote {path} ({text.count(chr(10) + '- id: ')} questions).")


@questions_group.command("draft")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
def draft_command(paths: tuple[str, ...]) -> None:
    """Print, as a JSON list, the questions generated from the article files PATHS, most
    important first (each with its variants); what was refused, and why, goes to stderr."""
    articles, errors = [], []
    for name in paths:
        try:
            articles.append(load_article(name))
        except ArticleError as exc:
            errors.append(str(exc))
        except OSError as exc:
            errors.append(f"{name}: cannot read: {exc.strerror or exc}")
    for message in errors:
        click.echo(f"error: {message}", err=True)
    report = draft_report(articles)
    questions = [question.to_json() for question in report.questions]
    click.echo(json.dumps(questions, ensure_ascii=False, indent=1))
    for reason, count in sorted(report.refused.items()):
        click.echo(f"refused {count}: {reason}", err=True)
    if errors:
        sys.exit(1)


def init_app(app: Flask) -> None:
    app.cli.add_command(questions_group)
