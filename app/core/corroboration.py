"""One fact, several sources: recognise the same fact told by several articles.

Facts come from one sentence each. Across a corpus the same fact is often told
again — Ho Chi Minh's 1957 visit to the DPRK appears in four of the seeds —
so facts are grouped: same kind, same identity (who went where in which year;
which anniversary; which dated event). Within a group, sources that agree (or
only differ in precision: "1957" and "July 1957") are one version; sources that
disagree (two different days for the same event, two titles for the visitor)
are kept as separate versions, so a page or a question can show both rather
than silently pick one.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from .facts.gazetteer import place_named
from .grading import fold, normalise_answer

STOP_WORDS = frozenset(
    "a an and at by for from in into of on or the to with its their his her was were is are be been "  # noqa: SIM905 (a word list)
    "this that these those as which who officially formally".split()
    # Words that stand for the parties rather than say what happened.
    + "two both countries nations sides states parties".split()  # noqa: SIM905 (a word list)
)
# Words that say the same thing in news copy.
SYNONYMS = {"ties": "relations", "relationship": "relations", "links": "relations", "founded": "founding",
            "establish": "established", "establishment": "established", "set": "established"}


class FactLike(Protocol):
    kind: str
    article: str
    start: int
    end: int
    quote: str
    fields: dict[str, Any]


@dataclass(frozen=True)
class SourceRef:
    article: str
    start: int
    end: int
    quote: str


@dataclass
class FactVersion:
    """What one or more sources say, in agreement."""

    fields: dict[str, Any]
    sources: list[SourceRef] = field(default_factory=list)


@dataclass
class CorroboratedFact:
    kind: str
    key: str
    versions: list[FactVersion]

    @property
    def id(self) -> str:
        """Stable id from the fact's identity, never from any sentence's wording."""
        return f"{self.kind}-{hashlib.sha1(self.key.encode('utf-8')).hexdigest()[:10]}"

    @property
    def fields(self) -> dict[str, Any]:
        """The best-supported version's fields (most sources, then most precise)."""
        return self.versions[0].fields

    @property
    def sources(self) -> list[SourceRef]:
        return [source for version in self.versions for source in version.sources]

    @property
    def articles(self) -> list[str]:
        return sorted({source.article for source in self.sources})

    @property
    def disputed(self) -> bool:
        return len(self.versions) > 1


# --- identity ---------------------------------------------------------------

def content_words(text: str) -> frozenset[str]:
    words = fold(text).replace("'s ", " ").split()
    return frozenset(SYNONYMS.get(w, w) for w in words if w not in STOP_WORDS and len(w) > 1)


def similar(a: str, b: str, threshold: float = 0.5) -> bool:
    left, right = content_words(a), content_words(b)
    if not left or not right:
        return False
    return len(left & right) / len(left | right) >= threshold


def _without_places(event: str) -> str:
    """The event's words without the countries and cities it names."""
    return " ".join(w for w in str(event).split() if place_named(w.strip(",.;:'’s")) is None)


def year_of(when: str | None) -> str:
    match = re.match(r"^(\d{4})", str(when or ""))
    return match.group(1) if match else ""


@lru_cache(maxsize=32_768)  # pure; drafting compares every visitor with every other
def person_key(name: str | None) -> str:
    """Names folded; a title before the name does not change who it is."""
    words = fold(name or "").split()
    titles = {"president", "chairman", "premier", "prime", "minister", "general", "secretary", "mr",
              "mrs", "ms", "dr", "comrade", "supreme", "leader", "king", "queen", "deputy", "foreign"}
    while len(words) > 1 and words[0] in titles:
        words.pop(0)
    return " ".join(words)


def place_key(place: str | None) -> str:
    return normalise_answer(place or "")


def same_identity(a: FactLike, b: FactLike) -> bool:
    if a.kind != b.kind:
        return False
    fa, fb = a.fields, b.fields
    if a.kind == "visit":
        who_a, who_b = person_key(fa.get("visitor")), person_key(fb.get("visitor"))
        same_person = bool(who_a) and (who_a == who_b or _surname_match(who_a, who_b))
        return (
            same_person
            and place_key(fa.get("destination")) == place_key(fb.get("destination"))
            and _years_agree(fa.get("when"), fb.get("when"))
        )
    if a.kind == "anniversary":
        return fa.get("number") == fb.get("number") and similar(fa.get("subject", ""), fb.get("subject", ""))
    if a.kind == "date":
        # the places are left out: two events of the same two countries in one year share their names
        # ('China and Pakistan reach a border agreement', '… reach a trade agreement')
        return year_of(fa.get("when")) == year_of(fb.get("when")) != "" and similar(
            _without_places(fa.get("event", "")), _without_places(fb.get("event", "")), 0.34
        )
    if a.kind == "agreement_area":
        return sorted(map(fold, fa.get("areas", []))) == sorted(map(fold, fb.get("areas", [])))
    return False


def identity_block(fact: FactLike) -> tuple:
    """What any two facts of one identity share (see ``same_identity``): a key to index facts by."""
    fields = fact.fields
    if fact.kind == "visit":
        surname = (person_key(fields.get("visitor")).split() or [""])[-1]
        return ("visit", place_key(fields.get("destination")), surname)
    if fact.kind == "anniversary":
        return ("anniversary", fields.get("number"))
    if fact.kind == "date":
        return ("date", year_of(fields.get("when")))
    if fact.kind == "agreement_area":
        return ("agreement_area", tuple(sorted(map(fold, fields.get("areas", [])))))
    return (fact.kind,)


def _surname_match(a: str, b: str) -> bool:
    """'kim il sung' and 'kim il sung' yes; 'kim' alone is too little to merge on."""
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= 2 and long.endswith(short)


def _years_agree(a: str | None, b: str | None) -> bool:
    """Same year; or one side has none and its month and day do not contradict."""
    if year_of(a) and year_of(b):
        return year_of(a) == year_of(b)
    return when_agrees(a, b)


# --- agreement --------------------------------------------------------------

def when_agrees(a: str | None, b: str | None) -> bool:
    """'1957' agrees with '1957-07'; '1958-11-28' disagrees with '1958-12-01'."""
    a, b = str(a or ""), str(b or "")
    if not a or not b:
        return True
    a_start, b_start = a.split("/")[0], b.split("/")[0]
    short, long = sorted((a_start.lstrip("-"), b_start.lstrip("-")), key=len)
    if a_start.startswith("--") != b_start.startswith("--"):
        # "--10-09" (no year) against "2025-10-09": compare month-day
        return a_start[-5:] == b_start[-5:] if len(short) >= 5 else True
    return long.startswith(short)


def fields_agree(kind: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    if kind in ("visit", "date") and not when_agrees(a.get("when"), b.get("when")):
        return False
    return not (kind == "anniversary" and a.get("year") and b.get("year") and a.get("year") != b.get("year"))


def _precision(fields: dict[str, Any]) -> int:
    when = str(fields.get("when") or "")
    return len(when.split("/")[0].lstrip("-")) + (0 if when.startswith("--") else 10)


def corroborate(facts: Iterable[FactLike]) -> list[CorroboratedFact]:
    """Group facts by identity; within a group, split versions that disagree.

    Deterministic: the result depends only on the facts, not their order of
    arrival beyond (article, start).
    """
    ordered = sorted(facts, key=lambda f: (f.kind, f.article, f.start, f.end, repr(sorted(f.fields.items()))))
    # Facts that know their year first; a fact without one then joins a dated
    # group only when exactly one fits it, else other undated tellings.
    dated: list[FactLike] = []
    undated: list[FactLike] = []
    for fact in ordered:
        knows_year = year_of(fact.fields.get("when")) or fact.kind not in ("visit", "date")
        (dated if knows_year else undated).append(fact)
    # Facts are only compared within a block that every pair of one identity
    # shares, so a corpus costs O(facts × facts per block), not O(facts²):
    # adding one article compares its facts with a few others, not all.
    clusters: list[list[FactLike]] = []
    blocks: dict[tuple, list[list[FactLike]]] = defaultdict(list)
    for fact in dated:
        block = blocks[identity_block(fact)]
        home = next((c for c in block if any(same_identity(fact, other) for other in c)), None)
        if home is None:
            clusters.append([fact])
            block.append(clusters[-1])
        else:
            home.append(fact)
    undated_clusters: list[list[FactLike]] = []
    undated_blocks: dict[tuple, list[list[FactLike]]] = defaultdict(list)
    for fact in undated:
        key = identity_block(fact)
        homes = [c for c in blocks[key] if any(same_identity(fact, other) for other in c)]
        if len(homes) != 1:
            homes = [c for c in undated_blocks[key] if any(same_identity(fact, other) for other in c)][:1]
        if homes:
            homes[0].append(fact)
        else:
            undated_clusters.append([fact])
            undated_blocks[key].append(undated_clusters[-1])
    clusters += undated_clusters
    return sorted((_group(cluster) for cluster in clusters), key=lambda g: (g.kind, g.key))


def _group(cluster: Sequence[FactLike]) -> CorroboratedFact:
    kind = cluster[0].kind
    versions: list[FactVersion] = []
    for fact in cluster:
        source = SourceRef(fact.article, fact.start, fact.end, fact.quote)
        version = next((v for v in versions if fields_agree(kind, v.fields, fact.fields)), None)
        if version is None:
            versions.append(FactVersion(dict(fact.fields), [source]))
            continue
        if source not in version.sources:
            version.sources.append(source)
        if _precision(fact.fields) > _precision(version.fields):
            version.fields = {**version.fields, **{k: v for k, v in fact.fields.items() if v}}
    versions.sort(key=lambda v: (-len({s.article for s in v.sources}), -_precision(v.fields)))
    return CorroboratedFact(kind=kind, key=identity_key(kind, versions[0].fields), versions=versions)


def identity_key(kind: str, fields: dict[str, Any]) -> str:
    if kind == "visit":
        return f"visit|{person_key(fields.get('visitor'))}|{place_key(fields.get('destination'))}|{year_of(fields.get('when'))}"
    if kind == "anniversary":
        return f"anniversary|{fields.get('number')}|{' '.join(sorted(content_words(fields.get('subject', ''))))}"
    if kind == "date":
        return f"date|{year_of(fields.get('when'))}|{' '.join(sorted(content_words(fields.get('event', ''))))}"
    return f"{kind}|{'|'.join(sorted(map(fold, fields.get('areas', []))))}"
