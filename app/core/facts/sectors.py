"""The vocabulary of fields two countries cooperate in, and whether a word or phrase names one.

The fields are data (``data/cooperation_areas.txt``, grouped as national statistics and treaty
databases group sectors). Words are compared by their Snowball stem, so 'agricultural' meets
'agriculture' and 'fisheries' meets 'fishery'; US and UK spellings meet too.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

import snowballstemmer

_AREAS_FILE = Path(__file__).with_name("data") / "cooperation_areas.txt"

# Words of the vocabulary that qualify a field but name none alone: 'small (enterprises)',
# '(urban) planning', '(climate) change', '(postal) services', '(maritime) affairs'.
_QUALIFYING_WORDS = frozenset({
    "small", "medium", "affairs", "resources", "planning", "change", "protection", "facilitation",
    "services", "management", "information", "research", "social", "enforcement", "building",
    "capacity", "public", "human", "road", "space", "higher", "vocational", "critical", "creative",
    "women's", "and", "industry", "industries", "anti", "blue",
})
_SPELLING = {"defens": "defenc", "labor": "labour", "harbor": "harbour", "offens": "offenc"}


@cache
def area_groups() -> dict[str, str]:
    """Each field of the vocabulary, with the heading of its group."""
    groups: dict[str, str] = {}
    heading = ""
    for line in _AREAS_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and not line.startswith("# Fields"):
            heading = line[2:].strip()
        elif line.strip() and not line.startswith("#"):
            groups[line.strip()] = heading
    return groups


def cooperation_areas() -> tuple[str, ...]:
    """The fields of the vocabulary, in the file's order."""
    return tuple(area_groups())


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=16384)
def word_stem(word: str) -> str:
    """One form for a word's inflections and spellings: 'defences' and 'defense' as 'defenc'."""
    stem = _stemmer().stemWord(word.lower().strip("'’"))
    return _SPELLING.get(stem, stem)


@cache
def _field_stems() -> frozenset[str]:
    return frozenset(word_stem(word) for area in cooperation_areas() for word in re.findall(r"[\w'-]+", area.lower())
                     if len(word) >= 3 and word not in _QUALIFYING_WORDS)


@lru_cache(maxsize=8192)
def is_field_word(word: str) -> bool:
    """Whether one word names a field: 'mining', 'Fisheries', 'agricultural', 'economic'."""
    if len(word) < 3:
        return False
    stem = word_stem(word)
    if stem in _field_stems():
        return True
    # 'economic' (econom) and 'economy' (economi): one stem is the other and a letter (not
    # 'investig' for 'invest')
    return len(stem) >= 5 and any(stem[:-1] == known or known[:-1] == stem for known in _field_stems())


def is_sector(area: str) -> bool:
    """Whether a named area reads as a field of cooperation ('geothermal energy', 'Education',
    'simplification of visas'): a short phrase with a word of the vocabulary."""
    words = re.findall(r"[\w'-]+", area)
    return 1 <= len(area.split()) <= 4 and any(is_field_word(word) for word in words)
