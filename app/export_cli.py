"""``flask --app app export anki|csv|gift|xml``: write a set (or every set) to a file.

AppGroup runs every command inside an application context.
"""
from __future__ import annotations

from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from .core.export.cards import DEFAULT_PUBLIC_BASE_URL
from .services import export

export_group = AppGroup("export", help="Export question sets: Anki (.apkg, CSV) and Moodle (GIFT, XML).")

_output = click.option(
    "-o", "--output", "output", required=True, type=click.Path(dir_okay=False, path_type=Path),
    help="The file to write.",
)
_base_url = click.option(
    "--base-url", default=None,
    help="Site address for the links to source sentences (default: the PUBLIC_BASE_URL setting).",
)


def _write(fmt: str, slugs: list[str] | None, output: Path, base_url: str | None) -> None:
    base = base_url or current_app.config.get("PUBLIC_BASE_URL", DEFAULT_PUBLIC_BASE_URL)
    try:
        result = export.export_file(fmt, slugs, base_url=base)
    except export.UnknownSet as exc:
        raise click.ClickException(str(exc)) from None
    output.write_bytes(result.data)
    click.echo(f"Wrote {output} ({len(result.data)} bytes).")


@export_group.command("anki")
@click.argument("slug", required=False)
@click.option("--all", "all_sets", is_flag=True, help="Every set, one deck each, in one file.")
@_output
@_base_url
def export_anki(slug: str | None, all_sets: bool, output: Path, base_url: str | None) -> None:
    """Write SLUG (or --all) as an Anki package (.apkg)."""
    if bool(slug) == all_sets:
        raise click.UsageError("name one set, or give --all")
    _write("apkg", None if all_sets else [slug], output, base_url)


def _text_command(fmt: str, what: str) -> click.Command:
    @click.argument("slug")
    @_output
    @_base_url
    def command(slug: str, output: Path, base_url: str | None) -> None:
        _write(fmt, [slug], output, base_url)

    command.__doc__ = f"Write SLUG as {what}."
    return export_group.command(fmt)(command)


_text_command("csv", "a CSV file for Anki's text importer")
_text_command("gift", "Moodle GIFT questions")
_text_command("xml", "Moodle XML questions")


def init_app(app: Flask) -> None:
    app.cli.add_command(export_group)
