"""Read-side queries behind the listing commands; they read the analyst views, as analysts do."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, bindparam, text
from sqlalchemy.orm import Session

from entente.errors import InputError

Row = dict[str, Any]


@dataclass(frozen=True)
class Filters:
    """The filters the listing commands share."""

    country: str | None = None  # ISO3
    actor: str | None = None  # a name, matched case-insensitively as a substring
    since: dt.date | None = None
    until: dt.date | None = None
    kind: str | None = None
    limit: int | None = None


def _rows(session: Session, sql: str, params: dict[str, Any]) -> list[Row]:
    statement = text(sql)
    for name in ("since", "until"):
        if name in params:
            statement = statement.bindparams(bindparam(name, type_=Date))
    return [dict(row._mapping) for row in session.execute(statement, params)]


def _finish(sql: str, where: list[str], order: str, limit: int | None) -> str:
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order}"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return sql


def _like(value: str) -> str:
    return "%" + value.lower().replace("%", "").replace("_", "") + "%"


def list_actors(session: Session, f: Filters) -> list[Row]:
    """Actors from v_actors."""
    where, params = [], {}
    if f.kind:
        where.append("kind = :kind")
        params["kind"] = f.kind
    if f.country:
        where.append("country_iso3 = :country")
        params["country"] = f.country.upper()
    if f.actor:
        where.append("lower(name) LIKE :actor")
        params["actor"] = _like(f.actor)
    sql = _finish(
        "SELECT actor_id, kind, name, iso3, country_iso3, wikidata_qid, cameo_code FROM v_actors",
        where,
        "kind, name",
        f.limit,
    )
    return _rows(session, sql, params)


def _dates(column: str, f: Filters, where: list[str], params: dict[str, Any]) -> None:
    if f.since:
        where.append(f"{column} >= :since")
        params["since"] = f.since
    if f.until:
        where.append(f"{column} <= :until")
        params["until"] = f.until


def list_meetings(session: Session, f: Filters) -> list[Row]:
    """Meetings from v_meetings, with their participants in one column."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if f.country:
        where.append(
            "(m.location_country_iso3 = :country OR m.meeting_id IN "
            "(SELECT meeting_id FROM v_meeting_participants WHERE country_iso3 = :country))"
        )
        params["country"] = f.country.upper()
    if f.actor:
        where.append(
            "m.meeting_id IN (SELECT meeting_id FROM v_meeting_participants "
            "WHERE lower(actor_name) LIKE :actor)"
        )
        params["actor"] = _like(f.actor)
    _dates("m.start_date", f, where, params)
    sql = _finish(
        "SELECT m.meeting_id, m.start_date, m.end_date, m.kind, m.location, "
        "m.location_country_iso3, m.title, m.modality, m.source_count FROM v_meetings m",
        where,
        "m.start_date, m.meeting_id",
        f.limit,
    )
    rows = _rows(session, sql, params)
    participants: dict[int, list[str]] = {}
    for p in _rows(
        session, "SELECT meeting_id, actor_name, country_iso3 FROM v_meeting_participants", {}
    ):
        label = p["actor_name"] + (f" ({p['country_iso3']})" if p["country_iso3"] else "")
        participants.setdefault(p["meeting_id"], []).append(label)
    for row in rows:
        row["participants"] = "; ".join(sorted(participants.get(row["meeting_id"], [])))
    return rows


def list_agreements(session: Session, f: Filters) -> list[Row]:
    """Agreements from v_agreements, with parties and sectors in one column each."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if f.country:
        where.append(
            "g.agreement_id IN (SELECT agreement_id FROM v_agreement_parties "
            "WHERE country_iso3 = :country)"
        )
        params["country"] = f.country.upper()
    if f.actor:
        where.append(
            "g.agreement_id IN (SELECT agreement_id FROM v_agreement_parties "
            "WHERE lower(actor_name) LIKE :actor)"
        )
        params["actor"] = _like(f.actor)
    _dates("g.agreement_date", f, where, params)
    sql = _finish(
        "SELECT g.agreement_id, g.agreement_date, g.title, g.kind, g.status, g.modality, "
        "g.meeting_id, g.source_count FROM v_agreements g",
        where,
        "g.agreement_date, g.agreement_id",
        f.limit,
    )
    rows = _rows(session, sql, params)
    parties: dict[int, list[str]] = {}
    for p in _rows(session, "SELECT agreement_id, actor_name FROM v_agreement_parties", {}):
        parties.setdefault(p["agreement_id"], []).append(p["actor_name"])
    sectors: dict[int, list[str]] = {}
    for s in _rows(session, "SELECT agreement_id, sector_code FROM v_agreement_sectors", {}):
        sectors.setdefault(s["agreement_id"], []).append(s["sector_code"])
    for row in rows:
        row["parties"] = "; ".join(sorted(parties.get(row["agreement_id"], [])))
        row["sectors"] = "; ".join(sorted(sectors.get(row["agreement_id"], [])))
    return rows


def list_aid_flows(session: Session, f: Filters) -> list[Row]:
    """Aid flows from v_aid_flows."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if f.country:
        where.append("(donor_iso3 = :country OR recipient_iso3 = :country)")
        params["country"] = f.country.upper()
    if f.actor:
        where.append("(lower(donor_name) LIKE :actor OR lower(recipient_name) LIKE :actor)")
        params["actor"] = _like(f.actor)
    _dates("flow_date", f, where, params)
    sql = _finish(
        "SELECT aid_flow_id, flow_date, donor_name, donor_iso3, recipient_name, recipient_iso3, "
        "amount, currency, amount_usd, flow_type, status, modality, purpose, source_count "
        "FROM v_aid_flows",
        where,
        "aid_flow_id",
        f.limit,
    )
    return _rows(session, sql, params)


SHOW_VIEWS: dict[str, tuple[str, str, str]] = {
    # command word: (view, id column, fact_type in v_evidence)
    "actor": ("v_actors", "actor_id", "actor"),
    "meeting": ("v_meetings", "meeting_id", "meeting"),
    "agreement": ("v_agreements", "agreement_id", "agreement"),
    "aid": ("v_aid_flows", "aid_flow_id", "aid_flow"),
    "statement": ("v_statements", "statement_id", "statement"),
    "relation": ("v_relations", "relation_id", "relation"),
}

_DETAILS: dict[str, list[tuple[str, str]]] = {
    "meeting": [("participants", "SELECT * FROM v_meeting_participants WHERE meeting_id = :id")],
    "agreement": [
        ("parties", "SELECT * FROM v_agreement_parties WHERE agreement_id = :id"),
        ("sectors", "SELECT * FROM v_agreement_sectors WHERE agreement_id = :id"),
    ],
    "statement": [("speakers", "SELECT * FROM v_statement_speakers WHERE statement_id = :id")],
    "actor": [("roles", "SELECT * FROM v_roles WHERE person_actor_id = :id")],
}


def show_fact(session: Session, kind: str, fact_id: int) -> Row:
    """One fact with its details and evidence."""
    if kind not in SHOW_VIEWS:
        raise InputError(f"unknown kind {kind!r} (expected one of: {', '.join(SHOW_VIEWS)})")
    view, id_column, fact_type = SHOW_VIEWS[kind]
    rows = _rows(session, f"SELECT * FROM {view} WHERE {id_column} = :id", {"id": fact_id})
    if not rows:
        raise InputError(f"there is no {kind} with id {fact_id}")
    fact = rows[0]
    for name, sql in _DETAILS.get(kind, []):
        fact[name] = _rows(session, sql, {"id": fact_id})
    fact["evidence"] = _rows(
        session,
        "SELECT source_id, source_url, quote, char_start, char_end, method, confidence "
        "FROM v_evidence WHERE fact_type = :fact_type AND fact_id = :id ORDER BY source_id, "
        "char_start",
        {"fact_type": fact_type, "id": fact_id},
    )
    return fact


def view_counts(session: Session) -> dict[str, int]:
    """How many rows each analyst view has."""
    from entente.models.views import VIEW_NAMES

    return {
        name: int(session.execute(text(f"SELECT COUNT(*) FROM {name}")).scalar_one())
        for name in VIEW_NAMES
    }
