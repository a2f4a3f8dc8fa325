"""Timeline and matching questions in Anki notes and in GIFT."""
from __future__ import annotations

import re

from app.core.answers import shuffled
from app.core.export.gift import gift_question
from app.core.export.notes import render
from tests.core.export_factories import make_card

EVENTS = ("Relations established", "Ho Chi Minh <visits>", "Trade ends")
PAIRS = (("Ho Chi Minh", "1957"), ("Pham Van Dong", "1961"), ("Kim Jong Un", "2019"))


def items_of(html: str, tag: str) -> list[list[str]]:
    return [re.findall(r"<li>(.*?)</li>", body) for body in re.findall(rf"<{tag}>(.*?)</{tag}>", html)]


def test_a_timeline_note_shows_the_events_shuffled_and_answers_in_order() -> None:
    card = make_card("t-1", "timeline", prompt="Put these in order.", answer="x", items=EVENTS)
    face = render(card)
    (front,) = items_of(face.options, "ul")
    escaped = [e.replace("<", "&lt;").replace(">", "&gt;") for e in EVENTS]
    assert front == [e.replace("<", "&lt;").replace(">", "&gt;") for e in shuffled(EVENTS, "t-1")] != escaped
    assert items_of(face.answer, "ol") == [escaped]


def test_a_matching_note_shows_both_columns_and_the_pairs() -> None:
    card = make_card("m-1", "matching", prompt="Match each visit to its year.", answer="x", pairs=PAIRS)
    face = render(card)
    lefts, rights = items_of(face.options, "ul")
    assert lefts == [left for left, _ in PAIRS] and sorted(rights) == sorted(r for _, r in PAIRS)
    (answer,) = items_of(face.answer, "ul")
    assert answer == [f"{left} – {right}" for left, right in PAIRS]


def test_gift_writes_matching_natively_and_a_timeline_as_places() -> None:
    matching = gift_question(make_card("m-1", "matching", prompt="Match.", answer="x", pairs=PAIRS))
    assert "=Ho Chi Minh -> 1957" in matching and "=Kim Jong Un -> 2019" in matching
    timeline = gift_question(make_card("t-1", "timeline", prompt="Order.", answer="x", items=EVENTS))
    assert "=Relations established -> 1" in timeline and "=Trade ends -> 3" in timeline
    assert "<visits>" not in timeline  # HTML in text is escaped
