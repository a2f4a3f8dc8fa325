"""'What was the total value of the deals signed during X's visit to Y?' (app.core.questions.sums),
on made-up articles."""
from __future__ import annotations

import re

from app.core.corpus import parse_article
from app.core.questions import draft_questions


def sums_of(text: str) -> list:
    return [q for q in draft_questions([parse_article("a0", text)]) if q.prompt.startswith("What was the total value")]


VISIT = """date 2024-05-10
Peruvian President Anna Kessel arrives in Kenya

NAIROBI, Kenya - Peruvian President Anna Kessel landed in Kenya on Tuesday to begin a state visit of three days.

The two sides signed several agreements, including memoranda on mining, valued at $12.5 billion during the visit.

Bilateral trade reached $3 billion last year.
"""


def test_the_value_of_a_visits_signing_is_asked_as_the_article_writes_it() -> None:
    (question,) = sums_of(VISIT)
    assert question.prompt == ("What was the total value of the agreements signed during Peruvian President Anna "
                               "Kessel's visit to Kenya?")
    assert question.answer == "$12.5 billion" and question.answer in question.options
    assert len(set(question.options)) == 4
    # wrong options keep the currency, the scale and the decimals, and only change the number
    assert all(re.fullmatch(r"\$\d+\.\d billion", option) for option in question.options)
    assert "$3 billion" not in question.options
    amounts = [float(re.search(r"[\d.]+", option).group()) for option in question.options]
    assert amounts == sorted(amounts)  # smallest first
    others = [a for a in amounts if a != 12.5]
    assert not any((a / 12.5).is_integer() or (12.5 / a).is_integer() for a in others)  # no plain multiples
    assert "12.5 billion" in question.explanation and "visit to Kenya" in question.explanation
    visits = [q for q in draft_questions([parse_article("a0", VISIT)]) if q.kind == "visit" and q is not question]
    assert all(question not in v.variants for v in visits)  # a question beside the visit's


def test_trade_figures_and_sums_of_unclear_signings_are_not_asked() -> None:
    trade = VISIT.replace("signed several agreements, including memoranda on mining, valued at $12.5 billion",
                          "discussed trade worth $12.5 billion")
    assert sums_of(trade) == []  # no signing
    tour = """date 2024-05-10
Tour news

Peruvian President Anna Kessel visited Qatar, Bahrain and Oman this week.

Deals worth $4 billion were signed in all.
"""
    assert sums_of(tour) == []  # which stop's deals? the sentence does not say
    named = tour.replace("Deals worth $4 billion were signed in all.", "Deals worth $4 billion were signed with Oman.")
    (question,) = sums_of(named)
    assert question.prompt == "What was the total value of the deals signed during Peruvian President Anna Kessel's " \
                              "visit to Oman?"
    assert question.answer == "$4 billion"


def test_a_planned_signing_is_not_asked_as_done() -> None:
    planned = VISIT.replace("The two sides signed", "The two sides will sign").replace("valued at", "expected to be "
                                                                                       "valued at")
    assert sums_of(planned) == []


def test_a_sum_written_after_its_number_keeps_its_words() -> None:
    text = VISIT.replace("valued at $12.5 billion", "worth 40 million euros")
    (question,) = sums_of(text)
    assert question.answer == "40 million euros"
    assert all(re.fullmatch(r"\d+ million euros", option) for option in question.options)
