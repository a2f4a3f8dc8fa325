"""Quizzes: which questions a test asks, in what order. Pure and seeded."""
from __future__ import annotations

import random
from collections.abc import Iterable, Sequence


def choose_questions(questions: Iterable[tuple[str, str]], size: int, types: Sequence[str], seed: int) -> list[str]:
    """Up to ``size`` question ids of the given ``types``, in an order fixed by ``seed``.

    ``questions`` are (id, type) pairs, one per form of a question (its own and
    its variants'): a question with a form of a wanted type is asked once,
    whichever of its forms match. The same arguments give the same quiz.
    """
    if size < 1:
        raise ValueError("a quiz has at least one question")
    wanted = set(types)
    pool = sorted({question_id for question_id, kind in questions if kind in wanted})
    rng = random.Random(seed)
    rng.shuffle(pool)
    return pool[:size]


def percent(score: int, total: int) -> int:
    return round(100 * score / total) if total else 0


# Score bands as a teacher reads a quiz: 80 % and more is good, half or more is on the way.
SCORE_BANDS = ((80, "good", "Well done"), (50, "fair", "On the way"), (0, "low", "Needs more study"))


def score_band(score: int, total: int) -> tuple[str, str]:
    """(css class, words) for a score: good from 80 %, fair from 50 %, else low."""
    share = percent(score, total)
    return next((name, words) for floor, name, words in SCORE_BANDS if share >= floor)
