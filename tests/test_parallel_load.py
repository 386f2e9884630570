"""Large loads prepare articles in worker processes; the database must equal a serial load."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from sqlalchemy import Engine, text

from entente.loaders.pipeline import PARALLEL_FROM, Input, LoadOptions, load_inputs
from entente.models.engine import make_engine

CORPUS = Path(__file__).resolve().parent / "corpus"
FACT_TABLES = ["meetings", "agreements", "aid_flows", "statements", "relations"]


def _snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as connection:
        shot = {
            table: sorted(
                connection.execute(text(f"SELECT natural_key, modality FROM {table}")).all()
            )
            for table in FACT_TABLES
        }
        shot["evidence"] = sorted(
            connection.execute(
                text(
                    "SELECT e.fact_type, s.content_sha256, e.char_start, e.char_end "
                    "FROM v_evidence e JOIN sources s USING (source_id)"
                )
            ).all()
        )
        shot["people"] = sorted(
            connection.execute(text("SELECT name FROM actors WHERE kind = 'person'")).all()
        )
    return {k: [tuple(r) for r in v] for k, v in shot.items()}


def test_workers_give_the_database_of_a_serial_load(
    engine: Engine, sqlite_template: Path, tmp_path: Path
) -> None:
    articles = sorted(CORPUS.glob("*.txt"))
    assert len(articles) >= PARALLEL_FROM
    options = LoadOptions(published=dt.date(2026, 6, 1))
    inputs = [Input(name=str(p), path=p) for p in articles]
    parallel = load_inputs(engine, inputs, options, workers=2)
    assert not parallel.failed, parallel.failed[0].error
    assert parallel.new_facts > 100
    serial_path = tmp_path / "serial.db"
    shutil.copyfile(sqlite_template, serial_path)
    serial_engine = make_engine(f"sqlite:///{serial_path}")
    serial = load_inputs(serial_engine, inputs, options, workers=1)
    assert [o.status for o in serial.outcomes] == [o.status for o in parallel.outcomes]
    assert _snapshot(serial_engine) == _snapshot(engine)
    serial_engine.dispose()
    again = load_inputs(engine, inputs, options, workers=2)
    assert {o.status for o in again.outcomes} == {"known"}
