"""'Which country was the first stop of X's tour?': where a tour began or ended, when the article
says so ('flew on to Accra, her first stop', 'the last leg of his trip').

The order of a tour is news a teacher asks, and the other stops make the fairest wrong options
(a student who read of the tour knows them, but not which came first). Asked only where the
sentence names exactly one of the traveller's stops; a question of its own beside the stop's
(``aspect = "leg"``).
"""
from __future__ import annotations

import re
from collections import Counter

from app.core.corroboration import SourceRef, person_key
from app.core.facts.gazetteer import place_named
from app.core.grading import normalise_answer

from . import distractors
from .draft import DraftQuestion, question_id
from .pool import FactPool, Topic, countries_in
from .statements import destination_country, without_dateline
from .story import single_articles
from .wording import with_article

_LEG = re.compile(r"(?i)\b(?:the|its|his|her|their)\s{1,3}(?P<which>first|last|final|second|third|next)\s{1,3}"
                  r"(?:stop|leg|stopover|destination)\b(?:\s{1,3}(?:on|of)\s{1,3}(?:a|an|the|his|her|their)\s{1,3}"
                  r"(?:[\w-]+\s{1,3}){0,3}?(?P<trip>tour|trip|visit|journey|swing))?")
_ORDER = {"final": "last"}


def generate(pool: FactPool) -> list[DraftQuestion]:
    questions: list[DraftQuestion] = []
    for article_id in single_articles(pool):
        trips = pool.told_only_in(article_id, "visit")
        traveller = _traveller(pool, trips)
        if traveller is None:
            continue  # whose tour, the sentence may not say
        stops = [t for t in trips if person_key(str(t.fields["visitor"])) == traveller]
        question = _leg_question(pool, article_id, stops)
        if question is not None:
            questions.append(question)
    return questions


def _traveller(pool: FactPool, trips: list[Topic]) -> str | None:
    """The one traveller of the article's news, else the one with the most stops (two or more)."""
    news = {person_key(str(t.fields["visitor"])) for t in trips if pool.is_news(t)}
    if news:
        return news.pop() if len(news) == 1 else None
    counts = Counter(person_key(str(t.fields["visitor"])) for t in trips)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _country_key(name: str) -> str:
    place = place_named(name)
    return place.country if place is not None else normalise_answer(name)


def _leg_question(pool: FactPool, article_id: str, stops: list[Topic]) -> DraftQuestion | None:
    article = pool.articles[article_id]
    by_country = {_country_key(destination_country(t)): t for t in stops}
    for index in pool.story(article.id):
        sentence = article.sentences[index]
        text = article.sentence_text(sentence)
        match = _LEG.search(text)
        if match is None:
            continue
        named = [by_country[key] for country in countries_in(text) if (key := _country_key(country)) in by_country]
        if len(named) != 1:
            continue
        trip = named[0]
        country = destination_country(trip)
        others = sorted({destination_country(t) for t in stops} - {country})
        told = set().union(*(pool.countries_told(t) for t in stops))
        near = distractors.countries(country, str(trip.fields["visitor"]), pool, told=told | set(others))
        wrong = (others + near)[:3]
        if len(wrong) < 3:
            continue
        which = _ORDER.get(match.group("which").lower(), match.group("which").lower())
        journey = (match.group("trip") or "tour").lower()
        journey = "tour" if journey == "swing" else journey
        visitor = pool.visitor_phrase(trip)
        verb = "will be" if pool.planned(trip) else "was"
        question = DraftQuestion(
            id=question_id(trip.id, "multiple_choice") + "l", type="multiple_choice", kind="visit",
            prompt=f"Which country {verb} the {which} stop of {visitor}'s {journey}?", answer=country,
            explanation=f"{with_article(country)[0].upper()}{with_article(country)[1:]} {verb} the {which} stop of "
                        f"{visitor}'s {journey}. The article says: “{without_dateline(text.strip())}”",
            sources=[SourceRef(article_id, sentence.start, sentence.end, text)],
            facts=[trip.id, *trip.merged], keys=[trip.fact.key], aspect="leg")
        question.options = distractors.shuffled([country, *wrong], question.id)
        return question
    return None
