"""Read a response from an answer form, whatever the question's type.

Choice and typed questions post one ``answer`` field; a timeline posts a
position per event (``order``), a matching a partner per item (``match``).
"""
from __future__ import annotations

from werkzeug.datastructures import MultiDict

from ..core.answers import AnswerError, matching_response, shuffled, timeline_response
from ..models import Question

__all__ = ["AnswerError", "given_answer", "timeline_display", "matching_choices"]


def timeline_display(question: Question) -> list[str]:
    """The events in the order the page shows them."""
    return shuffled(question.items or [], question.id)


def matching_choices(question: Question) -> list[str]:
    """The right-hand items, in the order every drop-down lists them."""
    return shuffled([right for _, right in question.pairs or []], question.id)


def given_answer(question: Question, form: MultiDict, typed: str | None) -> str:
    """The response as one text; raises AnswerError when it cannot be read."""
    if question.type == "timeline":
        return timeline_response(timeline_display(question), form.getlist("order"))
    if question.type == "matching":
        lefts = [left for left, _ in question.pairs or []]
        return matching_response(lefts, form.getlist("match"), matching_choices(question))
    return (typed or "").strip()
