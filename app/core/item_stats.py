"""Item analysis of a question set from students' answers. Pure: numbers in, numbers out.

For each question: attempts, facility (the share of answers that were right),
a discrimination index, how often each wrong option was chosen, and the
average response time. For the set: students, their average score and the
distribution of scores.

Definitions (classical test theory, adapted to repeated answers):

- A student's **score** on the set is the share of their answers to its
  questions that were right (0–1). Students are ranked by score (ties by id,
  so the grouping is deterministic).
- The **upper** and **lower** groups are the top and bottom third of the
  ranked students (``n // 3`` each; no groups under 3 students).
- A student's score on one question is the share of their answers to it that
  were right. The **discrimination index** is the mean of that over the upper
  group's students who answered it, minus the same for the lower group
  (−1 to 1; None when either group has no answers to it).
- Flags: facility above 0.9 is too easy, below 0.3 too hard, and a negative
  discrimination index means students who did well overall got it wrong more.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

TOO_EASY = 0.9
TOO_HARD = 0.3
SCORE_BINS = 10  # the distribution: 0–10%, 10–20%, ..., 90–100%


@dataclass(frozen=True)
class Answer:
    """One answer of one student to one question, from a review or a quiz."""

    student: int
    question: str
    correct: bool
    given: str | None = None
    response_ms: int | None = None


@dataclass(frozen=True)
class ItemQuestion:
    id: str
    answer: str
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemStats:
    question: str
    attempts: int
    correct: int
    facility: float | None
    discrimination: float | None
    wrong_choices: tuple[tuple[str, int], ...]  # (given answer, times), options first in their order
    mean_response_ms: float | None
    flags: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class SetStats:
    students: int
    mean_score: float | None
    score_bins: tuple[int, ...]  # students per tenth of the score range
    items: tuple[ItemStats, ...]

    @property
    def flagged(self) -> tuple[ItemStats, ...]:
        return tuple(item for item in self.items if item.flags)


def _share(values: Sequence[bool]) -> float:
    return sum(values) / len(values)


def student_scores(answers: Iterable[Answer]) -> dict[int, float]:
    """Each student's share of right answers on the set."""
    by_student: dict[int, list[bool]] = defaultdict(list)
    for answer in answers:
        by_student[answer.student].append(answer.correct)
    return {student: _share(marks) for student, marks in by_student.items()}


def groups(scores: dict[int, float]) -> tuple[list[int], list[int]]:
    """The upper and lower third of students by score (empty under 3 students)."""
    size = len(scores) // 3
    if size == 0:
        return [], []
    ranked = sorted(scores, key=lambda student: (-scores[student], student))
    return ranked[:size], ranked[-size:]


def discrimination_index(answers: Sequence[Answer], upper: Sequence[int], lower: Sequence[int]) -> float | None:
    """Upper group's mean score on the question minus the lower group's."""
    per_student: dict[int, list[bool]] = defaultdict(list)
    for answer in answers:
        per_student[answer.student].append(answer.correct)
    top = [_share(per_student[s]) for s in upper if s in per_student]
    bottom = [_share(per_student[s]) for s in lower if s in per_student]
    if not top or not bottom:
        return None
    return sum(top) / len(top) - sum(bottom) / len(bottom)


def flags_for(facility: float | None, discrimination: float | None) -> tuple[str, ...]:
    flags = []
    if facility is not None and facility > TOO_EASY:
        flags.append("too easy")
    if facility is not None and facility < TOO_HARD:
        flags.append("too hard")
    if discrimination is not None and discrimination < 0:
        flags.append("negative discrimination")
    return tuple(flags)


def score_bins(scores: Iterable[float], bins: int = SCORE_BINS) -> tuple[int, ...]:
    """Students per equal slice of 0–1; a perfect score counts in the last."""
    counts = [0] * bins
    for score in scores:
        counts[min(bins - 1, int(score * bins + 1e-9))] += 1
    return tuple(counts)


def item_stats(questions: Sequence[ItemQuestion], answers: Sequence[Answer]) -> SetStats:
    """Statistics for every question of a set, in the set's order."""
    known = {question.id for question in questions}
    answers = [answer for answer in answers if answer.question in known]
    scores = student_scores(answers)
    upper, lower = groups(scores)
    by_question: dict[str, list[Answer]] = defaultdict(list)
    for answer in answers:
        by_question[answer.question].append(answer)
    items = []
    for question in questions:
        mine = by_question.get(question.id, [])
        right = sum(1 for a in mine if a.correct)
        facility = right / len(mine) if mine else None
        discrimination = discrimination_index(mine, upper, lower)
        wrong = Counter(a.given.strip() for a in mine if not a.correct and a.given is not None and a.given.strip())
        choices = [(option, wrong.pop(option, 0)) for option in question.options if option != question.answer]
        choices += sorted(wrong.items(), key=lambda pair: (-pair[1], pair[0]))
        times = [a.response_ms for a in mine if a.response_ms is not None]
        items.append(ItemStats(
            question=question.id,
            attempts=len(mine),
            correct=right,
            facility=facility,
            discrimination=discrimination,
            wrong_choices=tuple(choices),
            mean_response_ms=sum(times) / len(times) if times else None,
            flags=flags_for(facility, discrimination),
        ))
    return SetStats(
        students=len(scores),
        mean_score=sum(scores.values()) / len(scores) if scores else None,
        score_bins=score_bins(scores.values()),
        items=tuple(items),
    )
