"""What a topic says, as sentences: the true statement and the explanation."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from app.core.corroboration import SourceRef

from .pool import Topic
from .wording import Clause, anniversary_form, capitalise, event_clause, ordinal, when_phrase, with_article


def visit_statement(visitor: str, destination: str, when: str | None, planned: bool = False) -> str:
    phrase = when_phrase(when)
    verb = "will visit" if planned else "visited"
    return f"{visitor} {verb} {destination}{' ' + phrase if phrase else ''}."


def shown_when(topic: Topic) -> str:
    """The fact's date at the precision its sentences write it: a day worked out from
    'on Tuesday' is shown as its month ('March 2026'), never as a computed day."""
    when = str(topic.fields.get("when") or "")
    if not when or "/" in when:
        return when
    quotes = [source.quote for source in topic.sources]
    if len(when) == 10 and not when.startswith("--"):
        day = str(int(when[8:]))
        if not any(re.search(rf"(?<!\d){day}(?!\d)", quote) for quote in quotes):
            return when[:7]
    return when


def clause_of(topic: Topic) -> Clause | None:
    return event_clause(str(topic.fields.get("event") or "")) if topic.kind == "date" else None


def statement(topic: Topic, planned: bool = False) -> str:
    """The fact as one plain, true sentence (``planned``: told as still to come)."""
    f = topic.fields
    if topic.kind == "visit":
        return visit_statement(str(f["visitor"]), destination_phrase(topic), shown_when(topic), planned)
    if topic.kind == "date":
        clause = clause_of(topic)
        assert clause is not None
        return f"{capitalise(clause.text)} {when_phrase(shown_when(topic))}."
    if topic.kind == "anniversary":
        return anniversary_statement(topic, int(f["number"]), planned) or ""
    areas = list(f.get("areas") or [])
    if len(areas) == 1:
        return f"The area of cooperation named is {areas[0]}."
    return f"The areas of cooperation named are {join_areas(areas, False)}."


def anniversary_statement(topic: Topic, number: int, planned: bool = False, subject: str | None = None) -> str | None:
    """'The 50th anniversary of diplomatic relations was marked in 2023.' (None: no clean subject;
    ``subject``: the subject as the question words it, parties named)."""
    f = topic.fields
    subject = subject or anniversary_subject(str(f.get("subject") or ""))
    if subject is None:
        return None
    year = f" in {f['year']}" if f.get("year") else ""
    verb = "will be marked" if planned else "was marked"
    if anniversary_form(topic.sources[0].quote, int(f["number"])) == "ordinal":
        return f"The {ordinal(number)} anniversary of {subject} {verb}{year}."
    link = years_link(topic)
    return capitalise(f"{number} years {link} {subject} {'will be' if planned else 'were'} marked{year}.")


def years_link(topic: Topic) -> str:
    """'since' or 'of', as the source joins 'N years' to its subject."""
    number = topic.fields.get("number")
    quote = topic.sources[0].quote
    match = re.search(rf"\b{number}\s+years?\s+(since|of)\b(?:\s+(the\s+)?(\w+))?", quote, re.IGNORECASE)
    if match is None:
        return "of"
    if match.group(1).lower() == "of" and not match.group(2) and (match.group(3) or "").lower() in _EVENT_NOUNS:
        return "since the"  # '70 years of establishment of relations' as the event it counts from
    return match.group(1).lower()


_EVENT_NOUNS = frozenset({"establishment", "establishing", "signing", "founding", "foundation", "creation",
                          "normalisation", "normalization", "restoration", "opening", "launch", "adoption"})


_SUBJECT_TAIL = re.compile(
    r"\s+(?:in the year \d{4}|in \d{4}|this year|last year|next year|hosted by\b.*|held\b.*|organi[sz]ed by\b.*"
    r"|which\b.*|that\b.*|who\b.*|and as\b.*|as\b.*|while\b.*|when\b.*|on\s+\w+day\b.*)$", re.IGNORECASE)
_DANGLING = {"the", "a", "an", "of", "by", "and", "to", "in", "on", "at", "with", "for", "between"}


def anniversary_subject(subject: str) -> str | None:
    """The subject as a noun phrase ('diplomatic relations between X and Y'), trailing clauses cut;
    None when what is left is not one (a verb, a dangling word, too long)."""
    text = subject.strip(" ,.")
    for _ in range(2):
        text = _SUBJECT_TAIL.sub("", text).strip(" ,.")
    words = text.split()
    if not 1 <= len(words) <= 12 or words[-1].lower() in _DANGLING or re.search(r"\d", text):
        return None
    if any(word.lower() in _FINITE for word in words):
        return None
    if len(words) == 1 and words[0].lower() in _ANAPHORIC_NOUNS:
        return None  # "the country's 10th anniversary": which country? the student cannot tell
    return text


_ANAPHORIC_NOUNS = {"country", "nation", "kingdom", "republic", "state", "island", "city", "party", "organisation",
                    "organization", "company", "group", "event", "union", "federation"}
_FINITE = {"is", "was", "were", "are", "will", "has", "have", "had", "look", "looks", "marked", "said", "says"}


def short_quote(sources: list[SourceRef], needle: str = "") -> SourceRef:
    """The source to quote: one that contains ``needle`` (folded), shortest first."""
    ranked = sorted(sources, key=lambda s: (len(s.quote) > 320, not _contains(s.quote, needle), len(s.quote), s.article, s.start))
    return ranked[0]


def _contains(text: str, needle: str) -> bool:
    return not needle or fold_keep(needle).strip() in fold_keep(text)


@lru_cache(maxsize=8192)  # pure; the same sentences are folded for every question that quotes them
def fold_keep(text: str) -> str:
    """Fold one character to one character (lower case, no accents, '-' as space), so offsets hold."""
    return "".join(_fold_char(ch) for ch in text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = (unicodedata.normalize("NFKD", ch)[:1] or ch).lower()
    return " " if base in "-‐‑–—" else ("'" if base in "’‘" else base)


def find_span(text: str, phrase: str) -> tuple[int, int] | None:
    """Where ``phrase`` stands in ``text``, forgiving case, accents, hyphens and spacing."""
    words = fold_keep(phrase).split()
    if not words:
        return None
    pattern = r"(?<![\w])" + r"[\s]+".join(re.escape(w) for w in words) + r"(?![\w])"
    match = re.search(pattern, fold_keep(text))
    return (match.start(), match.end()) if match else None


def explanation(topic: Topic, lead: str, needle: str = "") -> str:
    """Why the answer is right, in one or two plain sentences: the fact, then the article's own
    words around it (a long sentence cut to the clauses that hold ``needle``)."""
    source = short_quote(topic.sources, needle)
    quote = without_dateline(source.quote.strip())
    span = find_span(quote, needle) if needle else None
    quote = window(quote, span[0] if span else 0, limit=200)
    count = len(topic.articles)
    told = f"{count} articles report it; one says" if count > 1 else "The article says"
    text = f"{lead} {told}: “{quote}”"
    return text


_DATELINE = re.compile(
    r"^\s*(?:date\s+\d{4}-\d\d-\d\d\s+)?"  # a 'date 2025-10-12' label line
    r"(?:[A-ZÀ-Ỹ][A-ZÀ-Ỹ .'’-]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"  # NAIROBI, Kenya
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"  # , March 12, 2026
    r"\s*(?:\([^)]{1,40}\))?\s*[—–:-]+\s+)?")
_DATE_LABEL = re.compile(r"^\s*date\s+\d{4}-\d\d-\d\d\s+")
_AGENCY = re.compile(r"^\s*(?:\([^)]{1,30}\)|\d{4})\s*[—–:-]+\s+")  # '(Reuters) - ', a chronology's '1970 - '


def without_dateline(sentence: str) -> str:
    """The sentence without a leading date label or dateline ('HANOI, Dec 3 (VNA) – ')."""
    rest = _DATELINE.sub("", sentence, count=1)
    rest = _AGENCY.sub("", _DATE_LABEL.sub("", rest, count=1), count=1)
    return capitalise(rest) if rest and len(rest) >= 20 else sentence


def visit_year(topic: Topic) -> str:
    """The year of a visit when every source agrees on it, else ''."""
    from app.core.corroboration import year_of

    years = {year_of(v.fields.get("when")) for v in topic.fact.versions}
    return years.pop() if len(years) == 1 else ""


def years_disagree(topic: Topic) -> bool:
    """Whether the sources give the visit different years (a yearless date is no disagreement)."""
    from app.core.corroboration import year_of

    return len({year_of(v.fields.get("when")) for v in topic.fact.versions} - {""}) > 1


def destination_country(topic: Topic) -> str:
    """The country visited ('United Kingdom'; 'Pyongyang, North Korea' → 'North Korea'), by the
    name the article writes when that is another of its names ('Swaziland' for Eswatini), so a
    student finds in the question the place the article told of."""
    country = str(topic.fields.get("destination") or "").split(",")[-1].strip()
    return _as_written(country, [source.quote for source in topic.sources])


def _as_written(country: str, quotes: list[str]) -> str:
    from app.core.facts.gazetteer import place_named
    from app.core.facts.names import find_places

    place = place_named(country)
    if place is None or place.is_city or any(country in quote for quote in quotes):
        return country
    written = {quote[m.start:m.end] for quote in quotes for m in find_places(quote)
               if m.place.code == place.code and not m.place.is_city and quote[m.start:m.end][:1].isupper()}
    if len(written) != 1:
        return country
    shown = written.pop()
    # a clipped form ('the Emirates') reads worse as an option than the name it clips
    return country if set(shown.lower().split()) < set(country.lower().split()) else shown


def destination_phrase(topic: Topic) -> str:
    """The country visited, as a sentence names it ('the United Kingdom')."""
    return with_article(destination_country(topic))


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
