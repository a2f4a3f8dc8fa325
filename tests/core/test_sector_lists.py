"""Lists of fields the vocabulary knows, told with no phrase that introduces them.

Every sentence here is made up for the test."""
from __future__ import annotations

import pytest

from app.core.corpus import parse_article
from app.core.facts import extract_facts
from app.core.facts.sector_lists import field_lists
from app.core.facts.sectors import is_field_word, is_sector


def areas_of(text: str) -> list[list[str]]:
    return [f.fields["areas"] for f in extract_facts(parse_article("t", text)) if f.kind == "agreement_area"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Key areas include agriculture, mining and renewable energy.", ["agriculture", "mining", "renewable energy"]),
        ("Ministers agreed to expand collaboration in Fisheries, Higher Education and Digital Trade.",
         ["Fisheries", "Higher Education", "Digital Trade"]),
        ("Both sides agreed to work on tourism, logistics and cybersecurity by 2030.",
         ["tourism", "logistics", "cybersecurity"]),
        ("Lorvia and Kessia signed deals worth $2bn in hydrocarbons, ports and aviation.",
         ["hydrocarbons", "ports", "aviation"]),
    ],
)
def test_a_list_of_known_fields_is_read_without_an_introducing_phrase(text: str, expected: list[str]) -> None:
    assert expected in areas_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers of trade, energy and health signed the deal.",  # offices, not fields
        "The sides agreed that tourism and trade had grown since 2019.",  # the subject of a clause
        "Key sectors of the Lorvian economy are agriculture, tourism and fisheries.",  # one economy's
        "After the agreement was signed, the president toured farms, schools and hospitals.",
        "Both sides agreed on identifying sectors for investment, and promoting tourism.",  # a clause
    ],
)
def test_lists_that_are_no_areas_of_cooperation(text: str) -> None:
    assert areas_of(text) == []


def test_the_list_is_bounded_by_its_own_commas_and_closing_and() -> None:
    text = "They will cooperate in textiles, solar energy and banking with Kessia"
    ((items, start, end),) = field_lists(text)
    assert items == ["textiles", "solar energy", "banking"]
    assert text[start:end] == "textiles, solar energy and banking"


def test_a_list_needs_a_closing_and() -> None:
    assert field_lists("They will cooperate in textiles, banking, mining") == []


def test_field_words_meet_across_inflections_and_spellings() -> None:
    assert all(is_field_word(w) for w in ("agricultural", "Fisheries", "economic", "defense", "labor", "oil"))
    assert not any(is_field_word(w) for w in ("investigation", "planning", "ministers", "small"))
    assert is_sector("simplification of visas") and not is_sector("shared priorities")


def test_a_list_that_goes_on_after_an_and_inside_an_item() -> None:
    text = "They agreed to work on trade and investment, tourism and business events, and banking."
    assert areas_of(text) == [["trade", "investment", "tourism", "business events", "banking"]]


def test_after_the_areas_include_half_the_items_may_be_outside_the_vocabulary() -> None:
    text = "The areas include climate resilience, security, people-to-people links and economic growth."
    assert areas_of(text) == [["climate resilience", "security", "people-to-people links", "economic growth"]]
    assert areas_of("The affected areas include Lima, Cusco and the northern valleys.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two governments signed a three-year trade agreement, granting each other status.", [["trade"]]),
        ("They signed a bilateral technological cooperation agreement and a cultural agreement.",
         [["technological", "cultural"]]),
        ("The agreements are related to trade, tourism and security.", [["trade", "tourism", "security"]]),
        ("Cooperation in economy and transport prevailed in talks.", [["economy", "transport"]]),
        ("Both ministers noted the progress in several MoUs, namely on Sports, Tourism and Higher Education.",
         [["Sports", "Tourism", "Higher Education"]]),
    ],
)
def test_agreements_named_by_their_field_and_lists_after_namely(text: str, expected: list[list[str]]) -> None:
    assert areas_of(text) == expected
