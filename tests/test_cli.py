"""The command line: help everywhere, listings and filters, show, read-only sql, clean errors."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from entente.cli.app import app


def _commands(typer_app: typer.Typer, path: list[str]) -> Iterator[tuple[list[str], str]]:
    """Every command path with its help text, through Typer's public registry."""
    for command in typer_app.registered_commands:
        assert command.callback is not None
        name = command.name or command.callback.__name__.replace("_", "-")
        yield [*path, name], command.help or command.callback.__doc__ or ""
    for group in typer_app.registered_groups:
        assert group.typer_instance is not None and group.name
        info = group.typer_instance.info
        yield [*path, group.name], str(group.help or info.help or "")
        yield from _commands(group.typer_instance, [*path, group.name])


COMMANDS = [([], "root"), *_commands(app, [])]


@pytest.mark.parametrize(
    "path,help_text", COMMANDS, ids=lambda p: " ".join(p) if isinstance(p, list) else ""
)
def test_every_command_has_help(path: list[str], help_text: str) -> None:
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    assert help_text.strip(), f"{' '.join(path)} has no help text"


def test_the_command_set_is_complete() -> None:
    names = {" ".join(p) for p, _ in COMMANDS}
    expected = {
        "db upgrade",
        "db downgrade",
        "db current",
        "db history",
        "seed",
        "load",
        "extract",
        "sql",
        "actors",
        "meetings",
        "agreements",
        "aid",
        "show",
    }
    assert expected <= names


def _seeded(cli: Callable[..., Any]) -> None:
    result = cli("seed")
    assert result.exit_code == 0, result.output


def test_listings_filter_and_format(cli: Callable[..., Any]) -> None:
    _seeded(cli)
    result = cli("meetings", "--country", "PAK", "--format", "json")
    assert result.exit_code == 0, result.output
    meetings = json.loads(result.output)
    assert [m["start_date"] for m in meetings] == ["2026-01-05"]
    assert "Wang Yi (CHN)" in meetings[0]["participants"]
    none = cli("meetings", "--country", "FRA", "--format", "json")
    assert json.loads(none.output) == []
    later = cli("meetings", "--since", "2026-02-01", "--format", "json")
    assert json.loads(later.output) == []
    aid = cli("aid", "--actor", "united states", "--format", "csv")
    assert aid.exit_code == 0, aid.output
    rows = list(csv.DictReader(io.StringIO(aid.output)))
    assert {r["amount"] for r in rows} == {"397000000", ""}
    agreements = cli("agreements", "--country", "CHN", "--format", "json")
    assert len(json.loads(agreements.output)) == 5
    people = cli("actors", "--kind", "person", "--format", "json")
    assert {p["name"] for p in json.loads(people.output)} == {
        "Wang Yi",
        "Ishaq Dar",
        "Donald Trump",
    }
    table = cli("actors", "--country", "PAK", "--kind", "person")
    assert table.exit_code == 0 and "Ishaq Dar" in table.output


def test_show_prints_a_fact_with_its_evidence(cli: Callable[..., Any]) -> None:
    _seeded(cli)
    result = cli("show", "aid", "2", "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["amount"] == 397000000
    assert "$397 million" in document["evidence"][0]["quote"]
    missing = cli("show", "meeting", "999")
    assert missing.exit_code == 1
    assert "no meeting with id 999" in missing.output


@pytest.mark.parametrize(
    "query",
    [
        "DELETE FROM actors",
        "UPDATE actors SET name = 'x'",
        "DROP TABLE actors",
        "DROP VIEW v_actors",
        "INSERT INTO sectors VALUES ('x', 'x', NULL, '')",
        "SELECT 1; DELETE FROM actors",
        "WITH gone AS (DELETE FROM actors RETURNING *) SELECT * FROM gone",
        "CREATE TABLE t (x int)",
        "ATTACH DATABASE 'other.db' AS other",
        "PRAGMA journal_mode = DELETE",
        "COPY actors TO PROGRAM 'true'",
        "EXPLAIN ANALYZE DELETE FROM actors",
    ],
)
def test_sql_refuses_writes(cli: Callable[..., Any], engine: Engine, query: str) -> None:
    _seeded(cli)
    with engine.connect() as connection:
        before = connection.execute(text("SELECT COUNT(*) FROM actors")).scalar_one()
    result = cli("sql", query)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "read-only" in result.output or "one statement" in result.output
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM actors")).scalar_one() == before
        assert connection.execute(text("SELECT COUNT(*) FROM v_actors")).scalar_one() == before


def test_sql_reads(cli: Callable[..., Any]) -> None:
    _seeded(cli)
    result = cli(
        "sql", "SELECT donor_iso3, amount FROM v_aid_flows WHERE amount > 0", "--format", "csv"
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["donor_iso3,amount", "USA,397000000"]


def test_a_missing_sqlite_database_is_one_clear_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--db", f"sqlite:///{tmp_path}/none.db", "meetings"])
    assert result.exit_code == 1
    assert "no database at" in result.output and "entente db upgrade" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "none.db").exists()


def test_unreachable_postgres_hides_the_password() -> None:
    url = "postgresql://analyst:s3cret-pw@127.0.0.1:1/entente"
    result = CliRunner().invoke(app, ["--db", url, "meetings"])
    assert result.exit_code == 1
    assert "s3cret-pw" not in result.output
    assert "cannot connect" in result.output
    assert "Traceback" not in result.output


def test_a_database_without_schema_says_to_upgrade(empty_db_url: str) -> None:
    if empty_db_url.startswith("sqlite"):
        Path(empty_db_url.removeprefix("sqlite:///")).touch()
    result = CliRunner().invoke(app, ["--db", empty_db_url, "actors"])
    assert result.exit_code == 1
    assert "entente db upgrade" in result.output


def test_db_commands(cli: Callable[..., Any]) -> None:
    current = cli("db", "current")
    assert current.exit_code == 0 and "(head)" in current.output
    history = cli("db", "history")
    assert history.exit_code == 0 and "base -> 0001" in history.output
    check = cli("db", "check")
    assert check.exit_code == 0, check.output


def test_installed_command_runs_from_another_directory(tmp_path: Path) -> None:
    """Smoke test of the installed console script, outside the repository."""
    exe = shutil.which("entente", path=str(Path(sys.executable).parent)) or shutil.which("entente")
    assert exe, "the entente console script is not installed"
    env = {**os.environ, "ENTENTE_DATABASE_URL": f"sqlite:///{tmp_path}/smoke.db"}
    for args in (["db", "upgrade"], ["seed"], ["aid", "--format", "csv"]):
        done = subprocess.run(
            [exe, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
    assert "397000000" in done.stdout
    module = subprocess.run(
        [sys.executable, "-m", "entente", "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert module.returncode == 0 and module.stdout.startswith("entente ")
