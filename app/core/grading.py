"""Grading an answer: forgiving about form, strict about content.

Forgiven: case, diacritics (Tô Lâm = To Lam), hyphens and spacing
(Kim Il-sung = Kim Il Sung), punctuation, known aliases (DPRK = North Korea),
and number words ("eightieth" = "80th" = 80). Not forgiven: a different
name, year or number.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from .answers import matching_expected, timeline_expected

# Names that mean the same thing. Each group is folded to its first entry.
ALIASES: tuple[tuple[str, ...], ...] = (
    ("dprk", "north korea", "democratic peoples republic of korea", "korea dpr"),
    ("republic of korea", "south korea", "rok"),
    ("vietnam", "viet nam", "socialist republic of vietnam"),
    ("democratic republic of vietnam", "north vietnam", "drv"),
    ("united states", "us", "usa", "united states of america", "america"),
    ("united kingdom", "uk", "britain", "great britain"),
    ("peoples republic of china", "china", "prc"),
    ("soviet union", "ussr"),
    ("united nations", "un"),
    ("workers party of korea", "wpk"),
    ("communist party of vietnam", "cpv", "vietnamese communist party"),
    ("hanoi", "ha noi"),
)

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()  # noqa: SIM905 (a word list)
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()  # noqa: SIM905 (a word list)
_ORDINAL_UNITS = (  # noqa: SIM905 (a word list)
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_ORDINAL_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()  # noqa: SIM905 (a word list)


def _number_words() -> dict[str, str]:
    """'eighty' → '80', 'eightieth' → '80', 'twenty five' → '25', up to 99."""
    words: dict[str, str] = {}
    for value, (cardinal, ordinal) in enumerate(zip(_UNITS, _ORDINAL_UNITS)):
        words[cardinal] = words[ordinal] = str(value)
    for index, (cardinal, ordinal) in enumerate(zip(_TENS, _ORDINAL_TENS)):
        tens = (index + 2) * 10
        words[cardinal] = words[ordinal] = str(tens)
        for unit in range(1, 10):
            words[f"{cardinal} {_UNITS[unit]}"] = str(tens + unit)
            words[f"{cardinal} {_ORDINAL_UNITS[unit]}"] = str(tens + unit)
    words["hundred"] = words["hundredth"] = words["one hundred"] = words["one hundredth"] = "100"
    return words


NUMBER_WORDS = _number_words()
_NUMBER_PHRASE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")\b"
)
_ORDINAL_SUFFIX = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")


@lru_cache(maxsize=32_768)  # pure, and question drafting folds the same names thousands of times
def fold(text: str) -> str:
    """Lower case without diacritics, hyphens, punctuation or extra spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("đ", "d").replace("Đ", "D")
    text = re.sub(r"[\u2010-\u2015\u2212_\-]", " ", text)
    text = re.sub(r"[^\w\s]", "", text.lower())
    return " ".join(text.split())


_ALIAS_OF = {fold(name): fold(group[0]) for group in ALIASES for name in group}


def normalise_answer(text: str) -> str:
    """The canonical form two answers are compared in."""
    text = fold(text)
    text = _NUMBER_PHRASE.sub(lambda m: NUMBER_WORDS[m.group(1)], text)
    text = _ORDINAL_SUFFIX.sub(r"\1", text)
    text = re.sub(r"^the ", "", text)
    return _ALIAS_OF.get(text, text)


def is_correct(
    question_type: str,
    answer: str,
    given: str,
    accept: Sequence[str] = (),
    items: Sequence[str] = (),
    pairs: Sequence[Sequence[str]] = (),
) -> bool:
    """Whether ``given`` answers a question whose answer is ``answer``.

    Choices (multiple choice, true/false) must match exactly; a timeline must
    list ``items`` in their order and a matching pair every left item with its
    right one (see answers.py); typed answers (short answer, cloze) match
    after normalise_answer, against the answer or any accepted alternative.
    """
    if question_type in ("multiple_choice", "true_false"):
        return given == answer
    if question_type == "timeline":
        return given == timeline_expected(items)
    if question_type == "matching":
        return given == matching_expected(pairs)
    wanted = {normalise_answer(answer), *(normalise_answer(a) for a in accept)}
    return normalise_answer(given) in wanted
