"""The extractor: reads an article's story sentence by sentence, in order.

Order matters because the article builds context as it goes: names given in
full ("Kim Il Sung") resolve later short ones ("Mr. Kim", "he"), a year told
once anchors "one year later", and a country named once is "the country".
"""
from __future__ import annotations

import re

from app.core.corpus import Article
from app.core.facts.anniversaries import find_anniversaries
from app.core.facts.areas import ends_on_fields, find_areas
from app.core.facts.dates import Cal, DateContext, DateMention, find_dates
from app.core.facts.fact import Fact
from app.core.facts.hosting import find_hosted_visits
from app.core.facts.matching import on_caseless
from app.core.facts.names import find_people, find_places, tokenize
from app.core.facts.page import read_layout
from app.core.facts.reading import MAX_SENTENCE_CHARS, ArticleMemory, SentenceView
from app.core.facts.visits import (
    country_mentions,
    find_headline_visits,
    find_tour_stops,
    find_visits,
    known_visit,
    note_delegation,
    note_speaker,
    note_traveller,
)

MAX_STORY_SENTENCES = 5_000  # a bound on work for pathological input


def read_dateline(article: Article) -> str | None:
    """The article's own date as ISO text ("2025-10-12"), or None."""
    date = read_layout(article).dateline
    return date.isoformat() if date else None


def extract_facts(article: Article) -> list[Fact]:
    """Dates, visits, anniversaries and areas of cooperation the article's story states."""
    layout = read_layout(article)
    memory = ArticleMemory(filed_from=layout.filed_from, common_words=_common_words(article.text))
    context = DateContext(dateline=layout.dateline)
    facts: list[tuple[int, str, int, Fact]] = []  # (start, kind, place in sentence, fact)
    years_seen: list[int | None] = []
    after_fields = False  # the sentence before ended on fields it did not name
    for index in layout.story[:MAX_STORY_SENTENCES]:
        sentence = article.sentences[index]
        if sentence.end - sentence.start > MAX_SENTENCE_CHARS:
            continue
        text = _masked(article.text, sentence.start, sentence.end, layout.dateline_span)
        view = _view(text, sentence.start, memory, context, layout.day_first, years_seen)
        quote = article.text[sentence.start:sentence.end]

        def add(kind: str, position: int, **fields: object) -> None:
            # add() is called only within this iteration, so the loop variables are the current ones.
            fact = Fact(kind, article.id, sentence.start, sentence.end, quote,  # noqa: B023
                        {name: _one_line(value) for name, value in fields.items()})
            facts.append((sentence.start, kind, position, fact))  # noqa: B023

        used: set[tuple[int, int]] = set()
        visits = find_visits(view, memory)
        for found in (find_hosted_visits(view, memory), find_headline_visits(view, memory),
                      find_tour_stops(view, memory)):
            visits += [v for v in found if not known_visit(visits, v)]
        for visit in visits:
            add("visit", 0, visitor=visit.visitor, destination=visit.destination, when=visit.when)
            used.update(visit.date_spans)
            memory.last_visitor = visit.visitor
        if not visits:
            note_traveller(view, memory)
        year_hint = layout.dateline.year if layout.dateline else None
        for anniversary in find_anniversaries(view, year_hint):
            add("anniversary", 0, number=anniversary.number, subject=anniversary.subject, year=anniversary.year)
        for areas in find_areas(view, after_fields):
            add("agreement_area", 0, areas=areas)
        after_fields = ends_on_fields(text)
        for mention, iso in view.dates:
            if iso and (mention.start, mention.end) not in used:
                add("date", mention.start, when=iso, event=_event(text, mention))
        _remember(view, memory, context, years_seen)
    facts.sort(key=lambda item: item[:3])
    return [fact for *_, fact in facts]


def _common_words(text: str) -> frozenset[str]:
    """Words the article writes in lower case: common words, not names, wherever they are capitalised."""
    return frozenset(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+", text[:200_000]))


def _one_line(value: object) -> object:
    """A field as one line: a sentence that spans a hard line break keeps its quote, not the break."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_one_line(item) for item in value]
    return value


def _masked(text: str, start: int, end: int, span: tuple[int, int] | None) -> str:
    """The sentence with the article's date line blanked out (same length, so offsets hold)."""
    chunk = text[start:end]
    if span and span[0] < end and span[1] > start:
        a, b = max(span[0], start) - start, min(span[1], end) - start
        chunk = chunk[:a] + " " * (b - a) + chunk[b:]
    return chunk.replace("’", "'").replace("‘", "'")


def _view(text: str, offset: int, memory: ArticleMemory, context: DateContext, day_first: bool,
          years_seen: list[int | None]) -> SentenceView:
    tokens = tokenize(text)
    places = find_places(text, tokens)
    people = find_people(text, tokens, places, memory.people.known_words(), memory.common_words)
    mentions = find_dates(text, day_first)
    dates: list[tuple[DateMention, str | None]] = []
    sentence_year = next((m.first.year for m in mentions if m.kind == "absolute" and m.has_year), None)
    for mention in mentions:
        iso = context.resolve(mention, text, sentence_year)
        dates.append((mention, iso))
        # A later "one year later" counts from the dates before it, this sentence's included.
        if mention.kind == "absolute" and mention.has_year:
            context.last = mention.last or mention.first
        elif mention.kind == "anaphoric" and iso and iso[:4].isdigit():
            parts = [int(p) for p in iso.split("-")]
            context.last = Cal(*parts)
    return SentenceView(text, offset, tokens, places, people, dates)


# "At the invitation of A, B began ...": a later "he" or "their" is B, the main clause's subject.
_OPENER = re.compile(r"(?i)^\W*(?:at|in|on|during|after|before|following|upon|under|with|according\s+to)\b[^,;.]{0,100},")


_SUBJECT_PRONOUN = on_caseless("[hst]", r"\b(?:he|she|they)\b")


def _remember(view: SentenceView, memory: ArticleMemory, context: DateContext, years_seen: list[int | None]) -> None:
    note_delegation(view, memory)
    note_speaker(view, memory)
    opener = _OPENER.match(view.text)
    start = opener.end() if opener else 0
    first = min((p.start for p in view.people if p.start >= start), default=len(view.text))
    pronoun_subject = bool(_SUBJECT_PRONOUN.search(view.caseless, start, first))
    memory.people.add_sentence(view.people, start, pronoun_subject)
    countries = country_mentions(view)
    if countries:
        memory.last_country = countries[-1]
    year = next((m.first.year for m, iso in reversed(view.dates) if m.kind == "absolute" and m.has_year), None)
    years_seen.append(year)
    recent = [y for y in years_seen[-2:] if y is not None]
    context.recent_year = recent[-1] if recent else None


_LEAD = re.compile(r"(?i)^\W*(?:back|then|and|but|so|also|even)?\s*(?:in|on|from|since|by|during|until|at|of|between|as\s+of)?\s*(?:the\s+)?$")


def _event(text: str, mention: DateMention) -> str:
    """A short phrase for what happened then: the clause around the date, without it."""
    before, after = text[:mention.start], text[mention.end:]
    left = re.split(r"[,;:]\s|\b(?:when|while|and\s+(?=[a-z]+ed\b))\b", before)[-1]
    left = re.sub(r"(?i)\b(?:back\s+)?(?:in|on|since|from|by|during|of|at|until|till|between)(?:\s+(?:early|late|mid))?\s*$", "", left)
    left = re.sub(r"(?i)\b(?:last|next|this|coming|past)\s*$", "", left)  # "toured Africa last October"
    right = re.split(r"[,;:.!?]\s|[;:]|[.!?]$|\s[-–—]\s|\s+and\s+(?!the\b)", after, maxsplit=1)[0]
    if _LEAD.match(left):
        left = ""
    phrase = f"{left.strip()} {right.strip()}".strip()
    if len(phrase.split()) < 3:
        # "From 1964 to 1969, when ... the DPRK provided ...": the next clause tells it.
        tail = re.sub(r"(?i)^[\s,]+(?:when\s+)?", "", re.split(r"[;.!?]\s|[;.!?]$", after, maxsplit=1)[0])
        if len(tail.split()) >= 3:
            phrase = tail
    phrase = re.sub(r"(?i)\s+(?:in|on|from|since|by|during|of|the)$", "", phrase.strip(" ,.;:\"“”'"))
    words = phrase.split()
    return " ".join(words[:14]) + ("…" if len(words) > 14 else "")
