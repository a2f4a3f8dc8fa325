"""Moodle XML: the same questions as GIFT, in Moodle's richer import format.

Question and feedback text is HTML (escaped question text, ``format="html"``);
ElementTree then escapes it once more for XML, which Moodle undoes on import.
Typed answers are plain text. A category per set; types are a registry, and a
type without an entry is asked as a short answer.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from html import escape

from .cards import DEFAULT_PUBLIC_BASE_URL, ExportCard, ExportSet
from .notes import BLANK


def _html(value: str) -> str:
    return escape(value, quote=False).replace("\r\n", "\n").replace("\n", "<br>")


def _text(parent: ET.Element, tag: str, value: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    ET.SubElement(element, "text").text = value
    return element


def _feedback(card: ExportCard, base_url: str) -> str:
    parts = [_html(card.explanation)] if card.explanation else []
    for source in card.sources:
        parts.append(
            f"<blockquote>{_html(source.quote)}</blockquote>"
            f'<a href="{escape(source.url(base_url), quote=True)}">'
            f"Read in the article: {_html(source.article_title)}</a>"
        )
    return "<br>".join(parts)


def _question(card: ExportCard, qtype: str, text_html: str, base_url: str) -> ET.Element:
    question = ET.Element("question", {"type": qtype})
    _text(question, "name", card.id)
    _text(question, "questiontext", text_html, format="html")
    _text(question, "generalfeedback", _feedback(card, base_url), format="html")
    ET.SubElement(question, "defaultgrade").text = "1"
    ET.SubElement(question, "idnumber").text = card.id
    return question


def _answer(question: ET.Element, text: str, fraction: int, fmt: str = "html") -> None:
    _text(question, "answer", text, fraction=str(fraction), format=fmt)


def xml_choices(card: ExportCard, base_url: str) -> ET.Element:
    question = _question(card, "multichoice", _html(card.prompt), base_url)
    for tag, value in (("single", "true"), ("shuffleanswers", "true"), ("answernumbering", "abc")):
        ET.SubElement(question, tag).text = value
    for option in card.options:
        _answer(question, _html(option), 100 if option == card.answer else 0)
    return question


def xml_true_false(card: ExportCard, base_url: str) -> ET.Element:
    question = _question(card, "truefalse", _html(card.prompt), base_url)
    truth = card.answer.strip().lower() == "true"
    _answer(question, "true", 100 if truth else 0, "moodle_auto_format")
    _answer(question, "false", 0 if truth else 100, "moodle_auto_format")
    return question


def _short(card: ExportCard, text_html: str, base_url: str) -> ET.Element:
    question = _question(card, "shortanswer", text_html, base_url)
    ET.SubElement(question, "usecase").text = "0"
    for answer in dict.fromkeys((card.answer, *card.accept)):
        _answer(question, answer, 100, "moodle_auto_format")
    return question


def xml_short_answer(card: ExportCard, base_url: str) -> ET.Element:
    return _short(card, _html(card.prompt), base_url)


def xml_cloze(card: ExportCard, base_url: str) -> ET.Element:
    """A short answer with the blank shown in the text."""
    return _short(card, _html(card.prompt.replace(BLANK, "_____")), base_url)


XmlRenderer = Callable[[ExportCard, str], ET.Element]
XML_RENDERERS: dict[str, XmlRenderer] = {
    "multiple_choice": xml_choices,
    "true_false": xml_true_false,
    "short_answer": xml_short_answer,
    "cloze": xml_cloze,
}


def moodle_xml_text(sets: Iterable[ExportSet], base_url: str = DEFAULT_PUBLIC_BASE_URL) -> str:
    quiz = ET.Element("quiz")
    for question_set in sets:
        category = ET.SubElement(quiz, "question", {"type": "category"})
        _text(category, "category", f"$course$/Factdeck/{question_set.slug}")
        _text(category, "info", _html(question_set.title), format="html")
        for card in question_set.cards:
            quiz.append(XML_RENDERERS.get(card.type, xml_short_answer)(card, base_url))
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"
