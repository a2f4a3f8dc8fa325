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
    """
    mr mrs ms dr prof sr jr st mt gen lt col capt sgt gov sen rep pres
    rev hon fr messrs no nos vol pp fig approx est dept univ inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    vs etc al cf e.g i.e a.m p.m u.s u.k u.n e.u d.c
    """.split()
)

# A candidate sentence end: terminal punctuation, then any closing quotes or
# brackets, then white space.
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_OPENERS = "\"'“‘([" 


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
    if len(word) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return True
    return False


def _starts_sentence(text: str, pos: int) -> bool:
    """True when the next word after white space at ``pos`` can open a sentence."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    if pos >= len(text):
        return True
    char = text[pos]
    if char in _OPENERS:
        return True
    return char.isupper() or char.isdigit()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``.

    Each line is at least one sentence; within a line a sentence ends at
    '.', '!' or '?' (with any closing quote) followed by white space and a
    word that can open a sentence, unless the dot ends an abbreviation such
    as "Oct.", "Mr." or "U.S.". Leading and trailing white space is trimmed.
    """
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.splitlines(keepends=True):
        line_end = line_start + len(line)
        cursor = line_start
        for match in _END.finditer(text, line_start, line_end):
            end = match.end()
            punctuation = match.group().rstrip("\"'”’)]")
            if punctuation == "." and _is_abbreviation(text, match.start()):
                continue
            if not _starts_sentence(text, end):
                continue
            _add_span(text, cursor, end, spans)
            cursor = end
        _add_span(text, cursor, line_end, spans)
        line_start = line_end
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def guess_title(text: str) -> str:
    """The article's headline: the first short line that reads like one.

    Skips date lines and source/byline clutter; falls back to the start of
    the first sentence.
    """
    for line in text.splitlines()[:12]:
        candidate = line.strip()
        if not candidate or len(candidate) > 160 or len(candidate.split()) < 3:
            continue
        if candidate.endswith((".", ":", "?\"")) or "|" in candidate:
            continue
        if re.match(r"(?i)^(date\b|\w+ \d{1,2}, \d{4})", candidate):
            continue
        # Source and byline lines: "KCNA Ministry of Foreign Affairs (EN)", "By Jane Doe"
        if re.search(r"\([A-Z]{2,6}\)$", candidate) or re.match(r"(?i)^(by|published|updated|posted)\b", candidate):
            continue
        if not any(ch.isalpha() for ch in candidate):
            continue
        return candidate
    first = text.strip().split("\n", 1)[0] if text.strip() else ""
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
