"""Matching: pair each visitor with the country visited, or each subject with its anniversary.

Every right value is true of exactly one left item in the set (checked against
the whole corpus), so there is one right way to match. A matching never
re-asks the facts a timeline orders: a fact is asked in one of the two.
"""
from __future__ import annotations

from collections.abc import Callable

from app.core.corroboration import content_words, person_key

from . import timeline
from .checks import supported_by
from .draft import DraftQuestion, group_id
from .pool import FactPool, Topic, places_overlap
from .statements import anniversary_subject, destination_country, statement
from .wording import anniversary_form, ordinal

MIN_PAIRS, MAX_PAIRS, PER_SET = 4, 6, 5


def _visitor_pair(topic: Topic) -> tuple[str, str] | None:
    destination = destination_country(topic)
    return (str(topic.fields["visitor"]), destination) if destination else None


def _anniversary_pair(topic: Topic) -> tuple[str, str] | None:
    number = int(topic.fields["number"])
    subject = anniversary_subject(str(topic.fields["subject"]))
    if subject is None:
        return None
    if anniversary_form(topic.sources[0].quote, number) == "ordinal":
        return subject, f"{ordinal(number)} anniversary"
    return subject, f"{number} years"


def _visitor_conflict(pool: FactPool, a: Topic, b: Topic) -> bool:
    """The same person or place twice, or either visitor also known to have visited the other's place."""
    va, vb = str(a.fields["visitor"]), str(b.fields["visitor"])
    da, db = destination_country(a), destination_country(b)
    return (person_key(va) == person_key(vb) or places_overlap(da, db)
            or any(places_overlap(d, db) for d in pool.destinations_of(va))
            or any(places_overlap(d, da) for d in pool.destinations_of(vb)))


def _anniversary_conflict(pool: FactPool, a: Topic, b: Topic) -> bool:
    """The same number twice, or two subjects that may be one ('relations', 'diplomatic relations')."""
    words_a, words_b = content_words(str(a.fields["subject"])), content_words(str(b.fields["subject"]))
    return a.fields["number"] == b.fields["number"] or len(words_a & words_b) >= 2 or (
        bool(words_a) and (words_a <= words_b or words_b <= words_a))


SETS: tuple[tuple[str, str, Callable, Callable], ...] = (
    ("visit", "Match each visitor to the country they visited.", _visitor_pair, _visitor_conflict),
    ("anniversary", "Match each subject to the anniversary the sources mark.", _anniversary_pair, _anniversary_conflict),
)


def generate(pool: FactPool) -> list[DraftQuestion]:
    ordered = {fact for question in timeline.generate(pool) for fact in question.facts}
    questions = []
    for kind, prompt, pair_of, conflict in SETS:
        candidates = [(pair_of(t), t) for t in pool.topics
                      if t.kind == kind and not t.disputed and t.id not in ordered and not pool.planned(t)]
        candidates = sorted(((p, t) for p, t in candidates
                             if p and supported_by(p[1].split()[0], [s.quote for s in t.sources])),
                            key=lambda c: (c[0][1], c[1].id))
        count = max(1, len(candidates) // PER_SET)  # each group as full as it can be
        for index in range(count):
            group: list[tuple[tuple[str, str], Topic]] = []
            for pair, topic in candidates[index::count]:
                if all(not conflict(pool, topic, other) and pair[0] != other_pair[0]
                       for other_pair, other in group):
                    group.append((pair, topic))
            group = group[:MAX_PAIRS]
            if len(group) < MIN_PAIRS:
                continue
            topics = [t for _, t in group]
            pairs = [[left, right] for (left, right), _ in group]
            facts = [t.id for t in topics]
            questions.append(DraftQuestion(
                id=group_id("matching", facts), type="matching", kind=kind, prompt=prompt,
                answer="; ".join(f"{left} – {right}" for left, right in pairs),
                explanation=" ".join(statement(t) for t in topics),
                sources=sorted({s for t in topics for s in t.sources}, key=lambda s: (s.article, s.start)),
                facts=facts, keys=[t.fact.key for t in topics], pairs=pairs,
            ))
    return questions
