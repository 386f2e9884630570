"""Open an entente database for a command: check it is reachable and has the current schema."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DBAPIError

from entente.errors import DatabaseError
from entente.models.engine import make_engine, parse_url, resolve_url, safe_url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for another engine or an in-memory database)."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def open_engine(url: str | None, *, create: bool = False) -> Engine:
    """An engine for the database, which must exist unless ``create`` (then its folder must)."""
    url = resolve_url(url)
    path = sqlite_path(url)
    if path is not None:
        if not create and not path.exists():
            raise DatabaseError(
                f"no database at {path} (create it with `entente db upgrade`, or give --db)"
            )
        if create and not path.parent.exists():
            raise DatabaseError(f"cannot create {path}: folder {path.parent} does not exist")
    engine = make_engine(url)
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "unknown error"
        raise DatabaseError(f"cannot connect to {safe_url(engine.url)}: {reason}") from None
    return engine


def require_schema(engine: Engine) -> None:
    """Refuse a database that has no entente schema or an older one than this version needs."""
    from entente.migrations.runner import current_revision, head_revision

    if not inspect(engine).has_table("alembic_version"):
        raise DatabaseError(
            f"{safe_url(engine.url)} has no entente schema yet (run `entente db upgrade`)"
        )
    current, head = current_revision(engine), head_revision()
    if current != head:
        raise DatabaseError(
            f"{safe_url(engine.url)} is at schema revision {current or 'base'}, this entente "
            f"needs {head} (run `entente db upgrade`)"
        )
