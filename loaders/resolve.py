"""Resolve the names, aliases and codes that facts use into actor ids, creating new actors.

One ``ActorResolver`` serves a whole load run: it reads the actor and alias tables once and keeps
them up to date as it creates actors, and it asks the database again before it gives up on a
name, so that actors another loader created meanwhile are found rather than duplicated.

It also remembers the aliases (and, for the writer, other rows) it has written, so that a load
does not send the same row again for every article that names the same person. That memory is
only good while nothing it wrote was rolled back: the loader drops its resolver on any failure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from entente.errors import InputError
from entente.loaders.refdata import normalise_alias
from entente.loaders.upsert import fetch_rows, insert_ignore, insert_returning, run
from entente.models import Actor, ActorAlias
from entente.models.base import table_of
from entente.models.vocab import ActorKind, AliasKind

# When one name fits several actors, the first kind here wins.
_KIND_PREFERENCE = {
    ActorKind.STATE.value: 0,
    ActorKind.ORGANIZATION.value: 1,
    ActorKind.PROGRAM.value: 2,
    ActorKind.PERSON.value: 3,
    ActorKind.GROUP.value: 4,
    ActorKind.PLACE.value: 5,
}


@dataclass(frozen=True)
class ActorRow:
    """What the resolver knows of an actor."""

    actor_id: int
    kind: str
    name: str
    iso3: str | None
    country_actor_id: int | None


class ActorResolver:
    """Names to actor ids, for one session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._by_id: dict[int, ActorRow] = {}
        self._by_iso3: dict[str, int] = {}
        self._by_name: dict[str, set[int]] = {}
        self._aliases: set[tuple[int, str, str]] = set()  # (actor_id, alias, alias_kind) stored
        self._written: set[object] = set()
        self._reload()

    def _remember(self, row: ActorRow) -> None:
        self._by_id[row.actor_id] = row
        if row.iso3:
            self._by_iso3[row.iso3] = row.actor_id
        self._by_name.setdefault(normalise_alias(row.name), set()).add(row.actor_id)

    def _reload(self) -> None:
        columns = (Actor.actor_id, Actor.kind, Actor.name, Actor.iso3, Actor.country_actor_id)
        for values in self.session.execute(select(*columns)):
            self._remember(ActorRow(*values))
        for actor_id, alias, alias_norm, alias_kind in self.session.execute(
            select(
                ActorAlias.actor_id, ActorAlias.alias, ActorAlias.alias_norm, ActorAlias.alias_kind
            )
        ):
            self._by_name.setdefault(alias_norm, set()).add(actor_id)
            self._aliases.add((actor_id, alias, alias_kind))

    def first_time(self, row: object) -> bool:
        """Whether ``row`` (any hashable record of a write) is new to this resolver; it is
        remembered from now on. Lets the writer skip an upsert it has already made."""
        if row in self._written:
            return False
        self._written.add(row)
        return True

    def row(self, actor_id: int) -> ActorRow:
        """What is known of an actor by id."""
        return self._by_id[actor_id]

    def iso3_of(self, actor_id: int) -> str | None:
        """The ISO3 code of a state, or of the state a person or body belongs to."""
        row = self._by_id[actor_id]
        if row.iso3:
            return row.iso3
        if row.country_actor_id is not None:
            return self._by_id[row.country_actor_id].iso3
        return None

    def key(self, actor_id: int) -> str:
        """A readable, stable key of an actor for natural keys: ISO3 for states, else the name."""
        row = self._by_id[actor_id]
        return row.iso3 or f"{row.kind}:{normalise_alias(row.name)}"

    def _pick(self, candidates: set[int], ref: str, kind: str | None) -> int:
        rows = [self._by_id[c] for c in candidates if c in self._by_id]
        if kind is not None:
            rows = [r for r in rows if r.kind == kind] or rows
        rows.sort(key=lambda r: (_KIND_PREFERENCE.get(r.kind, 9), r.actor_id))
        if len(rows) > 1 and _KIND_PREFERENCE[rows[0].kind] == _KIND_PREFERENCE[rows[1].kind]:
            names = ", ".join(sorted({f"{r.name} ({r.kind})" for r in rows[:4]}))
            raise InputError(f"{ref!r} is ambiguous: it could be {names}; use a fuller name")
        return rows[0].actor_id

    def find(self, ref: str, *, kind: str | None = None) -> int | None:
        """The actor a name, alias or code refers to, or None."""
        ref = ref.strip()
        if len(ref) == 3 and ref.isupper() and ref in self._by_iso3:
            return self._by_iso3[ref]
        norm = normalise_alias(ref)
        candidates = self._by_name.get(norm)
        if not candidates:
            candidates = self._lookup_database(norm)
        if not candidates:
            return None
        return self._pick(candidates, ref, kind)

    def _lookup_database(self, norm: str) -> set[int]:
        """Ask the database for actors another loader may have created since we read it."""
        found = set()
        for values in fetch_rows(self.session, "actors by name", _by_name_query, {"norm": norm}):
            row = ActorRow(*values)
            self._remember(row)
            found.add(row.actor_id)
        if found:
            self._by_name.setdefault(norm, set()).update(found)
        return found

    def resolve(self, ref: str, *, kind: str | None = None) -> int:
        """The actor a name, alias or code refers to; an InputError when there is none."""
        actor_id = self.find(ref, kind=kind)
        if actor_id is None:
            raise InputError(
                f"unknown actor {ref!r} (expected a state name or ISO3 code, a known "
                "organisation, or an actor listed under actors:)"
            )
        return actor_id

    def ensure(
        self,
        *,
        kind: str,
        name: str,
        country_actor_id: int | None = None,
        wikidata_qid: str | None = None,
        cameo_code: str | None = None,
        aliases: list[tuple[str, str]] | None = None,
    ) -> int:
        """The id of the actor of this kind and name, creating it (and its aliases) if needed."""
        existing = self._by_name.get(normalise_alias(name), set())
        actor_id = next(
            (
                a
                for a in sorted(existing)
                if a in self._by_id
                and self._by_id[a].kind == kind
                and normalise_alias(self._by_id[a].name) == normalise_alias(name)
            ),
            None,
        )
        if actor_id is None:
            new_row = {
                "kind": kind,
                "name": name,
                "country_actor_id": country_actor_id,
                "wikidata_qid": wikidata_qid,
                "cameo_code": cameo_code,
            }
            table = table_of(Actor)
            new_id = insert_returning(
                self.session, table, new_row, ["kind", "name"], "actor_id"
            ).get()
            if new_id is not None:
                row = ActorRow(int(new_id), kind, name, None, country_actor_id)
            else:  # another loader (or an earlier article) created it
                params = {"kind": kind, "name": name}
                (values,) = fetch_rows(self.session, "actor by kind", _by_kind_query, params)
                row = ActorRow(*values)
            self._remember(row)
            actor_id = row.actor_id
        elif country_actor_id is not None and self._by_id[actor_id].country_actor_id is None:
            run(
                self.session,
                "actor country",
                _country_update,
                {"actor_id": actor_id, "country_actor_id": country_actor_id},
            )
            old = self._by_id[actor_id]
            self._by_id[actor_id] = ActorRow(
                old.actor_id, old.kind, old.name, old.iso3, country_actor_id
            )
        if aliases:
            self.add_aliases(actor_id, aliases)
        return actor_id

    def add_aliases(self, actor_id: int, aliases: list[tuple[str, str]]) -> None:
        """Record other names of an actor: (alias, alias_kind) pairs."""
        rows = []
        for alias, alias_kind in aliases:
            kind = AliasKind(alias_kind).value
            if alias.strip() and (actor_id, alias, kind) not in self._aliases:
                self._aliases.add((actor_id, alias, kind))
                rows.append(
                    {
                        "actor_id": actor_id,
                        "alias": alias,
                        "alias_norm": normalise_alias(alias),
                        "alias_kind": kind,
                    }
                )
        insert_ignore(
            self.session,
            table_of(ActorAlias),
            rows,
            ["actor_id", "alias", "alias_kind"],
        )
        for row in rows:
            self._by_name.setdefault(str(row["alias_norm"]), set()).add(actor_id)


_ACTOR_COLUMNS = (Actor.actor_id, Actor.kind, Actor.name, Actor.iso3, Actor.country_actor_id)


def _by_name_query() -> Any:
    alias_ids = select(ActorAlias.actor_id).where(ActorAlias.alias_norm == bindparam("norm"))
    return select(*_ACTOR_COLUMNS).where(
        or_(func.lower(Actor.name) == bindparam("norm"), Actor.actor_id.in_(alias_ids))
    )


def _by_kind_query() -> Any:
    return select(*_ACTOR_COLUMNS).where(
        Actor.kind == bindparam("kind"), Actor.name == bindparam("name")
    )


def _country_update() -> Any:
    return (
        update(table_of(Actor))
        .where(Actor.actor_id == bindparam("actor_id"))
        .values(country_actor_id=bindparam("country_actor_id"))
    )
