"""Export through the app: download routes, the CLI, and the real Anki importer."""
from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.core.bank import parse_bank
from app.core.export.csv_export import csv_guid
from app.core.export.notes import note_guid
from app.extensions import db
from app.models import Article, Question, QuestionSet
from app.services.content import store_bank

from .conftest import NOW, QUESTIONS_DIR, AuthActions, make_app, make_user
from .core.export_factories import import_apkg, import_csv, notes_by_guid

SLUG = "vietnam-dprk-basics"

pytest.importorskip("anki", reason="the real Anki library is in the 'test' extra")


@pytest.fixture
def seeded_client(seeded_app: Flask) -> FlaskClient:
    """A student's browser: downloads need an account (see test_export_access.py)."""
    make_user(seeded_app, "reader")
    client = seeded_app.test_client()
    AuthActions(client).login("reader")
    return client


def questions_in_db(app: Flask, slug: str = SLUG) -> dict[str, Question]:
    """The questions of one set (questions/ holds several)."""
    with app.app_context():
        rows = db.session.query(Question).join(Question.question_set).filter(QuestionSet.slug == slug).all()
        return {row.id: row for row in rows}


def edit_question(app: Flask, question_id: str, *, prompt: str, later: timedelta) -> None:
    """Edit one question the way a teacher does: change its bank and load it again."""
    with app.app_context():
        texts = {row.id: row.text for row in db.session.query(Article)}
        path = QUESTIONS_DIR / f"{SLUG}.yaml"
        bank = parse_bank(path.read_text(encoding="utf-8"), path.name, texts)
        questions = tuple(
            dataclasses.replace(q, prompt=prompt) if q.id == question_id else q for q in bank.questions
        )
        store_bank(dataclasses.replace(bank, questions=questions), now=NOW + later)
        db.session.commit()


def download(client: FlaskClient, url: str, tmp_path: Path, name: str) -> Path:
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    path = tmp_path / name
    path.write_bytes(response.data)
    return path


def test_the_set_page_offers_the_downloads(seeded_client: FlaskClient) -> None:
    page = seeded_client.get(f"/sets/{SLUG}").get_data(as_text=True)
    assert "Export" in page
    for url in (f"/sets/{SLUG}/export.apkg", f"/sets/{SLUG}/export.csv", f"/sets/{SLUG}/export.gift",
                f"/sets/{SLUG}/export.xml", "/export/all-sets.apkg"):
        assert f'href="{url}"' in page


@pytest.mark.parametrize(
    ("url", "mimetype", "filename"),
    [
        (f"/sets/{SLUG}/export.apkg", "application/apkg", f"factdeck-{SLUG}.apkg"),
        (f"/sets/{SLUG}/export.csv", "text/csv", f"factdeck-{SLUG}.csv"),
        (f"/sets/{SLUG}/export.gift", "text/plain", f"factdeck-{SLUG}.gift"),
        (f"/sets/{SLUG}/export.xml", "application/xml", f"factdeck-{SLUG}.xml"),
        ("/export/all-sets.apkg", "application/apkg", "factdeck-all-sets.apkg"),
    ],
)
def test_downloads_are_attachments(seeded_client: FlaskClient, url: str, mimetype: str, filename: str) -> None:
    response = seeded_client.get(url)
    assert response.status_code == 200
    assert response.mimetype == mimetype
    assert response.headers["Content-Disposition"] == f'attachment; filename="{filename}"'


@pytest.mark.parametrize("url", ["/sets/no-such-set/export.apkg", "/sets/no-such-set/export.gift",
                                 f"/sets/{SLUG}/export.pdf"])
def test_unknown_sets_and_formats_are_not_found(seeded_client: FlaskClient, url: str) -> None:
    assert seeded_client.get(url).status_code == 404


def test_the_apkg_holds_one_note_per_question(
    seeded_app: Flask, seeded_client: FlaskClient, tmp_path: Path, collection
) -> None:
    questions = questions_in_db(seeded_app)
    log = import_apkg(collection, download(seeded_client, f"/sets/{SLUG}/export.apkg", tmp_path, "set.apkg"))
    assert log["new"] == len(questions) == collection.note_count()
    assert log["conflicting"] == 0
    assert collection.card_count() == len(questions)  # one card each, cloze included
    notes = notes_by_guid(collection)
    assert set(notes) == {note_guid(qid) for qid in questions}

    note = notes[note_guid("basics-1950-relations")]
    assert note["Question"] == "In which year did Vietnam and the DPRK establish diplomatic relations?"
    assert note["Answer"] == "1950"
    assert "Back in 1950, on January 31" in note["Source"]
    # The stored text of the link uses the configured base (default 127.0.0.1:5000).
    assert 'href="http://127.0.0.1:5000/articles/000_2ff08869235f4a8b?hl=1262-1356#s' in note["Link"]
    assert "type::multiple_choice" in note.tags and f"set::{SLUG}" in note.tags
    assert "article::000_2ff08869235f4a8b" in note.tags and "article::001_910b8ce4e4c90f62" in note.tags

    cloze_ids = [qid for qid, q in questions.items() if q.type == "cloze"]
    assert cloze_ids
    for qid in cloze_ids:
        cloze = notes[note_guid(qid)]
        assert cloze.note_type()["type"] == 1 and "{{c1::" in cloze["Text"]
        assert len(cloze.cards()) == 1


def test_the_link_points_at_the_highlighted_sentence(seeded_client: FlaskClient, tmp_path: Path, collection) -> None:
    import_apkg(collection, download(seeded_client, f"/sets/{SLUG}/export.apkg", tmp_path, "set.apkg"))
    link = notes_by_guid(collection)[note_guid("basics-1950-relations")]["Link"]
    path = link.split('href="http://127.0.0.1:5000', 1)[1].split('"', 1)[0]
    page = seeded_client.get(path.split("#")[0])
    assert page.status_code == 200
    sentence = path.split("#")[1]
    assert f'id="{sentence}"' in page.get_data(as_text=True)


def test_the_public_base_url_is_configurable(tmp_path: Path) -> None:
    from app.services.content import seed_corpus

    from .conftest import SEEDS_DIR

    app = make_app(tmp_path, PUBLIC_BASE_URL="https://factdeck.example.org/")
    with app.app_context():
        seed_corpus(SEEDS_DIR, QUESTIONS_DIR, now=NOW)
    make_user(app, "reader")
    client = app.test_client()
    AuthActions(client).login("reader")
    text = client.get(f"/sets/{SLUG}/export.csv").get_data(as_text=True)
    assert "https://factdeck.example.org/articles/000_2ff08869235f4a8b?hl=1262-1356#s" in text
    assert "127.0.0.1" not in text
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_downloads_are_hermetic(seeded_client: FlaskClient) -> None:
    first = seeded_client.get(f"/sets/{SLUG}/export.apkg").data
    assert seeded_client.get(f"/sets/{SLUG}/export.apkg").data == first


def test_an_edited_set_reimports_in_place(
    seeded_app: Flask, seeded_client: FlaskClient, tmp_path: Path, collection
) -> None:
    count = len(questions_in_db(seeded_app))
    first = download(seeded_client, f"/sets/{SLUG}/export.apkg", tmp_path, "v1.apkg")
    assert import_apkg(collection, first)["new"] == count

    edit_question(seeded_app, "basics-1950-relations", prompt="When were diplomatic relations established?",
                  later=timedelta(hours=1))
    second = download(seeded_client, f"/sets/{SLUG}/export.apkg", tmp_path, "v2.apkg")
    assert second.read_bytes() != first.read_bytes()
    log = import_apkg(collection, second)
    assert log["new"] == 0 and log["conflicting"] == 0 and log["first_field_match"] == 0
    assert log["updated"] + log["duplicate"] == count
    assert log["updated"] == 1, "only the edited question's note changes; the others stay as they were"
    assert collection.note_count() == count and collection.card_count() == count
    note = notes_by_guid(collection)[note_guid("basics-1950-relations")]
    assert note["Question"] == "When were diplomatic relations established?"

    # Importing the same file again: nothing new, nothing changed.
    again = import_apkg(collection, second)
    assert again["duplicate"] == count and again["updated"] == again["new"] == 0


def test_the_csv_imports_through_ankis_text_importer(
    seeded_app: Flask, seeded_client: FlaskClient, tmp_path: Path, collection
) -> None:
    questions = questions_in_db(seeded_app)
    log = import_csv(collection, download(seeded_client, f"/sets/{SLUG}/export.csv", tmp_path, "set.csv"))
    assert log["new"] == len(questions) == collection.note_count()
    assert log["missing_notetype"] == log["missing_deck"] == log["conflicting"] == 0
    notes = notes_by_guid(collection)
    assert set(notes) == {csv_guid(qid) for qid in questions}
    for qid, question in questions.items():
        expected = "Cloze" if question.type == "cloze" else "Basic"
        assert notes[csv_guid(qid)].note_type()["name"] == expected


def test_the_gift_file_holds_every_question(seeded_app: Flask, seeded_client: FlaskClient) -> None:
    text = seeded_client.get(f"/sets/{SLUG}/export.gift").get_data(as_text=True)
    assert text.startswith(f"// Vietnam and the DPRK: the basics\n$CATEGORY: $course$/Factdeck/{SLUG}\n")
    for qid in questions_in_db(seeded_app):
        assert f"\n::{qid}::[html]" in text


def test_the_moodle_xml_file_holds_every_question(seeded_app: Flask, seeded_client: FlaskClient) -> None:
    import xml.etree.ElementTree as ET

    root = ET.fromstring(seeded_client.get(f"/sets/{SLUG}/export.xml").data)
    names = [q.findtext("name/text") for q in root.iter("question") if q.get("type") != "category"]
    assert sorted(names) == sorted(questions_in_db(seeded_app))


def test_the_all_sets_package_has_a_deck_per_set(
    seeded_app: Flask, seeded_client: FlaskClient, tmp_path: Path, collection
) -> None:
    with seeded_app.app_context():
        titles = [row.title for row in db.session.query(QuestionSet)]
        total = db.session.query(Question).count()
    assert len(titles) >= 2
    log = import_apkg(collection, download(seeded_client, "/export/all-sets.apkg", tmp_path, "all.apkg"))
    assert log["new"] == total
    names = {d.name for d in collection.decks.all_names_and_ids()}
    for title in titles:
        assert f"Factdeck::{title}" in names


# The command line ------------------------------------------------------------


def test_cli_exports_a_set_to_apkg(seeded_app: Flask, seeded_client: FlaskClient, tmp_path: Path,
                                    collection) -> None:
    output = tmp_path / "out.apkg"
    result = seeded_app.test_cli_runner().invoke(args=["export", "anki", SLUG, "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert f"Wrote {output}" in result.output
    assert output.read_bytes() == seeded_client.get(f"/sets/{SLUG}/export.apkg").data
    assert import_apkg(collection, output)["new"] == len(questions_in_db(seeded_app))


def test_cli_exports_all_sets(seeded_app: Flask, seeded_client: FlaskClient, tmp_path: Path) -> None:
    output = tmp_path / "all.apkg"
    result = seeded_app.test_cli_runner().invoke(args=["export", "anki", "--all", "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert output.read_bytes() == seeded_client.get("/export/all-sets.apkg").data


@pytest.mark.parametrize("fmt", ["csv", "gift", "xml"])
def test_cli_exports_csv_and_gift(seeded_app: Flask, tmp_path: Path, fmt: str) -> None:
    output = tmp_path / f"out.{fmt}"
    result = seeded_app.test_cli_runner().invoke(
        args=["export", fmt, SLUG, "-o", str(output), "--base-url", "https://x.example"]
    )
    assert result.exit_code == 0, result.output
    text = output.read_text(encoding="utf-8")
    assert "basics-1950-relations" in text or csv_guid("basics-1950-relations") in text
    assert "https" in text and "x.example/articles/" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "anki", "no-such-set", "-o", "x.apkg"], "no question set 'no-such-set'"),
        (["export", "gift", "no-such-set", "-o", "x.gift"], "no question set 'no-such-set'"),
        (["export", "anki", "-o", "x.apkg"], "name one set, or give --all"),
        (["export", "anki", SLUG, "--all", "-o", "x.apkg"], "name one set, or give --all"),
    ],
)
def test_cli_refuses_unknown_sets_and_ambiguous_requests(
    seeded_app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = seeded_app.test_cli_runner().invoke(args=args)
    assert result.exit_code != 0
    assert message in result.output
    assert not (tmp_path / args[-1]).exists()
