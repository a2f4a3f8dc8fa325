"""Calendar references in a sentence, and their ISO 8601 form.

``find_dates`` reads one sentence and returns what it says literally: full
dates, months, years, ranges, numeric dates and relative phrases ("last
month", "one year later"). ``resolve`` then turns each into ISO text given
what the article knows: its own date line and the dates told before.

Every pattern is a plain alternation or bounded repetition, so matching is
linear in the sentence's length.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from app.core.facts.matching import caseless, starting_with

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10}

# Full month names, or a short form with its dot or before a digit ("Oct. 9", "Oct 9").
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?=\s*\d)))")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)(?!\d)"
_DASH = r"(?:\s*[-–—]\s*|\s+(?:to|until|till|through|and)\s+)"
_JUCHE = r"Juche\s+\d{1,3}\s*\(\s*"  # DPRK calendar: "July Juche 46(1957)"
_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)")
_MONTH_CUE = (r"\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Oo]f|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter"
              r"|[Ll]ast|[Nn]ext|[Tt]his|[Ee]nd\s+of|[Bb]eginning\s+of|[Ss]tart\s+of)\s+(?:the\s+)?"
              r"|(?=(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+)))")
# Cues that also take a name ("by April Smith", "from June Lee"): there, as
# after "the", a capitalised word after the month makes it part of a name.
_NAME_CUES = frozenset({"by", "from", "of", "after", "before"})


def _g(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


_PATTERNS: list[tuple[str, str]] = [
    ("iso", _g("y", r"(?<!\d)" + _YEAR) + r"[-/]" + _g("m", r"0[1-9]|1[0-2]") + r"[-/]" + _g("d", r"0[1-9]|[12]\d|3[01]") + r"(?!\d)"),
    ("numeric", r"(?<![\d/.])" + _g("a", r"\d{1,2}") + r"([/.])" + _g("b", r"\d{1,2}") + r"\2" + _g("y", _YEAR) + r"(?![/\d])"),
    # "November 28 to December 2, 1958"
    ("md_md", _g("m1", _MONTH) + r"\s+" + _g("d1", _DAY) + _DASH + _g("m2", _MONTH) + r"\s+" + _g("d2", _DAY)
     + r"(?:,?\s+" + _g("y", _YEAR) + ")?"),
    # "24 February to 2 March 2003"
    ("dm_dm", r"(?:from\s+)?" + _g("d1", _DAY) + r"\s+(?:of\s+)?" + _g("m1", _MONTH) + _DASH + _g("d2", _DAY) + r"\s+(?:of\s+)?"
     + _g("m2", _MONTH) + r"(?:,?\s+" + _g("y", _YEAR) + ")?"),
    # "from 24 to 26 February 2003", "24-26 February"
    ("dd_m", r"(?:(?:from|between)\s+)?" + _g("d1", _DAY) + _DASH + _g("d2", _DAY) + r"\s+(?:of\s+)?" + _g("m", _MONTH)
     + r"(?:,?\s+" + _g("y", _YEAR) + ")?"),
    # "October 9-11", "Oct. 9 – 11, 2025"
    ("m_dd", _g("m", _MONTH) + r"\s*" + _g("d1", _DAY) + _DASH + _g("d2", _DAY) + r"(?![\d:])(?!\s+(?:%|per|percent|years?|days?|months?|people|times)\b)"
     + r"(?:,?\s+" + _g("y", _YEAR) + ")?"),
    # "from May to July 2019"
    ("m_m_y", r"(?:from\s+)?" + _g("m1", _MONTH) + _DASH + _g("m2", _MONTH) + r",?\s+" + _g("y", _YEAR)),
    # "March 12, 2026", "March 12 2026", "January 31 of 1950"
    ("mdy", _g("m", _MONTH) + r"\s*" + _g("d", _DAY) + r"(?:,\s*|\s+(?:of\s+)?)" + _g("y", _YEAR)),
    # "12 March 2026", "the 12th of March, 2026"
    ("dmy", _g("d", _DAY) + r"\s+(?:of\s+)?" + _g("m", _MONTH) + r",?\s+" + _g("y", _YEAR)),
    # "between 1964 and 1969", "from 1964 to 1969", "1964-1969"
    ("yy", r"(?:(?P<from>[Ff]rom|[Bb]etween)\s+)?" + _g("y1", r"(?<![\d.,$£€])" + _YEAR) + _DASH + _g("y2", _YEAR)),
    # "built in 1648-65", "the 2014–15 season": the second year by its last two digits
    ("yy_short", _g("y1", r"(?<![\d.,$£€-])" + _YEAR) + r"[-–]" + _g("y2", r"\d\d") + r"(?![\d%.,]\d|[\d%-])"),
    ("md", _g("m", _MONTH) + r"\s*" + _g("d", _DAY) + r"(?![\d,]\d|\s*(?:%|percent)|:\d)"),
    ("dm", r"(?<![\d.,])" + _g("d", _DAY) + r"\s+(?:of\s+)?" + _g("m", _MONTH)),
    ("my", _g("m", _MONTH) + r",?\s+(?:" + _JUCHE + _g("jy", _YEAR) + r"\s*\)|" + _g("y", _YEAR) + ")"),
    # A month on its own needs a cue before it: "in mid-December", "since April",
    # "last March". Without one, "May" is a verb and "April" a first name.
    ("month", _g("cue", _MONTH_CUE) + _g("edge", r"(?:(?:early|late|mid)(?:-|\s+))?") + _g("m", _MONTH_NAME)
     + r"(?![\w-])(?!\.?,?\s*(?:\d|Juche))"),
    ("iso_month", _g("y", r"(?<![\d.])" + _YEAR) + "-" + _g("m", r"0[1-9]|1[0-2]") + r"(?![\d-])"),
    ("year", _g("y", r"(?<![\d.,$£€/-])" + _YEAR) + r"(?!\s*%|[-–]\d|-year|s\b|,\d|\.\d)"),
    # Relative phrases, read later against the article's dates.
    ("rel_later", r"(?i:\b" + _g("n", r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}") + r"\s+" + _g("unit", "years?|months?")
     + r"\s+" + _g("dir", "later|afterwards|after that|earlier|before that") + r"\b)"),
    ("rel_the", r"(?i:\bthe\s+" + _g("which", "following|next|subsequent|previous|preceding|same") + r"\s+" + _g("unit", "year|month") + r"\b)"),
    ("rel_that", r"(?i:\bthat\s+" + _g("unit", "year") + r"\b)"),
    ("rel_this", r"(?i:(?<!the )\b" + _g("edge", r"(?:earlier|later)\s+")+ "?" + _g("which", "last|this|next") + r"\s+" + _g("unit", "week|month|year") + r"\b(?:['’]s\b)?)"),
    ("rel_day", r"(?i:\b" + _g("word", "yesterday|tomorrow") + r"\b)"),
    ("rel_weekday", r"\b" + _g("prep", "on|last|next|this|On|Last|Next|This") + r"\s+" + _g("wd", "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday") + r"\b"),
]
# The first character of each pattern's matches, for a look-ahead (see matching.py). Every
# month name starts with one of _MONTH_INITIAL.
_MONTH_INITIAL = "[JFMASOND]"
_INITIALS = {
    "iso": "[12]", "numeric": r"\d", "md_md": _MONTH_INITIAL, "dm_dm": r"[f\d]", "dd_m": r"[fb\d]",
    "m_dd": _MONTH_INITIAL, "m_m_y": "[fJFMASOND]", "mdy": _MONTH_INITIAL, "dmy": r"\d",
    "yy": "[FfBb12]", "yy_short": "[12]", "md": _MONTH_INITIAL, "dm": r"\d", "my": _MONTH_INITIAL,
    "iso_month": "[12]", "year": "[12]",
    "month": "[IiSsBbUuTtFfOoDdAaLlNnEeMm]",  # the cues' first letters
}
_COMPILED = [(name, starting_with(_INITIALS[name], pattern) if name in _INITIALS else re.compile(pattern))
             for name, pattern in _PATTERNS]
# Cheap tests that skip most patterns for most sentences: absolute dates
# need a digit, relative ones one of these words. The words are looked for in
# the caseless text, and inside other words too ("this" in "thistle" only sets
# the patterns looking for nothing): as a plain list of words, the engine skips
# from one of their first letters to the next at once.
_RELATIVE_WORDS = re.compile(
    r"later|afterwards|after\s+that|earlier|before\s+that|following|next|subsequent|previous|preceding|same|that\s+year"
    r"|last|this|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_HAS_DIGIT = re.compile(r"\d")
_HAS_MONTH = starting_with(_MONTH_INITIAL, _MONTH)
_HAS_MONTH_NAME = starting_with(_MONTH_INITIAL, _MONTH_NAME)
_NEEDS_MONTH = frozenset({"md_md", "dm_dm", "dd_m", "m_dd", "m_m_y", "mdy", "dmy", "md", "dm", "my"})
_NO_DIGITS = frozenset({"month"})  # patterns that need a month name but no digit

# Words before a bare year that make it a date ("in 1957"), and words after
# one that make it a count ("2000 people").
_YEAR_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|since|of|from|by|until|till|to|and|or|early|late|mid|year|around|circa|before|after|during"
    r"|through|throughout|between|summer|spring|autumn|fall|winter|end|beginning|start|back|for|on|published|than)|[(,]|mid-|^"
    r"|^\s*[-–—•*])\s*$"  # a chronology's bullet: '- 1963 - ...'
)
_YEAR_AFTER_COUNT = re.compile(
    r"(?i)^\s*(?:people|persons|tonnes|tons|km|kilometres|kilometers|metres|meters|miles|dollars|usd|vnd|yen|euros"
    r"|workers|students|troops|soldiers|units|households|hectares|ha|mw|copies|visitors|tourists|delegations"
    r"|members|years|days|hours|times|pages|cases|items|vehicles|cars|jobs|km2|square)\b"
)


@dataclass(frozen=True)
class Cal:
    """A calendar point as precise as the text is: year, month and day may each be missing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.year is None:
            if self.month is None:
                return ""
            return f"--{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text


@dataclass(frozen=True)
class DateMention:
    """One calendar reference in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    kind: str  # "absolute", or "anaphoric"/"deictic" for relative phrases
    first: Cal = Cal()
    last: Cal | None = None  # the end of a range
    # Relative phrases: unit ("year", "month", "week", "day", "weekday") and amount.
    unit: str = ""
    amount: int = 0
    future: bool = False

    @property
    def has_year(self) -> bool:
        return self.first.year is not None

    def iso(self) -> str:
        if self.last is None:
            return self.first.iso()
        return f"{self.first.iso()}/{self.last.iso()}"


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _valid(cal: Cal) -> bool:
    if cal.month is None or cal.day is None:
        return True
    try:
        dt.date(cal.year or 2000, cal.month, cal.day)  # 2000: a leap year, so "--02-29" passes
    except ValueError:
        return False
    return True


def _range(first: Cal, last: Cal) -> tuple[Cal, Cal]:
    """Give a range's first point the year of its last ("November 28 to December 2, 1958")."""
    if first.year is None and last.year is not None:
        year = last.year
        if first.month and last.month and first.month > last.month:
            year -= 1  # "December 28 to January 3, 1959"
        first = replace(first, year=year)
    return first, last


def _numeric(a: int, b: int, year: int, day_first: bool) -> Cal | None:
    if a > 12 and b <= 12:
        day_first = True
    elif b > 12 and a <= 12:
        day_first = False
    day, month = (a, b) if day_first else (b, a)
    cal = Cal(year, month, day)
    return cal if 1 <= month <= 12 and _valid(cal) else None


def find_dates(text: str, day_first: bool = True) -> list[DateMention]:
    """The calendar references in one sentence, in order.

    ``day_first`` says how to read "05/03/2019" when neither number is over 12.
    """
    return list(_dates_in(text, day_first))


@lru_cache(maxsize=4096)
def _dates_in(text: str, day_first: bool) -> tuple[DateMention, ...]:
    # Cached: the layout, the sentence's reading and the year of its other
    # clauses all ask about the same text; mentions are frozen, so sharing is safe.
    # Every pattern's matches, then the longest at each place, earlier patterns
    # first on a tie, never two overlapping.
    candidates: list[tuple[int, int, int, re.Match[str], str]] = []
    digits = _HAS_DIGIT.search(text) is not None
    relative = _RELATIVE_WORDS.search(caseless(text)) is not None
    any_month = _HAS_MONTH_NAME.search(text) is not None
    months = digits and _HAS_MONTH.search(text) is not None
    for priority, (kind, pattern) in enumerate(_COMPILED):
        if kind in _NO_DIGITS:
            if not any_month:
                continue
        elif not (relative if kind.startswith("rel_") else months if kind in _NEEDS_MONTH else digits):
            continue
        for match in pattern.finditer(text):
            candidates.append((match.start(), -(match.end() - match.start()), priority, match, kind))
    candidates.sort(key=lambda c: c[:3])
    found: list[DateMention] = []
    taken_until = -1
    for start, _, _, match, kind in candidates:
        if start < taken_until:
            continue
        mention = _read(kind, match, text, day_first)
        if mention is not None:
            found.append(mention)
            taken_until = match.end()
    return tuple(_drop_glossed(_year_to_month(_merge_year_and_day(found, text), text), text))


def _num(match: re.Match[str], name: str) -> int | None:
    value = match.group(name)
    return int(value) if value else None


def _read(kind: str, m: re.Match[str], text: str, day_first: bool) -> DateMention | None:
    start, end = m.start(), m.end()
    g = m.group
    if kind == "iso":
        first, last = Cal(int(g("y")), int(g("m")), int(g("d"))), None
    elif kind == "numeric":
        cal = _numeric(int(g("a")), int(g("b")), int(g("y")), day_first)
        if cal is None:
            return None
        first, last = cal, None
    elif kind in ("md_md", "dm_dm"):
        y = _num(m, "y")
        first, last = _range(Cal(None, _month(g("m1")), _day(g("d1"))), Cal(y, _month(g("m2")), _day(g("d2"))))
    elif kind in ("dd_m", "m_dd"):
        y, month = _num(m, "y"), _month(g("m"))
        d1, d2 = _day(g("d1")), _day(g("d2"))
        if d2 <= d1:
            return None
        first, last = Cal(y, month, d1), Cal(y, month, d2)
    elif kind == "m_m_y":
        y = int(g("y"))
        first, last = _range(Cal(None, _month(g("m1"))), Cal(y, _month(g("m2"))))
    elif kind in ("mdy", "dmy"):
        first, last = Cal(int(g("y")), _month(g("m")), _day(g("d"))), None
    elif kind == "yy":
        y1, y2 = int(g("y1")), int(g("y2"))
        sep = text[m.end("y1"):m.start("y2")].strip().lower()
        if y2 <= y1 or (sep == "and" and (g("from") or "").lower() != "between"):
            return None  # "in 1958 and 1964" is two years; the bare-year pattern reads them
        first, last = Cal(y1), Cal(y2)
    elif kind == "yy_short":
        y1 = int(g("y1"))
        y2 = y1 // 100 * 100 + int(g("y2"))
        if y2 <= y1:
            return None  # "1999-01" is no range of years
        first, last = Cal(y1), Cal(y2)
    elif kind in ("md", "dm"):
        first, last = Cal(None, _month(g("m")), _day(g("d"))), None
    elif kind == "my":
        first, last = Cal(int(g("y") or g("jy")), _month(g("m"))), None
    elif kind == "month":
        return _read_month(m, text)
    elif kind == "iso_month":
        first, last = Cal(int(g("y")), int(g("m"))), None
    elif kind == "year":
        return _read_year(start, end, text)
    else:
        return _read_relative(kind, m)
    if not (_valid(first) and (last is None or _valid(last))):
        return None
    return DateMention(start, end, "absolute", first, last)


def _read_month(m: re.Match[str], text: str) -> DateMention | None:
    """ "in mid-December", "since April", "last March": a month with no day or year.

    The mention covers the month and its "early/mid/late", not the cue word.
    "last"/"next" are kept as ``amount`` (-1/+1) for resolving the year.
    """
    words = m.group("cue").lower().split()
    cue = words[0] if words else ""
    # "by April Smith", "since the August Revolution": a name, not a date.
    if (cue in _NAME_CUES or "the" in words) and re.match(r"\s+[A-Z][a-z]", text[m.end():]):
        return None
    amount = {"last": -1, "next": 1}.get(cue, 0)
    start = m.start("edge") if m.group("edge") else m.start("m")
    return DateMention(start, m.end(), "absolute", Cal(None, _month(m.group("m"))), amount=amount)


_THE_YEAR = re.compile(r"(?i)\b(?:the|its|their|his|her|our|this|that|a)\s+(?:[a-z]+\s+)?$")


def _read_year(start: int, end: int, text: str) -> DateMention | None:
    """A bare year counts only where the words around it make it a date."""
    before = text[max(0, start - 24):start]
    # "the 1947 resolution", "the historic 1992 accord": a year naming the event after it
    modifier = _THE_YEAR.search(before) and re.match(r"\s+[A-Za-z]", text[end:end + 2])
    if not (_YEAR_BEFORE.search(before) or modifier):
        return None
    if _YEAR_AFTER_COUNT.match(text[end:end + 20]):
        return None
    return DateMention(start, end, "absolute", Cal(int(text[start:end])))


def _read_relative(kind: str, m: re.Match[str]) -> DateMention | None:
    g = m.group
    start, end = m.start(), m.end()
    if kind == "rel_later":
        n = g("n").lower()
        amount = int(n) if n.isdigit() else NUMBER_WORDS[n]
        if g("dir").lower().startswith(("earlier", "before")):
            amount = -amount
        return DateMention(start, end, "anaphoric", unit=g("unit").lower().rstrip("s"), amount=amount)
    if kind == "rel_the":
        which = g("which").lower()
        amount = {"following": 1, "next": 1, "subsequent": 1, "previous": -1, "preceding": -1, "same": 0}[which]
        return DateMention(start, end, "anaphoric", unit=g("unit").lower(), amount=amount)
    if kind == "rel_that":
        return DateMention(start, end, "anaphoric", unit="year", amount=0)
    if kind == "rel_this":
        amount = {"last": -1, "this": 0, "next": 1}[g("which").lower()]
        return DateMention(start, end, "deictic", unit=g("unit").lower(), amount=amount)
    if kind == "rel_day":
        return DateMention(start, end, "deictic", unit="day", amount=-1 if g("word").lower() == "yesterday" else 1)
    if kind == "rel_weekday":
        prep = g("prep").lower()
        return DateMention(start, end, "deictic", unit="weekday", amount=WEEKDAYS.index(g("wd").lower()),
                           future=prep == "next")
    return None


def _merge_year_and_day(found: list[DateMention], text: str) -> list[DateMention]:
    """ "Back in 1950, on January 31" is one date: 1950-01-31."""
    merged: list[DateMention] = []
    for mention in found:
        if (merged and mention.kind == "absolute" and mention.last is None and mention.first.year is None
                and mention.first.day is not None):
            prev = merged[-1]
            gap = text[prev.end:mention.start]
            if (prev.kind == "absolute" and prev.last is None and prev.first.month is None and prev.first.year
                    and re.fullmatch(r"\s*,?\s*(?:on\s+)?", gap)):
                merged[-1] = DateMention(prev.start, mention.end, "absolute",
                                         Cal(prev.first.year, mention.first.month, mention.first.day))
                continue
        # "on Nov 24 last year": one date, its year counted from the article's date
        if (merged and mention.kind == "deictic" and mention.unit == "year" and merged[-1].kind == "absolute"
                and not merged[-1].has_year and merged[-1].first.month
                and re.fullmatch(r"\s*,?\s*(?:of\s+)?", text[merged[-1].end:mention.start])):
            prev = merged[-1]
            merged[-1] = DateMention(prev.start, mention.end, "absolute", prev.first, prev.last,
                                     unit="year", amount=mention.amount)
            continue
        merged.append(mention)
    return merged


def _year_to_month(found: list[DateMention], text: str) -> list[DateMention]:
    """ "This year's summit in March": "this year's" gives its year to the month
    told next, one date (March of the article's year), not a date of its own.
    ("..., ahead of the anniversary next year" is another event's year.)"""
    for i, year in enumerate(found[:-1]):
        month = found[i + 1]
        if (year.kind == "deictic" and year.unit == "year" and text[year.end - 2:year.end] in ("'s", "’s")
                and month.kind == "absolute" and not month.has_year and month.first.month and month.unit != "year"):
            return [*found[:i], replace(month, unit="year", amount=year.amount), *found[i + 2:]]
    return found


def _drop_glossed(found: list[DateMention], text: str) -> list[DateMention]:
    """ "on Wednesday (Nov. 20)", "yesterday (July 21)": the date in brackets tells the day."""
    kept: list[DateMention] = []
    for i, mention in enumerate(found):
        following = found[i + 1] if i + 1 < len(found) else None
        if (mention.kind == "deictic" and following is not None and following.kind == "absolute"
                and re.fullmatch(r"\s*\(\s*", text[mention.end:following.start])):
            continue
        kept.append(mention)
    return kept


# --- resolving -------------------------------------------------------------

_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|is to|are to|is due|are due|plans? to|scheduled|expected to|set to|(?:is|are) set for"
    r"|slated|upcoming|forthcoming)\b")


def is_future(sentence: str) -> bool:
    return bool(_FUTURE.search(sentence))


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _future_at(sentence: str, mention: DateMention) -> bool:
    """Whether the clause telling ``mention`` speaks of the future.

    Quoted speech has its own tense: "announced on Wednesday that “the visit
    will …”" is past, and a date inside the quote goes by the quote.
    """
    for quote in _QUOTED.finditer(sentence):
        if quote.start() <= mention.start < quote.end():
            return is_future(quote.group())
    # "he will meet A, who was inaugurated on January 1": a relative clause has its own tense
    openers = list(_RELATIVE_CLAUSE.finditer(sentence, max(0, mention.start - 120), mention.start))
    if openers:
        opener = openers[-1]
        end = re.search(r"[,;]", sentence[mention.end:])
        clause = sentence[opener.start():mention.end + (end.start() if end else len(sentence))]
        if _PAST_VERB.search(clause) and not is_future(clause):
            return False
    return is_future(_QUOTED.sub(" ", sentence))


_RELATIVE_CLAUSE = re.compile(r"(?i),\s*(?:who|which|whose|where)\b")
_PAST_VERB = re.compile(r"(?i)\b(?:was|were|had|did)\b")


_SINCE = re.compile(r"(?i)\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?$")


def _carried_year(sentence: str, mention: DateMention) -> int | None:
    """The year another clause of the sentence gives a date told without one.

    The nearest year before the date, else the first after it; a year after
    "since" starts a period and is not the time of the other clause's event
    ("minister since 2019, sworn in on 2 May").
    """
    before = after = None
    for other in find_dates(sentence):
        if other.kind != "absolute" or not other.has_year or _SINCE.search(sentence[max(0, other.start - 20):other.start]):
            continue
        year = (other.last or other.first).year if other.start < mention.start else other.first.year
        if other.start < mention.start:
            before = year
        elif after is None:
            after = year
    return before if before is not None else after


def _year_near(cal: Cal, ref: dt.date, amount: int, future: bool) -> int:
    """The year of a month (and day) told without one, in an article dated ``ref``."""
    month = cal.month or 1
    if amount < 0:  # "last March": the latest March before the article
        return ref.year if month < ref.month else ref.year - 1
    if amount > 0:  # "next March"
        return ref.year if month > ref.month else ref.year + 1
    try:
        when = dt.date(ref.year, month, cal.day or 1)
    except ValueError:
        return ref.year
    # News tells the past: a date well after the article's own is last year's;
    # a plan dated well before it is next year's.
    if when > ref + dt.timedelta(days=31) and not future:
        return ref.year - 1
    if when < ref - dt.timedelta(days=31) and future:
        return ref.year + 1
    return ref.year


@dataclass
class DateContext:
    """What resolving needs: the article's date and the last full date told."""

    dateline: dt.date | None = None
    last: Cal | None = None  # latest absolute date with a year, in reading order
    recent_year: int | None = None  # a year told in the last sentence or two
    # A day and month told again is the same date: its year is the first telling's (or none).
    days_told: dict[tuple[int, int], int | None] = field(default_factory=dict)

    def resolve(self, mention: DateMention, sentence: str, sentence_year: int | None) -> str | None:
        """ISO text for ``mention``, or None when nothing anchors it."""
        if mention.kind == "absolute":
            if mention.has_year:
                return mention.iso()
            if mention.unit == "year" and self.dateline is not None:  # "Nov 24 last year"
                year = self.dateline.year + mention.amount
            else:
                year = self._year_for(mention, sentence, sentence_year)
                day = (mention.first.month, mention.first.day) if mention.first.day and not mention.last else None
                if day is not None:
                    year = self.days_told.setdefault(day, year) if sentence_year is None else year
            if year is None:
                return mention.iso()
            first = replace(mention.first, year=year)
            last = replace(mention.last, year=year + (1 if mention.last.month and first.month and mention.last.month < first.month else 0)) if mention.last else None
            return DateMention(0, 0, "absolute", first, last).iso()
        if mention.kind == "anaphoric":
            if self.last is None:
                return None
            if mention.unit == "year":
                return f"{self.last.year + mention.amount:04d}"
            if self.last.month is None:
                return None
            index = self.last.year * 12 + self.last.month - 1 + mention.amount
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        return self._deictic(mention, sentence)

    def _year_for(self, mention: DateMention, sentence: str, sentence_year: int | None) -> int | None:
        cal = mention.first
        if sentence_year is not None:
            carried = _carried_year(sentence, mention)
            if carried is not None:
                return carried
        if self.dateline is not None:
            return _year_near(cal, self.dateline, mention.amount, _future_at(sentence, mention))
        if self.recent_year is None or self._before_last(cal):
            return None
        return self.recent_year

    def _before_last(self, cal: Cal) -> bool:
        """ "In June 2017 … In January …": January of which year? The text does not say."""
        last = self.last
        return (last is not None and last.year == self.recent_year and last.month is not None
                and cal.month is not None and cal.month < last.month)

    def _deictic(self, mention: DateMention, sentence: str) -> str | None:
        ref = self.dateline
        if ref is None:
            return None
        if mention.unit == "day":
            return (ref + dt.timedelta(days=mention.amount)).isoformat()
        if mention.unit == "year":
            return f"{ref.year + mention.amount:04d}"
        if mention.unit == "month":
            index = ref.year * 12 + ref.month - 1 + mention.amount
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        if mention.unit == "week":
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=mention.amount)
            return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
        if mention.unit == "weekday":
            # "last Friday" is never the article's own day, nor is "next Friday".
            word = sentence[mention.start:mention.end].split()[0].lower()
            if mention.future or (word != "last" and _future_at(sentence, mention)):
                ahead = (mention.amount - ref.weekday()) % 7 or (7 if word == "next" else 0)
                return (ref + dt.timedelta(days=ahead)).isoformat()
            back = (ref.weekday() - mention.amount) % 7 or (7 if word == "last" else 0)
            return (ref - dt.timedelta(days=back)).isoformat()
        return None


def parse_date(text: str, day_first: bool = True) -> dt.date | None:
    """The first full date (year, month and day) in ``text``, if any."""
    for mention in find_dates(text, day_first):
        cal = mention.first
        if mention.kind == "absolute" and mention.last is None and cal.year and cal.month and cal.day:
            return dt.date(cal.year, cal.month, cal.day)
    return None
