"""Questions as Anki notes: GUIDs, fields, escaping, decks, tags, the renderer registry."""
from __future__ import annotations

import pytest

from app.core.export import notes
from app.core.export.notes import (
    BASIC,
    CLOZE,
    anki_note,
    anki_notes,
    note_guid,
    render,
    render_list,
    type_deck,
)

from .export_factories import make_card, make_set, make_source


def test_guid_derives_from_the_question_id_only() -> None:
    question_set = make_set()
    before = anki_note(question_set, make_card("q-1", prompt="Old wording?"), 0)
    after = anki_note(question_set, make_card("q-1", prompt="New wording?", answer="1954"), 0)
    other = anki_note(question_set, make_card("q-2", prompt="Old wording?"), 0)
    assert before.guid == after.guid == note_guid("q-1")
    assert other.guid != before.guid
    assert before.fields != after.fields


def test_multiple_choice_shows_its_options_on_the_front() -> None:
    note = anki_note(make_set(), make_card("q", "multiple_choice", options=("1945", "1950", "1954")), 0)
    assert note.notetype == BASIC
    assert note.field("Options") == "<ol><li>1945</li><li>1950</li><li>1954</li></ol>"
    assert note.field("Answer") == "1950"


def test_cloze_puts_the_answer_in_place_of_the_blank() -> None:
    note = anki_note(make_set(), make_card("q", "cloze", prompt="Relations began in ____ (January).", answer="1950"), 0)
    assert note.notetype == CLOZE
    assert note.field("Text") == "Relations began in {{c1::1950}} (January)."


def test_a_cloze_answer_cannot_close_its_cloze_or_start_a_hint() -> None:
    face = render(make_card("q", "cloze", prompt="Say ____ now.", answer="a::b}}c"))
    assert face.front.count("}}") == 1 and face.front.count("::") == 1
    assert face.front == "Say {{c1::a&#58;&#58;b&#125;&#125;c}} now."


def test_html_in_question_text_is_escaped() -> None:
    card = make_card(
        "q", "multiple_choice", prompt="Who <script>alert(1)</script> & why?",
        options=("<b>A</b>", "B", "C"), answer="B", explanation="x < y",
        sources=(make_source(quote='He said "<i>no</i>"', article_title="A & B"),),
    )
    note = anki_note(make_set(), card, 0)
    joined = "".join(note.fields)
    assert "<script>" not in joined and "<b>A</b>" not in joined and "<i>" not in joined
    assert note.field("Question") == "Who &lt;script&gt;alert(1)&lt;/script&gt; &amp; why?"
    assert "<li>&lt;b&gt;A&lt;/b&gt;</li>" in note.field("Options")
    assert note.field("Explanation") == "x &lt; y"
    assert note.field("Article") == "A &amp; B"


def test_source_quote_article_and_link_fields() -> None:
    card = make_card("q", sources=(make_source(), make_source(article_id="001_x", start=5, end=9, sentence_index=None)))
    note = anki_note(make_set(), card, 0, base_url="https://factdeck.example/")
    assert "Back in 1950, on January 31" in note.field("Source")
    links = note.field("Link")
    assert 'href="https://factdeck.example/articles/000_2ff08869235f4a8b?hl=1262-1356#s9"' in links
    assert 'href="https://factdeck.example/articles/001_x?hl=5-9"' in links


def test_tags_name_the_set_type_articles_and_fact_kind_when_known() -> None:
    card = make_card("q", "true_false", sources=(make_source(), make_source(), make_source(article_id="b")))
    assert anki_note(make_set(), card, 0).tags == (
        "set::basics", "type::true_false", "article::000_2ff08869235f4a8b", "article::b",
    )
    kind = anki_note(make_set(), make_card("q", fact_kind="visit"), 0)
    assert "kind::visit" in kind.tags


def test_one_deck_per_set_and_a_subdeck_per_question_type() -> None:
    question_set = make_set(title="Vietnam :: DPRK")
    decks = {note.deck for note in anki_notes([question_set])}
    assert decks == {
        "Factdeck::Vietnam : DPRK::Multiple choice",
        "Factdeck::Vietnam : DPRK::True or false",
        "Factdeck::Vietnam : DPRK::Short answer",
        "Factdeck::Vietnam : DPRK::Cloze",
    }
    assert type_deck(question_set, "some_new_type") == "Factdeck::Vietnam : DPRK::Some new type"


def test_a_type_the_registry_does_not_know_falls_back_to_prompt_and_answer() -> None:
    note = anki_note(make_set(), make_card("q", "essay", prompt="Order these", answer="A then B", options=("B", "A")), 0)
    assert note.notetype == BASIC
    assert note.field("Question") == "Order these"
    assert note.field("Options") == ""
    assert note.field("Answer") == "A then B"


def test_adding_a_type_is_one_registry_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(notes.RENDERERS, "timeline", render_list)
    card = make_card("q", "timeline", prompt="Put in order", answer="1950 relations\n1957 visit", options=("1957 visit", "1950 relations"))
    note = anki_note(make_set(), card, 0)
    assert note.field("Options") == "<ul><li>1957 visit</li><li>1950 relations</li></ul>"
    assert note.field("Answer") == "<ol><li>1950 relations</li><li>1957 visit</li></ol>"
