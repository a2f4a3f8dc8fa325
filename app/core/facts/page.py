"""What on the page is the article: its date line, and the clutter around it.

Saved web pages carry more than the story: navigation bars, a byline, share
buttons, "More From…" and "Related stories" lists, a footer. Facts are only
drawn from the story, so this module marks which lines are clutter. Nothing
is cut out of the text: the caller skips sentences on clutter lines, and
offsets keep pointing into the file as read.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.core.corpus import Article
from app.core.facts.dates import find_dates, parse_date

_WORD = re.compile(r"[^\W\d_][\w'’-]*")

# A heading that opens a list of other stories.
_RELATED_HEADING = re.compile(
    r"(?i)^\W*(?:more\s+from\b|more\s+(?:stories|news|articles|on\s+this)\b|related(?:\s+(?:stories|articles|news|posts|content|coverage|topics|links))?\b"
    r"|read\s+more\b|read\s+also\b|also\s+read\b|see\s+also\b|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested)"
    r"|recommended\b|most\s+(?:read|popular|viewed|shared)\b|latest\s+(?:news|stories|articles)\b|trending\b"
    r"|other\s+news\b|in\s+other\s+news\b|popular\s+(?:stories|posts|now)\b|top\s+stories\b|editor'?s\s+picks?\b"
    r"|more\s+articles\b|previous\s+(?:story|article)\b|next\s+(?:story|article)\b)"
)
# Lines that end the page: everything from here on is footer.
_FOOTER = re.compile(
    r"(?i)(?:^\W*(?:©|\(c\)|copyright\b)|all\s+rights\s+reserved|^\W*(?:terms\s+(?:of\s+(?:use|service)|and\s+conditions)"
    r"|privacy\s+policy|contact\s+us|about\s+us|subscribe\s+to\s+our|sign\s+up\s+for\s+our|follow\s+us\b|back\s+to\s+top)\b)"
)
_SHARE = re.compile(
    r"(?i)^\W*(?:share(?:\s+(?:this|on|via))?|chia\s+sẻ|tweet|e-?mail|print|copy\s+link|facebook|twitter|x|whatsapp"
    r"|linkedin|telegram|reddit|pinterest|messenger|zalo|feedback|comments?|like|bookmark|save)\b"
)
_SOCIAL = re.compile(r"(?i)\b(?:facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|e-?mail|messenger|zalo)\b")
_BYLINE = re.compile(
    r"(?i)^\W*(?:by|written\s+by|reporting\s+by|editing\s+by|writing\s+by|additional\s+reporting\s+by|photo(?:s|graph)?\s*(?:by|:)"
    r"|image\s*(?:by|:)|source\s*:|posted\s+by|author\s*:|story\s+by)\s"
)
_NAV_SEPARATORS = re.compile(r"\s[|•·›»>/]\s|\s\|\s")

# The article's own date: a labelled date, a place-and-date line opening the
# story, or a line that is nothing but a date.
_LABELLED = re.compile(r"(?i)\b(?:date|dated|published(?:\s+on)?|posted(?:\s+on)?|first\s+published)\b\s*:?\s*")
_UPDATED = re.compile(r"(?i)\b(?:updated|last\s+updated|modified)\b\s*:?\s*")
_PLACE_DATELINE = re.compile(
    r"^\W{0,3}[A-ZÀ-Ỹ][\w'’.À-ỹ -]{1,40}?,\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?P<date>[^—–\-(]{6,30}?)\s*(?:\([^)]{1,20}\)\s*)?[—–-]"
)


@dataclass(frozen=True)
class Layout:
    """Which sentences hold the story, and the article's own date."""

    story: tuple[int, ...]  # indexes of sentences to read facts from
    dateline: dt.date | None
    dateline_span: tuple[int, int] | None  # text offsets of the date line, never a fact
    day_first: bool  # how to read "05/03/2019"


def _lines(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.splitlines(keepends=True):
        spans.append((start, start + len(line.rstrip("\n"))))
        start += len(line)
    return spans


def _words(line: str) -> int:
    return len(_WORD.findall(line))


def _is_prose(line: str) -> bool:
    """A paragraph of the story: a sentence or more, not a headline or a label."""
    words = _words(line)
    stripped = line.rstrip()
    ends = stripped.endswith((".", "!", "?", "\"", "”", "’", ".)", "'"))
    return (words >= 5 and ends and any(w.islower() for w in _WORD.findall(line))) or words >= 25


def _is_nav(line: str) -> bool:
    parts = re.split(r"\s*[|•·›»]\s*|\s+>\s+|\s+/\s+", line.strip())
    parts = [p for p in parts if p]
    return len(parts) >= 3 and all(_words(p) <= 4 for p in parts)


def _is_clutter_line(line: str) -> bool:
    stripped = line.strip()
    words = _words(stripped)
    if not stripped:
        return False
    if _is_nav(stripped):
        return True
    if words <= 8 and _SHARE.match(stripped):
        return True
    if words <= 14 and len(_SOCIAL.findall(stripped)) >= 2:
        return True
    if words <= 14 and _BYLINE.match(stripped) and not stripped.endswith("."):
        return True
    return False


def _is_list_line(line: str, block: list[str]) -> bool:
    """Inside a list of other stories: headlines, dates, cut-off teasers, repeats."""
    stripped = line.strip()
    if not stripped or stripped in block:
        return True
    if re.match(r"^[-*•–]\s", stripped):
        return True
    if find_dates(stripped) and _words(stripped) <= 6:
        return True
    return not _is_prose(stripped) or not stripped.endswith((".", "!", "?", "\"", "”"))


def read_layout(article: Article) -> Layout:
    text = article.text
    lines = _lines(text)
    clutter = [False] * len(lines)
    # The head of the page, before the first paragraph of prose: title,
    # date, source, byline. Facts are not read from it.
    first_prose = next(
        (i for i, (s, e) in enumerate(lines) if _is_prose(text[s:e]) and not _is_clutter_line(text[s:e])), len(lines)
    )
    for i in range(first_prose):
        clutter[i] = True
    block: list[str] | None = None
    footer = False
    for i in range(first_prose, len(lines)):
        s, e = lines[i]
        line = text[s:e]
        if footer or _FOOTER.search(line) and _words(line) <= 25:
            footer = clutter[i] = True
            continue
        if _RELATED_HEADING.match(line) and _words(line) <= 10 and not _is_prose(line):
            block = [line.strip()]
            clutter[i] = True
            continue
        if block is not None:
            if _is_list_line(line, block):
                clutter[i] = True
                if line.strip():
                    block.append(line.strip())
                continue
            block = None
        if _is_clutter_line(line):
            clutter[i] = True
    day_first = _day_first(text)
    dateline, span = _find_dateline(text, lines, first_prose, day_first)
    line_of = _line_index(lines)
    story = tuple(
        s.index for s in article.sentences if not clutter[line_of(s.start)]
    )
    return Layout(story, dateline, span, day_first)


def _line_index(lines: list[tuple[int, int]]):
    starts = [s for s, _ in lines]

    def find(offset: int) -> int:
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    return find


def _find_dateline(text: str, lines: list[tuple[int, int]], first_prose: int,
                   day_first: bool) -> tuple[dt.date | None, tuple[int, int] | None]:
    """The article's own date, looked for in the page head and the story's opening."""
    head = lines[: min(len(lines), first_prose + 1)][:15]
    best: tuple[int, dt.date, tuple[int, int]] | None = None
    for s, e in head:
        line = text[s:e]
        for rank, found in ((0, _labelled(line, day_first, _LABELLED)), (1, _place_dated(line, day_first)),
                            (2, _bare(line, day_first)), (3, _labelled(line, day_first, _UPDATED))):
            if found is not None and (best is None or rank < best[0]):
                best = (rank, found[0], (s + found[1][0], s + found[1][1]))
    if best is None:
        return None, None
    return best[1], best[2]


def _labelled(line: str, day_first: bool, label: re.Pattern[str]) -> tuple[dt.date, tuple[int, int]] | None:
    for match in label.finditer(line):
        rest = line[match.end():match.end() + 40]
        mentions = find_dates(rest, day_first)
        if mentions and mentions[0].start == 0:
            date = parse_date(rest[: mentions[0].end], day_first)
            if date:
                return date, (match.start(), match.end() + mentions[0].end)
    return None


def _place_dated(line: str, day_first: bool) -> tuple[dt.date, tuple[int, int]] | None:
    match = _PLACE_DATELINE.match(line)
    if not match:
        return None
    date = parse_date(match.group("date"), day_first)
    return (date, (0, match.end())) if date else None


def _bare(line: str, day_first: bool) -> tuple[dt.date, tuple[int, int]] | None:
    stripped = line.strip()
    if not stripped or _words(stripped) > 8:
        return None
    mentions = find_dates(stripped, day_first)
    if not mentions or mentions[0].start > 12:
        return None
    date = parse_date(stripped, day_first)
    return (date, (0, len(line))) if date else None


_US_STYLE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)\s+\d{1,2}\b(?!\d)"
)
_UK_STYLE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](?:\d{4})(?![\d/])")


def _day_first(text: str) -> bool:
    """Whether "05/03/2019" is the 5th of March: the article's other dates decide.

    A numeric date with a part over 12 settles it; otherwise written dates
    vote ("March 1, 2019" for month first, "1 March 2019" for day first).
    Day first when nothing tells.
    """
    sample = text[:200_000]
    votes = 0
    for a, b in _NUMERIC.findall(sample):
        if int(a) > 12 >= int(b):
            votes += 5
        elif int(b) > 12 >= int(a):
            votes -= 5
    votes += len(_UK_STYLE.findall(sample)) - len(_US_STYLE.findall(sample))
    return votes >= 0
