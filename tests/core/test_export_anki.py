"""The .apkg, imported into a real Anki collection (the ``anki`` package)."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from app.core.export.anki import NOTETYPE_IDS, apkg_bytes
from app.core.export.notes import NOTETYPE_FIELDS, note_guid

from .export_factories import (
    TIMESTAMP,
    edit,
    import_apkg,
    make_card,
    make_set,
    notes_by_guid,
)

pytest.importorskip("anki", reason="the real Anki library is in the 'test' extra")


def write(tmp_path: Path, name: str, sets, timestamp: float = TIMESTAMP) -> Path:
    path = tmp_path / name
    path.write_bytes(apkg_bytes(sets, timestamp=timestamp))
    return path


def test_every_question_becomes_one_note_with_its_fields_tags_and_cards(tmp_path: Path, collection) -> None:
    question_set = make_set()
    log = import_apkg(collection, write(tmp_path, "set.apkg", [question_set]))
    assert log["new"] == len(question_set.cards) == 4
    assert log["conflicting"] == log["missing_notetype"] == 0
    assert collection.note_count() == 4
    assert collection.card_count() == 4

    notes = notes_by_guid(collection)
    assert set(notes) == {note_guid(card.id) for card in question_set.cards}

    mc = notes[note_guid("q-mc")]
    assert mc.note_type()["name"] == "Factdeck question"
    assert mc.note_type()["id"] == NOTETYPE_IDS["basic"]
    assert [f["name"] for f in mc.note_type()["flds"]] == list(NOTETYPE_FIELDS["basic"])
    assert mc["Question"] == "In which year did Vietnam and the DPRK establish diplomatic relations?"
    assert mc["Answer"] == "1950"
    assert mc["Source"] == "“Back in 1950, on January 31, Vietnam and the DPRK officially established diplomatic relations.”"
    assert mc["Article"] == "Vietnam and DPRK mark 75 years"
    assert "/articles/000_2ff08869235f4a8b?hl=1262-1356#s9" in mc["Link"]
    assert sorted(mc.tags) == ["article::000_2ff08869235f4a8b", "set::basics", "type::multiple_choice"]
    card = mc.cards()[0]
    assert collection.decks.name(card.did) == "Factdeck::The basics::Multiple choice"
    front = card.question()
    assert "1945" in front and "1954" in front  # the options are on the front
    assert "1950" in card.answer()

    short = notes[note_guid("q-short")]
    assert "31 January" in short["Answer"]


def test_cloze_questions_become_anki_cloze_notes_with_a_cloze_card(tmp_path: Path, collection) -> None:
    import_apkg(collection, write(tmp_path, "set.apkg", [make_set()]))
    note = notes_by_guid(collection)[note_guid("q-cloze")]
    notetype = note.note_type()
    assert notetype["type"] == 1  # Anki's cloze kind
    assert notetype["id"] == NOTETYPE_IDS["cloze"]
    assert note["Text"] == "Vietnam and the DPRK established relations in {{c1::1950}}."
    cards = note.cards()
    assert len(cards) == 1 and cards[0].ord == 0
    assert ">[...]</span>" in cards[0].question() and ">1950</span>" not in cards[0].question()
    assert ">1950</span>" in cards[0].answer()
    assert collection.decks.name(cards[0].did) == "Factdeck::The basics::Cloze"


def test_every_set_gets_its_own_deck(tmp_path: Path, collection) -> None:
    first = make_set(make_card("a-1"), make_card("a-2", "cloze"), slug="a", title="Set A")
    second = make_set(make_card("b-1", "true_false"), slug="b", title="Set B")
    log = import_apkg(collection, write(tmp_path, "all.apkg", [first, second]))
    assert log["new"] == 3
    names = {name for name in (d.name for d in collection.decks.all_names_and_ids())}
    assert {"Factdeck::Set A", "Factdeck::Set A::Multiple choice", "Factdeck::Set A::Cloze",
            "Factdeck::Set B", "Factdeck::Set B::True or false"} <= names


def test_a_script_in_a_prompt_stays_escaped_in_the_note(tmp_path: Path, collection) -> None:
    card = make_card("q-x", prompt="Was it <script>alert('x')</script>?")
    import_apkg(collection, write(tmp_path, "x.apkg", [make_set(card)]))
    note = notes_by_guid(collection)[note_guid("q-x")]
    assert note["Question"] == "Was it &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;?"
    assert "<script>" not in note.cards()[0].question()


def test_reimport_after_an_edit_updates_in_place(tmp_path: Path, collection) -> None:
    first = make_set(*(make_card(c.id, c.type, modified=TIMESTAMP) for c in make_set().cards))
    assert import_apkg(collection, write(tmp_path, "v1.apkg", [first]))["new"] == 4
    untouched = notes_by_guid(collection)[note_guid("q-tf")]

    second = edit(first, "q-mc", prompt="Which year saw relations established?", answer="1950",
                  modified=TIMESTAMP + 3600)
    log = import_apkg(collection, write(tmp_path, "v2.apkg", [second], timestamp=TIMESTAMP + 3600))
    assert log == {"new": 0, "updated": 1, "duplicate": 3, "conflicting": 0,
                   "first_field_match": 0, "missing_notetype": 0, "missing_deck": 0}
    assert collection.note_count() == 4 and collection.card_count() == 4
    notes = notes_by_guid(collection)
    assert notes[note_guid("q-mc")]["Question"] == "Which year saw relations established?"
    assert notes[note_guid("q-tf")].mod == untouched.mod
    assert notes[note_guid("q-tf")].fields == untouched.fields

    # The same file once more changes nothing.
    again = import_apkg(collection, tmp_path / "v2.apkg")
    assert again["duplicate"] == 4 and again["new"] == again["updated"] == again["conflicting"] == 0


def test_reimport_with_a_later_timestamp_updates_notes_without_own_times(tmp_path: Path, collection) -> None:
    question_set = make_set()
    import_apkg(collection, write(tmp_path, "v1.apkg", [question_set]))
    edited = edit(question_set, "q-cloze", prompt="Relations began in ____.")
    log = import_apkg(collection, write(tmp_path, "v2.apkg", [edited], timestamp=TIMESTAMP + 60))
    assert log["new"] == log["conflicting"] == 0
    assert log["updated"] + log["duplicate"] == 4
    assert notes_by_guid(collection)[note_guid("q-cloze")]["Text"] == "Relations began in {{c1::1950}}."
    assert collection.card_count() == 4


def test_same_sets_and_timestamp_give_the_same_bytes() -> None:
    sets = [make_set(), make_set(make_card("z"), slug="z", title="Z")]
    first = apkg_bytes(sets, timestamp=TIMESTAMP)
    assert apkg_bytes(sets, timestamp=TIMESTAMP) == first
    assert apkg_bytes(sets, timestamp=TIMESTAMP + 1) != first
    assert apkg_bytes([edit(sets[0], "q-mc", prompt="Other?"), sets[1]], timestamp=TIMESTAMP) != first


def test_zip_entries_are_dated_from_the_timestamp() -> None:
    with zipfile.ZipFile(io.BytesIO(apkg_bytes([make_set()], timestamp=TIMESTAMP))) as archive:
        assert archive.namelist() == ["collection.anki2", "media"]
        assert {info.date_time for info in archive.infolist()} == {(2026, 1, 1, 0, 0, 0)}
        assert archive.read("media") == b"{}"
