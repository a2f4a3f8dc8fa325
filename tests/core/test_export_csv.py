"""The CSV for Anki's text importer, imported by the real Anki library."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.core.export.csv_export import csv_guid, csv_text

from .export_factories import edit, import_csv, make_card, make_set, notes_by_guid

pytest.importorskip("anki", reason="the real Anki library is in the 'test' extra")


def write(tmp_path: Path, name: str, sets) -> Path:
    path = tmp_path / name
    path.write_text(csv_text(sets), encoding="utf-8")
    return path


def test_the_header_tells_anki_every_column() -> None:
    lines = csv_text([make_set()]).splitlines()
    assert lines[:6] == [
        "#separator:tab", "#html:true", "#guid column:1", "#notetype column:2", "#deck column:3", "#tags column:4",
    ]
    assert lines[6].startswith("#columns:GUID\tNotetype\tDeck\tTags\t")
    assert len(lines) == 7 + 4


def test_anki_imports_every_question_with_its_note_type_deck_tags_and_guid(tmp_path: Path, collection) -> None:
    question_set = make_set()
    log = import_csv(collection, write(tmp_path, "set.csv", [question_set]))
    assert log["new"] == 4
    assert log["conflicting"] == log["missing_notetype"] == log["missing_deck"] == 0
    assert collection.card_count() == 4
    notes = notes_by_guid(collection)
    assert set(notes) == {csv_guid(card.id) for card in question_set.cards}

    mc = notes[csv_guid("q-mc")]
    assert mc.note_type()["name"] == "Basic"
    assert mc["Front"].startswith("In which year did Vietnam and the DPRK establish")
    assert "<li>1945</li>" in mc["Front"]
    assert '<div class="answer">1950</div>' in mc["Back"]
    assert "/articles/000_2ff08869235f4a8b?hl=1262-1356#s9" in mc["Back"]
    assert sorted(mc.tags) == ["article::000_2ff08869235f4a8b", "set::basics", "type::multiple_choice"]
    assert collection.decks.name(mc.cards()[0].did) == "Factdeck::The basics::Multiple choice"

    cloze = notes[csv_guid("q-cloze")]
    assert cloze.note_type()["name"] == "Cloze"
    assert cloze["Text"] == "Vietnam and the DPRK established relations in {{c1::1950}}."
    assert len(cloze.cards()) == 1


def test_tabs_quotes_and_markup_in_text_survive_the_round_trip(tmp_path: Path, collection) -> None:
    card = make_card("q-odd", "short_answer", prompt='Tab\there, "quotes" and <script>x</script>?', answer="a\tb")
    import_csv(collection, write(tmp_path, "odd.csv", [make_set(card)]))
    note = notes_by_guid(collection)[csv_guid("q-odd")]
    assert note["Front"] == "Tab\there, &quot;quotes&quot; and &lt;script&gt;x&lt;/script&gt;?"
    assert note["Back"].startswith('<div class="answer">a\tb<div class="accept">')


def test_importing_a_newer_file_updates_notes_in_place(tmp_path: Path, collection) -> None:
    question_set = make_set()
    import_csv(collection, write(tmp_path, "v1.csv", [question_set]))
    edited = edit(question_set, "q-short", prompt="On which day of 1950?")
    log = import_csv(collection, write(tmp_path, "v2.csv", [edited]))
    assert log["new"] == log["conflicting"] == 0
    assert log["updated"] == 1 and log["duplicate"] == 3
    assert collection.note_count() == 4
    assert notes_by_guid(collection)[csv_guid("q-short")]["Front"] == "On which day of 1950?"
