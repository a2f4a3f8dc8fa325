"""A drafted question, before it is written to a bank file."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from app.core.corroboration import SourceRef

# Bump when generators change what they write; recorded with every question.
GENERATOR_VERSION = "factdeck-questions/2"

# Short, fixed codes: a question's id is its fact's id and one of these.
TYPE_CODES = {
    "multiple_choice": "mc", "true_false": "tf", "short_answer": "sa", "cloze": "cloze",
    "timeline": "timeline", "matching": "matching",
}


@dataclass
class DraftQuestion:
    id: str
    type: str
    kind: str
    prompt: str
    answer: str
    explanation: str
    sources: list[SourceRef]
    facts: list[str]  # ids of the corroborated facts it rests on
    keys: list[str] = field(default_factory=list)  # their identity keys
    options: list[str] = field(default_factory=list)
    accept: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    pairs: list[list[str]] = field(default_factory=list)
    true_value: str = ""  # what the sources state, for a true/false statement that is false
    # Other forms of the same fact (another type, or the same type asked another way): a student
    # meets one of them in place of this question, never beside it.
    variants: list[DraftQuestion] = field(default_factory=list)
    importance: float = 0.0  # how much a teacher wants this asked: the headline event first
    # What of the fact it asks when that is not the fact itself ('count': how many documents its
    # signing had): a question of its own beside the fact's, not one of its forms.
    aspect: str = ""

    def form_json(self) -> dict[str, Any]:
        """The fields of one form, as a bank file's variant has them."""
        data: dict[str, Any] = {"type": self.type, "prompt": self.prompt}
        for key in ("options", "items"):
            if getattr(self, key):
                data[key] = list(getattr(self, key))
        if self.pairs:
            data["pairs"] = [list(pair) for pair in self.pairs]
        data["answer"] = self.answer if self.type != "true_false" else self.answer == "True"
        if self.accept:
            data["accept"] = list(self.accept)
        data["explanation"] = self.explanation
        return data

    def to_json(self) -> dict[str, Any]:
        form = self.form_json()
        data: dict[str, Any] = {"id": self.id, "type": self.type, "kind": self.kind,
                                **{key: value for key, value in form.items() if key != "type"}}
        if self.variants:
            data["variants"] = [variant.form_json() for variant in self.variants]
        data["sources"] = [
            {"article": s.article, "start": s.start, "end": s.end, "quote": s.quote} for s in self.sources
        ]
        return data


def text_digest(fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def question_id(fact_id: str, qtype: str) -> str:
    """Stable: the fact's id (from its identity, never its wording) and the type."""
    return f"{fact_id}-{TYPE_CODES[qtype]}"


def group_id(qtype: str, fact_ids: list[str]) -> str:
    """For questions over several facts (timeline, matching): from the facts' ids."""
    digest = hashlib.sha1("|".join(sorted(fact_ids)).encode("utf-8")).hexdigest()[:10]
    return f"{TYPE_CODES[qtype]}-{digest}"
