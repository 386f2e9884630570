"""Write one fact bundle into the database: the source, its actors, facts and evidence.

``write_bundle`` does all its work in the caller's transaction, so that one article loads whole or
not at all. Facts are upserted on their natural keys, which makes a second load of the same input
change nothing and lets two articles that state the same fact share one row (with two pieces of
evidence). A corrected fact file for a source replaces that source's facts; facts that other
sources also support stay.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, exists, select, update
from sqlalchemy.orm import Session

from entente.errors import DatabaseError, InputError
from entente.loaders import keys
from entente.loaders.factfile import (
    ActorIn,
    AgreementIn,
    AidFlowIn,
    EvidenceIn,
    FactBundle,
    MeetingIn,
    RelationIn,
    StatementIn,
)
from entente.loaders.refdata import currency_codes, normalise_alias, sectors_by_code
from entente.loaders.resolve import ActorResolver
from entente.loaders.text import normalise_text, sha256_hex
from entente.loaders.upsert import (
    Lookup,
    Pending,
    insert_ignore,
    insert_returning,
    pipelined,
    select_one,
    upsert,
)
from entente.models import (
    EVIDENCE_TABLES,
    Agreement,
    AgreementParty,
    AgreementSector,
    AidFlow,
    Meeting,
    MeetingParticipant,
    Relation,
    Role,
    Source,
    Statement,
    StatementSpeaker,
)
from entente.models.base import table_of
from entente.models.vocab import ActorKind, AliasKind

_ALIAS_MAX = 200  # actor_aliases.alias and alias_norm
_QID_MAX = 20  # actors.wikidata_qid
_FILE_NAME_MAX = 500  # sources.file_name

FACT_TABLES: dict[str, tuple[Table, str]] = {
    "meeting": (table_of(Meeting), "meeting_id"),
    "agreement": (table_of(Agreement), "agreement_id"),
    "aid_flow": (table_of(AidFlow), "aid_flow_id"),
    "statement": (table_of(Statement), "statement_id"),
    "relation": (table_of(Relation), "relation_id"),
}


@dataclass
class LoadResult:
    """What loading one bundle did."""

    source_id: int
    status: str  # new, replaced, unchanged (same facts again) or known (text already loaded)
    new_facts: int = 0
    known_facts: int = 0
    counts: dict[str, int] = field(default_factory=dict)


class TextKnown(Exception):
    """The article's text turned out to be stored already (another loader was first).

    Raised from inside the write, after statements were queued: the caller rolls the
    transaction back and reports the article as known.
    """

    def __init__(self, source_id: int) -> None:
        super().__init__(source_id)
        self.source_id = source_id


class _Fact:
    """A fact row being upserted: its id is known once the statement's result is in."""

    __slots__ = ("fill", "id", "inserted", "kind", "natural_key", "refs", "row")

    def __init__(
        self,
        kind: str,
        natural_key: str,
        row: dict[str, Any],
        fill: list[str],
        inserted: Pending,
        refs: dict[str, _Fact],
    ) -> None:
        self.kind = kind
        self.natural_key = natural_key
        self.row = row
        self.fill = fill
        self.inserted: Pending | None = inserted
        self.refs = refs  # columns whose value is another fact's id, found by its natural key
        self.id: int | None = None


class _Writer:
    """The state of writing one bundle.

    Statements go out in the order the bundle lists things, but ids come back only when they
    are needed: rows that hang off a fact (participants, parties, evidence) are gathered and
    written at the end, once per table, so that on PostgreSQL a whole article costs a few
    round trips instead of one per statement.
    """

    def __init__(
        self,
        session: Session,
        resolver: ActorResolver,
        text: str,
        source: int | Pending,
        *,
        sha: str = "",
    ):
        self.session = session
        self.resolver = resolver
        self.text = text
        self._source = source
        self._sha = sha
        self.result = LoadResult(source_id=0, status="new")
        self.meeting_refs: dict[str, _Fact] = {}
        self.facts: list[_Fact] = []
        # (table, conflict columns, the fact, its rows without the fact's id)
        self.children: list[tuple[Table, tuple[str, ...], _Fact, list[dict[str, Any]]]] = []
        self.pending_evidence: list[tuple[str, _Fact | int, list[dict[str, Any]]]] = []

    # -- helpers ---------------------------------------------------------------------------

    def source_id(self) -> int:
        """The new source's id; TextKnown if another loader stored this text first."""
        source = self._source
        if isinstance(source, int):
            return source
        found = source.get()
        if found is None:
            raise TextKnown(_source_of(self.session, self._sha))
        self._source = int(found)
        return self._source

    def ref(self, value: str, where: str, *, kind: str | None = None) -> int:
        try:
            return self.resolver.resolve(value, kind=kind)
        except InputError as exc:
            raise InputError(f"{where}: {exc.message}") from None

    def side(self, actor_id: int) -> str:
        """The key of the state an actor stands for, else the actor's own key."""
        iso3 = self.resolver.iso3_of(actor_id)
        return iso3 or self.resolver.key(actor_id)

    def fact(
        self,
        kind: str,
        natural_key: str,
        values: dict[str, Any],
        fill: list[str],
        refs: dict[str, _Fact] | None = None,
    ) -> _Fact:
        """Queue the upsert of one fact on its natural key; its id comes with ``fact_id``.

        ``refs`` are columns that hold the id of another fact of this bundle: the statement
        looks it up by natural key, so that nothing waits for that fact's id.
        """
        table, id_column = FACT_TABLES[kind]
        refs = refs or {}
        row = {**values, **{c: ref.natural_key for c, ref in refs.items()}}
        row["natural_key"] = natural_key
        lookups = tuple(Lookup(c, *FACT_TABLES[ref.kind], "natural_key") for c, ref in refs.items())
        inserted = insert_returning(self.session, table, row, ["natural_key"], id_column, lookups)
        fact = _Fact(kind, natural_key, row, fill, inserted, refs)
        self.facts.append(fact)
        return fact

    def fact_id(self, fact: _Fact) -> int:
        """The id of a queued fact (waiting for it if need be), counted new or known."""
        if fact.id is None:
            self._resolve([fact])
        assert fact.id is not None
        return fact.id

    def _resolve(self, facts: Sequence[_Fact]) -> None:
        """Ids of facts: the inserted ones from their statements, the others looked up (all
        the look-ups queued before the first is waited for)."""
        known: list[tuple[_Fact, Pending]] = []
        for fact in facts:
            if fact.inserted is None:
                continue
            new_id = fact.inserted.get()
            fact.inserted = None
            if new_id is not None:
                fact.id = int(new_id)
                self.result.new_facts += 1
            else:
                table, id_column = FACT_TABLES[fact.kind]
                found = select_one(self.session, table, id_column, natural_key=fact.natural_key)
                known.append((fact, found))
            self.result.counts[fact.kind] = self.result.counts.get(fact.kind, 0) + 1
        for fact, found in known:
            value = found.get()
            if value is None:
                raise DatabaseError(
                    f"{fact.kind} {fact.natural_key!r} vanished while being written"
                )
            fact.id = int(value)
            self.result.known_facts += 1
            for column, ref in fact.refs.items():
                fact.row[column] = self.fact_id(ref)
            if any(fact.row.get(column) is not None for column in fact.fill):
                table, _ = FACT_TABLES[fact.kind]
                upsert(self.session, table, [fact.row], ["natural_key"], fact.fill, fill_only=True)

    def child_rows(
        self, model: Any, fact: _Fact, rows: list[dict[str, Any]], conflict: tuple[str, ...]
    ) -> None:
        """Rows that name ``fact`` (its id filled in at the end), inserted unless present."""
        if rows:
            self.children.append((table_of(model), conflict, fact, rows))

    def evidence(
        self, fact_type: str, fact: _Fact | int, items: Sequence[EvidenceIn], where: str
    ) -> None:
        if not items and fact_type != "actor":
            raise InputError(f"{where}.evidence: a fact needs at least one evidence quote")
        rows = []
        for i, item in enumerate(items):
            start = item.char_start
            if start is None:
                start = self.text.find(item.quote)
                if start < 0:
                    raise InputError(
                        f"{where}.evidence[{i}].quote: not found in the article text "
                        f"(expected exact words of the article): {item.quote[:80]!r}"
                    )
            elif self.text[start : start + len(item.quote)] != item.quote:
                raise InputError(
                    f"{where}.evidence[{i}].char_start: the text at {start} is not the quote"
                )
            rows.append(
                {
                    "quote": item.quote,
                    "char_start": start,
                    "char_end": start + len(item.quote),
                    "method": item.method.value,
                    "confidence": item.confidence,
                }
            )
        if rows:
            self.pending_evidence.append((fact_type, fact, rows))

    def finish(self) -> None:
        """Wait for the ids, then write the rows that need them: one statement per table."""
        source_id = self.source_id()
        self.result.source_id = source_id
        self._resolve(self.facts)
        children: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
        tables: dict[str, Table] = {}
        for table, conflict, fact, rows in self.children:
            id_column = FACT_TABLES[fact.kind][1]
            fact_id = self.fact_id(fact)
            found = children.setdefault((table.name, conflict), [])
            found.extend({id_column: fact_id, **row} for row in rows)
            tables[table.name] = table
        for (name, conflict), rows in children.items():
            insert_ignore(self.session, tables[name], rows, conflict)
        evidence: dict[str, list[dict[str, Any]]] = {}
        for fact_type, of, rows in self.pending_evidence:
            fact_id = of if isinstance(of, int) else self.fact_id(of)
            evidence.setdefault(fact_type, []).extend(
                {f"{fact_type}_id": fact_id, "source_id": source_id, **row} for row in rows
            )
        for fact_type, rows in evidence.items():
            insert_ignore(
                self.session,
                table_of(EVIDENCE_TABLES[fact_type]),
                rows,
                [f"{fact_type}_id", "source_id", "char_start", "char_end"],
            )

    # -- facts -----------------------------------------------------------------------------

    def actor(self, actor: ActorIn, where: str) -> None:
        country = self.ref(actor.country, f"{where}.country") if actor.country else None
        for k, alias in enumerate(actor.aliases):
            if len(alias) > _ALIAS_MAX or len(normalise_alias(alias)) > _ALIAS_MAX:
                raise InputError(f"{where}.aliases[{k}]: longer than {_ALIAS_MAX} characters")
        if actor.wikidata_qid is not None and len(actor.wikidata_qid) > _QID_MAX:
            raise InputError(f"{where}.wikidata_qid: longer than {_QID_MAX} characters")
        aliases: list[tuple[str, str]] = [(alias, AliasKind.NAME.value) for alias in actor.aliases]
        if actor.kind is ActorKind.PERSON and len(actor.name.split()) > 1:
            aliases.append((actor.name.split()[-1], AliasKind.SURNAME.value))
        if actor.kind is ActorKind.STATE:
            actor_id = self.ref(actor.iso3 or actor.name, where, kind=ActorKind.STATE.value)
            if aliases:
                self.resolver.add_aliases(actor_id, aliases)
        else:
            actor_id = self.resolver.ensure(
                kind=actor.kind.value,
                name=actor.name,
                country_actor_id=country,
                wikidata_qid=actor.wikidata_qid,
                cameo_code=actor.cameo_code,
                aliases=aliases,
            )
        for j, role in enumerate(actor.roles):
            organization = (
                self.ref(role.of, f"{where}.roles[{j}].of") if role.of is not None else country
            )
            org_key = self.resolver.key(organization) if organization is not None else None
            row = {
                "natural_key": keys.role_key(self.resolver.key(actor_id), role.title, org_key),
                "person_actor_id": actor_id,
                "title": role.title,
                "organization_actor_id": organization,
                "start_date": role.start_date,
                "end_date": role.end_date,
            }
            # The same role again (the same person in the next article) would change nothing.
            if self.resolver.first_time(("role", *row.values())):
                upsert(
                    self.session,
                    table_of(Role),
                    [row],
                    ["natural_key"],
                    ["start_date", "end_date"],
                    fill_only=True,
                )
        self.evidence("actor", actor_id, actor.evidence, where)

    def meeting(self, meeting: MeetingIn, where: str) -> None:
        participants = []
        for j, p in enumerate(meeting.participants):
            actor_id = self.ref(p.actor, f"{where}.participants[{j}].actor")
            represents = (
                self.ref(p.represents, f"{where}.participants[{j}].represents")
                if p.represents
                else None
            )
            participants.append((actor_id, represents, p.role))
        sides = [self.side(rep if rep is not None else a) for a, rep, _ in participants]
        location_country = (
            self.ref(meeting.location_country, f"{where}.location_country")
            if meeting.location_country
            else None
        )
        values = {
            "kind": meeting.kind.value,
            "title": meeting.title,
            "start_date": meeting.start_date,
            "end_date": meeting.end_date or meeting.start_date,
            "date_precision": meeting.date_precision.value,
            "location": meeting.location,
            "location_country_actor_id": location_country,
            "modality": meeting.modality.value,
        }
        key = keys.meeting_key(sides, meeting.start_date, meeting.kind.value, meeting.location)
        fact = self.fact(
            "meeting", key, values, ["title", "end_date", "location", "location_country_actor_id"]
        )
        self.child_rows(
            MeetingParticipant,
            fact,
            [
                {"actor_id": a, "represents_actor_id": rep, "role_title": role}
                for a, rep, role in participants
            ],
            ("meeting_id", "actor_id"),
        )
        if meeting.ref:
            self.meeting_refs[meeting.ref] = fact
        self.evidence("meeting", fact, meeting.evidence, where)

    def agreement(self, agreement: AgreementIn, where: str) -> None:
        parties = [self.ref(p, f"{where}.parties[{j}]") for j, p in enumerate(agreement.parties)]
        sectors = [self.sector(s, f"{where}.sectors[{j}]") for j, s in enumerate(agreement.sectors)]
        program = self.ref(agreement.program, f"{where}.program") if agreement.program else None
        values = {
            "title": agreement.title,
            "kind": agreement.kind.value,
            "status": agreement.status.value,
            "agreement_date": agreement.agreement_date,
            "program_actor_id": program,
            "modality": agreement.modality.value,
        }
        key = keys.agreement_key(
            [self.side(p) for p in parties], agreement.title, agreement.modality.value
        )
        meeting = self.meeting_refs.get(agreement.meeting or "")
        if meeting is None:
            values["meeting_id"] = None
        fact = self.fact(
            "agreement",
            key,
            values,
            ["agreement_date", "meeting_id", "program_actor_id"],
            refs={"meeting_id": meeting} if meeting is not None else None,
        )
        self.child_rows(
            AgreementParty,
            fact,
            [{"actor_id": p} for p in dict.fromkeys(parties)],
            ("agreement_id", "actor_id"),
        )
        self.child_rows(
            AgreementSector,
            fact,
            [{"sector_code": s} for s in dict.fromkeys(sectors)],
            ("agreement_id", "sector_code"),
        )
        self.evidence("agreement", fact, agreement.evidence, where)

    def sector(self, value: str, where: str) -> str:
        known = sectors_by_code()
        code = value.strip().casefold().replace(" ", "_").replace("-", "_")
        if code in known:
            return code
        for candidate, row in known.items():
            if row["name"].casefold() == value.strip().casefold():
                return candidate
        raise InputError(
            f"{where}: unknown sector {value!r} (expected one of: {', '.join(sorted(known))})"
        )

    def aid_flow(self, flow: AidFlowIn, where: str) -> None:
        donor = self.ref(flow.donor, f"{where}.donor")
        recipient = self.ref(flow.recipient, f"{where}.recipient") if flow.recipient else None
        program = self.ref(flow.program, f"{where}.program") if flow.program else None
        if flow.currency is not None and flow.currency not in currency_codes():
            raise InputError(
                f"{where}.currency: unknown currency {flow.currency!r} "
                "(expected an ISO 4217 code such as USD, EUR, PKR)"
            )
        amount = int(flow.amount) if flow.amount is not None else None
        amount_usd = int(flow.amount_usd) if flow.amount_usd is not None else None
        if amount_usd is None and flow.currency == "USD":
            amount_usd = amount
        values = {
            "donor_actor_id": donor,
            "recipient_actor_id": recipient,
            "amount": amount,
            "currency_code": flow.currency,
            "amount_usd": amount_usd,
            "amount_text": flow.amount_text,
            "flow_type": flow.flow_type.value,
            "status": flow.status.value,
            "purpose": flow.purpose,
            "program_actor_id": program,
            "flow_date": flow.flow_date,
            "modality": flow.modality.value,
        }
        key = keys.aid_flow_key(
            self.side(donor),
            self.side(recipient) if recipient is not None else None,
            amount,
            flow.currency,
            flow.status.value,
            flow.modality.value,
            flow.purpose,
            self.resolver.key(program) if program is not None else None,
        )
        fact = self.fact(
            "aid_flow",
            key,
            values,
            ["amount_usd", "amount_text", "purpose", "program_actor_id", "flow_date"],
        )
        self.evidence("aid_flow", fact, flow.evidence, where)

    def statement(self, statement: StatementIn, where: str) -> None:
        speakers = [self.ref(s, f"{where}.speakers[{j}]") for j, s in enumerate(statement.speakers)]
        target = self.ref(statement.target, f"{where}.target") if statement.target else None
        values = {
            "kind": statement.kind.value,
            "target_actor_id": target,
            "topic": statement.topic,
            "quoted_text": statement.quoted_text,
            "statement_date": statement.statement_date,
            "modality": statement.modality.value,
        }
        key = keys.statement_key(
            statement.kind.value,
            [self.side(s) for s in speakers],
            self.resolver.key(target) if target is not None else None,
            statement.topic,
            statement.modality.value,
        )
        fact = self.fact("statement", key, values, ["quoted_text", "statement_date"])
        self.child_rows(
            StatementSpeaker,
            fact,
            [{"actor_id": s} for s in dict.fromkeys(speakers)],
            ("statement_id", "actor_id"),
        )
        self.evidence("statement", fact, statement.evidence, where)

    def relation(self, relation: RelationIn, where: str) -> None:
        actor = self.ref(relation.actor, f"{where}.actor")
        other = self.ref(relation.other, f"{where}.other")
        if actor == other:
            raise InputError(f"{where}.other: a relation needs two different actors")
        values = {
            "actor_id": actor,
            "other_actor_id": other,
            "kind": relation.kind.value,
            "since_date": relation.since_date,
            "since_precision": relation.since_precision.value if relation.since_precision else None,
            "description": relation.description,
            "modality": relation.modality.value,
        }
        key = keys.relation_key(
            relation.kind.value,
            self.resolver.key(actor),
            self.resolver.key(other),
            relation.modality.value,
        )
        fact = self.fact("relation", key, values, ["since_date", "since_precision", "description"])
        self.evidence("relation", fact, relation.evidence, where)


def bundle_digest(bundle: FactBundle, text_sha256: str) -> str:
    """A hash of the facts of a bundle (not of where its text came from)."""
    payload = bundle.model_dump(mode="json", exclude={"source": {"text", "text_file"}})
    payload["text_sha256"] = text_sha256
    return sha256_hex(json.dumps(payload, sort_keys=True))


def _check_url(session: Session, url: str | None, sha: str) -> None:
    if url:
        owner = session.execute(select(Source.content_sha256).where(Source.url == url)).scalar()
        _check_url_owner(url, owner, sha)


def _check_url_owner(url: str, owner: str | None, sha: str) -> None:
    if owner is not None and owner != sha:
        raise InputError(
            f"source.url: {url} is already recorded for a different text "
            "(give another --url, or load the same text)"
        )


def _source_of(session: Session, sha: str) -> int:
    found = select_one(session, table_of(Source), "source_id", content_sha256=sha).get()
    if found is None:
        raise DatabaseError("a source vanished while being written")
    return int(found)


def _file_name(file_name: str | None) -> str | None:
    if file_name is None or len(file_name) <= _FILE_NAME_MAX:
        return file_name
    return "…" + file_name[-(_FILE_NAME_MAX - 1) :]  # the end of a path says the most


def _source(
    session: Session,
    bundle: FactBundle,
    text: str,
    sha: str,
    file_name: str | None,
    digest: str,
) -> Pending:
    """Insert the source row: its id, or None when another loader inserted this text first."""
    source = bundle.source
    return insert_returning(
        session,
        table_of(Source),
        {
            "url": source.url,
            "title": source.title,
            "publisher": source.publisher,
            "published_date": source.published_date,
            "content_sha256": sha,
            "text": text,
            "file_name": _file_name(file_name),
            "facts_sha256": digest,
        },
        ["content_sha256"],
        "source_id",
    )


def _update_source(session: Session, bundle: FactBundle, sha: str, source_id: int) -> None:
    """A corrected fact file also corrects what it says about the article itself."""
    source = bundle.source
    _check_url(session, source.url, sha)
    session.execute(
        update(table_of(Source))
        .where(table_of(Source).c.source_id == source_id)
        .values(
            url=source.url,
            title=source.title,
            publisher=source.publisher,
            published_date=source.published_date,
        )
    )


def remove_source_facts(session: Session, source_id: int) -> None:
    """Drop a source's evidence, then every fact of it that no other source supports."""
    stated: dict[str, list[int]] = {}
    for fact_type, (table, id_column) in FACT_TABLES.items():
        evidence = table_of(EVIDENCE_TABLES[fact_type])
        ids = select(evidence.c[f"{fact_type}_id"]).where(evidence.c.source_id == source_id)
        # Lock the facts first (PostgreSQL; SQLite already holds the whole database), so that
        # a loader adding its own evidence to one of them commits before we look for support.
        stated[fact_type] = list(
            session.execute(
                select(table.c[id_column])
                .where(table.c[id_column].in_(ids))
                .order_by(table.c[id_column])
                .with_for_update()
            ).scalars()
        )
    for model in EVIDENCE_TABLES.values():
        table = table_of(model)
        session.execute(delete(table).where(table.c.source_id == source_id))
    for fact_type, (table, id_column) in FACT_TABLES.items():
        if not stated[fact_type]:
            continue
        evidence = table_of(EVIDENCE_TABLES[fact_type])
        supported = exists().where(evidence.c[f"{fact_type}_id"] == table.c[id_column])
        session.execute(delete(table).where(table.c[id_column].in_(stated[fact_type]), ~supported))


def write_bundle(
    session: Session,
    bundle: FactBundle,
    text: str,
    *,
    resolver: ActorResolver,
    file_name: str | None = None,
    replace: bool = True,
    digest: str | None = None,
) -> LoadResult:
    """Write a bundle whose article text is ``text``, in the caller's transaction.

    With ``replace`` (fact files) a changed bundle for a known text replaces that source's facts;
    without it (articles) a known text changes nothing: either the result says "known", or,
    when another loader stored the text while this one was writing, TextKnown is raised and
    the caller must roll back. ``digest`` is ``bundle_digest`` when the caller has it already.
    """
    text = normalise_text(text)
    if not text:
        raise InputError("the article text is empty")
    sha = sha256_hex(text)
    digest = digest or bundle_digest(bundle, sha)
    if not replace:
        return _write_article(session, bundle, text, sha, digest, resolver, file_name)
    by_hash = select(Source.source_id, Source.facts_sha256).where(Source.content_sha256 == sha)
    known = session.execute(by_hash).first()
    new_id = None
    if known is None:
        _check_url(session, bundle.source.url, sha)
        new_id = _source(session, bundle, text, sha, file_name, digest).get()
        if new_id is None:  # another loader stored this text while we were reading it
            known = session.execute(by_hash).one()
    if known is not None:
        source_id, facts_sha = known
        if facts_sha == digest:
            return LoadResult(source_id=source_id, status="unchanged")
        remove_source_facts(session, source_id)
        _update_source(session, bundle, sha, source_id)
        status = "replaced"
    else:
        assert new_id is not None
        source_id = int(new_id)
        status = "new"
    with pipelined(session):
        writer = _Writer(session, resolver, text, source_id)
        _write_facts(writer, bundle)
    if status != "new":  # a new source was inserted with its digest
        session.execute(
            update(table_of(Source))
            .where(table_of(Source).c.source_id == source_id)
            .values(facts_sha256=digest)
        )
    writer.result.status = status
    return writer.result


def _write_article(
    session: Session,
    bundle: FactBundle,
    text: str,
    sha: str,
    digest: str,
    resolver: ActorResolver,
    file_name: str | None,
) -> LoadResult:
    """An article: insert its source and facts at once, and find out on the way whether its
    text was stored already (then roll back: TextKnown)."""
    with pipelined(session):
        url = bundle.source.url
        if url:  # sources.url is unique: look before the insert can run into it
            owner = select_one(session, table_of(Source), "content_sha256", url=url).get()
            if owner is not None:  # a known text is known, whatever its URL
                known = select_one(session, table_of(Source), "source_id", content_sha256=sha).get()
                if known is not None:
                    return LoadResult(source_id=int(known), status="known")
            _check_url_owner(url, owner, sha)
        source = _source(session, bundle, text, sha, file_name, digest)
        writer = _Writer(session, resolver, text, source, sha=sha)
        try:
            _write_facts(writer, bundle)
        except InputError:
            writer.source_id()  # a text stored already is known, not wrong: TextKnown
            raise
    return writer.result


def _write_facts(writer: _Writer, bundle: FactBundle) -> None:
    sections: list[tuple[str, Sequence[Any], Any]] = [
        ("actors", bundle.actors, writer.actor),
        ("meetings", bundle.meetings, writer.meeting),
        ("agreements", bundle.agreements, writer.agreement),
        ("aid_flows", bundle.aid_flows, writer.aid_flow),
        ("statements", bundle.statements, writer.statement),
        ("relations", bundle.relations, writer.relation),
    ]
    for section, items, write in sections:
        numbered = list(enumerate(items))
        if section == "actors":
            # People last: their roles and countries may name organisations listed after them.
            numbered.sort(key=lambda pair: pair[1].kind is ActorKind.PERSON)
        for i, item in numbered:
            write(item, f"{section}[{i}]")
    writer.finish()
