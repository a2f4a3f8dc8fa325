"""'How many agreements were signed during X's visit to Y?': the count of documents a visit or a
meeting signed, when the article gives it ('signed six memoranda of understanding').

A teacher asks it as often as the areas: the count is the news of many visits ('37 new bilateral
agreements'). The question rests on the article's fact it belongs to: the areas told in the same
sentence, else the trip the article reports; it is a question of its own beside theirs (it asks
another thing), so it carries ``aspect = "count"``.
"""
from __future__ import annotations

import re

from app.core.corroboration import SourceRef
from app.core.grading import normalise_answer

from . import distractors
from .draft import DraftQuestion, question_id
from .pool import FactPool, Topic, countries_in
from .statements import destination_country, without_dateline
from .story import single_articles
from .wording import with_article

_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20}
_NOUNS = {"agreements": "agreements", "mous": "memoranda of understanding", "memoranda": "memoranda of understanding",
          "memorandums": "memoranda of understanding", "deals": "deals", "accords": "accords", "pacts": "pacts",
          "documents": "documents", "instruments": "instruments", "treaties": "treaties", "contracts": "contracts"}
_COUNT = re.compile(
    r"(?i)\b(?P<n>[2-9]|[1-9]\d|1\d\d|" + "|".join(_NUMBER_WORDS) + r")\s+(?:(?:new|bilateral|cooperation|key"
    r"|important|major|separate|more|other|landmark|government-to-government)\s+){0,2}(?P<noun>"
    + "|".join(_NOUNS) + r")\b")
SIGNED = re.compile(r"(?i)\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?|seal(?:ed|s)?|conclude[ds]?|exchang(?:ed|es?))\b")
PLANNED = re.compile(r"(?i)\b(?:will|to be signed|are expected|is expected|set to|due to)\b")
# 'one of the 13 agreements', 'the 37 agreements signed since 2009': a count of a part or a total over years
_NOT_THIS_SIGNING = re.compile(r"(?i)\b(?:of\s+the|since|so\s+far|in\s+all\s+the|over\s+the\s+years)\s+$")


_THE_VISIT = re.compile(r"(?i)\b(?:the|this|his|her)\s+(?:state\s+|official\s+|working\s+)?visit\b(?!\s+to\b)")


_THEIR_VISIT = re.compile(r"(?i)\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?:visit|trip|tour)\b")


def generate(pool: FactPool) -> list[DraftQuestion]:
    questions: list[DraftQuestion] = []
    for article_id in single_articles(pool):
        question = _count_question(pool, article_id)
        if question is not None:
            questions.append(question)
    return questions


def _count_question(pool: FactPool, article_id: str) -> DraftQuestion | None:
    """The article's first stated count of documents signed, asked once per article."""
    article = pool.articles[article_id]
    counts = []
    for index in pool.story(article.id):
        sentence = article.sentences[index]
        text = article.sentence_text(sentence)
        if not SIGNED.search(text):
            continue
        for match in _COUNT.finditer(text):
            if not _NOT_THIS_SIGNING.search(text[max(0, match.start() - 16):match.start()]):
                counts.append((sentence, text, match))
    if not counts:
        return None
    told = {_number(m.group("n")) for _, _, m in counts}
    sentence, text, match = counts[0]
    found = signing_occasion(pool, article_id, sentence.start, sentence.end, text)
    if found is None:
        return None
    occasion, anchor = found
    number, noun = _number(match.group("n")), _NOUNS[match.group("noun").lower()]
    planned = bool(PLANNED.search(text))
    verb = "will be signed" if planned else "were signed"
    prompt = f"How many {noun} {verb} {occasion}?"
    wrong = _near_counts(number, told, seed=anchor.id)
    if len(wrong) < 3:
        return None
    source = SourceRef(article_id, sentence.start, sentence.end, text)
    quote = without_dateline(text.strip())
    question = DraftQuestion(
        id=question_id(anchor.id, "multiple_choice") + "n", type="multiple_choice", kind=anchor.kind,
        prompt=prompt, answer=str(number),
        explanation=f"{number} {noun} {verb} {occasion}. The article says: “{quote}”",
        sources=[source], facts=[anchor.id, *anchor.merged], keys=[anchor.fact.key], aspect="count")
    question.options = distractors.ordered([str(number), *wrong], question.id)
    return question


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[text.lower()]


def signing_occasion(pool: FactPool, article_id: str, start: int, end: int, text: str) -> tuple[str, Topic] | None:
    """('during X's visit to Y' or 'between A and B', the fact it rests on) for a sentence telling
    of documents signed, or None when the article does not say which signing it was."""
    anchor = _anchor(pool, article_id, start, end)
    return None if anchor is None else _occasion(pool, anchor, text)


def _anchor(pool: FactPool, article_id: str, start: int, end: int) -> Topic | None:
    """The fact the count belongs to: areas told in its sentence, else the trip the article reports
    (in its lead), else a trip told within two sentences of it, the last before (or the first after)."""
    mine = pool.told_only_in(article_id)
    for topic in mine:
        if topic.kind == "agreement_area" and any(start <= s.start < end for s in topic.sources):
            return topic
    trips = [t for t in mine if t.kind == "visit"]
    if _THEIR_VISIT.search(pool.articles[article_id].text[start:end]):
        trips = [t for t in trips if t.sources[0].start < start]  # 'during her visit' points back
    news = [t for t in trips if pool.is_news(t)]
    if news:
        return min(news, key=lambda t: t.sources[0].start)
    # only a trip told close by: farther off, 'during her visit' may be a trip the extractor missed
    article = pool.articles[article_id]
    here = article.sentence_at(start)
    near = [t for t in trips if here is not None and (told := article.sentence_at(t.sources[0].start)) is not None
            and abs(told.index - here.index) <= 2]
    before = [t for t in near if t.sources[0].start <= start]
    if before:
        return max(before, key=lambda t: t.sources[0].start)
    return min(near, key=lambda t: t.sources[0].start) if near else None  # a lead's deals before its trip


def _occasion(pool: FactPool, anchor: Topic, sentence: str) -> tuple[str, Topic] | None:
    """'during Anna Kessel's visit to Kenya' (on a tour, the stop the count's sentence names), or
    'between Kenya and Lorvia', with the fact the count then rests on (that stop's trip, or the
    areas); None when the article says neither (the count would float free of what it counts)."""
    told = pool.told_only_in(anchor.articles[0], "visit") if len(anchor.articles) == 1 else []
    trips = [t for t in told if pool.is_news(t) or t is anchor]
    visitors = {normalise_answer(str(t.fields["visitor"])) for t in trips}
    if trips and len(visitors) == 1:
        first = min(trips, key=lambda t: t.sources[0].start)
        visitor = normalise_answer(str(first.fields["visitor"]))
        stops = sorted({destination_country(t) for t in told if normalise_answer(str(t.fields["visitor"])) == visitor})
        told = {normalise_answer(country) for country in countries_in(sentence)}
        named = [stop for stop in stops if normalise_answer(stop) in told]
        if len(named) != 1 and _THE_VISIT.search(sentence) and pool.is_news(first):
            named = [destination_country(first)]  # 'during the visit': the one the article reports
        if len(stops) == 1 or len(named) == 1:
            stop = (named or stops)[0]
            trip = next((t for t in trips if destination_country(t) == stop), None)
            if anchor.kind == "visit" and trip is None:
                trip = next(t for t in told if destination_country(t) == stop)
            return f"during {pool.visitor_phrase(first)}'s visit to {with_article(stop)}", \
                trip if anchor.kind == "visit" else anchor
        if named or len(stops) > 1:
            return None  # a tour: the count is one stop's, or all of them, and the sentence does not say which
    pair = pool.two_countries(anchor) if anchor.kind == "agreement_area" else None
    return (f"between {with_article(pair[0])} and {with_article(pair[1])}", anchor) if pair else None


def _near_counts(number: int, told: set[int], seed: str) -> list[str]:
    """Three counts near the true one, some below and some above, none the article tells."""
    step = max(1, round(number / 8))
    ok = [number + d * step for d in (1, -1, 2, -2, 3, -3, 4)]
    ok = [n for n in ok if n > 1 and n not in told]
    below = [n for n in ok if n < number]
    above = [n for n in ok if n > number]
    return [str(n) for n in sorted(distractors.around(below, above, 3, seed))]
