"""Anki packages (.apkg) with genanki, hermetic and safe to import again.

- One deck per set (``Factdeck::<set title>``) with a subdeck per question type.
- Two note types with fixed ids and stable names, fields and templates: a
  question (Question, Options, Answer, ...) and Anki's cloze kind.
- Note GUIDs come from the question's stable id, so importing a newer export
  into the same collection updates the edited notes in place.
- The same sets and ``timestamp`` give the same bytes: genanki's note and card
  ids, modification times and the zip entry dates all derive from it.
"""
from __future__ import annotations

import itertools
import sqlite3
import tempfile
import time
import warnings
import zipfile
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

import genanki

from .cards import DEFAULT_PUBLIC_BASE_URL, ExportSet
from .notes import (
    BASIC,
    CLOZE,
    NOTETYPE_FIELDS,
    NOTETYPE_NAMES,
    AnkiNote,
    anki_notes,
    set_deck,
    stable_id,
    type_deck,
)

# Fixed forever: Anki recognises a note type by its id.
NOTETYPE_IDS = {BASIC: 1_707_320_501, CLOZE: 1_707_320_502}

CSS = """\
.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left; color: #1d1d1f;
  background: #fff; max-width: 40em; margin: 0 auto; }
.options { margin: .5em 0; }
.answer { font-weight: 600; }
.accept, .explanation, .article, .link { font-size: 16px; }
.source { border-left: 3px solid #999; margin: .75em 0; padding-left: .75em; font-style: italic; }
.cloze { font-weight: 600; color: #0a58ca; }
"""

_EXTRAS = """\
{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}
{{#Source}}<blockquote class="source">{{Source}}</blockquote>{{/Source}}
{{#Article}}<div class="article">{{Article}}</div>{{/Article}}
{{#Link}}<div class="link">{{Link}}</div>{{/Link}}"""

TEMPLATES = {
    BASIC: [
        {
            "name": "Question",
            "qfmt": '<div class="question">{{Question}}</div>\n'
            '{{#Options}}<div class="options">{{Options}}</div>{{/Options}}',
            "afmt": '{{FrontSide}}\n<hr id="answer">\n<div class="answer">{{Answer}}</div>\n' + _EXTRAS,
        }
    ],
    CLOZE: [
        {
            "name": "Cloze",
            "qfmt": "{{cloze:Text}}",
            "afmt": '{{cloze:Text}}\n<hr id="answer">\n'
            '{{#Answer}}<div class="answer">{{Answer}}</div>{{/Answer}}\n' + _EXTRAS,
        }
    ],
}

# Entry dates before 1980 cannot be stored in a zip file.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def notetype_model(notetype: str) -> genanki.Model:
    """A fresh genanki model (genanki mutates templates while writing)."""
    return genanki.Model(
        NOTETYPE_IDS[notetype],
        NOTETYPE_NAMES[notetype],
        fields=[{"name": name} for name in NOTETYPE_FIELDS[notetype]],
        templates=[dict(template) for template in TEMPLATES[notetype]],
        css=CSS,
        model_type=genanki.Model.CLOZE if notetype == CLOZE else genanki.Model.FRONT_BACK,
    )


class _TimedNote(genanki.Note):
    """A genanki note with its own modification time, when it has one."""

    def __init__(self, *, modified: float | None, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.modified = modified

    def write_to_db(self, cursor, timestamp, deck_id, id_gen):
        mod = timestamp if self.modified is None else self.modified
        return super().write_to_db(cursor, mod, deck_id, id_gen)


def deck_id(name: str) -> int:
    return stable_id("factdeck-deck", name)


def build_package(sets: list[ExportSet], notes: Iterable[AnkiNote]) -> genanki.Package:
    models = {notetype: notetype_model(notetype) for notetype in NOTETYPE_IDS}
    decks: dict[str, genanki.Deck] = {}

    def deck(name: str, description: str = "") -> genanki.Deck:
        if name not in decks:
            decks[name] = genanki.Deck(deck_id(name), name, description)
        return decks[name]

    for question_set in sets:
        deck(set_deck(question_set), question_set.description)
        for card in question_set.cards:
            deck(type_deck(question_set, card.type))
    for note in notes:
        deck(note.deck).add_note(
            _TimedNote(
                model=models[note.notetype],
                fields=list(note.fields),
                tags=list(note.tags),
                guid=note.guid,
                due=note.position,
                modified=note.modified,
            )
        )
    return genanki.Package(list(decks.values()))


def write_apkg(
    sets: Iterable[ExportSet], out: BinaryIO, *, timestamp: float, base_url: str = DEFAULT_PUBLIC_BASE_URL
) -> None:
    """Write an .apkg of ``sets`` to the binary file ``out``.

    ``timestamp`` (seconds since the epoch) seeds the note and card ids and
    dates the zip entries; it is also the modification time of every note
    whose card has no ``modified`` of its own. Anki's importer updates a note
    only when the incoming one is newer, so export edited questions with a
    later time.
    """
    sets = list(sets)
    notes = list(anki_notes(sets, base_url))
    package = build_package(sets, notes)
    with tempfile.TemporaryDirectory(prefix="factdeck-apkg-") as tmp:
        path = Path(tmp) / "collection.anki2"
        connection = sqlite3.connect(path)
        try:
            with warnings.catch_warnings():
                # Fields are escaped by us; genanki's heuristic HTML check only costs time.
                warnings.simplefilter("ignore")
                package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        date_time = max(_ZIP_EPOCH, time.gmtime(int(timestamp))[:6])
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in (("collection.anki2", path.read_bytes()), ("media", b"{}")):
                entry = zipfile.ZipInfo(name, date_time=date_time)
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o644 << 16
                archive.writestr(entry, data, compresslevel=6)


def apkg_bytes(
    sets: Iterable[ExportSet], *, timestamp: float, base_url: str = DEFAULT_PUBLIC_BASE_URL
) -> bytes:
    buffer = BytesIO()
    write_apkg(sets, buffer, timestamp=timestamp, base_url=base_url)
    return buffer.getvalue()
