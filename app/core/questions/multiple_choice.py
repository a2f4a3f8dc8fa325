"""Multiple choice: the answer among wrong options that fit it."""
from __future__ import annotations

from app.core.corroboration import content_words

from . import distractors
from .common import each_topic, from_topic
from .draft import DraftQuestion
from .pool import FactPool, Topic
from .statements import (
    area_span, clause_of, destination_country, join_areas, statement, visit_year,
)
from .wording import anniversary_form, ordinal


def generate(pool: FactPool) -> list[DraftQuestion]:
    return each_topic(pool, lambda topic, pool: ASK[topic.kind](topic, pool))


def _visit(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    f = topic.fields
    visitor, destination = str(f["visitor"]), destination_country(topic)
    year = visit_year(topic)
    if year:
        wrong = distractors.years(year, pool, pool.visit_years(visitor))
        if len(wrong) < 2:
            return None
        prompt = f"In which year did {visitor} visit {destination}?"
        return from_topic(topic, "multiple_choice", prompt, year, statement(topic), year,
                          options=sorted([year, *wrong]))
    if topic.fields.get("when"):
        return None  # the sources disagree on the year
    wrong = distractors.countries(destination, visitor, pool)
    if len(wrong) < 2:
        return None
    options = distractors.rotate(sorted([destination, *wrong]), topic.id)
    return from_topic(topic, "multiple_choice", f"Which country did {visitor} visit?", destination,
                      statement(topic), options=options)


def _date(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    clause = clause_of(topic)
    year = topic.year
    if clause is None or not year:
        return None
    wrong = distractors.years(year, pool, pool.event_years(content_words(clause.text)) | {year})
    if len(wrong) < 2:
        return None
    return from_topic(topic, "multiple_choice", clause.question("In which year"), year, statement(topic), year,
                      options=sorted([year, *wrong]))


def anniversary_prompt(topic: Topic) -> tuple[str, str, list[str]]:
    """(prompt, answer, accept) for an anniversary: '80th' or '50' as the source puts it."""
    f = topic.fields
    number = int(f["number"])
    when = f" in {f['year']}" if f.get("year") else ""
    if anniversary_form(topic.sources[0].quote, number) == "ordinal":
        return f"Which anniversary of {f['subject']} was marked{when}?", ordinal(number), [str(number)]
    return f"How many years of {f['subject']} were marked{when}?", str(number), []


def _anniversary(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    prompt, answer, _ = anniversary_prompt(topic)
    number = int(topic.fields["number"])
    wrong = distractors.numbers(number, pool.anniversary_numbers(str(topic.fields["subject"])))
    if len(wrong) < 2:
        return None
    as_text = ordinal if answer != str(number) else str
    options = [as_text(n) for n in sorted([number, *wrong])]
    return from_topic(topic, "multiple_choice", prompt, answer, statement(topic), str(number), options=options)


def _areas(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    areas = list(topic.fields["areas"])
    source = topic.sources[0]
    span = area_span(source.quote, areas)
    if span is None:
        return None
    oxford = ", and " in source.quote[span[0]:span[1]]
    answer = join_areas(areas, oxford)
    wrong = [join_areas(other, oxford) for other in distractors.area_lists(areas, pool, topic.id)]
    if len(wrong) < 2:
        return None
    blanked = source.quote[:span[0]] + "____" + source.quote[span[1]:]
    prompt = f"Which list of areas completes the sentence? “{blanked.strip()}”"
    options = distractors.rotate(sorted([answer, *wrong]), topic.id)
    return from_topic(topic, "multiple_choice", prompt, answer, statement(topic), options=options)


ASK = {"visit": _visit, "date": _date, "anniversary": _anniversary, "agreement_area": _areas}
