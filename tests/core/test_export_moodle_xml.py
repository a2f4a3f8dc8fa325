"""Moodle XML: well-formed, one <question> per card, text escaped once for HTML."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from app.core.export import moodle_xml
from app.core.export.moodle_xml import moodle_xml_text

from .export_factories import make_card, make_set


def parse(sets) -> ET.Element:
    return ET.fromstring(moodle_xml_text(sets, "https://factdeck.example"))


def by_name(root: ET.Element) -> dict[str, ET.Element]:
    return {q.findtext("name/text"): q for q in root.iter("question") if q.get("type") != "category"}


def test_every_card_is_a_question_in_its_sets_category() -> None:
    root = parse([make_set(), make_set(make_card("other"), slug="more", title="More")])
    kinds = [(q.get("type"), q.findtext("name/text") or q.findtext("category/text")) for q in root]
    assert kinds == [
        ("category", "$course$/Factdeck/basics"), ("multichoice", "q-mc"), ("truefalse", "q-tf"),
        ("shortanswer", "q-short"), ("shortanswer", "q-cloze"),
        ("category", "$course$/Factdeck/more"), ("multichoice", "other"),
    ]


def test_answers_and_fractions() -> None:
    questions = by_name(parse([make_set()]))
    mc = [(a.get("fraction"), a.findtext("text")) for a in questions["q-mc"].findall("answer")]
    assert mc == [("0", "1945"), ("100", "1950"), ("0", "1954")]
    tf = [(a.get("fraction"), a.findtext("text")) for a in questions["q-tf"].findall("answer")]
    assert tf == [("100", "true"), ("0", "false")]
    short = [a.findtext("text") for a in questions["q-short"].findall("answer")]
    assert short == ["January 31", "31 January"]
    assert questions["q-cloze"].findtext("questiontext/text") == "Vietnam and the DPRK established relations in _____."


def test_text_is_html_escaped_and_feedback_links_the_sentence() -> None:
    card = make_card("q", prompt="Is <script>x</script> & y?", explanation="a < b")
    question = by_name(parse([make_set(card)]))["q"]
    assert question.find("questiontext").get("format") == "html"
    assert question.findtext("questiontext/text") == "Is &lt;script&gt;x&lt;/script&gt; &amp; y?"
    feedback = question.findtext("generalfeedback/text")
    assert feedback.startswith("a &lt; b<br><blockquote>Back in 1950")
    assert '<a href="https://factdeck.example/articles/000_2ff08869235f4a8b?hl=1262-1356#s9">' in feedback


def test_unknown_types_are_short_answers_and_the_registry_takes_new_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    card = make_card("q", "matching", prompt="Match", answer="A-1", sources=())
    assert by_name(parse([make_set(card)]))["q"].get("type") == "shortanswer"
    monkeypatch.setitem(moodle_xml.XML_RENDERERS, "matching", lambda c, _b: ET.Element("question", {"type": "matching"}))
    assert [q.get("type") for q in parse([make_set(card)])] == ["category", "matching"]


def test_the_same_sets_give_the_same_text() -> None:
    assert moodle_xml_text([make_set()]) == moodle_xml_text([make_set()])
