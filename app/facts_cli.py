"""``flask --app app facts extract PATH...``: the facts of article files as JSON.

Needs no database: it reads the files and prints, so the fact-extraction
benchmark (../shared/eval/score_facts.py) can run it anywhere.
"""
from __future__ import annotations

import json
import sys

import click
from flask import Flask
from flask.cli import AppGroup

from .core.facts.files import facts_of_files

facts_group = AppGroup("facts", help="Facts drawn from articles.")


@facts_group.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
def extract_command(paths: tuple[str, ...]) -> None:
    """Print the facts of the article files PATHS as a JSON list.

    A file that cannot be read (empty, binary, not UTF-8, too large) is named
    on stderr and skipped; the exit code is then 1.
    """
    facts, errors = facts_of_files(list(paths))
    for message in errors:
        click.echo(f"error: {message}", err=True)
    click.echo(json.dumps(facts, ensure_ascii=False, indent=1))
    if errors:
        sys.exit(1)


def init_app(app: Flask) -> None:
    app.cli.add_command(facts_group)
