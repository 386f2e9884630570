"""Portable INSERT ... ON CONFLICT for SQLite and PostgreSQL, the basis of idempotent loads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert


def _insert(session: Session, table: Table) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def insert_ignore(
    session: Session,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    conflict: Sequence[str] | None = None,
) -> None:
    """Insert rows, skipping any that collide with an existing row on ``conflict``."""
    if not rows:
        return
    statement: Insert = _insert(session, table).on_conflict_do_nothing(index_elements=conflict)
    session.execute(statement, list(rows))


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
    statement = _insert(session, table)
    if fill_only:
        values = {name: func.coalesce(table.c[name], statement.excluded[name]) for name in update}
    else:
        values = {name: statement.excluded[name] for name in update}
    if values:
        statement = statement.on_conflict_do_update(index_elements=list(conflict), set_=values)
    else:
        statement = statement.on_conflict_do_nothing(index_elements=list(conflict))
    session.execute(statement, list(rows))


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
    statement = (
        _insert(session, table)
        .values(dict(row))
        .on_conflict_do_nothing(index_elements=list(conflict))
        .returning(table.c[column])
    )
    return session.execute(statement).scalar()
