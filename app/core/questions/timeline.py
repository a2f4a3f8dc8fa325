"""Timeline: put three to five dated events in order, earliest first.

``items`` hold the events in the right order (the app shuffles them for
display); ``answer`` reads 'event (year) → event (year) → ...'. Events come
from dated visits and dated events whose sources agree on the year; no two
events of one timeline share a year, so the order is never in doubt.
"""
from __future__ import annotations

from .checks import supported_by
from .draft import DraftQuestion, group_id
from .pool import FactPool, Topic
from .statements import clause_of, destination_country, explanation, visit_year
from .wording import capitalise

MIN_ITEMS, MAX_ITEMS, PER_TIMELINE = 3, 5, 4


def event_text(topic: Topic) -> str | None:
    """The event without its date: 'Ho Chi Minh visited North Korea'."""
    if topic.kind == "visit" and visit_year(topic):
        return f"{topic.fields['visitor']} visited {destination_country(topic)}"
    clause = clause_of(topic)
    return capitalise(clause.text) if clause is not None and topic.year else None


def dated_events(pool: FactPool) -> list[tuple[str, str, Topic]]:
    events = []
    for topic in pool.topics:
        text = event_text(topic)
        year = visit_year(topic) if topic.kind == "visit" else topic.year
        supported = supported_by(year, [s.quote for s in topic.sources])
        if text and year and supported and not any(ch.isdigit() for ch in text):
            events.append((year, text, topic))
    return sorted(events, key=lambda e: (e[0], e[2].id))


def generate(pool: FactPool) -> list[DraftQuestion]:
    events = dated_events(pool)
    count = -(-len(events) // PER_TIMELINE)  # ceiling
    questions = []
    for index in range(count):
        group: list[tuple[str, str, Topic]] = []
        for event in events[index::count]:
            if all(event[0] != other[0] for other in group):
                group.append(event)
        group = group[:MAX_ITEMS]
        if len(group) < MIN_ITEMS:
            continue
        topics = [topic for _, _, topic in group]
        answer = " → ".join(f"{text} ({year})" for year, text, _ in group)
        lines = " ".join(explanation(topic, f"{year}: {text}.") for year, text, topic in group)
        sources = sorted({s for topic in topics for s in topic.sources}, key=lambda s: (s.article, s.start))
        facts = [topic.id for topic in topics]
        questions.append(DraftQuestion(
            id=group_id("timeline", facts), type="timeline", kind="date",
            prompt="Put these events in order, earliest first.", answer=answer, explanation=lines,
            sources=sources, facts=facts, keys=[t.fact.key for t in topics], items=[text for _, text, _ in group],
        ))
    return questions
