"""Cloze: the source sentence with the answer's own words blanked.

Blanking the words where they stand keeps the prompt grammatical by
construction. The dateline is dropped, a leading 'He' or 'The latter' is
replaced by the name the extractor resolved (a sentence opening with another
pronoun is not used), and a long sentence keeps its opening clause, where the
subject is, and the clauses around the blank.
"""
from __future__ import annotations

import re

from app.core.bank import CLOZE_BLANK
from app.core.corroboration import person_key
from app.core.facts.gazetteer import demonym_country, place_named
from app.core.grading import normalise_answer

from .common import each_topic, from_topic
from .draft import DraftQuestion
from .pool import FactPool, Topic
from .short_answer import names_of_country
from .statements import destination_country, find_span, statement, without_dateline


def generate(pool: FactPool) -> list[DraftQuestion]:
    return each_topic(pool, _cloze)


def _targets(topic: Topic, pool: FactPool) -> list[tuple[str, list[str]]]:
    """What to blank, best first: (words as the fact has them, other accepted answers)."""
    f = topic.fields
    if topic.kind == "visit":
        visitor = str(f["visitor"])
        names = [visitor] + sorted({str(v.fields.get("visitor")) for v in topic.fact.versions} - {visitor})
        accepted = pool.short_names(visitor, topic.articles)
        targets = [(name, accepted) for name in names]
        place = destination_country(topic)
        full = str(f.get("destination") or "")
        # 'Nairobi, ____' asks nothing a map does not: the city and its country are blanked together
        where = ([(full, [place])] if full != place else []) + [(place, names_of_country(place))]
        if _one_traveller(topic, pool):
            targets = []  # every trip is this person's: blanking them asks nothing
        year = [(topic.year, [])] if topic.year and not pool.is_news_year(topic, topic.year) else []
        return targets + year + where
    if topic.kind == "date":
        return [(topic.year, [])] if topic.year and not pool.is_news_year(topic, topic.year) else []
    if topic.kind == "anniversary":
        number = int(f["number"])
        return [(f"{number}th", [str(number)]), (f"{number}st", [str(number)]), (f"{number}nd", [str(number)]),
                (f"{number}rd", [str(number)]), (str(number), [])]
    return []  # an area blanked in a list: any other item of the list fits the blank as well


def _one_traveller(topic: Topic, pool: FactPool) -> bool:
    """Whether every visit the topic's articles tell is by the topic's visitor."""
    visitor = person_key(str(topic.fields["visitor"]))
    return all(person_key(str(t.fields["visitor"])) == visitor for t in pool.topics
               if t.kind == "visit" and set(t.articles) & set(topic.articles))


def _cloze(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    sources = sorted(topic.sources, key=lambda s: (len(s.quote) > 240, len(s.quote), s.article, s.start))
    planned = pool.planned(topic)
    for words, accept in _targets(topic, pool):
        for source in sources:
            sentence = readable_sentence(source.quote, topic, words)
            if sentence is None:
                continue
            span = find_span(sentence, words)
            if span is None:
                continue
            answer = sentence[span[0]:span[1]]
            prompt = cloze_window(sentence[:span[0]] + CLOZE_BLANK + sentence[span[1]:], span[0])
            if prompt is None or _gives_away(answer, prompt):
                continue
            extra = sorted({a for a in [words, *accept] if normalise_answer(a) != normalise_answer(answer)})
            return from_topic(topic, "cloze", prompt, answer, statement(topic, planned), answer, accept=extra)
    return None


_ANAPHOR = re.compile(r"^(?:He|She|The latter|The former|His predecessor|Her predecessor)\b(?!-)")
_PRONOUN = re.compile(
    r"^(?:It|This|That|These|Those|They|Their|There|His|Her|Its|We|I|Such|Both|Meanwhile|However|Also|Besides"
    r"|In response|Mentioning|Speaking|Earlier|Later|The (?:visit|trip|tour|initiative|move|meeting|talks|deal"
    r"|agreements?|MoUs?|MOUs?|memorand\w+|leaders|pair|two (?:countries|sides|leaders|nations|presidents)))\b")
# A sentence opening like these leans on the one before it ('The visit …', 'In response, …'):
# shown alone, a student cannot tell what it is about.


_CUT_OFF = {"to", "of", "the", "a", "an", "from", "and", "or", "in", "on", "at", "by", "with", "for", "that"}


def _gives_away(answer: str, prompt: str) -> bool:
    """Whether the rest of the sentence shows the answer or a name of it ('President ____,
    accompanied by First Lady Savita Kovind')."""
    rest = prompt.replace(CLOZE_BLANK, " ")
    shown = set(normalise_answer(rest).split())
    if any(len(word) >= 3 and word in shown for word in normalise_answer(answer).split()):
        return True
    # '… his visit to ____ … with the Japanese leadership': a nationality names the country
    country = place_named(answer.split(",")[-1].strip())
    return country is not None and any(demonym_country(word) == country.country
                                       for word in re.findall(r"\b[A-Z][a-z]+\b", rest))


# 'today', 'this morning', 'on Saturday': true on the day the article was written, not on a card
_DEICTIC = re.compile(r"(?i)\b(?:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening|week|month)"
                      r"|last (?:week|night)|next (?:week|month)|(?:on|last|next|this) (?:Monday|Tuesday|Wednesday"
                      r"|Thursday|Friday|Saturday|Sunday))\b")


def readable_sentence(quote: str, topic: Topic, blanked: str) -> str | None:
    """The quote as a cloze can show it: no dateline, its leading anaphor named; None when
    it opens with a pronoun the fact does not resolve."""
    if re.match(r"\s*\d{4}\s*[-–—]", quote):
        return None  # a chronology's line ('1996 - X pays a visit'): notes in the present, not a sentence
    sentence = " ".join(without_dateline(quote.strip()).split())  # a hard line break is a space
    if sentence.split()[-1].lower().strip(",;") in _CUT_OFF or not re.search(r"[.!?][\"”’')]*$", sentence):
        return None  # cut short ('… from strength to') or a headline ('King wraps up visit'): not a sentence
    anaphor = _ANAPHOR.match(sentence)
    if anaphor:
        visitor = str(topic.fields.get("visitor") or "") if topic.kind == "visit" else ""
        if not visitor or normalise_answer(blanked) == normalise_answer(visitor):
            return None
        sentence = visitor + sentence[anaphor.end():]
    if _PRONOUN.match(sentence) or _DEICTIC.search(sentence):
        return None
    return sentence


def cloze_window(text: str, blank_at: int, limit: int = 220) -> str | None:
    """A long sentence cut to its opening clause and the clauses around the blank."""
    if len(text) <= limit:
        return text
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^,;]+(?:[,;]|$)", text)]
    if not parts:
        return None
    home = next((i for i, (start, end) in enumerate(parts) if start <= blank_at < end), len(parts) - 1)
    lo = hi = home
    while True:
        grew = False
        if hi + 1 < len(parts) and parts[hi + 1][1] - parts[lo][0] <= limit * 0.6:
            hi, grew = hi + 1, True
        if lo > 1 and parts[hi][1] - parts[lo - 1][0] <= limit * 0.6:
            lo, grew = lo - 1, True
        if not grew:
            break
    middle = text[parts[lo][0]:parts[hi][1]].strip().rstrip(",;")
    opening = text[parts[0][0]:parts[0][1]].strip().rstrip(",;")
    if lo == 0 or len(opening.split()) < 4:
        # an opening of a word or two ('Second,') holds no subject worth keeping
        piece = middle if lo == 0 else "… " + middle
    else:
        piece = opening + (", " if lo == 1 else " … ") + middle
    if len(piece) > limit + 60:
        return None  # one clause too long to show: no cloze rather than a wall of text
    return piece + (" …" if hi < len(parts) - 1 else "")
