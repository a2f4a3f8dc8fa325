"""What a topic says, as sentences: the true statement and the explanation."""
from __future__ import annotations

import re
import unicodedata

from app.core.corroboration import SourceRef
from app.core.fact_summary import format_when

from .pool import Topic
from .wording import Clause, anniversary_form, capitalise, event_clause, ordinal, when_phrase


def visit_statement(visitor: str, destination: str, when: str | None) -> str:
    phrase = when_phrase(when)
    return f"{visitor} visited {destination}{' ' + phrase if phrase else ''}."


def clause_of(topic: Topic) -> Clause | None:
    return event_clause(str(topic.fields.get("event") or "")) if topic.kind == "date" else None


def statement(topic: Topic) -> str:
    """The fact as one plain, true sentence."""
    f = topic.fields
    if topic.kind == "visit":
        return visit_statement(str(f["visitor"]), str(f["destination"]), f.get("when"))
    if topic.kind == "date":
        clause = clause_of(topic)
        assert clause is not None
        return f"{capitalise(clause.text)} {when_phrase(f.get('when'))}."
    if topic.kind == "anniversary":
        return anniversary_statement(topic, int(f["number"]))
    areas = list(f.get("areas") or [])
    return f"The areas of cooperation named are {', '.join(areas[:-1])} and {areas[-1]}."


def anniversary_statement(topic: Topic, number: int) -> str:
    f = topic.fields
    year = f" in {f['year']}" if f.get("year") else ""
    if anniversary_form(topic.sources[0].quote, int(f["number"])) == "ordinal":
        return f"The {ordinal(number)} anniversary of {f['subject']} was marked{year}."
    return f"{number} years of {f['subject']} were marked{year}."


def short_quote(sources: list[SourceRef], needle: str = "") -> SourceRef:
    """The source to quote: one that contains ``needle`` (folded), shortest first."""
    ranked = sorted(sources, key=lambda s: (len(s.quote) > 320, not _contains(s.quote, needle), len(s.quote), s.article, s.start))
    return ranked[0]


def _contains(text: str, needle: str) -> bool:
    return not needle or fold_keep(needle).strip() in fold_keep(text)


def fold_keep(text: str) -> str:
    """Fold one character to one character (lower case, no accents, '-' as space), so offsets hold."""
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("d")
            continue
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        base = base.lower()
        out.append(" " if base in "-‐‑–—" else ("'" if base in "’‘" else base))
    return "".join(out)


def find_span(text: str, phrase: str) -> tuple[int, int] | None:
    """Where ``phrase`` stands in ``text``, forgiving case, accents, hyphens and spacing."""
    words = fold_keep(phrase).split()
    if not words:
        return None
    pattern = r"(?<![\w])" + r"[\s]+".join(re.escape(w) for w in words) + r"(?![\w])"
    match = re.search(pattern, fold_keep(text))
    return (match.start(), match.end()) if match else None


def explanation(topic: Topic, lead: str, needle: str = "") -> str:
    """Why the answer is right: the statement, the quote, and how many articles tell it."""
    source = short_quote(topic.sources, needle)
    text = f"{lead} The source says: “{source.quote.strip()}”"
    count = len(topic.articles)
    if count > 1:
        text += f" {count} articles report this."
    if topic.disputed:
        text += " The sources differ on the details: " + "; ".join(
            format_when(v.fields.get("when")) or str(v.fields) for v in topic.fact.versions
        ) + "."
    return text


def visit_year(topic: Topic) -> str:
    """The year of a visit when every source agrees on it, else ''."""
    from app.core.corroboration import year_of

    years = {year_of(v.fields.get("when")) for v in topic.fact.versions}
    return years.pop() if len(years) == 1 else ""


def destination_country(topic: Topic) -> str:
    return str(topic.fields.get("destination") or "").split(",")[-1].strip()


def area_span(quote: str, areas: list[str]) -> tuple[int, int] | None:
    first, last = find_span(quote, areas[0]), find_span(quote, areas[-1])
    if not first or not last or last[1] <= first[0]:
        return None
    return first[0], last[1]


def join_areas(areas: list[str], oxford: bool = True) -> str:
    if len(areas) < 2:
        return "".join(areas)
    return ", ".join(areas[:-1]) + (", and " if oxford else " and ") + areas[-1]


def window(text: str, blank_at: int, limit: int = 220) -> str:
    """Long sentences shortened to the comma-separated clauses around the blank."""
    if len(text) <= limit:
        return text
    parts = re.split(r"(?<=,)\s", text)
    spans, pos = [], 0
    for part in parts:
        start = text.index(part, pos)
        spans.append((start, start + len(part)))
        pos = start + len(part)
    home = next(i for i, (s, e) in enumerate(spans) if s <= blank_at < e)
    lo = hi = home
    while True:
        grown = False
        if hi + 1 < len(spans) and spans[hi + 1][1] - spans[lo][0] <= limit * 0.7:
            hi += 1
            grown = True
        if lo > 0 and spans[hi][1] - spans[lo - 1][0] <= limit * 0.7:
            lo -= 1
            grown = True
        if not grown:
            break
    piece = text[spans[lo][0]:spans[hi][1]].rstrip(",")
    return ("… " if lo > 0 else "") + piece + (" …" if hi < len(spans) - 1 else "")
