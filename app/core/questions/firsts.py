"""'The first visit by a Chinese president in a decade': how long since the last, as a question.

News marks a visit as the first of its kind in so many years; that gap is one of
the facts a teacher wants asked. Taken from the visit's own sentences, the
duration as the article writes it ('a decade', '27 years'), with wrong options
in the same form.
"""
from __future__ import annotations

import re

from app.core.corroboration import SourceRef

from .pool import FactPool, Topic
from .statements import destination_country, destination_phrase

_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
_NUMBER = r"(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)"
_FIRST = re.compile(
    rf"\bfirst\s+(?P<what>(?:[\w'’-]+\s+){{0,10}}?)(?:in|after)\s+(?P<about>nearly\s+|almost\s+|more than\s+|over\s+)?"
    rf"(?P<gap>{_NUMBER}\s+(?:years?|decades?))\b", re.IGNORECASE)


# 'X's visit to Togo comes after a gap of 31 years': the time since the last such visit
_AFTER = re.compile(
    rf"\b(?:visit|trip)\b[^.;]{{0,80}}?\b(?:is\s+taking\s+place|takes\s+place|took\s+place|comes|came|is\s+coming)"
    rf"\s+after\s+(?:a\s+gap\s+of\s+)?(?:nearly\s+|almost\s+|more than\s+|over\s+)?"
    rf"(?P<gap>{_NUMBER}\s+(?:years?|decades?))\b", re.IGNORECASE)


def first_in(topic: Topic, pool: FactPool) -> tuple[str, str, list[str], SourceRef] | None:
    """(prompt, answer, wrong options, the sentence saying it) when a sentence of the visit, or the
    one after it ('The visit is the first …'), calls it the first in a span, or says it comes
    after one."""
    for source in _with_next_sentences(topic, pool):
        match = _FIRST.search(source.quote)
        if match is None:
            after = _AFTER.search(source.quote)
            gap = " ".join(after.group("gap").split()) if after else ""
            wrong = _other_spans(gap) if after else []
            if after is None or len(wrong) < 3 or not _names_the_place(source.quote, topic, pool):
                continue
            tense = "comes" if pool.planned(topic) or re.search(r"(?i)\bis\s+taking|\bis\s+coming|\bcomes\b|\btakes\b", after.group(0)) \
                else "came"
            visit = f"{pool.visitor_phrase(topic)}'s visit to {destination_phrase(topic)}"
            does = "does" if tense == "comes" else "did"
            return f"How long after the last such visit {does} {visit} come?", gap, wrong, source
        what = match.group("what").strip()
        if not what or re.search(r"\b(?:he|she|his|her|they|it)\b", what, re.IGNORECASE):
            continue
        what = re.sub(r"\bthe country\b", destination_phrase(topic), what)
        gap = " ".join(match.group("gap").split())
        wrong = _other_spans(gap)
        if len(wrong) < 3:
            continue
        about = " ".join((match.group("about") or "").split())
        if about:  # 'more than a decade': every option hedged as the article hedges the answer
            gap, wrong = f"{about} {gap}", [f"{about} {w}" for w in wrong]
        visit = f"{pool.visitor_phrase(topic)}'s visit to {destination_phrase(topic)}"
        return f"{visit} was the first {what} in how long?", gap, wrong, source
    return None


def _names_the_place(sentence: str, topic: Topic, pool: FactPool) -> bool:
    """Whether the sentence names the country visited, or the visitor has no other stop in the
    article (on a tour, the gap is one stop's)."""
    if destination_country(topic).lower() in sentence.lower():
        return True
    stops = {destination_country(t) for t in pool.told_only_in(topic.articles[0], "visit")
             if t.fields.get("visitor") == topic.fields.get("visitor")}
    return stops == {destination_country(topic)}


def _with_next_sentences(topic: Topic, pool: FactPool) -> list[SourceRef]:
    """The topic's sentences, each followed by the next one of its article when that one speaks
    of the visit ('The visit …', 'It is the first …')."""
    found: list[SourceRef] = []
    for source in topic.sources:
        found.append(source)
        article = pool.articles.get(source.article)
        if article is None:
            continue
        following = next((s for s in article.sentences if s.start >= source.end), None)
        if following is None:
            continue
        text = article.text[following.start:following.end]
        if re.match(r"\s*(?:The (?:visit|trip)|It|This)\b", text):
            found.append(SourceRef(source.article, following.start, following.end, text))
    return found


def span_years(span: str) -> int:
    """How many years a span written as the article writes it stands for ('two decades' → 20):
    the options are shown in that order, shortest first."""
    span = re.sub(r"^(?:nearly|almost|more than|over)\s+", "", span)
    amount, unit = span.split(" ", 1)
    value = int(amount) if amount.isdigit() else _WORDS.get(amount.lower(), 0)
    return value * (10 if unit.startswith("decade") else 1)


def _other_spans(gap: str) -> list[str]:
    """Spans written the same way: '27 years' → '17 years', '22 years', '32 years'; 'a decade' → ..."""
    amount, unit = gap.split(" ", 1)
    value = int(amount) if amount.isdigit() else _WORDS.get(amount.lower(), 0)
    if not value:
        return []
    if unit.startswith("decade"):
        names = {1: "a decade", 2: "two decades", 3: "three decades", 4: "four decades", 5: "five decades"}
        return [names[n] for n in sorted(names) if n != value][:3]
    steps = (5, 10, -5) if value > 6 else (2, 5, 10)
    others = [value + step for step in steps if value + step > 0]
    return [f"{n} years" for n in others]
