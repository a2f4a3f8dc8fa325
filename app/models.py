"""Database tables (SQLAlchemy 2.0 typed models). No behaviour lives here."""
from __future__ import annotations

from datetime import UTC, datetime

from flask_login import UserMixin
from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import db


class Article(db.Model):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    # The teacher who pasted it; None for the seed corpus. A teacher's article is seen by
    # teachers only until a published set asks about it.
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)


class QuestionSet(db.Model):
    __tablename__ = "question_sets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    source_file: Mapped[str | None] = mapped_column(String(300), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Students see only published sets that are not archived; a set with
    # review history is archived instead of deleted.
    published: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Whether students may download the set (with its answers) as Anki, CSV, GIFT or Moodle XML.
    students_may_export: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    questions: Mapped[list[Question]] = relationship(
        back_populates="question_set", order_by="Question.position", cascade="all, delete-orphan"
    )


class Question(db.Model):
    __tablename__ = "questions"
    # The first new card of a set, in bank order, is read off this index.
    __table_args__ = (Index("ix_questions_set_position", "set_id", "position"),)

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(40))
    prompt: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    options: Mapped[list[str]] = mapped_column(JSON, default=list)
    accept: Mapped[list[str]] = mapped_column(JSON, default=list)
    explanation: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(40), default="")  # the fact kind: date, visit, ...
    items: Mapped[list[str]] = mapped_column(JSON, default=list)  # timeline: events in order
    pairs: Mapped[list[list[str]]] = mapped_column(JSON, default=list)  # matching: [left, right]
    # Other forms of the same fact (core.variants.variant_record), met only in place of this one.
    variants: Mapped[list[dict]] = mapped_column(JSON, default=list, server_default="[]")
    # When the question's content last changed (set by store_bank); None for rows older than the column.
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    question_set: Mapped[QuestionSet] = relationship(back_populates="questions")
    sources: Mapped[list[QuestionSource]] = relationship(
        back_populates="question", order_by="QuestionSource.position", cascade="all, delete-orphan"
    )


class QuestionSource(db.Model):
    """A span of an article that states the fact a question rests on."""

    __tablename__ = "question_sources"
    __table_args__ = (UniqueConstraint("question_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)

    question: Mapped[Question] = relationship(back_populates="sources")
    article: Mapped[Article] = relationship()


class UTCDateTime(TypeDecorator):
    """A timezone-aware UTC datetime on every database: SQLite keeps no
    offset, so values are stored as naive UTC and read back as aware UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: store timezone-aware UTC times")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)  # stored lower-case
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20), default="student")  # student | teacher
    desired_retention: Mapped[float] = mapped_column(Float, default=0.9)
    new_cards_per_day: Mapped[int] = mapped_column(Integer, default=20)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StudyCard(db.Model):
    """One user's FSRS state for one question; created at its first review."""

    __tablename__ = "study_cards"
    __table_args__ = (
        UniqueConstraint("user_id", "question_id"),
        Index("ix_study_cards_user_due", "user_id", "due"),
        Index("ix_study_cards_user_created", "user_id", "created_at"),
        # The study queue of one set (its counts, its most overdue card) is a
        # range of this index, whatever the user's cards in other sets.
        Index("ix_study_cards_user_set_due", "user_id", "set_id", "due"),
        # The questions of one set the user has cards for (the search for the
        # first unseen question), read off the index alone.
        Index("ix_study_cards_user_set_question", "user_id", "set_id", "question_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    # The set of the question (as Anki's cards keep their deck): kept equal to
    # questions.set_id, and moved with the question (content.store_bank).
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"))
    state: Mapped[int] = mapped_column(SmallInteger)  # core.scheduling.CardState
    step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stability: Mapped[float | None] = mapped_column(Float, nullable=True)
    difficulty: Mapped[float | None] = mapped_column(Float, nullable=True)
    due: Mapped[datetime] = mapped_column(UTCDateTime)
    last_review: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reps: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Optimistic lock: two tabs reviewing the same card cannot both win.
    version: Mapped[int] = mapped_column(Integer, default=1)

    question: Mapped[Question] = relationship()

    # SQLAlchemy's declarative hook, read once when the class is mapped: not shared mutable state.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Review(db.Model):
    """The review log: one row per review, appended and never rewritten.

    ``nonce`` comes from the form that presented the card: a double click, a
    reload or a replayed POST carries the same nonce and cannot add a row.
    ``question_id`` is not a foreign key, so the log outlives a question
    removed from its bank.
    """

    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_user_reviewed", "user_id", "reviewed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(100), index=True)
    mode: Mapped[str] = mapped_column(String(20))  # flashcard | question
    rating: Mapped[int] = mapped_column(SmallInteger)
    answer_given: Mapped[str | None] = mapped_column(Text, nullable=True)
    correct: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    response_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    due_before: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    due_after: Mapped[datetime] = mapped_column(UTCDateTime)
    state_before: Mapped[int] = mapped_column(SmallInteger)
    state_after: Mapped[int] = mapped_column(SmallInteger)
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class QuizAttempt(db.Model):
    """A test of N questions from one set, scored when the last is answered."""

    __tablename__ = "quiz_attempts"
    __table_args__ = (Index("ix_quiz_attempts_user_started", "user_id", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"), index=True)
    question_ids: Mapped[list[str]] = mapped_column(JSON)
    types: Mapped[list[str]] = mapped_column(JSON)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)

    question_set: Mapped[QuestionSet] = relationship()
    answers: Mapped[list[QuizAnswer]] = relationship(
        back_populates="attempt", order_by="QuizAnswer.position", cascade="all, delete-orphan"
    )


class QuizAnswer(db.Model):
    __tablename__ = "quiz_answers"
    __table_args__ = (UniqueConstraint("attempt_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("quiz_attempts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(String(100))
    given: Mapped[str] = mapped_column(Text)
    correct: Mapped[bool] = mapped_column(Boolean)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)

    attempt: Mapped[QuizAttempt] = relationship(back_populates="answers")


class Draft(db.Model):
    """A question drafted from a teacher's article, waiting in the review queue.

    ``data`` is the question as a bank mapping (the fields of a bank file's
    question); ``status`` is pending, accepted or rejected.
    """

    __tablename__ = "drafts"
    __table_args__ = (Index("ix_drafts_status_article", "status", "article_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(100))  # the id the question gets when accepted
    data: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    set_id: Mapped[int | None] = mapped_column(ForeignKey("question_sets.id", ondelete="SET NULL"), nullable=True)
    # Place in its article's queue, best first (the drafter's importance order).
    rank: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    article: Mapped[Article] = relationship()


class LoginAttempt(db.Model):
    """A failed log-in, kept for the rate limit's window: per account and per
    client address, in the database so that every gunicorn worker sees it."""

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_username_at", "username", "attempted_at"),
        Index("ix_login_attempts_address_at", "address", "attempted_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100))  # as typed, normalised, cut to 100 characters
    address: Mapped[str] = mapped_column(String(64))
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime)
