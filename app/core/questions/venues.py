"""'Where was X welcomed on the visit to Y?': the palace or house where a visit's ceremony took
place, when a sentence on the visitor names it ('was welcomed … at the Kessia Palace', 'began her
state visit at the Lorvia House', 'the banquet the Queen gave for her at the Summer Palace').

Teachers ask where a state visit's welcome or banquet was held; the venue is typed by name (its
distinctive words are enough: 'Kessia'). Asked of the trip an article reports; a question of
its own beside the trip's (``aspect = "venue"``).
"""
from __future__ import annotations

import re

from app.core.corroboration import SourceRef
from app.core.facts.gazetteer import place_named

from .draft import DraftQuestion, question_id
from .pool import FactPool, Topic
from .statements import destination_phrase, without_dateline
from .story import reported_trips, sentences_on, single_articles

_VENUE = re.compile(r"\bat\s{1,3}(?P<venue>(?:the\s{1,3})?(?:[A-Z][\w'’-]*\s{1,3}){1,4}?"
                    r"(?P<head>Palace|House|Castle|Guesthouse|Guest\s{1,3}House|Buildings|Residence|Kremlin))\b")
# what happened there, the last of these before the venue in its clause
_EVENT = re.compile(r"(?i)\b(?P<welcome>welcomed|received|greeted)\b|\b(?P<meal>banquet|dinner|lunch|luncheon)\b"
                    r"|\bbegan\s{1,3}(?:his|her|their)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?P<began>visit|tour)\b")
# the visitor referred to without a name: 'The Chinese leader was welcomed …', 'He was received …'
_REFERRED = re.compile(r"\s*(?:He|She|The\s+[A-Z][a-z]+\s+(?:leader|president|premier|prime\s+minister|king|queen"
                       r"|monarch|emir|guest|visitor))\b")


def generate(pool: FactPool) -> list[DraftQuestion]:
    questions: list[DraftQuestion] = []
    for article_id in single_articles(pool):
        for topic in reported_trips(pool, article_id):
            question = _venue_question(pool, topic)
            if question is not None and all(q.prompt != question.prompt for q in questions):
                questions.append(question)
    return questions


def _venue_question(pool: FactPool, topic: Topic) -> DraftQuestion | None:
    article = pool.articles[topic.articles[0]]
    for sentence, text in sentences_on(pool, topic, _REFERRED):
        venue = _VENUE.search(text)
        if venue is None:
            continue
        clause = re.split(r"[;,]\s", text[:venue.start()])[-1] if "," in text[:venue.start()] else text[:venue.start()]
        events = list(_EVENT.finditer(clause))
        if not events:
            continue
        name = " ".join(venue.group("venue").split())
        prompt, lead = _asked(events[-1], pool.visitor_phrase(topic), destination_phrase(topic), name,
                              pool.planned(topic))
        bare = re.sub(r"^the\s", "", name)
        distinctive = re.sub(rf"\s{venue.group('head')}$", "", bare)
        # 'Alvorada' names the Alvorada Palace; 'Union' or 'State' says nothing of the Union Buildings
        named_after = venue.group("head") in ("Palace", "Castle", "Guesthouse", "Residence")
        accept = [distinctive] if named_after and distinctive != bare and len(distinctive) > 3 else []
        accept += _city_after(text, venue.end())  # 'at the Union Buildings in Pretoria': the city is right too
        return DraftQuestion(
            id=question_id(topic.id, "short_answer") + "p", type="short_answer", kind="visit", prompt=prompt,
            answer=bare, accept=accept,
            explanation=f"{lead} The article says: “{without_dateline(text.strip())}”",
            sources=[SourceRef(article.id, sentence.start, sentence.end, text)],
            facts=[topic.id, *topic.merged], keys=[topic.fact.key], aspect="venue")
    return None


def _city_after(text: str, end: int) -> list[str]:
    """The city the sentence places the venue in, right after it ('in Pretoria', ', Nairobi')."""
    found = re.match(r"\s{0,2}(?:,|in)\s{1,3}(?P<city>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)", text[end:end + 60])
    if found is None:
        return []
    place = place_named(found.group("city"))
    return [found.group("city")] if place is not None and place.is_city else []


def _asked(event: re.Match[str], visitor: str, place: str, name: str, planned: bool) -> tuple[str, str]:
    """(the prompt, the sentence that answers it) for what happened at the venue."""
    if event.group("welcome"):
        verb = event.group("welcome").lower()
        if planned:
            return (f"Where will {visitor} be {verb} on the visit to {place}?",
                    f"{visitor} will be {verb} at {name} on the visit to {place}.")
        return f"Where was {visitor} {verb} on the visit to {place}?", f"{visitor} was {verb} at {name} on the visit to {place}."
    if event.group("meal"):
        meal = event.group("meal").lower()
        asked = f"Where will the {meal} in honour of {visitor} be held" if planned else \
            f"Where was the {meal} in honour of {visitor} held"
        held = "will be held" if planned else "was held"
        return f"{asked} on the visit to {place}?", f"The {meal} in honour of {visitor} {held} at {name}."
    verb = "will begin" if planned else "began"
    return (f"Where {'will' if planned else 'did'} {visitor}'s visit to {place} begin?",
            f"{visitor}'s visit to {place} {verb} at {name}.")
