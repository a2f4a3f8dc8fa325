"""Command-line interface: ``flask --app app <command>``."""
from __future__ import annotations

from datetime import UTC, datetime

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from . import database, export_cli, facts_cli, questions_cli
from .core.bank import BankError
from .services.content import seed_corpus


@click.command("init-db")
@click.option("--no-seed", is_flag=True, help="Create the tables only.")
@with_appcontext
def init_db_command(no_seed: bool) -> None:
    """Create the schema (if missing) and load seeds/ and questions/."""
    with database.schema_lock(current_app):
        _create_schema()
        click.echo("Schema ready.")
        if not no_seed:
            _seed()


@click.command("seed")
@with_appcontext
def seed_command() -> None:
    """Load seeds/ and questions/ into the database (idempotent)."""
    with database.schema_lock(current_app):
        _create_schema()
        _seed()


def _create_schema() -> None:
    try:
        database.create_schema()
    except database.SchemaOutOfDate as exc:
        raise click.ClickException(str(exc)) from None


def _seed() -> None:
    try:
        report = seed_corpus(
            current_app.config["SEEDS_DIR"], current_app.config["QUESTIONS_DIR"], now=datetime.now(UTC)
        )
    except BankError as exc:
        raise click.ClickException(
            f"nothing was loaded; fix these problems first:\n{exc}"
        ) from None
    click.echo(f"Loaded {report}.")


@click.command("create-user")
@click.argument("username")
@click.option("--teacher", is_flag=True, help="Give the account the teacher role (default: student).")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              help="The password; asked for (hidden) when not given. Use only in scripts.")
@with_appcontext
def create_user_command(username: str, teacher: bool, password: str) -> None:
    """Create an account, a student unless --teacher."""
    from .services.accounts import AccountError, create_user

    try:
        user = create_user(username, password, role="teacher" if teacher else "student", now=datetime.now(UTC))
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Created {user.role} {user.username!r}.")


@click.command("set-role")
@click.argument("username")
@click.argument("role", type=click.Choice(["teacher", "student"]))
@with_appcontext
def set_role_command(username: str, role: str) -> None:
    """Make an existing account a teacher or a student."""
    from .services.accounts import AccountError, set_role

    try:
        user = set_role(username, role)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{user.username!r} is now a {user.role}.")


def init_app(app: Flask) -> None:
    app.cli.add_command(create_user_command)
    app.cli.add_command(set_role_command)
    app.cli.add_command(init_db_command)
    app.cli.add_command(seed_command)
    export_cli.init_app(app)
    facts_cli.init_app(app)
    questions_cli.init_app(app)
