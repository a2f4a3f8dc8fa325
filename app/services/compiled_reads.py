"""Reads of the hottest pages, compiled once and run straight on the driver.

Every study page runs two SELECTs: the logged-in account and the next card.
Through SQLAlchemy's ``Session.execute`` each costs several times what the
database itself takes (SQLite: about 190 µs for the next card against 50 µs
on the driver, 53 µs for the account against 6 µs), because each execution
builds an execution context, a result and its rows anew. A ``CompiledRead``
keeps the SQL string, the bind and result converters of each dialect, and
runs the statement on the driver connection that app/database.py's
``connection_for_reads`` picks: in a request whose ORM session has not
begun, one held for the request in read-only mode; otherwise the session's
own, in its transaction. The values are those SQLAlchemy would give.

What it gives up: SQLAlchemy's statement logging, and its cursor events. A
driver error is still raised as SQLAlchemy's ``DBAPIError``, and a lost
connection is still invalidated so that the pool does not hand it out again.
"""
from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Select
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..database import connection_for_reads

Converter = Callable[[Any], Any]


class _ForDialect:
    """A statement compiled for one dialect, with its converters."""

    def __init__(self, statement: Select, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        self.sql = compiled.string
        self.positional = compiled.positional
        names = compiled.positiontup if compiled.positional else list(compiled.binds)
        self.binds = [(name, compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect))
                      for name in names]
        # Literals in the statement (LIMIT 1, IS true) are binds too, with their values.
        self.fixed = {name: bind.effective_value
                      for name, bind in compiled.binds.items() if not bind.required}
        self.dialect = dialect
        self.columns = list(statement.selected_columns)
        self.converters: list[tuple[int, Converter]] | None = None  # known at the first result

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        values = {**self.fixed, **values}
        if self.positional:
            return tuple(convert(values[name]) if convert else values[name] for name, convert in self.binds)
        return {name: convert(values[name]) if convert else values[name] for name, convert in self.binds}

    def result_converters(self, description: Sequence[Sequence[Any]]) -> list[tuple[int, Converter]]:
        # The driver's type codes (PostgreSQL's type OIDs) pick some converters.
        converters = []
        for index, (column, described) in enumerate(zip(self.columns, description, strict=True)):
            convert = column.type.dialect_impl(self.dialect).result_processor(self.dialect, described[1])
            if convert is not None:
                converters.append((index, convert))
        return converters


class CompiledRead:
    """A SELECT whose rows are named tuples of its columns' keys, converted
    as SQLAlchemy would convert them."""

    def __init__(self, statement: Select) -> None:
        self.statement = statement
        self.Row = namedtuple("Row", [column.key for column in statement.selected_columns])  # noqa: PYI024
        self._compiled: dict[tuple[str, str], _ForDialect] = {}

    def rows(self, session: Session, values: Mapping[str, Any]) -> list[tuple]:
        connection = connection_for_reads(session)
        dialect = connection.dialect
        key = (dialect.name, dialect.driver)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = _ForDialect(self.statement, dialect)
        parameters = compiled.parameters(values)
        driver = connection.driver
        cursor = driver.cursor()
        try:
            cursor.execute(compiled.sql, parameters)
            fetched = cursor.fetchall()
            converters = compiled.converters
            if converters is None:
                converters = compiled.converters = compiled.result_converters(cursor.description)
        except dialect.loaded_dbapi.Error as exc:
            lost = dialect.is_disconnect(exc, driver, cursor)
            if lost:
                connection.invalidate(exc)
            raise DBAPIError.instance(compiled.sql, parameters, exc, dialect.loaded_dbapi.Error,
                                      connection_invalidated=lost) from exc
        finally:
            cursor.close()
        make = self.Row._make
        if not converters:
            return [make(row) for row in fetched]
        rows = []
        for row in fetched:
            converted = list(row)
            for index, convert in converters:
                converted[index] = convert(converted[index])
            rows.append(make(converted))
        return rows

    def first(self, session: Session, values: Mapping[str, Any]) -> tuple | None:
        rows = self.rows(session, values)
        return rows[0] if rows else None
