"""'Where was X welcomed on the visit to Y?' (app.core.questions.venues), on made-up articles."""
from __future__ import annotations

from app.core.corpus import parse_article
from app.core.questions import draft_questions
from app.core.questions.checks import answer_supported


def venues_of(text: str) -> list:
    return [q for q in draft_questions([parse_article("a0", text)]) if q.aspect == "venue"]


VISIT = """date 2024-05-10
Peruvian President Anna Kessel arrives in Kenya

NAIROBI, Kenya - Peruvian President Anna Kessel landed in Kenya on Tuesday to begin a state visit of three days.

The Peruvian leader was welcomed with a guard of honour by President Omar Diallo at the Kessia Palace on Wednesday.
"""


def test_where_the_visitor_was_welcomed_is_asked_and_typed_by_its_name() -> None:
    (question,) = venues_of(VISIT)
    assert question.prompt == "Where was Peruvian President Anna Kessel welcomed on the visit to Kenya?"
    assert question.type == "short_answer" and question.answer == "Kessia Palace"
    assert question.accept == ["Kessia"]
    assert answer_supported(question.type, question.prompt, question.answer, [s.quote for s in question.sources])


def test_a_banquet_and_the_start_of_a_visit_say_what_happened_there() -> None:
    banquet = VISIT.replace("The Peruvian leader was welcomed with a guard of honour by President Omar Diallo at",
                            "President Omar Diallo hosted a state banquet for Kessel at")
    (question,) = venues_of(banquet)
    assert question.prompt == "Where was the banquet in honour of Peruvian President Anna Kessel held on the visit " \
                              "to Kenya?"
    began = VISIT.replace("The Peruvian leader was welcomed with a guard of honour by President Omar Diallo at",
                          "Kessel began her state visit at")
    (question,) = venues_of(began)
    assert question.prompt == "Where did Peruvian President Anna Kessel's visit to Kenya begin?"
    buildings = began.replace("at the Kessia Palace on Wednesday", "at the Union Buildings in Nairobi on Wednesday")
    (question,) = venues_of(buildings)
    assert question.answer == "Union Buildings"
    assert question.accept == ["Nairobi"]  # the city it stands in; 'Union' alone names nothing


def test_a_venue_with_no_ceremony_or_no_tie_to_the_visitor_is_not_asked() -> None:
    idle = VISIT.replace("The Peruvian leader was welcomed with a guard of honour by President Omar Diallo at",
                         "Tourists queued for hours outside")
    assert venues_of(idle) == []
    other = VISIT.replace("The Peruvian leader was welcomed", "Ghana's envoy was welcomed")
    assert venues_of(other) == []  # someone else's welcome
