"""Answers made of several parts: timelines (an order) and matchings (pairs).

A page shows a timeline's events in a shuffled order and asks for each one's
position; a matching lists the left items and asks for each one's partner. A
response becomes one text — the events in the order given, or the pairs as
matched — so it is stored, graded and shown like any other answer.
"""
from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence

ARROW = " → "
PAIR_JOIN = " – "
PAIRS_SEPARATOR = "; "


class AnswerError(ValueError):
    """A response that cannot be read as an answer; the message says why."""


def shuffled(items: Sequence[str], seed_text: str) -> list[str]:
    """``items`` in an order fixed by ``seed_text``, never the original order
    when there is more than one (that would give a timeline away)."""
    order = list(items)
    if len(order) < 2:
        return order
    rng = random.Random(int.from_bytes(hashlib.sha256(seed_text.encode("utf-8")).digest()[:8], "big"))
    rng.shuffle(order)
    if order == list(items):
        order = order[1:] + order[:1]
    return order


def timeline_expected(items: Sequence[str]) -> str:
    return ARROW.join(items)


def matching_expected(pairs: Sequence[Sequence[str]]) -> str:
    return PAIRS_SEPARATOR.join(f"{left}{PAIR_JOIN}{right}" for left, right in pairs)


def timeline_response(displayed: Sequence[str], positions: Sequence[str]) -> str:
    """The events ordered by the positions given to each displayed event (1-based)."""
    count = len(displayed)
    if len(positions) != count or any(not p.strip() for p in positions):
        raise AnswerError("Give every event a position.")
    try:
        numbers = [int(p) for p in positions]
    except ValueError:
        raise AnswerError(f"Positions are numbers from 1 to {count}.") from None
    if sorted(numbers) != list(range(1, count + 1)):
        raise AnswerError(f"Give each event its own position, from 1 to {count}.")
    ordered = [event for _, event in sorted(zip(numbers, displayed))]
    return timeline_expected(ordered)


def matching_response(lefts: Sequence[str], chosen: Sequence[str], rights: Sequence[str]) -> str:
    """Each left item with the right item chosen for it."""
    if len(chosen) != len(lefts) or any(not c.strip() for c in chosen):
        raise AnswerError("Choose a match for every item.")
    if any(c not in rights for c in chosen):
        raise AnswerError("Choose each match from the list.")
    return matching_expected(list(zip(lefts, chosen)))
