"""What every generator does the same way: one question from one topic."""
from __future__ import annotations

from .draft import DraftQuestion, question_id
from .pool import Topic
from .statements import explanation


def from_topic(topic: Topic, qtype: str, prompt: str, answer: str, lead: str, needle: str = "",
               **extra: object) -> DraftQuestion:
    return DraftQuestion(
        id=question_id(topic.id, qtype), type=qtype, kind=topic.kind, prompt=prompt, answer=answer,
        explanation=explanation(topic, lead, needle), sources=list(topic.sources),
        facts=[topic.id, *topic.merged], keys=[topic.fact.key], **extra,  # type: ignore[arg-type]
    )
