"""The gazetteer: every name, short form, adjective, capital and person alias the extractor knows.

It is built from the shipped seed lists (``states.csv``, ``aliases.csv``, ``organizations.csv``
and the known office-holders in ``extraction/people.csv``) and can be extended with the people
already in the database.

Two lists guard against false matches. ``extraction/regions.csv`` names regions and compounds
that hold a state's name or prefix but are not that state ("New Jersey", "Latin America",
"Indo-Pacific", "Greco-Roman"): they are places, and the longest match wins, so the state inside
is never read. ``extraction/alias_overrides.csv`` gives an alias to another actor than the
seeds do, where news usage differs ("Brussels" for the European Union, with Belgium as the
country of the place). It holds data only; matching text against it is the extractor's job,
through the token index that :meth:`Gazetteer.index` builds once per gazetteer.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from entente.models.vocab import ActorKind, AliasKind

SEEDS_PACKAGE = "entente.seeds"

# A token-tuple key and the entries it names; the index maps a first token to these, longest first.
IndexEntry = tuple[tuple[str, ...], tuple["GazetteerEntry", ...]]


@dataclass(frozen=True)
class GazetteerEntry:
    """One way of naming one actor."""

    alias: str
    actor: str  # ISO3 code of a state, canonical organisation name, or a person's full name
    kind: ActorKind
    alias_kind: AliasKind
    country_iso3: str | None


@dataclass(frozen=True)
class KnownPerson:
    """A person the extractor should recognise and reuse (from seeds or the database)."""

    name: str
    country_iso3: str | None
    role_title: str | None
    role_of: str | None
    aliases: tuple[str, ...] = ()

    @property
    def surname(self) -> str:
        """The family name used alone later in a text (last word of the name)."""
        return self.name.split()[-1]


def _read_seed_csv(name: str) -> list[dict[str, str]]:
    """Rows of a seed CSV shipped in ``entente.seeds``; empty when the file is absent."""
    resource = resources.files(SEEDS_PACKAGE).joinpath(name)
    if not resource.is_file():
        return []
    text = resource.read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text))
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in rows]


def _alias_kind(value: str) -> AliasKind:
    try:
        return AliasKind(value.strip().lower())
    except ValueError:
        return AliasKind.NAME


@dataclass(frozen=True)
class StateInfo:
    """What the gazetteer knows of a state beyond its aliases."""

    iso3: str
    name: str


@dataclass
class Gazetteer:
    """Aliases of states, organisations, programmes and people, with a token index for matching."""

    entries: tuple[GazetteerEntry, ...]
    states: dict[str, StateInfo]
    organizations: dict[str, ActorKind]
    organization_country: dict[str, str | None]
    people: dict[str, KnownPerson]
    _index: dict[str, list[IndexEntry]] | None = field(default=None, repr=False, compare=False)
    derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    """Values the extractor derives from this gazetteer once (such as a surname index)."""

    @classmethod
    def from_seeds(cls) -> Gazetteer:
        """The gazetteer of the shipped seed lists (built once and cached)."""
        return _seed_gazetteer()

    @classmethod
    def build(
        cls,
        states: Iterable[dict[str, str]],
        aliases: Iterable[dict[str, str]],
        organizations: Iterable[dict[str, str]],
        people: Iterable[KnownPerson] = (),
        places: Iterable[dict[str, str]] = (),
        regions: Iterable[dict[str, str]] = (),
        overrides: Iterable[dict[str, str]] = (),
    ) -> Gazetteer:
        """Build a gazetteer from rows shaped like the seed CSVs.

        ``places`` rows are ``place,country_iso3`` (cities, not actors); ``regions`` rows are
        ``name,country_iso3`` (regions and compounds that are no state, country optional);
        ``overrides`` rows are ``alias,actor,alias_kind,place_country`` and replace every other
        reading of the alias."""
        entries: list[GazetteerEntry] = []
        state_info: dict[str, StateInfo] = {}
        for row in states:
            iso3 = row.get("iso3", "").upper()
            if len(iso3) != 3:
                continue
            name = row.get("name") or iso3
            state_info[iso3] = StateInfo(iso3=iso3, name=name)
            entries.append(GazetteerEntry(name, iso3, ActorKind.STATE, AliasKind.NAME, iso3))
            official = row.get("official_name")
            if official and official != name:
                entries.append(
                    GazetteerEntry(official, iso3, ActorKind.STATE, AliasKind.NAME, iso3)
                )
        org_kind: dict[str, ActorKind] = {}
        org_country: dict[str, str | None] = {}
        for row in organizations:
            name = row.get("name", "")
            if not name:
                continue
            try:
                kind = ActorKind(row.get("kind", "organization").strip().lower())
            except ValueError:
                kind = ActorKind.ORGANIZATION
            country = (row.get("country_iso3") or "").upper() or None
            org_kind[name] = kind
            org_country[name] = country
            entries.append(GazetteerEntry(name, name, kind, AliasKind.NAME, country))
        for row in aliases:
            actor, alias = row.get("actor", ""), row.get("alias", "")
            if not actor or not alias:
                continue
            if actor.upper() in state_info:
                iso3 = actor.upper()
                entries.append(
                    GazetteerEntry(
                        alias, iso3, ActorKind.STATE, _alias_kind(row.get("alias_kind", "")), iso3
                    )
                )
            elif actor in org_kind:
                entries.append(
                    GazetteerEntry(
                        alias,
                        actor,
                        org_kind[actor],
                        _alias_kind(row.get("alias_kind", "")),
                        org_country[actor],
                    )
                )
        for row in places:
            place = row.get("place", "")
            if place:
                country = (row.get("country_iso3") or "").upper() or None
                entries.append(
                    GazetteerEntry(place, place, ActorKind.PLACE, AliasKind.NAME, country)
                )
        for row in regions:
            name = row.get("name", "")
            if name:
                country = (row.get("country_iso3") or "").upper() or None
                entries.append(GazetteerEntry(name, name, ActorKind.PLACE, AliasKind.NAME, country))
        entries = _overridden(entries, overrides, state_info, org_kind, org_country)
        gazetteer = cls(
            entries=tuple(entries),
            states=state_info,
            organizations=org_kind,
            organization_country=org_country,
            people={},
        )
        return gazetteer.with_people(people)

    def with_people(self, people: Iterable[KnownPerson]) -> Gazetteer:
        """A copy that also knows ``people`` (full names and aliases); later entries win."""
        known = dict(self.people)
        for person in people:
            known[person.name] = person
        entries = [e for e in self.entries if e.kind is not ActorKind.PERSON]
        for person in known.values():
            entries.append(
                GazetteerEntry(
                    person.name, person.name, ActorKind.PERSON, AliasKind.NAME, person.country_iso3
                )
            )
            for alias in person.aliases:
                kind = AliasKind.SURNAME if len(alias.split()) == 1 else AliasKind.NAME
                entries.append(
                    GazetteerEntry(alias, person.name, ActorKind.PERSON, kind, person.country_iso3)
                )
        return Gazetteer(
            entries=tuple(entries),
            states=self.states,
            organizations=self.organizations,
            organization_country=self.organization_country,
            people=known,
        )

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self.entries)

    def lookup(self, alias: str) -> list[GazetteerEntry]:
        """Entries whose alias is exactly ``alias``."""
        from entente.loaders.extract.tokens import token_key

        key = token_key(alias)
        if not key:
            return []
        for candidate, found in self.index().get(key[0], []):
            if candidate == key:
                return list(found)
        return []

    def index(self) -> dict[str, list[IndexEntry]]:
        """Aliases keyed by their first token, each list longest alias first (built once)."""
        if self._index is None:
            from entente.loaders.extract.tokens import token_key

            grouped: dict[tuple[str, ...], list[GazetteerEntry]] = {}
            for entry in self.entries:
                key = token_key(entry.alias)
                if key:
                    grouped.setdefault(key, []).append(entry)
                plain = _without_accents(entry.alias)
                if plain != entry.alias:
                    # news copy often drops accents: "Male", "Agence Francaise"
                    grouped.setdefault(token_key(plain), []).append(entry)
            index: dict[str, list[IndexEntry]] = {}
            for key, found in grouped.items():
                index.setdefault(key[0], []).append((key, tuple(_by_preference(found))))
            for candidates in index.values():
                candidates.sort(key=lambda item: -len(item[0]))
            self._index = index
        return self._index

    def is_state(self, ref: str) -> bool:
        """Whether ``ref`` is the ISO3 code of a known state."""
        return ref in self.states

    def state_name(self, iso3: str) -> str:
        """The short English name of a state (the code itself when unknown)."""
        info = self.states.get(iso3)
        return info.name if info else iso3


def _without_accents(text: str) -> str:
    """The text with accents taken off its letters ("Malé" -> "Male")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _overridden(
    entries: list[GazetteerEntry],
    overrides: Iterable[dict[str, str]],
    states: dict[str, StateInfo],
    org_kind: dict[str, ActorKind],
    org_country: dict[str, str | None],
) -> list[GazetteerEntry]:
    """The entries with each overridden alias read only as the override says."""
    replaced: dict[str, GazetteerEntry] = {}
    for row in overrides:
        alias, actor = row.get("alias", ""), row.get("actor", "")
        if not alias or not actor:
            continue
        place_country = (row.get("place_country") or "").upper() or None
        if actor.upper() in states:
            kind, actor = ActorKind.STATE, actor.upper()
        elif actor in org_kind:
            kind = org_kind[actor]
            place_country = place_country or org_country.get(actor)
        else:
            continue
        alias_kind = _alias_kind(row.get("alias_kind", ""))
        replaced[alias] = GazetteerEntry(alias, actor, kind, alias_kind, place_country)
    if not replaced:
        return entries
    kept = [e for e in entries if e.alias not in replaced]
    return kept + list(replaced.values())


_KIND_ORDER = {
    ActorKind.STATE: 0,
    ActorKind.ORGANIZATION: 1,
    ActorKind.PROGRAM: 2,
    ActorKind.PERSON: 3,
    ActorKind.GROUP: 4,
    ActorKind.PLACE: 5,
}
_ALIAS_ORDER = {
    AliasKind.NAME: 0,
    AliasKind.SHORT: 1,
    AliasKind.ADJECTIVE: 2,
    AliasKind.DEMONYM: 3,
    AliasKind.CAPITAL: 4,
    AliasKind.PREFIX: 5,
    AliasKind.SURNAME: 6,
}


def _by_preference(entries: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """Entries for one alias, the likeliest reading first (a person's full name, then states)."""
    unique = list(dict.fromkeys(entries))
    return sorted(
        unique,
        key=lambda e: (
            0 if e.kind is ActorKind.PERSON and e.alias_kind is AliasKind.NAME else 1,
            _KIND_ORDER.get(e.kind, 9),
            _ALIAS_ORDER.get(e.alias_kind, 9),
        ),
    )


def _known_people_rows() -> list[KnownPerson]:
    people: list[KnownPerson] = []
    for row in _read_seed_csv("extraction/people.csv"):
        name = row.get("name", "")
        if not name:
            continue
        aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
        people.append(
            KnownPerson(
                name=name,
                country_iso3=(row.get("country_iso3") or "").upper() or None,
                role_title=row.get("role_title") or None,
                role_of=row.get("role_of") or None,
                aliases=aliases,
            )
        )
    return people


def _extra_organizations(
    known: list[dict[str, str]],
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The extractor's own organisation list (``extraction/organizations.csv``: state lenders
    and funds news names often) as organisation rows and alias rows, less those already known."""
    names = {row.get("name", "") for row in known}
    orgs: list[dict[str, str]] = []
    aliases: list[dict[str, str]] = []
    for row in _read_seed_csv("extraction/organizations.csv"):
        name = row.get("name", "")
        if not name or name in names:
            continue
        orgs.append(row)
        for alias in (a.strip() for a in row.get("aliases", "").split("|")):
            if alias:
                aliases.append({"actor": name, "alias": alias, "alias_kind": "short"})
    return orgs, aliases


@cache
def _seed_gazetteer() -> Gazetteer:
    organizations = _read_seed_csv("organizations.csv")
    extra_orgs, extra_aliases = _extra_organizations(organizations)
    return Gazetteer.build(
        states=_read_seed_csv("states.csv"),
        aliases=_read_seed_csv("aliases.csv") + extra_aliases,
        organizations=organizations + extra_orgs,
        people=_known_people_rows(),
        places=_read_seed_csv("extraction/places.csv"),
        regions=_read_seed_csv("extraction/regions.csv"),
        overrides=_read_seed_csv("extraction/alias_overrides.csv"),
    )
