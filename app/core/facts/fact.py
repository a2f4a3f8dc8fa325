"""A fact drawn from an article, grounded in one whole sentence."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("date", "visit", "anniversary", "agreement_area")

# The order of each kind's own fields in the JSON form.
FIELDS = {
    "date": ("when", "event"),
    "visit": ("visitor", "destination", "when"),
    "anniversary": ("number", "subject", "year"),
    "agreement_area": ("areas",),
}


@dataclass(frozen=True)
class Fact:
    kind: str
    article: str
    start: int
    end: int
    quote: str  # exactly article.text[start:end], a whole sentence
    fields: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form the scorer and the CLI print; empty optional fields are left out."""
        data: dict[str, Any] = {
            "kind": self.kind, "article": self.article, "start": self.start, "end": self.end, "quote": self.quote,
        }
        for name in FIELDS[self.kind]:
            value = self.fields.get(name)
            if value is not None and value != "":
                data[name] = list(value) if isinstance(value, (list, tuple)) else value
        return data
