"""Turning what the finders found into a validated :class:`FactBundle` with evidence.

Every fact quotes the sentence it was read from (``char_start`` is the sentence's offset), with
``method: extracted`` and the finder's confidence. People become person actors with their
country and titles; organisations and programmes that facts name become actors too. A text
that yields no fact yields an empty bundle: no fact, no actor.
"""

from __future__ import annotations

from entente.loaders.extract.agreements import AgreementDraft, find_agreements
from entente.loaders.extract.aid import AidDraft, find_aid_flows
from entente.loaders.extract.context import person_side
from entente.loaders.extract.document import Document, Person, Sentence
from entente.loaders.extract.meetings import MeetingDraft, find_meetings
from entente.loaders.extract.people import _surnames
from entente.loaders.extract.relations import RelationDraft, find_relations
from entente.loaders.extract.statements import StatementDraft, find_statements
from entente.loaders.factfile import (
    ActorIn,
    AgreementIn,
    AidFlowIn,
    EvidenceIn,
    FactBundle,
    MeetingIn,
    ParticipantIn,
    RelationIn,
    RoleIn,
    SourceIn,
    StatementIn,
)
from entente.loaders.gazetteer import Gazetteer
from entente.models.vocab import ActorKind, EvidenceMethod


def evidence(s: Sentence, confidence: float) -> EvidenceIn:
    """The sentence as evidence, quoted exactly, with where it starts."""
    # built without validation: the quote is a sentence, the offset its start, the confidence
    # clamped to its range, so every field is valid by construction
    return EvidenceIn.model_construct(
        quote=s.text,
        char_start=s.start,
        method=EvidenceMethod.EXTRACTED,
        confidence=round(max(0.05, min(confidence, 0.99)), 2),
    )


def assemble(
    doc: Document, *, url: str | None, title: str | None, publisher: str | None
) -> FactBundle:
    """Run the fact finders over a prepared document and build the bundle."""
    meetings = find_meetings(doc)
    agreements = find_agreements(doc, meetings)
    flows = find_aid_flows(doc)
    statements = find_statements(doc)
    relations = find_relations(doc)
    source = SourceIn(
        text=doc.text, url=url, title=title, publisher=publisher, published_date=doc.published
    )
    facts_found = bool(meetings or agreements or flows or statements or relations)
    bundle = FactBundle(
        source=source,
        meetings=[_meeting(m) for m in meetings],
        agreements=[_agreement(a) for a in agreements],
        aid_flows=[_flow(f) for f in flows],
        statements=[_statement(s) for s in statements],
        relations=[_relation(r) for r in relations],
    )
    if facts_found:
        bundle.actors = _actors(doc, bundle)
    return bundle


def _meeting(draft: MeetingDraft) -> MeetingIn:
    participants: list[ParticipantIn] = []
    represented: set[str] = set()
    for person in draft.people:
        side = person_side(person)
        if side is None or side not in draft.sides or not person.named:
            continue
        participants.append(ParticipantIn(actor=person.name, represents=side, role=person.title))
        represented.add(side)
    for side in draft.sides:
        if side not in represented:
            participants.append(ParticipantIn(actor=side, represents=side))
    return MeetingIn(
        ref=draft.ref,
        kind=draft.kind,
        start_date=draft.start_date,
        end_date=draft.end_date,
        date_precision=draft.precision,
        location=draft.location,
        location_country=draft.location_country,
        participants=participants,
        modality=draft.modality,
        evidence=[evidence(s, draft.confidence) for s in draft.sentences],
    )


def _agreement(draft: AgreementDraft) -> AgreementIn:
    return AgreementIn(
        title=draft.title,
        kind=draft.kind,
        status=draft.status,
        agreement_date=draft.agreement_date,
        meeting=draft.meeting.ref if draft.meeting is not None else None,
        program=draft.program,
        parties=draft.parties,
        sectors=draft.sectors,
        modality=draft.modality,
        evidence=[evidence(draft.sentence, draft.confidence)],
    )


def _flow(draft: AidDraft) -> AidFlowIn:
    return AidFlowIn(
        donor=draft.donor,
        recipient=draft.recipient,
        amount=draft.amount,
        currency=draft.currency,
        amount_usd=draft.amount if draft.currency == "USD" else None,
        amount_text=draft.amount_text,
        flow_type=draft.flow_type,
        status=draft.status,
        purpose=draft.purpose,
        program=draft.program,
        flow_date=draft.flow_date,
        modality=draft.modality,
        evidence=[evidence(draft.sentence, draft.confidence)],
    )


def _statement(draft: StatementDraft) -> StatementIn:
    return StatementIn(
        kind=draft.kind,
        speakers=draft.speakers,
        target=draft.target,
        topic=draft.topic,
        quoted_text=draft.quoted_text,
        statement_date=draft.statement_date,
        evidence=[evidence(draft.sentence, draft.confidence)],
    )


def _relation(draft: RelationDraft) -> RelationIn:
    return RelationIn(
        actor=draft.actor,
        other=draft.other,
        kind=draft.kind,
        since_date=draft.since_date,
        since_precision=draft.since_precision if draft.since_date else None,
        description=draft.description or None,
        evidence=[evidence(draft.sentence, draft.confidence)],
    )


def _actors(doc: Document, bundle: FactBundle) -> list[ActorIn]:
    actors: list[ActorIn] = []
    named: list[str] = []
    for m in bundle.meetings:
        named += [p.actor for p in m.participants] + [p.represents or "" for p in m.participants]
    for a in bundle.agreements:
        named += [*a.parties, a.program or ""]
    for f in bundle.aid_flows:
        named += [f.donor, f.recipient or "", f.program or ""]
    for st in bundle.statements:
        named += [*st.speakers, st.target or ""]
    for r in bundle.relations:
        named += [r.actor, r.other]
    for person in doc.persons.values():
        named += [of for _, of in person.titles if of]
    in_facts = set(named)
    for person in sorted(doc.persons.values(), key=lambda p: p.first_start):
        if person.named and (person.titles or person.name in in_facts):
            actors.append(_person(doc, person))
    gaz = doc.gazetteer
    described_lenders = {
        f.donor
        for f in bundle.aid_flows
        if not gaz.is_state(f.donor)
        and f.donor not in doc.persons
        and not gaz.lookup(f.donor)
        and f.donor not in doc.defined
    }
    for name in dict.fromkeys(named):
        defined = doc.defined.get(name)
        if defined is not None:
            acronyms = _defined_aliases(doc, name)
            actors.append(
                ActorIn(
                    name=name,
                    kind=ActorKind.ORGANIZATION,
                    country=defined.country_iso3,
                    aliases=acronyms,
                )
            )
            continue
        kind = gaz.organizations.get(name)
        if kind is None and name in described_lenders:
            # a lender the text introduces by what it is ("the development bank X")
            actors.append(ActorIn(name=name, kind=ActorKind.ORGANIZATION))
            continue
        if kind is None:
            continue
        aliases = _aliases_of(gaz).get(name, [])
        actors.append(
            ActorIn(
                name=name,
                kind=kind,
                country=gaz.organization_country.get(name),
                aliases=[a for a in aliases if a in doc.text],
            )
        )
    return actors


def _aliases_of(gaz: Gazetteer) -> dict[str, list[str]]:
    """Every organisation's aliases, gathered once per gazetteer."""
    cached = gaz.derived.get("organization_aliases")
    if isinstance(cached, dict):
        return cached
    gathered: dict[str, set[str]] = {}
    for entry in gaz:
        if entry.actor in gaz.organizations and entry.alias != entry.actor:
            gathered.setdefault(entry.actor, set()).add(entry.alias)
    found = {name: sorted(aliases) for name, aliases in gathered.items()}
    gaz.derived["organization_aliases"] = found
    return found


def _defined_aliases(doc: Document, name: str) -> list[str]:
    """The acronyms the text gives an organisation it defines."""
    return sorted(
        {m.text for s in doc.sentences for m in s.mentions if m.actor == name and m.text != name}
    )


def _person(doc: Document, person: Person) -> ActorIn:
    roles = [RoleIn(title=title, of=of) for title, of in person.titles]
    known = doc.gazetteer.people.get(person.name)
    if not roles and known is not None and known.role_title:
        roles = [RoleIn(title=known.role_title, of=known.role_of or known.country_iso3)]
    aliases = _surnames(person.name, doc.lexicon.surname_first)[:1]
    aliases = [a for a in aliases if a != person.name]
    quote = next(
        (
            (ref.start, doc.text[ref.start : ref.end])
            for s in doc.sentences
            for ref in s.people
            if ref.person is person
        ),
        None,
    )
    evidence_list = []
    if quote is not None:
        evidence_list.append(
            EvidenceIn(
                quote=quote[1],
                char_start=quote[0],
                method=EvidenceMethod.EXTRACTED,
                confidence=0.8,
            )
        )
    return ActorIn(
        name=person.name,
        kind=ActorKind.PERSON,
        country=person.country,
        aliases=[a for a in aliases if a in doc.text],
        roles=roles,
        evidence=evidence_list,
    )
