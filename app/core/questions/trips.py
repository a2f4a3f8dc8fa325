"""Questions about visits: which trip is meant, who went, where, and when it stood.

A visit question always says when ('in March 2019', or the month the article
reports it in) and introduces the visitor as the article does ('Chinese
President Hu Jintao'): a bare 'Which country did X visit?' has many true
answers outside the article. A plan is asked in the future when it has a
date ('will visit … in June 2024'), else as what was due ('was due to visit').
"""
from __future__ import annotations

import re

from app.core.corroboration import person_key

from .pool import FactPool, Topic
from .statements import destination_phrase, shown_when
from .wording import when_phrase, with_article

_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth")


def trip_label(topic: Topic, year: str, trips: set[str]) -> str:
    """'second' when the corpus has the visitor make this trip in several years, else ''."""
    ordered = sorted(trips | {year})
    if len(ordered) < 2 or ordered.index(year) >= len(_ORDINAL_WORDS):
        return ""
    return _ORDINAL_WORDS[ordered.index(year)]


def visit_when(topic: Topic, pool: FactPool) -> str:
    """The visit's date as the sources give it, else the month of the article reporting it as news."""
    when = shown_when(topic) or pool.news_month(topic)
    return with_dateline_year(when, topic, pool)


def with_dateline_year(when: str, topic: Topic, pool: FactPool) -> str:
    """'--04-07/--04-12' (no year) gets the year of the article's dateline: a date range with no
    year cannot anchor a question. Left as it is without a dateline."""
    if not when.startswith("--") or len(topic.articles) != 1:
        return when
    written = pool.times.get(topic.articles[0])
    if written is None or not written.from_dateline or not written.year:
        return when
    return "/".join(f"{written.year}{part[1:]}" if part.startswith("--") else part for part in when.split("/"))


def year_question(topic: Topic, pool: FactPool, destination: str, label: str) -> str:
    """'In which year did Chinese President Hu Jintao visit Pakistan (for the second time)?', or,
    where the sentence says which trip it was, 'In which year did Charles III visit Germany on his
    first overseas trip as monarch?' (he may have been there before: the stem says which visit)."""
    time = f" for the {label} time" if label else ""
    kind = next((m.group(0).lower() for s in topic.sources
                 if (m := re.search(r"(?i)\b(?:state|official)\s+visit\b", s.quote))), None)
    if label and kind:  # 'his first state visit' is not his first time there: say which visits are counted
        time = f" on a {label} {kind}"
    which = next((m for s in topic.sources if (m := _WHICH_TRIP.search(s.quote))
                  and (not label or label in m.group(0).lower().split())), None)
    if which is not None:
        trip = " ".join(word if word[:1].isupper() and word.endswith(("'s", "’s")) else word.lower()
                        for word in which.group(0).split())
        if which.group("noun").lower() == "visit":  # 'make his first official visit to China'
            head, _, tail = trip.partition(" as ")
            return (f"In which year did {pool.visitor_phrase(topic)} make {head} to {with_article(destination)}"
                    f"{' as ' + tail if tail else ''}?")
        return f"In which year did {pool.visitor_phrase(topic)} visit {with_article(destination)} on {trip}?"
    return f"In which year did {pool.visitor_phrase(topic)} visit {with_article(destination)}{time}?"


# 'his first overseas trip as monarch', "Harper's first official visit", 'their second state visit'
_WHICH_TRIP = re.compile(
    r"(?i)\b(?:his|her|their|(?-i:[A-Z])[\w-]+['’]s)\s+(?:first|second|third|maiden|first-ever|inaugural|last|final)\s+"
    r"(?:(?:official|state|overseas|foreign|working|bilateral|international)\s+){0,2}(?P<noun>visit|trip|tour)\b"
    r"(?:\s+as\s+(?:king|queen|monarch|president|prime\s+minister|chancellor|head\s+of\s+state|emir|premier"
    r"|(?:foreign|defence|defense|trade)\s+minister))?")


def narrow(when: str) -> bool:
    """A month or a day: a leader visits many countries in a year, rarely two in one month."""
    return "/" in when or len(when.lstrip("-")) >= 7 or when.startswith("--")


def country_question(topic: Topic, pool: FactPool) -> str | None:
    """'Which country did X visit in March 2019?'; for an undated article's own news, 'Which
    country did X visit on the trip this article reports?'; else None (no frame to anchor it)."""
    when = visit_when(topic, pool)
    auxiliary, visitor = _auxiliary(topic, pool), pool.visitor_phrase(topic)
    asked = (f"which country was {visitor} due to visit" if auxiliary == "was due to"
             else f"which country {auxiliary} {visitor} visit")
    if when and narrow(when):
        return f"{asked[:1].upper()}{asked[1:]} {when_phrase(when)}?"
    if not when and pool.is_news(topic) and pool.is_first_visit(topic) and _one_place(topic, pool):
        return f"{asked[:1].upper()}{asked[1:]} on the trip this article reports?"  # its one visit
    return None


def _one_place(topic: Topic, pool: FactPool) -> bool:
    """Whether the visitor goes to one country in the topic's article: a tour's first stop is not
    'the visit this article reports'."""
    visitor = person_key(str(topic.fields["visitor"]))
    places = {destination_phrase(t) for t in pool.topics if t.kind == "visit" and t.articles == topic.articles
              and person_key(str(t.fields["visitor"])) == visitor
              and not pool.earlier_trip(t)}  # not 'since taking office he has visited A and B'
    return len(places) <= 1


def who_question(topic: Topic, pool: FactPool) -> str | None:
    """'Who visited Kenya in March 2019?', or None without a month or day."""
    when = visit_when(topic, pool)
    if not when or not narrow(when):
        return None
    verb = {"did": "visited", "will": "will visit", "was due to": "was due to visit"}[_auxiliary(topic, pool)]
    return f"Who {verb} {destination_phrase(topic)} {when_phrase(when)}?"


def visit_verb(topic: Topic, pool: FactPool) -> str:
    """'visited', 'will visit' (a dated plan) or 'was due to visit' (an undated one)."""
    return {"did": "visited", "will": "will visit", "was due to": "was due to visit"}[_auxiliary(topic, pool)]


def _auxiliary(topic: Topic, pool: FactPool) -> str:
    if not pool.planned(topic):
        return "did"
    return "will" if shown_when(topic) else "was due to"
