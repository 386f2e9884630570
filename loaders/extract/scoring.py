"""Comparing extracted bundles with gold bundles: precision, recall and F1 per kind of fact.

Matching rules (one-to-one, greedy):

* meetings: the same set of sides (participant ``represents``, else ``actor``) and start date;
* agreements: the same set of parties, and overlapping sectors or similar titles;
* aid flows: the same donor, recipient, amount and currency;
* statements: the same kind, set of speakers and target;
* relations: the same kind and pair of actors (in either order, except ``member of``);
* people: the same full name and country.

References are compared after resolving names and aliases (``IMF`` = ``International Monetary
Fund``) through the gazetteer and each bundle's own actor list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from entente.loaders.factfile import (
    AgreementIn,
    AidFlowIn,
    FactBundle,
    MeetingIn,
    RelationIn,
    StatementIn,
)
from entente.loaders.gazetteer import Gazetteer
from entente.models.vocab import ActorKind, RelationKind

T = TypeVar("T")
U = TypeVar("U")

_STOPWORDS = frozenset(
    {"the", "a", "an", "of", "on", "for", "to", "in", "and", "with", "between", "by", "at"}
)


@dataclass
class Score:
    """Counts of matched, extra and missed items."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        """Add another score's counts to this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        """Share of extracted items that match gold (1.0 when nothing was extracted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items that were extracted (1.0 when gold has none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Pairing(Generic[T, U]):
    """The outcome of matching: the score, and the items left over on either side."""

    score: Score
    extra: list[T]  # predicted items no gold item matched
    missed: list[U]  # gold items no predicted item matched


def pair(predicted: Sequence[T], gold: Sequence[U], same: Callable[[T, U], bool]) -> Pairing[T, U]:
    """Pair predicted with gold items one-to-one (first fit), keeping what is left over."""
    used: set[int] = set()
    extra: list[T] = []
    for item in predicted:
        for i, wanted in enumerate(gold):
            if i not in used and same(item, wanted):
                used.add(i)
                break
        else:
            extra.append(item)
    tp = len(predicted) - len(extra)
    missed = [g for i, g in enumerate(gold) if i not in used]
    return Pairing(Score(tp=tp, fp=len(extra), fn=len(missed)), extra, missed)


def match(predicted: Sequence[T], gold: Sequence[U], same: Callable[[T, U], bool]) -> Score:
    """Pair predicted with gold items one-to-one (first fit) and count."""
    return pair(predicted, gold, same).score


class Resolver:
    """Maps the references of one bundle to comparable keys (ISO3 or canonical names)."""

    def __init__(self, bundle: FactBundle, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.own: dict[str, str] = {}
        for actor in bundle.actors:
            if actor.kind in (ActorKind.ORGANIZATION, ActorKind.PROGRAM, ActorKind.GROUP):
                canonical = self._lookup(actor.name)
                for alias in actor.aliases:
                    canonical = canonical or self._lookup(alias)
                self.own[actor.name] = canonical or actor.name

    def _lookup(self, name: str) -> str | None:
        if name in self.gazetteer.states or name in self.gazetteer.organizations:
            return name
        entries = [e for e in self.gazetteer.lookup(name) if e.kind is not ActorKind.PERSON]
        return entries[0].actor if entries else None

    def __call__(self, ref: str | None) -> str | None:
        if ref is None:
            return None
        if ref in self.own:
            return self.own[ref]
        return self._lookup(ref) or ref


def _sides(meeting: MeetingIn, resolve: Resolver) -> frozenset[str | None]:
    return frozenset(resolve(p.represents or p.actor) for p in meeting.participants)


def _words(title: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", title.lower()) if w not in _STOPWORDS}


def title_similarity(a: str, b: str) -> float:
    """Shared content words over the words of the shorter title."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


KINDS = ("meetings", "agreements", "aid_flows", "statements", "relations", "people")
"""The kinds of fact scored, in report order."""


@dataclass
class BundleScores:
    """Scores of one extracted bundle against its gold bundle (``leftovers`` holds, per kind,
    the extra predicted and the missed gold items, for error reports)."""

    meetings: Score
    agreements: Score
    aid_flows: Score
    people: Score
    statements: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    leftovers: dict[str, tuple[list[object], list[object]]] = field(default_factory=dict)

    def add(self, other: BundleScores) -> None:
        """Accumulate another article's scores."""
        for kind in KINDS:
            getattr(self, kind).add(getattr(other, kind))

    @classmethod
    def empty(cls) -> BundleScores:
        """Zero counts for every kind."""
        return cls(Score(), Score(), Score(), Score())


_SYMMETRIC_EXCEPT = frozenset({RelationKind.MEMBER_OF})


def score_bundle(predicted: FactBundle, gold: FactBundle, gazetteer: Gazetteer) -> BundleScores:
    """Compare one extracted bundle with its gold bundle."""
    rp, rg = Resolver(predicted, gazetteer), Resolver(gold, gazetteer)

    def same_meeting(p: MeetingIn, g: MeetingIn) -> bool:
        return _sides(p, rp) == _sides(g, rg) and p.start_date == g.start_date

    def same_agreement(p: AgreementIn, g: AgreementIn) -> bool:
        if {rp(x) for x in p.parties} != {rg(x) for x in g.parties}:
            return False
        return bool(set(p.sectors) & set(g.sectors)) or title_similarity(p.title, g.title) >= 0.5

    def same_flow(p: AidFlowIn, g: AidFlowIn) -> bool:
        return (
            rp(p.donor) == rg(g.donor)
            and rp(p.recipient) == rg(g.recipient)
            and p.amount == g.amount
            and p.currency == g.currency
        )

    def same_statement(p: StatementIn, g: StatementIn) -> bool:
        return (
            p.kind is g.kind
            and {rp(x) for x in p.speakers} == {rg(x) for x in g.speakers}
            and rp(p.target) == rg(g.target)
        )

    def same_relation(p: RelationIn, g: RelationIn) -> bool:
        if p.kind is not g.kind:
            return False
        a, b = (rp(p.actor), rp(p.other)), (rg(g.actor), rg(g.other))
        return a == b or (g.kind not in _SYMMETRIC_EXCEPT and a == b[::-1])

    def people(bundle: FactBundle, resolve: Resolver) -> list[tuple[str, str | None]]:
        return [(a.name, resolve(a.country)) for a in bundle.actors if a.kind is ActorKind.PERSON]

    meetings = pair(predicted.meetings, gold.meetings, same_meeting)
    agreements = pair(predicted.agreements, gold.agreements, same_agreement)
    flows = pair(predicted.aid_flows, gold.aid_flows, same_flow)
    statements = pair(predicted.statements, gold.statements, same_statement)
    relations = pair(predicted.relations, gold.relations, same_relation)
    persons = pair(people(predicted, rp), people(gold, rg), lambda a, b: a == b)
    return BundleScores(
        meetings=meetings.score,
        agreements=agreements.score,
        aid_flows=flows.score,
        people=persons.score,
        statements=statements.score,
        relations=relations.score,
        leftovers={
            "meetings": (list(meetings.extra), list(meetings.missed)),
            "agreements": (list(agreements.extra), list(agreements.missed)),
            "aid_flows": (list(flows.extra), list(flows.missed)),
            "statements": (list(statements.extra), list(statements.missed)),
            "relations": (list(relations.extra), list(relations.missed)),
            "people": (list(persons.extra), list(persons.missed)),
        },
    )
