"""What commands share: the database URL from the global options and opened engines."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from sqlalchemy import Engine


def database_url(ctx: typer.Context) -> str | None:
    """The --db URL (or None for $ENTENTE_DATABASE_URL / the default)."""
    root = ctx.find_root()
    obj = root.obj if isinstance(root.obj, dict) else {}
    url = obj.get("url")
    return str(url) if url else None


def engine_for(ctx: typer.Context, *, create: bool = False, schema: bool = True) -> Engine:
    """An engine for the command's database, checked to exist and to have the schema."""
    from entente.models.database import open_engine, require_schema

    engine = open_engine(database_url(ctx), create=create)
    if schema:
        require_schema(engine)
    return engine
