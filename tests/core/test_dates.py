"""Dates (app.core.facts.dates): months without a year, their year, and relative days."""
from __future__ import annotations

import datetime as dt

import pytest

from app.core.corpus import parse_article
from app.core.facts import extract_facts
from app.core.facts.dates import Cal, DateContext, find_dates


def found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.iso()) for m in find_dates(text)]


def resolved(text: str, dateline: dt.date | None = None, **context: object) -> list[str | None]:
    ctx = DateContext(dateline=dateline, **context)
    mentions = find_dates(text)
    year = next((m.first.year for m in mentions if m.kind == "absolute" and m.has_year), None)
    return [ctx.resolve(m, text, year) for m in mentions]


# --- a month on its own -----------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers will meet again at a forum in mid-December.", [("mid-December", "--12")]),
        ("Ties have warmed since April, officials say.", [("April", "--04")]),
        ("After a summit in January, trade resumed.", [("January", "--01")]),
        ("The plan is due by early March.", [("early March", "--03")]),
        ("Talks held in late-June went well.", [("late-June", "--06")]),
        ("The port will open at the end of Sept. as planned.", [("Sept.", "--09")]),
    ],
)
def test_a_month_after_a_time_cue_is_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The president may visit the capital soon.",  # a verb, lower case
        "May we begin the talks now?",  # a verb at the start
        "The report was written by April Smith for the ministry.",  # a first name
        "Funds came from June Lee and her partners.",
        "It marks 80 years since the August Revolution.",  # part of a name
        "The March agreement set new quotas.",  # no cue
        "Troops march to the border each year.",
    ],
)
def test_a_month_name_without_a_cue_or_inside_a_name_is_not_a_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_month_with_a_year_or_a_day_is_read_whole() -> None:
    assert found("Talks began in March 2019 in the capital.") == [("March 2019", "2019-03")]
    assert found("They met in May 5 talks.")[0][1] == "--05-05"


# --- the year of a date told without one ------------------------------------------

@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("Relations have improved since April.", dt.date(2021, 12, 7), ["2021-04"]),
        ("The summit was held in November.", dt.date(2022, 2, 10), ["2021-11"]),  # after the article: last year
        ("The leaders will meet again in March.", dt.date(2021, 12, 20), ["2022-03"]),  # a plan: next year
        ("The minister will arrive on 5 January.", dt.date(2021, 12, 20), ["2022-01-05"]),
        ("The envoy visited last March.", dt.date(2023, 5, 18), ["2023-03"]),
        ("The envoy visited last June.", dt.date(2023, 5, 18), ["2022-06"]),
        ("A new round is planned for next February.", dt.date(2023, 5, 18), ["2024-02"]),
    ],
)
def test_a_month_takes_its_year_from_the_date_line(text: str, dateline: dt.date, expected: list[str]) -> None:
    assert resolved(text, dateline) == expected


def test_a_month_without_a_year_or_a_date_line_stays_yearless() -> None:
    assert resolved("The summit in mid-December will be the first.") == ["--12"]


def test_a_year_from_another_clause_of_the_sentence_is_carried_over() -> None:
    assert resolved("In 2019 the two sides met on 5 May and again on 3 June.") == ["2019", "2019-05-05", "2019-06-03"]


def test_a_year_after_since_is_not_carried_to_another_clause() -> None:
    text = "Lee, who had been minister since 2019, was sworn in as leader on 2 May."
    assert resolved(text, dt.date(2024, 5, 12)) == ["2019", "2024-05-02"]
    assert resolved(text) == ["2019", "--05-02"]


def test_a_month_before_the_last_month_told_does_not_take_its_year() -> None:
    # "In June 2017 …" then "in January": which January the text does not say.
    context = {"recent_year": 2017, "last": Cal(2017, 6)}
    assert resolved("After a summit in January, ties were restored.", **context) == ["--01"]
    assert resolved("On 5 July, ties were restored.", **context) == ["2017-07-05"]


# --- relative days ---------------------------------------------------------------

THURSDAY = dt.date(2020, 1, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The office announced on Wednesday that “the visit will deepen ties.”", "2020-01-08"),  # past; the quote has its own tense
        ("The minister will arrive on Saturday.", "2020-01-11"),
        ("He spoke last Thursday.", "2020-01-02"),  # "last Thursday" is not today
        ("They will meet next Thursday.", "2020-01-16"),
        ("He arrived on Thursday.", "2020-01-09"),
        ("The talks ended yesterday.", "2020-01-08"),
    ],
)
def test_weekdays_resolve_against_the_date_line(text: str, expected: str) -> None:
    assert resolved(text, THURSDAY) == [expected]


def test_last_week_is_the_whole_week_before() -> None:
    assert resolved("The deal was signed last week.", THURSDAY) == ["2019-12-30/2020-01-05"]


def test_a_relative_day_glossed_by_a_date_in_brackets_is_left_to_the_date() -> None:
    assert found("The visit ended yesterday (July 21) in the capital.") == [("July 21", "--07-21")]
    assert [iso for _, iso in found("They met on Sunday (Oct 22) for talks.")] == ["--10-22"]


def test_a_day_and_month_with_last_year_is_one_date() -> None:

    text = "date 2023-02-08 She was sworn in on Nov 24 last year after the vote."
    dates = [f.fields["when"] for f in extract_facts(parse_article("t", text)) if f.kind == "date"]
    assert dates == ["2022-11-24"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("This year's fair in March will be held in Brandolo.", [("2023-03", "This year's fair will be held in Brandolo")]),
        ("Last year's fair in May drew crowds.", [("2022-05", "Last year's fair drew crowds")]),
        ("Last year's fair drew crowds.", [("2022", "fair drew crowds")]),
        ("Talks are set for 19 May, ahead of the fair next year.",
         [("2023-05-19", "Talks are set for"), ("2024", "ahead of the fair")]),
    ],
)
def test_this_years_month_is_one_date_of_that_year(sentence: str, expected: list[tuple[str, str]]) -> None:
    text = f"date 2023-02-08 Lorvia notes. {sentence}"
    dates = [(f.fields["when"], f.fields["event"]) for f in extract_facts(parse_article("t", text))
             if f.kind == "date"]
    assert dates == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They cited the historic 1947 resolution on the border.", ["1947"]),
        ("A 1998 treaty ended the dispute.", ["1998"]),
        ("They sent the 2000 troops home.", []),
    ],
)
def test_a_year_that_names_the_event_after_it(text: str, expected: list[str]) -> None:

    assert [f.fields["when"] for f in extract_facts(parse_article("t", text)) if f.kind == "date"] == expected


def test_a_year_after_a_chronologys_bullet_is_a_date() -> None:
    assert [iso for _, iso in found("- 1963 - Lorvia and Kessia reach a border agreement.")] == ["1963"]
    assert found("The ministers met - 1963 was a good year.") == []


def test_a_year_after_a_possessive_names_the_event() -> None:

    text = "He first met her during his 2006 presidential campaign in the north."
    assert [f.fields["when"] for f in extract_facts(parse_article("t", text)) if f.kind == "date"] == ["2006"]


def test_the_cheap_test_for_relative_words_passes_every_relative_date() -> None:
    from pathlib import Path

    from app.core.facts import dates as module
    from app.core.facts.matching import caseless

    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "data" / "articles").glob("*.txt"))]
    texts.append("Two years later; AFTER THAT; the Following Month; that year; LAST WEEK; Yesterday; next Friday; "
                 "ſame year; Three months before that; earlier this year; tomorrow")
    relative = [pattern for kind, pattern in module._COMPILED if kind.startswith("rel_")]
    found = 0
    for text in texts:
        for line in text.splitlines():
            if any(pattern.search(line) for pattern in relative):
                found += 1
                assert module._RELATIVE_WORDS.search(caseless(line)), line
    assert found > 10


def test_a_day_told_twice_is_the_same_date() -> None:
    text = ("Tour ends\n\nBefore her term ends on July 25, President Ana Reyes returned home after a visit to Chile.\n\n"
            "She saw the cell where a hero was held between 1908 and 1913.\n\n"
            "This was her last tour, with her term ending on July 25.\n")
    whens = [f.fields["when"] for f in extract_facts(parse_article("t", text)) if f.kind == "date"]
    assert whens == ["--07-25", "1908/1913", "--07-25"]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [("The hall was built in 1648-65.", Cal(1648), Cal(1665)), ("The 2014–15 season ended.", Cal(2014), Cal(2015))],
)
def test_a_range_of_years_written_with_two_digits(text: str, first: Cal, last: Cal) -> None:
    (mention,) = find_dates(text)
    assert (mention.first, mention.last) == (first, last)


def test_two_digits_after_a_year_that_count_down_are_no_range() -> None:
    assert all(m.last is None for m in find_dates("The code 1999-01 applies."))


def test_a_relative_clause_in_the_past_keeps_a_day_without_year_in_the_past() -> None:
    day = dt.date(2011, 3, 9)
    assert resolved("She will meet Lena Varga, who was inaugurated on January 1.", day) == ["2011-01-01"]
    assert resolved("She will meet Lena Varga on January 1.", day) == ["2012-01-01"]
