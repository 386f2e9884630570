"""Ingest speed: articles per second, end to end (read, extract, resolve, write), on SQLite and
PostgreSQL, next to the floor of writing the very same rows with plain driver executemany.

    .venv/bin/python benchmarks/ingest_speed.py [--articles 2000] [--runs 1] [--pg postgresql://postgres@127.0.0.1:5432]

It writes a generated corpus of news-style articles (about 400 words each, built from templates
and the shipped gazetteer, so every article is different) into a temporary folder, loads it with
`entente.loaders.pipeline.load_inputs` (what `entente load DIR` runs) and prints the numbers. It
also times `entente --help` (a fresh process, best of 5).

On a machine that other work shares, wall time is noisy: use --runs (each run loads a fresh
database; the best and the median are printed) and look at the CPU each article costs the
writing process and the extraction workers, which other work disturbs less.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg

from entente.loaders.pipeline import Input, LoadOptions, load_inputs
from entente.migrations.runner import upgrade_database
from entente.models.engine import make_engine

TITLES = ["Foreign Minister", "Prime Minister", "Finance Minister", "President", "Trade Minister"]
FIRST = [
    "Amina",
    "Kenji",
    "Lucas",
    "Farid",
    "Elena",
    "Tomas",
    "Priya",
    "Jonas",
    "Mariam",
    "Chen",
    "Olga",
    "Rafael",
    "Sara",
    "Idris",
    "Noor",
    "Pavel",
    "Ana",
    "Hassan",
    "Lea",
    "Omar",
]
LAST = [
    "Karimova",
    "Tanabe",
    "Moreira",
    "Haddad",
    "Petrova",
    "Novak",
    "Raman",
    "Lindqvist",
    "Sayed",
    "Weiling",
    "Ivanenko",
    "Castillo",
    "Berg",
    "Okafor",
    "Rahimi",
    "Dvorak",
    "Ferreira",
    "Yilmaz",
    "Schultz",
    "Benali",
]
SECTORS = [
    "industry",
    "agriculture",
    "mining",
    "energy",
    "transport",
    "health",
    "education",
    "information technology",
    "banking",
    "tourism",
]
FILLER = [
    "Officials said the talks were held in a cordial atmosphere and covered regional security, "
    "trade routes and the situation in neighbouring countries.",
    "Analysts noted that trade between the two countries has grown steadily over the past "
    "decade, although it remains small compared with their trade with larger partners.",
    "The visit is the latest in a series of high-level contacts, and diplomats expect further "
    "rounds of consultations before the end of the year.",
    "Opposition lawmakers questioned the terms of the arrangement and asked the government to "
    "publish the documents that were discussed.",
    "Business groups welcomed the announcement, saying it could open new markets for exporters "
    "and encourage investment in manufacturing and logistics.",
    "A joint working group will meet regularly to review progress and report to ministers, "
    "according to a statement released after the meeting.",
]


def _states() -> list[tuple[str, str, str]]:
    from importlib.resources import files

    names = {
        r["iso3"]: r["name"]
        for r in csv.DictReader((files("entente.seeds") / "states.csv").read_text().splitlines())
    }
    capitals: dict[str, str] = {}
    for row in csv.DictReader((files("entente.seeds") / "aliases.csv").read_text().splitlines()):
        if row["alias_kind"] == "capital" and row["actor"] in names:
            capitals.setdefault(row["actor"], row["alias"])
    return [(iso3, names[iso3], capitals[iso3]) for iso3 in sorted(capitals)]


def make_article(i: int, rng: random.Random, states: list[tuple[str, str, str]]) -> str:
    (_, host, capital), (_, guest, _) = rng.sample(states, 2)
    title = rng.choice(TITLES)
    a = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    b = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    day = rng.randint(1, 28)
    month = rng.choice(["January", "February", "March", "April", "May", "June"])
    amount = rng.randint(5, 950)
    sectors = rng.sample(SECTORS, 3)
    paragraphs = [
        f"{host} and {guest} held talks in {capital} on {month} {day}, 2026, as {host} "
        f"{title} {a} received {guest} {title} {b} for a two-day visit. Story {i}.",
        f"The two sides signed a memorandum of understanding on cooperation in {sectors[0]}, "
        f"{sectors[1]} and {sectors[2]}, officials said.",
        f"{host} pledged ${amount} million in loans to {guest} for infrastructure projects, "
        f"according to a statement from the ministry.",
    ]
    while sum(len(p.split()) for p in paragraphs) < 380:
        paragraphs.append(rng.choice(FILLER))
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int) -> list[Path]:
    rng = random.Random(20260105)
    states = _states()
    paths = []
    for i in range(count):
        path = folder / f"article-{i:05d}.txt"
        path.write_text(make_article(i, rng, states), encoding="utf-8")
        paths.append(path)
    return paths


TABLES = [
    "sources",
    "actors",
    "actor_aliases",
    "roles",
    "meetings",
    "meeting_participants",
    "agreements",
    "agreement_parties",
    "agreement_sectors",
    "aid_flows",
    "meeting_evidence",
    "agreement_evidence",
    "aid_flow_evidence",
    "actor_evidence",
    "statements",
    "statement_speakers",
    "statement_evidence",
    "relations",
    "relation_evidence",
]


@dataclass
class Run:
    """One load: wall time, and CPU seconds of this (the writing) process and of the workers."""

    elapsed: float
    facts: int
    main_cpu: float
    workers_cpu: float


def load(url: str, paths: list[Path], published: str) -> Run:
    import datetime as dt

    engine = make_engine(url)
    upgrade_database(engine)
    options = LoadOptions(published=dt.date.fromisoformat(published))
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time()
    started = time.perf_counter()
    report = load_inputs(engine, [Input(name=str(p), path=p) for p in paths], options)
    elapsed = time.perf_counter() - started
    main_cpu = time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers have ended by now
    workers_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    engine.dispose()
    failed = len(report.failed)
    if failed:
        print(f"  {failed} failed, first: {report.failed[0].error}")
    return Run(elapsed, report.new_facts, main_cpu, workers_cpu)


def show(engine: str, runs: list[Run], count: int) -> None:
    rates = [count / r.elapsed for r in runs]
    for r, rate in zip(runs, rates, strict=True):
        print(
            f"{engine}: {rate:,.0f} articles/s end to end ({r.elapsed:.1f} s, {r.facts} new "
            f"facts; CPU per article: writer {r.main_cpu / count * 1000:.2f} ms, "
            f"workers {r.workers_cpu / count * 1000:.2f} ms)"
        )
    if len(runs) > 1:
        print(
            f"{engine}: best {max(rates):,.0f}, median {statistics.median(rates):,.0f} "
            f"articles/s over {len(runs)} runs"
        )


def floor_sqlite(source: Path, target: Path) -> tuple[float, int]:
    """Copy every loaded row with sqlite3 executemany into a fresh migrated database."""
    engine = make_engine(f"sqlite:///{target}")
    upgrade_database(engine)
    engine.dispose()
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    dst.execute("DELETE FROM actor_aliases")
    dst.execute("DELETE FROM actors")
    dst.commit()
    data = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    rows = 0
    started = time.perf_counter()
    for table in TABLES:
        if data[table]:
            marks = ",".join("?" * len(data[table][0]))
            dst.executemany(f"INSERT INTO {table} VALUES ({marks})", data[table])
            rows += len(data[table])
    dst.commit()
    return time.perf_counter() - started, rows


def floor_postgres(source_url: str, target_db: str, server: str) -> tuple[float, int]:
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {target_db}")
        admin.execute(f"CREATE DATABASE {target_db}")
    engine = make_engine(f"{server}/{target_db}")
    upgrade_database(engine)
    engine.dispose()
    src_db = source_url.rsplit("/", 1)[1]
    rows = 0
    with (
        psycopg.connect(f"{server}/{src_db}") as src,
        psycopg.connect(f"{server}/{target_db}") as dst,
    ):
        dst.execute("DELETE FROM actor_aliases")
        dst.execute("DELETE FROM actors")
        data = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
        started = time.perf_counter()
        with dst.cursor() as cursor:
            for table in TABLES:
                if data[table]:
                    marks = ",".join(["%s"] * len(data[table][0]))
                    cursor.executemany(f"INSERT INTO {table} VALUES ({marks})", data[table])
                    rows += len(data[table])
        dst.commit()
        elapsed = time.perf_counter() - started
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {target_db}")
    return elapsed, rows


def help_time() -> float:
    exe = Path(sys.executable).parent / "entente"
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([str(exe), "--help"], check=True, capture_output=True)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=1, help="loads per engine (fresh database)")
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_corpus(folder, args.articles)
        words = sum(len(p.read_text().split()) for p in paths) / len(paths)
        print(f"corpus: {len(paths)} articles, {words:.0f} words each on average")
        runs = []
        for i in range(args.runs):
            db = folder / f"bench{i}.db"
            runs.append(load(f"sqlite:///{db}", paths, "2026-07-01"))
        show("sqlite", runs, len(paths))
        floor, rows = floor_sqlite(db, folder / "floor.db")
        print(
            f"sqlite floor: the same {rows:,} rows by sqlite3 executemany in {floor:.2f} s "
            f"({rows / floor:,.0f} rows/s; {len(paths) / floor:,.0f} articles/s)"
        )
        pg_url = f"{args.pg}/entente_bench"
        runs = []
        for _ in range(args.runs):
            with psycopg.connect(f"{args.pg}/postgres", autocommit=True) as admin:
                admin.execute("DROP DATABASE IF EXISTS entente_bench")
                admin.execute("CREATE DATABASE entente_bench")
            runs.append(load(pg_url, paths, "2026-07-01"))
        show("postgresql", runs, len(paths))
        floor, rows = floor_postgres(pg_url, "entente_bench_floor", args.pg)
        print(
            f"postgresql floor: the same {rows:,} rows by psycopg executemany in {floor:.2f} s "
            f"({rows / floor:,.0f} rows/s; {len(paths) / floor:,.0f} articles/s)"
        )
        with psycopg.connect(f"{args.pg}/postgres", autocommit=True) as admin:
            admin.execute("DROP DATABASE IF EXISTS entente_bench")
    print(f"entente --help: {help_time() * 1000:.0f} ms (best of 5)")


if __name__ == "__main__":
    main()
