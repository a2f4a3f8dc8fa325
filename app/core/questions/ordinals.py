"""'Which visit to Bhutan was this for X?': the count the article gives a reported trip ('This is
Khurshid's first visit to Bhutan', 'his third visit to the African continent', 'made his first
official visit to Mexico').

That a visit is someone's first (or third) is what a teacher asks of news whose year is the
article's own, and no other question asks it. Asked of the trip an article reports, from a
sentence on that visitor whose place is the trip's country or a continent; wrong options are the
neighbouring ordinals, shown in a seeded order (in counting order 'the first' would always lead).
A question of its own beside the trip's (``aspect = "ordinal"``).
"""
from __future__ import annotations

import re

from app.core.corroboration import SourceRef
from app.core.grading import normalise_answer

from . import distractors
from .draft import DraftQuestion, question_id
from .pool import FactPool, Topic, countries_in
from .statements import destination_country, without_dateline
from .story import reported_trips, sentences_on, single_articles
from .wording import with_article

_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"]
_NTH = re.compile(
    r"\b(?:his|her|their|(?P<owner>[A-Z][\w-]+)['’]s)\s{1,3}(?P<nth>first|second|third|fourth|fifth|sixth|maiden"
    r"|first-ever)\s{1,3}(?P<kind>(?:official|state|working|overseas|foreign)\s{1,3})?(?:visit|trip)\s{1,3}to"
    r"\s{1,3}(?P<where>the\s{1,3}[A-Z]?[a-z]+\s{1,3}continent|(?:the\s{1,3})?[A-Z][\w-]*(?:\s{1,3}[A-Z][\w-]*){0,3})",
    re.IGNORECASE)
# the count is said of this trip ('This is X's first visit', 'made his first official visit', ', his first
# visit since'), not of one it recalls ('It recalled X's first visit')
_PREDICATED = re.compile(r"(?i)(?:\b(?:is|was|be|marks?|marked|made|makes|making|paid|pays|paying|on|during)|,)\s{0,3}$")
# 'The visit would be …' after the sentence on the trip
_THE_VISIT = re.compile(r"\s*(?:The\s+(?:state\s+|official\s+)?(?:visit|trip)|This|It)\b")
_WILL = re.compile(r"(?i)\b(?:will|would)\s{1,3}be\b")


def generate(pool: FactPool) -> list[DraftQuestion]:
    questions: list[DraftQuestion] = []
    for article_id in single_articles(pool):
        for trip in reported_trips(pool, article_id):
            question = _ordinal_question(pool, trip)
            if question is not None and all(q.prompt != question.prompt for q in questions):
                questions.append(question)
    return questions


def _ordinal_question(pool: FactPool, trip: Topic) -> DraftQuestion | None:
    article = pool.articles[trip.articles[0]]
    surname = str(trip.fields["visitor"]).split()[-1]
    country = destination_country(trip)
    for sentence, text in sentences_on(pool, trip, _THE_VISIT):
        match = _NTH.search(text)
        if match is None or not _PREDICATED.search(text[max(0, match.start() - 40):match.start()]):
            continue
        if match.group("owner") and match.group("owner") != surname:
            continue  # someone else's first visit
        where = " ".join(match.group("where").split())
        continent = where.lower().endswith("continent")
        if not continent and normalise_answer(country) not in {normalise_answer(c) for c in countries_in(where)}:
            continue  # a first visit to somewhere the trip is not
        nth = {"maiden": "first", "first-ever": "first"}.get(match.group("nth").lower(), match.group("nth").lower())
        place = where[0].lower() + where[1:] if continent else with_article(country)
        kind = (match.group("kind") or "").lower()
        will = pool.planned(trip) or bool(_WILL.search(text[:match.start()]))
        prompt = f"Which {kind}visit to {place} {'will this be' if will else 'was this'} for {pool.visitor_phrase(trip)}?"
        answer = f"the {nth}"
        at = _ORDINALS.index(nth)
        wrong = [f"the {o}" for o in (_ORDINALS[max(0, at - 1):at] + _ORDINALS[at + 1:])][:3]
        question = DraftQuestion(
            id=question_id(trip.id, "multiple_choice") + "o", type="multiple_choice", kind="visit", prompt=prompt,
            answer=answer,
            explanation=f"It {'will be' if will else 'was'} {pool.visitor_phrase(trip)}'s {nth} {kind}visit to "
                        f"{place}. The article says: “{without_dateline(text.strip())}”",
            sources=[SourceRef(article.id, sentence.start, sentence.end, text)],
            facts=[trip.id, *trip.merged], keys=[trip.fact.key], aspect="ordinal")
        question.options = distractors.shuffled([answer, *wrong], question.id)
        return question
    return None
