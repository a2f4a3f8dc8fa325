"""The database: engine settings, schema creation, and the guarded first seed."""
from __future__ import annotations

import fcntl
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask, abort, has_request_context, request
from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine

from .extensions import db
from .models import Article
from .schema_upgrades import apply_upgrades, pending_upgrades
from .write_queue import WriteQueue

log = logging.getLogger(__name__)

# Any constant will do: it names Factdeck's schema lock among PostgreSQL's
# advisory locks.
_PG_INIT_LOCK = 0x46616374  # "Fact"


def init_app(app: Flask) -> None:
    db.init_app(app)
    with app.app_context():
        if db.engine.dialect.name == "sqlite":
            _configure_sqlite(db.engine, app.config["SQLITE_BUSY_TIMEOUT_MS"],
                              app.config["WRITE_QUEUE_TIMEOUT_SECONDS"])
        elif db.engine.dialect.name == "postgresql":
            app.before_request(_read_only_unless_writing)


WRITING_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_WRITES_ALLOWED: ContextVar[bool] = ContextVar("factdeck_writes_allowed", default=False)


@contextmanager
def writing() -> Iterator[None]:
    """Let the database work of a GET request write: only the seeding of an
    empty database at the first request needs it. Its SQLite transactions
    stay deferred: the schema lock already keeps other workers out. On
    PostgreSQL the request's read-only transaction is ended first, so that
    the session begins an ordinary one."""
    if has_request_context() and db.engine.dialect.name == "postgresql":
        db.session.rollback()
    token = _WRITES_ALLOWED.set(True)
    try:
        yield
    finally:
        _WRITES_ALLOWED.reset(token)


_READS_ONLY: ContextVar[bool] = ContextVar("factdeck_reads_only", default=False)


@contextmanager
def reading_only() -> Iterator[None]:
    """Let a writing request's further database work run as a read, without
    queueing for the write lock: the busy page after the write queue timed
    out still shows who is logged in."""
    token = _READS_ONLY.set(True)
    try:
        yield
    finally:
        _READS_ONLY.reset(token)


def _writing_request() -> bool:
    return has_request_context() and request.method in WRITING_METHODS and not _READS_ONLY.get()


def _reading_request() -> bool:
    if not has_request_context():
        return False
    return _READS_ONLY.get() or (request.method not in WRITING_METHODS and not _WRITES_ALLOWED.get())


def _configure_sqlite(engine: Engine, busy_timeout_ms: int, queue_timeout_seconds: float) -> None:
    """WAL lets readers and a writer work at once; foreign keys are off by
    default in SQLite; a busy timeout waits for a lock instead of failing.

    A request that may write (POST, PUT, PATCH, DELETE) opens its transaction
    with BEGIN IMMEDIATE, taking the write lock up front: a deferred
    transaction that reads and then writes cannot wait for the lock when
    another connection wrote in between, and fails at once with "database is
    locked" whatever the busy timeout. pysqlite's own transaction handling is
    switched off so that SQLAlchemy emits BEGIN (SQLAlchemy's pysqlite recipe).

    A request that only reads (GET, HEAD, OPTIONS) runs with query_only on,
    so that a GET which starts writing fails here as it does on PostgreSQL.

    Writing requests queue for BEGIN IMMEDIATE on a file lock (app/write_queue.py)
    rather than in SQLite's busy handler, which sleeps up to 100 ms between tries.
    A writer that waits there longer than ``queue_timeout_seconds`` gets
    WriteQueueTimeout, which the error pages answer with 503.
    """
    database = engine.url.database
    queue = WriteQueue(f"{database}.write-queue", queue_timeout_seconds) if database and database != ":memory:" else None

    @event.listens_for(engine, "begin")
    def begin(connection) -> None:
        # Straight to the driver: exec_driver_sql would cost a statement's
        # worth of SQLAlchemy bookkeeping on every request, for one keyword.
        driver, info = connection.connection.driver_connection, connection.connection.info
        read_only = _reading_request()
        _sqlite_read_only(driver, info, read_only)
        if _autocommit_asked(connection):  # VACUUM, say, cannot run in a transaction
            return
        if read_only or not _writing_request():
            driver.execute("BEGIN")
        elif queue is None:
            driver.execute("BEGIN IMMEDIATE")
        elif queue.acquire():
            try:
                driver.execute("BEGIN IMMEDIATE")
            except BaseException:
                queue.release()
                raise
            info["write_queue"] = queue
        else:  # this thread's other connection is writing: SQLite's busy timeout decides
            driver.execute("BEGIN IMMEDIATE")

    @event.listens_for(engine, "checkin")
    def let_the_next_writer_go(_dbapi_connection, record) -> None:
        # The ORM session gives its connection back as soon as its transaction
        # ends (commit, rollback, the end of a failed request, invalidation),
        # after the driver's COMMIT or ROLLBACK.
        queue = record.info.pop("write_queue", None)
        if queue is not None:
            queue.release()

    @event.listens_for(engine, "connect")
    def set_pragmas(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event emits BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


def _read_only_unless_writing() -> None:
    """On PostgreSQL a request that only reads (GET, HEAD, OPTIONS) runs in a
    READ ONLY transaction, so that PostgreSQL refuses a write from it: the
    session's connection is taken with SQLAlchemy's ``postgresql_readonly``
    execution option, which SQLAlchemy resets when the connection goes back
    to the pool. Static files need no connection."""
    if request.method not in WRITING_METHODS and request.endpoint != "static":
        db.session.connection(execution_options={"postgresql_readonly": True})


def _sqlite_read_only(driver, info: dict, read_only: bool) -> None:
    # Straight to the driver, and only when it changes: most requests are GETs.
    if info.get("query_only", False) != read_only:
        driver.execute(f"PRAGMA query_only={int(read_only)}")
        info["query_only"] = read_only


def _autocommit_asked(connection) -> bool:
    """Whether the code asked for isolation_level="AUTOCOMMIT" on this connection."""
    return connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT"


@contextmanager
def schema_lock(app: Flask) -> Iterator[None]:
    """Held while the schema is created and seeded, so that several gunicorn
    workers starting at once on an empty database do it exactly once."""
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PG_INIT_LOCK})
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_INIT_LOCK})
                connection.commit()
    else:
        lock_path = Path(app.instance_path) / "factdeck.init.lock"
        with open(lock_path, "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


class SchemaOutOfDate(RuntimeError):
    """The database was made by an older Factdeck and lacks columns."""


def missing_columns() -> list[str]:
    """Columns the models have that the database's existing tables lack.

    create_all adds missing tables but never alters a table, so a database
    made by an older version would fail later with obscure errors."""
    inspector = inspect(db.engine)
    present = set(inspector.get_table_names())
    missing: list[str] = []
    for table in db.metadata.sorted_tables:
        if table.name in present:
            have = {column["name"] for column in inspector.get_columns(table.name)}
            missing += [f"{table.name}.{column.name}" for column in table.columns if column.name not in have]
    return missing


def check_schema() -> None:
    missing = missing_columns()
    if missing:
        raise SchemaOutOfDate(
            f"The database was made by an older version of Factdeck: it lacks {', '.join(missing)}. "
            "Back it up, then start from a new database (move instance/factdeck.sqlite3 away, or point "
            "DATABASE_URL at an empty database) and run 'flask --app app init-db'."
        )


def create_schema() -> None:
    db.create_all()
    applied = apply_upgrades(db.engine)
    if applied:
        log.info("upgraded the database: %s", ", ".join(applied))
    check_schema()


def is_seeded() -> bool:
    if not inspect(db.engine).has_table(Article.__tablename__):
        return False
    return db.session.query(Article.id).limit(1).first() is not None


def missing_tables() -> list[str]:
    present = set(inspect(db.engine).get_table_names())
    return [table.name for table in db.metadata.sorted_tables if table.name not in present]


def ensure_seeded(app: Flask) -> None:
    """Create what the schema lacks (new tables of a newer version too) and
    load seeds/ and questions/ on an empty database."""
    with app.app_context(), writing():
        if is_seeded() and not missing_tables() and not pending_upgrades(db.engine):
            return
        with schema_lock(app):
            db.session.remove()
            create_schema()  # adds what is missing, names what it cannot add
            if is_seeded():
                return
            from .services.content import seed_corpus  # here: services import this module

            report = seed_corpus(
                app.config["SEEDS_DIR"], app.config["QUESTIONS_DIR"], now=datetime.now(UTC)
            )
            log.info("seeded an empty database: %s", report)


def seed_before_first_request(app: Flask) -> None:
    """Run ensure_seeded once per process, before the first request.

    Done at the first request rather than in create_app so that CLI commands
    (``facts extract``, ``init-db``) never seed as a side effect.
    """
    done = threading.Event()
    lock = threading.Lock()

    @app.before_request
    def _seed_once() -> None:
        if done.is_set():
            return
        with lock:
            if not done.is_set():
                try:
                    ensure_seeded(app)
                    check_schema()
                except SchemaOutOfDate as exc:
                    log.error("%s", exc)
                    abort(503, description=str(exc))
                done.set()
