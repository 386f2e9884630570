"""Shared help for the reliability tests: run real ``entente`` processes, compare whole databases
by content, and write synthetic fact files whose articles overlap in actors and facts.

Two databases are "the same" here when every table holds the same rows once surrogate ids are
replaced by what they stand for (an actor by its kind and name, a fact by its natural key, a
source by its content hash), so a serial load and a concurrent one can be compared although their
ids differ.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Engine, Integer, Table, select

from entente.models import Base
from entente.models.engine import make_engine

Snapshot = dict[str, list[tuple[Any, ...]]]


def pg_url(dbname: str) -> str:
    """The SQLAlchemy URL of a database on the test server (as tests/conftest.py builds it)."""
    host = os.environ.get("ENTENTE_TEST_PG_HOST", "127.0.0.1")
    port = os.environ.get("ENTENTE_TEST_PG_PORT", "5432")
    user = os.environ.get("ENTENTE_TEST_PG_USER", "postgres")
    return f"postgresql+psycopg://{user}@{host}:{port}/{dbname}"


def module_database(request: Any, tmp_path_factory: Any, engine: str, label: str) -> Iterator[str]:
    """A migrated database that lives for a whole test module, cloned from the conftest
    templates: for tests that each prove they changed nothing, so they can share one."""
    with extra_database(request, tmp_path_factory.mktemp(label), engine, label) as url:
        yield url


@contextmanager
def extra_database(request: Any, tmp_path: Path, engine: str, label: str) -> Iterator[str]:
    """One more migrated database for a test (a reference to compare with), dropped after."""
    if engine == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / f"{label}.db"
        shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    from pytest_postgresql.janitor import DatabaseJanitor

    request.getfixturevalue("pg_server")
    proc = request.getfixturevalue("postgresql_migrated_proc")
    dbname = f"entente_{label}_{os.getpid()}"
    janitor = DatabaseJanitor(
        user=os.environ.get("ENTENTE_TEST_PG_USER", "postgres"),
        host=os.environ.get("ENTENTE_TEST_PG_HOST", "127.0.0.1"),
        port=os.environ.get("ENTENTE_TEST_PG_PORT", "5432"),
        dbname=dbname,
        template_dbname=proc.template_dbname,
    )
    janitor.drop()
    with janitor:
        yield pg_url(dbname)


def entente_command() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m entente``."""
    script = shutil.which("entente", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "entente"]


def run_entente(
    url: str,
    *args: str,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    timeout: float = 120,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``entente --db URL ARGS`` as a real process and wait for it."""
    return subprocess.run(
        [*entente_command(), "--db", url, *args],
        cwd=cwd,
        input=stdin.decode("latin-1") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
        check=False,
    )


def start_entente(url: str, *args: str, cwd: Path | None = None) -> subprocess.Popen[bytes]:
    """Start ``entente --db URL ARGS`` as a real process without waiting."""
    return subprocess.Popen(
        [*entente_command(), "--db", url, *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200"},
    )


# -- comparing databases by content -------------------------------------------------------------


def _surrogate(table: Table) -> str | None:
    """The name of a table's single integer surrogate key, if it has one."""
    columns = list(table.primary_key.columns)
    if len(columns) == 1 and isinstance(columns[0].type, Integer) and not columns[0].foreign_keys:
        return columns[0].name
    return None


def _identity_columns(table: Table) -> list[str]:
    """The columns that say which thing a row is, independent of its surrogate id."""
    if "natural_key" in table.c:
        return ["natural_key"]
    for constraint in sorted(table.constraints, key=lambda c: str(c.name)):
        columns = getattr(constraint, "columns", None)
        if (
            constraint.__class__.__name__ == "UniqueConstraint"
            and columns is not None
            and all(not c.nullable for c in columns)
        ):
            return [c.name for c in columns]
    surrogate = _surrogate(table)
    return [c.name for c in table.columns if c.name != surrogate]


def _volatile(table: Table) -> set[str]:
    """Columns that differ between two identical loads (load timestamps)."""
    return {
        c.name
        for c in table.columns
        if isinstance(c.type, DateTime) and c.server_default is not None
    }


def snapshot(url_or_engine: str | Engine) -> Snapshot:
    """Every row of every table of the current schema, with ids replaced by identities."""
    engine = make_engine(url_or_engine) if isinstance(url_or_engine, str) else url_or_engine
    try:
        with engine.connect() as connection:
            raw = {
                table.name: [dict(row._mapping) for row in connection.execute(select(table))]
                for table in Base.metadata.sorted_tables
            }
    finally:
        if isinstance(url_or_engine, str):
            engine.dispose()
    tables = Base.metadata.tables
    identity: dict[str, dict[Any, Any]] = {}

    def resolve(table: Table, column: str, value: Any) -> Any:
        if value is None:
            return None
        for fk in tables[table.name].c[column].foreign_keys:
            target = fk.column.table
            if _surrogate(target) == fk.column.name:
                return identity[target.name][value]
        return value

    for table in Base.metadata.sorted_tables:  # referenced tables come first
        surrogate = _surrogate(table)
        if surrogate is None:
            continue
        keys = _identity_columns(table)
        ids: dict[Any, Any] = {}
        # Self references (an actor's country) point at rows of the same table: resolve in
        # passes, rows whose references are already known first.
        pending = list(raw[table.name])
        identity[table.name] = ids
        while pending:
            rest = []
            for row in pending:
                try:
                    ids[row[surrogate]] = (table.name, *(resolve(table, k, row[k]) for k in keys))
                except KeyError:
                    rest.append(row)
            if len(rest) == len(pending):
                raise AssertionError(f"cannot resolve the identities of {table.name}")
            pending = rest
    result: Snapshot = {}
    for table in Base.metadata.sorted_tables:
        surrogate = _surrogate(table)
        skip = _volatile(table) | ({surrogate} if surrogate else set())
        columns = [c.name for c in table.columns if c.name not in skip]
        rows = [tuple((c, resolve(table, c, row[c])) for c in columns) for row in raw[table.name]]
        result[table.name] = sorted(rows, key=repr)
    return result


def rows(url: str) -> Snapshot:
    """Every row of every table as stored, ids and all: to check that nothing changed."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table.name: [
                    tuple(row)
                    for row in connection.execute(
                        select(table).order_by(*table.primary_key.columns)
                    )
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def differences(left: Snapshot, right: Snapshot, limit: int = 8) -> list[str]:
    """A readable list of rows in one snapshot and not the other."""
    found: list[str] = []
    for name in sorted(set(left) | set(right)):
        a, b = left.get(name, []), right.get(name, [])
        if a == b:
            continue
        only_left: list[object] = [r for r in a if r not in b] or [f"({len(a)} vs {len(b)} rows)"]
        only_right = [r for r in b if r not in a]
        found.extend(f"{name}: only left {r!r}" for r in only_left[:limit])
        found.extend(f"{name}: only right {r!r}" for r in only_right[:limit])
    return found


def count_rows(url: str, table: str) -> int:
    """The number of rows in one table."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return len(connection.execute(select(Base.metadata.tables[table])).all())
    finally:
        engine.dispose()


# -- synthetic articles with fact files --------------------------------------------------------

STATES = ("PAK", "CHN", "USA", "IND", "BRA", "KEN", "DEU", "JPN", "EGY", "TUR", "FRA", "NGA")
STATE_NAMES = {
    "PAK": "Pakistan",
    "CHN": "China",
    "USA": "the United States",
    "IND": "India",
    "BRA": "Brazil",
    "KEN": "Kenya",
    "DEU": "Germany",
    "JPN": "Japan",
    "EGY": "Egypt",
    "TUR": "Turkey",
    "FRA": "France",
    "NGA": "Nigeria",
}
_FIRST = ("Arvel", "Corin", "Dalmar", "Esko", "Fenwick", "Galen", "Halvard", "Ivor", "Jorund")
_LAST = (
    "Quillfeather",
    "Brannoch",
    "Castellane",
    "Dunmorrow",
    "Elsworthy",
    "Farrowdale",
    "Gildersleeve",
    "Harrowgate",
    "Ingleby",
    "Jessamine",
    "Kittredge",
    "Larkspur",
    "Merriweather",
    "Nettlefold",
    "Oakenshaw",
    "Pendragon",
)
_TITLES = ("Foreign Minister", "Finance Minister", "Trade Minister", "Defence Minister")
_ORG_WORDS = ("Kestrel", "Marrow", "Tamsin", "Orrery", "Vellum", "Quarto")
_PROGRAM_WORDS = ("Lantern", "Bramble", "Cinder", "Halcyon")
_CURRENCIES = ("USD", "EUR", "JPY", "CNY")
_SECTORS = ("energy", "health", "agriculture", "transport", "education")


@dataclass
class _Fact:
    """One fact of the synthetic world: the sentence that states it and its fact-file entry."""

    section: str
    sentence: str
    entry: dict[str, Any]
    actors: set[str] = field(default_factory=set)  # names of invented actors it mentions
    needs: str | None = None  # the ref of a meeting this fact must travel with


@dataclass
class World:
    """Invented people, organisations and programmes, and a pool of facts about them."""

    people: dict[str, dict[str, Any]]
    bodies: dict[str, dict[str, Any]]
    facts: list[_Fact]


def make_world(fact_count: int, seed: int = 7) -> World:
    """A deterministic world whose facts are consistent, so any load order gives one result."""
    rng = random.Random(seed)
    people: dict[str, dict[str, Any]] = {}
    for i, last in enumerate(_LAST):
        name = f"{_FIRST[i % len(_FIRST)]} {last}"
        iso3 = STATES[i % len(STATES)]
        people[name] = {
            "name": name,
            "kind": "person",
            "country": iso3,
            "roles": [{"title": _TITLES[i % len(_TITLES)], "of": iso3}],
        }
    bodies: dict[str, dict[str, Any]] = {}
    for i, word in enumerate(_ORG_WORDS):
        name = f"{word} Development Fund"
        bodies[name] = {"name": name, "kind": "organization", "country": STATES[(i * 5) % 12]}
    for i, word in enumerate(_PROGRAM_WORDS):
        name = f"{word} Infrastructure Programme"
        bodies[name] = {"name": name, "kind": "program", "country": STATES[(i * 7) % 12]}
    names = sorted(people)
    body_names = sorted(bodies)
    facts: list[_Fact] = []
    for n in range(fact_count):
        a, b = rng.sample(STATES, 2)
        day = (dt.date(2026, 1, 1) + dt.timedelta(days=n)).isoformat()  # one meeting a day
        kind = n % 5
        if kind == 0:
            p, q = rng.sample(names, 2)
            ref = f"m{n}"
            sentence = (
                f"{people[p]['roles'][0]['title']} {p} and {q} held talks in Geneva on {day} "
                f"(meeting {n})."
            )
            facts.append(
                _Fact(
                    "meetings",
                    sentence,
                    {
                        "ref": ref,
                        "kind": "talks",
                        "title": f"Geneva talks number {n}",
                        "start_date": day,
                        "location": "Geneva",
                        "location_country": "CHE",
                        "participants": [
                            {"actor": p, "represents": people[p]["country"]},
                            {"actor": q, "represents": people[q]["country"]},
                        ],
                        "evidence": [{"quote": sentence}],
                    },
                    {p, q},
                )
            )
            if n % 2 == 0:
                sentence = f"At meeting {n} the two sides agreed framework {n} on {day}."
                facts.append(
                    _Fact(
                        "agreements",
                        sentence,
                        {
                            "title": f"Framework {n} on cooperation",
                            "kind": "framework",
                            "status": "agreed",
                            "agreement_date": day,
                            "meeting": ref,
                            "parties": [people[p]["country"], people[q]["country"]],
                            "sectors": [_SECTORS[n % len(_SECTORS)]],
                            "evidence": [{"quote": sentence}],
                        },
                        needs=ref,
                    )
                )
        elif kind == 1:
            donor = body_names[n % len(body_names)]
            amount = 1_000_000 * (n + 1)
            currency = _CURRENCIES[n % len(_CURRENCIES)]
            sentence = (
                f"The {donor} released {amount} {currency} to {STATE_NAMES[a]} on {day} (flow {n})."
            )
            facts.append(
                _Fact(
                    "aid_flows",
                    sentence,
                    {
                        "donor": donor,
                        "recipient": a,
                        "amount": amount,
                        "currency": currency,
                        "flow_type": "grant",
                        "status": "released",
                        "purpose": f"purpose number {n}",
                        "flow_date": day,
                        "evidence": [{"quote": sentence}],
                    },
                    {donor},
                )
            )
        elif kind == 2:
            sentence = f"{STATE_NAMES[a]} pledged support for {STATE_NAMES[b]} on topic {n}."
            facts.append(
                _Fact(
                    "statements",
                    sentence,
                    {
                        "kind": "support",
                        "speakers": [a],
                        "target": b,
                        "topic": f"topic number {n}",
                        "statement_date": day,
                        "evidence": [{"quote": sentence}],
                    },
                )
            )
        elif kind == 3:
            # Two relations between one pair are one fact: keep what a row holds the same.
            a, b = sorted((a, b))
            sentence = f"{STATE_NAMES[a]} and {STATE_NAMES[b]} are strategic partners ({n})."
            facts.append(
                _Fact(
                    "relations",
                    sentence,
                    {
                        "actor": a,
                        "other": b,
                        "kind": "strategic partner",
                        "description": f"partners {a} and {b}",
                        "evidence": [{"quote": sentence}],
                    },
                )
            )
        else:
            speaker = names[n % len(names)]
            sentence = f"{speaker} condemned the blockade of {STATE_NAMES[b]} (case {n})."
            facts.append(
                _Fact(
                    "statements",
                    sentence,
                    {
                        "kind": "condemn",
                        "speakers": [speaker],
                        "topic": f"blockade case {n}",
                        "evidence": [{"quote": sentence}],
                    },
                    {speaker},
                )
            )
    return World(people, bodies, facts)


def bundle_of(world: World, facts: Sequence[_Fact], header: str) -> tuple[dict[str, Any], str]:
    """A fact file (as a dict, with its text inline) stating ``facts``; ``header`` makes the
    text unique."""
    needed = {f.entry["ref"] for f in facts if f.section == "meetings"}
    chosen = [f for f in facts if f.needs is None or f.needs in needed]
    text = header + "\n\n" + "\n".join(f.sentence for f in chosen) + "\n"
    mentioned = sorted({name for f in chosen for name in f.actors})
    actors = []
    for name in mentioned:
        entry = dict(world.people.get(name) or world.bodies[name])
        entry["evidence"] = [{"quote": name}]
        actors.append(entry)
    data: dict[str, Any] = {"source": {"text": text, "title": header}, "actors": actors}
    for f in chosen:
        data.setdefault(f.section, []).append(f.entry)
    return data, text


def write_corpus(
    directory: Path,
    files: int,
    facts_per_file: int,
    *,
    shared: float = 0.5,
    seed: int = 7,
    fmt: str = "json",
) -> list[Path]:
    """Write ``files`` fact files whose facts overlap (about ``shared`` of each file's facts
    also appear in other files); returns their paths in a fixed order."""
    rng = random.Random(seed)
    world = make_world(max(files * facts_per_file, 10), seed)
    pool = list(world.facts)
    common = pool[: max(2, int(len(pool) * shared / 3))]
    own = pool[len(common) :]
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(files):
        mine = own[i::files][: max(1, int(facts_per_file * (1 - shared)))]
        borrowed = rng.sample(common, min(len(common), max(1, int(facts_per_file * shared))))
        chosen = mine + borrowed
        refs = {f.needs for f in chosen if f.needs} | {
            f.entry["ref"] for f in chosen if f.section == "meetings"
        }
        chosen += [
            f for f in pool if (f.needs in refs) or (f.entry.get("ref") in refs)
        ]  # a meeting travels with the agreements made at it
        facts = sorted({id(f): f for f in chosen}.values(), key=world.facts.index)
        data, _ = bundle_of(world, facts, f"Synthetic dispatch {seed}-{i}.")
        path = directory / f"dispatch-{seed}-{i:03d}.facts.{fmt}"
        if fmt == "json":
            path.write_text(json.dumps(data, indent=1), encoding="utf-8")
        else:
            import yaml

            path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        paths.append(path)
    return paths


# -- synthetic articles for the extractor ------------------------------------------------------

_ARTICLE_PAIRS = (
    ("Chile", "Chilean", "Santiago", "Peru", "Peruvian"),
    ("Ghana", "Ghanaian", "Accra", "Norway", "Norwegian"),
    ("Vietnam", "Vietnamese", "Hanoi", "Canada", "Canadian"),
    ("Morocco", "Moroccan", "Rabat", "Mexico", "Mexican"),
    ("Senegal", "Senegalese", "Dakar", "Sweden", "Swedish"),
    ("Colombia", "Colombian", "Bogota", "Portugal", "Portuguese"),
    ("Tanzania", "Tanzanian", "Dodoma", "Finland", "Finnish"),
    ("Uruguay", "Uruguayan", "Montevideo", "Greece", "Greek"),
)
_HOST_NAMES = (
    "Ilse Vandermeer",
    "Tobiah Rennick",
    "Marisol Quenby",
    "Odhran Fairleigh",
    "Signe Holloway",
    "Benedek Arrowood",
    "Catrin Wolstenholme",
    "Emrys Thackeray",
)
_GUEST_NAMES = (
    "Yusuf Ellerbeck",
    "Perpetua Lindqvist",
    "Anselm Crowther",
    "Noemi Ashdown",
    "Radek Pemberton",
    "Liesel Hawthorne",
    "Casimir Dunleavy",
    "Oriel Blackwood",
)
_TOPICS = (
    "fisheries",
    "port upgrades",
    "rural clinics",
    "solar farms",
    "teacher training",
    "water pipes",
    "rail signalling",
    "grain storage",
)


def write_articles(directory: Path, count: int = 8) -> list[Path]:
    """Short invented news articles, each about its own pair of states and people, so that
    what one yields cannot depend on another having been loaded first."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        host, host_adj, city, guest, guest_adj = _ARTICLE_PAIRS[i % len(_ARTICLE_PAIRS)]
        topic = _TOPICS[i % len(_TOPICS)]
        text = (
            f"{city.upper()}, March {i + 2} (Synthetic Wire) - {host} and {guest} agreed on "
            f"Monday to work together on {topic}.\n\n"
            f"{host_adj} Foreign Minister {_HOST_NAMES[i]} held talks with {guest_adj} Foreign "
            f"Minister {_GUEST_NAMES[i]} in {city} on March {i + 1}, 2026.\n\n"
            f"{guest} will provide ${10 + i} million to {host} for {topic}, the two ministers "
            "said after the meeting.\n"
        )
        path = directory / f"article-{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
