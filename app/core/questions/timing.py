"""When an article was written, and what that makes each fact: past or planned.

Questions are worded from the article's point in time: "visited" for what had
happened when it was written, "will visit" for what it announces. The
article's date is its dateline; without one, the latest year its facts name
stands in for it (an article cannot tell of a past event after it was written).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.corpus import Article
from app.core.corroboration import SourceRef, year_of
from app.core.facts import Fact, read_dateline

# What a sentence says of the future ("will visit", "is scheduled to", "plans to").
_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|is to|are to|is due|are due|plans? to|planning to|scheduled|expected to|set to"
    r"|to be held|upcoming|forthcoming|next (?:week|month|year))\b")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


@dataclass(frozen=True)
class ArticleTime:
    """An article's own date as ISO text ('2025-10-12', or a year '2025'), or '' when it tells none."""

    when: str
    from_dateline: bool = False

    @property
    def year(self) -> int | None:
        return int(self.when[:4]) if self.when[:4].isdigit() else None


def article_time(article: Article, facts: Iterable[Fact]) -> ArticleTime:
    dateline = read_dateline(article)
    if dateline:
        return ArticleTime(dateline, from_dateline=True)
    years = [int(y) for fact in facts if (y := _fact_year(fact)).isdigit()]
    return ArticleTime(str(max(years)) if years else "")


def _fact_year(fact: Fact) -> str:
    return year_of(fact.fields.get("when")) or str(fact.fields.get("year") or "")


def says_future(sentence: str) -> bool:
    """Whether the sentence's own voice speaks of the future (quoted speech aside)."""
    return bool(_FUTURE.search(_QUOTED.sub(" ", sentence)))


def is_planned(when: str, sources: Iterable[SourceRef], times: dict[str, ArticleTime]) -> bool:
    """Whether every article telling the fact tells it as still to come.

    Later than the article's date is planned; in the same year (or undated) it
    is planned when the sentence says so ("will visit in March").
    """
    sources = list(sources)
    if not sources:
        return False
    for source in sources:
        written = times.get(source.article, ArticleTime(""))
        if when and written.when and _later(when, written.when):
            continue
        # a month with no year ('--07', "in early July") is as undated as no month at all
        if (not when or when.startswith("--") or not written.year or year_of(when) == str(written.year)) \
                and says_future(source.quote):
            continue
        return False
    return True


def _later(when: str, written: str) -> bool:
    """Whether ``when`` (ISO, or a range) lies after ``written`` at the precision both have."""
    start = when.split("/")[0]
    if start.startswith("--"):
        return False
    size = min(len(start), len(written))
    return start[:size] > written[:size]


def is_after(year: int, times: Iterable[ArticleTime]) -> bool:
    """Whether ``year`` comes after every article's own year (so no past event could be in it)."""
    known = [t.year for t in times if t.year]
    return bool(known) and year > max(known)


def stated_year(year: str, quotes: Iterable[str]) -> bool:
    """Whether a source sentence writes the year itself (not worked out from 'on Tuesday')."""
    return bool(year) and any(re.search(rf"(?<!\d){year}(?!\d)", quote) for quote in quotes)
