"""True or false: the fact as a statement, or with one fitting wrong value.

A false statement changes the person, the place, the year or the number, to
a value the corpus says is not true of it. Which topics get a false
statement is spread by their ids over the pool so that about half do, and a
rebuild gives the same choice.
"""
from __future__ import annotations

import hashlib

from app.core.corroboration import content_words

from . import distractors
from .common import each_topic, from_topic
from .draft import DraftQuestion
from .multiple_choice import anniversary_subject_with_parties
from .pool import FactPool, Topic
from .statements import (
    anniversary_statement,
    clause_of,
    destination_country,
    destination_phrase,
    statement,
    visit_year,
    years_disagree,
)
from .timing import stated_year
from .trips import narrow, trip_label, visit_verb, visit_when
from .wording import capitalise, when_phrase, with_article


def generate(pool: FactPool) -> list[DraftQuestion]:
    stated = [t for t in pool.topics if _true_false(t, pool, False) is not None]
    falsifiable = sorted((t for t in stated if _false_versions(t, pool)), key=lambda t: _rank(t.id))
    # Half of the statements false, taken from the topics that have a false version; an odd count
    # rounds up or down by the pool's ids, so small pools lean neither way.
    odd = _rank(min((t.id for t in stated), default="")) % 2
    make_false = {t.id for t in falsifiable[:(len(stated) + odd) // 2]}
    return each_topic(pool, lambda topic, pool: _true_false(topic, pool, topic.id in make_false))


def _rank(topic_id: str) -> int:
    return int(hashlib.sha1(topic_id.encode("utf-8")).hexdigest(), 16)


def _false_versions(topic: Topic, pool: FactPool) -> list[tuple[str, str]]:
    """(a false statement, the true value it replaces), each changing one thing."""
    f = topic.fields
    planned = pool.planned(topic)
    found: list[tuple[str, str]] = []
    if topic.kind == "visit":
        visitor, destination, year = str(f["visitor"]), destination_country(topic), visit_year(topic)
        if years_disagree(topic):
            return []
        when = visit_when(topic, pool)
        if not when:
            return []  # 'X visited China.' is false only within the article: no statement without a date
        shown, verb, tail = pool.visitor_phrase(topic), visit_verb(topic, pool), f" {when_phrase(when)}"
        if year:
            # someone who went to the same place in another year: a swap that could fool, never absurd
            person = distractors.people(visitor, destination, year, pool, limit=1, same_place_only=True)
            if person:
                found.append((f"{person[0]} {verb} {with_article(destination)}{tail}.", visitor))
            if not planned and stated_year(year, [s.quote for s in topic.sources]):
                trips = pool.trip_years(visitor, destination)
                wrong = distractors.years(year, pool, trips | pool.told_years(topic),
                                          limit=1, latest=pool.latest_year(topic))
                # of a person the corpus has make the trip more than once, 'visited Korea in 1996' is false
                # only by omission: the statement says which trip ('for the first time in 1996')
                label = trip_label(topic, year, trips)
                which = f" for the {label} time" if label else ""
                if wrong:
                    found.append((f"{shown} {verb} {with_article(destination)}{which} in {wrong[0]}.", year))
        if not found and narrow(when):
            # another country, only for a trip dated to the month or day, where the article's
            # account of it is the whole account
            place = distractors.countries(destination, visitor, pool, limit=1, told=pool.countries_told(topic))
            if place:
                found.append((f"{shown} {verb} {with_article(place[0])}{tail}.", destination))
    elif topic.kind == "date":
        clause = clause_of(topic)
        if clause is not None and topic.year and not planned and stated_year(topic.year, [s.quote for s in topic.sources]):
            wrong = distractors.years(topic.year, pool, pool.event_years(content_words(clause.text)) | pool.told_years(topic)
                              | pool.visit_years_told_in(clause.text),
                                      limit=1, latest=pool.latest_year(topic))
            if wrong:
                found.append((f"{capitalise(clause.text)} in {wrong[0]}.", topic.year))
    elif topic.kind == "anniversary":
        number = int(f["number"])
        wrong = distractors.numbers(number, pool.anniversary_numbers(str(f["subject"])), limit=1)
        text = anniversary_statement(topic, wrong[0], planned, anniversary_subject_with_parties(topic, pool)) \
            if wrong else None
        if text:
            found.append((text, str(number)))
    return found


def _true_false(topic: Topic, pool: FactPool, make_false: bool) -> DraftQuestion | None:
    if topic.kind == "agreement_area":
        return None
    if topic.kind == "date" and topic.year and pool.is_news_year(topic, topic.year):
        return None  # the article's own news dated by its own date: 'true' only of the day it was written
    planned = pool.planned(topic)
    true_text = statement(topic, planned)
    if topic.kind == "anniversary":
        true_text = anniversary_statement(topic, int(topic.fields["number"]), planned,
                                          anniversary_subject_with_parties(topic, pool)) or ""
    if topic.kind == "visit":
        when = visit_when(topic, pool)
        if not when:
            return None  # true only within the article, and never false: not worth a card
        true_text = (f"{pool.visitor_phrase(topic)} {visit_verb(topic, pool)} {destination_phrase(topic)} "
                     f"{when_phrase(when)}.")
    if not true_text:
        return None
    needle = topic.year or str(topic.fields.get("number") or "")
    versions = _false_versions(topic, pool) if make_false else []
    if not versions:
        return from_topic(topic, "true_false", true_text, "True", f"True: {true_text}", needle)
    text, true_value = versions[0]  # the best-grounded change: the year, then the person, then the place
    return from_topic(topic, "true_false", text, "False", f"False. {true_text}", needle, true_value=true_value)
