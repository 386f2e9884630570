"""Portable INSERT ... ON CONFLICT for SQLite and PostgreSQL, the basis of idempotent loads.

The hot path of a load is many small statements. SQLAlchemy builds each statement shape once
(per dialect, table and column set); after that it is compiled once to SQL text and run on the
driver's cursor (sqlite3 or psycopg executemany), inside the session's own transaction. That
keeps the write cost close to the driver's floor while the SQL stays SQLAlchemy-generated and
portable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class _Compiled:
    """SQL text in the driver's parameter style, and the order of its parameters."""

    sql: str
    positional: tuple[str, ...] | None  # qmark (SQLite); None for named (psycopg)


_COMPILED: dict[tuple[object, ...], _Compiled] = {}


def _dialect_name(session: Session) -> str:
    return session.get_bind().dialect.name


def _insert(dialect: str, table: Table) -> Any:
    return postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)


def _compile(session: Session, statement: Any, columns: Sequence[str] | None) -> _Compiled:
    dialect = session.get_bind().dialect
    compiled = statement.compile(
        dialect=dialect, column_keys=list(columns) if columns is not None else None
    )
    positional = tuple(compiled.positiontup) if compiled.positional else None
    return _Compiled(str(compiled), positional)


def _params(compiled: _Compiled, row: Mapping[str, Any], sqlite_dates: bool) -> Any:
    if compiled.positional is None:
        return row
    values = [row[name] for name in compiled.positional]
    if sqlite_dates:  # store dates as ISO text, as SQLAlchemy's Date type does on SQLite
        values = [v.isoformat() if isinstance(v, dt.date) else v for v in values]
    return values


def _cursor(session: Session) -> Any:
    driver = session.connection().connection.driver_connection
    assert driver is not None  # only a detached connection has none
    return driver.cursor()


def _wrapped(session: Session, compiled: _Compiled, exc: Exception) -> StatementError:
    """A driver error as SQLAlchemy's (IntegrityError, OperationalError, ...), as if SQLAlchemy
    had run the statement, so callers handle (and retry) both alike."""
    dbapi = session.get_bind().dialect.dbapi
    assert dbapi is not None
    return DBAPIError.instance(compiled.sql, None, exc, dbapi.Error)


def _run(session: Session, compiled: _Compiled, rows: Sequence[Mapping[str, Any]]) -> None:
    sqlite_dates = compiled.positional is not None
    cursor = _cursor(session)
    try:
        if len(rows) == 1:
            cursor.execute(compiled.sql, _params(compiled, rows[0], sqlite_dates))
        else:
            cursor.executemany(compiled.sql, [_params(compiled, r, sqlite_dates) for r in rows])
    except _driver_errors(session) as exc:
        raise _wrapped(session, compiled, exc) from exc
    finally:
        cursor.close()


def _run_one(session: Session, compiled: _Compiled, row: Mapping[str, Any]) -> Any | None:
    cursor = _cursor(session)
    try:
        cursor.execute(compiled.sql, _params(compiled, row, compiled.positional is not None))
        found = cursor.fetchone()
    except _driver_errors(session) as exc:
        raise _wrapped(session, compiled, exc) from exc
    finally:
        cursor.close()
    return None if found is None else found[0]


def _driver_errors(session: Session) -> type[Exception]:
    dbapi = session.get_bind().dialect.dbapi
    assert dbapi is not None
    errors: type[Exception] = dbapi.Error
    return errors


def _statement(
    session: Session,
    table: Table,
    columns: tuple[str, ...],
    conflict: Sequence[str] | None,
    update: Sequence[str] = (),
    fill_only: bool = False,
    returning: str | None = None,
) -> _Compiled:
    dialect = _dialect_name(session)
    key = (dialect, table.name, columns, tuple(conflict or ()), tuple(update), fill_only, returning)
    compiled = _COMPILED.get(key)
    if compiled is None:
        statement = _insert(dialect, table)
        if fill_only:
            values = {n: func.coalesce(table.c[n], statement.excluded[n]) for n in update}
        else:
            values = {n: statement.excluded[n] for n in update}
        index = list(conflict) if conflict else None
        if values:
            statement = statement.on_conflict_do_update(index_elements=index, set_=values)
        else:
            statement = statement.on_conflict_do_nothing(index_elements=index)
        if returning is not None:
            statement = statement.returning(table.c[returning])
        compiled = _compile(session, statement, columns)
        _COMPILED[key] = compiled
    return compiled


def insert_ignore(
    session: Session,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    conflict: Sequence[str] | None = None,
) -> None:
    """Insert rows, skipping any that collide with an existing row on ``conflict``."""
    if not rows:
        return
    _run(session, _statement(session, table, tuple(rows[0]), conflict), rows)


def upsert(
    session: Session,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    conflict: Sequence[str],
    update: Sequence[str],
    *,
    fill_only: bool = False,
) -> None:
    """Insert rows; on a collision on ``conflict`` update the ``update`` columns.

    With ``fill_only`` an existing value is kept and only NULLs are filled, so a second source
    can add a place or a title to a meeting but never overwrite what the first one said.
    """
    if not rows:
        return
    compiled = _statement(session, table, tuple(rows[0]), conflict, update, fill_only)
    _run(session, compiled, rows)


def insert_returning(
    session: Session,
    table: Table,
    row: Mapping[str, Any],
    conflict: Sequence[str],
    column: str,
) -> Any | None:
    """Insert one row unless it collides on ``conflict``; the new row's ``column``, or None.

    None means another transaction holds the row (committed before ours, or just now, while we
    waited for it), so the caller can tell "I created it" from "someone else did".
    """
    compiled = _statement(session, table, tuple(row), conflict, returning=column)
    return _run_one(session, compiled, row)


def select_one(session: Session, table: Table, column: str, **where: Any) -> Any | None:
    """The ``column`` of the row matching ``where`` (equalities), or None."""
    names = tuple(sorted(where))
    key = (_dialect_name(session), table.name, "select", column, names)
    compiled = _COMPILED.get(key)
    if compiled is None:
        statement = select(table.c[column]).where(*(table.c[n] == _bind(n) for n in names))
        compiled = _compile(session, statement, None)
        _COMPILED[key] = compiled
    return _run_one(session, compiled, where)


def _bind(name: str) -> Any:
    from sqlalchemy import bindparam

    return bindparam(name)
