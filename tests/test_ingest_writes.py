"""How the writer sends an article, on SQLite and PostgreSQL: the rows must not depend on it.

On PostgreSQL an article's statements are queued in a pipeline and ids are fetched only when
needed, so the writer finds some things out late: that its text was stored meanwhile by
another loader, that its URL belongs to another text, that a fact it states exists already.
Each must still leave exactly the rows that a statement-by-statement load leaves.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent / "fixtures_reliability"))
from reliability import rows

from entente.loaders.factfile import ActorIn
from entente.loaders.pipeline import Input, Loader, LoadOptions, load_inputs, prepare
from entente.models.engine import make_engine

PUBLISHED = LoadOptions(published=dt.date(2026, 3, 4))

ARTICLE = (
    "Norway and Kenya held talks in Nairobi on March 3, 2026, as Norwegian Foreign Minister "
    "Ingrid Solberg met her Kenyan counterpart Daniel Ochieng.\n\n"
    "Norway pledged $45 million to Kenya for drought relief in the north of the country, "
    "officials said after the meeting.\n"
)
OTHER = (
    "Chile and Peru held talks in Lima on April 9, 2026, as Chilean Trade Minister Rosa "
    "Valdivieso met her Peruvian counterpart Tomas Quispe.\n\n"
    "Chile pledged $12 million to Peru for port repairs, officials said.\n"
)


def _query(url: str, sql: str) -> list[tuple[Any, ...]]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(r) for r in connection.execute(text(sql))]
    finally:
        engine.dispose()


def _load(url: str, inputs: list[Input], options: LoadOptions = PUBLISHED) -> Any:
    engine = make_engine(url)
    try:
        return load_inputs(engine, inputs, options, workers=1)
    finally:
        engine.dispose()


def test_an_article_stored_meanwhile_is_known_and_leaves_nothing_of_its_own(
    db_url: str,
) -> None:
    """The worker found the text new, but another loader stored it before the write: the
    write, already under way (a new person queued), is rolled back and reported known."""
    first = _load(db_url, [Input("a.txt", raw=ARTICLE.encode())])
    assert [o.status for o in first.outcomes] == ["new"]
    before = rows(db_url)
    item = Input("again.txt", raw=ARTICLE.encode())
    prepared = prepare(item, PUBLISHED, Loader(make_engine(db_url)).gazetteer)
    extra = ActorIn(name="Halvard Quennell", kind="person", country="NOR")
    bundle = prepared.bundle.model_copy(update={"actors": [*prepared.bundle.actors, extra]})
    prepared = type(prepared)(bundle, prepared.text, replace=False)
    engine = make_engine(db_url)
    loader = Loader(engine, PUBLISHED)
    try:
        outcome = loader.finish(item, prepared)
        assert outcome.status == "known"
        assert outcome.source_id == first.outcomes[0].source_id
        # The loader goes on: the next article loads as usual.
        other = loader.load(Input("other.txt", raw=OTHER.encode()))
        assert other.status == "new", other.error
    finally:
        loader.close()
        engine.dispose()
    after = rows(db_url)
    assert not [a for a in after["actors"] if "Halvard Quennell" in a]
    assert len(after["sources"]) == len(before["sources"]) + 1
    for table, stored in before.items():
        assert set(stored) <= set(after[table]), table


def test_an_article_with_the_url_of_another_text_is_refused_and_changes_nothing(
    db_url: str,
) -> None:
    url = "https://example.org/talks"
    with_url = LoadOptions(published=PUBLISHED.published, url=url)
    assert not _load(db_url, [Input("a.txt", raw=ARTICLE.encode())], with_url).failed
    before = rows(db_url)
    report = _load(db_url, [Input("b.txt", raw=OTHER.encode())], with_url)
    assert [o.status for o in report.outcomes] == ["failed"]
    error = report.outcomes[0].error
    assert error is not None and "already recorded for a different text" in error
    assert rows(db_url) == before
    # The same text under the same URL is simply known.
    again = _load(db_url, [Input("a2.txt", raw=ARTICLE.encode())], with_url)
    assert [o.status for o in again.outcomes] == ["known"]


def _fact_file(folder: Path, name: str, article: str, agreement_date: str | None) -> Path:
    agreement: dict[str, Any] = {
        "title": "Memorandum on fisheries",
        "kind": "memorandum",
        "status": "signed",
        "meeting": "oslo",
        "parties": ["NOR", "ISL"],
        "sectors": ["agriculture"],
        "evidence": [{"quote": "signed a memorandum on fisheries"}],
    }
    if agreement_date is not None:
        agreement["agreement_date"] = agreement_date
    bundle = {
        "source": {"text": article},
        "meetings": [
            {
                "ref": "oslo",
                "kind": "talks",
                "start_date": "2026-05-12",
                "participants": [{"actor": "Norway"}, {"actor": "Iceland"}],
                "evidence": [{"quote": "held talks in Oslo"}],
            }
        ],
        "agreements": [agreement],
    }
    path = folder / name
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def test_a_fact_stated_again_keeps_its_row_gains_evidence_and_points_to_its_meeting(
    db_url: str, tmp_path: Path
) -> None:
    """The agreement finds its meeting's id by the meeting's natural key; when both exist
    already, the second source only adds evidence and fills what was missing."""
    first = _fact_file(
        tmp_path,
        "first.json",
        "Norway and Iceland held talks in Oslo on 12 May 2026 and signed a memorandum on "
        "fisheries.",
        None,
    )
    second = _fact_file(
        tmp_path,
        "second.json",
        "Ministers of Iceland and Norway held talks in Oslo on Tuesday, 12 May 2026, and "
        "signed a memorandum on fisheries, officials said.",
        "2026-05-12",
    )
    report = _load(db_url, [Input(str(first), first)])
    assert [(o.status, o.new_facts) for o in report.outcomes] == [("new", 2)]
    report = _load(db_url, [Input(str(second), second)])
    assert [(o.status, o.new_facts, o.known_facts) for o in report.outcomes] == [("new", 0, 2)]
    agreements = _query(
        db_url,
        "SELECT a.meeting_id, m.meeting_id, a.agreement_date FROM agreements a "
        "LEFT JOIN meetings m ON m.meeting_id = a.meeting_id",
    )
    assert len(agreements) == 1
    meeting_id, found, agreement_date = agreements[0]
    assert meeting_id is not None and meeting_id == found
    assert str(agreement_date) == "2026-05-12"
    assert _query(db_url, "SELECT COUNT(*) FROM meetings") == [(1,)]
    assert _query(db_url, "SELECT COUNT(*) FROM agreement_evidence") == [(2,)]
    assert _query(db_url, "SELECT COUNT(*) FROM meeting_evidence") == [(2,)]
    assert _query(db_url, "SELECT COUNT(*) FROM meeting_participants") == [(2,)]
    assert _query(db_url, "SELECT COUNT(*) FROM agreement_parties") == [(2,)]


def test_a_new_agreement_points_to_the_meeting_of_its_own_article(db_url: str) -> None:
    report = _load(db_url, [Input("talks.txt", raw=ARTICLE.encode())])
    assert not report.failed, report.outcomes[0].error
    dangling = _query(
        db_url,
        "SELECT COUNT(*) FROM agreements a WHERE a.meeting_id IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM meetings m WHERE m.meeting_id = a.meeting_id)",
    )
    assert dangling == [(0,)]


# PostgreSQL only: a SQLite file has no server to end the connection.
@pytest.mark.parametrize("engine_name", ["postgresql"])
def test_a_loader_whose_connection_the_server_ended_goes_on_with_a_new_one(
    db_url: str, engine_name: str
) -> None:
    """The loader keeps one connection for a whole load; when the server ends it (a restart,
    an administrator), the file being written fails and the next ones load."""
    engine = make_engine(db_url)
    loader = Loader(engine, PUBLISHED)
    try:
        assert loader.load(Input("a.txt", raw=ARTICLE.encode())).status == "new"
        pid = loader.session.connection().connection.driver_connection.info.backend_pid
        loader.session.commit()
        conninfo = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        broken = loader.load(Input("b.txt", raw=OTHER.encode()))
        assert broken.status == "failed" and broken.error is not None
        assert "the database failed" in broken.error
        again = loader.load(Input("b.txt", raw=OTHER.encode()))
        assert again.status == "new", again.error
    finally:
        loader.close()
        engine.dispose()
    assert _query(db_url, "SELECT COUNT(*) FROM sources") == [(2,)]
