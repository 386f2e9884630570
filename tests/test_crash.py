"""One article, one transaction; crash-safe loads. On SQLite and on PostgreSQL.

A failure anywhere in loading a file (a bad fact, a database error, kill -9) leaves nothing of
that file; files already committed stay, the summary names what failed and why, and the exit
code says so. A loader killed with SIGKILL mid-run leaves every article whole or absent, and the
same command run again completes the load with the database a clean run gives.
"""

from __future__ import annotations

import datetime as dt
import json
import signal
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "fixtures_reliability"))
from reliability import (
    differences,
    extra_database,
    snapshot,
    start_entente,
    write_articles,
    write_corpus,
)

from entente.cli.app import app
from entente.loaders.pipeline import Input, LoadOptions, load_inputs
from entente.models.engine import make_engine

PUBLISHED = "2026-03-20"


def _load(url: str, paths: list[Path]) -> None:
    """A clean, serial load in this process (the reference a test compares with)."""
    engine = make_engine(url)
    try:
        options = LoadOptions(published=dt.date.fromisoformat(PUBLISHED))  # as the commands
        report = load_inputs(engine, [Input(str(p), p) for p in paths], options)
    finally:
        engine.dispose()
    assert not report.failed, [o.error for o in report.failed]


def _good_and_bad(tmp_path: Path) -> tuple[list[Path], Path]:
    """Four good fact files, and a fifth that carries the fault under test."""
    good = write_corpus(tmp_path / "good", files=4, facts_per_file=8, seed=11)
    bad = write_corpus(tmp_path / "bad", files=1, facts_per_file=12, seed=12)[0]
    return good, bad


def _break_last_fact(path: Path, change: dict[str, Any]) -> None:
    """Put a fault in the last fact of the last section, after actors and facts were written."""
    bundle = json.loads(path.read_text(encoding="utf-8"))
    sections = [s for s in ("aid_flows", "statements", "relations") if bundle.get(s)]
    bundle[sections[-1]][-1].update(change)
    path.write_text(json.dumps(bundle), encoding="utf-8")


def _multi_file_load(url: str, files: list[Path]) -> Any:
    args = ["--db", url, "load", *map(str, files), "--published", PUBLISHED]
    return CliRunner().invoke(app, args)


def test_a_bad_fact_leaves_nothing_of_its_file_and_the_others_load(
    db_url: str, engine_name: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    good, bad = _good_and_bad(tmp_path)
    _break_last_fact(bad, {"evidence": [{"quote": "words that are not in the article"}]})
    result = _multi_file_load(db_url, [good[0], good[1], bad, good[2], good[3]])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"Error: {bad}: ")
    assert "not found in the article text" in errors[0]
    assert "5 file(s)" in result.stdout and "1 error(s)" in result.stdout
    with extra_database(request, tmp_path, engine_name, "crash_ref") as reference:
        _load(reference, good)
        assert differences(snapshot(db_url), snapshot(reference)) == []


TRIGGERS = {
    "sqlite": [
        "CREATE TRIGGER boom BEFORE INSERT ON aid_flow_evidence "
        "WHEN instr(NEW.quote, '(flow 666)') > 0 "
        "BEGIN SELECT RAISE(ABORT, 'boom: the disk is on fire'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF position('(flow 666)' in NEW.quote) > 0 THEN "
        "RAISE EXCEPTION 'boom: the disk is on fire'; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER boom BEFORE INSERT ON aid_flow_evidence "
        "FOR EACH ROW EXECUTE FUNCTION boom()",
    ],
}


def test_a_database_error_mid_file_leaves_nothing_of_that_file(
    db_url: str, engine_name: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """The database itself refuses a row late in one file (a trigger stands in for a full disk
    or a lost connection): that file is rolled back whole, the others commit."""
    good, bad = _good_and_bad(tmp_path)
    bundle = json.loads(bad.read_text(encoding="utf-8"))
    assert bundle["aid_flows"] and bundle["meetings"], "the bad file needs facts before the flow"
    flow = bundle["aid_flows"][-1]
    quote = flow["evidence"][0]["quote"]
    marked = quote.replace(")", " (flow 666))", 1)
    bundle["source"]["text"] = bundle["source"]["text"].replace(quote, marked)
    flow["evidence"][0]["quote"] = marked
    bad.write_text(json.dumps(bundle), encoding="utf-8")
    engine = make_engine(db_url)
    with engine.begin() as connection:
        for statement in TRIGGERS[engine_name]:
            connection.exec_driver_sql(statement)
    engine.dispose()
    result = _multi_file_load(db_url, [good[0], bad, good[1], good[2], good[3]])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"Error: {bad}: the database ")
    assert "boom: the disk is on fire" in errors[0]
    assert "1 error(s)" in result.stdout
    with extra_database(request, tmp_path, engine_name, "crash_ref") as reference:
        _load(reference, good)
        assert differences(snapshot(db_url), snapshot(reference)) == []


# -- kill -9 ------------------------------------------------------------------------------------


class Watcher:
    """Looks at the database from outside the loader, without the loader's engine."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        self.sqlite = parsed.get_backend_name() == "sqlite"
        if self.sqlite:
            self.path = str(parsed.database)
        else:
            self.conninfo = parsed.set(drivername="postgresql").render_as_string(
                hide_password=False
            )
            self.pg = psycopg.connect(self.conninfo, autocommit=True)

    def close(self) -> None:
        if not self.sqlite:
            self.pg.close()

    def sources(self) -> int:
        if self.sqlite:
            connection = sqlite3.connect(self.path, timeout=30)
            try:
                return int(connection.execute("SELECT COUNT(*) FROM sources").fetchone()[0])
            finally:
                connection.close()
        row = self.pg.execute("SELECT COUNT(*) FROM sources").fetchone()
        assert row is not None
        return int(row[0])

    def writing(self) -> bool:
        """Whether a loader is inside a write transaction right now."""
        if self.sqlite:
            connection = sqlite3.connect(self.path, timeout=0, isolation_level=None)
            try:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("ROLLBACK")
                return False
            except sqlite3.OperationalError as exc:
                assert "locked" in str(exc)
                return True
            finally:
                connection.close()
        row = self.pg.execute(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL"
        ).fetchone()
        assert row is not None
        return int(row[0]) > 0


def _kill_after(url: str, files: list[Path], watcher: Watcher, commits: int) -> tuple[int, int]:
    """Start the load; once ``commits`` more files are in, freeze the loader (SIGSTOP) every
    few milliseconds and look: if a file's transaction is open, SIGKILL it there, else let it
    go on (SIGCONT). Looking only while it is frozen means what we see is what the kill
    interrupts. Returns how many sources were committed at the kill and how many looks it took.
    """
    start = watcher.sources()
    process = start_entente(url, "load", *map(str, files), "--published", PUBLISHED)
    deadline = time.monotonic() + 120
    looks = 0
    try:
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                _, err = process.communicate()
                raise AssertionError(
                    f"the load ended before a kill mid-article ({looks} looks): "
                    f"{err.decode()[-2000:]}"
                )
            if watcher.sources() >= start + commits:
                process.send_signal(signal.SIGSTOP)
                looks += 1
                count, busy = watcher.sources(), watcher.writing()
                if busy:
                    process.send_signal(signal.SIGKILL)
                    break
                process.send_signal(signal.SIGCONT)
            time.sleep(0.001)
    finally:
        process.wait(timeout=60)
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    return count, looks


@pytest.mark.slow
def test_kill_9_leaves_articles_whole_or_absent_and_a_rerun_completes(
    db_url: str, engine_name: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    facts = write_corpus(tmp_path / "facts", files=20, facts_per_file=24, seed=21)
    articles = write_articles(tmp_path / "articles", count=8)
    files = [f for pair in zip(facts[:8], articles, strict=True) for f in pair] + facts[8:]
    watcher = Watcher(db_url)
    loaded = 0
    timings = []
    with extra_database(request, tmp_path, engine_name, "crash_ref") as reference:
        try:
            # Kill early, in the middle and late.
            for commits in (1, 4, 7):
                started = time.monotonic()
                count, looks = _kill_after(db_url, files, watcher, commits)
                timings.append((round(time.monotonic() - started, 3), looks))
                after = watcher.sources()
                # The kill interrupted a file's transaction, and that file is gone: the database
                # holds exactly the files committed before it, as a clean load of them gives.
                assert after == count
                _load(reference, files[loaded:after])
                loaded = after
                assert differences(snapshot(db_url), snapshot(reference)) == [], (
                    f"after a kill at {count} sources"
                )
            rerun = start_entente(db_url, "load", *map(str, files), "--published", PUBLISHED)
            _, err = rerun.communicate(timeout=120)
            assert rerun.returncode == 0, err.decode()
            _load(reference, files[loaded:])
            assert watcher.sources() == len(files)
            assert differences(snapshot(db_url), snapshot(reference)) == []
        finally:
            watcher.close()
    print("kill timings (seconds, looks):", timings)
    engine = make_engine(db_url)
    with engine.connect() as connection:
        evidence = connection.execute(text("SELECT COUNT(*) FROM v_evidence")).scalar_one()
    engine.dispose()
    assert evidence > len(files)
