"""Meetings: talks, visits, summits, calls and dialogues, with who, where, when and whether planned.

A sentence reports a meeting when it has a meeting word (``seeds/extraction/meetings.yaml``) and
two or more sides: named states or bodies, people (for the side they serve), or a phrase such as
"the two ministers" referring back. Mentions of the same meeting in later sentences (same sides,
no other date) are merged into one, so an article can hold several meetings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from entente.loaders.extract.context import (
    Context,
    SideSpan,
    distinct,
    group_reference,
    location,
    person_side,
    preceding_word,
    side_spans,
)
from entente.loaders.extract.document import Document, Person, Sentence
from entente.loaders.extract.lexicon import PhraseHit
from entente.loaders.extract.modality import clause_modality
from entente.models.vocab import ActorKind, AliasKind, DatePrecision, MeetingKind, Modality

if TYPE_CHECKING:
    from entente.loaders.dates import DateMatch

_KIND_RANK = {
    MeetingKind.CALL: 0,
    MeetingKind.SUMMIT: 1,
    MeetingKind.DIALOGUE: 2,
    MeetingKind.VISIT: 3,
    MeetingKind.CONFERENCE: 4,
    MeetingKind.TALKS: 5,
}


@dataclass
class MeetingDraft:
    """A meeting as found, before it becomes a ``MeetingIn``."""

    kind: MeetingKind
    sides: list[str]
    people: list[Person]
    sentences: list[Sentence]
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    precision: DatePrecision = DatePrecision.DAY
    location: str | None = None
    location_country: str | None = None
    modality: Modality = Modality.ASSERTED
    confidence: float = 0.7
    ref: str = ""
    explicit_date: bool = False
    notes: list[str] = field(default_factory=list)


def find_meetings(doc: Document) -> list[MeetingDraft]:
    """Every meeting the text reports, merged across sentences."""
    words = doc.lexicon.meetings
    drafts: list[MeetingDraft] = []
    ctx = Context()
    for s in doc.sentences:
        if s.dateline:
            continue
        spans = side_spans(doc, s)
        sides = distinct(spans)
        people = [ref.person for ref in s.people]
        hits = doc.find(words.triggers, s.start, s.end)
        if hits or doc.find(words.signing, s.start, s.end):
            draft = _meeting(doc, s, hits, spans, sides, ctx, drafts)
            if draft is not None:
                _merge_or_add(draft, drafts)
        ctx.update(sides, people)
    for draft in drafts:
        if draft.start_date is None and draft.modality is Modality.ASSERTED:
            _date_from_context(doc, draft)
    for number, draft in enumerate(drafts, start=1):
        draft.ref = f"meeting-{number}"
    return drafts


def _date_from_context(doc: Document, draft: MeetingDraft) -> None:
    """An undated meeting that happened takes the day the sentences before it give (the lede
    usually dates the event), if one is a single past day."""
    first = draft.sentences[0].index
    for s in reversed(doc.sentences[:first]):
        days = [
            d
            for d in s.dates
            if d.span.precision is DatePrecision.DAY
            and d.span.end is None
            and (doc.published is None or d.span.start <= doc.published)
        ]
        if days:
            draft.start_date = days[0].span.start
            draft.precision = DatePrecision.DAY
            draft.confidence -= 0.1
            return


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


_ORDINAL_BEFORE = re.compile(
    r"(?:\bnext|\d+(?:st|nd|rd|th)|\bfirst|\bsecond|\bthird|\bfourth|\bfifth|\bannual)"
    r"[\w\s'\u2019-]{0,40}$",
    re.IGNORECASE,
)


_AGAIN = re.compile(r"^\s+again\b", re.IGNORECASE)


def _meeting(
    doc: Document,
    s: Sentence,
    hits: list[PhraseHit],
    spans: list[SideSpan],
    sides: list[str],
    ctx: Context,
    drafts: list[MeetingDraft],
) -> MeetingDraft | None:
    words = doc.lexicon.meetings
    # "received two million refugees", "welcomed the decision": no one was met
    someone = bool(s.people) or bool(doc.find(doc.lexicon.context.representatives, s.start, s.end))
    hits = [
        h
        for h in hits
        if (someone or _norm(h.text) not in words.needs_person)
        and (_norm(h.text) not in words.needs_object or _someone_after(doc, s, h))
    ]
    hits = [h for h in hits if not _norm(h.text).endswith((" to", " in")) or _place_follows(s, h)]
    signing = False
    if not hits:
        # "A and B signed ... in X on DATE": people of two sides signing together met
        sign = next(iter(doc.find(words.signing, s.start, s.end)), None)
        person_sides = {span.side for span in spans if span.person is not None}
        if sign is None or len(person_sides) < 2 or not (s.dates or location(doc, s)[0]):
            return None
        hits = [sign]
        signing = True
    strong = [h for h in hits if _norm(h.text) not in words.weak]
    trigger = (strong or hits)[0]
    kinds = [MeetingKind(h.label) for h in hits]
    kind = min(kinds, key=lambda k: _KIND_RANK[k])
    spans = _before_topic(doc, s, trigger, spans)
    sides = distinct(spans)
    people = list(dict.fromkeys(span.person for span in spans if span.person is not None))
    place, place_country = _location_near(doc, s, trigger)
    groups, people_ref = group_reference(doc, s)
    confidence = 0.75 if strong else 0.6
    if signing:
        confidence = 0.6
    if people_ref and len(people) < 2 and len(ctx.people) >= 2:
        for person in ctx.people[-2:]:
            if person not in people:
                people.append(person)
        sides = list(dict.fromkeys([*sides, *(p for p in map(person_side, people) if p)]))
    if len(sides) < 2 and groups and len(ctx.group) >= 2:
        sides = list(dict.fromkeys([*sides, *ctx.group]))
    if (
        len(sides) == 1
        and place_country
        and place_country not in sides
        and kind
        in (
            MeetingKind.VISIT,
            MeetingKind.TALKS,
        )
    ):
        sides.append(place_country)  # "X held talks in Tokyo": the host is the other side
        confidence -= 0.1
    date = _pick_date(s, trigger.start)
    if (
        len(sides) < 2
        and drafts
        and strong
        and (date is not None or place is not None)
        and (
            _ORDINAL_BEFORE.search(doc.text[s.start : trigger.start])
            or _AGAIN.search(doc.text[trigger.end : s.end])
        )
    ):
        sides = list(dict.fromkeys([*sides, *drafts[0].sides]))  # "the next meeting ..."
        confidence -= 0.15
    if len(sides) < 2:
        return None
    if not strong and place is None and not s.people:
        return None  # "they discussed ..." with no one named and nowhere to meet
    if kind is MeetingKind.CALL:
        place, place_country = None, None  # a call has no venue
    draft = MeetingDraft(
        kind=kind,
        sides=sides,
        people=people,
        sentences=[s],
        location=place,
        location_country=place_country,
        confidence=confidence,
    )
    draft.modality = clause_modality(doc, s, trigger.start, trigger.end)
    if date is not None:
        span = date.span
        draft.start_date, draft.end_date = span.start, span.end
        draft.precision = DatePrecision(getattr(span.precision, "value", span.precision))
        draft.explicit_date = True
        if draft.modality is Modality.PLANNED and date.is_relative:
            _to_future(doc, draft)
    if draft.modality is Modality.DENIED:
        return None
    if draft.modality is Modality.PLEDGED:
        draft.modality = Modality.ASSERTED
    if (
        draft.modality is Modality.ASSERTED
        and doc.published is not None
        and draft.start_date is not None
        and draft.start_date > doc.published
    ):
        draft.modality = Modality.PLANNED
    return draft


def _place_follows(s: Sentence, hit: PhraseHit) -> bool:
    """Whether a place, capital or state comes right after "travel to", "arrived in"."""
    for m in s.mentions:
        if m.start >= hit.end:
            gap = m.start - hit.end
            return gap <= 5 and m.kind in (ActorKind.PLACE, ActorKind.STATE)
    return False


def _before_topic(
    doc: Document, s: Sentence, trigger: PhraseHit, spans: list[SideSpan]
) -> list[SideSpan]:
    """The sides named before what the meeting was about ("... to discuss Iran's ...")."""
    marker = next(iter(doc.find(doc.lexicon.meetings.topic_markers, trigger.end, s.end)), None)
    if marker is None:
        return spans
    kept = [sp for sp in spans if sp.start < marker.start]
    return kept if len(distinct(kept)) >= 2 else spans


def _location_near(doc: Document, s: Sentence, trigger: PhraseHit) -> tuple[str | None, str | None]:
    """The place nearest the meeting word that the sentence says something happens in."""
    best: tuple[int, str | None, str | None] | None = None
    for m in s.mentions:
        word = preceding_word(doc, s, m.tok_start)
        if m.kind is ActorKind.PLACE or m.alias_kind is AliasKind.CAPITAL:
            if word not in doc.lexicon.context.location_prepositions:
                continue
            name: str | None = m.actor if m.kind is ActorKind.PLACE else m.text
        elif m.kind is ActorKind.STATE and m.alias_kind in (AliasKind.NAME, AliasKind.SHORT):
            visiting = trigger.label == MeetingKind.VISIT.value
            if word != "in" and not (visiting and word in ("to", "visit", "visited", "visiting")):
                continue
            name = None
        else:
            continue
        distance = abs(m.start - trigger.start) + (1000 if name is None else 0)
        if best is None or distance < best[0]:
            best = (distance, name, m.entry.country_iso3)
    return (best[1], best[2]) if best is not None else (None, None)


def _to_future(doc: Document, draft: MeetingDraft) -> None:
    """A planned meeting's relative date read as past ("in May", "on Thursday") is the next one."""
    if doc.published is None or draft.start_date is None or draft.start_date >= doc.published:
        return
    same_month = (draft.start_date.year, draft.start_date.month) == (
        doc.published.year,
        doc.published.month,
    )
    if same_month and draft.precision is DatePrecision.MONTH:
        return  # "later this month"
    if draft.precision is DatePrecision.DAY and draft.end_date is None:
        if (doc.published - draft.start_date).days < 7:
            draft.start_date += dt.timedelta(days=7)
    elif draft.precision is DatePrecision.MONTH:
        start = draft.start_date
        draft.start_date = start.replace(year=start.year + 1)


def _pick_date(s: Sentence, near: int) -> DateMatch | None:
    """The date of a meeting: the first day or month after the meeting word, else the nearest
    before it; a bare year ("by 2028") dates no meeting."""
    dated = [d for d in s.dates if d.span.precision is not DatePrecision.YEAR]
    after = [d for d in dated if d.start >= near]
    if after:
        return after[0]
    return min(dated, key=lambda d: abs(d.start - near), default=None)


def _someone_after(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether a person or a side is named just after a verb like "received" or "hosted"."""
    limit = hit.end + 30
    if any(hit.end <= ref.start < limit for ref in s.people):
        return True
    return any(
        hit.end <= m.start < hit.end + 15
        and m.side is not None
        and m.kind is not ActorKind.PLACE
        and not m.possessive  # "welcomed Vietnam's offer" met no one
        for m in s.mentions
    ) or bool(doc.find(doc.lexicon.context.representatives, hit.end, limit))


def _same_meeting(a: MeetingDraft, b: MeetingDraft) -> bool:
    if a.modality is not b.modality:
        return False
    if (
        a.start_date is not None
        and b.start_date is not None
        and (a.start_date, a.end_date or a.start_date) != (b.start_date, b.end_date or b.start_date)
    ):
        return False
    if MeetingKind.CALL in (a.kind, b.kind) and a.kind is not b.kind:
        return False
    if a.location_country and b.location_country and a.location_country != b.location_country:
        return False
    if a.location and b.location and a.location != b.location:
        return False
    sa, sb = set(a.sides), set(b.sides)
    if sa == sb:
        return True
    return sb <= sa and (a.start_date is None or b.start_date is None)


def _merge_or_add(draft: MeetingDraft, drafts: list[MeetingDraft]) -> None:
    for earlier in reversed(drafts):
        if _same_meeting(earlier, draft):
            earlier.sentences.extend(draft.sentences)
            for person in draft.people:
                if person not in earlier.people:
                    earlier.people.append(person)
            for side in draft.sides:
                if side not in earlier.sides:
                    earlier.sides.append(side)
            if earlier.start_date is None and draft.start_date is not None:
                earlier.start_date, earlier.end_date = draft.start_date, draft.end_date
                earlier.precision = draft.precision
                earlier.explicit_date = True
            if earlier.location is None and draft.location is not None:
                earlier.location = draft.location
                earlier.location_country = draft.location_country
            elif earlier.location_country is None and draft.location_country is not None:
                earlier.location_country = draft.location_country
            if _KIND_RANK[draft.kind] < _KIND_RANK[earlier.kind]:
                earlier.kind = draft.kind
            earlier.confidence = min(0.95, max(earlier.confidence, draft.confidence) + 0.05)
            return
    drafts.append(draft)
