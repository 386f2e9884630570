"""Portable INSERT ... ON CONFLICT for SQLite and PostgreSQL, the basis of idempotent loads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

# Building an ON CONFLICT statement (its ``excluded`` namespace above all) costs far more than
# running it, so each shape is built once per dialect and reused.
_STATEMENTS: dict[tuple[object, ...], Any] = {}


def _insert(session: Session, table: Table) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def _statement(
    session: Session,
    table: Table,
    conflict: Sequence[str] | None,
    update: Sequence[str] = (),
    fill_only: bool = False,
    returning: str | None = None,
) -> Any:
    dialect = session.get_bind().dialect.name
    key = (dialect, table.name, tuple(conflict or ()), tuple(update), fill_only, returning)
    statement = _STATEMENTS.get(key)
    if statement is None:
        statement = _insert(session, table)
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
        _STATEMENTS[key] = statement
    return statement


def insert_ignore(
    session: Session,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    conflict: Sequence[str] | None = None,
) -> None:
    """Insert rows, skipping any that collide with an existing row on ``conflict``."""
    if not rows:
        return
    session.execute(_statement(session, table, conflict), list(rows))


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
    session.execute(_statement(session, table, conflict, update, fill_only), list(rows))


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
    statement = _statement(session, table, conflict, returning=column)
    return session.execute(statement, dict(row)).scalar()
