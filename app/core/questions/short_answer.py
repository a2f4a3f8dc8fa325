"""Short answer: typed, graded forgivingly (app.core.grading), with accepted alternatives."""
from __future__ import annotations

from app.core.corroboration import person_key

from .common import each_topic, from_topic
from .draft import DraftQuestion
from .multiple_choice import anniversary_prompt
from .pool import FactPool, Topic
from .statements import clause_of, destination_country, statement, visit_year
from .wording import when_phrase


def generate(pool: FactPool) -> list[DraftQuestion]:
    return each_topic(pool, lambda topic, pool: ASK.get(topic.kind, _none)(topic, pool))


def _none(topic: Topic, pool: FactPool) -> None:
    return None


def _visit(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    """'Who visited North Korea in July 1957?': only when the corpus knows no one else who might have."""
    year = visit_year(topic)
    visitor, destination = str(topic.fields["visitor"]), destination_country(topic)
    if not year:
        # 'Which country did Tô Lâm visit?': when the corpus has them visit one country only
        countries = {str(d).split(",")[-1].strip() for d in pool.destinations_of(visitor)}
        if topic.fields.get("when") or len(countries) != 1:
            return None
        return from_topic(topic, "short_answer", f"Which country did {visitor} visit?", destination,
                          statement(topic), destination)
    others = pool.visitors(destination, year) - {person_key(visitor)}
    if not any(not other.endswith(person_key(visitor)) for other in others):
        spellings = sorted({str(v.fields.get("visitor")) for v in topic.fact.versions} - {visitor})
        prompt = f"Who visited {destination} {when_phrase(topic.fields.get('when'))}?"
        return from_topic(topic, "short_answer", prompt, visitor, statement(topic), visitor,
                          accept=spellings + pool.short_names(visitor))
    if pool.visit_years(visitor, destination) == {year}:
        # someone else might have gone that year too: ask for the year instead
        return from_topic(topic, "short_answer", f"In which year did {visitor} visit {destination}?", year,
                          statement(topic), year)
    return None


def _date(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    clause = clause_of(topic)
    if clause is None or not topic.year:
        return None
    return from_topic(topic, "short_answer", clause.question("In which year"), topic.year, statement(topic), topic.year)


def _anniversary(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    prompt, answer, accept = anniversary_prompt(topic)
    return from_topic(topic, "short_answer", prompt, answer, statement(topic), answer, accept=accept)


ASK = {"visit": _visit, "date": _date, "anniversary": _anniversary}
