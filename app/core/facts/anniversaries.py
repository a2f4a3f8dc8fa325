"""Anniversaries: "the 80th anniversary of the founding of X", "75 years of
diplomatic relations", "80 years since the August Revolution".

Ordinals of meetings ("14th Congress", "44th session") never say
"anniversary", so they are not matched. "N years of/since X" is a
commemoration only for round numbers and when no word before it makes it a
plain duration ("nearly 20 years", "after 30 years of war").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.facts.matching import starting_with
from app.core.facts.reading import SentenceView

_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
}
_COUNT_WORDS = {"five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "seventy-five": 75, "eighty": 80, "ninety": 90, "hundred": 100}

# The first characters of the ordinals and counts lead (see matching.py).
_NTH = starting_with(
    r"[\dbcefhnst]",
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)[\s-]+(?P<kind>(?:[a-z]+\s+){0,2}?)anniversary\b"
    r"|\b(?P<w>" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")[\s-]+(?P<kind2>(?:[a-z]+\s+){0,2}?)anniversary\b"
    r"|\b(?:the\s+)?(?P<cent>centenary|centennial|bicentenary|bicentennial)\s+of\b",
    re.IGNORECASE,
)
_YEARS = starting_with(
    r"[\defhnst]",
    r"\b(?P<n>\d{1,3}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
    + r")\s+years\s+(?P<rel>of|since)\s+",
    re.IGNORECASE,
)
# Words before "N years" that make it a length of time, not a commemoration.
_DURATION_BEFORE = re.compile(
    r"(?i)\b(?:nearly|almost|about|around|over|more\s+than|less\s+than|fewer\s+than|some|at\s+least|up\s+to|for|after|within"
    r"|in|last|past|next|first|only|just|roughly|approximately|than|spent|served|took|lasted|the\s+past|the\s+last|the\s+next"
    r"|the\s+first|another|aged?|his|her|their|its)\s+$"
)
# "the two countries mark 62 years of ...": any number, when said to be marked.
_COMMEMORATED = re.compile(r"(?i)\b(?:mark(?:s|ed|ing)?|celebrat\w*|commemorat\w*|observ\w*|honou?r\w*)\s+(?:the\s+|their\s+|its\s+)?$")
_DURATION_SUBJECT = re.compile(
    r"(?i)^(?:age|experience|war|fighting|conflict|service|imprisonment|prison|exile|isolation|work|research|study|studies"
    r"|training|delay|waiting|negotiations?|talks|sanctions|pause|absence|silence|hostility|hostilities|separation|drought)\b"
)
_SUBJECT_END = re.compile(
    r"(?i)[,;:.!?()\"“”]|\s[-–—]\s|\sand\s+(?=[a-z]+ing\b)|\s(?:from|on|at|with|which|that|when|during|while|in(?=\s+\d)|this|next|last|is|was|were|are|will|has|have|had|would)\s"
    # a headline's verb after its subject: "50 years of A-B ties celebrated"
    r"|\s(?:celebrated|marked|commemorated|observed|hailed)$"
)


_OF = re.compile(r"(?:\s+in\s+\d{4})?\s+of\s+")


@dataclass(frozen=True)
class Anniversary:
    number: int
    subject: str
    year: int | None  # the year the anniversary falls in, when the text gives it


def find_anniversaries(view: SentenceView, year_hint: int | None) -> list[Anniversary]:
    """Anniversaries told in the sentence; ``year_hint`` is the article's year, if known."""
    text = view.text
    found: list[Anniversary] = []
    lower = text.lower()
    if "anniversar" not in lower and "years " not in lower and "centen" not in lower and "bicenten" not in lower:
        return found
    for m in _NTH.finditer(text):
        if m.group("n"):
            number, kind = int(m.group("n")), (m.group("kind") or "").strip()
        elif m.group("w"):
            number, kind = _ORDINAL_WORDS[m.group("w").lower()], (m.group("kind2") or "").strip()
        else:
            number, kind = _ORDINAL_WORDS[m.group("cent").lower()], ""
        if number < 1 or number > 1000:
            continue
        if m.group("cent"):
            subject = _subject(text, m.end())
        elif of := _OF.match(text, m.end()):  # "the 30th anniversary (in 2021) of X"
            subject = _subject(text, of.end())
        else:
            subject = _owner(text, m.start())
            if subject and kind.lower() in ("independence", "reunification", "liberation"):
                subject, kind = f"{subject}'s {kind.lower()}", ""  # "Lorvia's 60th Independence anniversary"
        if kind and subject:
            subject = (f"{kind} of {subject}" if kind.lower() in (
                "founding", "birth", "death", "liberation", "establishment") else subject)
        if not subject:
            continue
        found.append(Anniversary(number, subject, _year(view, m.start(), m.end(), number, year_hint)))
    for m in _YEARS.finditer(text):
        raw = m.group("n").lower()
        number = int(raw) if raw.isdigit() else _COUNT_WORDS[raw]
        marked = _COMMEMORATED.search(text[max(0, m.start() - 40):m.start()])
        if number < 1 or (number % 5 and not marked) or (number < 5 and not marked):
            continue
        if _DURATION_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
            continue
        subject = _subject(text, m.end())
        if not subject or _DURATION_SUBJECT.match(subject) or re.match(r"(?i)(?:a|an|his|her|their|its)\b", subject):
            continue
        if m.group("rel").lower() == "since" and re.match(r"(?i)(?:then|that)\b", subject):
            continue
        found.append(Anniversary(number, subject, _year(view, m.start(), m.end(), number, year_hint)))
    return found


def _subject(text: str, start: int) -> str:
    rest = text[start:start + 160]
    cut = _SUBJECT_END.search(rest)
    subject = rest[:cut.start()] if cut else rest
    words = subject.split()
    return " ".join(words[:12]).strip(" ’'\"")


def _owner(text: str, start: int) -> str:
    """ "the party's 80th anniversary": the owner before the ordinal."""
    m = re.search(r"(?P<owner>(?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*|[a-z]+)['’]s\s+$", text[max(0, start - 80):start])
    if not m or m.group("owner").lower() in ("its", "his", "her", "their"):
        return ""
    return m.group("owner")


def _year(view: SentenceView, start: int, end: int, number: int, year_hint: int | None) -> int | None:
    """The year the anniversary falls in: a year told with it, the year it counts from plus N, or the article's year."""
    text = view.text
    for mention, iso in view.dates:
        if not iso or not iso[:4].isdigit() or "/" in iso or mention.start < end:
            continue
        gap = text[end:mention.start]
        if re.search(r"[.;,]", gap) or len(gap) > 120:
            break
        year = int(iso[:4])
        # "75th anniversary of relations established in 1950" counts from 1950
        origin = re.search(r"(?i)\b(?:established|founded|signed|set\s+up|began|since|born)\b[^,]*$", gap)
        if origin or (year_hint and abs(year + number - year_hint) <= 1 and abs(year - year_hint) > 1):
            return year + number
        return year
    before = [(m, iso) for m, iso in view.dates if iso and iso[:4].isdigit() and "/" not in iso and m.end <= start]
    if before and start - before[-1][0].end < 80 and not re.search(r"[.;]", text[before[-1][0].end:start]):
        return int(before[-1][1][:4])
    return year_hint
