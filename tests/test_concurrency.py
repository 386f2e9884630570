"""Several ``entente load`` processes at once end with the rows of one serial load.

Four real processes load overlapping sets of fact files and articles in different orders into
one real SQLite file (WAL, busy timeout) or one PostgreSQL database (unique constraints,
upserts, retries). The files share actors and facts, one process also loads corrections of two
files while the others add evidence to the facts those corrections drop. The result must equal,
row for row, a serial load of the same files: no duplicate actor, meeting, agreement or aid
flow, no lost evidence, and no process may report an error.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent / "fixtures_reliability"))
from reliability import (
    differences,
    extra_database,
    snapshot,
    start_entente,
    write_articles,
    write_corpus,
)

from entente.loaders.pipeline import Input, LoadOptions, load_inputs
from entente.models.engine import make_engine

PUBLISHED = "2026-03-20"
PROCESSES = 4


def _serial(url: str, paths: list[Path]) -> None:
    engine = make_engine(url)
    try:
        options = LoadOptions(published=dt.date.fromisoformat(PUBLISHED))
        report = load_inputs(engine, [Input(str(p), p) for p in paths], options)
    finally:
        engine.dispose()
    assert not report.failed, [o.error for o in report.failed]


def _correct(original: Path, folder: Path) -> Path:
    """A correction of a fact file: the same article, a new title and fewer facts."""
    bundle = json.loads(original.read_text(encoding="utf-8"))
    bundle["source"]["title"] += " (corrected)"
    for section in ("meetings", "aid_flows", "statements", "relations"):
        if bundle.get(section):
            bundle[section] = bundle[section][1:]
    refs = {m.get("ref") for m in bundle.get("meetings", [])}
    bundle["agreements"] = [a for a in bundle.get("agreements", []) if a.get("meeting") in refs]
    folder.mkdir(exist_ok=True)
    path = folder / original.name
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def _counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {
                name: connection.execute(text(f"SELECT COUNT(*) FROM {name}")).scalar_one()
                for name in ("actors", "meetings", "agreements", "aid_flows", "v_evidence")
            }
    finally:
        engine.dispose()


@pytest.mark.slow
def test_four_loaders_at_once_give_the_rows_of_one_serial_load(
    db_url: str, engine_name: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    facts = write_corpus(tmp_path / "facts", files=16, facts_per_file=12, shared=0.6, seed=31)
    articles = write_articles(tmp_path / "articles", count=8)
    corrected_originals = facts[:2]
    corrections = [_correct(f, tmp_path / "corrected") for f in corrected_originals]
    shared_files = facts[2:] + articles
    # Each process loads three quarters of the shared files, in its own order; process 0 also
    # loads two files and, later in its run, their corrections.
    plans = []
    for k in range(PROCESSES):
        mine = [f for i, f in enumerate(shared_files) if i % PROCESSES != k]
        random.Random(k).shuffle(mine)
        if k == 0:
            half = len(mine) // 2
            mine = corrected_originals + mine[:half] + corrections + mine[half:]
        plans.append(mine)
    assert set().union(*map(set, plans)) == set(facts + articles + corrections)
    started = time.monotonic()
    processes = [
        start_entente(db_url, "load", *map(str, plan), "--published", PUBLISHED) for plan in plans
    ]
    outputs = [p.communicate(timeout=300) for p in processes]
    elapsed = time.monotonic() - started
    for process, (out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err.decode()[-3000:]
        assert "Error" not in err.decode() and "error(s)" in out.decode()
        assert " 0 error(s)" in out.decode()
    with extra_database(request, tmp_path, engine_name, "serial") as serial:
        _serial(serial, corrected_originals + shared_files + corrections)
        assert differences(snapshot(db_url), snapshot(serial)) == []
        counts = _counts(db_url)
        assert counts == _counts(serial)
    assert counts["meetings"] > 10 and counts["aid_flows"] > 10 and counts["agreements"] > 3
    assert elapsed < 120
    if engine_name == "sqlite":  # the file the four loaders shared runs in WAL mode
        connection = sqlite3.connect(db_url.removeprefix("sqlite:///"))
        try:
            assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        finally:
            connection.close()
