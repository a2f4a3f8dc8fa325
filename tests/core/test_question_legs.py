"""'Which country was the first stop of X's tour?' (app.core.questions.legs), on made-up articles."""
from __future__ import annotations

from app.core.corpus import parse_article
from app.core.questions import draft_questions


def legs_of(text: str) -> list:
    return [q for q in draft_questions([parse_article("a0", text)]) if q.aspect == "leg"]


TOUR = """date 2024-05-10
Peruvian President Anna Kessel tours West Africa

Peruvian President Anna Kessel flew on Monday to Accra, her first stop on a tour of the region.

She will go on to Togo and Benin later in the week.
"""


def test_the_first_stop_of_a_tour_is_asked_with_the_other_stops_as_wrong_options() -> None:
    (question,) = legs_of(TOUR)
    assert question.prompt == "Which country was the first stop of Peruvian President Anna Kessel's tour?"
    assert question.answer == "Ghana"  # the city's country
    assert {"Togo", "Benin"} <= set(question.options) and len(set(question.options)) == 4
    assert "Peru" not in question.options  # the visitor's home is no stop


def test_a_leg_sentence_naming_two_stops_or_none_is_not_asked() -> None:
    two = TOUR.replace("to Accra, her first stop", "to Accra and Lome, her first stops")
    assert legs_of(two) == []
    none = TOUR.replace("flew on Monday to Accra, her first stop on a tour of the region.",
                        "flew on Monday to Accra.\n\nThat was her first stop on a tour of the region.")
    assert legs_of(none) == []


def test_the_last_leg_is_asked_as_the_last_stop() -> None:
    text = """date 2024-05-10
Peruvian President Anna Kessel tours West Africa

Peruvian President Anna Kessel visited Ghana and Togo this week.

Her visit to Benin on Friday was the final leg of her trip.
"""
    (question,) = legs_of(text)
    assert question.prompt == "Which country was the last stop of Peruvian President Anna Kessel's trip?"
    assert question.answer == "Benin" and {"Ghana", "Togo"} <= set(question.options)
