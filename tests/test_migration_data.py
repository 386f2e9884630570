"""Migrations keep data, for every revision, on SQLite and on PostgreSQL.

Each revision has a data fixture here: rows in every table, written in plain SQL against that
revision's schema (so it stays valid when later revisions change the models). A new revision
must add its own fixture, or ``test_every_revision_has_data`` fails. For each revision the tests
fill a database at that revision, then:

* upgrade to head (``entente db upgrade``, twice) and check that every row is still there;
* downgrade one step and upgrade again, and check the rows are unchanged. The step below the
  first revision is no schema at all, so there the check is that the schema comes back whole
  and takes the same rows again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, MetaData, select, text
from typer.testing import CliRunner

from entente.cli.app import app
from entente.loaders.refdata import seed_rows
from entente.migrations.runner import (
    current_revision,
    downgrade,
    head_revision,
    history,
    upgrade_database,
)
from entente.models.engine import make_engine

REVISIONS = [revision for revision, _, _ in reversed(history())]  # oldest first
DOWN = {revision: down for revision, down, _ in history()}

ARTICLE = "Kenya and Japan held energy talks in Nairobi on 5 January 2026."


def _state(connection: Connection, iso3: str) -> None:
    """A state row exactly as the shipped reference data has it (a later sync changes nothing)."""
    row = next(r for r in seed_rows("states.csv") if r["iso3"] == iso3)
    connection.execute(
        text(
            "INSERT INTO actors (kind, name, iso3, iso2, wikidata_qid, cameo_code) "
            "VALUES ('state', :name, :iso3, :iso2, :qid, :cameo) ON CONFLICT DO NOTHING"
        ),
        {
            "name": row["name"],
            "iso3": iso3,
            "iso2": row["iso2"] or None,
            "qid": row.get("wikidata_qid") or None,
            "cameo": row.get("cameo_code") or None,
        },
    )


def _data_0001(connection: Connection) -> None:
    """One or more rows in every table of revision 0001."""
    usd = next(r for r in seed_rows("currencies.csv") if r["code"] == "USD")
    connection.execute(
        text(
            "INSERT INTO currencies (currency_code, name, numeric_code, minor_unit) "
            "VALUES ('USD', :name, :numeric, :minor) ON CONFLICT DO NOTHING"
        ),
        {"name": usd["name"], "numeric": usd["numeric_code"], "minor": int(usd["minor_unit"])},
    )
    energy = next(r for r in seed_rows("sectors.csv") if r["code"] == "energy")
    connection.execute(
        text(
            "INSERT INTO sectors (sector_code, name, dac_purpose_code, keywords) "
            "VALUES ('energy', :name, :dac, :keywords) ON CONFLICT DO NOTHING"
        ),
        {"name": energy["name"], "dac": energy["dac_purpose_code"], "keywords": energy["keywords"]},
    )
    _state(connection, "KEN")
    _state(connection, "JPN")
    ken = "(SELECT actor_id FROM actors WHERE iso3 = 'KEN')"
    jpn = "(SELECT actor_id FROM actors WHERE iso3 = 'JPN')"
    day = dt.date(2026, 1, 5)
    end = len(ARTICLE)
    statements: list[tuple[str, dict[str, Any]]] = [
        (
            "INSERT INTO sources (source_id, url, title, publisher, published_date, "
            "content_sha256, text, facts_sha256, file_name) VALUES (900001, "
            "'https://example.org/migration', 'Migration fixture', 'Test Wire', :day, :sha, "
            ":text, NULL, 'fixture.txt')",
            {"day": day, "sha": hashlib.sha256(ARTICLE.encode()).hexdigest(), "text": ARTICLE},
        ),
        (
            "INSERT INTO actors (actor_id, kind, name, country_actor_id, wikidata_qid) VALUES "
            f"(900010, 'person', 'Amara Holloway', {ken}, 'Q99000001'), "
            f"(900011, 'organization', 'Lakeside Power Fund', {ken}, NULL), "
            "(900012, 'program', 'Blue Grid Programme', NULL, NULL), "
            f"(900013, 'group', 'Coastal Fishers', {ken}, NULL), "
            "(900014, 'place', 'Lake Turkana', NULL, NULL)",
            {},
        ),
        (
            "INSERT INTO actor_aliases (alias_id, actor_id, alias, alias_norm, alias_kind) VALUES "
            "(900020, 900010, 'Holloway', 'holloway', 'surname'), "
            f"(900021, {ken}, 'Republic of Kenya (fixture)', 'republic of kenya (fixture)', "
            "'name')",
            {},
        ),
        (
            "INSERT INTO roles (role_id, natural_key, person_actor_id, title, "
            "organization_actor_id, start_date, end_date) VALUES (900030, "
            f"'role|person:amara holloway|minister of energy|KEN', 900010, 'Minister of Energy', "
            f"{ken}, :start, NULL)",
            {"start": dt.date(2025, 1, 1)},
        ),
        (
            "INSERT INTO meetings (meeting_id, kind, title, start_date, end_date, date_precision, "
            "location, location_country_actor_id, natural_key, modality) VALUES (900040, "
            f"'talks', 'Nairobi energy talks', :day, :day, 'day', 'Nairobi', {ken}, "
            "'meeting|2026-01-05|JPN+KEN', 'asserted')",
            {"day": day},
        ),
        (
            "INSERT INTO meeting_participants (meeting_id, actor_id, represents_actor_id, "
            f"role_title) VALUES (900040, 900010, {ken}, 'Minister of Energy'), "
            f"(900040, {jpn}, NULL, NULL)",
            {},
        ),
        (
            "INSERT INTO agreements (agreement_id, title, kind, status, agreement_date, "
            "meeting_id, program_actor_id, natural_key, modality) VALUES (900050, "
            "'Energy memorandum', 'memorandum', 'signed', :day, 900040, 900012, "
            "'agreement|JPN+KEN|energy memorandum|asserted', 'asserted')",
            {"day": day},
        ),
        (
            f"INSERT INTO agreement_parties (agreement_id, actor_id) VALUES (900050, {ken}), "
            f"(900050, {jpn})",
            {},
        ),
        ("INSERT INTO agreement_sectors (agreement_id, sector_code) VALUES (900050, 'energy')", {}),
        (
            "INSERT INTO aid_flows (aid_flow_id, donor_actor_id, recipient_actor_id, amount, "
            "currency_code, amount_usd, amount_text, flow_type, status, purpose, "
            "program_actor_id, flow_date, natural_key, modality) VALUES (900060, "
            f"{jpn}, {ken}, 397000000, 'USD', 397000000, '$397 million', 'grant', 'released', "
            "'geothermal wells', 900012, :day, "
            "'aid|JPN|KEN|397000000|USD|released|asserted|', 'asserted')",
            {"day": day},
        ),
        (
            "INSERT INTO statements (statement_id, kind, target_actor_id, topic, quoted_text, "
            f"statement_date, natural_key, modality) VALUES (900070, 'support', {jpn}, "
            "'clean energy', 'We stand together', :day, "
            "'statement|support|KEN|JPN|clean energy|asserted', 'asserted')",
            {"day": day},
        ),
        (f"INSERT INTO statement_speakers (statement_id, actor_id) VALUES (900070, {ken})", {}),
        (
            "INSERT INTO relations (relation_id, actor_id, other_actor_id, kind, since_date, "
            f"since_precision, description, natural_key, modality) VALUES (900080, {ken}, "
            f"{jpn}, 'strategic partner', :since, 'year', 'close partners', "
            "'relation|strategic partner|JPN|KEN|asserted', 'asserted')",
            {"since": dt.date(2020, 1, 1)},
        ),
    ]
    for fact, fact_id in (
        ("actor", 900010),
        ("meeting", 900040),
        ("agreement", 900050),
        ("aid_flow", 900060),
        ("statement", 900070),
        ("relation", 900080),
    ):
        statements.append(
            (
                f"INSERT INTO {fact}_evidence ({fact}_id, evidence_id, quote, char_start, "
                "char_end, method, confidence, source_id) VALUES "
                f"({fact_id}, {fact_id + 100}, :quote, 0, {end}, 'curated', 0.9, 900001)",
                {"quote": ARTICLE},
            )
        )
    for sql, params in statements:
        connection.execute(text(sql), params)


DATA: dict[str, Callable[[Connection], None]] = {"0001": _data_0001}

# Columns the shipped reference data may refresh on every upgrade: not user data.
REFRESHED = {
    "currencies": {"name", "numeric_code", "minor_unit"},
    "sectors": {"name", "dac_purpose_code", "keywords"},
}


Rows = dict[str, list[dict[str, Any]]]


def _rows(engine: Engine) -> Rows:
    """Every row of every table the database has now (reflected: any revision)."""
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as connection:
        return {
            name: [dict(r._mapping) for r in connection.execute(select(table))]
            for name, table in metadata.tables.items()
            if name != "alembic_version"
        }


def _lost(before: Rows, after: Rows, ignore: frozenset[str] = frozenset()) -> list[str]:
    """Rows of ``before`` not found in ``after`` (on the columns both revisions have, but the
    ``ignore`` ones)."""
    missing = []
    for table, rows in before.items():
        if table not in after:
            if rows:
                missing.append(f"table {table} is gone with {len(rows)} rows")
            continue
        now = after[table]
        columns = set(now[0]) if now else set()
        for row in rows:
            kept = {
                k: v
                for k, v in row.items()
                if (k in columns or not now)
                and k not in REFRESHED.get(table, set())
                and k not in ignore
            }
            if not any(all(other.get(k) == v for k, v in kept.items()) for other in now):
                missing.append(f"{table}: {kept}")
    return missing


def _fill(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        DATA[revision](connection)


def test_every_revision_has_data() -> None:
    assert REVISIONS, "no revisions shipped"
    assert set(DATA) == set(REVISIONS), "a new revision needs a data fixture in DATA"
    assert REVISIONS[-1] == head_revision()


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrading_from_each_revision_keeps_its_data(empty_db_url: str, revision: str) -> None:
    engine = make_engine(empty_db_url)
    try:
        upgrade_database(engine, revision)
        assert current_revision(engine) == revision
        _fill(engine, revision)
        before = _rows(engine)
        assert all(before[t] for t in before), [t for t in before if not before[t]]
        for _ in range(2):  # upgrading a second time changes nothing either
            result = CliRunner().invoke(app, ["--db", empty_db_url, "db", "upgrade"])
            assert result.exit_code == 0, result.output
            assert current_revision(engine) == head_revision()
            assert _lost(before, _rows(engine)) == []
        with engine.connect() as connection:
            flows = connection.execute(
                text("SELECT donor_iso3, amount FROM v_aid_flows WHERE amount = 397000000")
            ).all()
            quotes = connection.execute(
                text("SELECT COUNT(*) FROM v_evidence WHERE quote = :q"), {"q": ARTICLE}
            ).scalar_one()
        assert [tuple(f) for f in flows] == [("JPN", 397000000)]
        assert quotes == 6
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", REVISIONS)
def test_down_one_step_and_up_again_keeps_data(empty_db_url: str, revision: str) -> None:
    engine = make_engine(empty_db_url)
    try:
        upgrade_database(engine, revision)
        _fill(engine, revision)
        before = _rows(engine)
        below = DOWN[revision]
        downgrade(engine, below or "base")
        assert current_revision(engine) == below
        upgrade_database(engine, revision)
        assert current_revision(engine) == revision
        if below is None:
            # Below the first revision there is no schema to keep rows in: the schema must come
            # back whole and empty of user rows, and take the same rows again.
            assert set(_rows(engine)) == set(before)
            with engine.connect() as connection:
                assert connection.execute(text("SELECT COUNT(*) FROM sources")).scalar_one() == 0
            _fill(engine, revision)
        after = _rows(engine)
        # Rows written again get a new load time; rows kept must keep theirs.
        assert _lost(before, after, frozenset({"loaded_at"} if below is None else ())) == []
        assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in before.items()}
    finally:
        engine.dispose()
