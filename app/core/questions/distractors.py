"""Wrong options that fit the answer, and that the corpus does not say are true.

Years near the true year, taken from the corpus first; people who made the same
kind of trip; countries the corpus names; nearby anniversary numbers; lists of
areas with one area swapped. Every function takes the values the corpus says
are true and never offers one of them, nor two options that grade the same
(``normalise_answer``: 'Kim Il-sung' = 'Kim Il Sung').
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable

from app.core.corroboration import person_key
from app.core.grading import normalise_answer

from .pool import FactPool, places_overlap

# Sectors two countries may cooperate in; a wrong area comes from here, and
# only when the corpus names it nowhere as an area of cooperation.
COOPERATION_AREAS = (
    "defence", "energy", "fisheries", "mining", "banking", "shipbuilding", "forestry", "space research",
    "railways", "textiles", "maritime transport", "aviation",
)


def distinct(answer: str, candidates: Iterable[str], limit: int) -> list[str]:
    """Candidates in order, without any that grade the same as the answer or each other."""
    seen = {normalise_answer(answer)}
    chosen: list[str] = []
    for candidate in candidates:
        key = normalise_answer(candidate)
        if not key or key in seen:
            continue
        seen.add(key)
        chosen.append(candidate)
        if len(chosen) == limit:
            break
    return chosen


def rotate(items: list[str], seed: str) -> list[str]:
    """A fixed, seed-dependent order: the same input gives the same options."""
    if not items:
        return items
    shift = int(hashlib.sha1(seed.encode("utf-8")).hexdigest(), 16) % len(items)
    return items[shift:] + items[:shift]


def years(true_year: str, pool: FactPool, true_years: set[str], limit: int = 3) -> list[str]:
    """Years from the corpus nearest the true one, then close round steps from it."""
    year = int(true_year)
    corpus = [y for y in pool.all_years() if abs(y - year) <= 25]
    corpus.sort(key=lambda y: (abs(y - year), y))
    latest = max(pool.all_years() or [year])
    steps = [year + d for d in (1, -1, 3, -3, 2, -2, 4, -4, 5, -5, 6, -6)]
    candidates = [str(y) for y in corpus + steps if y <= latest and str(y) not in true_years]
    chosen = distinct(true_year, candidates, limit)
    return sorted(chosen)


def people(answer: str, destination: str, year: str, pool: FactPool, limit: int = 3) -> list[str]:
    """Others who travelled to the same place, never in that year (nor at an unknown time)."""
    could_be = pool.visitors(destination, year)  # includes undated visits: they might be that year
    candidates = []
    for topic in pool.topics:
        if topic.kind != "visit" or not places_overlap(topic.fields.get("destination"), destination):
            continue
        name = str(topic.fields["visitor"])
        key = person_key(name)
        if key == person_key(answer) or key in could_be:
            continue
        candidates.append(name)
    return distinct(answer, sorted(set(candidates)), limit)


def countries(answer: str, visitor: str, pool: FactPool, limit: int = 3) -> list[str]:
    """Countries the corpus names that the visitor is not said to have visited."""
    visited = pool.destinations_of(visitor) | {answer}
    names = [c for c in pool.countries if not any(places_overlap(c, v) for v in visited)]
    # drop names inside others ('Korea' beside 'North Korea'): they read as the same place
    names = [c for c in names if not any(c != o and c in o for o in pool.countries)]
    return distinct(answer, rotate(sorted(names), visitor)[:limit * 2], limit)


def numbers(number: int, true_numbers: set[int], limit: int = 3) -> list[int]:
    """Nearby anniversary numbers: steps of 5 and 10 around the true one."""
    candidates = [number + d for d in (5, -5, 10, -10, 15, -15, 20, -20, 1, -1)]
    chosen = [n for n in candidates if n > 0 and n not in true_numbers and n != number][:limit]
    return sorted(chosen)


def area_lists(areas: list[str], pool: FactPool, seed: str, limit: int = 3) -> list[list[str]]:
    """The true list with one area swapped for one the corpus never names."""
    named = pool.area_names()
    named_words = {word for name in named for word in name.split()}
    wrong = [a for a in rotate(list(COOPERATION_AREAS), seed)
             if normalise_answer(a) not in named and not set(normalise_answer(a).split()) & named_words]
    lists = []
    for index, replacement in enumerate(wrong[:limit]):
        position = (index * 2 + 1) % len(areas)
        changed = list(areas)
        changed[position] = replacement
        lists.append(changed)
    return lists
