"""Teacher authoring: question sets, the question editor, new articles and
their draft questions, YAML import/export, and item statistics.

Every question written here passes the bank's own validation
(``core.bank.check_question`` / ``parse_bank``), so what a teacher saves is
exactly what a bank file may hold.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, literal, select, tuple_

from ..core import item_stats as stats
from ..core.bank import (
    SLUG_PATTERN,
    Bank,
    BankError,
    BankQuestion,
    Source,
    check_question,
    dump_bank,
    parse_bank,
    question_mapping,
)
from ..core.corpus import Article as CorpusArticle
from ..core.corpus import ArticleError, decode_article_bytes, parse_article
from ..core.facts import Fact
from ..core.html_article import NotAnArticle, looks_like_html
from ..core.html_article import article_text as html_article_text
from ..core.questions import draft_questions
from ..core.variants import bank_variant
from ..extensions import db
from ..models import (
    Article,
    Draft,
    Question,
    QuestionSet,
    QuizAnswer,
    QuizAttempt,
    Review,
    StudyCard,
    User,
)
from .content import corpus_article, parsed_article, questions_resting_on, store_article, store_bank
from .facts import facts_of_text

MAX_ARTICLE_CHARS = 200_000
PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"


class AuthoringError(ValueError):
    """A request a teacher can fix; ``str(exc)`` says how."""


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _texts(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _texts(dataclasses.asdict(value))
    return []


def _nul_free(value: Any, where: str) -> None:
    """NUL characters are refused: no database text column takes them (PostgreSQL)."""
    if any("\x00" in text for text in _texts(value)):
        raise AuthoringError(f"{where}: contains a NUL character (\\0)")


# Sets ----------------------------------------------------------------------

def list_sets() -> list[QuestionSet]:
    """Every set, hidden ones included, for the teacher's dashboard."""
    return list(db.session.scalars(select(QuestionSet).order_by(QuestionSet.archived, QuestionSet.title)))


def get_set(slug: str) -> QuestionSet | None:
    return db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))


def create_set(slug: str, title: str, description: str, *, now: datetime, published: bool = False,
               students_may_export: bool = True) -> QuestionSet:
    slug, title = slug.strip().lower(), title.strip()
    _nul_free([title, description], "set")
    if not SLUG_PATTERN.match(slug):
        raise AuthoringError("A slug is lower-case letters, digits and '-', starting with a letter or digit.")
    if get_set(slug) is not None:
        raise AuthoringError(f"There is already a set with the slug {slug!r}.")
    if not title:
        raise AuthoringError("A set needs a title.")
    question_set = QuestionSet(slug=slug, title=title, description=description.strip(), updated_at=now,
                               published=published, archived=False, students_may_export=students_may_export)
    db.session.add(question_set)
    db.session.commit()
    return question_set


def update_set(question_set: QuestionSet, title: str, description: str, *, now: datetime,
               students_may_export: bool | None = None) -> None:
    _nul_free([title, description], "set")
    if not title.strip():
        raise AuthoringError("A set needs a title.")
    question_set.title, question_set.description = title.strip(), description.strip()
    if students_may_export is not None:
        question_set.students_may_export = students_may_export
    question_set.updated_at = now
    db.session.commit()


def set_published(question_set: QuestionSet, published: bool, *, now: datetime) -> None:
    """Publish or unpublish; publishing an archived set brings it back."""
    question_set.published = published
    if published:
        question_set.archived = False
    question_set.updated_at = now
    db.session.commit()


def has_history(question_set: QuestionSet) -> bool:
    """Whether any student has studied or been quizzed on the set."""
    ids = [question.id for question in question_set.questions]
    if db.session.scalar(select(func.count()).select_from(QuizAttempt).where(QuizAttempt.set_id == question_set.id)):
        return True
    if not ids:
        return False
    return bool(
        db.session.scalar(select(func.count()).select_from(Review).where(Review.question_id.in_(ids)))
        or db.session.scalar(select(func.count()).select_from(StudyCard).where(StudyCard.question_id.in_(ids)))
    )


def delete_set(question_set: QuestionSet, *, now: datetime) -> str:
    """Delete a set nobody has used; a set with history is archived instead
    (hidden from students, its cards, reviews and quizzes kept). Returns
    "deleted" or "archived"."""
    if has_history(question_set):
        question_set.archived, question_set.published = True, False
        question_set.updated_at = now
        db.session.commit()
        return "archived"
    db.session.execute(
        Draft.__table__.update().where(Draft.set_id == question_set.id).values(set_id=None)
    )
    db.session.delete(question_set)
    db.session.commit()
    return "deleted"


# Banks: a set as the bank format ---------------------------------------------

def bank_of(question_set: QuestionSet) -> Bank:
    """The set as a Bank, its questions in order."""
    questions = tuple(
        BankQuestion(
            id=q.id, type=q.type, prompt=q.prompt, answer=q.answer,
            sources=tuple(Source(s.article_id, s.start, s.end, s.quote) for s in q.sources),
            options=tuple(q.options or ()), accept=tuple(q.accept or ()), explanation=q.explanation or "",
            items=tuple(q.items or ()), pairs=tuple(tuple(pair) for pair in (q.pairs or ())), kind=q.kind or "",
            variants=tuple(bank_variant(record) for record in q.variants or ()),
        )
        for q in question_set.questions
    )
    return Bank(slug=question_set.slug, title=question_set.title, description=question_set.description or "",
                questions=questions, name=question_set.source_file or "")


def export_set_yaml(question_set: QuestionSet) -> str:
    return dump_bank(bank_of(question_set))


def article_texts() -> dict[str, str]:
    return {row.id: row.text for row in db.session.execute(select(Article.id, Article.text))}


def import_bank(text: str, name: str, *, now: datetime) -> QuestionSet:
    """Create or replace a set from a bank file. Every problem is reported
    (BankError) and nothing is written unless the whole file is valid."""
    bank = parse_bank(text, name, article_texts())
    problems = [f"{name}:{q.line}: question '{q.id}': contains a NUL character (\\0)"
                for q in bank.questions if "\x00" in "".join(_texts(q))]
    if problems or "\x00" in bank.title + bank.description:
        raise BankError(problems or [f"{name}:1: set: contains a NUL character (\\0)"])
    owners = dict(db.session.execute(
        select(Question.id, QuestionSet.slug).join(QuestionSet, Question.set_id == QuestionSet.id)
        .where(Question.id.in_([q.id for q in bank.questions]))
    ).all())
    problems = [
        f"{name}:{q.line}: question '{q.id}': id: already used in set {owners[q.id]!r}"
        for q in bank.questions if owners.get(q.id, bank.slug) != bank.slug
    ]
    if problems:
        raise BankError(problems)
    existing = get_set(bank.slug)
    try:
        question_set = store_bank(dataclasses.replace(bank, name=existing.source_file if existing else ""), now=now)
        if existing is None:
            question_set.published, question_set.archived = False, False
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return question_set


# The question editor -----------------------------------------------------------

def new_question_id(question_set: QuestionSet) -> str:
    base = question_set.slug[:80]
    taken = set(db.session.scalars(select(Question.id).where(Question.id.like(f"{base}-q%"))))
    number = len(question_set.questions) + 1
    while f"{base}-q{number}" in taken:
        number += 1
    return f"{base}-q{number}"


def free_question_id(wanted: str) -> str:
    """``wanted`` if no question has it yet, else ``wanted-2``, ``wanted-3``..."""
    if db.session.get(Question, wanted) is None:
        return wanted
    number = 2
    while db.session.get(Question, f"{wanted[:90]}-{number}") is not None:
        number += 1
    return f"{wanted[:90]}-{number}"


def sentence_source(article_id: str, sentence_index: int) -> dict[str, Any]:
    """The bank source mapping of one sentence of an article."""
    row = db.session.get(Article, article_id)
    if row is None:
        raise AuthoringError(f"No article {article_id!r}.")
    article = corpus_article(row)
    if not 0 <= sentence_index < len(article.sentences):
        raise AuthoringError(f"Article {article_id!r} has no sentence {sentence_index}.")
    sentence = article.sentences[sentence_index]
    return {"article": article_id, "start": sentence.start, "end": sentence.end,
            "quote": article.sentence_text(sentence)}


def sentence_index(article_id: str, offset: int) -> int | None:
    row = db.session.get(Article, article_id)
    sentence = corpus_article(row).sentence_at(offset) if row is not None else None
    return sentence.index if sentence else None


def same_sentence(source: dict[str, Any], sentence: dict[str, Any]) -> bool:
    """Whether a stored source span lies inside the picked sentence."""
    return (source["article"] == sentence["article"]
            and sentence["start"] <= source["start"] and source["end"] <= sentence["end"])


def check_mapping(data: dict[str, Any]) -> BankQuestion:
    """A question mapping checked by the bank's rules (BankError if not valid)."""
    return check_question(data, article_texts())


def save_question(question_set: QuestionSet, data: dict[str, Any], *, now: datetime,
                  replacing: str | None = None, commit: bool = True) -> BankQuestion:
    """Add a question to the set, or replace the question ``replacing``.

    ``data`` is a bank mapping; it is validated by the bank's rules first
    and nothing is written if it fails (BankError)."""
    _nul_free(data, "question")
    question = check_mapping(data)
    bank = bank_of(question_set)
    questions = list(bank.questions)
    if replacing is not None:
        questions = [question if q.id == replacing else q for q in questions]
        if question.id != replacing:
            raise AuthoringError("A question's id cannot change.")
    else:
        if db.session.get(Question, question.id) is not None:
            raise AuthoringError(f"A question with the id {question.id!r} already exists.")
        questions.append(question)
    store_bank(dataclasses.replace(bank, questions=tuple(questions)), now=now)
    if commit:
        db.session.commit()
    return question


def delete_question(question: Question, *, now: datetime) -> None:
    """Remove a question from its set; the review log keeps its rows."""
    question.question_set.updated_at = now
    db.session.delete(question)
    db.session.commit()


def get_question(question_id: str) -> Question | None:
    return db.session.get(Question, question_id)


def question_as_mapping(question: Question) -> dict[str, Any]:
    bank = bank_of(question.question_set)
    return question_mapping(next(q for q in bank.questions if q.id == question.id))


def list_articles() -> list[Article]:
    return list(db.session.scalars(select(Article).order_by(Article.title)))


def article_sentences(article_id: str) -> list[tuple[int, str]]:
    row = db.session.get(Article, article_id)
    if row is None:
        return []
    article = corpus_article(row)
    return [(s.index, article.sentence_text(s)) for s in article.sentences]


# New articles and their drafts --------------------------------------------------

def article_id_for_text(title: str, text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40].strip("-") or "article"
    return f"t-{slug}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"


@dataclass(frozen=True)
class NewArticle:
    article: Article
    drafts: int  # drafts added to the queue
    drafted: int  # questions the drafter made, before the cap


MAX_DRAFTS_PER_ARTICLE = 200  # the best by importance; a teacher works the first pages
DRAFTS_PER_PAGE = 30


def read_article(data: bytes, name: str) -> CorpusArticle:
    """The upload or paste as an article, checked (AuthoringError names what is wrong)."""
    try:
        text = decode_article_bytes(data, name)
    except ArticleError as exc:
        raise AuthoringError(str(exc)) from None
    if name.lower().endswith((".html", ".htm")) or looks_like_html(text):
        try:
            text = html_article_text(text)  # a saved page or pasted HTML: its article, no menus or tags
        except NotAnArticle as exc:
            raise AuthoringError(f"{name}: {exc}") from None
    if len(text) > MAX_ARTICLE_CHARS:
        raise AuthoringError(f"{name}: {len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,}.")
    if not text.strip():
        raise AuthoringError(f"{name}: the article is empty.")
    probe = parse_article("new", text)
    article = parse_article(article_id_for_text(probe.title, text), text)
    if not article.sentences:
        raise AuthoringError(f"{name}: no sentences found.")
    return article


def _corpus_except(article_id: str) -> tuple[list[CorpusArticle], dict[str, tuple[Fact, ...]]]:
    """Every other stored article and its facts. The texts are read in one short transaction,
    ended before the parsing and extraction (from per-process caches by text digest, so only
    articles this process has not read yet cost anything)."""
    rows = db.session.execute(select(Article.id, Article.sha256, Article.text).where(Article.id != article_id)).all()
    db.session.commit()
    corpus = [parsed_article(row.id, row.sha256, row.text) for row in rows]
    known = {row.id: facts_of_text(row.id, row.sha256, row.text) for row in rows}
    return corpus, known


def add_article(data: bytes, name: str, *, user: User, now: datetime) -> NewArticle:
    """Store a pasted or uploaded article with the corpus and queue the questions drafted
    from it, best first and at most MAX_DRAFTS_PER_ARTICLE. The same text twice is the
    same article.

    The slow part (reading the text, extracting and drafting) runs outside any transaction,
    so students' answers never queue behind a long paste; the write is one short transaction."""
    user_id = user.id
    db.session.commit()  # whatever the request read so far (the user) holds nothing while we work
    article = read_article(data, name)
    corpus, known = _corpus_except(article.id)
    # Questions about the pasted article only; the corpus serves distractors and corroboration.
    drafted = draft_questions([*corpus, article], known, focus=[article.id])
    new = db.session.get(Article, article.id) is None
    row = store_article(article)
    if new:
        row.added_by = user_id  # private to teachers until a published set asks about it
    db.session.flush()
    queued = set(db.session.scalars(select(Draft.question_id).where(Draft.article_id == article.id)))
    rank = db.session.scalar(select(func.count()).select_from(Draft).where(Draft.article_id == article.id)) or 0
    added = 0
    for question in drafted:
        if added >= MAX_DRAFTS_PER_ARTICLE:
            break
        if question.id in queued:
            continue
        db.session.add(Draft(article_id=article.id, question_id=question.id, data=question.to_json(),
                             status=PENDING, created_by=user_id, created_at=now, rank=rank + added))
        added += 1
    db.session.commit()
    return NewArticle(article=row, drafts=added, drafted=len(drafted))


# The queue as a teacher works it: article by article, best draft first.
_QUEUE_ORDER = (Draft.article_id, Draft.rank, Draft.id)


def _draft_query(article_id: str | None, status: str):
    query = select(Draft).where(Draft.status == status)
    return query.where(Draft.article_id == article_id) if article_id else query


def delete_article(article_id: str) -> int:
    """Delete a teacher's article and every draft from it; the count of drafts deleted.
    Refused (AuthoringError) for the seed corpus and while any question quotes it."""
    row = db.session.get(Article, article_id)
    if row is None:
        raise AuthoringError(f"No article {article_id!r}.")
    if row.added_by is None:
        raise AuthoringError("This article is part of the seed corpus: it cannot be deleted here.")
    resting = questions_resting_on(article_id)
    if resting:
        sets = sorted({title for title, _ in resting})
        count = f"{len(resting)} questions quote" if len(resting) != 1 else "1 question quotes"
        raise AuthoringError(f"{count} this article (in {', '.join(repr(s) for s in sets)}): "
                             "delete them, or their sets, first.")
    drafts = db.session.execute(Draft.__table__.delete().where(Draft.article_id == article_id)).rowcount
    db.session.delete(row)
    db.session.commit()
    return drafts


def list_drafts(article_id: str | None = None, status: str = PENDING) -> list[Draft]:
    """The queue in the order a teacher works it: article by article, best draft first."""
    return list(db.session.scalars(_draft_query(article_id, status).order_by(*_QUEUE_ORDER)))


@dataclass(frozen=True)
class DraftPage:
    drafts: list[Draft]
    page: int  # 1-based
    pages: int
    total: int

    @property
    def first(self) -> int:
        """The place in the queue of this page's first draft (1-based)."""
        return (self.page - 1) * DRAFTS_PER_PAGE + 1


def draft_page(article_id: str | None, page: int) -> DraftPage:
    """One page of the pending queue; a page past the end shows the last one."""
    total = db.session.scalar(select(func.count()).select_from(_draft_query(article_id, PENDING).subquery())) or 0
    pages = max(1, -(-total // DRAFTS_PER_PAGE))
    page = min(max(1, page), pages)
    query = (_draft_query(article_id, PENDING).order_by(*_QUEUE_ORDER)
             .offset((page - 1) * DRAFTS_PER_PAGE).limit(DRAFTS_PER_PAGE))
    return DraftPage(list(db.session.scalars(query)), page, pages, total)


def _queue_key(draft: Draft):
    return tuple_(*_QUEUE_ORDER), tuple_(literal(draft.article_id), literal(draft.rank),
                                                               literal(draft.id))


def next_pending(draft: Draft, article_id: str | None) -> Draft | None:
    """The pending draft after ``draft`` in the queue (at the end, the one before it): where the
    teacher goes on once ``draft`` is decided."""
    column, key = _queue_key(draft)
    query = _draft_query(article_id, PENDING).where(Draft.id != draft.id)
    later = db.session.scalar(query.where(column > key).order_by(*_QUEUE_ORDER).limit(1))
    return later or db.session.scalar(
        query.where(column < key).order_by(*(part.desc() for part in _QUEUE_ORDER)).limit(1))


def page_of(draft: Draft, article_id: str | None) -> int:
    """The queue page that shows ``draft``."""
    column, key = _queue_key(draft)
    before = db.session.scalar(select(func.count()).select_from(
        _draft_query(article_id, PENDING).where(column < key).subquery())) or 0
    return before // DRAFTS_PER_PAGE + 1


def drafts_by_ids(ids: list[int]) -> list[Draft]:
    """The pending drafts among ``ids``, in queue order."""
    if not ids:
        return []
    query = select(Draft).where(Draft.id.in_(ids), Draft.status == PENDING)
    return list(db.session.scalars(query.order_by(*_QUEUE_ORDER)))


def get_draft(draft_id: int) -> Draft | None:
    return db.session.get(Draft, draft_id)


@dataclass(frozen=True)
class DraftView:
    draft: Draft
    before: str
    sentence: str
    highlight: str
    after: str


def draft_view(draft: Draft) -> DraftView:
    """The draft beside its sentence, the quoted span to highlight."""
    article = corpus_article(draft.article)
    source = next((s for s in draft.data.get("sources", []) if s["article"] == draft.article_id),
                  draft.data["sources"][0])
    sentence = article.sentence_at(source["start"])
    start, end = (sentence.start, sentence.end) if sentence else (source["start"], source["end"])
    start, end = min(start, source["start"]), max(end, source["end"])
    text = article.text
    return DraftView(draft=draft, before=text[start:source["start"]], sentence=text[start:end],
                     highlight=text[source["start"]:source["end"]], after=text[source["end"]:end])

def accept_draft(draft: Draft, question_set: QuestionSet, *, now: datetime,
                 data: dict[str, Any] | None = None) -> BankQuestion:
    """Add the draft (or the teacher's edit of it) to the set."""
    if draft.status != PENDING:
        raise AuthoringError(f"This draft was already {draft.status}.")
    mapping = dict(data if data is not None else draft.data)
    mapping["id"] = free_question_id(draft.question_id)
    question = save_question(question_set, mapping, now=now, commit=False)
    draft.status, draft.decided_at, draft.set_id = ACCEPTED, now, question_set.id
    draft.question_id = question.id
    db.session.commit()
    return question


def reject_draft(draft: Draft, *, now: datetime) -> None:
    if draft.status != PENDING:
        raise AuthoringError(f"This draft was already {draft.status}.")
    draft.status, draft.decided_at = REJECTED, now
    db.session.commit()


def reject_drafts(drafts: list[Draft], *, now: datetime) -> int:
    """Reject every pending draft of ``drafts`` in one transaction; the count."""
    pending = [draft for draft in drafts if draft.status == PENDING]
    for draft in pending:
        draft.status, draft.decided_at = REJECTED, now
    db.session.commit()
    return len(pending)


def accept_all(drafts: list[Draft], question_set: QuestionSet, *, now: datetime) -> tuple[int, list[str]]:
    """Accept every pending draft that passes validation; returns the count
    and a problem per draft left in the queue."""
    accepted, problems = 0, []
    for draft in drafts:
        try:
            accept_draft(draft, question_set, now=now)
            accepted += 1
        except (BankError, AuthoringError) as exc:
            db.session.rollback()
            problems.append(f"{draft.question_id}: {exc}")
    return accepted, problems


# Item statistics ------------------------------------------------------------------

def set_statistics(question_set: QuestionSet) -> stats.SetStats:
    """Item statistics from students' graded reviews and quiz answers."""
    ids = [question.id for question in question_set.questions]
    questions = [stats.ItemQuestion(id=q.id, answer=q.answer, options=tuple(q.options or ()))
                 for q in question_set.questions]
    answers: list[stats.Answer] = []
    if ids:
        reviews = db.session.execute(
            select(Review.user_id, Review.question_id, Review.correct, Review.answer_given, Review.response_ms)
            .join(User, User.id == Review.user_id)
            .where(Review.question_id.in_(ids), Review.correct.is_not(None), User.role == "student")
            .order_by(Review.id)
        ).all()
        answers += [stats.Answer(r.user_id, r.question_id, bool(r.correct), r.answer_given, r.response_ms)
                    for r in reviews]
        quiz = db.session.execute(
            select(QuizAttempt.user_id, QuizAnswer.question_id, QuizAnswer.correct, QuizAnswer.given)
            .join(QuizAttempt, QuizAttempt.id == QuizAnswer.attempt_id)
            .join(User, User.id == QuizAttempt.user_id)
            .where(QuizAnswer.question_id.in_(ids), User.role == "student")
            .order_by(QuizAnswer.id)
        ).all()
        answers += [stats.Answer(r.user_id, r.question_id, bool(r.correct), r.given) for r in quiz]
    return stats.item_stats(questions, answers)

