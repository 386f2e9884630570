"""Shared fixtures: every database test runs on SQLite and on real PostgreSQL.

PostgreSQL comes from pytest-postgresql's no-process fixtures against the server at
$ENTENTE_TEST_PG_HOST:$ENTENTE_TEST_PG_PORT (default 127.0.0.1:5432, user postgres). The schema is
built once, through the migrations, into a template database; each test that needs a database of
its own gets a clone. A missing server is a failure, never a skip.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from pytest_postgresql import factories
from pytest_postgresql.janitor import DatabaseJanitor
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from entente.migrations.runner import upgrade_database
from entente.models.engine import make_engine

PG_HOST = os.environ.get("ENTENTE_TEST_PG_HOST", "127.0.0.1")
PG_PORT = int(os.environ.get("ENTENTE_TEST_PG_PORT", "5432"))
PG_USER = os.environ.get("ENTENTE_TEST_PG_USER", "postgres")
ENGINES = ["sqlite", "postgresql"]
REPO = Path(__file__).resolve().parent.parent


def pg_url(dbname: str) -> str:
    """The SQLAlchemy URL of a test database on the test server."""
    return f"postgresql+psycopg://{PG_USER}@{PG_HOST}:{PG_PORT}/{dbname}"


def _check_server() -> None:
    try:
        psycopg.connect(
            host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres", connect_timeout=3
        ).close()
    except psycopg.OperationalError as exc:
        pytest.fail(
            f"PostgreSQL is required for the tests and is not reachable at {PG_HOST}:{PG_PORT} "
            f"({str(exc).strip().splitlines()[0]}); start it (see .ci/run)",
            pytrace=False,
        )


def _migrate(host: str, port: int, user: str, dbname: str, password: str | None, **_: Any) -> None:
    engine = make_engine(pg_url(dbname))
    try:
        upgrade_database(engine)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def pg_server() -> None:
    """Fail at once, with a clear message, when PostgreSQL is down."""
    _check_server()


postgresql_migrated_proc = factories.postgresql_noproc(
    host=PG_HOST,
    port=PG_PORT,
    user=PG_USER,
    dbname=f"entente_test_{os.getpid()}",
    load=[_migrate],
    depends_on=None,
)
postgresql_migrated = factories.postgresql("postgresql_migrated_proc")
postgresql_empty_proc = factories.postgresql_noproc(
    host=PG_HOST, port=PG_PORT, user=PG_USER, dbname=f"entente_empty_{os.getpid()}"
)
postgresql_empty = factories.postgresql("postgresql_empty_proc")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once; tests copy it."""
    path = tmp_path_factory.mktemp("template") / "entente.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine)
    engine.dispose()
    return path


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    """The engine a test runs on."""
    return str(request.param)


@pytest.fixture
def db_url(engine_name: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated database of its own for one test (with reference data)."""
    if engine_name == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "entente.db"
        shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
    else:
        request.getfixturevalue("pg_server")
        connection: psycopg.Connection[Any] = request.getfixturevalue("postgresql_migrated")
        yield pg_url(connection.info.dbname)


@pytest.fixture
def empty_db_url(engine_name: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database with no schema at all, for migration tests."""
    if engine_name == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    request.getfixturevalue("pg_server")
    connection: psycopg.Connection[Any] = request.getfixturevalue("postgresql_empty")
    return pg_url(connection.info.dbname)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on a fresh migrated database."""
    made = make_engine(db_url)
    yield made
    made.dispose()


@pytest.fixture(scope="session")
def shared_sqlite_engine(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """One migrated SQLite database shared by the rollback tests."""
    path = tmp_path_factory.mktemp("shared") / "entente.db"
    shutil.copyfile(sqlite_template, path)
    made = make_engine(f"sqlite:///{path}")
    yield made
    made.dispose()


@pytest.fixture(scope="session")
def shared_pg_engine(pg_server: None, postgresql_migrated_proc: Any) -> Iterator[Engine]:
    """One migrated PostgreSQL database (cloned from the template) shared by rollback tests."""
    janitor = DatabaseJanitor(
        user=PG_USER,
        host=PG_HOST,
        port=PG_PORT,
        dbname=f"entente_shared_{os.getpid()}",
        template_dbname=postgresql_migrated_proc.template_dbname,
    )
    janitor.drop()
    with janitor:
        made = make_engine(pg_url(f"entente_shared_{os.getpid()}"))
        yield made
        made.dispose()


@pytest.fixture
def session(engine_name: str, request: pytest.FixtureRequest) -> Iterator[Session]:
    """A session on a shared migrated database; all its work is rolled back after the test."""
    shared: Engine = request.getfixturevalue(
        f"shared_{'pg' if engine_name == 'postgresql' else engine_name}_engine"
    )
    connection = shared.connect()
    transaction = connection.begin()
    made = Session(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    yield made
    made.close()
    transaction.rollback()
    connection.close()


@pytest.fixture
def cli(db_url: str) -> Callable[..., Any]:
    """Run the CLI in-process (CliRunner) against the test's database."""
    from entente.cli.app import app

    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None) -> Any:
        return runner.invoke(app, ["--db", db_url, *args], input=input)

    return run


@pytest.fixture
def seed_article() -> str:
    """The text of the seed article as shipped."""
    return (REPO / "seeds" / "seed_article.txt").read_text(encoding="utf-8")
