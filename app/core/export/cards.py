"""What the exporters take: a question set and its cards as plain values.

The service layer builds these from the database; benchmarks and tests build
them directly. Nothing here knows about Flask or SQLAlchemy.
"""
from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_PUBLIC_BASE_URL = "http://127.0.0.1:5000"


@dataclass(frozen=True)
class ExportSource:
    """A span of an article that states the fact, with where to find it."""

    article_id: str
    article_title: str
    quote: str
    start: int
    end: int
    sentence_index: int | None = None

    def url(self, base_url: str = DEFAULT_PUBLIC_BASE_URL) -> str:
        """The article page with this span highlighted, scrolled to its sentence:
        ``<base>/articles/<id>?hl=<start>-<end>#s<N>``."""
        link = f"{base_url.rstrip('/')}/articles/{self.article_id}?hl={self.start}-{self.end}"
        if self.sentence_index is not None:
            link += f"#s{self.sentence_index}"
        return link


@dataclass(frozen=True)
class ExportCard:
    """One question, as every exporter sees it.

    ``id`` is the question's stable id: Anki GUIDs derive from it, so an edited
    question updates its note in place. ``fact_kind`` is empty while fact kinds
    are not stored; when given it becomes a ``kind::<kind>`` tag. ``modified``
    (seconds since the epoch) is when the question last changed, if known:
    Anki updates a note only when the incoming one is newer, so an unchanged
    question keeps its time and its note is left alone on re-import.

    A card is the question's primary form only: its variants ask the same
    fact, and a deck holding them beside it would ask one fact several times.
    """

    id: str
    type: str
    prompt: str
    answer: str
    sources: tuple[ExportSource, ...] = ()
    options: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    explanation: str = ""
    fact_kind: str = ""
    modified: float | None = None
    items: tuple[str, ...] = ()  # a timeline's events, in the right order
    pairs: tuple[tuple[str, str], ...] = ()  # a matching's (left, right) pairs


@dataclass(frozen=True)
class ExportSet:
    slug: str
    title: str
    description: str = ""
    cards: tuple[ExportCard, ...] = field(default=())
