"""Portable INSERT ... ON CONFLICT for SQLite and PostgreSQL, the basis of idempotent loads.

The hot path of a load is many small statements. SQLAlchemy builds each statement shape once
(per dialect, table and column set); after that it is compiled once to SQL text and run on the
driver's cursor (sqlite3 or psycopg executemany), inside the session's own transaction. That
keeps the write cost close to the driver's floor while the SQL stays SQLAlchemy-generated and
portable.

On PostgreSQL the price of a small statement is the round trip to the server, not the work.
Inside ``pipelined(session)`` statements are only queued (psycopg pipeline mode), and a value a
statement returns is a ``Pending``: the first ``get()`` of one sends everything queued so far
and waits once for all of it. So a writer that asks for ids only when it needs them waits once
per dependency, not once per statement. The statements, their order and their transaction are
the same as without a pipeline; on SQLite (no server) they simply run at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, func, select
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
    return (session.bind or session.get_bind()).dialect.name


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


_DRIVER = "entente.upsert.driver"


def _driver(session: Session) -> Any:
    """The driver connection of the session's transaction, looked up once per transaction
    (``session.connection()`` costs more than the statements of the hot path)."""
    cached = session.info.get(_DRIVER)
    transaction = session.get_transaction()
    if cached is not None and transaction is not None and cached[0] is transaction:
        return cached[1]
    driver = session.connection().connection.driver_connection
    assert driver is not None  # only a detached connection has none
    session.info[_DRIVER] = (session.get_transaction(), driver)
    return driver


def _cursor(session: Session) -> Any:
    return _driver(session).cursor()


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


def _run_one(session: Session, compiled: _Compiled, row: Mapping[str, Any]) -> Pending:
    cursor = _cursor(session)
    try:
        cursor.execute(compiled.sql, _params(compiled, row, compiled.positional is not None))
    except _driver_errors(session) as exc:
        cursor.close()
        raise _wrapped(session, compiled, exc) from exc
    pending = Pending(session, compiled, cursor)
    if not _in_pipeline(cursor):
        pending.get()
    return pending


class Pending:
    """The first column of the first row a statement returned (None if no row), asked later.

    In a pipeline the statement may still be queued: the first ``get()`` sends it, with all
    that was queued before it, and waits for the results once.
    """

    __slots__ = ("_compiled", "_cursor", "_session", "_value")

    def __init__(self, session: Session, compiled: _Compiled, cursor: Any) -> None:
        self._session = session
        self._compiled = compiled
        self._cursor: Any = cursor
        self._value: Any = None

    def get(self) -> Any | None:
        """The value; raises the statement's error (as SQLAlchemy's) if it failed."""
        cursor = self._cursor
        if cursor is not None:
            self._cursor = None
            try:
                found = cursor.fetchone()
            except _driver_errors(self._session) as exc:
                raise _wrapped(self._session, self._compiled, exc) from exc
            finally:
                cursor.close()
            self._value = None if found is None else found[0]
        return self._value


def _in_pipeline(cursor: Any) -> bool:
    pgconn = getattr(cursor.connection, "pgconn", None)
    return pgconn is not None and bool(pgconn.pipeline_status)


@contextmanager
def pipelined(session: Session) -> Iterator[None]:
    """Queue the statements run inside, on PostgreSQL, and send them as late as results allow.

    Only this module's functions may run statements inside: SQLAlchemy's own execution cannot
    read results in pipeline mode. An error of a queued statement surfaces at the next
    ``Pending.get()`` or at the end of the block, as SQLAlchemy's DBAPIError either way.
    Inside a pipeline already (``own_transaction``) it adds nothing.
    """
    if _dialect_name(session) != "postgresql":
        yield
        return
    driver = _driver(session)
    if driver.pgconn.pipeline_status:
        yield
        return
    try:
        with driver.pipeline():
            yield
    except _driver_errors(session) as exc:
        raise _wrapped(session, _Compiled("-- pipeline", None), exc) from exc


@contextmanager
def own_transaction(session: Session, *, pipeline: bool) -> Iterator[None]:
    """One transaction whose BEGIN and COMMIT we send ourselves (PostgreSQL only).

    The session's connection must be in autocommit mode, so that the driver sends no BEGIN of
    its own (in a pipeline psycopg waits for its BEGIN). With ``pipeline`` the BEGIN, every
    statement and the COMMIT are queued, and the transaction costs one wait at its end plus
    one for each value the writer needs before it can go on. Any error rolls it back.
    """
    driver = _driver(session)
    assert driver.autocommit, "own_transaction needs autocommit"
    try:
        with driver.pipeline() if pipeline else nullcontext():
            driver.execute("BEGIN")
            yield
            driver.execute("COMMIT")
    except BaseException as exc:
        _roll_back(driver)
        if isinstance(exc, _driver_errors(session)):
            raise _wrapped(session, _Compiled("-- transaction", None), exc) from exc
        raise


def _roll_back(driver: Any) -> None:
    from psycopg.pq import TransactionStatus

    if driver.pgconn.transaction_status not in (TransactionStatus.IDLE, TransactionStatus.UNKNOWN):
        with suppress(driver.Error):  # a broken connection: the server ends it itself
            driver.execute("ROLLBACK")


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
    lookups: tuple[Lookup, ...] = (),
) -> _Compiled:
    dialect = _dialect_name(session)
    key = (
        dialect,
        table.name,
        columns,
        tuple(conflict or ()),
        tuple(update),
        fill_only,
        returning,
        lookups,
    )
    compiled = _COMPILED.get(key)
    if compiled is None:
        statement = _insert(dialect, table)
        for lookup in lookups:
            found = select(lookup.table.c[lookup.id_column]).where(
                lookup.table.c[lookup.key_column] == bindparam(lookup.column)
            )
            statement = statement.values({lookup.column: found.scalar_subquery()})
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
        looked_up = {lookup.column for lookup in lookups}
        compiled = _compile(session, statement, [c for c in columns if c not in looked_up])
        _COMPILED[key] = compiled
    return compiled


@dataclass(frozen=True)
class Lookup:
    """A column whose value the statement finds itself: the ``id_column`` of the row of
    ``table`` whose ``key_column`` is the value given for ``column`` (NULL if there is none).

    It saves waiting for an id that was only just queued (a pipeline keeps going)."""

    column: str
    table: Table
    id_column: str
    key_column: str


_MANY = 100  # rows per multi-row INSERT


def _multi_row(
    session: Session,
    table: Table,
    columns: tuple[str, ...],
    conflict: Sequence[str] | None,
    count: int,
) -> _Compiled:
    """INSERT ... VALUES (...), (...) ON CONFLICT DO NOTHING for ``count`` rows; the parameter
    of column ``c`` in row ``i`` is named ``c_i``."""
    dialect = _dialect_name(session)
    key = (dialect, table.name, columns, tuple(conflict or ()), "rows", count)
    compiled = _COMPILED.get(key)
    if compiled is None:
        statement = _insert(dialect, table).values(
            [
                {c: bindparam(f"{c}_{i}", type_=table.c[c].type) for c in columns}
                for i in range(count)
            ]
        )
        index = list(conflict) if conflict else None
        compiled = _compile(session, statement.on_conflict_do_nothing(index_elements=index), None)
        _COMPILED[key] = compiled
    return compiled


def insert_ignore(
    session: Session,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    conflict: Sequence[str] | None = None,
) -> None:
    """Insert rows, skipping any that collide with an existing row on ``conflict``.

    On PostgreSQL several rows go in one statement (each statement has its own cost there,
    even in a pipeline); SQLite's executemany is as cheap.
    """
    if not rows:
        return
    columns = tuple(rows[0])
    if len(rows) == 1 or _dialect_name(session) != "postgresql":
        _run(session, _statement(session, table, columns, conflict), rows)
        return
    for start in range(0, len(rows), _MANY):
        chunk = rows[start : start + _MANY]
        compiled = _multi_row(session, table, columns, conflict, len(chunk))
        params = {f"{c}_{i}": row[c] for i, row in enumerate(chunk) for c in columns}
        _run(session, compiled, [params])


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
    lookups: tuple[Lookup, ...] = (),
) -> Pending:
    """Insert one row unless it collides on ``conflict``; the new row's ``column``, or None.

    None means another transaction holds the row (committed before ours, or just now, while we
    waited for it), so the caller can tell "I created it" from "someone else did".
    """
    compiled = _statement(session, table, tuple(row), conflict, returning=column, lookups=lookups)
    return _run_one(session, compiled, row)


def select_one(session: Session, table: Table, column: str, **where: Any) -> Pending:
    """The ``column`` of the row matching ``where`` (equalities), or None."""
    names = tuple(sorted(where))
    key = (_dialect_name(session), table.name, "select", column, names)
    compiled = _COMPILED.get(key)
    if compiled is None:
        statement = select(table.c[column]).where(*(table.c[n] == _bind(n) for n in names))
        compiled = _compile(session, statement, None)
        _COMPILED[key] = compiled
    return _run_one(session, compiled, where)


def _query(session: Session, name: str, build: Callable[[], Any]) -> _Compiled:
    key = (_dialect_name(session), "query", name)
    compiled = _COMPILED.get(key)
    if compiled is None:
        compiled = _compile(session, build(), None)
        _COMPILED[key] = compiled
    return compiled


def fetch_rows(
    session: Session, name: str, build: Callable[[], Any], params: Mapping[str, Any]
) -> list[tuple[Any, ...]]:
    """All rows of the query ``build()`` makes (named bind parameters), compiled once per
    ``name``. It waits for its own result, so it may run inside a pipeline too."""
    compiled = _query(session, name, build)
    cursor = _cursor(session)
    try:
        cursor.execute(compiled.sql, _params(compiled, params, compiled.positional is not None))
        return [tuple(r) for r in cursor.fetchall()]
    except _driver_errors(session) as exc:
        raise _wrapped(session, compiled, exc) from exc
    finally:
        cursor.close()


def run(session: Session, name: str, build: Callable[[], Any], params: Mapping[str, Any]) -> None:
    """Run the statement ``build()`` makes (named bind parameters; no result), compiled once
    per ``name``; queued in a pipeline."""
    _run(session, _query(session, name, build), [params])


def _bind(name: str) -> Any:
    return bindparam(name)
