"""Multiple choice: the answer among wrong options that fit it.

Years and numbers are listed in order, with a seeded number of wrong ones
below the answer; other options are shuffled by the question's id. Either
way the key stands in every position equally often and a rebuild keeps the
order.
"""
from __future__ import annotations

import re

from app.core.corroboration import content_words, person_key
from app.core.facts.sectors import is_sector
from app.core.grading import normalise_answer

from . import counts, distractors, legs, meetings, ordinals, sums
from .common import each_topic, from_topic
from .draft import DraftQuestion, group_id
from .firsts import first_in, span_years
from .pool import FactPool, Topic
from .statements import (
    anniversary_statement,
    anniversary_subject,
    clause_of,
    destination_country,
    explanation,
    join_areas,
    shown_when,
    statement,
    visit_year,
    years_disagree,
    years_link,
)
from .story import single_articles
from .timing import stated_year
from .trips import country_question, trip_label, visit_verb, visit_when, who_question, year_question
from .wording import anniversary_form, ordinal, when_phrase, with_article


def generate(pool: FactPool) -> list[DraftQuestion]:
    return (each_topic(pool, lambda topic, pool: ASK[topic.kind](topic, pool)) + tour_questions(pool)
            + each_topic(pool, _first_in) + counts.generate(pool) + sums.generate(pool)
            + meetings.generate(pool) + legs.generate(pool) + ordinals.generate(pool) + area_sets(pool))


def _first_in(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    """'X's visit to Y was, the article says, the first visit by a Z president in how long?': a
    second multiple choice on the visit, a question of its own (teachers ask what made the visit
    news as often as where it went)."""
    asked = first_in(topic, pool) if topic.kind == "visit" else None
    if asked is None:
        return None
    prompt, answer, wrong, said = asked
    question = with_options(topic, prompt, answer, wrong, statement(topic, pool.planned(topic)), answer)
    if said not in question.sources:
        question.sources = sorted([*question.sources, said], key=lambda s: (s.article, s.start))
    question.explanation = f"{statement(topic, pool.planned(topic))} The article says: “{said.quote.strip()}”"
    question.id = f"{question.id}2"  # beside the visit's main multiple choice, '…-mc'
    question.aspect = "first"  # what the article makes of the visit: a question of its own
    question.options = sorted([answer, *wrong], key=span_years)  # shortest span first, as a teacher lists them
    return question


def tour_statement(visitor: str, countries: list[str], when: str, verb: str) -> str:
    """'Anna Kessel will visit Rwanda, Tanzania and Uganda in June 2024.'"""
    places = [with_article(country) for country in countries]
    listed = ", ".join(places[:-1]) + " and " + places[-1]
    return f"{visitor} {verb} {listed}{' ' + when if when else ''}."


def tour_questions(pool: FactPool) -> list[DraftQuestion]:
    """'Which of these countries did X NOT visit in April 2018?' for a tour: three or more
    countries one person visits in the same year (or all undated) in one article."""
    tours: dict[tuple[str, str, str, bool], list[Topic]] = {}
    for topic in pool.topics:
        # (an undated trip 'there last year' is no stop of the tour reported)
        if topic.kind == "visit" and not years_disagree(topic) and (visit_year(topic) or not pool.earlier_trip(topic)):
            # one tour: one person, one year, one article, all done or all still planned
            # (undated stops, done or still to come, are one tour: the one the article reports)
            year = visit_year(topic)
            key = (person_key(str(topic.fields["visitor"])), year, topic.articles[0], bool(year) and pool.planned(topic))
            tours.setdefault(key, []).append(topic)
    questions = []
    for stops in tours.values():
        by_country = {destination_country(t): t for t in sorted(stops, key=lambda t: t.id)}
        if len(by_country) < 3:
            continue
        first = stops[0]
        visitor = str(first.fields["visitor"])
        told = set().union(*(pool.countries_told(t) for t in by_country.values()))
        outsider = next((c for country in by_country for c in distractors.countries(country, visitor, pool, told=told)), None)
        if outsider is None:
            continue
        chosen = distractors.rotate(sorted(by_country), visitor)[:3]
        planned = pool.planned(first)
        dates = {visit_when(t, pool) for t in stops}
        when = when_phrase(dates.pop()) if len(dates) == 1 else (f"in {visit_year(first)}" if visit_year(first) else "")
        # the article's first trip told is its story's trip, even past the lead (a tour's stops come later)
        news = not when and any(pool.is_first_visit(t) for t in stops)
        if not when and not news:
            continue  # an undated tour in passing: 'which did X not visit' has answers outside the article
        verb = "did" if not planned else ("will" if shown_when(first) else "was")
        shown = pool.visitor_phrase(first)
        if news:  # the article's own undated tour, scoped to the article as its single visit is
            prompt = f"Which of these countries is NOT a stop on the tour by {shown} that this article reports?"
        else:
            prompt = f"Which of these countries {verb} {shown} NOT {'due to visit' if verb == 'was' else 'visit'} {when}?"
        topics = [by_country[c] for c in sorted(by_country)]
        facts = [t.id for t in topics]
        question = DraftQuestion(
            id=group_id("multiple_choice", facts), type="multiple_choice", kind="visit", prompt=prompt,
            answer=outsider, explanation=explanation(first, tour_statement(shown, sorted(by_country), when,
                                                                           visit_verb(first, pool)), visitor),
            sources=sorted({s for t in topics for s in t.sources}, key=lambda s: (s.article, s.start)),
            facts=facts, keys=[t.fact.key for t in topics])
        question.options = distractors.shuffled([outsider, *chosen], question.id)
        questions.append(question)
    return questions


def with_options(topic: Topic, prompt: str, answer: str, wrong: list[str], lead: str, needle: str = "",
                 **extra: object) -> DraftQuestion:
    question = from_topic(topic, "multiple_choice", prompt, answer, lead, needle, **extra)
    question.options = distractors.ordered([answer, *wrong], question.id)
    return question


def _visit(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    """'In which year did X visit Y?' for a past visit the sources date; otherwise 'Who visited Y
    in <when>?' or 'Which country did X visit in <when>?'."""
    visitor, destination = str(topic.fields["visitor"]), destination_country(topic)
    year, planned = visit_year(topic), pool.planned(topic)
    quotes = [s.quote for s in topic.sources]
    if year and not planned and stated_year(year, quotes) and not pool.is_news_year(topic, year):
        stops = _stops_told_with(topic, pool, year)
        if stops and stops[0] is not topic:
            return None  # 'visited A, B and C in 2013': asked once, of all three, by the first stop
        trips = pool.trip_years(visitor, destination)
        wrong = distractors.years(year, pool, trips | pool.visit_years(visitor) | pool.told_years(topic),
                                  latest=pool.latest_year(topic), seed=topic.id, earliest=_in_office_since(quotes))
        if len(wrong) >= 3:
            prompt = year_question(topic, pool, destination, trip_label(topic, year, trips))
            if stops:
                listed = [with_article(destination_country(t)) for t in stops]
                prompt = (f"In which year did {pool.visitor_phrase(topic)} visit {', '.join(listed[:-1])} and "
                          f"{listed[-1]}?")
                question = with_options(topic, prompt, year, wrong, statement(topic), year)
                if question is not None:  # one question for the stops: their other forms are its variants
                    question.facts = list(dict.fromkeys([*question.facts, *(f for t in stops for f in (t.id, *t.merged))]))
                    question.keys = list(dict.fromkeys([*question.keys, *(t.fact.key for t in stops)]))
                return question
            return with_options(topic, prompt, year, wrong, statement(topic), year)
    if years_disagree(topic):
        return None  # the sources disagree on the year
    people = distractors.people(visitor, destination, year, pool)
    who = who_question(topic, pool)
    if who and len(people) >= 3:
        return with_options(topic, who, visitor, people, statement(topic, planned), visitor)
    home = pool.visitor_home(topic)  # 'India' for where India's minister went: no fair wrong answer
    wrong = distractors.countries(destination, visitor, pool, told=pool.countries_told(topic) | ({home} if home else set()))
    where = country_question(topic, pool)
    if where is None or len(wrong) < 3:
        return None
    return with_options(topic, where, destination, wrong, statement(topic, planned), destination)


# 'Since becoming president in March 2013, X has visited …': no trip of the sentence before that year
_IN_OFFICE_SINCE = re.compile(r"(?i)\bsince\s+(?:becoming|taking\s+(?:office|power)|assuming\s+office|(?:he|she)\s+took"
                              r"\s+(?:office|power)|(?:his|her)\s+(?:election|inauguration))\b[^,;.]{0,40}?\b(?P<year>(?:19|20)\d\d)\b")


def _in_office_since(quotes: list[str]) -> int | None:
    found = next((m for quote in quotes if (m := _IN_OFFICE_SINCE.search(quote))), None)
    return int(found.group("year")) if found else None


def _stops_told_with(topic: Topic, pool: FactPool, year: str) -> list[Topic]:
    """The visits of the same traveller in the same year that one sentence tells with this one
    ('travelling to A, B and C in 2013'), in the order it names them; [] when it tells this one alone."""
    if len(topic.articles) != 1 or len(topic.sources) != 1:
        return []
    source, visitor = topic.sources[0], person_key(str(topic.fields["visitor"]))
    stops = [t for t in pool.told_only_in(topic.articles[0], "visit") if visit_year(t) == year
             and person_key(str(t.fields["visitor"])) == visitor and source in t.sources and len(t.sources) == 1]
    if len(stops) < 2:
        return []
    return sorted(stops, key=lambda t: (source.quote.find(destination_country(t)) % (len(source.quote) + 1), t.id))


def _date(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    clause = clause_of(topic)
    year = topic.year
    if clause is None or not year or not stated_year(year, [s.quote for s in topic.sources]):
        return None
    if pool.planned(topic) or pool.is_news_year(topic, year):
        return None  # 'In which year will …' of a plan, or the article's own news: no question
    wrong = distractors.years(year, pool, pool.event_years(content_words(clause.text)) | pool.told_years(topic)
                              | pool.visit_years_told_in(clause.text),
                              latest=pool.latest_year(topic), seed=topic.id)
    if len(wrong) < 3:
        return None
    return with_options(topic, clause.question("In which year"), year, wrong, statement(topic), year)


def anniversary_subject_with_parties(topic: Topic, pool: FactPool | None) -> str | None:
    """The anniversary's subject, with 'the two countries' named and bare 'relations' given the
    two countries of its sentence or article ('relations between Kenya and Lorvia')."""
    subject = anniversary_subject(str(topic.fields.get("subject") or ""))
    pair = pool.two_countries(topic) if pool is not None and subject is not None else None
    if subject is None or pair is None:
        return subject
    parties = f"{with_article(pair[0])} and {with_article(pair[1])}"
    # 'the two countries', and a speaker's 'our states', 'our two nations' ('relations between our states')
    subject = re.sub(r"\b(?:the two|our(?: two)?) (?:countries|nations|sides|states|peoples)\b", parties, subject)
    named = {word for country in pair for word in normalise_answer(country).split()}
    if re.search(r"\b(?:relations|ties)$", subject) and not named & set(normalise_answer(subject).split()):
        subject += f" between {parties}"
    return subject


def anniversary_prompt(topic: Topic, planned: bool, pool: FactPool | None = None) -> tuple[str, str, list[str]] | None:
    """(prompt, answer, accept) for an anniversary: '80th' or '50' as the source puts it; 'relations'
    with no parties named gets the two countries of its article ('relations between X and Y')."""
    f = topic.fields
    subject = anniversary_subject_with_parties(topic, pool)
    if subject is None:
        return None
    number = int(f["number"])
    when = f" in {f['year']}" if f.get("year") else ""
    verb = "will be marked" if planned else "was marked"
    if anniversary_form(topic.sources[0].quote, number) == "ordinal":
        return f"Which anniversary of {subject} {verb}{when}?", ordinal(number), [str(number)]
    were = "will be" if planned else "were"
    return f"How many years {years_link(topic)} {subject} {were} marked{when}?", str(number), []


def _anniversary(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    asked = anniversary_prompt(topic, pool.planned(topic), pool)
    if asked is None:
        return None
    prompt, answer, _ = asked
    number = int(topic.fields["number"])
    wrong = distractors.numbers(number, pool.anniversary_numbers(str(topic.fields["subject"])), seed=topic.id)
    if len(wrong) < 3:
        return None
    as_text = ordinal if answer != str(number) else str
    # the explanation names the parties as the prompt does ('between Kazakhstan and Uzbekistan', not 'our states')
    told = anniversary_statement(topic, number, pool.planned(topic), anniversary_subject_with_parties(topic, pool))
    return with_options(topic, prompt, answer, [as_text(n) for n in wrong], told or statement(topic, pool.planned(topic)),
                        answer)


def area_prompt(topic: Topic, pool: FactPool, single: bool) -> str:
    """'Which of these is NOT among the areas of cooperation between Kenya and Lorvia that the
    article names?': the two countries when the sentence (or its article) names just two."""
    pair = pool.two_countries(topic)
    if pair:
        named = f"between {with_article(pair[0])} and {with_article(pair[1])} that the article names"
    else:  # no two parties: the story's trip sets the question in a deck of many articles
        trip = _main_trip(topic, pool)
        named = f"named in the article on {trip}" if trip else "that the article names"
    if single:
        return f"Which of these is an area of cooperation {named}?"
    return f"Which of these is NOT among the areas of cooperation {named}?"


def _main_trip(topic: Topic, pool: FactPool) -> str | None:
    """"Mohammed bin Salman's tour", "James Marape's visit to Indonesia": the trip of the one
    traveller the topic's article tells most of, or None."""
    trips: dict[str, list[Topic]] = {}
    for other in pool.told_only_in(topic.articles[0], "visit"):
        if not years_disagree(other) and not pool.earlier_trip(other):
            trips.setdefault(person_key(str(other.fields["visitor"])), []).append(other)
    ranked = sorted(trips.values(), key=len, reverse=True)
    if not ranked or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
        return None
    stops = ranked[0]
    countries = sorted({destination_country(t) for t in stops})
    where = "tour" if len(countries) > 1 else f"visit to {with_article(countries[0])}"
    return f"{pool.visitor_phrase(stops[0])}'s {where}"


def _areas(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    """'Which of these is NOT among the areas …?': three named areas and one the corpus never names.
    Not for an agreement whose article tells others between the same two countries: those are
    asked together (``area_sets``)."""
    pairs = pool.area_pairs(topic.articles[0]) if len(topic.articles) == 1 else {}
    if pairs.get(topic.id) and sum(1 for pair in pairs.values() if pair == pairs[topic.id]) > 1:
        return None
    # 'political, economic and cultural (ties)' say what kind the ties are; as options they name no field
    named = [area for area in short_areas(list(topic.fields["areas"])) if not _RELATION_ADJECTIVE.match(area)]
    outsider = distractors.unnamed_areas(pool, topic.id, [pool.articles[a].text for a in topic.articles])
    if len(named) < 3:
        # one or two areas: 'Which of these is an area …?' among three the corpus never names
        if not named:
            return None
        wrong = distractors.one_per_group(outsider, besides=named[0])[:3]
        if len(wrong) < 3 or len(named[0].split()) > 2 * max(len(w.split()) for w in wrong):
            return None  # too few, or the key the one long phrase among short words: it gives itself away
        return with_options(topic, area_prompt(topic, pool, True), named[0], wrong, statement(topic), named[0])
    chosen = distractors.unlike_areas(named, topic.id)
    if not outsider or len(chosen) < 3:
        return None
    return with_options(topic, area_prompt(topic, pool, False), outsider[0], chosen, statement(topic), chosen[0])


def area_sets(pool: FactPool) -> list[DraftQuestion]:
    """'Which of these is NOT among the areas of cooperation between A and B …?' over all of an
    article's agreements between the same two countries ('an MoU on education', 'an agreement on
    health and medical sciences', …): asked one by one, they would be questions with the same stem
    and different lists, or near-identical single choices; together they are one question, its
    parts' forms its variants."""
    questions = []
    for article_id in single_articles(pool):
        by_pair: dict[tuple[str, str], list[Topic]] = {}
        pairs = pool.area_pairs(article_id)
        for topic in pool.told_only_in(article_id, "agreement_area"):
            pair = pairs.get(topic.id)
            if pair:
                by_pair.setdefault(pair, []).append(topic)
        for topics in by_pair.values():
            named = list(dict.fromkeys(area for t in topics for area in short_areas(list(t.fields["areas"]))
                                       if is_sector(area) and not _RELATION_ADJECTIVE.match(area)))
            if len(topics) < 2 or len(named) < 3:
                continue
            every = list(dict.fromkeys(area for t in topics for area in short_areas(list(t.fields["areas"]))
                                       if not _RELATION_ADJECTIVE.match(area)))  # the explanation tells them all
            first = topics[0]
            outsider = distractors.unnamed_areas(pool, first.id, [pool.articles[article_id].text])
            chosen = distractors.unlike_areas(named, first.id)
            if not outsider or len(chosen) < 3:
                continue
            facts = [t.id for t in topics]
            question = DraftQuestion(
                id=group_id("multiple_choice", facts), type="multiple_choice", kind="agreement_area",
                prompt=area_prompt(first, pool, False), answer=outsider[0],
                explanation=f"The areas of cooperation named are {join_areas(every)}. The article says: "
                            f"“{first.sources[0].quote.strip()}”",
                sources=sorted({s for t in topics for s in t.sources}, key=lambda s: (s.article, s.start)),
                facts=facts, keys=[t.fact.key for t in topics])
            question.options = distractors.shuffled([outsider[0], *chosen], question.id)
            questions.append(question)
    return questions


_RELATION_ADJECTIVE = re.compile(r"(?i)^(?:[a-z]+(?:al|ic)|people-to-people)$")


def short_areas(areas: list[str]) -> list[str]:
    """Areas short enough to read as an option (a clause-long 'area' is not one), in lower case
    like the other options unless they are names ('Health' → 'health')."""
    return [area.lower() if area.istitle() and len(area.split()) == 1 else area
            for area in areas if len(area.split()) <= 5 and len(area) <= 40]


ASK = {"visit": _visit, "date": _date, "anniversary": _anniversary, "agreement_area": _areas}
