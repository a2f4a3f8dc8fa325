"""'Which visit to Bhutan was this for X?' (app.core.questions.ordinals), on made-up articles."""
from __future__ import annotations

from app.core.corpus import parse_article
from app.core.questions import draft_questions


def ordinals_of(text: str) -> list:
    return [q for q in draft_questions([parse_article("a0", text)]) if q.aspect == "ordinal"]


VISIT = """date 2024-05-10
Peruvian President Anna Kessel arrives in Kenya

NAIROBI, Kenya - Peruvian President Anna Kessel landed in Kenya on Tuesday to begin a state visit of three days.

This is Kessel's second official visit to Kenya.
"""


def test_the_count_the_article_gives_the_reported_trip_is_asked() -> None:
    (question,) = ordinals_of(VISIT)
    assert question.prompt == "Which official visit to Kenya was this for Peruvian President Anna Kessel?"
    assert question.answer == "the second"
    assert sorted(question.options) == sorted(["the first", "the second", "the third", "the fourth"])


def test_a_continent_and_a_visit_to_come() -> None:
    text = VISIT.replace("This is Kessel's second official visit to Kenya.",
                         "The trip would be her third visit to the Asian continent since 2020, aides said.")
    (question,) = ordinals_of(text)
    assert question.prompt == "Which visit to the Asian continent will this be for Peruvian President Anna Kessel?"
    assert question.answer == "the third"


def test_someone_elses_or_another_places_first_visit_is_not_asked() -> None:
    other = VISIT.replace("This is Kessel's second official visit to Kenya.",
                          "It recalled Diallo's first visit to Kenya, and her talks.")
    assert ordinals_of(other) == []
    elsewhere = VISIT.replace("second official visit to Kenya", "second official visit to the region")
    assert ordinals_of(elsewhere) == []
