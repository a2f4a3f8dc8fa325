"""Wrong options that fit the answer, and that the corpus does not say are true.

Years near the true year, taken from the corpus first; people who made the same
kind of trip; countries the corpus names; nearby anniversary numbers; lists of
areas with one area swapped. Every function takes the values the corpus says
are true and never offers one of them, nor two options that grade the same
(``normalise_answer``: 'Kim Il-sung' = 'Kim Il Sung').
"""
from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TypeVar

from app.core.corroboration import person_key
from app.core.facts.sectors import area_groups, cooperation_areas, word_stem
from app.core.grading import normalise_answer

from .pool import FactPool, places_overlap

T = TypeVar("T")

_CLOSE_FIELDS_FILE = Path(__file__).with_name("data") / "close_fields.txt"
from .regions import region_of


def one_per_group(areas: Iterable[str], besides: str = "") -> list[str]:
    """Areas from different groups (no 'media' beside 'broadcasting'), none from the group of
    ``besides`` (the right answer): wrong options that are not near-synonyms of each other."""
    groups = area_groups()
    taken = {groups.get(besides, groups.get(normalise_answer(besides), ""))} - {""}
    chosen = []
    for area in areas:
        group = groups.get(area, area)
        if group not in taken:
            taken.add(group)
            chosen.append(area)
    return chosen


def unlike_areas(areas: Iterable[str], seed: str, limit: int = 3) -> list[str]:
    """Up to ``limit`` of the named areas, in a seeded order, no two sharing a word's stem: not
    'trade' beside 'bilateral trade', which reads as one option twice."""
    chosen: list[str] = []
    stems: set[str] = set()
    for area in rotate(list(areas), seed):
        own = _content_stems(area) or {normalise_answer(area)}
        if own & stems:
            continue
        chosen.append(area)
        stems |= own
        if len(chosen) == limit:
            break
    return chosen


def ordered(options: list[str], seed: str) -> list[str]:
    """Years and numbers in rising order, as a teacher lists them; other options shuffled."""
    values = [re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", option) for option in options]
    if all(values):
        return sorted(options, key=lambda option: int(re.match(r"\d+", option).group()))
    return shuffled(options, seed)


def shuffled(options: list[str], seed: str) -> list[str]:
    """Options in an order fixed by ``seed`` (the question's id) but spread evenly, so the
    key is as often first as last; the same question always shows the same order."""
    order = sorted(options)
    random.Random(hashlib.sha256(seed.encode("utf-8")).digest()).shuffle(order)
    return order


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


def rotate(items: list[T], seed: str) -> list[T]:
    """A fixed, seed-dependent order: the same input gives the same options."""
    if not items:
        return items
    shift = int(hashlib.sha1(seed.encode("utf-8")).hexdigest(), 16) % len(items)
    return items[shift:] + items[:shift]


def years(true_year: str, pool: FactPool, true_years: set[str], limit: int = 3,
          latest: int | None = None, seed: str = "", earliest: int | None = None) -> list[str]:
    """Close years around the true one (the corpus's own years within five first), none after
    ``latest`` (for a past event: the year it was written of) nor before ``earliest`` (a trip
    'since taking office in 2013'), none in ``true_years``; how many
    fall before and after the true year is set by ``seed``, so that once the options are shown
    in order the key is as often first as last."""
    year = int(true_year)
    latest = latest if latest is not None else max(pool.all_years or [year])
    near = sorted((y for y in pool.all_years if 0 < abs(y - year) <= 5), key=lambda y: (abs(y - year), y))
    ok = [y for y in [*near, *(year + d for d in (1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 8, -8))]
          if y <= latest and (earliest is None or y >= earliest) and str(y) not in true_years and y != year]
    below = list(dict.fromkeys(y for y in ok if y < year))
    above = list(dict.fromkeys(y for y in ok if y > year))
    return [str(y) for y in sorted(around(below, above, limit, seed))]


def around(below: list[T], above: list[T], limit: int, seed: str) -> list[T]:
    """``limit`` values, nearest first on each side, with a seeded number of them below."""
    wanted_below = int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16) % (limit + 1) if seed else limit // 2
    take_below = min(len(below), max(wanted_below, limit - len(above)))
    return below[:take_below] + above[:limit - take_below]


def people(answer: str, destination: str, year: str, pool: FactPool, limit: int = 3,
           same_place_only: bool = False) -> list[str]:
    """Other travellers of the corpus, those to the same place first (only those, with
    ``same_place_only``), never one the corpus has visit that place in that year (nor at an
    unknown time, which might be that year)."""
    could_be = pool.visitors(destination, year or None)
    same_place, elsewhere = [], []
    for topic in pool.topics:
        if topic.kind != "visit":
            continue
        name = str(topic.fields["visitor"])
        key = person_key(name)
        if key == person_key(answer) or key in could_be or key.endswith(person_key(answer)):
            continue
        near = places_overlap(topic.fields.get("destination"), destination)
        if near:
            same_place.append(name)
        elif not same_place_only and year and topic.year and abs(int(topic.year) - int(year)) <= 10:
            elsewhere.append(name)  # a traveller of the same years: a plausible wrong answer
    return distinct(answer, sorted(set(same_place)) + rotate(sorted(set(elsewhere)), answer), limit)


def countries(answer: str, visitor: str, pool: FactPool, limit: int = 3, told: Iterable[str] = ()) -> list[str]:
    """Today's countries near the answer that the corpus never has the visitor visit and that the
    sentences do not name (``told``: the visitor's home, another stop, anywhere the story goes):
    plausible, never a territory or a former state."""
    visited = pool.destinations_of(visitor) | {answer} | set(told)
    names = [c for c in region_of(answer) if not any(places_overlap(c, v) for v in visited)]
    return distinct(answer, names, limit)


def numbers(number: int, true_numbers: set[int], limit: int = 3, seed: str = "") -> list[int]:
    """Nearby anniversary numbers in steps of five, some below and some above (see ``years``)."""
    ok = [n for n in (number + d for d in (5, -5, 10, -10, 15, -15, 20, -20, 25, -25))
          if n > 0 and n not in true_numbers and n != number]
    return sorted(around([n for n in ok if n < number], [n for n in ok if n > number], limit, seed))


def unnamed_areas(pool: FactPool, seed: str, texts: Iterable[str] = ()) -> list[str]:
    """Areas of the vocabulary the corpus names nowhere as areas (nor a word of them), and that
    ``texts`` (the topic's articles) do not mention at all: an area the extractor missed must
    not come back as a 'wrong' option. In a seeded order."""
    named = pool.area_names()
    named_words = {word for name in named for word in name.split() if len(word) > 3}
    written = " " + " ".join(normalise_answer(text) for text in texts) + " "
    groups = area_groups()
    # 'economic cooperation', 'business investment', 'export deal' cover trade in a reader's eyes:
    # where the article speaks of the economy at all, no field of that group is fairly wrong.
    # Fields near a named one ('banking' beside 'finance') go by the finer lines of close_fields:
    # by whole groups, an article naming six fields of six groups left no wrong option at all.
    near = {groups.get("trade", "")} if _ECONOMY_WORDS.search(written) else set()
    # compared by stems, so 'defence' is no wrong option where the article writes 'defense cooperation'
    told_stems = {word_stem(word) for word in re.findall(r"[a-z]{4,}", written)} | {
        word_stem(word) for word in named_words}
    return [area for area in rotate(list(cooperation_areas()), seed)
            if normalise_answer(area) not in named and not set(normalise_answer(area).split()) & named_words
            and f" {normalise_answer(area)} " not in written and groups[area] not in near
            and not _content_stems(area) & told_stems
            and not any(area in close and _close_stems(close) & told_stems for close in close_fields())]


@cache
def close_fields() -> list[frozenset[str]]:
    """Sets of fields a reader takes for one another (``data/close_fields.txt``)."""
    lines = _CLOSE_FIELDS_FILE.read_text(encoding="utf-8").splitlines()
    return [frozenset(field.strip() for field in line.split(",")) for line in lines
            if line.strip() and not line.startswith("#")]


@cache
def _close_stems(close: frozenset[str]) -> frozenset[str]:
    return frozenset(stem for area in close for stem in _content_stems(area))


def _content_stems(area: str) -> set[str]:
    """The stems of the words that make an area what it is ('defence' of 'defence industry')."""
    return {word_stem(word) for word in re.findall(r"[a-z]{4,}", normalise_answer(area))
            if word not in ("cooperation", "industry", "industries", "affairs", "services", "development")}


_ECONOMY_WORDS = re.compile(r" (?:econom|trad|export|import|business|commerc|invest|financ|bank|market)\w*")
