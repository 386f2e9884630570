"""Agreements and commitments: who agreed, signed, reaffirmed or plans what, in which sectors.

A sentence reports one when it has a status verb (``agreements.yaml``: signed, agreed,
reaffirmed, plans to, took effect, ...) together with an agreement noun, a sector from the sector
list or a programme; or a strong agreement noun (memorandum, treaty, joint statement) with a verb.
Parties are the sides the sentence names, or those a phrase like "both nations" refers back to.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from entente.loaders.extract.context import (
    Context,
    distinct,
    group_reference,
    person_side,
    side_spans,
)
from entente.loaders.extract.document import Document, Sentence
from entente.loaders.extract.lexicon import PhraseHit
from entente.loaders.extract.meetings import MeetingDraft
from entente.loaders.extract.modality import clause_bounds, clause_modality
from entente.loaders.extract.sectors import sectors_in
from entente.models.vocab import ActorKind, AgreementKind, AgreementStatus, DatePrecision, Modality

_KIND_RANK = {
    AgreementKind.MEMORANDUM: 0,
    AgreementKind.FRAMEWORK: 1,
    AgreementKind.JOINT_STATEMENT: 2,
    AgreementKind.ACCORD: 3,
    AgreementKind.PARTNERSHIP: 4,
    AgreementKind.PLAN: 5,
    AgreementKind.COMMITMENT: 6,
}
_DETERMINERS = re.compile(
    r"^(?:the|a|an|their|its|his|her|our|this|that|these|those|both|new|all)\s+", re.IGNORECASE
)
_TITLE_STOP = re.compile(
    r"[,;:.(“\"]|\s(?:which|that|who|as|after|during|while|but|and\s+\w+ed)\s"
    r"|\s(?:on|in|at|under|by)\s+(?=[A-Z\d])"  # "... on Tuesday", "... in Brasilia"
)
_REFERENCE = re.compile(
    r"\b(?:under|through|via|within|of)\s+(?:the|this|that|its|their)\s+(?:\w+\s+)?$", re.I
)
_GENERIC = frozenset(
    {"project", "projects", "plan", "plans", "programme", "program", "deal", "scheme"}
)
_MAX_TITLE = 120
_AFTER_DETERMINER = re.compile(
    r"\b(?:the|a|an|their|its|his|her|our|this|that|new)\s+((?:[\w-]+\s+){1,3})$", re.IGNORECASE
)
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
_BACKGROUND_DAYS = 180  # an agreement dated further back than this is history, not news


@dataclass
class AgreementDraft:
    """An agreement as found, before it becomes an ``AgreementIn``."""

    title: str
    kind: AgreementKind
    status: AgreementStatus
    parties: list[str]
    sectors: list[str]
    sentence: Sentence
    quote_start: int
    quote_end: int
    program: str | None = None
    meeting: MeetingDraft | None = None
    agreement_date: dt.date | None = None
    modality: Modality = Modality.ASSERTED
    confidence: float = 0.65
    title_start: int = 0
    reference: bool = False  # the noun sits in "under the new agreement": one named before


def find_agreements(doc: Document, meetings: list[MeetingDraft]) -> list[AgreementDraft]:
    """Every agreement or commitment the text reports (at most one per clause)."""
    words = doc.lexicon.agreements
    found: list[AgreementDraft] = []
    ctx = Context()
    for s in doc.sentences:
        if s.dateline:
            continue
        spans = side_spans(doc, s)
        sides = distinct(spans)
        statuses = doc.find(words.statuses, s.start, s.end)
        if statuses:
            kinds = doc.find(words.kinds, s.start, s.end)
            draft = _agreement(doc, s, statuses, kinds, sides, ctx, meetings)
            if draft is not None:
                found.append(draft)
        ctx.update(sides, [ref.person for ref in s.people])
    return _dedupe(found)


def _agreement(
    doc: Document,
    s: Sentence,
    statuses: list[PhraseHit],
    kinds: list[PhraseHit],
    sides: list[str],
    ctx: Context,
    meetings: list[MeetingDraft],
) -> AgreementDraft | None:
    words = doc.lexicon.agreements
    strong_verbs = [h for h in statuses if " ".join(h.text.lower().split()) not in words.weak_verbs]
    verb = (strong_verbs or statuses)[0]
    left, right = clause_bounds(doc, s, verb.start, verb.end)
    left = s.start  # the subject of the clause may stand before an earlier break
    in_clause = [k for k in kinds if left <= k.start < right]
    strong = [k for k in in_clause if " ".join(k.text.lower().split()) not in words.needs_verb]
    sectors = sectors_in(doc, s.start, s.end)
    programs = [
        m.actor for m in s.mentions if m.kind is ActorKind.PROGRAM and left <= m.start < right
    ]
    if not (in_clause or sectors or programs):
        return None
    if not in_clause and verb.label == AgreementStatus.SIGNED.value:
        return None  # "the document was signed by ...": what was signed is named elsewhere
    if not in_clause and verb.text.lower() in words.weak_verbs:
        return None  # "trade reached $23 billion": growth, not an agreement
    if not strong and any(left <= m.start < right for m in s.money):
        return None  # "agreed to provide $4 million" is an aid flow, told apart by aid.py
    kind_hit = min(
        in_clause,
        key=lambda k: (_KIND_RANK[AgreementKind(k.label)], abs(k.start - verb.start)),
        default=None,
    )
    parties = _parties(doc, s, _party_spans(doc, s, verb), ctx, meetings)
    if len(parties) < 2:
        return None
    status = AgreementStatus(verb.label)
    if kind_hit is not None:
        kind = AgreementKind(kind_hit.label)
    elif programs:
        kind = AgreementKind.PLAN
    else:
        kind = AgreementKind.COMMITMENT
    confidence = 0.75 if strong else 0.6
    if len(parties) < 2:
        confidence -= 0.15
    if kind_hit is not None and _REFERENCE.search(doc.text[s.start : kind_hit.start]):
        kind_hit_is_reference = True
    else:
        kind_hit_is_reference = False
    title = _title(doc, s, verb, kind_hit, programs, sectors)
    if kind_hit is not None and title.lower() in _GENERIC and not (sectors or programs):
        return None  # "the project" alone names nothing
    draft = AgreementDraft(
        reference=kind_hit_is_reference,
        title=title,
        title_start=kind_hit.start if kind_hit is not None else verb.start,
        kind=kind,
        status=status,
        parties=parties,
        sectors=sectors,
        sentence=s,
        quote_start=s.start,
        quote_end=s.end,
        program=programs[0] if programs else None,
        confidence=confidence,
    )
    modality = clause_modality(doc, s, verb.start, verb.end)
    if modality is Modality.PLEDGED:
        modality = Modality.ASSERTED
    draft.modality = modality
    if s.dates:
        near = min(s.dates, key=lambda d: abs(d.start - verb.start))
        draft.agreement_date = near.span.end or near.span.start
        if (
            status is not AgreementStatus.IN_FORCE
            and doc.published is not None
            and near.span.precision is DatePrecision.YEAR
            and (doc.published - near.span.start).days > _BACKGROUND_DAYS
        ):
            return None  # background: "upgraded ties to a strategic partnership in 2018"
    if status is not AgreementStatus.IN_FORCE:
        draft.meeting = _meeting_of(s, parties, meetings)
        if draft.meeting is not None and draft.agreement_date is None:
            draft.agreement_date = draft.meeting.end_date or draft.meeting.start_date
    return draft


def _party_spans(doc: Document, s: Sentence, verb: PhraseHit) -> list[str]:
    """The sides that are parties: those named before what the agreement is about, and no
    body named only as the channel ("provided through JICA") when two states are parties."""
    spans = side_spans(doc, s)
    marker = next(iter(doc.find(doc.lexicon.meetings.topic_markers, verb.end, s.end)), None)
    if marker is not None:
        kept = [sp for sp in spans if sp.start < marker.start]
        if len(distinct(kept)) >= 2:
            spans = kept
    states = [sp for sp in spans if doc.gazetteer.is_state(sp.side)]
    if len(distinct(states)) >= 2:
        spans = [sp for sp in spans if doc.gazetteer.is_state(sp.side) or sp.start < verb.start]
    return distinct(spans)


def _parties(
    doc: Document, s: Sentence, sides: list[str], ctx: Context, meetings: list[MeetingDraft]
) -> list[str]:
    groups, people_ref = group_reference(doc, s)
    parties = list(sides)
    if people_ref and ctx.people:
        for person in ctx.people[-2:]:
            side = person_side(person)
            if side is not None and side not in parties:
                parties.append(side)
    if len(parties) < 2 and groups and ctx.group:
        parties = list(dict.fromkeys([*parties, *ctx.group]))
    if len(parties) < 2:
        meeting = _recent_meeting(s, meetings)
        if meeting is not None and (not parties or set(parties) <= set(meeting.sides)):
            parties = list(dict.fromkeys([*parties, *meeting.sides]))
    return parties


def _recent_meeting(s: Sentence, meetings: list[MeetingDraft]) -> MeetingDraft | None:
    """The meeting reported in this sentence or the two before it, if any."""
    best: MeetingDraft | None = None
    for meeting in meetings:
        for ms in meeting.sentences:
            if s.index - 2 <= ms.index <= s.index and meeting.modality is Modality.ASSERTED:
                best = meeting
    return best


def _meeting_of(
    s: Sentence, parties: list[str], meetings: list[MeetingDraft]
) -> MeetingDraft | None:
    """The meeting an agreement was reached at: one reported in this sentence, else the last
    asserted meeting before it whose sides include the parties."""
    for meeting in meetings:
        if s in meeting.sentences and meeting.modality is Modality.ASSERTED:
            return meeting
    chosen: MeetingDraft | None = None
    for meeting in meetings:
        if meeting.modality is not Modality.ASSERTED:
            continue
        if meeting.sentences[0].index <= s.index and set(parties) <= set(meeting.sides):
            chosen = meeting
    return chosen


def _title(
    doc: Document,
    s: Sentence,
    verb: PhraseHit,
    kind_hit: PhraseHit | None,
    programs: list[str],
    sectors: list[str],
) -> str:
    """A short name: the agreement noun phrase, else what was agreed."""
    text = doc.text
    weak_noun = kind_hit is not None and " ".join(kind_hit.text.lower().split()) in (
        doc.lexicon.agreements.needs_verb
    )
    if weak_noun and sectors and kind_hit is not None and kind_hit.start > verb.end + 40:
        kind_hit = None  # "agreed to expand cooperation in X, Y ... and to identify projects"
    if kind_hit is not None:
        start = kind_hit.start
        if verb.end <= kind_hit.start and kind_hit.start - verb.end <= 60:
            start = verb.end
        else:
            # the modifiers just before the noun ("Comprehensive Economic Partnership",
            # "their comprehensive economic partnership")
            head = text[max(s.start, kind_hit.start - 60) : kind_hit.start]
            lead = re.search(r"((?:[A-Z][\w\u2019'-]*\s+)*)$", head)
            after_det = _AFTER_DETERMINER.search(head)
            if after_det and len(after_det.group(1)) > len(lead.group(1) if lead else ""):
                start = kind_hit.start - len(after_det.group(1))
            elif lead:
                start = kind_hit.start - len(lead.group(1))
        end = kind_hit.end
        tail = text[kind_hit.end : s.end]
        more = re.match(r"\s+(?:of|on|for|to|between|covering)\s", tail)
        if more:
            stop = _TITLE_STOP.search(tail, more.end())
            end = kind_hit.end + (stop.start() if stop else len(tail))
        phrase = text[start:end]
    else:
        tail = text[verb.end : s.end]
        stop = _TITLE_STOP.search(tail, 1)
        phrase = text[verb.start : verb.end + (stop.start() if stop else len(tail))]
        if sectors and "," in text[verb.end : s.end]:
            phrase = text[verb.start : s.end].rstrip(".")
    phrase = " ".join(phrase.split())
    phrase = re.sub(r"^(?:to\s+)", "", phrase)
    while _DETERMINERS.match(phrase):
        phrase = _DETERMINERS.sub("", phrase, count=1)
    phrase = phrase.strip(" ,;:")
    if not phrase:
        phrase = programs[0] if programs else "agreement"
    if len(phrase) > _MAX_TITLE:
        phrase = phrase[:_MAX_TITLE].rsplit(" ", 1)[0]
    return phrase[0].upper() + phrase[1:]


def _dedupe(drafts: list[AgreementDraft]) -> list[AgreementDraft]:
    """One agreement per title and set of parties; a bare later "the agreement" or "the
    contract" is the one already found."""
    out: list[AgreementDraft] = []
    for draft in drafts:
        before = draft.sentence.text[: max(0, draft.title_start - draft.sentence.start)]
        bare = len(draft.title.split()) == 1 and _DEFINITE.search(before) is not None
        if bare or (draft.reference and any(set(d.parties) == set(draft.parties) for d in out)):
            continue
        same = next(
            (
                d
                for d in out
                if d.title.lower() == draft.title.lower() and set(d.parties) == set(draft.parties)
            ),
            None,
        )
        if same is None:
            out.append(draft)
    return out
