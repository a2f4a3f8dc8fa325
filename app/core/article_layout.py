"""Lay out an article for display: paragraphs of sentences, with marked spans.

Pure: the view renders what this returns. A mark is any character span
(a highlight from a link, a fact) with a CSS class; marks may cross sentence
boundaries and overlap, so pieces carry the set of classes that cover them.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from .corpus import Article


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    css_class: str
    title: str = ""


@dataclass(frozen=True)
class Piece:
    text: str
    classes: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Segment:
    """A sentence (index set) or the white space between sentences (None)."""

    sentence_index: int | None
    pieces: tuple[Piece, ...]


def layout_article(article: Article, marks: list[Mark] = ()) -> list[list[Segment]]:
    """Paragraphs of segments; every line of the file is a paragraph of its own."""
    text = article.text
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    paragraphs: list[list[Segment]] = []
    current: list[Segment] = []
    position = 0
    for sentence in article.sentences:
        gap = text[position:sentence.start]
        if "\n" in gap:
            if current:
                paragraphs.append(current)
            current = []
        elif gap and current:
            current.append(Segment(None, (Piece(gap),)))
        current.append(Segment(sentence.index, _pieces(text, sentence.start, sentence.end, marks)))
        position = sentence.end
    if current:
        paragraphs.append(current)
    return paragraphs


def _pieces(text: str, start: int, end: int, marks: list[Mark]) -> tuple[Piece, ...]:
    cuts = {start, end}
    for mark in marks:
        if mark.end > start and mark.start < end:
            cuts.add(max(mark.start, start))
            cuts.add(min(mark.end, end))
    ordered = sorted(cuts)
    pieces = []
    for left, right in pairwise(ordered):
        covering = [m for m in marks if m.start < right and m.end > left]
        pieces.append(
            Piece(
                text[left:right],
                tuple(dict.fromkeys(m.css_class for m in covering)),
                tuple(dict.fromkeys(m.title for m in covering if m.title)),
            )
        )
    return tuple(pieces)


def parse_highlight(value: str | None, text_length: int) -> tuple[int, int] | None:
    """``"120-245"`` → (120, 245) when it is a valid span of the text, else None."""
    if not value:
        return None
    left, sep, right = value.partition("-")
    if not sep or not left.isdigit() or not right.isdigit():
        return None
    start, end = int(left), int(right)
    if 0 <= start < end <= text_length:
        return start, end
    return None
