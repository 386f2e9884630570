"""`entente load` and `entente extract` on articles: .txt, .md, .html, stdin and whole folders."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Engine, text

from entente.loaders.factfile import FactBundle

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"

BRIEF = (
    "Norway and Kenya held talks in Nairobi on March 3, 2026, as Norwegian Foreign Minister "
    "Ingrid Solberg met her Kenyan counterpart Daniel Ochieng.\n\n"
    "Norway pledged $45 million to Kenya for drought relief in the north of the country, "
    "officials said after the meeting.\n"
)
NOTHING = (
    "The long evenings of late autumn bring a particular quiet to the harbour town, where the "
    "ferries run less often and the cafes close early.\n"
)


def _count(engine: Engine, sql: str) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(sql)).scalar_one())


def _articles(folder: Path, names: list[str]) -> None:
    for name in names:
        shutil.copyfile(CORPUS / name, folder / name)


def test_loading_a_folder_of_articles_records_every_source(
    cli: Callable[..., Any], engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "brief.txt").write_text(BRIEF, encoding="utf-8")
    (folder / "quiet.txt").write_text(NOTHING, encoding="utf-8")
    (folder / "brief-copy.md").write_text("# Kenya talks\n\n" + BRIEF, encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><head><title>Talks in Nairobi</title></head><body><article><h1>Talks</h1>"
        f"<p>{BRIEF.replace(chr(10), ' ')}</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "ignored.csv").write_text("a,b\n", encoding="utf-8")
    result = cli("load", str(folder), "--published", "2026-03-04")
    assert result.exit_code == 0, result.output
    assert _count(engine, "SELECT COUNT(*) FROM sources") == 4
    nairobi = _count(
        engine,
        "SELECT COUNT(*) FROM v_meetings WHERE location = 'Nairobi' AND start_date IS NOT NULL",
    )
    assert nairobi == 1  # the same meeting from three files is one row
    assert _count(engine, "SELECT COUNT(*) FROM v_aid_flows WHERE amount = 45000000") == 1
    assert _count(engine, "SELECT MAX(source_count) FROM v_aid_flows") == 3
    quiet = _count(
        engine,
        "SELECT COUNT(*) FROM sources s WHERE s.file_name LIKE '%quiet.txt' AND NOT EXISTS "
        "(SELECT 1 FROM v_evidence e WHERE e.source_id = s.source_id)",
    )
    assert quiet == 1  # read, nothing found: still recorded


def test_loading_articles_twice_changes_nothing(
    cli: Callable[..., Any], engine: Engine, tmp_path: Path
) -> None:
    names = sorted(p.name for p in CORPUS.glob("*.txt"))[:6]
    _articles(tmp_path, names)
    first = cli("load", *[str(tmp_path / n) for n in names], "--published", "2026-02-01")
    assert first.exit_code == 0, first.output
    tables = [
        "sources",
        "actors",
        "meetings",
        "agreements",
        "aid_flows",
        "statements",
        "meeting_evidence",
        "aid_flow_evidence",
    ]
    before = {t: _count(engine, f"SELECT COUNT(*) FROM {t}") for t in tables}
    (tmp_path / "renamed.txt").write_bytes((tmp_path / names[0]).read_bytes())
    again = cli("load", str(tmp_path), "--published", "2026-02-01")
    assert again.exit_code == 0, again.output
    assert {t: _count(engine, f"SELECT COUNT(*) FROM {t}") for t in tables} == before
    assert "0 new fact(s)" in again.output


def test_stdin_article(cli: Callable[..., Any], engine: Engine) -> None:
    result = cli(
        "load", "-", "--published", "2026-03-04", "--url", "https://example.org/n", input=BRIEF
    )
    assert result.exit_code == 0, result.output
    assert _count(engine, "SELECT COUNT(*) FROM sources WHERE url = 'https://example.org/n'") == 1
    assert _count(engine, "SELECT COUNT(*) FROM v_aid_flows WHERE donor_iso3 = 'NOR'") == 1


def test_relative_dates_need_published(
    cli: Callable[..., Any], engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "weekday.txt"
    path.write_text(
        "Chile and Peru held talks in Lima on Tuesday, their foreign ministers said.\n",
        encoding="utf-8",
    )
    result = cli("load", str(path))
    assert result.exit_code == 1
    assert "--published" in result.output and "weekday.txt" in result.output
    assert _count(engine, "SELECT COUNT(*) FROM sources") == 0
    dated = cli("load", str(path), "--published", "2026-03-06")  # a Friday
    assert dated.exit_code == 0, dated.output
    assert _count(engine, "SELECT COUNT(*) FROM v_meetings WHERE start_date = '2026-03-03'") == 1


def test_extract_prints_a_fact_file_that_loads(
    cli: Callable[..., Any], engine: Engine, tmp_path: Path
) -> None:
    article = tmp_path / "brief.txt"
    article.write_text(BRIEF, encoding="utf-8")
    shown = cli("extract", str(article), "--published", "2026-03-04")
    assert shown.exit_code == 0, shown.output
    bundle = FactBundle.model_validate(yaml.safe_load(shown.output))
    assert bundle.aid_flows and bundle.aid_flows[0].amount == 45000000
    as_json = cli("extract", str(article), "--published", "2026-03-04", "--format", "json")
    data = json.loads(as_json.output)
    assert data["aid_flows"][0]["amount"] == 45000000  # a number, not a string
    assert FactBundle.model_validate(data) == bundle
    facts = tmp_path / "brief.facts.yaml"
    facts.write_text(shown.output, encoding="utf-8")
    loaded = cli("load", str(facts))
    assert loaded.exit_code == 0, loaded.output
    assert _count(engine, "SELECT COUNT(*) FROM v_aid_flows WHERE recipient_iso3 = 'KEN'") == 1
    again = cli("load", str(article), "--published", "2026-03-04")  # same text: known
    assert again.exit_code == 0, again.output
    assert _count(engine, "SELECT COUNT(*) FROM sources") == 1
