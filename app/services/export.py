"""Export: question sets from the database as Anki, CSV, GIFT and Moodle XML files.

Loads the sets into the core's plain ``ExportSet`` values and hands them to
``app.core.export``. The files are hermetic: their only time is the sets'
``updated_at``, so exporting unchanged sets twice gives the same bytes, and a
set edited since the last export carries a later time, which is what makes
Anki update its notes on re-import.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..core.export.anki import apkg_bytes
from ..core.export.cards import DEFAULT_PUBLIC_BASE_URL, ExportCard, ExportSet, ExportSource
from ..core.export.csv_export import csv_text
from ..core.export.gift import gift_text
from ..core.export.moodle_xml import moodle_xml_text
from ..extensions import db
from ..models import Question, QuestionSet, QuestionSource
from .content import source_links

# Zip files cannot date their entries before 1980.
EARLIEST_TIMESTAMP = 315_532_800.0


@dataclass(frozen=True)
class ExportFormat:
    extension: str
    mimetype: str
    write: Callable[[list[ExportSet], float, str], bytes]


FORMATS: dict[str, ExportFormat] = {
    "apkg": ExportFormat(
        "apkg",
        "application/apkg",
        lambda sets, timestamp, base_url: apkg_bytes(sets, timestamp=timestamp, base_url=base_url),
    ),
    "csv": ExportFormat("csv", "text/csv; charset=utf-8", lambda sets, _t, url: csv_text(sets, url).encode()),
    "gift": ExportFormat("gift", "text/plain; charset=utf-8", lambda sets, _t, u: gift_text(sets, u).encode()),
    "xml": ExportFormat("xml", "application/xml", lambda sets, _t, url: moodle_xml_text(sets, url).encode()),
}


@dataclass(frozen=True)
class ExportFile:
    filename: str
    mimetype: str
    data: bytes


class UnknownSet(LookupError):
    """No question set with that slug."""


class NotDownloadable(PermissionError):
    """The teacher has not let students download this set."""


def load_sets(slugs: Sequence[str] | None = None, *, visible_only: bool = False) -> list[QuestionSet]:
    """The named sets (in the order named), or every set by title when None.
    ``visible_only`` leaves out unpublished and archived sets, as students see."""
    query = select(QuestionSet).options(
        selectinload(QuestionSet.questions)
        .selectinload(Question.sources)
        .selectinload(QuestionSource.article)
    )
    if visible_only:
        query = query.where(QuestionSet.published.is_(True), QuestionSet.archived.is_(False))
    if slugs is None:
        return list(db.session.scalars(query.order_by(QuestionSet.title, QuestionSet.slug)))
    rows = {row.slug: row for row in db.session.scalars(query.where(QuestionSet.slug.in_(list(slugs))))}
    missing = [slug for slug in slugs if slug not in rows]
    if missing:
        raise UnknownSet(f"no question set {missing[0]!r}")
    return [rows[slug] for slug in slugs]


def to_export_set(row: QuestionSet) -> ExportSet:
    modified = epoch_seconds(row.updated_at)
    return ExportSet(
        slug=row.slug,
        title=row.title,
        description=row.description or "",
        cards=tuple(
            to_export_card(question, epoch_seconds(question.updated_at) if question.updated_at else modified)
            for question in row.questions
        ),
    )


def to_export_card(question: Question, modified: float | None = None) -> ExportCard:
    # The primary form only (question.variants stay out): Anki, CSV, GIFT and
    # Moodle XML would show the variants beside it, which they exist to avoid.
    return ExportCard(
        id=question.id,
        type=question.type,
        prompt=question.prompt,
        answer=question.answer,
        sources=tuple(
            ExportSource(
                article_id=link.article_id,
                article_title=link.article_title,
                quote=link.quote,
                start=link.start,
                end=link.end,
                sentence_index=link.sentence_index,
            )
            for link in source_links(question)
        ),
        options=tuple(question.options or ()),
        accept=tuple(question.accept or ()),
        explanation=question.explanation or "",
        fact_kind=question.kind or "",
        items=tuple(question.items or ()),
        pairs=tuple((left, right) for left, right in question.pairs or ()),
        # When the question last changed (the set's time for questions stored
        # before edit times were kept): Anki leaves a note alone unless newer.
        modified=modified,
    )


def epoch_seconds(moment: datetime | None) -> float:
    """Seconds since the epoch; SQLite hands back naive datetimes, which are UTC."""
    if moment is None:
        return EARLIEST_TIMESTAMP
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(EARLIEST_TIMESTAMP, float(int(moment.timestamp())))


def export_file(
    fmt: str,
    slugs: Sequence[str] | None = None,
    *,
    base_url: str = DEFAULT_PUBLIC_BASE_URL,
    timestamp: float | None = None,
    visible_only: bool = False,
    downloadable_only: bool = False,
) -> ExportFile:
    """One file of the named sets (or of every set) in format ``fmt``.

    ``timestamp`` defaults to the latest ``updated_at`` among the sets.
    Raises KeyError for an unknown format and UnknownSet for an unknown slug. With
    ``downloadable_only`` (a student's download), a named set the teacher keeps from students
    raises NotDownloadable, and "every set" means every set students may download.
    """
    export_format = FORMATS[fmt]
    rows = load_sets(slugs, visible_only=visible_only)
    if downloadable_only:
        kept = [row.title for row in rows if not row.students_may_export]
        if slugs is not None and kept:
            raise NotDownloadable(f"The teacher has not made {kept[0]!r} available for download.")
        rows = [row for row in rows if row.students_may_export]
    sets = [to_export_set(row) for row in rows]
    if timestamp is None:
        timestamp = max((epoch_seconds(row.updated_at) for row in rows), default=EARLIEST_TIMESTAMP)
    if slugs is None:
        name = "all-sets"
    else:
        name = slugs[0] if len(slugs) == 1 else f"{len(slugs)}-sets"
    return ExportFile(
        filename=f"factdeck-{name}.{export_format.extension}",
        mimetype=export_format.mimetype,
        data=export_format.write(sets, timestamp, base_url),
    )
