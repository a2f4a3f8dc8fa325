"""The forms of a question, and which one a student meets.

A question rests on one fact. Its own fields are its primary form; its
variants ask the same fact another way (another type, or the same type
worded otherwise). A student meets one form at a time, in place of the
others, never two side by side: study keeps one card per question (the fact
is what is scheduled) and shows the primary at the first meeting, then the
variants in turn; a quiz asks one form per question, fixed by the attempt.

Stored, a variant is a plain record (``variant_record``) with the fields of
a question row: a true/false answer is the text "True" or "False" and its
options are those two, as in the questions table.
"""
from __future__ import annotations

import dataclasses
import hashlib
import random
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .bank import FORM_FIELDS, TRUE_FALSE_OPTIONS, Variant

PRIMARY = 0


@dataclass(frozen=True)
class AskedForm(Variant):
    """One form of a question (a bank variant's fields), as a page shows it and grading reads it.

    ``id`` is the question's id (a form has none of its own: the timeline and
    matching shuffles are seeded by it); ``index`` is 0 for the primary, then
    1, 2, ... for the variants in bank order.
    """

    id: str = ""
    index: int = PRIMARY


def variant_record(variant: Variant) -> dict[str, Any]:
    """A bank variant as the questions table stores it (JSON)."""
    return {
        "type": variant.type, "prompt": variant.prompt, "answer": variant.answer,
        "options": list(variant.options), "accept": list(variant.accept), "explanation": variant.explanation,
        "items": list(variant.items), "pairs": [list(pair) for pair in variant.pairs],
    }


def bank_variant(record: Mapping[str, Any]) -> Variant:
    """A stored record back as a bank variant."""
    return Variant(
        type=record["type"], prompt=record["prompt"], answer=record["answer"],
        options=tuple(record.get("options") or ()), accept=tuple(record.get("accept") or ()),
        explanation=record.get("explanation") or "", items=tuple(record.get("items") or ()),
        pairs=tuple((left, right) for left, right in record.get("pairs") or ()),
    )


def _form(question_id: str, index: int, fields: Mapping[str, Any]) -> AskedForm:
    form = {field.name: getattr(bank_variant(fields), field.name) for field in dataclasses.fields(Variant)}
    if form["type"] == "true_false" and not form["options"]:
        form["options"] = TRUE_FALSE_OPTIONS
    return AskedForm(id=question_id, index=index, **form)


def question_forms(question: Any) -> tuple[AskedForm, ...]:
    """Every form of a stored question: its own first, then its variants.

    ``question`` is anything with a question row's attributes (``id``,
    ``type``, ``prompt``, ... and ``variants``, a list of variant records).
    """
    own = {name: getattr(question, name) for name in FORM_FIELDS}
    variants = getattr(question, "variants", None) or ()
    return (_form(question.id, PRIMARY, own),
            *(_form(question.id, number, record) for number, record in enumerate(variants, start=1)))


def form_index_for_review(form_count: int, reps: int) -> int:
    """Which form a card shows after ``reps`` reviews: the primary at the first
    meeting (reps 0), then each variant in turn, then the primary again (it is
    the best form of the fact; the variants test it from other sides)."""
    if form_count <= 1 or reps <= 0:
        return PRIMARY
    return reps % form_count


def form_for_review(forms: Sequence[AskedForm], reps: int) -> AskedForm:
    return forms[form_index_for_review(len(forms), reps)]


def form_for_quiz(forms: Sequence[AskedForm], types: Collection[str], attempt_id: int) -> AskedForm | None:
    """The one form an attempt asks of a question, among those of the chosen
    ``types``: fixed by the attempt and the question, so every page of the
    attempt (question, answer, result) sees the same one. None if no form is
    of those types."""
    allowed = [form for form in forms if form.type in types]
    if not allowed:
        return None
    question_id = forms[0].id
    seed = hashlib.sha256(f"{attempt_id}:{question_id}".encode()).digest()[:8]
    return random.Random(int.from_bytes(seed, "big")).choice(allowed)
