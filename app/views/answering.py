"""Read a response from an answer form, whatever the question's type.

Choice and typed questions post one ``answer`` field; a timeline posts a
position per event (``order``), a matching a partner per item (``match``).
Each reads the form of the question the page showed (core.variants.AskedForm):
a variant shuffles and reads its own events and pairs.
"""
from __future__ import annotations

from werkzeug.datastructures import MultiDict

from ..core.answers import AnswerError, matching_response, shuffled, timeline_response
from ..core.variants import AskedForm
from ..models import Question

__all__ = ["AnswerError", "given_answer", "matching_choices", "timeline_display"]


def timeline_display(form: AskedForm | Question) -> list[str]:
    """The events in the order the page shows them."""
    return shuffled(form.items or [], form.id)


def matching_choices(form: AskedForm | Question) -> list[str]:
    """The right-hand items, in the order every drop-down lists them."""
    return shuffled([right for _, right in form.pairs or []], form.id)


def given_answer(form: AskedForm | Question, posted: MultiDict, typed: str | None) -> str:
    """The response as one text; raises AnswerError when it cannot be read."""
    if form.type == "timeline":
        return timeline_response(timeline_display(form), posted.getlist("order"))
    if form.type == "matching":
        lefts = [left for left, _ in form.pairs or []]
        return matching_response(lefts, posted.getlist("match"), matching_choices(form))
    return (typed or "").strip()
