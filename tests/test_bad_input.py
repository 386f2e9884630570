"""Bad input gets one clear line and changes nothing, on SQLite and on PostgreSQL.

Every case of the table runs the real command line (in-process) on a database that already holds
one loaded article, and checks: exit code 1, exactly one line on stderr naming the file (and the
fact and field where there is one), no traceback, and a database equal row for row to what it
was before. Faults inside a fact file sit after good facts and new actors, so that a write that
was not rolled back would show. Also here: text that looks like SQL is stored as text, bad
queries to ``entente sql`` are refused without writing, and bad database URLs give one line that
never shows the password.
"""

from __future__ import annotations

import copy
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import yaml
from sqlalchemy import text
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "fixtures_reliability"))
from reliability import module_database, rows, run_entente, snapshot

from entente.cli.app import app
from entente.models.engine import make_engine

ENGINES = ["sqlite", "postgresql"]

ARTICLE = (
    "Ministers from Kenya and Japan held talks in Nairobi on 3 March 2026. "
    "Japan pledged $50 million to Kenya for geothermal wells. "
    "Japan and Kenya signed a memorandum on clean energy. "
    "Kenya welcomed the support from Japan. "
    "Kenya and Japan are strategic partners. "
    "Foreign Minister Odalys Wenmouth of Kenya spoke after the talks."
)

MEETING_QUOTE = "Ministers from Kenya and Japan held talks in Nairobi on 3 March 2026."


def good_bundle() -> dict[str, Any]:
    """A fact file that loads cleanly; each case breaks one thing in a copy of it."""
    return {
        "source": {"text": ARTICLE, "title": "Kenya and Japan", "url": "https://example.org/ke"},
        "actors": [
            {
                "name": "Odalys Wenmouth",
                "kind": "person",
                "country": "KEN",
                "aliases": ["O. Wenmouth"],
                "roles": [{"title": "Foreign Minister", "of": "KEN"}],
                "evidence": [{"quote": "Foreign Minister Odalys Wenmouth"}],
            },
            {"name": "Rift Geothermal Trust", "kind": "organization", "country": "KEN"},
        ],
        "meetings": [
            {
                "ref": "nairobi",
                "kind": "talks",
                "start_date": "2026-03-03",
                "location": "Nairobi",
                "location_country": "KEN",
                "participants": [
                    {"actor": "Odalys Wenmouth", "represents": "Kenya"},
                    {"actor": "Japan"},
                ],
                "evidence": [{"quote": MEETING_QUOTE}],
            }
        ],
        "agreements": [
            {
                "title": "Memorandum on clean energy",
                "kind": "memorandum",
                "status": "signed",
                "meeting": "nairobi",
                "parties": ["JPN", "KEN"],
                "sectors": ["energy"],
                "evidence": [{"quote": "Japan and Kenya signed a memorandum on clean energy."}],
            }
        ],
        "aid_flows": [
            {
                "donor": "Japan",
                "recipient": "Kenya",
                "amount": 50_000_000,
                "currency": "USD",
                "status": "pledged",
                "modality": "pledged",
                "purpose": "geothermal wells",
                "evidence": [{"quote": "Japan pledged $50 million to Kenya for geothermal wells."}],
            }
        ],
        "statements": [
            {
                "kind": "support",
                "speakers": ["Kenya"],
                "target": "Japan",
                "evidence": [{"quote": "Kenya welcomed the support from Japan."}],
            }
        ],
        "relations": [
            {
                "actor": "Kenya",
                "other": "Japan",
                "kind": "strategic partner",
                "evidence": [{"quote": "Kenya and Japan are strategic partners."}],
            }
        ],
    }


PRELOADED: dict[str, Any] = {
    "source": {
        "text": "Brazil and Chile held talks in Santiago on 2 February 2026.",
        "url": "https://example.org/already",
    },
    "meetings": [
        {
            "start_date": "2026-02-02",
            "location": "Santiago",
            "participants": [{"actor": "Brazil"}, {"actor": "Chile"}],
            "evidence": [{"quote": "Brazil and Chile held talks in Santiago on 2 February 2026."}],
        }
    ],
}


@dataclass(frozen=True)
class Invocation:
    """What a case runs: the arguments after ``entente --db URL``, standard input, and the name
    the error line must start with (a file, <stdin>, or an option)."""

    args: list[str]
    stdin: bytes | None = None
    names: str | None = None


Make = Callable[[Path], Invocation]


@dataclass(frozen=True)
class Case:
    """One bad input and the words its error line must hold."""

    id: str
    make: Make
    expect: tuple[str, ...]
    env: dict[str, str] = field(default_factory=dict)


def _file(name: str, content: bytes | str) -> Make:
    def make(tmp: Path) -> Invocation:
        path = tmp / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return Invocation(["load", str(path)], names=str(path))

    return make


def _broken(change: Callable[[dict[str, Any]], object], suffix: str = ".json") -> Make:
    """A fact file made from the good bundle with one thing broken by ``change``."""

    def make(tmp: Path) -> Invocation:
        bundle = copy.deepcopy(good_bundle())
        change(bundle)
        path = tmp / f"broken{suffix}"
        if suffix == ".json":
            path.write_text(json.dumps(bundle), encoding="utf-8")
        else:
            path.write_text(yaml.safe_dump(bundle, sort_keys=False), encoding="utf-8")
        return Invocation(["load", str(path)], names=str(path))

    return make


def _yaml_with(placeholder: str, raw: str, change: Callable[[dict[str, Any]], object]) -> Make:
    """A YAML fact file where ``placeholder`` is replaced by ``raw``, unquoted."""

    def make(tmp: Path) -> Invocation:
        bundle = copy.deepcopy(good_bundle())
        change(bundle)
        dumped = yaml.safe_dump(bundle, sort_keys=False)
        assert placeholder in dumped
        path = tmp / "dated.yaml"
        path.write_text(dumped.replace(f"'{placeholder}'", raw), encoding="utf-8")
        return Invocation(["load", str(path)], names=str(path))

    return make


def _with_options(*options: str, content: str = ARTICLE) -> Make:
    def make(tmp: Path) -> Invocation:
        path = tmp / "article.txt"
        path.write_text(content, encoding="utf-8")
        return Invocation(["load", str(path), *options])

    return make


def _stdin(content: bytes, *options: str) -> Make:
    return lambda tmp: Invocation(["load", "-", *options], stdin=content, names="<stdin>")


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """Set a value deep in the bundle: _set("aid_flows.0.currency", "XYZ")."""

    def change(bundle: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = bundle
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        if last.isdigit():
            node[int(last)] = value
        else:
            node[last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(bundle: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = bundle
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        del node[last]

    return change


def _text_file(content: bytes | None) -> Make:
    """A fact file whose article is in a text file beside it (missing when ``content`` is None)."""

    def make(tmp: Path) -> Invocation:
        bundle = good_bundle()
        del bundle["source"]["text"]
        bundle["source"]["text_file"] = "the-article.txt"
        if content is not None:
            (tmp / "the-article.txt").write_bytes(content)
        path = tmp / "with-text-file.yaml"
        path.write_text(yaml.safe_dump(bundle, sort_keys=False), encoding="utf-8")
        return Invocation(["load", str(path)], names=str(path))

    return make


def _html(body: bytes) -> Make:
    return _file("page.html", body)


def _empty_folder(tmp: Path) -> Invocation:
    folder = tmp / "folder"
    folder.mkdir()
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    return Invocation(["load", str(folder)], names="found no articles or fact files")


def _oversized(tmp: Path) -> Invocation:
    path = tmp / "huge.txt"
    path.write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    return Invocation(["load", str(path)], names=str(path))


def _newline_in_name(tmp: Path) -> Invocation:
    path = tmp / "two\nlines.txt"
    path.write_bytes(b"")
    return Invocation(["load", str(path)], names=str(path).replace("\n", "\\n"))


def _python_tag(tmp: Path) -> Invocation:
    marker = tmp / "created-by-yaml"
    path = tmp / "tagged.yaml"
    path.write_text(
        f"source: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8"
    )
    return Invocation(["load", str(path)], names=str(path))


def _url_taken(tmp: Path) -> Invocation:
    bundle = good_bundle()
    bundle["source"]["url"] = PRELOADED["source"]["url"]
    path = tmp / "same-url.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return Invocation(["load", str(path)], names=str(path))


LATIN1 = "Caf\xe9 talks in Nairobi between Kenya and Japan.".encode("latin-1")
RANDOM = bytes((i * 197 + 89) % 256 for i in range(4096))

CASES = [
    # -- files that are not articles ----------------------------------------------------------
    Case("empty-file", _file("empty.txt", b""), ("is empty",)),
    Case("blank-file", _file("blank.txt", " \n\t\n  \n"), ("is empty",)),
    Case("random-bytes", _file("noise.txt", RANDOM), ("is not UTF-8 text", "bad byte")),
    Case("latin-1-text", _file("latin.txt", LATIN1), ("is not UTF-8 text", "0xe9")),
    Case("broken-utf-16", _file("utf16.txt", b"\xff\xfeK\x00e\x00\x00\xd8"), ("UTF-16",)),
    Case("nul-bytes", _file("nul.txt", b"Kenya and Japan\x00\x00 talks"), ("binary data",)),
    Case(
        "html-declares-utf8-but-is-not",
        _html(b'<html><head><meta charset="utf-8"></head><body>Caf\xe9</body></html>'),
        ("is not UTF-8 text",),
    ),
    Case("html-without-text", _html(b"<html><body><script>x</script></body></html>"), ("HTML",)),
    Case("over-5-mb", _oversized, ("over the limit of 5,242,880",)),
    Case("over-max-bytes", _with_options("--max-bytes", "100"), ("over the limit of 100",)),
    Case("max-bytes-zero", _with_options("--max-bytes", "0"), ("--max-bytes 0", "at least 1")),
    Case("newline-in-file-name", _newline_in_name, ("is empty",)),
    Case("missing-path", lambda tmp: Invocation(["load", str(tmp / "nope.txt")]), ("no such",)),
    Case("folder-with-nothing", _empty_folder, ("found no articles or fact files",)),
    Case(
        "device-file",
        lambda tmp: Invocation(["load", "/dev/zero"], names="/dev/zero"),
        ("not a regular file",),
    ),
    Case("stdin-empty", _stdin(b""), ("is empty",)),
    Case("stdin-random-bytes", _stdin(RANDOM), ("is not UTF-8 text",)),
    Case("stdin-over-limit", _stdin(b"Kenya. " * 100, "--max-bytes", "50"), ("over the limit",)),
    # -- fact files that cannot be read -------------------------------------------------------
    Case("empty-yaml", _file("empty.yaml", ""), ("is empty",)),
    Case("broken-yaml", _file("broken.yaml", "source:\n  text: [unclosed\n"), ("broken YAML",)),
    Case("broken-json", _file("broken.json", '{"source": {"text": "x",}}'), ("broken JSON",)),
    Case("yaml-list", _file("list.yaml", "- a\n- b\n"), ("is not a fact file",)),
    Case("json-without-source", _file("other.json", '{"name": 1}'), ("is not a fact file",)),
    Case("yaml-scalar", _file("scalar.yaml", "just words\n"), ("is not a fact file",)),
    Case("yaml-python-tag", _python_tag, ("broken YAML",)),
    Case("json-nested-deeply", _file("deep.json", "[" * 50_000 + "]" * 50_000), ("nested",)),
    Case("json-huge-number", _file("big.json", '{"source": ' + "9" * 5000 + "}"), ("broken",)),
    Case("fact-file-not-utf8", _file("latin.yaml", b"source:\n  text: caf\xe9\n"), ("UTF-8",)),
    # -- facts that are wrong -----------------------------------------------------------------
    Case(
        "unknown-currency",
        _broken(_set("aid_flows.0.currency", "XYZ")),
        ("aid_flows[0].currency", "unknown currency 'XYZ'"),
    ),
    Case(
        "lower-case-currency",
        _broken(_set("aid_flows.0.currency", "usd")),
        ("aid_flows[0].currency", "pattern"),
    ),
    Case(
        "negative-amount",
        _broken(_set("aid_flows.0.amount", -5)),
        ("aid_flows[0].amount", "greater than or equal to 0"),
    ),
    Case(
        "non-numeric-amount",
        _broken(_set("aid_flows.0.amount", "lots")),
        ("aid_flows[0].amount", "'lots'"),
    ),
    Case(
        "boolean-amount",
        _broken(_set("aid_flows.0.amount", True)),
        ("aid_flows[0].amount", "not true/false"),
    ),
    Case(
        "fractional-amount",
        _broken(_set("aid_flows.0.amount", 1.5)),
        ("aid_flows[0].amount", "whole currency units"),
    ),
    Case(
        "amount-too-large",
        _broken(_set("aid_flows.0.amount", 10**19)),
        ("aid_flows[0].amount", "too large"),
    ),
    Case(
        "amount-without-currency",
        _broken(_delete("aid_flows.0.currency")),
        ("aid_flows[0]", "needs a currency"),
    ),
    Case(
        "impossible-date-yaml",
        _yaml_with("@DATE@", "2026-02-30", _set("meetings.0.start_date", "@DATE@")),
        ("meetings[0].start_date", "2026-02-30"),
    ),
    Case(
        "impossible-date-json",
        _broken(_set("agreements.0.agreement_date", "2026-02-30")),
        ("agreements[0].agreement_date", "2026-02-30"),
    ),
    Case(
        "impossible-published-date",
        _yaml_with("@DATE@", "2026-13-01", _set("source.published_date", "@DATE@")),
        ("source.published_date",),
    ),
    Case(
        "impossible-published-option",
        _with_options("--published", "2026-02-30"),
        ("--published '2026-02-30'", "not a real date"),
    ),
    Case(
        "published-option-not-a-date",
        _with_options("--published", "last Tuesday"),
        ("--published 'last Tuesday'", "not a real date"),
    ),
    Case(
        "unknown-actor-kind",
        _broken(_set("actors.1.kind", "alien")),
        ("actors[1].kind", "'alien'"),
    ),
    Case(
        "unknown-actor",
        _broken(_set("relations.0.other", "Atlantis")),
        ("relations[0].other", "unknown actor 'Atlantis'"),
    ),
    Case(
        "quote-not-in-text",
        _broken(_set("statements.0.evidence.0.quote", "Kenya condemned Japan.")),
        ("statements[0].evidence[0].quote", "not found in the article text"),
    ),
    Case(
        "offset-not-the-quote",
        _broken(_set("relations.0.evidence.0.char_start", 3)),
        ("relations[0].evidence[0].char_start", "not the quote"),
    ),
    Case(
        "fact-without-evidence",
        _broken(_set("relations.0.evidence", [])),
        ("relations[0].evidence", "at least one evidence quote"),
    ),
    Case(
        "unknown-sector",
        _broken(_set("agreements.0.sectors", ["energy", "space tourism"])),
        ("agreements[0].sectors[1]", "unknown sector"),
    ),
    Case(
        "unknown-field",
        _broken(_set("meetings.0.venue", "a tent")),
        ("meetings[0].venue", "Extra inputs are not permitted"),
    ),
    Case(
        "text-and-text-file",
        _broken(_set("source.text_file", "other.txt")),
        ("source", "exactly one of text or text_file"),
    ),
    Case("missing-text-file", _text_file(None), ("source.text_file", "no such file")),
    Case("text-file-not-utf8", _text_file(LATIN1), ("source.text_file", "not UTF-8")),
    Case(
        "nul-in-a-name",
        _broken(_set("actors.1.name", "Rift\x00Trust")),
        ("actors[1].name", "NUL character"),
    ),
    Case(
        "lone-surrogate",
        _file("surrogate.json", '{"source": {"text": "Kenya \\ud800 Japan"}}'),
        ("source.text", "lone surrogate"),
    ),
    Case(
        "end-before-start",
        _broken(_set("meetings.0.end_date", "2026-03-01")),
        ("meetings[0]", "end_date is before start_date"),
    ),
    Case(
        "relation-with-itself",
        _broken(_set("relations.0.other", "KEN")),
        ("relations[0].other", "two different actors"),
    ),
    Case(
        "agreement-names-no-meeting",
        _broken(_set("agreements.0.meeting", "geneva")),
        ("meeting 'geneva'",),
    ),
    Case(
        "alias-too-long",
        _broken(_set("actors.0.aliases", ["W" * 201])),
        ("actors[0].aliases[0]", "longer than 200"),
    ),
    Case("title-option-too-long", _with_options("--title", "T" * 501), ("--title", "500")),
    Case("url-of-another-text", _url_taken, ("source.url", "already recorded")),
    Case(
        "yaml-broken-number",
        _file("float.yaml", "source:\n  text: !!float not-a-number\n"),
        ("broken YAML",),
    ),
]


def _invoke(url: str, invocation: Invocation) -> Any:
    return CliRunner().invoke(app, ["--db", url, *invocation.args], input=invocation.stdin)


def _preload(url: str, tmp: Path) -> None:
    path = tmp / "preloaded.json"
    path.write_text(json.dumps(PRELOADED), encoding="utf-8")
    result = _invoke(url, Invocation(["load", str(path)]))
    assert result.exit_code == 0, result.output


@pytest.fixture
def loaded(db_url: str, tmp_path: Path) -> str:
    """A database of its own that already holds one loaded article."""
    _preload(db_url, tmp_path)
    return db_url


@pytest.fixture(scope="module", params=ENGINES)
def shared(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """One database per engine for the whole table: each case proves it changed nothing, so
    the cases can share it (and a case that did write still fails on its own comparison)."""
    databases = module_database(request, tmp_path_factory, str(request.param), "bad_input")
    url = next(databases)
    _preload(url, tmp_path_factory.mktemp("preload"))
    yield url
    next(databases, None)


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 30
    assert len({c.id for c in CASES}) == len(CASES)


def test_the_unbroken_file_loads(loaded: str, tmp_path: Path) -> None:
    """The good bundle, and every way of giving it, loads: the cases fail for their fault."""
    result = _invoke(loaded, _broken(lambda b: None)(tmp_path))
    assert result.exit_code == 0, result.output
    yaml_file = _broken(lambda b: None, ".yaml")(tmp_path)
    assert _invoke(loaded, yaml_file).exit_code == 0  # the same text again: unchanged
    article = _invoke(loaded, _with_options("--published", "2026-03-05", "--title", "T")(tmp_path))
    assert article.exit_code == 0, article.output
    engine = make_engine(loaded)
    with engine.connect() as connection:
        meetings = connection.execute(text("SELECT COUNT(*) FROM v_meetings")).scalar_one()
        flows = connection.execute(text("SELECT amount FROM v_aid_flows")).scalars().all()
    engine.dispose()
    assert meetings >= 2 and 50_000_000 in flows


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_is_refused_in_one_line_and_changes_nothing(
    case: Case, shared: str, tmp_path: Path
) -> None:
    loaded = shared
    before = rows(loaded)
    invocation = case.make(tmp_path)
    result = _invoke(loaded, invocation)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("Error: "), line
    if invocation.names:
        assert line.startswith(f"Error: {invocation.names}"), line
    for expected in case.expect:
        assert expected in line, line
    assert rows(loaded) == before
    assert not (tmp_path / "created-by-yaml").exists()


def test_a_real_process_prints_one_line_per_failed_file(loaded: str, tmp_path: Path) -> None:
    """The installed command: failed files each get one line, good ones still load."""
    good = tmp_path / "good.json"
    good.write_text(json.dumps(good_bundle()), encoding="utf-8")
    bad_date = _yaml_with("@DATE@", "2026-02-30", _set("meetings.0.start_date", "@DATE@"))(tmp_path)
    noise = tmp_path / "noise.txt"
    noise.write_bytes(RANDOM)
    done = run_entente(loaded, "load", bad_date.args[1], str(good), str(noise), "/dev/zero")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    errors = done.stderr.strip().splitlines()
    assert [e.split(":")[1].strip() for e in errors] == [bad_date.args[1], str(noise), "/dev/zero"]
    assert "4 file(s)" in done.stdout and "3 error(s)" in done.stdout
    engine = make_engine(loaded)
    with engine.connect() as connection:
        titles = connection.execute(text("SELECT title FROM sources")).scalars().all()
    engine.dispose()
    assert "Kenya and Japan" in titles


# -- text that looks like SQL ------------------------------------------------------------------

INJECTION = "Robert'); DROP TABLE actors;--"


def test_text_that_looks_like_sql_is_stored_as_text(loaded: str, tmp_path: Path) -> None:
    bundle = good_bundle()
    story = f"{ARTICLE} The envoy {INJECTION} was quoted."
    bundle["source"].update(text=story, title=INJECTION, url=f"https://example.org/{INJECTION}")
    bundle["actors"][1]["name"] = INJECTION
    bundle["aid_flows"][0]["purpose"] = INJECTION
    bundle["statements"][0]["topic"] = INJECTION
    bundle["statements"][0]["evidence"].append({"quote": INJECTION})
    path = tmp_path / "injection.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    result = _invoke(loaded, Invocation(["load", str(path)]))
    assert result.exit_code == 0, result.output
    article = tmp_path / "injection.txt"
    article.write_text(f"{INJECTION}\n\nKenya and Peru held talks.", encoding="utf-8")
    result = _invoke(loaded, Invocation(["load", str(article), "--title", INJECTION]))
    assert result.exit_code == 0, result.output
    engine = make_engine(loaded)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM actors")).scalar_one() > 250
        names = connection.execute(
            text("SELECT name FROM actors WHERE name = :n"), {"n": INJECTION}
        ).scalars()
        assert list(names) == [INJECTION]
        titles = connection.execute(
            text("SELECT title FROM sources WHERE title = :t"), {"t": INJECTION}
        ).scalars()
        assert list(titles) == [INJECTION, INJECTION]
        purposes = connection.execute(text("SELECT purpose FROM v_aid_flows")).scalars().all()
        assert INJECTION in purposes
        quotes = connection.execute(text("SELECT quote FROM v_evidence")).scalars().all()
        assert INJECTION in quotes
    engine.dispose()
    listed = CliRunner().invoke(app, ["--db", loaded, "actors", "--actor", INJECTION])
    assert listed.exit_code == 0 and "Robert" in listed.stdout


# -- entente sql: nothing that could write gets through -----------------------------------------

SNEAKY_QUERIES = [
    # Each is refused by our check, by the server, or both; none may change a row.
    "SELECT $$'$$; COMMIT; DELETE FROM actor_aliases; SELECT $$'$$",
    "SELECT 1 AS [';]; DELETE FROM actor_aliases; SELECT [']",
    "SELECT '\\'; DELETE FROM actor_aliases; --'",
    "SELECT * INTO stolen FROM actors",
    "SELECT 1; COMMIT; DROP TABLE actors",
    "select 1 /* ; */ ; delete from actors",
    "PRAGMA user_version = 7",
    "PRAGMA writable_schema = 1",
    "VACUUM INTO 'copy.db'",
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity",
    "SELECT dblink_exec('dbname=x', 'DELETE FROM actors')",
    "SELECT lo_import('/etc/hostname')",
    "SELECT set_config('default_transaction_read_only', 'off', false)",
    "SELECT load_extension('/tmp/evil')",
    "SELECT nextval('actors_actor_id_seq')",
    "SELECT * FROM actors FOR UPDATE",
    "COMMIT",
    "SET default_transaction_read_only = off",
]


@pytest.mark.parametrize("query", SNEAKY_QUERIES)
def test_sql_refuses_sneaky_writes(shared: str, query: str) -> None:
    loaded = shared
    before = rows(loaded)
    result = CliRunner().invoke(app, ["--db", loaded, "sql", query])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert rows(loaded) == before


def test_sql_reads_in_a_read_only_timed_session(loaded: str, engine_name: str) -> None:
    def run(*args: str) -> Any:
        return CliRunner().invoke(app, ["--db", loaded, "sql", *args, "--format", "csv"])

    if engine_name == "postgresql":
        assert run("SHOW transaction_read_only").stdout.splitlines()[1] == "on"
        assert run("SHOW statement_timeout").stdout.splitlines()[1] == "30s"
        assert run("SHOW statement_timeout", "--timeout", "2").stdout.splitlines()[1] == "2s"
        slow = run("SELECT pg_sleep(5)", "--timeout", "0.3")
    else:
        endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
        slow = run(endless + "SELECT COUNT(*) FROM c", "--timeout", "0.3")
    assert slow.exit_code == 1 and "ran" in slow.stderr and "stopped" in slow.stderr
    same_names = run("SELECT 1 AS n, 2 AS n, '%s' AS t")
    assert same_names.stdout.splitlines() == ["n,n_2,t", "1,2,%s"]
    zero = run("SELECT 1", "--timeout", "0")
    assert zero.exit_code == 1 and "--timeout" in zero.stderr


@pytest.mark.parametrize(
    "query",
    [
        "DELETE FROM actor_aliases",
        "SELECT 1; DELETE FROM actor_aliases",
        "SELECT 1; COMMIT; DELETE FROM actor_aliases",
        "ATTACH DATABASE 'elsewhere.db' AS elsewhere",
        "CREATE TABLE stolen (x int)",
    ],
)
def test_each_guard_refuses_writes_on_its_own(
    shared: str, query: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the keyword check out of the way, the read-only connection (SQLite) or the
    read-only session and one-statement protocol (PostgreSQL) still refuse every write."""
    from entente.errors import EntenteError
    from entente.models import readonly

    monkeypatch.chdir(tmp_path)
    before = rows(shared)
    run = readonly._run_sqlite if shared.startswith("sqlite") else readonly._run_postgresql
    with pytest.raises(EntenteError) as refused:
        run(shared, query, 5.0)
    message = str(refused.value)
    assert "read-only" in message or "one statement" in message or "failed" in message
    assert rows(shared) == before
    assert list(tmp_path.iterdir()) == []


def test_text_in_a_clear_encoding_is_decoded(loaded: str, tmp_path: Path) -> None:
    """UTF-16 with a byte-order mark and HTML that declares its charset are not refused."""
    page = tmp_path / "latin.html"
    page.write_bytes(
        b'<html><head><meta charset="iso-8859-1"><title>Caf\xe9 talks</title></head><body>'
        b"<article><p>Kenya and Japan held talks at the Caf\xe9 Nairobi on 3 March 2026, "
        b"officials said.</p><p>Japan pledged $50 million to Kenya for geothermal wells in the "
        b"Rift Valley.</p></article></body></html>"
    )
    wide = tmp_path / "wide.txt"
    wide.write_bytes("Peru and Chile held talks in Lima on 4 March 2026.".encode("utf-16"))
    args = ["load", str(page), str(wide), "--published", "2026-03-05"]
    result = _invoke(loaded, Invocation(args))
    assert result.exit_code == 0, result.output
    engine = make_engine(loaded)
    with engine.connect() as connection:
        texts = connection.execute(text("SELECT text FROM sources")).scalars().all()
    engine.dispose()
    assert any("Café Nairobi" in t for t in texts)
    assert "Peru and Chile held talks in Lima on 4 March 2026." in texts


def test_sqlite_file_names_with_uri_characters_stay_read_only(tmp_path: Path) -> None:
    """A '?', '#' or '%' in the path must not end the file name and drop the read-only mode."""
    folder = tmp_path / "odd#x%y"
    folder.mkdir()
    url = "sqlite:///" + quote(f"{folder}/db?.db", safe="/")
    assert CliRunner().invoke(app, ["--db", url, "db", "upgrade"]).exit_code == 0
    before = snapshot(url)
    result = CliRunner().invoke(app, ["--db", url, "sql", "DELETE FROM actors"])
    assert result.exit_code == 1
    reading = CliRunner().invoke(app, ["--db", url, "sql", "SELECT COUNT(*) FROM actors"])
    assert reading.exit_code == 0, reading.output
    assert snapshot(url) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]


# -- database URLs: one line, never the password -------------------------------------------------

SECRET = "Zq8-secret-Pw"
BAD_URLS = [
    f"postgresql://analyst:{SECRET}@127.0.0.1:1/entente",
    f"postgresql://analyst:{SECRET}@127.0.0.1:notaport/entente",
    f"postgresql://analyst:{SECRET}@[::1/entente",
    f"postgresql://postgres:{SECRET}@127.0.0.1:99999/entente",
    f"postgresql://postgres:{SECRET}@/entente?host=/nonexistent-socket-dir",
    f"mysql://analyst:{SECRET}@127.0.0.1/entente",
    f"postgresql://analyst:{SECRET}%40x@127.0.0.1:1/entente",
    f"{SECRET}",
    "sqlite:////nonexistent-folder/entente.db",
]


@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize("command", [["actors"], ["sql", "SELECT 1"], ["db", "upgrade"]])
def test_a_bad_database_url_is_one_line_without_the_password(url: str, command: list[str]) -> None:
    result = CliRunner().invoke(app, ["--db", url, *command])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert SECRET not in result.output
    assert "Zq8-secret-Pw%40x" not in result.output and "Zq8-secret-Pw@x" not in result.output


def test_a_database_that_does_not_exist_hides_the_password(pg_server: None) -> None:
    url = f"postgresql://postgres:{SECRET}@127.0.0.1:5432/entente_no_such_database"
    result = CliRunner().invoke(app, ["--db", url, "meetings"])
    assert result.exit_code == 1 and SECRET not in result.output
    assert "does not exist" in result.stderr and "***" in result.stderr


@pytest.mark.parametrize("engine_name", ["postgresql"])  # SQLite URLs hold no password
def test_the_password_never_shows_in_a_working_session(loaded: str, tmp_path: Path) -> None:
    """Every command, good and failing, on a URL with a password (trust auth ignores it)."""
    url = loaded.replace("postgresql+psycopg://postgres@", f"postgresql://postgres:{SECRET}@")
    assert SECRET in url
    bad = _broken(_set("aid_flows.0.currency", "XYZ"))(tmp_path)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(good_bundle()), encoding="utf-8")
    runs = [
        ["db", "upgrade"],
        ["db", "current"],
        ["db", "check"],
        ["db", "downgrade", "no-such-revision"],
        ["load", str(good), bad.args[1]],
        ["meetings"],
        ["aid", "--format", "json"],
        ["show", "meeting", "99999"],
        ["sql", "SELECT * FROM no_such_table"],
        ["sql", "DELETE FROM actors"],
    ]
    env = {**os.environ, "ENTENTE_DATABASE_URL": url}
    for args in runs:
        result = CliRunner().invoke(app, ["--db", url, *args], env=env)
        assert SECRET not in result.output, (args, result.output)
        assert "Traceback" not in result.output
    done = run_entente(url, "db", "upgrade")
    assert done.returncode == 0 and SECRET not in done.stdout + done.stderr
