"""Short answer: typed, graded forgivingly (app.core.grading), with accepted alternatives.

A short answer asks another way than the multiple choice on the same fact:
'Who visited Kenya in 2019?' beside 'In which year did X visit Kenya?', and
is made only where one answer is right per the corpus.
"""
from __future__ import annotations

from app.core.facts.gazetteer import country_names, place_named
from app.core.grading import normalise_answer

from . import hosts, venues
from .common import each_topic, from_topic
from .draft import DraftQuestion
from .multiple_choice import anniversary_prompt
from .pool import FactPool, Topic
from .statements import clause_of, destination_country, statement, visit_year, years_disagree
from .timing import stated_year
from .trips import country_question


def generate(pool: FactPool) -> list[DraftQuestion]:
    return (each_topic(pool, lambda topic, pool: ASK.get(topic.kind, _none)(topic, pool)) + hosts.generate(pool)
            + venues.generate(pool))


def _none(topic: Topic, pool: FactPool) -> None:
    return None


def _visit(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    """'Which country did X visit in 1957?' when the corpus has X visit one country then. (Not
    'Who visited Kenya in 2019?': typed, it has countless right answers outside the article.)"""
    year, planned = visit_year(topic), pool.planned(topic)
    visitor, destination = str(topic.fields["visitor"]), destination_country(topic)
    if years_disagree(topic):
        return None  # the sources disagree on the year
    same_time = {str(v.fields.get("destination") or "").split(",")[-1].strip()
                 for fact in pool.visits_by(visitor) for v in fact.versions
                 if not year or not v.fields.get("when") or str(v.fields.get("when"))[:4] == year}
    where = country_question(topic, pool)
    if len(same_time) == 1 and where is not None:
        return from_topic(topic, "short_answer", where, destination, statement(topic, planned), destination,
                          accept=names_of_country(destination))
    return None


def names_of_country(country: str) -> list[str]:
    """Other names a student may type for the country: 'UK', 'Britain' for the United Kingdom,
    'DPRK' for North Korea. Not a part for the whole ('Scotland', 'Texas'): an alias is kept
    when it is the initials of the country's name or shares a word of weight with its name
    or official name ('United Kingdom of Great Britain [and Northern Ireland]')."""
    place = place_named(country)
    if place is None or place.is_city:
        return []
    official = _official_name(place.code).split(" and ")[0]
    reference = [normalise_answer(country), normalise_answer(official)]
    words = {w for name in reference for w in name.split() if len(w) > 2 and w not in _GENERIC}
    initials = {"".join(w[0] for w in name.split() if w not in ("of", "the", "and")) for name in reference if name}
    own = normalise_answer(country)
    return [name for name in country_names(place.code) if normalise_answer(name) != own
            and (set(normalise_answer(name).split()) & words or normalise_answer(name).replace(" ", "") in initials)]


_GENERIC = {"republic", "kingdom", "state", "states", "united", "democratic", "people", "peoples", "federal",
            "islamic", "independent", "islands", "commonwealth", "federation", "union", "socialist", "great"}


def _official_name(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    return getattr(country, "official_name", "") or getattr(country, "name", "") if country else ""



def _date(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    clause = clause_of(topic)
    year = topic.year
    if clause is None or not year or not stated_year(year, [s.quote for s in topic.sources]):
        return None
    if pool.planned(topic) or pool.is_news_year(topic, year):
        return None
    return from_topic(topic, "short_answer", clause.question("In which year"), year, statement(topic), year)


def _anniversary(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    asked = anniversary_prompt(topic, pool.planned(topic), pool)
    if asked is None:
        return None
    prompt, answer, accept = asked
    return from_topic(topic, "short_answer", prompt, answer, statement(topic, pool.planned(topic)), answer,
                      accept=accept)


ASK = {"visit": _visit, "date": _date, "anniversary": _anniversary}
