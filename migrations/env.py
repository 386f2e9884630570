"""Alembic environment: runs revisions on the connection the entente CLI hands over.

The connection arrives in ``config.attributes["connection"]`` (building a URL string into the
config would break on a ``%`` in a password). Without one, ``sqlalchemy.url`` or
$ENTENTE_DATABASE_URL is used, so plain ``alembic`` also works for developers.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine

from entente.models import Base
from entente.models.engine import make_engine

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run on the given connection, or on one opened from the configured URL."""
    connection = config.attributes.get("connection")
    if isinstance(connection, Connection):
        _run(connection)
        return
    if isinstance(connection, Engine):  # pytest-alembic hands over an engine
        with connection.begin() as opened:
            _run(opened)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as opened:
        _run(opened)
        opened.commit()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("entente migrations run online only; use `entente db upgrade`")
run_migrations_online()
