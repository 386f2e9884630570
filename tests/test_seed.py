"""`entente seed` puts every fact of the seed article in the views, once, with exact evidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, inspect, text

from entente.models.views import VIEW_NAMES


def _query(engine: Engine, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]


def _all_counts(engine: Engine) -> dict[str, int]:
    names = [t for t in inspect(engine).get_table_names() if t != "alembic_version"]
    return {name: _query(engine, f"SELECT COUNT(*) FROM {name}")[0][0] for name in names}


def test_seed_loads_the_meeting_with_both_ministers(
    cli: Callable[..., Any], engine: Engine
) -> None:
    result = cli("seed")
    assert result.exit_code == 0, result.output
    meetings = _query(
        engine,
        "SELECT meeting_id, start_date, location, location_country_iso3, kind FROM v_meetings",
    )
    assert len(meetings) == 1
    meeting_id, start, location, country, kind = meetings[0]
    assert str(start) == "2026-01-05" and location == "Beijing" and country == "CHN"
    assert kind == "talks"
    people = _query(
        engine,
        "SELECT actor_name, country_iso3, role_title FROM v_meeting_participants "
        "WHERE meeting_id = :m ORDER BY actor_name",
        m=meeting_id,
    )
    assert people == [
        ("Ishaq Dar", "PAK", "Foreign Minister"),
        ("Wang Yi", "CHN", "Foreign Minister"),
    ]


def test_seed_loads_the_us_aid_flow_exactly(cli: Callable[..., Any], engine: Engine) -> None:
    assert cli("seed").exit_code == 0
    flows = _query(
        engine,
        "SELECT donor_iso3, recipient_iso3, amount, currency, amount_usd, status, modality "
        "FROM v_aid_flows WHERE amount IS NOT NULL",
    )
    assert flows == [("USA", "PAK", 397000000, "USD", 397000000, "released", "asserted")]
    total = _query(engine, "SELECT SUM(amount) FROM v_aid_flows WHERE currency = 'USD'")
    assert int(total[0][0]) == 397000000
    vague = _query(
        engine,
        "SELECT donor_iso3, recipient_iso3, flow_type FROM v_aid_flows "
        "WHERE amount IS NULL AND recipient_iso3 IS NOT NULL",
    )
    assert vague == [("CHN", "PAK", "investment")]


def test_seed_agreements_cover_the_sectors(cli: Callable[..., Any], engine: Engine) -> None:
    assert cli("seed").exit_code == 0
    sectors = {
        row[0]
        for row in _query(
            engine,
            "SELECT s.sector FROM v_agreement_sectors s JOIN v_agreement_parties p "
            "ON p.agreement_id = s.agreement_id JOIN v_agreement_parties q "
            "ON q.agreement_id = s.agreement_id "
            "WHERE p.country_iso3 = 'CHN' AND q.country_iso3 = 'PAK'",
        )
    }
    assert {"industry", "agriculture", "mining", "finance", "banking"} <= sectors
    cpec = _query(
        engine,
        "SELECT status, modality, program_name FROM v_agreements WHERE title LIKE '%Corridor%'",
    )
    assert cpec == [("proposed", "planned", "China-Pakistan Economic Corridor")]


def test_seed_states_stances_and_relations(cli: Callable[..., Any], engine: Engine) -> None:
    assert cli("seed").exit_code == 0
    stances = _query(
        engine, "SELECT kind, target_iso3, topic FROM v_statements ORDER BY kind, topic"
    )
    kinds = [row[0] for row in stances]
    assert kinds.count("support") == 5 and "commend" in kinds and "call for" in kinds
    relations = {
        (row[0], row[1], row[2])
        for row in _query(engine, "SELECT kind, actor_iso3, other_iso3 FROM v_relations")
    }
    assert ("all-weather strategic partner", "PAK", "CHN") in relations
    assert ("improving", "PAK", "USA") in relations


def test_seed_evidence_is_exact_text(
    cli: Callable[..., Any], engine: Engine, seed_article: str
) -> None:
    assert cli("seed").exit_code == 0
    rows = _query(engine, "SELECT fact_type, quote, char_start, char_end FROM v_evidence")
    assert len(rows) >= 30
    stored = _query(engine, "SELECT text FROM sources")[0][0]
    assert stored == seed_article.strip()
    for fact_type, quote, start, end in rows:
        assert stored[start:end] == quote, (fact_type, quote)
        assert quote in seed_article


def test_seeding_twice_changes_nothing(cli: Callable[..., Any], engine: Engine) -> None:
    assert cli("seed").exit_code == 0
    first = _all_counts(engine)
    second_run = cli("seed")
    assert second_run.exit_code == 0, second_run.output
    assert "unchanged" in second_run.output
    assert _all_counts(engine) == first
    assert first["meetings"] == 1 and first["aid_flows"] == 3


def test_views_answer_after_seed(cli: Callable[..., Any], engine: Engine) -> None:
    assert cli("seed").exit_code == 0
    for view in VIEW_NAMES:
        assert _query(engine, f"SELECT COUNT(*) FROM {view}")[0][0] > 0, view


def test_downgrade_base_then_upgrade_and_seed_restores_counts(
    cli: Callable[..., Any], engine: Engine
) -> None:
    assert cli("seed").exit_code == 0
    before = {v: _query(engine, f"SELECT COUNT(*) FROM {v}")[0][0] for v in VIEW_NAMES}
    result = cli("db", "downgrade", "base")
    assert result.exit_code == 0, result.output
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    assert inspect(engine).get_view_names() == []
    assert cli("db", "upgrade").exit_code == 0
    assert cli("seed").exit_code == 0
    after = {v: _query(engine, f"SELECT COUNT(*) FROM {v}")[0][0] for v in VIEW_NAMES}
    assert after == before
