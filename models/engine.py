"""Database URLs, engines and sessions for SQLite (the embedded default) and PostgreSQL."""

from __future__ import annotations

import os
import re
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from entente.errors import DatabaseError

DEFAULT_URL = "sqlite:///entente.db"
URL_ENV = "ENTENTE_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_MS = 30_000


class DatabaseUrlError(DatabaseError):
    """The database URL cannot be understood."""


def resolve_url(url: str | None = None) -> str:
    """The URL to use: the one given, else $ENTENTE_DATABASE_URL, else ./entente.db."""
    return url or os.environ.get(URL_ENV) or DEFAULT_URL


def parse_url(url: str) -> URL:
    """Parse a URL and pick our drivers: psycopg 3 for PostgreSQL, the stdlib for SQLite."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseUrlError(
            "cannot read the database URL (expected sqlite:///FILE or postgresql://USER@HOST/DB)"
        ) from None
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return parsed
    raise DatabaseUrlError(
        f"unsupported database {backend!r} (expected sqlite:///FILE or postgresql://...)"
    )


def safe_url(url: str | URL) -> str:
    """The URL with any password masked, for messages and logs."""
    try:
        parsed = url if isinstance(url, URL) else make_url(url)
    except (ArgumentError, ValueError):
        return "<unreadable database URL>"
    return parsed.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Take transaction control from the sqlite3 module so that BEGIN IMMEDIATE (below) is ours.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _sqlite_begin_immediate(connection: Any) -> None:
    # A write lock up front: a deferred transaction that later writes fails at once with
    # "database is locked" when another loader committed meanwhile; an immediate one waits.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str | None = None, *, reader: bool = False, **kwargs: Any) -> Engine:
    """An engine for ``url`` (see :func:`resolve_url`) with our per-engine settings.

    On SQLite every transaction takes the write lock at BEGIN, unless the engine is a
    ``reader`` (one that only looks things up, such as an extraction worker's).
    """
    parsed = parse_url(resolve_url(url))
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        if not reader:
            event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    kwargs.setdefault("connect_args", {}).setdefault("connect_timeout", 10)
    return create_engine(parsed, **kwargs)


def is_sqlite(engine: Engine) -> bool:
    """Whether the engine is SQLite."""
    return engine.dialect.name == "sqlite"


def make_session(engine: Engine) -> Session:
    """A session bound to ``engine`` that keeps objects usable after commit."""
    return sessionmaker(engine, expire_on_commit=False)()


_RAW_PASSWORD = re.compile(r"^[^:/]+://[^:/@]*:([^@]*)@")


def password_of(url: str) -> str | None:
    """The password in a URL, so that it can be kept out of messages (even an unreadable URL)."""
    try:
        password = make_url(url).password
        return None if password is None else str(password)
    except (ArgumentError, ValueError):
        found = _RAW_PASSWORD.match(url)
        return found.group(1) if found and found.group(1) else None


def hide_password(message: str, url: str | None) -> str:
    """``message`` with the password of ``url`` masked, as written and as percent-decoded."""
    if not url:
        return message
    password = password_of(url)
    if not password:
        return message
    found = _RAW_PASSWORD.match(url)
    for form in {password, found.group(1) if found else password, quote(password, safe="")}:
        if form:
            message = message.replace(form, "***")
    return message
