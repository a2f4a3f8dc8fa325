"""One sentence as the extractors see it, and what the article told before it."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from app.core.facts.dates import DateMention
from app.core.facts.gazetteer import PLACES, Place, fold
from app.core.facts.matching import caseless
from app.core.facts.names import PeopleTracker, PersonMention, PlaceMention, Token

MAX_SENTENCE_CHARS = 2_000  # longer "sentences" are junk (tables, encoded data): skipped


@dataclass
class SentenceView:
    """A sentence with its words, places, people and dates; offsets are relative to ``text``."""

    text: str
    offset: int  # where the sentence starts in the article
    tokens: list[Token]
    places: list[PlaceMention]
    people: list[PersonMention]
    dates: list[tuple[DateMention, str | None]]  # each mention with its ISO form, when it has one

    @cached_property
    def caseless(self) -> str:
        """The text folded once for the patterns that run on it (see matching.py)."""
        return caseless(self.text)


@dataclass
class ArticleMemory:
    """What earlier sentences said: people named, the last country named."""

    people: PeopleTracker = field(default_factory=PeopleTracker)
    last_country: Place | None = None
    filed_from: Place | None = None  # "NAIROBI, Kenya -": where the story was written
    delegation_leader: str | None = None  # who "the delegation" is
    common_words: frozenset[str] = frozenset()  # written in lower case somewhere in the article
    last_visitor: str | None = None  # who made the last visit told, for "The visit to X follows ..."
    last_destination: Place | None = None  # where the last visit told went: what "visited the country" means
    recent_countries: list[Place] = field(default_factory=list)  # the last few places named, latest last
    last_speaker: str | None = None  # who a quotation's "my" and "our" are: '..., Mr Luxon says.'

    @staticmethod
    def country_named(name: str) -> Place | None:
        """The gazetteer's place for a country's name ("Kenya")."""
        return PLACES.get(tuple(fold(name).replace(",", " ").replace("-", " ").split()))
