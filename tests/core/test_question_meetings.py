"""'Which summit did X attend on the visit to Y?' (app.core.questions.meetings), on made-up articles."""
from __future__ import annotations

import pytest

from app.core.corpus import parse_article
from app.core.questions import draft_questions
from app.core.questions.meetings import meeting_in


def meetings_of(text: str) -> list:
    return [q for q in draft_questions([parse_article("a0", text)]) if q.aspect == "meeting"]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Kessel attended the 12th Coral Sea Leaders Meeting (CSLM12) in Honiara.",
     ("the Coral Sea Leaders Meeting", "meeting", "attend")),
    ("On Monday she is to address the annual General Assembly of the Kessian River Commission, aides said.",
     ("the General Assembly of the Kessian River Commission", "meeting", "address")),
    ("Both leaders spoke to reporters ahead of the two-day Kessia Summit in Lima.",
     ("the Kessia Summit", "summit", "ahead")),
    ("Her trip leads up to an Andean Nations summit in June.", None),  # 'leads up to' is no cue of ours
    ("Her trip is leading up to an Andean Nations summit in June.", ("the Andean Nations summit", "summit", "ahead")),
    ("She attended the meeting of ministers.", None),  # no name
    ("He attended a dinner at the Summit Hotel.", None),
])
def test_a_named_meeting_after_a_verb_of_attending_or_ahead_of(sentence: str, found: tuple | None) -> None:
    assert meeting_in(sentence) == found


VISIT = """date 2024-05-10
Peruvian President Anna Kessel arrives in Kenya

NAIROBI, Kenya - Peruvian President Anna Kessel landed in Kenya on Tuesday to begin a state visit of three days.

Kessel attended the 4th Rift Valley Leaders Summit in Nairobi on Wednesday.
"""


def test_the_meeting_of_the_reported_trip_is_asked_with_unnamed_meetings_as_wrong_options() -> None:
    (question,) = meetings_of(VISIT)
    assert question.prompt == "Which summit did Peruvian President Anna Kessel attend on the visit to Kenya?"
    assert question.answer == "the Rift Valley Leaders Summit"  # no ordinal to tell it from the options
    assert len(set(question.options)) == 4 and question.answer in question.options
    assert all(option.endswith("Summit") for option in question.options)  # the same kind of meeting
    visits = [q for q in draft_questions([parse_article("a0", VISIT)]) if q.kind == "visit" and q is not question]
    assert all(question not in v.variants for v in visits)


def test_a_meeting_the_article_names_is_no_wrong_option() -> None:
    text = VISIT + "\nShe had met Omar Diallo at the last BRICS Summit and the G7 Summit.\n"
    (question,) = meetings_of(text)
    assert not {"the BRICS Summit", "the G7 Summit"} & set(question.options)


def test_on_a_tour_the_meeting_belongs_to_the_stop_its_sentence_names() -> None:
    tour = """date 2024-05-10
Anna Kessel visits Kenya and Ghana

Peruvian President Anna Kessel visited Kenya and Ghana this week.

In Accra, Ghana, Kessel attended the Gold Coast Leaders Summit.
"""
    (question,) = meetings_of(tour)
    assert question.prompt.endswith("on the visit to Ghana?")
    unnamed = tour.replace("In Accra, Ghana, Kessel", "Kessel")
    assert meetings_of(unnamed) == []  # which stop's meeting? the sentence does not say


def test_a_meeting_still_to_come_is_asked_in_the_future_and_a_past_trips_plan_as_due() -> None:
    due = VISIT.replace("Kessel attended the 4th", "Kessel is scheduled to address the 4th")
    (question,) = meetings_of(due)  # the trip is over: what she was to do, not what she did
    assert question.prompt == "Which summit was Peruvian President Anna Kessel due to address on the visit to Kenya?"
    planned = due.replace("landed in Kenya on Tuesday to begin", "will land in Kenya next week to begin")
    (question,) = meetings_of(planned)
    assert question.prompt == "Which summit will Peruvian President Anna Kessel address on the visit to Kenya?"


def test_a_visit_that_follows_a_summit_says_so() -> None:
    text = VISIT.replace("Kessel attended the 4th Rift Valley Leaders Summit in Nairobi on Wednesday.",
                         "Her visit follows her participation in the Rift Valley Leaders Summit held in Mombasa.")
    (question,) = meetings_of(text)
    assert question.prompt == "Peruvian President Anna Kessel's visit to Kenya came after which summit?"


def test_a_meeting_named_after_the_country_visited_is_not_asked() -> None:
    text = VISIT.replace("the 4th Rift Valley Leaders Summit", "the 4th Peru-Kenya Leaders Summit")
    assert meetings_of(text) == []  # 'on the visit to Kenya' gives it away


def test_wrong_meetings_come_from_the_visits_part_of_the_world_first() -> None:
    (question,) = meetings_of(VISIT)
    from app.core.questions.meetings import _meetings
    where = dict(_meetings())
    wrong = [o.removeprefix("the ") for o in question.options if o != question.answer]
    assert all("africa" in where[w] for w in wrong)  # Kenya: African meetings, not the Summit of the Americas


def test_the_meeting_of_an_earlier_trip_is_not_asked_of_the_trip_reported() -> None:
    earlier = VISIT.replace("Kessel attended the 4th Rift Valley Leaders Summit in Nairobi on Wednesday.",
                            "Kessel last visited Kenya in 2019, when she attended the 4th Rift Valley Leaders Summit in Nairobi.")
    assert meetings_of(earlier) == []


def test_a_trip_told_as_last_years_is_no_stop_of_the_tour_reported() -> None:
    text = ("Kessel tours the Pacific\n\nPeruvian President Anna Kessel will visit Fiji, Tonga and Samoa this week.\n\n"
            "She also travelled to Tuvalu last year, where she opened an embassy.\n")
    (tour,) = [q for q in draft_questions([parse_article("a0", text)]) if "NOT a stop" in q.prompt]
    assert "Tuvalu" not in tour.explanation and "Tuvalu" not in tour.options
