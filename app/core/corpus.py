"""Articles as Factdeck reads them: a title, the exact text, and sentences.

Offsets are character offsets into the text exactly as read from the file
(UTF-8, newlines kept), so ``text[sentence.start:sentence.end]`` is always the
sentence as it stands in the file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

MAX_ARTICLE_BYTES = 2_000_000


class ArticleError(ValueError):
    """An article file that cannot be read as text."""


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    sentences: tuple[Sentence, ...] = field(default=())

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start:sentence.end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding character ``offset``, if any."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


# Words that end in a full stop without ending the sentence. Lower-cased,
# without the final dot.
ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "lt", "col", "capt", "sgt", "gov", "sen", "rep", "pres", "rev", "hon", "fr", "messrs", "no", "nos", "vol", "pp", "fig", "approx", "est", "dept", "univ", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "vs", "etc", "al", "cf", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c"]
)

# A candidate sentence end: terminal punctuation, then any closing quotes or
# brackets, then white space.
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
# Terminal punctuation run into the next sentence with no space: "in Laos.The".
# The letters after it are checked in ``_run_together``.
_GLUED_END = re.compile(r"(?<=[^\W_])[.!?][”’)]?(?=[\"“‘(]?[^\W\d_][^\W\d_])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_OPENERS = "\"'“‘(["
_CLOSERS = "\"'”’)]"

# Hard line breaks. A line continues into the next one when it cannot end a
# sentence: it ends in one of these words or marks, or the next line starts
# in lower case.
_HANGING_WORDS = frozenset(
    ["the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "upon", "about", "over", "under", "between", "among", "through", "during", "after", "before", "against", "without", "within", "toward", "towards", "via", "per", "than", "as", "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "while", "whereas", "because", "although", "though", "if", "when", "where", "whether", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "not", "very", "such", "both", "each", "every", "also"]
)
# Titles written without a dot, British style ("Mr Lee").
_HANGING_TITLES = frozenset(["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov"])
# Abbreviations that need a following word, when a line ends with one ("Nov.").
_NEEDS_NEXT_WORD = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "lt", "col", "capt", "sgt", "gov", "sen", "rep", "pres", "rev", "hon", "fr", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
_HANGING_MARKS = (",", "(", "&", "+")
# A list item, which always starts its own sentence: "• …", "- …", "– …", "1. …", "2) …".
_LIST_ITEM = re.compile(r"^(?:[-*•·▪◦–—](?:\s|$)|\d{1,3}[.)]\s)")
# A line this long that carries on a wrapped paragraph was filled to the
# wrap width, so its break is not the end of a sentence.
_WRAP_WIDTH = 55


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` closes an abbreviation, not a sentence."""
    # Look only at the few characters before the dot: searching from the
    # start of the text would make splitting quadratic on long lines.
    match = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not match:
        return False
    word = match.group(1).lower()
    if word in ABBREVIATIONS:
        return True
    # Initials and dotted acronyms: "J.", "U.S", "D.C"
    return len(word) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word) is not None


def _starts_sentence(text: str, pos: int) -> bool:
    """True when the next word after white space at ``pos`` can open a sentence."""
    # Only plain spaces and line breaks: a no-break space ("Trong.\xa0 Kim")
    # has never split, and committed question banks cite those sentences.
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    if pos >= len(text):
        return True
    char = text[pos]
    if char in _OPENERS:
        return True
    return char.isupper() or char.isdigit()


def _run_together(text: str, match: re.Match[str]) -> bool:
    """True when a stop glued to the next word ends a sentence: "in Laos.The talks".

    The next word must be capitalised then lower case (so "U.S.A", "ASP.NET"
    and "example.com" stay whole), and the word before the stop must not be
    an abbreviation, an initial or a dotted acronym ("Mr.Kim", "J.Smith").
    """
    pos = match.end()
    if text[pos] in _OPENERS:
        pos += 1
    if not (text[pos].isupper() and text[pos + 1].islower()):
        return False
    return not (text[match.start()] == "." and _is_abbreviation(text, match.start()))


def _physical_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``, without its line break."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.splitlines(keepends=True):
        spans.append((start, start + len(line.splitlines()[0])))
        start += len(line)
    return spans


def _starts_lower(line: str) -> bool:
    """True when the first letter of ``line`` (after opening quotes) is lower case."""
    for char in line:
        if char.isalpha():
            return char.islower()
        if char not in _OPENERS and not char.isspace():
            return False
    return False


def _ends_hanging(line: str) -> bool:
    """True when ``line`` ends in a word or mark after which a sentence must go on."""
    if line.endswith(_HANGING_MARKS):
        return True
    words = line.rsplit(None, 1)
    last = words[-1] if words else ""
    # As written: "the" hangs, but "The" closing a title-case headline does not.
    return last in _HANGING_WORDS or last in _HANGING_TITLES


def _joins(line: str, following: str, continuing: bool) -> bool:
    """Whether the break between ``line`` and ``following`` falls inside a sentence.

    ``continuing`` says ``line`` itself carries on the line before it (a
    paragraph wrapped at a fixed width). Headlines, list items and a title
    over its first paragraph stay apart: a short line with no final
    punctuation over a capitalised line is a headline.
    """
    line, following = line.rstrip(), following.strip()
    if not line.strip() or not following or _LIST_ITEM.match(following):
        return False
    if _starts_lower(following):
        return True
    if _LIST_ITEM.match(line.lstrip()):
        return False  # a list item goes on only in lower case
    tail = line.rstrip(_CLOSERS)
    if tail.endswith((".", "!", "?")):
        word = _WORD_BEFORE.search(tail[-40:-1] if tail.endswith(".") else "")
        return bool(word) and tail.endswith(".") and word.group(1).lower() in _NEEDS_NEXT_WORD
    if tail.endswith((":", ";")):
        return False
    return _ends_hanging(line) or (continuing and len(line) >= _WRAP_WIDTH)


def joined_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of ``text`` once hard breaks inside sentences are undone.

    A joined line may hold line breaks; blank lines always end one. Offsets
    point into ``text`` as given.
    """
    physical = _physical_lines(text)
    joined: list[tuple[int, int]] = []
    continuing = False
    for i, (start, end) in enumerate(physical):
        if continuing:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
        following = physical[i + 1] if i + 1 < len(physical) else None
        continuing = following is not None and _joins(text[start:end], text[following[0]:following[1]], continuing)
    return joined


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``.

    Lines are first joined where a hard break falls inside a sentence (see
    ``joined_lines``); each joined line is at least one sentence. Within it a
    sentence ends at '.', '!' or '?' (with any closing quote) followed by
    white space and a word that can open a sentence, unless the dot ends an
    abbreviation such as "Oct.", "Mr." or "U.S."; or at a stop glued to a
    capitalised word ("Laos.The"). Leading and trailing white space is trimmed.
    """
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _with_numbered_lists(text, joined_lines(text)):
        if _NUMBERED_ITEM.match(text, line_start) is None and _NUMBERED_AFTER_COLON.search(text, line_start, line_end):
            _add_span(text, line_start, line_end, spans)  # a sentence and its numbered list: one sentence
            continue
        cursor = line_start
        for end in _sentence_ends(text, line_start, line_end):
            _add_span(text, cursor, end, spans)
            cursor = end
        _add_span(text, cursor, line_end, spans)
    return spans


# "… in the following areas:" over "1. Trade" "2. Health": the numbered lines finish the sentence.
_NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")
_NUMBERED_AFTER_COLON = re.compile(r":[ \t]*\n(?:[ \t]*\n)?[ \t]*1[.)][ \t]")


def _with_numbered_lists(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Joined lines, with a line ending in ':' joined to the numbered lines right after it (one
    blank line at most before the first, none between them; two items at least)."""
    merged: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        items = []
        j = i + 1
        if text[start:end].rstrip().endswith(":"):
            if j < len(lines) and not text[lines[j][0]:lines[j][1]].strip():
                j += 1  # one blank line between the sentence and its list
            while j < len(lines) and _NUMBERED_ITEM.match(text, lines[j][0]):
                items.append(lines[j])
                j += 1
        if len(items) >= 2 and text[items[0][0]:items[0][1]].lstrip().startswith("1"):
            merged.append((start, items[-1][1]))
            i = j
        else:
            merged.append((start, end))
            i += 1
    return merged


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets, in order, where sentences end inside ``text[start:end]``."""
    ends: list[int] = []
    for match in _END.finditer(text, start, end):
        punctuation = match.group().rstrip(_CLOSERS)
        if punctuation == "." and _is_abbreviation(text, match.start()):
            continue
        if _starts_sentence(text, match.end()):
            ends.append(match.end())
    for match in _GLUED_END.finditer(text, start, end):
        if _run_together(text, match):
            ends.append(match.end())
    return sorted(ends)


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


# A date label opening a line: "date 2025-10-12 ", "Date: 05/03/2019 ".
_DATE_PREFIX = re.compile(r"(?i)^\W*(?:date[d]?\s*:?\s*)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\s*")
# A place-and-date dateline before the story's first words: "HÀ NỘI — ", "NAIROBI, Kenya - ".
_PLACE_PREFIX = re.compile(r"^[A-ZÀ-Ỹ][A-ZÀ-Ỹ .'’-]{1,30}(?:,\s*[\w .]{1,30})?\s+[—–-]\s+")
# A wire dateline opening the story: "Hanoi, December 3, 2025 (VNA) - ", "LIMA, 12 May (Reuters) — ".
_WIRE_DATELINE = re.compile(
    r"^[A-ZÀ-Ỹ][\w .'’-]{1,30},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
    r"\s*(?:\([A-Za-z]{2,12}\))?\s*[—–:-]+\s*"
)
# A photo credit run on after the headline: "… Photo: Jane Doe".
_CREDIT = re.compile(r"(?i)(?<=[.!?])\s+(?:photo|image|picture)s?\s*(?:by\b|:).*$")
# A line that opens with a date: "21 Mar 2021", "January 8, 2020", "Fri Nov 24, 2006".
_STARTS_WITH_DATE = re.compile(
    r"^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{2,4})",
    re.IGNORECASE,
)


def guess_title(text: str) -> str:
    """The article's headline: the first short line that reads like one.

    Skips date lines and source/byline clutter; falls back to the start of
    the first sentence. A date label opening a line is never part of the
    title ("date 2025-10-12 Leaders meet" gives "Leaders meet").
    """
    for line in text.splitlines()[:12]:
        candidate = _CREDIT.sub("", _DATE_PREFIX.sub("", line.strip()))
        if candidate.endswith((".", "!", "?", "\"", "”")) and len(candidate.split()) >= 12:
            break  # the story has begun: a title comes before it
        if not candidate or len(candidate) > 160 or len(candidate.split()) < 3:
            continue
        if not candidate[0].isalnum() and candidate[0] not in "\"'“‘(" or candidate[0].islower():
            continue  # list items and menu entries
        if candidate.endswith((".", ":", "?\"")) or "|" in candidate:
            continue
        if re.match(r"(?i)^date\b", candidate) or _STARTS_WITH_DATE.match(candidate):
            continue
        # Source and byline lines: "KCNA Ministry of Foreign Affairs (EN)", "By Jane Doe"
        if re.search(r"\([A-Z]{2,6}\)$", candidate) or re.match(r"(?i)^(by|published|updated|posted)\b", candidate):
            continue
        if not any(ch.isalpha() for ch in candidate):
            continue
        return candidate
    lines = [_DATE_PREFIX.sub("", line.strip()) for line in text.splitlines()]
    first = next((line for line in lines if line), "")
    first = _CREDIT.sub("", _WIRE_DATELINE.sub("", _PLACE_PREFIX.sub("", first)) or first)
    return (first[:80].rsplit(" ", 1)[0] + "…") if len(first) > 80 else first


def parse_article(article_id: str, text: str) -> Article:
    sentences = tuple(
        Sentence(index, start, end) for index, (start, end) in enumerate(split_sentences(text))
    )
    return Article(id=article_id, title=guess_title(text), text=text, sentences=sentences)


def decode_article_bytes(data: bytes, name: str) -> str:
    """The text of an article file, or an ArticleError naming what is wrong."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{name}: file is {len(data):,} bytes; the limit is {MAX_ARTICLE_BYTES:,}")
    if b"\x00" in data:
        raise ArticleError(f"{name}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{name}: not UTF-8 text (bad byte at offset {exc.start})") from None
    # Universal newlines, as Python's text mode reads the file: offsets then
    # agree with any reader that opens the file as text.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_article(path: str | Path) -> Article:
    """Read an article file; its id is the file name without ``.txt``."""
    path = Path(path)
    text = decode_article_bytes(path.read_bytes(), str(path))
    return parse_article(article_id_for(path), text)


def article_id_for(path: str | Path) -> str:
    return Path(path).name.removesuffix(".txt")


def load_corpus(folder: str | Path) -> list[Article]:
    """Every ``*.txt`` article in ``folder``, sorted by id."""
    return [load_article(path) for path in sorted(Path(folder).glob("*.txt"))]
