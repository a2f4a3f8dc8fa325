"""'How many agreements were signed during X's visit to Y?' (app.core.questions.counts), on made-up articles."""
from __future__ import annotations

from app.core.corpus import parse_article
from app.core.questions import draft_questions


def counts_of(text: str) -> list:
    return [q for q in draft_questions([parse_article("a0", text)]) if q.prompt.startswith("How many") and
            "years" not in q.prompt]


VISIT = """date 2024-05-10
Peruvian President Anna Kessel arrives in Kenya

NAIROBI, Kenya - Peruvian President Anna Kessel arrived in Kenya on Tuesday for a three-day state visit.

The two sides signed six memoranda of understanding during the visit.

Three earlier agreements on fisheries were signed in 2011 and remain in force.
"""


def test_the_count_of_documents_signed_on_the_articles_visit_is_asked_on_its_own() -> None:
    (question,) = counts_of(VISIT)
    assert question.prompt == "How many memoranda of understanding were signed during Peruvian President Anna " \
                              "Kessel's visit to Kenya?"
    assert question.answer == "6" and len(question.options) == 4 and "6" in question.options
    assert "3" not in question.options  # another count the article tells is no wrong option
    assert question.variants == [] or all(not v.prompt.startswith("How many") for v in question.variants)
    visits = [q for q in draft_questions([parse_article("a0", VISIT)]) if q.kind == "visit" and q is not question]
    assert all(question not in v.variants for v in visits)  # a question beside the visit's, not its form


def test_a_tours_count_names_its_stop_or_is_not_asked() -> None:
    tour = """date 2024-05-10
Tour news

Peruvian President Anna Kessel visited Qatar, Bahrain and Oman this week.

Five agreements were signed in all.
"""
    assert counts_of(tour) == []
    named = tour.replace("Five agreements were signed in all.", "Five agreements were signed with Oman.")
    (question,) = counts_of(named)
    assert question.prompt == "How many agreements were signed during Peruvian President Anna Kessel's visit to Oman?"


def test_her_visit_points_back_not_to_a_trip_told_after() -> None:
    text = """Celebrations

The jubilee drew many guests to the capital, and several leaders spoke.

Four MoUs were also signed during her visit.

Peruvian President Anna Kessel will arrive in Dhaka on March 26 on a two-day visit.
"""
    assert counts_of(text) == []
