"""Page layout (app.core.facts.page): the story's sentences, its headline and date, and the clutter."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from app.core.corpus import parse_article
from app.core.facts.page import read_layout

BODY = "The two ministers met in the capital on Monday and agreed to expand trade.\n"


def story(text: str) -> list[str]:
    article = parse_article("t", text)
    layout = read_layout(article)
    return [article.sentence_text(article.sentences[i]) for i in layout.story]


def test_the_headline_is_read_but_the_rest_of_the_page_head_is_not() -> None:
    text = "Menu\nMinister arrives in Lima for state visit\nBy Jane Doe\n21 Mar 2021\n" + BODY
    assert story(text) == ["Minister arrives in Lima for state visit", BODY.strip()]


def test_a_date_label_before_the_headline_is_not_the_headline_but_the_date_line() -> None:
    text = "date 2020-01-09 Leaders Reach Deal as Minister Visits\nSome Outlet\n" + BODY
    article = parse_article("t", text)
    layout = read_layout(article)
    assert layout.dateline == dt.date(2020, 1, 9)
    assert article.sentence_text(article.sentences[layout.story[0]]).startswith("date 2020-01-09 Leaders")


def test_a_wrapped_first_paragraph_is_story_not_page_head() -> None:
    text = (
        "Both governments have said that\n"
        "the visit of the prime minister to the neighbouring country was\n"
        "a success.\n" + BODY
    )
    assert story(text)[0].startswith("Both governments have said that\nthe visit")


@pytest.mark.parametrize(
    "line",
    [
        "Image",
        "Advertisement",
        "Photo: Jane Doe/Agency",
        "By: , July 17, 2016",
        "Updated: Fri Nov 24, 2006 6:28am EST",
        "Published 12 March 2024",
        "We use cookies to improve your experience on our website. Accept",
    ],
)
def test_placeholders_credits_date_stamps_and_cookie_notices_are_clutter(line: str) -> None:
    text = BODY + line + "\n" + "Officials said the talks would continue next month in the port city.\n"
    assert line not in story(text)
    assert len(story(text)) == 2


def test_a_list_of_short_headlines_is_clutter_but_a_single_subheading_is_not() -> None:
    text = (
        BODY
        + "New hope for the coast\n"
        + "The minister also toured the harbour and met local leaders.\n"
        + "Rains hit the north\n"
        + "Football club wins the cup\n"
        + "Sat 12 Oct: City v United\n"
        + "Market closes higher again\n"
    )
    assert story(text) == [BODY.strip(), "New hope for the coast", "The minister also toured the harbour and met local leaders."]


def test_a_list_the_story_introduces_with_a_colon_is_kept() -> None:
    text = BODY + "They signed three deals:\n- Trade in goods\n- Energy and mining\n- Culture and sport\n"
    assert story(text)[-3:] == ["- Trade in goods", "- Energy and mining", "- Culture and sport"]


def test_an_author_box_and_a_comment_form_end_the_story() -> None:
    text = BODY + "About the Author\nNews Agency\nIt is an agency that reports the news of the region.\n"
    assert story(text) == [BODY.strip()]
    text = BODY + "Leave a Reply\nThe visit was a great success and should be repeated soon.\n"
    assert story(text) == [BODY.strip()]


def test_a_caption_that_tells_the_story_is_kept() -> None:
    text = BODY + "The minister greets her host on arrival at the airport on July 17. (Photo: Agency)\n"
    assert story(text)[-1].startswith("The minister greets her host")


def test_a_date_inside_a_sentence_is_not_a_date_line() -> None:
    text = BODY + "Talks opened on 5 May 2019.\n"
    assert story(text)[-1] == "Talks opened on 5 May 2019."


def test_layout_stays_fast_on_long_pastes() -> None:
    text = BODY * 2_000 + "Short label line\n" * 3_000 + ("and the visit of the\n" * 3_000)
    started = time.perf_counter()
    read_layout(parse_article("t", text))
    assert time.perf_counter() - started < 5.0


def test_a_headline_opening_with_a_number_and_the_summary_under_it_are_read() -> None:
    text = ("Menu\n60 years of Kenya-Ghana ties marked\n"
            "Ghana was among the first to recognise Kenya. Relations began on 1 May 1964\n" + BODY)
    assert story(text)[:3] == ["60 years of Kenya-Ghana ties marked", "Ghana was among the first to recognise Kenya.",
                               "Relations began on 1 May 1964"]


def test_a_summary_line_in_the_page_head_is_read_without_a_headline_above_it() -> None:
    text = "Trade Minister Anna Kessel is on a tour of three Andean nations. Photo: Some Agency/Jo Bloggs\n\n" + BODY
    assert story(text)[0] == "Trade Minister Anna Kessel is on a tour of three Andean nations."
