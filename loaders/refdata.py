"""Reference data shipped in seeds/: states, organisations, aliases, currencies and sectors.

``sync_reference_data`` runs after every ``entente db upgrade`` and is idempotent: it inserts what
is missing and refreshes codes and names from the shipped files, so a new database can take a new
article at once.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache
from importlib.resources import files

from sqlalchemy import select
from sqlalchemy.orm import Session

from entente.loaders.upsert import insert_ignore, upsert
from entente.models import Actor, ActorAlias, Currency, Sector
from entente.models.base import table_of
from entente.models.vocab import ActorKind, AliasKind


def seed_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV file shipped in ``entente.seeds``, as dicts of stripped strings."""
    return list(_read(name))


def _read(name: str) -> Iterator[dict[str, str]]:
    text = (files("entente.seeds") / name).read_text(encoding="utf-8")
    for row in csv.DictReader(text.splitlines()):
        yield {key: (value or "").strip() for key, value in row.items() if key}


def _none(value: str) -> str | None:
    return value or None


def normalise_alias(alias: str) -> str:
    """The look-up form of a name: case-folded, single-spaced, no dots in abbreviations."""
    return " ".join(alias.replace(".", "").casefold().split())


@cache
def sectors_by_code() -> dict[str, dict[str, str]]:
    """The shipped sector list, by code."""
    return {row["code"]: row for row in seed_rows("sectors.csv")}


@cache
def currency_codes() -> frozenset[str]:
    """The shipped ISO 4217 codes."""
    return frozenset(row["code"] for row in seed_rows("currencies.csv"))


def sync_reference_data(session: Session) -> dict[str, int]:
    """Insert or refresh the shipped reference data; return how many rows each list has."""
    currencies = [
        {
            "currency_code": row["code"],
            "name": row["name"],
            "numeric_code": _none(row.get("numeric_code", "")),
            "minor_unit": int(row["minor_unit"]) if row.get("minor_unit") else None,
        }
        for row in seed_rows("currencies.csv")
    ]
    upsert(
        session,
        table_of(Currency),
        currencies,
        ["currency_code"],
        ["name", "numeric_code", "minor_unit"],
    )
    sectors = [
        {
            "sector_code": row["code"],
            "name": row["name"],
            "dac_purpose_code": _none(row.get("dac_purpose_code", "")),
            "keywords": row.get("keywords", ""),
        }
        for row in seed_rows("sectors.csv")
    ]
    upsert(
        session,
        table_of(Sector),
        sectors,
        ["sector_code"],
        ["name", "dac_purpose_code", "keywords"],
    )
    states = [
        {
            "kind": ActorKind.STATE.value,
            "name": row["name"],
            "iso3": row["iso3"],
            "iso2": _none(row["iso2"]),
            "wikidata_qid": _none(row.get("wikidata_qid", "")),
            "cameo_code": _none(row.get("cameo_code", "")),
        }
        for row in seed_rows("states.csv")
    ]
    upsert(
        session,
        table_of(Actor),
        states,
        ["iso3"],
        ["name", "iso2", "wikidata_qid", "cameo_code"],
    )
    state_ids = {
        iso3: actor_id
        for iso3, actor_id in session.execute(
            select(Actor.iso3, Actor.actor_id).where(Actor.iso3.is_not(None))
        )
        if iso3
    }
    organizations = [
        {
            "kind": row["kind"],
            "name": row["name"],
            "country_actor_id": state_ids.get(row.get("country_iso3", "")),
            "wikidata_qid": _none(row.get("wikidata_qid", "")),
            "cameo_code": _none(row.get("cameo_code", "")),
        }
        for row in seed_rows("organizations.csv")
    ]
    upsert(
        session,
        table_of(Actor),
        organizations,
        ["kind", "name"],
        ["country_actor_id", "wikidata_qid", "cameo_code"],
    )
    org_ids = {
        name: actor_id
        for name, actor_id in session.execute(
            select(Actor.name, Actor.actor_id).where(
                Actor.kind.in_([ActorKind.ORGANIZATION, ActorKind.PROGRAM, ActorKind.GROUP])
            )
        )
    }
    aliases = []
    for row in seed_rows("aliases.csv"):
        actor_id = state_ids.get(row["actor"]) or org_ids.get(row["actor"])
        if actor_id is None:
            raise ValueError(f"seeds/aliases.csv names unknown actor {row['actor']!r}")
        aliases.append(
            {
                "actor_id": actor_id,
                "alias": row["alias"],
                "alias_norm": normalise_alias(row["alias"]),
                "alias_kind": AliasKind(row["alias_kind"]).value,
            }
        )
    insert_ignore(
        session,
        table_of(ActorAlias),
        aliases,
        ["actor_id", "alias", "alias_kind"],
    )
    return {
        "currencies": len(currencies),
        "sectors": len(sectors),
        "states": len(states),
        "organizations": len(organizations),
        "aliases": len(aliases),
    }
