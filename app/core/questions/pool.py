"""The corpus as question generators see it: usable facts, and what is true.

``FactPool`` holds every corroborated fact of a corpus (to check that a wrong
option is really wrong) and the *topics* questions are asked about: facts of
good quality, with related tellings merged so a question lists every source
that states its fact. Pure: built from articles, no I/O.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from app.core.corpus import Article
from app.core.corroboration import (
    CorroboratedFact,
    FactVersion,
    SourceRef,
    content_words,
    corroborate,
    person_key,
    year_of,
)
from app.core.facts import Fact, extract_facts
from app.core.facts.gazetteer import demonym_country, place_named
from app.core.facts.names import find_places
from app.core.facts.page import read_layout
from app.core.facts.sectors import is_sector
from app.core.grading import fold, normalise_answer

from .timing import ArticleTime, article_time, is_planned
from .wording import event_clause, is_proper_name, mend_misread_capitals, tells_earlier_trip, with_article

LEAD_SHARE = 0.15  # the first 15 % of an article: its headline and lead, where the news is
LEAD_CHARS = 400  # ... and in a short article, its first few lines
# A headline about a trip: "Jamaica Welcomes ...", "PM arrives in ...", "King's state visit to ..."
_HEADLINE_TRIP = re.compile(r"(?i)\b(?:visit\w*|trip|tour\w*|welcom\w*|arriv\w*|host\w*|receiv\w*|greet\w*|land\w*"
                            r"|travel\w*|heads?\s+to|in\s+(?-i:[A-Z])\w+\s+for)\b")
# A headline's future: "Minister to visit Bhutan", "King will tour the Gulf", "PM heads to Peru".
_HEADLINE_FUTURE = re.compile(r"(?i)\b(?:to|will)\s+(?:visit|travel|tour|attend|arrive|go|head|fly|meet)\b|\bheads?\s+to\b")


@dataclass
class Topic:
    """One fact to ask about: its corroborated fact, with related tellings merged in."""

    fact: CorroboratedFact
    sources: list[SourceRef]
    merged: list[str] = field(default_factory=list)  # ids of facts merged into this one

    @property
    def id(self) -> str:
        return self.fact.id

    @property
    def kind(self) -> str:
        return self.fact.kind

    @property
    def fields(self) -> dict[str, Any]:
        return self.fact.fields

    @property
    def year(self) -> str:
        return year_of(self.fields.get("when")) if self.kind in ("visit", "date") else str(self.fields.get("year") or "")

    @property
    def disputed(self) -> bool:
        return self.fact.disputed

    @property
    def articles(self) -> list[str]:
        return sorted({source.article for source in self.sources})


@dataclass
class FactPool:
    articles: dict[str, Article]
    facts: list[CorroboratedFact]
    topics: list[Topic]
    countries: list[str]
    times: dict[str, ArticleTime] = field(default_factory=dict)  # each article's own date
    story_countries: dict[str, set[str]] = field(default_factory=dict)  # countries each story names
    stories: dict[str, tuple[int, ...]] = field(default_factory=dict)  # each story's sentence indexes
    _area_pairs: dict[str, dict[str, tuple[str, str] | None]] = field(default_factory=dict, repr=False)

    def story(self, article_id: str) -> tuple[int, ...]:
        """The indexes of an article's story sentences (not its page clutter), read once per
        article: every question on the article's own story walks them."""
        if article_id not in self.stories:
            self.stories[article_id] = tuple(read_layout(self.articles[article_id]).story)
        return self.stories[article_id]

    # --- time -------------------------------------------------------------

    def planned(self, topic: Topic) -> bool:
        """Whether the articles tell the topic as still to come when they were written; the news of
        an undated article is, when its headline says so ('Minister to visit Bhutan')."""
        when = str(topic.fields.get("when") or topic.fields.get("year") or "")
        if is_planned(when, topic.sources, self.times):
            return True
        article = self.articles.get(topic.articles[0]) if len(topic.articles) == 1 else None
        return (topic.kind == "visit" and not when and article is not None and self._headline_visit(topic, article)
                and bool(_HEADLINE_FUTURE.search(article.title)))

    def is_news_year(self, topic: Topic, year: str) -> bool:
        """Whether ``year`` is the dateline's own year for every article telling the topic: asking
        for it would ask when the article was written, not what it teaches."""
        times = [self.times.get(s.article) for s in topic.sources]
        return all(t is not None and t.from_dateline and str(t.year) == year for t in times)

    def visit_years_told_in(self, text: str) -> set[str]:
        """Years of the corpus's visits whose visitor (by surname) and country ``text`` names: a dated
        event that is itself a trip ('Olsen visited Chile again') must not be offered another."""
        folded = fold(text)
        years = set()
        for fact in self.facts:
            if fact.kind != "visit":
                continue
            for version in fact.versions:
                visitor = str(version.fields.get("visitor") or "").split()
                country = fold(str(version.fields.get("destination") or "").split(",")[-1].strip())
                if (visitor and country and fold(visitor[-1]) in folded.split() and country in folded
                        and year_of(version.fields.get("when"))):
                    years.add(year_of(version.fields.get("when")))
        return years

    def told_years(self, topic: Topic) -> set[str]:
        """Every year the topic's sentences write: another event of the same sentence ('first
        visited in 2011 and again in 2016') must never come back as a wrong option."""
        return {year for source in topic.sources for year in re.findall(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", source.quote)}

    def latest_year(self, topic: Topic) -> int | None:
        """The last year a past event could fall in: the earliest year of the articles telling it."""
        years = [self.times[s.article].year for s in topic.sources if s.article in self.times]
        known = [y for y in years if y]
        return min(known) if known else None

    # --- what the corpus says is true -------------------------------------

    # Indexes over the corpus, made on first use: a question looks things up in them, so drafting
    # a long article costs O(its facts), not O(its facts x the corpus's facts).
    @cached_property
    def _visits_by_surname(self) -> dict[str, list[tuple[str, CorroboratedFact]]]:
        index: dict[str, list[tuple[str, CorroboratedFact]]] = {}
        for fact in self.facts:
            if fact.kind == "visit":
                key = person_key(fact.fields.get("visitor"))
                index.setdefault(key.rsplit(" ", 1)[-1], []).append((key, fact))
        return index

    @cached_property
    def _visit_topics_by_person(self) -> dict[str, list[Topic]]:
        index: dict[str, list[Topic]] = {}
        for topic in self.topics:
            if topic.kind == "visit":
                index.setdefault(person_key(topic.fields.get("visitor")), []).append(topic)
        return index

    @cached_property
    def _topics_by_article(self) -> dict[str, list[Topic]]:
        index: dict[str, list[Topic]] = {}
        for topic in self.topics:
            if len(topic.articles) == 1:
                index.setdefault(topic.articles[0], []).append(topic)
        return index

    def told_only_in(self, article_id: str, kind: str | None = None) -> list[Topic]:
        """The topics one article alone tells (of ``kind``), in the pool's order: read once into an
        index, as every question on an article asks for its trips."""
        return [t for t in self._topics_by_article.get(article_id, ()) if kind is None or t.kind == kind]

    @staticmethod
    def earlier_trip(topic: Topic) -> bool:
        """Whether every sentence telling a trip tells it as one before the trip its article reports
        ('she travelled there last year', 'since taking office he has visited A, B and C')."""
        return all(tells_earlier_trip(source.quote) for source in topic.sources)

    @cached_property
    def _dated_quotes(self) -> list[tuple[str, list[str]]]:
        """(year, folded quotes) of every dated fact's version."""
        return [(year_of(version.fields.get("when")), [fold(source.quote) for source in version.sources])
                for fact in self.facts if fact.kind == "date" for version in fact.versions
                if year_of(version.fields.get("when"))]

    def visits_by(self, visitor: str) -> list[CorroboratedFact]:
        who = person_key(visitor)
        # The same person shares the surname: _same_person compares a name with its endings.
        return [fact for key, fact in self._visits_by_surname.get(who.rsplit(" ", 1)[-1], ()) if _same_person(key, who)]

    def visit_years(self, visitor: str, destination: str | None = None) -> set[str]:
        """Every year the corpus has ``visitor`` visit (``destination``, when given, loosely)."""
        years = set()
        for fact in self.visits_by(visitor):
            for version in fact.versions:
                if ((destination is None or places_overlap(version.fields.get("destination"), destination))
                        and year_of(version.fields.get("when"))):
                    years.add(year_of(version.fields.get("when")))
        return years

    def visitors(self, destination: str, year: str | None) -> set[str]:
        """person keys of everyone the corpus has visit ``destination`` in ``year``
        (or at an unknown time, which might be ``year``)."""
        people = set()
        for fact in self.facts:
            if fact.kind != "visit":
                continue
            for version in fact.versions:
                when = year_of(version.fields.get("when"))
                if places_overlap(version.fields.get("destination"), destination) and (not when or when == year or year is None):
                    people.add(person_key(version.fields.get("visitor")))
        return people

    def trip_years(self, visitor: str, destination: str) -> set[str]:
        """Years the corpus has ``visitor`` make this trip: visit facts, and dated sentences that
        name the person and the place ('Lam's 2019 trip to Hanoi' told as a date)."""
        years = self.visit_years(visitor, destination)
        surname = fold(visitor.split()[-1]) if visitor.split() else ""
        place = fold(str(destination).split(",")[-1].strip())
        if not surname or not place:
            return years
        named = re.compile(rf"\b{re.escape(surname)}\b")
        for year, quotes in self._dated_quotes:
            if any(place in quote and named.search(quote) for quote in quotes):
                years.add(year)
        return years

    def is_news(self, topic: Topic) -> bool:
        """Whether the topic is the news of its one article: told in the headline or lead."""
        article = self.articles.get(topic.articles[0]) if len(topic.articles) == 1 else None
        if article is None or not article.text:
            return False
        first = min(source.start for source in topic.sources)
        return first < max(LEAD_SHARE * len(article.text), LEAD_CHARS) or self._headline_visit(topic, article)

    def _headline_visit(self, topic: Topic, article: Article) -> bool:
        """The article's first visit, when its headline names the place visited ('Jamaica Welcomes
        Trinidad and Tobago's Prime Minister' over Rowley's visit to Jamaica). Not the visitor: a
        headline on a meeting names a minister whose trip the story only recalls."""
        if topic.kind != "visit" or article.id not in self._headlined:
            return False  # no headline of its own: the title is the story's first words
        if not self.is_first_visit(topic) or not _HEADLINE_TRIP.search(article.title):
            return False  # "China-Russia relations timeline" names the place, not a trip
        place = fold(str(topic.fields.get("destination") or "").split(",")[-1].strip())
        return bool(place) and f" {place} " in f" {fold(article.title)} "

    @cached_property
    def _headlined(self) -> set[str]:
        """Ids of the articles whose title is a headline line of its own, not their first words."""
        return {article.id for article in self.articles.values() if article.title
                and article.title in {line.strip() for line in article.text[:5_000].splitlines()[:12]}}

    def is_first_visit(self, topic: Topic) -> bool:
        """Whether ``topic`` is the first visit its one article tells."""
        return self._first_visits.get(tuple(topic.articles)) is topic

    @cached_property
    def _first_visits(self) -> dict[tuple[str, ...], Topic]:
        """The first visit told, by the articles telling it."""
        first: dict[tuple[str, ...], Topic] = {}
        for topic in sorted((t for t in self.topics if t.kind == "visit"), key=lambda t: min(s.start for s in t.sources)):
            first.setdefault(tuple(topic.articles), topic)
        return first

    def news_month(self, topic: Topic) -> str:
        """'2007-10' when the topic is the news of one dated article, so its time is the article's
        month; '' otherwise."""
        written = self.times.get(topic.articles[0]) if len(topic.articles) == 1 else None
        if written is None or not written.from_dateline or len(written.when) < 7 or not self.is_news(topic):
            return ""
        return written.when[:7]

    def visitor_phrase(self, topic: Topic) -> str:
        """The visitor as the sentences introduce them, when they do with a country and an office
        ('Chinese President Hu Jintao', "Spain's King Felipe VI"): a name alone says little to a
        student; else the name."""
        name = str(topic.fields.get("visitor") or "")
        introduced = self._introduction(topic)
        if introduced is None:
            return name
        who, office, _ = introduced
        return " ".join(part for part in (who, office, name) if part).replace("’", "'")

    def visitor_home(self, topic: Topic) -> str | None:
        """The country a visitor comes from, as their sentences introduce them ('Chinese President
        Hu Jintao' → China), else as the article first does ('Papua New Guinea Prime Minister
        James Marape', 'the President of Guinea, Alpha Conde'); None when it does not say."""
        introduced = self._introduction(topic)
        if introduced is not None:
            return introduced[2]
        name = str(topic.fields.get("visitor") or "")
        for article_id in topic.articles:
            text = self.articles[article_id].text if article_id in self.articles else ""
            for found in re.finditer(rf"(?:\b[A-Z]\.\s?)?\b{re.escape(name)}\b", text):  # 'Minister U.Khurelsukh'
                home = _country_before(text[max(0, found.start() - 60):found.start()])
                if home:
                    return home
        return None

    def _introduction(self, topic: Topic) -> tuple[str, str, str] | None:
        """(who, office, country) of 'Chinese President Hu Jintao' or "Spain's King Felipe VI", the
        first sentence on the visitor's trips in its articles that introduces them so."""
        name = str(topic.fields.get("visitor") or "")
        if not name:
            return None
        titled = bool(re.match(rf"(?:{_OFFICES})\b", name))  # 'King Abdullah': the office is in the name
        office = "" if titled else rf"(?:(?:Deputy|Vice|Foreign|Prime|Crown|Defence|Defense|Former|Acting)\s+)*(?:{_OFFICES})"
        pattern = re.compile(rf"\b(?P<who>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?(?:['’]s)?)\s+(?P<office>{office})\s*"
                             rf"{re.escape(name)}\b")
        sources = [s for t in self._visit_topics_by_person.get(person_key(name), ())
                   if set(t.articles) & set(topic.articles) for s in t.sources]
        for source in sorted({*topic.sources, *sources}, key=lambda s: (s not in topic.sources, s.article, s.start)):
            match = pattern.search(source.quote)
            if match is None:
                continue
            who = re.sub(r"['’]s$", "", match.group("who"))
            place = place_named(who)
            country = demonym_country(who) or (place.country if place is not None and not place.is_city else None)
            if country:
                return match.group("who"), match.group("office"), country
        return None

    def area_pairs(self, article_id: str) -> dict[str, tuple[str, str] | None]:
        """The two parties of each area topic one article alone tells, by topic id: read once per
        article, as every area question of a long paste asks which others share its pair."""
        if article_id not in self._area_pairs:
            self._area_pairs[article_id] = {t.id: self.two_countries(t)
                                            for t in self.told_only_in(article_id, "agreement_area")}
        return self._area_pairs[article_id]

    def two_countries(self, topic: Topic) -> tuple[str, str] | None:
        """The two parties of a topic: the two countries its sentence names or implies ('Australian
        Foreign Minister … visited the Marshall Islands'), else those of the trip told before it,
        else the two its article's story names; None when not just two."""
        told = sorted({country for source in topic.sources for country in countries_in(source.quote)})
        if len(told) == 2:
            return told[0], told[1]
        trip = self.trip_pair_before(topic, told[0] if len(told) == 1 else None) if len(topic.articles) == 1 else None
        if trip is not None and (not told or (len(told) == 1 and told[0] in trip)):
            return trip  # 'the MoUs between the two countries' after the article told the trip
        story = sorted(self.story_countries.get(topic.articles[0], ())) if len(topic.articles) == 1 else []
        return (story[0], story[1]) if len(told) < 2 and len(story) == 2 else None

    def trip_pair_before(self, topic: Topic, involving: str | None = None) -> tuple[str, str] | None:
        """(the visitor's country, the country visited) of the last trip its article told before
        the topic's sentence: the two parties of 'the MoUs between the two countries' there.
        ``involving``: the one country the sentence names ('the Djibouti leader'); the last trip
        with that country as a party, passing over another told in between."""
        source = topic.sources[0]
        trips = [t for t in self.told_only_in(source.article, "visit") if not self.earlier_trip(t)]
        if involving is not None:
            trips = [t for t in trips if involving in (self.visitor_home(t), country_of(t.fields.get("destination")))]
        before = [t for t in trips if t.sources[0].start <= source.start]
        # the nearest trip told before, else the first after (a lead's deals come before its trip)
        nearest = max((t.sources[0].start for t in before), default=None) if before else \
            min((t.sources[0].start for t in trips), default=None)
        pairs = {(self.visitor_home(t), country_of(t.fields.get("destination")))
                 for t in trips if t.sources[0].start == nearest}
        if len(pairs) != 1:
            return None  # no trip, or a tour's stops told in one sentence: which two is not said
        home, visited = pairs.pop()
        return (home, visited) if home and visited and home != visited else None

    def countries_told(self, topic: Topic) -> set[str]:
        """Countries the topic's articles name, or its sentences imply ('Chinese President …'): the
        visitor's home, another stop, a trip the story tells in passing; never a fair wrong
        answer for where the visit went."""
        found = set()
        sources = list(topic.sources)
        if topic.kind == "visit":  # every sentence on the same visitor's trips: 'Saudi Crown Prince …'
            sources += [s for t in self._visit_topics_by_person.get(person_key(topic.fields.get("visitor")), ())
                        for s in t.sources]
        for article in topic.articles:
            found.update(self.story_countries.get(article, ()))
        for source in sources:
            quote = mend_misread_capitals(source.quote)  # 'lndian' is Indian
            found.update(mention.place.country for mention in find_places(quote))
            for word in re.findall(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b", quote):
                country = demonym_country(word) or demonym_country(word.split()[0])  # 'Chinese President'
                if country:
                    found.add(country)
        return found

    def destinations_of(self, visitor: str) -> set[str]:
        return {str(v.fields.get("destination") or "") for f in self.visits_by(visitor) for v in f.versions}

    def event_years(self, clause_words: frozenset[str]) -> set[str]:
        """Years of every dated fact that tells (loosely) the same event."""
        years = set()
        for fact in self.facts:
            if fact.kind == "date":
                for version in fact.versions:
                    words = content_words(str(version.fields.get("event") or ""))
                    if len(words & clause_words) >= 2 and year_of(version.fields.get("when")):
                        years.add(year_of(version.fields.get("when")))
        return years

    def anniversary_numbers(self, subject: str) -> set[int]:
        words = content_words(subject)
        numbers = set()
        for fact in self.facts:
            if fact.kind == "anniversary":
                for version in fact.versions:
                    other = content_words(str(version.fields.get("subject") or ""))
                    if words & other:
                        numbers.add(int(version.fields.get("number") or 0))
        return numbers

    def area_names(self) -> set[str]:
        return {normalise_answer(area) for f in self.facts if f.kind == "agreement_area"
                for v in f.versions for area in v.fields.get("areas", [])}

    @cached_property
    def all_years(self) -> list[int]:
        """Every year the corpus tells, in order."""
        years = set()
        for fact in self.facts:
            for version in fact.versions:
                y = year_of(version.fields.get("when")) or str(version.fields.get("year") or "")
                if y.isdigit():
                    years.add(int(y))
        return sorted(years)

    @cached_property
    def people(self) -> list[str]:
        """Visitors with proper names, as the corpus best spells them."""
        names: dict[str, str] = {}
        for topic in self.topics:
            if topic.kind == "visit":
                names.setdefault(person_key(topic.fields.get("visitor")), str(topic.fields.get("visitor")))
        return [names[key] for key in sorted(names)]

    def short_names(self, name: str, within: Iterable[str]) -> list[str]:
        """One-word names the articles ``within`` (ids) use for this person, and that name no one
        else in the corpus."""
        others = [n for n in self.people if person_key(n) != person_key(name)]
        texts = [_folded_text(self.articles[article].text) for article in within if article in self.articles]
        return [w for w in standalone_words(texts, name)
                if len(w) >= 3 and not any(normalise_answer(w) in normalise_answer(o).split() for o in others)]

    def sha256(self, article_id: str) -> str:
        return hashlib.sha256(self.articles[article_id].text.encode("utf-8")).hexdigest()


def _same_person(a: str, b: str) -> bool:
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return a == b or (len(short.split()) >= 2 and long.endswith(short))


def places_overlap(a: Any, b: Any) -> bool:
    """'Vietnam' and 'North Vietnam', 'North Korea' and 'Pyongyang, North Korea': the same trip's place."""
    left, right = _place_words(a), _place_words(b)
    if not left or not right:
        return False
    return left <= right or right <= left


def _place_words(place: Any) -> frozenset[str]:
    return _words_of_place(str(place or ""))


@lru_cache(maxsize=8192)  # every wrong option is checked against every visit of the corpus
def _words_of_place(place: str) -> frozenset[str]:
    text = normalise_answer(place.split(",")[-1])  # "Pyongyang, North Korea" → the country
    words = set(fold(text).split()) - {"north", "south", "democratic", "republic", "of", "socialist", "peoples"}
    if text in ("dprk", "republic of korea"):
        words = {"korea"}
    return frozenset(words)


# --- building the pool ---------------------------------------------------------

def build_pool(articles: Sequence[Article], known: Mapping[str, Sequence[Fact]] | None = None,
               focus: Iterable[str] | None = None) -> FactPool:
    """The corroborated facts of ``articles``; ``known`` holds facts already read, by article id,
    so that adding one article to a corpus extracts that article only. With ``focus`` (article
    ids), questions are asked only about facts those articles tell; the rest of the corpus
    still serves to check distractors and to list every source."""
    known = known or {}
    by_article = {article.id: list(known[article.id]) if article.id in known else extract_facts(article)
                  for article in articles}
    corroborated = corroborate([fact for facts in by_article.values() for fact in facts])
    times = {article.id: article_time(article, by_article[article.id]) for article in articles}
    texts = {a.id: a.text for a in articles}
    stories = {article.id: tuple(read_layout(article).story) for article in articles}
    story_countries = {article.id: _countries([article], stories) for article in articles}
    for fact in corroborated:
        if fact.kind == "visit":
            _name_in_full(fact, by_article, texts)
        elif fact.kind == "anniversary":
            _year_from_article(fact, times, texts)
        elif fact.kind == "date":
            _parties_named(fact, story_countries)
    topics = _topics(corroborated)
    if focus is not None:
        wanted = set(focus)
        topics = [topic for topic in topics if wanted & set(topic.articles)]
    return FactPool(
        articles={a.id: a for a in articles}, facts=corroborated, topics=topics,
        countries=sorted(set().union(*story_countries.values())), times=times,
        story_countries={key: set(value) for key, value in story_countries.items()}, stories=stories,
    )


_OFFICES = r"President|Prime Minister|King|Queen|Emir|Crown Prince|Chancellor|Premier|Minister|Sultan|Sheikh|Monarch"
# titles a person is known by with one name ('King Abdullah', 'Sheikh Tamim'); not 'Prime Minister U.Khurelsukh'
_RANKS = r"King|Queen|Emir|Sheikh|Sultan|Crown Prince|Prince|Pope"


_THE_TWO = re.compile(r"\b(?P<between>between\s+)?the\s+two\s+(?:nations|countries)\b", re.IGNORECASE)


def _parties_named(fact: CorroboratedFact, story_countries: Mapping[str, Sequence[str]]) -> None:
    """'the two countries' of a dated event ('Full diplomatic ties between the two countries were
    established', 'the two countries agreed to …') named as the one article telling it does, when
    its story names just two countries: a question can then ask 'In which year did Bangladesh and
    Nepal establish diplomatic relations?' instead of refusing a vague subject."""
    for version in fact.versions:
        event = str(version.fields.get("event") or "")
        articles = {source.article for source in version.sources}
        found = _THE_TWO.search(event)
        if len(articles) != 1 or found is None:
            continue
        countries = sorted(story_countries.get(articles.pop(), ()))
        if len(countries) == 2:
            parties = f"{with_article(countries[0])} and {with_article(countries[1])}"
            named = f"{found.group('between') or ''}{parties}"
            if found.start() == 0 or event[:found.start()].endswith(". "):
                named = named[0].upper() + named[1:]
            version.fields = {**version.fields, "event": event[:found.start()] + named + event[found.end():]}


def _year_from_article(fact: CorroboratedFact, times: Mapping[str, ArticleTime], texts: Mapping[str, str]) -> None:
    """An anniversary told without a year ('the visit came on the 70th anniversary of relations')
    is marked when its article was written: the year of the one article telling it, so the
    question can say when ('was marked in 2014') instead of leaving it open."""
    for version in fact.versions:
        articles = {source.article for source in version.sources}
        if version.fields.get("year") or len(articles) != 1:
            continue
        written = times.get(articles.pop(), ArticleTime(""))
        year = written.year
        # An undated article's year is only its latest year told, a lower bound: trusted only when the
        # anniversary's sentence, or the one before, tells that year too ('a visit in 2014. The visit
        # came in the context of the 70th anniversary').
        # ('the first since 2000' tells a year long past, not the year written)
        if year and not written.from_dateline and not any(
                re.search(rf"(?<!since )(?<!from )\b{year}\b", texts.get(s.article, "")[max(0, s.start - 300):s.end])
                for s in version.sources):
            year = None
        if year:
            version.fields = {**version.fields, "year": year}


def _name_in_full(fact: CorroboratedFact, by_article: Mapping[str, Sequence[Fact]], texts: Mapping[str, str]) -> None:
    """A visitor the extractor knows by one word ('Abdullah', 'Wong') gets the name the article
    gives in full: another visitor's name ending so ('Penny Wong'), else the title it stands
    after ('King Abdullah'). Left as it is when the article gives neither."""
    for version in fact.versions:
        visitor = str(version.fields.get("visitor") or "")
        if len(visitor.split()) != 1 or not visitor[:1].isupper():
            continue
        articles = {source.article for source in version.sources}
        names = {str(other.fields.get("visitor") or "") for article in articles for other in by_article.get(article, ())
                 if other.kind == "visit"}
        full = sorted(n for n in names if len(n.split()) >= 2 and visitor in (n.split()[0], n.split()[-1]))
        if not full:
            titled = {m.group(0) for article in articles
                      for m in re.finditer(rf"\b(?:{_RANKS}) {re.escape(visitor)}\b", texts.get(article, ""))}
            full = sorted(titled, key=lambda n: (-len(n), n))[:1]
        if len(set(full)) == 1:
            version.fields = {**version.fields, "visitor": full[0]}


# "Turkish President", "Korea's former President", "the President of the Republic of Kazakhstan, His
# Excellency", "Papua New Guinea Prime Minister": the words that introduce a name
_HOME_BEFORE = re.compile(
    # an introduction stays on its line: a headline's last word above is no nationality
    r"(?:\b(?P<who>(?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+)(?:['’]s)?[^\S\n]+(?:(?:[A-Z][\w-]+|former|then|new|acting)"
    r"[^\S\n]+){0,3}"
    r"|\bof\s+(?:the\s+)?(?P<of>(?:[A-Z][\w-]+\s(?:of\s)?){0,2}[A-Z][\w-]+),?\s+"
    r"(?:(?:His|Her)\s+(?:Excellency|Majesty|Highness)\s+)?)$")


def _country_before(text: str) -> str | None:
    """The country the words just before a name give its bearer ('Turkish President ')."""
    match = _HOME_BEFORE.search(mend_misread_capitals(text))
    if match is None:
        return None
    words = (match.group("who") or match.group("of")).split()
    spans = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)),
                   key=lambda span: span[0] - span[1])  # the longest first: 'Papua New Guinea', not 'Guinea'
    for i, j in spans:
        phrase = " ".join(words[i:j])
        place = place_named(phrase)
        country = demonym_country(phrase) or (place.country if place is not None and not place.is_city else None)
        if country:
            return country
    return None


def countries_in(text: str) -> set[str]:
    """The countries a sentence names ('Kenya', 'Nairobi') or implies by a nationality ('Omani')."""
    text = _REGION_ADJECTIVES.sub("", mend_misread_capitals(text))  # 'lndia' is India; 'Latin American' no American
    return ({mention.place.country for mention in find_places(text)}
            | {country for word in re.findall(r"\b[A-Z][a-z]+\b", text) if (country := demonym_country(word))})


# 'the Latin American countries', 'South American leaders': a region's adjective, no nationality
_REGION_ADJECTIVES = re.compile(r"\b(?:Latin|South|Central|North)\s+American\b")


def country_of(destination: Any) -> str | None:
    """The country of a visit's destination ('Muscat, Oman' → 'Oman')."""
    place = place_named(str(destination or "").split(",")[-1].strip())
    return place.country if place is not None else None


def _countries(articles: Iterable[Article], stories: Mapping[str, Sequence[int]]) -> list[str]:
    """Countries the articles' stories name (not their page clutter: menus, other headlines)."""
    found = set()
    for article in articles:
        for index in stories[article.id]:
            for mention in find_places(mend_misread_capitals(article.sentence_text(article.sentences[index]))):
                found.add(mention.place.country)
    return sorted(found)


@lru_cache(maxsize=64)  # an article's text is read once for every name it tells
def _folded_text(text: str) -> str:
    return fold(re.sub(r"['’]s\b", "", text))


@lru_cache(maxsize=64)
def _word_counts(text: str) -> Counter[str]:
    return Counter(text.split())


def standalone_words(texts: Iterable[str], name: str) -> list[str]:
    """The first or last word of ``name`` when the texts (folded, without "'s") use it alone for
    the person ('Lam's visit', 'Manh met'), never a middle word: it occurs more often than the
    whole name does."""
    words = name.split()
    if len(words) < 2:
        return []
    full = " " + " ".join(fold(w) for w in words) + " "
    texts = list(texts)
    found = []
    for word in (words[0], words[-1]):
        folded = fold(word)
        if " " in folded or not folded:
            continue
        if any(_word_counts(text)[folded] > f" {text} ".count(full) for text in texts):
            found.append(word)
    return found


def usable(fact: CorroboratedFact) -> bool:
    """Facts good enough to ask about; poor ones are skipped, not turned into bad questions."""
    fields = fact.fields
    if fact.kind == "visit":
        return is_proper_name(str(fields.get("visitor") or "")) and bool(fields.get("destination"))
    if fact.kind == "date":
        when = str(fields.get("when") or "")
        return bool(re.fullmatch(r"\d{4}(-\d\d){0,2}", when)) and event_clause(str(fields.get("event") or "")) is not None
    if fact.kind == "anniversary":
        subject = str(fields.get("subject") or "")
        return bool(fields.get("number")) and 1 <= len(subject.split()) <= 12 and not subject[:1].isdigit()
    if fact.kind == "agreement_area":
        areas = list(fields.get("areas") or [])
        return len(areas) >= 3 or (bool(areas) and all(is_sector(area) for area in areas))
    return False


def _topics(facts: list[CorroboratedFact]) -> list[Topic]:
    """Usable facts, each with the sources of related tellings merged in.

    The corroborator keeps apart what it cannot prove to be one fact; here a
    looser test adds the sources of a related fact to the stronger one, so a
    question does not appear twice and lists every source:
    visits by the same person in the same year to overlapping places ('Vietnam',
    'North Vietnam'), or undated when exactly one dated visit fits; dated
    events of the same year sharing two content words; anniversaries of the same
    number on overlapping subjects.
    """
    good = [f for f in facts if usable(f)]
    poor = [f for f in facts if not usable(f)]
    # strongest first: most articles, then most sources, then id (stable)
    good.sort(key=lambda f: (-len(f.articles), -len(f.sources), f.kind, f.id))
    topics: list[Topic] = []
    for fact in good + sorted(poor, key=lambda f: (f.kind, f.id)):
        home = None if fact.disputed else next(
            (t for t in topics if not t.disputed and _related(t.fact, fact, facts)), None
        )
        if home is None:
            if usable(fact):  # a poor fact only lends its sources to a good one
                topics.append(Topic(fact, list(fact.sources)))
            continue
        for source in fact.sources:
            if source not in home.sources:
                home.sources.append(source)
        home.merged.append(fact.id)
    for topic in topics:
        topic.sources.sort(key=lambda s: (s.article, s.start))
    return sorted(topics, key=lambda t: (t.kind, t.id))


def _event_words(event: str) -> set[str]:
    """An event's content words without the places it names: two events of the same two countries
    share those."""
    return {w for w in content_words(event) if place_named(w) is None and demonym_country(w.capitalize()) is None}


def _related(a: CorroboratedFact, b: CorroboratedFact, facts: list[CorroboratedFact]) -> bool:
    if a.kind != b.kind:
        return False
    fa, fb = a.fields, b.fields
    if a.kind == "visit":
        if not _same_person(person_key(fa.get("visitor")), person_key(fb.get("visitor"))):
            return False
        if not places_overlap(fa.get("destination"), fb.get("destination")):
            return False
        ya, yb = year_of(fa.get("when")), year_of(fb.get("when"))
        if ya and yb:
            return ya == yb
        # an undated telling joins the one dated visit that fits, or another undated one
        dated = [f for f in facts if f.kind == "visit" and year_of(f.fields.get("when"))
                 and _same_person(person_key(f.fields.get("visitor")), person_key((fb if not yb else fa).get("visitor")))
                 and places_overlap(f.fields.get("destination"), (fb if not yb else fa).get("destination"))]
        return len(dated) <= 1
    if a.kind == "date":
        # 'China and Pakistan sign a border agreement' and '... reach a trade agreement' in one year are
        # two events: the parties' names do not make two tellings one
        words_a, words_b = (_event_words(str(f.get("event"))) for f in (fa, fb))
        shared = words_a & words_b  # half the longer telling's words at least ('reach' and 'agreement' are not)
        return (year_of(fa.get("when")) == year_of(fb.get("when")) and len(shared) >= 2
                and 2 * len(shared) >= max(len(words_a), len(words_b)))
    if a.kind == "anniversary":
        return fa.get("number") == fb.get("number") and len(
            content_words(str(fa.get("subject"))) & content_words(str(fb.get("subject")))) >= 2
    return False


__all__ = ["FactPool", "FactVersion", "Topic", "build_pool", "places_overlap", "usable"]
