"""The migrations build the whole schema, match the models, and come down and up cleanly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytest_alembic import Config as AlembicTestConfig
from pytest_alembic.tests import (
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Engine, inspect, text

from entente.migrations import runner
from entente.migrations.runner import (
    check,
    current_revision,
    downgrade,
    head_revision,
    upgrade_database,
)
from entente.models import Base
from entente.models.engine import make_engine
from entente.models.views import VIEW_NAMES

__all__ = [
    "test_model_definitions_match_ddl",
    "test_single_head_revision",
    "test_up_down_consistency",
    "test_upgrade",
]


@pytest.fixture
def alembic_config() -> AlembicTestConfig:
    """pytest-alembic runs the scripts shipped inside the package."""
    return AlembicTestConfig.from_raw_config(runner.alembic_config())


@pytest.fixture
def alembic_engine(empty_db_url: str) -> Iterator[Engine]:
    """pytest-alembic's tests run on an empty database of each engine."""
    engine = make_engine(empty_db_url)
    yield engine
    engine.dispose()


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_upgrade_builds_every_model_table_and_view(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    counts = upgrade_database(engine)
    assert _tables(engine) == set(Base.metadata.tables)
    assert set(VIEW_NAMES) <= set(inspect(engine).get_view_names())
    assert current_revision(engine) == head_revision()
    assert counts["states"] >= 249 and counts["currencies"] > 150
    check(engine)  # alembic check: nothing to generate
    engine.dispose()


def test_downgrade_base_removes_everything_and_upgrade_restores(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade_database(engine)
    downgrade(engine, "base")
    assert _tables(engine) == set()
    assert inspect(engine).get_view_names() == []
    assert current_revision(engine) is None
    upgrade_database(engine)
    with engine.connect() as connection:
        states = connection.execute(text("SELECT COUNT(*) FROM v_actors WHERE kind = 'state'"))
        assert states.scalar_one() >= 249
    engine.dispose()


def test_every_constraint_is_named() -> None:
    for table in Base.metadata.tables.values():
        for constraint in table.constraints:
            assert constraint.name, f"unnamed constraint on {table.name}"
            assert len(str(constraint.name)) <= 63, constraint.name


def test_upgrading_twice_keeps_reference_data_single(db_url: str) -> None:
    engine = make_engine(db_url)
    with engine.connect() as connection:
        before = connection.execute(text("SELECT COUNT(*) FROM actor_aliases")).scalar_one()
    upgrade_database(engine)
    with engine.connect() as connection:
        after = connection.execute(text("SELECT COUNT(*) FROM actor_aliases")).scalar_one()
    assert before == after > 1000
    engine.dispose()
