"""Content: articles and question sets, and loading them from seeds/ and questions/."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from sqlalchemy import func, select, update

from ..core.bank import Bank, BankError, check_unique_across, parse_bank
from ..core.corpus import Article as CorpusArticle
from ..core.corpus import ArticleError, load_article, parse_article
from ..core.variants import variant_record
from ..extensions import db
from ..models import Article, Question, QuestionSet, QuestionSource, StudyCard


@dataclass(frozen=True)
class SeedReport:
    articles: int
    sets: int
    questions: int

    def __str__(self) -> str:
        return f"{self.articles} articles, {self.sets} question sets, {self.questions} questions"


def read_seed_files(seeds_dir: str | Path, questions_dir: str | Path) -> tuple[list[CorpusArticle], list[Bank]]:
    """Read and validate every article and bank file; raise before any write."""
    problems: list[str] = []
    articles: list[CorpusArticle] = []
    for path in sorted(Path(seeds_dir).glob("*.txt")):
        try:
            articles.append(load_article(path))
        except ArticleError as exc:
            problems.append(str(exc))
    texts = {row.id: row.text for row in db.session.execute(select(Article.id, Article.text))}
    texts.update({article.id: article.text for article in articles})
    banks: list[Bank] = []
    for path in sorted(Path(questions_dir).glob("*.yaml")):
        name = _display_name(path)
        try:
            raw = path.read_bytes()
            banks.append(parse_bank(raw.decode("utf-8"), name, texts))
        except UnicodeDecodeError as exc:
            problems.append(f"{name}: not UTF-8 text (bad byte at offset {exc.start})")
        except BankError as exc:
            problems.extend(exc.problems)
    if not problems:
        try:
            check_unique_across(banks)
        except BankError as exc:
            problems.extend(exc.problems)
    if problems:
        raise BankError(problems)
    return articles, banks


def _display_name(path: Path) -> str:
    """questions/x.yaml rather than an absolute path, when it can."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def seed_corpus(seeds_dir: str | Path, questions_dir: str | Path, *, now: datetime) -> SeedReport:
    """Load articles and question banks in one transaction; idempotent.

    Everything is validated first; on any problem a BankError is raised and
    the database is left exactly as it was.
    """
    articles, banks = read_seed_files(seeds_dir, questions_dir)
    try:
        for article in articles:
            store_article(article)
        db.session.flush()
        store_banks(banks, now=now)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return SeedReport(
        articles=len(articles), sets=len(banks), questions=sum(len(b.questions) for b in banks)
    )


def store_article(article: CorpusArticle) -> Article:
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    row = db.session.get(Article, article.id)
    if row is None:
        row = Article(id=article.id)
        db.session.add(row)
    row.title, row.text, row.sha256 = article.title, article.text, digest
    return row


def store_bank(bank: Bank, *, now: datetime) -> QuestionSet:
    """Create or update the set and its questions in place (by stable id)."""
    return store_banks([bank], now=now)[0]


def store_banks(banks: list[Bank], *, now: datetime) -> list[QuestionSet]:
    """Store several banks; a question may move from any of them to another.

    Nothing is flushed until every bank is stored: a flush in between would
    delete a question that left a bank stored earlier as an orphan, cards and
    all, before the bank stored later took it in."""
    with db.session.no_autoflush:
        sets = [_store_bank(bank, now) for bank in banks]
    # Unflushed, a question's set_id is still that of the set it came from.
    moved = [q.id for s in sets for q in s.questions if q.set_id is not None and q.set_id != s.id]
    if moved:
        # A question that moved to another set takes its students' cards along.
        db.session.flush()
        new_set = select(Question.set_id).where(Question.id == StudyCard.question_id).scalar_subquery()
        db.session.execute(
            update(StudyCard).where(StudyCard.question_id.in_(moved)).values(set_id=new_set)
        )
    return sets


def _store_bank(bank: Bank, now: datetime) -> QuestionSet:
    question_set = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == bank.slug))
    if question_set is None:
        question_set = QuestionSet(slug=bank.slug)
        db.session.add(question_set)
    question_set.title = bank.title
    question_set.description = bank.description
    question_set.source_file = bank.name
    question_set.updated_at = now
    existing = {q.id: q for q in question_set.questions}
    kept: list[Question] = []
    for position, item in enumerate(bank.questions):
        question = existing.get(item.id) or db.session.get(Question, item.id) or Question(id=item.id)
        before = _question_content(question)
        question.position = position
        question.type = item.type
        question.prompt = item.prompt
        question.answer = item.answer
        question.options = list(item.options)
        question.accept = list(item.accept)
        question.explanation = item.explanation
        question.kind = item.kind
        question.items = list(item.items)
        question.pairs = [list(pair) for pair in item.pairs]
        question.variants = [variant_record(variant) for variant in item.variants]
        _store_sources(question, item.sources)
        if question.updated_at is None or _question_content(question) != before:
            question.updated_at = now
        kept.append(question)
    question_set.questions = kept
    return question_set


def _question_content(question: Question) -> tuple:
    """What an edit changes: the question's text, answers, variants and sources."""
    return (question.type, question.prompt, question.answer, question.options, question.accept,
            question.explanation, question.kind, question.items, question.pairs, question.variants,
            [(s.article_id, s.start, s.end, s.quote) for s in question.sources])


def _store_sources(question: Question, sources) -> None:
    """Update source rows in place by position: replacing them would insert
    the new rows before deleting the old ones and trip (question, position)."""
    rows = list(question.sources)
    for position, source in enumerate(sources):
        if position < len(rows):
            row = rows[position]
        else:
            row = QuestionSource(position=position)
            rows.append(row)
        row.article_id, row.start, row.end, row.quote = source.article, source.start, source.end, source.quote
    question.sources = rows[: len(sources)]


def list_question_sets(*, include_hidden: bool = False) -> list[QuestionSet]:
    """The sets students see (published, not archived); teachers pass include_hidden."""
    query = select(QuestionSet).order_by(QuestionSet.title)
    if not include_hidden:
        query = query.where(QuestionSet.published.is_(True), QuestionSet.archived.is_(False))
    return list(db.session.scalars(query))


def get_question_set(slug: str, *, include_hidden: bool = False) -> QuestionSet | None:
    query = select(QuestionSet).where(QuestionSet.slug == slug)
    if not include_hidden:
        query = query.where(QuestionSet.published.is_(True), QuestionSet.archived.is_(False))
    return db.session.scalar(query)


def list_articles(*, teacher: bool = True) -> list[Article]:
    """The corpus; for anyone but a teacher, only the public articles."""
    query = select(Article).order_by(Article.id)
    return list(db.session.scalars(query if teacher else query.where(_public())))


def _public():
    """An article is public if it is the seed corpus's, or a published set asks about it."""
    asked = (select(QuestionSource.article_id).join(Question, Question.id == QuestionSource.question_id)
             .join(QuestionSet, QuestionSet.id == Question.set_id)
             .where(QuestionSet.published.is_(True), QuestionSet.archived.is_(False)))
    return Article.added_by.is_(None) | Article.id.in_(asked)


def is_public(article_id: str) -> bool:
    return db.session.scalar(select(func.count()).select_from(Article).where(Article.id == article_id, _public())) > 0


def questions_resting_on(article_id: str) -> list[tuple[str, str]]:
    """(set title, question id) of every question that quotes the article."""
    rows = db.session.execute(
        select(QuestionSet.title, Question.id).join(Question, Question.set_id == QuestionSet.id)
        .join(QuestionSource, QuestionSource.question_id == Question.id)
        .where(QuestionSource.article_id == article_id).distinct().order_by(QuestionSet.title, Question.id)
    ).all()
    return [(row.title, row.id) for row in rows]


def get_article(article_id: str) -> Article | None:
    return db.session.get(Article, article_id)


def corpus_article(row: Article) -> CorpusArticle:
    """The stored article as the domain reads it (sentences, offsets)."""
    return parsed_article(row.id, row.sha256, row.text)


def parsed_article(article_id: str, sha256: str, text: str) -> CorpusArticle:
    """An article's text as the domain reads it, parsed once per process and text digest."""
    return _parse_cached(article_id, sha256, text)


@lru_cache(maxsize=256)
def _parse_cached(article_id: str, _sha256: str, text: str) -> CorpusArticle:
    # Keyed by the digest too, so an edited article is parsed afresh.
    return parse_article(article_id, text)


@dataclass(frozen=True)
class SourceLink:
    """A source quote with what a page needs to link to it in its article."""

    article_id: str
    article_title: str
    quote: str
    start: int
    end: int
    sentence_index: int | None


def source_links(question: Question) -> list[SourceLink]:
    return [source_link(s.article_id, s.article.sha256, s.start, s.end, s.quote) for s in question.sources]


def source_link(article_id: str, sha256: str, start: int, end: int, quote: str) -> SourceLink:
    article = _parsed_by_digest(article_id, sha256)
    sentence = article.sentence_at(start)
    return SourceLink(article_id=article_id, article_title=article.title, quote=quote, start=start, end=end,
                      sentence_index=sentence.index if sentence else None)


@lru_cache(maxsize=256)
def _parsed_by_digest(article_id: str, sha256: str) -> CorpusArticle:
    # The digest names the text, so the text is read only on a miss; a
    # changed article has a new digest and is read and parsed afresh.
    text = db.session.scalar(select(Article.text).where(Article.id == article_id, Article.sha256 == sha256))
    if text is None:
        raise LookupError(f"article {article_id!r} with digest {sha256[:12]}… is not stored")
    return _parse_cached(article_id, sha256, text)


def sentence_index_of(article_id: str, offset: int) -> int | None:
    """The index of the sentence of an article holding ``offset``, for #s<N> links."""
    row = get_article(article_id)
    if row is None:
        return None
    sentence = corpus_article(row).sentence_at(offset)
    return sentence.index if sentence else None
