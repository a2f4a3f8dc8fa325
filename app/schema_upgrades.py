"""Changes an existing database needs from a newer Factdeck, applied with the
schema (``init-db``, ``seed`` and the first request, under the schema lock).

``create_all`` adds missing tables but never alters one. Each upgrade here is
a named step that says whether a database needs it and applies it in one
transaction, so a half-applied step is rolled back whole. A migration tool
(Alembic) is the next step once such steps pile up; for a few, a short list
beside the models is simpler than a second history of the schema.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Index, inspect, text
from sqlalchemy.engine import Connection, Engine

from .extensions import db
from .models import Article, Draft, Question, QuestionSet, StudyCard


@dataclass(frozen=True)
class Upgrade:
    name: str
    needed: Callable[[Connection], bool]
    apply: Callable[[Connection], None]


def _columns(connection: Connection, table: str) -> set[str] | None:
    inspector = inspect(connection)
    if not inspector.has_table(table):
        return None  # create_all makes it whole
    return {column["name"] for column in inspector.get_columns(table)}


def _cards_lack_set_id(connection: Connection) -> bool:
    columns = _columns(connection, StudyCard.__tablename__)
    return columns is not None and "set_id" not in columns


def _add_card_set_ids(connection: Connection) -> None:
    """study_cards.set_id: the set of the card's question, filled in from the
    questions (its indexes come with the "indexes" step that follows)."""
    connection.execute(text(
        "ALTER TABLE study_cards ADD COLUMN set_id INTEGER REFERENCES question_sets (id) ON DELETE CASCADE"
    ))
    connection.execute(text(
        "UPDATE study_cards SET set_id = "
        "(SELECT questions.set_id FROM questions WHERE questions.id = study_cards.question_id)"
    ))
    if connection.dialect.name == "postgresql":  # SQLite cannot add NOT NULL to a column
        connection.execute(text("ALTER TABLE study_cards ALTER COLUMN set_id SET NOT NULL"))


def _questions_lack_variants(connection: Connection) -> bool:
    columns = _columns(connection, Question.__tablename__)
    return columns is not None and "variants" not in columns


def _add_question_variants(connection: Connection) -> None:
    """questions.variants: a JSON list, empty for every question stored before
    variants existed (the DEFAULT fills the existing rows on both databases)."""
    json_type = Question.__table__.c.variants.type.compile(dialect=connection.dialect)
    connection.execute(text(f"ALTER TABLE questions ADD COLUMN variants {json_type} NOT NULL DEFAULT '[]'"))


def _drafts_lack_rank(connection: Connection) -> bool:
    columns = _columns(connection, Draft.__tablename__)
    return columns is not None and "rank" not in columns


def _add_draft_ranks(connection: Connection) -> None:
    """drafts.rank: drafts stored before ranking keep their order (by id) at rank 0."""
    connection.execute(text("ALTER TABLE drafts ADD COLUMN rank INTEGER NOT NULL DEFAULT 0"))


def _sets_lack_export_choice(connection: Connection) -> bool:
    columns = _columns(connection, QuestionSet.__tablename__)
    return columns is not None and "students_may_export" not in columns


def _add_set_export_choice(connection: Connection) -> None:
    """question_sets.students_may_export: every set stored before the choice existed stays downloadable."""
    connection.execute(text("ALTER TABLE question_sets ADD COLUMN students_may_export BOOLEAN NOT NULL DEFAULT TRUE"))


def _articles_lack_added_by(connection: Connection) -> bool:
    columns = _columns(connection, Article.__tablename__)
    return columns is not None and "added_by" not in columns


def _add_article_added_by(connection: Connection) -> None:
    """articles.added_by: who pasted it. Articles stored before are the seed corpus's or were
    added when every article was public: they stay public (NULL)."""
    connection.execute(text("ALTER TABLE articles ADD COLUMN added_by INTEGER REFERENCES users (id) ON DELETE SET NULL"))


def _missing_indexes(connection: Connection) -> list[Index]:
    """Indexes the models declare on existing tables that the database lacks
    (create_all makes an index only with its table)."""
    inspector = inspect(connection)
    present = set(inspector.get_table_names())
    missing = []
    for table in db.metadata.sorted_tables:
        if table.name in present and table.indexes:
            have = {index["name"] for index in inspector.get_indexes(table.name)}
            missing += [index for index in table.indexes if index.name not in have]
    return missing


def _create_missing_indexes(connection: Connection) -> None:
    for index in _missing_indexes(connection):
        index.create(connection, checkfirst=True)


# In order: an index may need a column that an earlier step adds.
UPGRADES: tuple[Upgrade, ...] = (
    Upgrade("study_cards.set_id", _cards_lack_set_id, _add_card_set_ids),
    Upgrade("questions.variants", _questions_lack_variants, _add_question_variants),
    Upgrade("drafts.rank", _drafts_lack_rank, _add_draft_ranks),
    Upgrade("question_sets.students_may_export", _sets_lack_export_choice, _add_set_export_choice),
    Upgrade("articles.added_by", _articles_lack_added_by, _add_article_added_by),
    Upgrade("indexes", lambda connection: bool(_missing_indexes(connection)), _create_missing_indexes),
)


def pending_upgrades(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return [upgrade.name for upgrade in UPGRADES if upgrade.needed(connection)]


def apply_upgrades(engine: Engine) -> list[str]:
    """Apply every upgrade the database needs, each in its own transaction;
    the names of those applied."""
    applied = []
    for upgrade in UPGRADES:
        with engine.begin() as connection:
            if upgrade.needed(connection):
                upgrade.apply(connection)
                applied.append(upgrade.name)
    return applied
