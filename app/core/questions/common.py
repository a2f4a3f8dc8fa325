"""What every generator does the same way: one question from one topic."""
from __future__ import annotations

from collections.abc import Callable

from .draft import DraftQuestion, question_id
from .pool import FactPool, Topic
from .statements import explanation


def from_topic(topic: Topic, qtype: str, prompt: str, answer: str, lead: str, needle: str = "",
               **extra: object) -> DraftQuestion:
    return DraftQuestion(
        id=question_id(topic.id, qtype), type=qtype, kind=topic.kind, prompt=prompt, answer=answer,
        explanation=explanation(topic, lead, needle), sources=list(topic.sources),
        facts=[topic.id, *topic.merged], keys=[topic.fact.key], **extra,  # type: ignore[arg-type]
    )


def each_topic(pool: FactPool, ask: Callable[[Topic, FactPool], DraftQuestion | None]) -> list[DraftQuestion]:
    """The questions ``ask`` makes, one per topic at most, in the pool's order."""
    return [question for topic in pool.topics if (question := ask(topic, pool)) is not None]
