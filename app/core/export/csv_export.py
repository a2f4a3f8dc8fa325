"""A tab-separated file that Anki's text importer (File › Import) reads.

The header lines tell Anki everything, so the import dialog needs no choices:
separator, HTML fields, and which columns hold the GUID, note type, deck and
tags. The notes use Anki's stock note types, "Basic" (Front, Back) and
"Cloze" (Text, Back Extra), which every new collection has, so the file
imports anywhere; the .apkg, with its own note types, keeps the fields apart.

GUIDs derive from the question's stable id (with a ``csv`` prefix, so that a
collection holding both exports does not see one note as two note types):
importing a newer file updates the notes in place.
"""
from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable

from .cards import DEFAULT_PUBLIC_BASE_URL, ExportSet
from .notes import CLOZE, AnkiNote, anki_notes

STOCK_NOTETYPES = {"basic": "Basic", CLOZE: "Cloze"}
COLUMNS = ("GUID", "Notetype", "Deck", "Tags", "Front or Text", "Back or Back Extra")


def csv_guid(question_id: str) -> str:
    digest = hashlib.sha256(f"factdeck-question-csv:{question_id}".encode()).hexdigest()
    return "fdcsv-" + digest[:20]


def _front_back(note: AnkiNote) -> tuple[str, str]:
    if note.notetype == CLOZE:
        front = note.field("Text")
        back_parts = [note.field("Answer")]
    else:
        front = note.field("Question") + note.field("Options")
        back_parts = [f'<div class="answer">{note.field("Answer")}</div>']
    back_parts += [
        note.field("Explanation"),
        f"<blockquote>{note.field('Source')}</blockquote>" if note.field("Source") else "",
        note.field("Article"),
        note.field("Link"),
    ]
    return front, "<br>".join(part for part in back_parts if part)


def csv_text(sets: Iterable[ExportSet], base_url: str = DEFAULT_PUBLIC_BASE_URL) -> str:
    """The whole file as text (write it as UTF-8)."""
    out = io.StringIO()
    out.write(
        "#separator:tab\n"
        "#html:true\n"
        "#guid column:1\n"
        "#notetype column:2\n"
        "#deck column:3\n"
        "#tags column:4\n"
        f"#columns:{chr(9).join(COLUMNS)}\n"
    )
    writer = csv.writer(out, delimiter="\t", quotechar='"', lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for note, card_id in _notes_with_ids(sets, base_url):
        front, back = _front_back(note)
        writer.writerow(
            [csv_guid(card_id), STOCK_NOTETYPES[note.notetype], note.deck, " ".join(note.tags), front, back]
        )
    return out.getvalue()


def _notes_with_ids(sets: Iterable[ExportSet], base_url: str) -> Iterable[tuple[AnkiNote, str]]:
    sets = list(sets)
    ids = [card.id for question_set in sets for card in question_set.cards]
    return zip(anki_notes(sets, base_url), ids)
