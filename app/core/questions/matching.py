"""Matching: pair each left item with its right one (visit ↔ year, subject ↔ anniversary).

Every right value is true of exactly one left item in the set (checked against
the whole corpus), so there is one right way to match.
"""
from __future__ import annotations

from collections.abc import Callable

from .checks import supported_by
from .draft import DraftQuestion, group_id
from .pool import FactPool, Topic
from .statements import destination_country, explanation, statement, visit_year
from .wording import anniversary_form, ordinal

MIN_PAIRS, MAX_PAIRS, PER_SET = 3, 5, 4


def _visit_pair(topic: Topic) -> tuple[str, str] | None:
    year = visit_year(topic) if topic.kind == "visit" else ""
    if not year:
        return None
    return f"{topic.fields['visitor']}'s visit to {destination_country(topic)}", year


def _anniversary_pair(topic: Topic) -> tuple[str, str] | None:
    if topic.kind != "anniversary":
        return None
    number = int(topic.fields["number"])
    subject = str(topic.fields["subject"])
    if anniversary_form(topic.sources[0].quote, number) == "ordinal":
        return subject, f"{ordinal(number)} anniversary"
    return subject, f"{number} years"


def _visit_conflict(pool: FactPool, a: Topic, b: Topic) -> bool:
    """Same visitor, or either visitor is also known to have visited in the other's year."""
    va, vb = str(a.fields["visitor"]), str(b.fields["visitor"])
    return (visit_year(a) in pool.visit_years(vb)) or (visit_year(b) in pool.visit_years(va))


def _anniversary_conflict(pool: FactPool, a: Topic, b: Topic) -> bool:
    return a.fields["number"] == b.fields["number"] or int(b.fields["number"]) in pool.anniversary_numbers(
        str(a.fields["subject"])) or int(a.fields["number"]) in pool.anniversary_numbers(str(b.fields["subject"]))


SETS: tuple[tuple[str, str, Callable, Callable], ...] = (
    ("visit", "Match each visit to its year.", _visit_pair, _visit_conflict),
    ("anniversary", "Match each subject to the anniversary the sources mark.", _anniversary_pair, _anniversary_conflict),
)


def generate(pool: FactPool) -> list[DraftQuestion]:
    questions = []
    for kind, prompt, pair_of, conflict in SETS:
        candidates = [(pair_of(t), t) for t in pool.topics if t.kind == kind and not t.disputed]
        candidates = sorted(((p, t) for p, t in candidates
                             if p and supported_by(p[1].split()[0], [s.quote for s in t.sources])),
                            key=lambda c: (c[0][1], c[1].id))
        count = max(1, -(-len(candidates) // PER_SET))
        for index in range(count):
            group: list[tuple[tuple[str, str], Topic]] = []
            for pair, topic in candidates[index::count]:
                if all(not conflict(pool, topic, other) for _, other in group):
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
                explanation=" ".join(explanation(t, statement(t)) for t in topics),
                sources=sorted({s for t in topics for s in t.sources}, key=lambda s: (s.article, s.start)),
                facts=facts, keys=[t.fact.key for t in topics], pairs=pairs,
            ))
    return questions
