"""Timeline: put four to six dated events in order, earliest first.

``items`` hold the events in the right order (the app shuffles them for
display); ``answer`` reads 'event (year) → event (year) → ...'. Events come
from dated visits and dated events whose sources agree on the year; no two
events of one timeline share a year, so the order is never in doubt.
"""
from __future__ import annotations

from app.core.corroboration import person_key

from .checks import supported_by
from .draft import DraftQuestion, group_id
from .pool import FactPool, Topic, places_overlap
from .statements import clause_of, destination_phrase, visit_year
from .wording import capitalise

MIN_ITEMS, MAX_ITEMS, PER_TIMELINE = 4, 6, 5


def event_text(topic: Topic) -> str | None:
    """The event without its date: 'Ho Chi Minh visited North Korea'."""
    if topic.kind == "visit" and visit_year(topic):
        return f"{topic.fields['visitor']} visited {destination_phrase(topic)}"
    clause = clause_of(topic)
    if clause is None or not topic.year or len(clause.text.split()) > 14:
        return None
    return capitalise(clause.text)


def is_name_start(text: str) -> bool:
    """Whether the event opens with a name (kept capitalised) rather than 'The ...'."""
    return not text.startswith(("The ", "A ", "An "))


def _alike(a: Topic, b: Topic) -> bool:
    """Two trips of one person to one country ('… visited Vietnam', '… visited North Vietnam') read
    the same in a timeline, so only one of them goes in."""
    return (a.kind == b.kind == "visit" and person_key(str(a.fields["visitor"])) == person_key(str(b.fields["visitor"]))
            and places_overlap(a.fields.get("destination"), b.fields.get("destination")))


def _label(text: str) -> str:
    return " ".join(text.lower().split())


def dated_events(pool: FactPool) -> list[tuple[str, str, Topic]]:
    events = []
    for topic in pool.topics:
        text = event_text(topic)
        year = visit_year(topic) if topic.kind == "visit" else topic.year
        supported = supported_by(year, [s.quote for s in topic.sources])
        if text and year and supported and not any(ch.isdigit() for ch in text) and not pool.planned(topic):
            events.append((year, text, topic))
    return sorted(events, key=lambda e: (e[0], e[2].id))


def generate(pool: FactPool) -> list[DraftQuestion]:
    events = dated_events(pool)
    count = max(1, len(events) // PER_TIMELINE)  # each timeline as full as it can be
    questions = []
    for index in range(count):
        group: list[tuple[str, str, Topic]] = []
        for event in events[index::count]:
            if all(event[0] != other[0] and not _alike(event[2], other[2]) and _label(event[1]) != _label(other[1])
                   for other in group):
                group.append(event)
        group = group[:MAX_ITEMS]
        if len(group) < MIN_ITEMS:
            continue
        topics = [topic for _, _, topic in group]
        answer = " → ".join(f"{text} ({year})" for year, text, _ in group)
        lines = "In order: " + "; ".join(f"{year}, {text[:1].lower() + text[1:] if not is_name_start(text) else text}"
                                         for year, text, _ in group) + "."
        sources = sorted({s for topic in topics for s in topic.sources}, key=lambda s: (s.article, s.start))
        facts = [topic.id for topic in topics]
        questions.append(DraftQuestion(
            id=group_id("timeline", facts), type="timeline", kind="date",
            prompt="Put these events in order, earliest first.", answer=answer, explanation=lines,
            sources=sources, facts=facts, keys=[t.fact.key for t in topics], items=[text for _, text, _ in group],
        ))
    return questions
