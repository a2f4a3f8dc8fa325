"""Soundness checks every drafted question must pass, and the bank must keep."""
from __future__ import annotations

import re
from collections.abc import Iterable

from app.core.facts.gazetteer import place_named
from app.core.facts.names import find_places
from app.core.grading import ALIASES, fold, normalise_answer

_STOP = frozenset("a an and the of in on to for with by at from between".split())  # noqa: SIM905 (a word list)


def _words(text: str) -> list[str]:
    return normalise_answer(text).split()


def _contains(haystack: str, needle: str) -> bool:
    """Whole-word containment after normalising (case, accents, hyphens, number words)."""
    hay, need = " ".join(_words(haystack)), " ".join(_words(needle))
    return bool(need) and re.search(rf"(?<!\S){re.escape(need)}(?!\S)", hay) is not None


def gives_answer_away(qtype: str, prompt: str, answer: str, options: Iterable[str] = (),
                      items: Iterable[str] = ()) -> str | None:
    """Why the prompt gives the answer away, or None."""
    if qtype == "true_false":
        return None
    if qtype in ("timeline",):
        for item in items:
            if re.search(r"\b\d{4}\b", item):
                return f"item {item!r} shows a year"
        return None
    if qtype == "matching":
        return None
    if _contains(prompt.replace("____", " "), answer):
        return f"the prompt contains the answer {answer!r}"
    for option in options:
        if option != answer and _contains(prompt.replace("____", " "), option):
            return f"the prompt contains the option {option!r}"
    return None


def _alias_forms(text: str) -> set[str]:
    key = normalise_answer(text)
    forms = {key}
    for group in ALIASES:
        folded = [fold(name) for name in group]
        if key in folded or key == normalise_answer(group[0]):
            forms.update(folded)
    return forms


def supported_by(value: str, quotes: Iterable[str]) -> bool:
    """Whether a value's key words (or its number/year) stand in one of the quotes, or, for a
    country, whether a quote names it in any of its names ('Swaziland' for Eswatini)."""
    quotes = list(quotes)
    place = place_named(value)
    if place is not None and not place.is_city and any(
            mention.place.code == place.code for quote in quotes for mention in find_places(quote)):
        return True
    for form in _alias_forms(value):
        keys = [w for w in form.split() if w not in _STOP]
        if not keys:
            continue
        for quote in quotes:
            words = set(_words(quote)) | set(fold(quote).split())
            if all(k in words for k in keys):
                return True
    return False


_YEAR = re.compile(r"\((\d{4})\)")


def answer_supported(qtype: str, prompt: str, answer: str, quotes: list[str], true_value: str = "",
                     pairs: Iterable[Iterable[str]] = (), options: Iterable[str] = ()) -> bool:
    if qtype == "true_false":
        if answer == "True":
            # a year after a month ('in June 2024') may come from the article's date ('next month')
            dated = re.sub(r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
                           r"|December) \d{4}\b", " ", prompt)
            numbers = re.findall(r"\b\d{4}\b|\b\d+(?=st|nd|rd|th)\b|^\d+\b", dated)
            return all(supported_by(n, quotes) for n in numbers)
        return not true_value or supported_by(true_value, quotes)
    if qtype == "timeline":
        return all(supported_by(year, quotes) for year in _YEAR.findall(answer))
    options = list(options)
    if qtype == "matching":
        return all(supported_by(str(left), quotes) or supported_by(str(right).split()[0], quotes)
                   for left, right in pairs)
    if qtype == "multiple_choice" and options and " NOT " in prompt:
        # 'Which of these is NOT …?': every other option is in a source, the answer in none
        others = [option for option in options if option != answer]
        return all(supported_by(option, quotes) for option in others) and not supported_by(answer, quotes)
    if qtype == "multiple_choice" and ", " in answer:  # a list of areas
        return all(supported_by(part, quotes) for part in re.split(r",\s*(?:and\s+)?|\s+and\s+(?=\w+$)", answer))
    return supported_by(answer, quotes)
