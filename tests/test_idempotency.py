"""Loading is idempotent, on SQLite and on PostgreSQL.

The same file again, or the same text under another name or with other line endings, changes
nothing (the content hash decides). A corrected fact file replaces that source's facts and keeps
the facts other sources also support.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from sqlalchemy import text
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "fixtures_reliability"))
from reliability import differences, snapshot, write_articles, write_corpus

from entente.cli.app import app
from entente.loaders.pipeline import Input, LoadOptions, LoadReport, load_inputs
from entente.models.engine import make_engine

PUBLISHED = LoadOptions(published=dt.date(2026, 3, 20))


def _load(url: str, paths: list[Path], options: LoadOptions = PUBLISHED) -> LoadReport:
    engine = make_engine(url)
    try:
        return load_inputs(engine, [Input(str(p), p) for p in paths], options)
    finally:
        engine.dispose()


def _statuses(report: LoadReport) -> list[str]:
    assert not report.failed, [o.error for o in report.failed]
    return [o.status for o in report.outcomes]


def _query(url: str, sql: str, **params: Any) -> list[Any]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(r) for r in connection.execute(text(sql), params)]
    finally:
        engine.dispose()


def test_loading_the_same_files_again_changes_nothing(db_url: str, tmp_path: Path) -> None:
    facts = write_corpus(tmp_path / "facts", files=6, facts_per_file=8)
    articles = write_articles(tmp_path / "articles", count=4)
    assert set(_statuses(_load(db_url, facts + articles))) == {"new"}
    first = snapshot(db_url)
    again = _load(db_url, facts + articles)
    assert _statuses(again) == ["unchanged"] * len(facts) + ["known"] * len(articles)
    assert again.new_facts == 0
    reversed_again = _load(db_url, list(reversed(facts + articles)))
    assert set(_statuses(reversed_again)) == {"unchanged", "known"}
    by_cli = CliRunner().invoke(
        app, ["--db", db_url, "load", *map(str, facts + articles), "--published", "2026-03-20"]
    )
    assert by_cli.exit_code == 0, by_cli.output
    assert differences(snapshot(db_url), first) == []


def test_the_same_text_under_another_name_or_form_changes_nothing(
    db_url: str, tmp_path: Path
) -> None:
    article = write_articles(tmp_path / "articles", count=1)[0]
    fact_file = write_corpus(tmp_path / "facts", files=1, facts_per_file=6)[0]
    _statuses(_load(db_url, [article, fact_file]))
    original = article.read_text(encoding="utf-8")
    variants = tmp_path / "variants"
    variants.mkdir()
    copies = {
        "renamed.txt": original.encode("utf-8"),
        "crlf.txt": original.replace("\n", "\r\n").encode("utf-8"),
        "trailing-spaces.txt": "\n".join(line + "  " for line in original.split("\n")).encode(),
        "with-bom.txt": b"\xef\xbb\xbf" + original.encode("utf-8"),
        "decomposed.txt": unicodedata.normalize("NFD", original + " Café.").encode("utf-8"),
        "utf16.txt": original.encode("utf-16"),
        "as-markdown.md": original.encode("utf-8"),
    }
    for name, raw in copies.items():
        (variants / name).write_bytes(raw)
    # The accented copy is another text: load its composed form first, so its copy is known.
    composed = variants / "composed.txt"
    composed.write_text(unicodedata.normalize("NFC", original + " Café."), encoding="utf-8")
    assert _statuses(_load(db_url, [composed])) == ["new"]
    first = snapshot(db_url)
    report = _load(db_url, sorted(variants.iterdir()))
    assert set(_statuses(report)) == {"known"}
    fact_copy = variants / "copy.facts.json"
    fact_copy.write_text(fact_file.read_text(encoding="utf-8"), encoding="utf-8")
    assert _statuses(_load(db_url, [fact_copy])) == ["unchanged"]
    piped = CliRunner().invoke(app, ["--db", db_url, "load", "-"], input=original.encode())
    assert piped.exit_code == 0, piped.output
    assert differences(snapshot(db_url), first) == []
    names = _query(db_url, "SELECT file_name FROM sources ORDER BY source_id")
    assert names[0] == (str(article),)  # the first file name is the one kept


def _bundle(text_: str, title: str, **facts: list[dict[str, Any]]) -> dict[str, Any]:
    return {"source": {"text": text_, "title": title}, **facts}


MEETING = "Kenya and Japan held talks in Nairobi on 3 March 2026."
FLOW = "Japan pledged $50 million to Kenya for geothermal wells."
DEAL = "Japan and Kenya signed a memorandum on clean energy."
NEW_FLOW = "Japan released $20 million to Kenya for transmission lines."
STANCE = "Kenya welcomed the support from Japan."


def _meeting(quote: str) -> dict[str, Any]:
    return {
        "start_date": "2026-03-03",
        "location": "Nairobi",
        "participants": [{"actor": "Kenya"}, {"actor": "Japan"}],
        "evidence": [{"quote": quote}],
    }


def _flow(amount: int, status: str, quote: str) -> dict[str, Any]:
    return {
        "donor": "Japan",
        "recipient": "Kenya",
        "amount": amount,
        "currency": "USD",
        "status": status,
        "evidence": [{"quote": quote}],
    }


def test_a_corrected_fact_file_replaces_that_sources_facts_only(
    db_url: str, tmp_path: Path
) -> None:
    a_text = f"{MEETING} {FLOW} {DEAL} {NEW_FLOW}"
    b_text = f"Nairobi report. {MEETING} {STANCE}"
    deal = {
        "title": "Memorandum on clean energy",
        "parties": ["JPN", "KEN"],
        "evidence": [{"quote": DEAL}],
    }
    a = _bundle(
        a_text,
        "First version",
        meetings=[_meeting(MEETING)],
        aid_flows=[_flow(50_000_000, "pledged", FLOW)],
        agreements=[deal],
        actors=[
            {
                "name": "Rift Geothermal Trust",
                "kind": "organization",
                "country": "KEN",
                "evidence": [{"quote": "geothermal wells"}],
            }
        ],
    )
    b = _bundle(
        b_text,
        "Other paper",
        meetings=[_meeting(MEETING)],
        statements=[
            {
                "kind": "support",
                "speakers": ["Kenya"],
                "target": "Japan",
                "evidence": [{"quote": STANCE}],
            }
        ],
    )
    a_path, b_path = tmp_path / "a.facts.json", tmp_path / "b.facts.json"
    a_path.write_text(json.dumps(a), encoding="utf-8")
    b_path.write_text(json.dumps(b), encoding="utf-8")
    assert _statuses(_load(db_url, [a_path, b_path])) == ["new", "new"]
    b_evidence = _query(
        db_url,
        "SELECT fact_type, quote, char_start FROM v_evidence e JOIN sources s USING (source_id) "
        "WHERE s.title = 'Other paper' ORDER BY 1, 2",
    )
    # The correction drops the meeting (the other paper still states it), drops the pledge,
    # renames the agreement and adds a release.
    corrected = _bundle(
        a_text,
        "Corrected version",
        aid_flows=[_flow(20_000_000, "released", NEW_FLOW)],
        agreements=[{**deal, "title": "Memorandum of understanding on clean energy"}],
    )
    a_path.write_text(json.dumps(corrected), encoding="utf-8")
    assert _statuses(_load(db_url, [a_path])) == ["replaced"]
    assert _query(db_url, "SELECT amount, status FROM v_aid_flows") == [(20_000_000, "released")]
    assert _query(db_url, "SELECT title FROM v_agreements") == [
        ("Memorandum of understanding on clean energy",)
    ]
    meetings = _query(
        db_url,
        "SELECT s.title FROM v_meetings m JOIN v_evidence e "
        "ON e.fact_type = 'meeting' AND e.fact_id = m.meeting_id "
        "JOIN sources s USING (source_id)",
    )
    assert meetings == [("Other paper",)]
    assert (
        _query(
            db_url,
            "SELECT fact_type, quote, char_start FROM v_evidence e JOIN sources s "
            "USING (source_id) WHERE s.title = 'Other paper' ORDER BY 1, 2",
        )
        == b_evidence
    )
    assert _query(db_url, "SELECT COUNT(*) FROM sources") == [(2,)]
    after = snapshot(db_url)
    assert _statuses(_load(db_url, [a_path])) == ["unchanged"]
    assert differences(snapshot(db_url), after) == []
    # The old version again is a correction too: its facts come back, the new ones go.
    a_path.write_text(json.dumps(a), encoding="utf-8")
    assert _statuses(_load(db_url, [a_path])) == ["replaced"]
    assert _query(db_url, "SELECT amount, status FROM v_aid_flows") == [(50_000_000, "pledged")]
    assert _query(db_url, "SELECT COUNT(*) FROM v_meetings") == [(1,)]
    assert _query(db_url, "SELECT COUNT(*) FROM v_evidence WHERE fact_type = 'meeting'") == [(2,)]


def test_an_article_after_its_fact_file_is_known_and_the_fact_file_after_it_replaces(
    db_url: str, tmp_path: Path
) -> None:
    article = write_articles(tmp_path / "articles", count=1)[0]
    story = article.read_text(encoding="utf-8")
    first_line = story.splitlines()[0]
    curated = _bundle(
        story,
        "Curated",
        relations=[
            {
                "actor": "Chile",
                "other": "Peru",
                "kind": "improving",
                "evidence": [{"quote": first_line}],
            }
        ],
    )
    facts = tmp_path / "article.facts.json"
    facts.write_text(json.dumps(curated), encoding="utf-8")
    # Extracted first, then curated: the curated facts replace the extracted ones.
    assert _statuses(_load(db_url, [article])) == ["new"]
    assert _statuses(_load(db_url, [facts])) == ["replaced"]
    curated_state = snapshot(db_url)
    assert _query(db_url, "SELECT fact_type FROM v_evidence WHERE fact_type <> 'actor'") == [
        ("relation",)
    ]
    # The article again, even with another publication date, is known: nothing changes.
    again = _load(db_url, [article], LoadOptions(published=dt.date(2026, 4, 1)))
    assert _statuses(again) == ["known"]
    assert differences(snapshot(db_url), curated_state) == []
