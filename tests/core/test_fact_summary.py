from __future__ import annotations

import pytest

from app.core.fact_summary import describe_fact, format_when


@pytest.mark.parametrize(
    ("when", "text"),
    [("1957", "1957"), ("1957-07", "July 1957"), ("1950-01-31", "31 January 1950"),
     ("1964/1969", "1964 – 1969"), ("--10-09/--10-11", "9 October – 11 October"), ("--10", "October"), ("", "")],
)
def test_format_when(when: str, text: str) -> None:
    assert format_when(when) == text


def test_describe_each_kind() -> None:
    assert describe_fact("visit", {"visitor": "Ho Chi Minh", "destination": "DPRK", "when": "1957"}) == "Visit by Ho Chi Minh to DPRK (1957)"
    assert describe_fact("anniversary", {"number": 80, "subject": "the August Revolution"}) == "80th anniversary of the August Revolution"
    assert describe_fact("anniversary", {"number": 11, "subject": "x", "year": 2001}) == "11th anniversary of x (2001)"
    assert describe_fact("date", {"when": "1950-01-31", "event": "diplomatic relations established"}) == "31 January 1950: diplomatic relations established"
    assert describe_fact("agreement_area", {"areas": ["culture", "sports"]}) == "Cooperation in culture, sports"
