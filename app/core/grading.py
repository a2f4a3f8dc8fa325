"""Grading an answer: forgiving about form, strict about content."""
from __future__ import annotations

import re
import unicodedata


def normalise_answer(text: str) -> str:
    """Fold case, diacritics, hyphens, punctuation and spacing away.

    "Tô Lâm" == "to lam", "Kim Il-sung" == "kim il sung".
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("đ", "d").replace("Đ", "D")
    text = re.sub(r"[\u2010-\u2015\u2212_\-]", " ", text)
    text = re.sub(r"[^\w\s]", "", text.lower())
    return " ".join(text.split())


def is_correct(question_type: str, answer: str, given: str, accept: tuple[str, ...] | list[str] = ()) -> bool:
    """Whether ``given`` answers a question whose answer is ``answer``.

    Choices (multiple choice, true/false) must match exactly; typed answers
    (short answer, cloze) match after normalise_answer, against the answer or
    any accepted alternative.
    """
    if question_type in ("multiple_choice", "true_false"):
        return given == answer
    wanted = {normalise_answer(answer), *(normalise_answer(a) for a in accept)}
    return normalise_answer(given) in wanted
