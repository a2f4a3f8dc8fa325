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
from functools import lru_cache

from app.core.corpus import Article, joined_lines
from app.core.facts.dates import find_dates, parse_date
from app.core.facts.gazetteer import Place
from app.core.facts.matching import starting_with
from app.core.facts.names import find_places

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLOSERS = "\"'”’)]"

# A heading that opens a list of other stories.
_RELATED_HEADING = re.compile(
    r"(?i)^\W*(?:more\s+from\b|more\s+(?:stories|news|articles|on\s+this)\b|related(?:\s+(?:stories|articles|news|posts|content|coverage|topics|links))?\b"
    r"|read\s+more\b|read\s+also\b|also\s+read\b|see\s+also\b|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested)"
    r"|recommended\b|most\s+(?:read|popular|viewed|shared)\b|latest\s+(?:news|stories|articles)\b|trending\b"
    r"|other\s+news\b|in\s+other\s+news\b|popular\s+(?:stories|posts|now)\b|top\s+stories\b|editor'?s\s+picks?\b"
    r"|more\s+articles\b|previous\s+(?:story|article)\b|next\s+(?:story|article)\b"
    r"|more\s+by\s+(?:the\s+|this\s+)?(?:author|writer)\b)"
)
# Lines that end the page: everything from here on is footer.
_FOOTER = re.compile(
    r"(?i)(?:^\W*(?:©|\(c\)|copyright\b)|all\s+rights\s+reserved|^\W*(?:terms\s+(?:of\s+(?:use|service)|and\s+conditions)"
    r"|privacy\s+policy|contact\s+us|about\s+us|subscribe\s+to\s+our|sign\s+up\s+for\s+our|follow\s+us\b|back\s+to\s+top"
    # An author box or a comment form: nothing after it is the story.
    r"|about\s+the\s+(?:author|writer)|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+a\s+comment|\d*\s*comments?\s*$)\b"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published)"
)
# A cookie or consent notice. Its every form holds "cookie": a quick search for that word first
# spares most lines the backtracking of ".*" after each common word ("use", "site").
_COOKIE = re.compile(r"(?i)cookie")
_COOKIES = re.compile(r"(?i)\bcookies?\b.*\b(?:use|uses|accept|consent|policy|settings|browsing|website|site|experience)\b"
                      r"|\b(?:use|uses|accept|consent|policy|settings|website|site)\b.*\bcookies?\b")
# What a date line holds besides the date: labels, weekdays, clock times, time zones.
_DATE_LINE_EXTRAS = re.compile(
    r"(?i)\b(?:date[d]?|published|posted|updated|last\s+updated|modified|first\s+published|on|at|by|am|pm"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b\d{1,2}[:.h]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\b[A-Z]{2,4}\b(?=\s*$)|\bGMT[+-]?\d*|\bUTC[+-]?\d*"
)
_SHARE = re.compile(
    r"(?i)^\W*(?:share(?:\s+(?:this|on|via))?|tweet|e-?mail|print|copy\s+link|facebook|twitter|x|whatsapp"
    r"|linkedin|telegram|reddit|pinterest|messenger|feedback|comments?|like|bookmark|save)\b"
)
_SOCIAL = re.compile(r"(?i)\b(?:facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|e-?mail|messenger)\b")
_BYLINE = re.compile(
    r"(?i)^\W*(?:by|written\s+by|reporting\s+by|editing\s+by|writing\s+by|additional\s+reporting\s+by|photo(?:s|graph)?\s*(?:by|:)"
    r"|image\s*(?:by|:)|source\s*:|posted\s+by|author\s*:|story\s+by)\s*:?\s"
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
    filed_from: Place | None = None  # "NAIROBI, Kenya -", "BANGKOK:": where the story was written


@lru_cache(maxsize=8192)
def _words(line: str) -> int:
    # Cached: the layout asks about the same line under several rules. subn counts the
    # words without making a string of each (findall would).
    return _WORD.subn("", line)[1]


def _is_prose(line: str) -> bool:
    """A paragraph of the story: a sentence or more, not a headline or a label."""
    words = _words(line)
    stripped = line.rstrip()
    ends = stripped.endswith((".", "!", "?", "\"", "”", "’", ".)", "'"))
    return (words >= 5 and ends and any(w.islower() for w in _WORD.findall(line))) or words >= 25


# The marks that part a menu's items.
_NAV_MARKS = "|•·›»>/"


def _is_nav(line: str) -> bool:
    if not any(mark in line for mark in _NAV_MARKS):
        return False  # one item at most (a quick test: most lines)
    parts = re.split(r"\s*[|•·›»]\s*|\s+>\s+|\s+/\s+", line.strip())
    parts = [p for p in parts if p]
    return len(parts) >= 3 and all(_words(p) <= 4 for p in parts)


def _is_clutter_line(line: str) -> bool:
    """Page furniture on one line: menus, share bars, credits, date stamps, placeholders."""
    stripped = line.strip()
    words = _words(stripped)
    if not stripped:
        return False
    # "Image", "Advertisement", "Share": a word or two with no stop says nothing.
    if words <= 2 and not stripped.rstrip(_CLOSERS).endswith((".", "!", "?")):
        return True
    if _is_date_line(stripped):
        return True
    if words <= 60 and _COOKIE.search(stripped) and _COOKIES.search(stripped):
        return True
    if words > 14:  # the rules below are for short lines; a menu needs its separators
        return _is_nav(stripped)
    if _is_nav(stripped):
        return True
    if words <= 8 and _SHARE.match(stripped):
        return True
    if words <= 14 and len(_SOCIAL.findall(stripped)) >= 2:
        return True
    return words <= 14 and _BYLINE.match(stripped) is not None and not stripped.endswith(".")


def _is_list_line(line: str, block: list[str]) -> bool:
    """Inside a list of other stories: headlines, dates, cut-off teasers, repeats."""
    stripped = line.strip()
    if not stripped or stripped in block:
        return True
    if re.match(r"^[-*•–]\s", stripped):
        return True
    if _words(stripped) <= 6 and find_dates(stripped):  # the word count first: it is cheaper
        return True
    return not _is_prose(stripped) or not stripped.endswith((".", "!", "?", "\"", "”"))


def _is_date_line(line: str) -> bool:
    """A line that is a date and little else: "21 Mar 2021", "Updated: Fri Nov 24, 2006 6:28am EST".

    At most one other word may stand beside the date and its labels, so
    "Talks opened on 5 May 2019" is not a date line.
    """
    if _words(line) > 12:
        return False
    mentions = [m for m in find_dates(line) if m.kind == "absolute" and (m.first.month or m.first.year)]
    if not mentions:
        return False
    rest, cursor = [], 0
    for mention in mentions:
        rest.append(line[cursor:mention.start])
        cursor = mention.end
    rest.append(line[cursor:])
    return _words(_DATE_LINE_EXTRAS.sub(" ", " ".join(rest))) <= 1


_LEADING_DATE = re.compile(r"(?i)^(?:date\s*:?\s*)?\d{4}-\d{2}-\d{2}\s+")


def _is_headline(line: str) -> bool:
    """Shaped like a title: a few words, capitalised, no label, date, list mark or credit."""
    stripped = _LEADING_DATE.sub("", line.strip())  # "date 2020-01-09 Leaders meet in …"
    words = _WORD.findall(stripped)
    if not 3 <= len(words) <= 30 or stripped.endswith((":", ",")):
        return False
    capitalised = sum(w[0].isupper() for w in words)
    # "50 years of A-B relations celebrated": a headline may open with its number
    if not (words[0][0].isupper() or stripped[:1].isdigit() or 2 * capitalised >= len(words)):
        return False
    if re.match(r"^[-*•·▪–—]\s", stripped) or _RELATED_HEADING.match(stripped) or _FOOTER.search(stripped):
        return False
    if _is_standfirst(stripped):
        return False  # two sentences under the title: its summary, not a title
    return not (_is_clutter_line(stripped) or _is_date_line(stripped))


def _is_standfirst(line: str) -> bool:
    """The summary under a title: a dozen words or more in two sentences or more, its last stop
    perhaps lost ("A was one of the first to recognise B. Relations were established in 1972")."""
    return _words(line) >= 12 and re.search(r"[a-z0-9][.!?]\s+[A-Z]", line) is not None


def _headline_index(text: str, lines: list[tuple[int, int]], first_prose: int) -> int | None:
    """The page head's headline: the title-shaped line nearest the first paragraph."""
    for i in range(min(first_prose, len(lines)) - 1, -1, -1):
        s, e = lines[i]
        if _is_headline(text[s:e]):
            return i
    return None


def _is_label(line: str) -> bool:
    """A short line with no stop that does not run on: a headline, a name, a menu item."""
    stripped = line.strip()
    tail = stripped.rstrip(_CLOSERS)
    if not stripped or _words(stripped) > 14 or tail.endswith((".", "!", "?", ";", ",", ":")):
        return False
    return not re.search(r"\b(?:and|or|of|the|to|with)$", tail)


def _mark_label_runs(text: str, lines: list[tuple[int, int]], clutter: list[bool], start: int) -> None:
    """Three or more label lines in a row are a list of other stories, links or credits.

    A single one is kept (a subheading, a caption); so is a list that a line
    ending in ":" introduces, which is the story enumerating something.
    """
    run: list[int] = []
    for i in range(start, len(lines) + 1):
        line = text[lines[i][0]:lines[i][1]] if i < len(lines) else "."
        if not line.strip():
            continue
        if _is_label(line):
            run.append(i)
            continue
        if len(run) >= 3 and not _introduced(text, lines, run[0]):
            for j in run:
                clutter[j] = True
        run = []


def _introduced(text: str, lines: list[tuple[int, int]], first: int) -> bool:
    """Whether the line before ``first`` (blank lines skipped) ends in ":"."""
    for i in range(first - 1, -1, -1):
        line = text[lines[i][0]:lines[i][1]].strip()
        if line:
            return line.endswith(":")
    return False


def read_layout(article: Article) -> Layout:
    text = article.text
    # Lines as the story's sentences see them: a paragraph wrapped at a fixed
    # width is one line, so its first physical line is not taken for a title.
    lines = joined_lines(text)
    clutter = [False] * len(lines)
    # The head of the page, before the first paragraph of prose: title,
    # date, source, byline. Facts are not read from it.
    first_prose = next(
        (i for i, (s, e) in enumerate(lines) if _is_prose(text[s:e]) and not _is_clutter_line(text[s:e])), len(lines)
    )
    for i in range(first_prose):
        clutter[i] = True
    # Except the headline: it tells the story too ("X arrives in Y for state visit").
    headline = _headline_index(text, lines, first_prose)
    if headline is not None:
        clutter[headline] = False
    for i in range(first_prose):  # and the summary under it, its last stop perhaps lost
        if _is_standfirst(text[lines[i][0]:lines[i][1]]):
            clutter[i] = False
    block: list[str] | None = None
    footer = False
    for i in range(first_prose, len(lines)):
        s, e = lines[i]
        line = text[s:e]
        if footer or _words(line) <= 25 and _FOOTER.search(line):  # the word count first: it is cached
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
    _mark_label_runs(text, lines, clutter, first_prose)
    day_first = _day_first(text)
    dateline, span = _find_dateline(text, lines, first_prose, day_first)
    line_of = _line_index(lines)
    whole_lines = set(lines)  # a sentence that is its whole line was checked as a line
    # A credit or share bar can also sit at the end of a story line ("… Photo: Jane Doe").
    story = tuple(
        s.index for s in article.sentences
        if not clutter[line_of(s.start)]
        and ((s.start, s.end) in whole_lines or not _is_clutter_line(article.sentence_text(s)))
    )
    return Layout(story, dateline, span, day_first, _filed_from(article, story, span))


# "NAIROBI, Kenya -", "PRETORIA (Reuters) -", "LIMA | Kessia News –", "BANGKOK:": the place a story opens with.
_FILED_FROM = re.compile(
    r"\W{0,3}(?P<place>[A-Z][\w'’.À-ỹ -]{1,40}?(?:,\s*[A-Z][\w'’. -]{1,30}?)?)\s*(?:\([^)]{1,30}\)\s*|\|\s[^|\n]{1,40}?\s)?"
    r"(?:[-—–]|(?<=[A-Z]):)\s"
)


def _filed_from(article: Article, story: tuple[int, ...], dateline_span: tuple[int, int] | None) -> Place | None:
    """Where the story was written, from the opening of its first sentences (after a date label)."""
    for index in story[:3]:
        sentence = article.sentences[index]
        start = sentence.start
        if dateline_span and dateline_span[0] <= start < dateline_span[1]:
            start = dateline_span[1]
        match = _FILED_FROM.match(article.text, start, sentence.end)
        if match:
            places = find_places(match.group("place"))
            if places:
                return places[-1].place
    return None


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


# First characters lead these whole-text searches (see matching.py).
_US_STYLE = starting_with(
    "[JFMASOND]",  # the months' capitals
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)\s+\d{1,2}\b(?!\d)"
)
_UK_STYLE = starting_with(
    r"\d",
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_NUMERIC = starting_with(r"\d", r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](?:\d{4})(?![\d/])")


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
