"""Cloze: the source sentence with the answer's own words blanked.

Blanking the words where they stand keeps the prompt grammatical by
construction. Long sentences are cut to the clauses around the blank.
"""
from __future__ import annotations

from app.core.bank import CLOZE_BLANK
from app.core.grading import normalise_answer

from .common import each_topic, from_topic
from .draft import DraftQuestion
from .pool import FactPool, Topic
from .statements import find_span, statement, window


def generate(pool: FactPool) -> list[DraftQuestion]:
    return each_topic(pool, _cloze)


def _targets(topic: Topic, pool: FactPool) -> list[tuple[str, list[str]]]:
    """What to blank, best first: (words as the fact has them, other accepted answers)."""
    f = topic.fields
    if topic.kind == "visit":
        visitor = str(f["visitor"])
        names = [visitor] + sorted({str(v.fields.get("visitor")) for v in topic.fact.versions} - {visitor})
        targets = [(name, pool.short_names(visitor)) for name in names]
        return targets + ([(topic.year, [])] if topic.year else [])
    if topic.kind == "date":
        return [(topic.year, [])] if topic.year else []
    if topic.kind == "anniversary":
        number = int(f["number"])
        return [(f"{number}th", [str(number)]), (f"{number}st", [str(number)]), (f"{number}nd", [str(number)]),
                (f"{number}rd", [str(number)]), (str(number), [])]
    areas = list(f.get("areas") or [])
    return [(areas[-1], [])] if areas else []


def _cloze(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    sources = sorted(topic.sources, key=lambda s: (len(s.quote) > 240, len(s.quote), s.article, s.start))
    for words, accept in _targets(topic, pool):
        for source in sources:
            span = find_span(source.quote, words)
            if span is None:
                continue
            answer = source.quote[span[0]:span[1]]
            quote = source.quote.strip()
            offset = source.quote.index(quote)
            prompt = window(quote[:span[0] - offset] + CLOZE_BLANK + quote[span[1] - offset:], span[0] - offset)
            if normalise_answer(answer) in normalise_answer(prompt.replace(CLOZE_BLANK, " ")).split():
                continue
            extra = sorted({a for a in [words, *accept] if normalise_answer(a) != normalise_answer(answer)})
            return from_topic(topic, "cloze", prompt, answer, statement(topic), answer, accept=extra)
    return None
