"""Small factories for the export tests: plain values with defaults."""
from __future__ import annotations

from dataclasses import replace

from app.core.export.cards import ExportCard, ExportSet, ExportSource

TIMESTAMP = 1_767_225_600.0  # 2026-01-01T00:00:00Z


def make_source(**overrides: object) -> ExportSource:
    values = {
        "article_id": "000_2ff08869235f4a8b",
        "article_title": "Vietnam and DPRK mark 75 years",
        "quote": ("Back in 1950, on January 31, Vietnam and the DPRK officially established diplomatic "
                  "relations."),
        "start": 1262,
        "end": 1356,
        "sentence_index": 9,
    }
    values.update(overrides)
    return ExportSource(**values)  # type: ignore[arg-type]


def make_card(id: str = "q-relations", type: str = "multiple_choice", **overrides: object) -> ExportCard:
    defaults: dict[str, object] = {
        "multiple_choice": {
            "prompt": "In which year did Vietnam and the DPRK establish diplomatic relations?",
            "answer": "1950", "options": ("1945", "1950", "1954"),
        },
        "true_false": {"prompt": "Relations were established in 1950.", "answer": "True",
                       "options": ("True", "False")},
        "short_answer": {"prompt": "On what day of 1950?", "answer": "January 31", "accept": ("31 January",)},
        "cloze": {"prompt": "Vietnam and the DPRK established relations in ____.", "answer": "1950"},
    }.get(type, {"prompt": "A prompt", "answer": "An answer"})
    values: dict[str, object] = {
        "id": id, "type": type, "sources": (make_source(),),
        "explanation": "The article dates it to January 31, 1950.",
    }
    values.update(defaults)
    values.update(overrides)
    return ExportCard(**values)  # type: ignore[arg-type]


def make_set(*cards: ExportCard, slug: str = "basics", title: str = "The basics") -> ExportSet:
    if not cards:
        cards = (
            make_card("q-mc", "multiple_choice"),
            make_card("q-tf", "true_false"),
            make_card("q-short", "short_answer"),
            make_card("q-cloze", "cloze"),
        )
    return ExportSet(slug=slug, title=title, description="Dates and visits.", cards=tuple(cards))


def edit(question_set: ExportSet, card_id: str, **changes: object) -> ExportSet:
    cards = tuple(replace(c, **changes) if c.id == card_id else c for c in question_set.cards)  # type: ignore[arg-type]
    return replace(question_set, cards=cards)


# --- the real Anki library, for importing what we export -------------------

LOG_KINDS = ("new", "updated", "duplicate", "conflicting", "first_field_match", "missing_notetype", "missing_deck")


def open_collection(path: object):
    from anki.collection import Collection

    return Collection(str(path))


def import_apkg(collection, path: object) -> dict[str, int]:
    """Import an .apkg the way Anki's File › Import does; the log as counts."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    result = collection.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    )
    return {kind: len(getattr(result.log, kind)) for kind in LOG_KINDS}


def import_csv(collection, path: object) -> dict[str, int]:
    """Import a text file with the settings Anki reads from its header lines."""
    from anki.collection import ImportCsvRequest

    metadata = collection.get_csv_metadata(str(path), None)
    result = collection.import_csv(ImportCsvRequest(path=str(path), metadata=metadata))
    return {kind: len(getattr(result.log, kind)) for kind in LOG_KINDS}


def notes_by_guid(collection) -> dict[str, object]:
    return {note.guid: note for note in (collection.get_note(nid) for nid in collection.find_notes(""))}
