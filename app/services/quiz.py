"""Quizzes: a test of N questions from a set, answered one by one, scored at the end.

Attempts and their answers are kept per user. An answer is stored once per
position (a unique constraint), so a double click or a replayed POST cannot
change or duplicate it.

A question with variants is asked in one of its forms, never two: the form
is fixed by the attempt's id, the question's id and the attempt's types
(``QuizAttempt.types``, the types the student chose), so the question page,
the grading and the result all work it out alike and nothing more is stored.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..core.grading import is_correct
from ..core.quiz import choose_questions
from ..core.variants import AskedForm, form_for_quiz, question_forms
from ..extensions import db
from ..models import Question, QuestionSet, QuizAnswer, QuizAttempt, User


class QuizError(ValueError):
    """A quiz that cannot be started or an answer that cannot be taken, with why."""


def question_types(question_set: QuestionSet) -> list[str]:
    """The types a quiz of the set can ask: of the questions' own forms and their variants."""
    return sorted({form.type for question in question_set.questions for form in question_forms(question)})


def start_attempt(user: User, question_set: QuestionSet, *, size: int, types: list[str], now: datetime,
                  seed: int | None = None) -> QuizAttempt:
    available = set(question_types(question_set))
    chosen = [kind for kind in types if kind in available]
    if not chosen:
        raise QuizError("Choose at least one question type that this set has.")
    ids = choose_questions(
        ((q.id, form.type) for q in question_set.questions for form in question_forms(q)), size, chosen,
        seed=secrets.randbits(32) if seed is None else seed,
    )
    attempt = QuizAttempt(user_id=user.id, set_id=question_set.id, question_ids=ids, types=chosen, started_at=now)
    db.session.add(attempt)
    db.session.commit()
    return attempt


def get_attempt(user: User, attempt_id: int) -> QuizAttempt | None:
    """One of the user's own attempts; None for anyone else's."""
    return db.session.scalar(select(QuizAttempt).where(QuizAttempt.id == attempt_id, QuizAttempt.user_id == user.id))


def list_attempts(user: User, question_set: QuestionSet | None = None, limit: int = 50) -> list[QuizAttempt]:
    query = select(QuizAttempt).where(QuizAttempt.user_id == user.id)
    if question_set is not None:
        query = query.where(QuizAttempt.set_id == question_set.id)
    return list(db.session.scalars(query.order_by(QuizAttempt.started_at.desc(), QuizAttempt.id.desc()).limit(limit)))


def next_position(attempt: QuizAttempt) -> int | None:
    """The first unanswered position, or None when every question is answered."""
    answered = {answer.position for answer in attempt.answers}
    for position in range(len(attempt.question_ids)):
        if position not in answered:
            return position
    return None


def question_at(attempt: QuizAttempt, position: int) -> Question | None:
    return db.session.get(Question, attempt.question_ids[position])


def form_asked(attempt: QuizAttempt, question: Question) -> AskedForm:
    """The one form of ``question`` this attempt asks (its own, if an edit
    since left it no form of the attempt's types)."""
    forms = question_forms(question)
    return form_for_quiz(forms, attempt.types, attempt.id) or forms[0]


def form_at(attempt: QuizAttempt, position: int, posted_index: int | None = None) -> AskedForm | None:
    """The form asked at ``position`` (None if its question was removed). A
    posted form index (the page's hidden field) must name that form."""
    question = question_at(attempt, position)
    if question is None:
        return None
    form = form_asked(attempt, question)
    if posted_index is not None and posted_index != form.index:
        raise QuizError("This answer is for another form of the question than the one asked; reload the quiz.")
    return form


@dataclass(frozen=True)
class AnswerOutcome:
    recorded: bool  # False: this position was already answered, nothing changed
    finished: bool


def answer_question(attempt: QuizAttempt, position: int, given: str, *, now: datetime) -> AnswerOutcome:
    if attempt.finished_at is not None:
        return AnswerOutcome(recorded=False, finished=True)
    if not 0 <= position < len(attempt.question_ids):
        raise QuizError("No such question in this quiz.")
    if any(answer.position == position for answer in attempt.answers):
        return AnswerOutcome(recorded=False, finished=False)
    if position != next_position(attempt):
        raise QuizError("Answer the questions in order.")
    given = given.replace("\x00", "").strip()  # PostgreSQL text cannot hold NUL
    if not given:
        raise QuizError("Choose or type an answer first.")
    form = form_at(attempt, position)
    correct = form is not None and is_correct(form.type, form.answer, given, form.accept, form.items, form.pairs)
    attempt.answers.append(QuizAnswer(position=position, question_id=attempt.question_ids[position], given=given,
                                      correct=correct, answered_at=now))
    finished = next_position(attempt) is None
    if finished:
        attempt.finished_at = now
        attempt.score = sum(1 for answer in attempt.answers if answer.correct)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        return AnswerOutcome(recorded=False, finished=False)
    return AnswerOutcome(recorded=True, finished=finished)


@dataclass(frozen=True)
class ReviewedAnswer:
    position: int
    question: Question | None
    form: AskedForm | None  # the form of the question that was asked
    given: str
    correct: bool


def reviewed_answers(attempt: QuizAttempt) -> list[ReviewedAnswer]:
    answers = []
    for answer in attempt.answers:
        question = db.session.get(Question, answer.question_id)
        answers.append(ReviewedAnswer(
            position=answer.position, question=question,
            form=form_asked(attempt, question) if question is not None else None,
            given=answer.given, correct=answer.correct,
        ))
    return answers
