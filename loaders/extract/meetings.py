"""Meetings: talks, visits, summits, calls and dialogues, with who, where, when and whether planned.

A sentence reports a meeting when it has a meeting word (``seeds/extraction/meetings.yaml``) and
two or more sides: named states or bodies, people (for the side they serve), or a phrase such as
"the two ministers" referring back. One sentence may report several meetings ("spoke by phone on
Monday ... and agreed to meet in Hanoi on July 14-16"): the meeting words are grouped by the date
each one takes (the first date after it in its clause), and each group reads its sides from its
own stretch of the sentence, with the sentence's subject when it names too few.

Mentions of the same meeting in later sentences are merged into one: the project's identity of a
meeting is its sides and first day, so talks on the first day of a visit are the visit, and talks
on a later day are a meeting of their own. A later "the meeting was co-chaired by ..." with no date
refers back to the meeting just reported; a planned meeting of a body the article set up ("the
joint committee will meet in Paris in January") is between the sides of the article's first one.

A day can belong to something else: the day a meeting was told of ("said on Wednesday after he
met ...", "announced on Tuesday during a visit to ...") dates it only until a later mention gives
its own day ("the two leaders held talks on Monday", "During Monday's call"); "arrived on Tuesday
for a three-day visit" starts a visit of three days. A body named as the frame of a meeting ("the
ASEAN summit", "under UN auspices", "on the sidelines of the General Assembly") or as the source
that tells of it ("..., the State Department said") is not one of its sides; a bloc's own
summit ("the ASEAN summit opened", "the leaders' meeting" after "the Pacific Islands Forum
Leaders Meeting") has the bloc among its sides, and talks on its sidelines are talks of their
own. "Ended a three-day visit on Friday" dates the visit's last day; "held talks in A on Monday
with X, and in B on Wednesday with Y" is two meetings; a meeting a party denies is kept, denied.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from entente.loaders.extract.context import (
    Context,
    SideSpan,
    distinct,
    people_reference,
    person_side,
    preceding_word,
    referred_people,
    sentence_sides,
    side_spans,
)
from entente.loaders.extract.document import Document, Person, Sentence, is_headline
from entente.loaders.extract.lexicon import NOT_A_MEETING, PhraseHit
from entente.loaders.extract.modality import clause_modality
from entente.loaders.extract.people import body_in_title
from entente.models.vocab import ActorKind, AliasKind, DatePrecision, MeetingKind, Modality

# Patterns used inside the functions below, compiled once.
_SUCH_BEFORE = re.compile(r"\bsuch\s+$")
_LOWER_WORDS = re.compile(r"[a-z]+")
_SUBORDINATE = re.compile(r"\b([a-z]+)\s+the\s+(?:[a-z-]+\s+){0,2}$")
_LAST_WORD = re.compile(r"([\w-]+)\W*$")
_ABOUT_OPENER = re.compile(r"\s+(?:on|over|about|toward|towards)\s")
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# a relative date that can only be in the past ("last Thursday", "two days ago", "yesterday")
_EXPLICIT_PAST = re.compile(r"(?i)^(?:last|this\s+past)\b|\bago$|^yesterday$")
_HABITUAL_BEFORE = re.compile(
    r"\b(?:schedule|calendar|cycle|mechanism|system|format|practice|tradition)\s+of\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_BODY_NAME_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:at|of|with)\s+(?:the\s+)?(?:[\w-]+-based\s+)?(?:[A-Z][\w'\u2019-]*\s+)+$"
)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_BLOC_WORD = re.compile(r"\bthe\s+(?:bloc|group|alliance|grouping)\b")
_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){0,4}$")
_ITERATIVE_AFTER = re.compile(
    r"\s+(?:several|many|a\s+few|a\s+number\s+of|countless|two|three|four|five|six|\d+)"
    r"\s+times\b|\s+(?:repeatedly|"
    r"regularly|frequently|often|on\s+several\s+occasions)\b",
    re.IGNORECASE,
)
_DAYS_LATER = re.compile(
    r"\b(?:(a|one|two|three)\s+days?\s+later|the\s+(?:next|following)\s+day)\b", re.IGNORECASE
)
_LATER_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
_ASIDE_CLAUSE = re.compile(r",\s+(?:as|while|whereas)\s+(?!well\b|part\b|expected\b)")
_QUOTATION = re.compile(r"[\u201c\"][^\u201d\"]*[\u201d\"]")
_DEADLINE_BEFORE = re.compile(r"\b(?:before|by|until|no\s+later\s+than)\s+$", re.IGNORECASE)
_FOUNDED_BEFORE = re.compile(
    r"\b(?:formed|founded|created|established|set\s+up|launched|signed|set\s+up)\s+in\s+$",
    re.IGNORECASE,
)
_HEADQUARTERS_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:headquarters|HQ|head\s+office)\b")
_WITH_AFTER = re.compile(r"\s+(?:with|between)\s")
_SAME_DAY = re.compile(r"\bthe same day\b", re.IGNORECASE)
_LOWER_WORDS_HYPHEN = re.compile(r"[a-z-]+")

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
# Where one event of a sentence ends and the next may begin.
_BOUNDARY = re.compile(
    r";|,\s+(?:and|but|while|whereas|before|then|as)\s+|\s+before\s+(?=\w+ing\b)"
)
_ORDINAL_BEFORE = re.compile(
    r"(?:\bnext|\d+(?:st|nd|rd|th)|\bfirst|\bsecond|\bthird|\bfourth|\bfifth|\bannual)"
    r"[\w\s'\u2019-]{0,40}$",
    re.IGNORECASE,
)
_AGAIN = re.compile(r"^\s+again\b", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\s+and\s+(?:also\s+|then\s+)?$")
_INFINITIVE = re.compile(r"\bto\s+[a-z]+")
_DEFINITE = re.compile(r"(?:^|\s)(?:the|that|this)\s+$", re.IGNORECASE)
_YEAR_OK = re.compile(
    r"(?:\bin|\bearly|\blate|\bmid|-|\b(?:half|part|quarter|months)\s+of)\s*$", re.IGNORECASE
)
_NOUN_BEFORE = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "our", "this", "that", "official", "state",
     "working", "first", "recent", "planned", "upcoming", "rare", "historic", "landmark",
     "surprise", "return", "reciprocal", "last", "next", "second", "private", "formal", "brief"}
)  # fmt: skip
_NOT_BEFORE = re.compile(
    r"\b(?:not|no|never|without)\s+(?!only\b)(?:an?\s+|another\s+|any\s+|[a-z]+\s+){0,2}$", re.I
)
_DAYS_OF = re.compile(
    r"\b(two|three|four|five|2|3|4|5)(?:\s+days\s+of|-day)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_DAY_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_STALLED = re.compile(
    r"(?:\s+(?:between|with)\s+[^,;]{1,60}?)?\s+(?:have|has|had)?\s*(?:been\s+)?"
    r"(?:stalled|collapsed|broken down|broke down|dragged on|faltered|stuck)\b",
    re.I,
)
_HOST_NOUNS = frozenset({"host", "hosts"})  # verbs, but nouns after "his", "the"
_DETERMINER_BEFORE = re.compile(r"\b(?:his|her|their|its|our|the)\s+$", re.I)
_ENDED_BETWEEN = re.compile(r"\b(?:ended|ends|ending|concluded|concludes|closed|wrapped up)\b")
_BEGAN_BETWEEN = re.compile(r"\b(?:began|begun|begins|started|starts|opened|opens)\b")
_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+$", re.I)  # "is meeting X on Thursday": a plan
_PRESENT_MOVES = frozenset(
    {"leaves for", "travels to", "heads to", "heads for", "flies to", "departs for", "goes to",
     "travels on to", "flies on to", "returns to", "arrives in"}
)  # fmt: skip
_VISIT_VERBS = frozenset({"visit", "visits", "visited", "visiting"})
_REPORTED = frozenset({"would"})
_ORDINAL_DAYS = {"first": 0, "second": 1, "third": 2, "last": 0}
_NTH_DAY = re.compile(r"\bon\s+the\s+(first|second|third)\s+day\b", re.IGNORECASE)
_DAY_POSSESSIVE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday)['\u2019]s"
    r"\s+(?:[\w-]+\s+){0,2}?(call|talks|meeting|summit|visit)\b"
)
_RESIDENT_AFTER = re.compile(
    r",\s+(?:the\s+)?[^,]{0,50}?\b(?:office|mission|embassy|representation|high commission)"
    r"\s+(?:in|to)\s+[A-Z]"
)
_BY_PHONE = re.compile(r"\b(?:by|over the|on the)\s+(?:tele)?phone\b|\bby video\b", re.I)
_NEXT_BEFORE = re.compile(r"\bnext\b[\w\s'\u2019-]{0,50}$", re.I)
_TAKES_PLACE = re.compile(
    r"(?:\s+(?:of|between)\s+(?:the\s+)?[\w'-]+(?:\s+[A-Z][\w'-]*){0,5})?\s+"
    r"(?:is|was|will|would|are|were)\s+(?:\w+\s+){0,3}?(?:take|takes|took|taken)\s+place\b"
)
_WHO = re.compile(r",\s+who\s+(?:[\w-]+\s+){0,3}$")
_AFTER_WORD = re.compile(
    r"\b(?:after|following|ended|ending|concluded|concluding|wrapped up|closed)\s+$", re.I
)
# "ended a three-day visit on Friday", "at the end of a two-day visit": the day it ended
_END_OF_EVENT = re.compile(
    r"\b(?:ended|ends|ending|concluded|concludes|concluding|wrapped up|wraps up|wrapping up"
    r"|closed|closes|closing|at the end of|on the last day of|at the close of)"
    r"\s+(?:a|an|his|her|their|its|the)\s+$",
    re.I,
)
_AFTER_EVENT = re.compile(
    r"(?:[\s,]+[\w'-]+){0,6}?[\s,]+(?:after|following)\b"
    r"|\s+(?:that\s+)?(?:he|she|they|it|the\s+two)\s+had\b",  # "said on Monday she had met"
    re.I,
)
# "signed on Wednesday during a state visit": a day inside the visit, not necessarily its first
_INSIDE_EVENT = re.compile(
    r"[\s,]*(?:during|in the course of|on the sidelines of|at the end of|on the last day of"
    r"|while on)\b",
    re.I,
)
# "arrived on Tuesday for a three-day visit": the day the visit began
_STARTS_EVENT = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?[\s,]*"
    r"(?:for|on|to begin|to start|began|begins|started|starts|opened|opens|kicked off)"
    r"\s+(?:a|an|his|her|their|its)\s+",
    re.I,
)
_ELLIPSIS = re.compile(r",\s+and\s+(?:then\s+|later\s+)?(?:in|at)\s+(?=[A-Z])")
_SINCE = re.compile(r"\bsince\s+(?:the\s+|an?\s+|its\s+|their\s+)?[a-z]", re.I)
_AT_A_MEETING = re.compile(r"\bat\s+an?\s+(?:[a-z-]+\s+){0,2}$")
# "on the sidelines of the IsDB Group Annual Meetings": the meeting word names the frame
_FRAMED_HIT = re.compile(
    r"\b(?:sidelines|margins)\s+of\s+(?:the\s+|an?\s+|this\s+)?(?:[A-Z0-9][\w'&-]*\s+){0,5}$",
    re.I,
)
# "the next joint cabinet meeting": the bodies of two states meeting, not one body's session
_JOINT_BEFORE = re.compile(r"\b(?:joint|binational|bilateral|intergovernmental)\s+$", re.I)
_DEFINITE_NOUN = re.compile(r"\bthe\s+(?:[\w'\u2019-]+\s+){0,2}$", re.I)
_UNTIL = re.compile(r"\b(?:until|till|through|to)\s+$", re.I)
_ADDRESSED = re.compile(
    r"\b(?:calling|called|calls|call|urging|urged|urges|urge)\s+(?:on\s+|upon\s+)?(?:the\s+)?$",
    re.I,
)
_LOWER_RUN = re.compile(r"(?:\s+[a-z-]+){0,3}\s+")
_ASIDE = re.compile(r"\b(?:sidelines|margins)\s+of\b", re.I)
_SEPARATELY = re.compile(r"\b(?:separately|separate\s+meetings|one\s+by\s+one)\b", re.I)


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
    back_reference: bool = False  # "the meeting was co-chaired by ...": the one just reported
    # dated by a day inside it or the day it was told of ("said on Tuesday during a visit to X",
    # "announced on Monday after meeting X"): a later mention with its own day may re-date it
    weak_date: bool = False
    again: bool = False  # "the next session", "will meet again": not a meeting told of before
    aside: bool = False  # "on the sidelines of the summit": not the summit itself
    guests: list[str] = field(default_factory=list)  # sides that "also took part"
    bloc: bool = False  # a bloc's own summit: its one side is the bloc
    notes: list[str] = field(default_factory=list)


@dataclass
class _Group:
    """Meeting words of one sentence that report the same event."""

    hits: list[PhraseHit]
    date: DateMatch | None
    clause: tuple[int, int]
    region: tuple[int, int] = (0, 0)


def find_meetings(doc: Document) -> list[MeetingDraft]:
    """Every meeting the text reports, merged across sentences."""
    words = doc.lexicon.meetings
    drafts: list[MeetingDraft] = []
    ctx = Context()
    for s in doc.sentences:
        if s.dateline or is_headline(doc, s):
            continue
        if drafts:
            _dated_by_possessive(doc, s, drafts)
        spans = side_spans(doc, s)
        hits = [h for h in doc.find(words.triggers, s.start, s.end) if h.label != NOT_A_MEETING]
        if (
            drafts
            and doc.find(words.joiners, s.start, s.end)
            and not any(_dates_meeting(doc, d) for d in s.dates)  # no new event's day
        ):
            # "X also took part", "X was represented at the meeting by ...": the last meeting
            _joined(doc, s, spans, drafts[-1])
        elif hits or doc.find(words.signing, s.start, s.end):
            for draft in _sentence_meetings(doc, s, hits, spans, ctx, drafts):
                _merge_or_add(draft, drafts)
        ctx.update(_sides_outside_quotes(doc, s, spans), [ref.person for ref in s.people])
    for number, draft in enumerate(drafts, start=1):
        draft.ref = f"meeting-{number}"
    return drafts


def _sides_outside_quotes(doc: Document, s: Sentence, spans: list[SideSpan]) -> list[str]:
    """The sides a sentence that opens with a quotation names outside it: '"Neither Lima
    nor La Paz wants to provoke Santiago," said X' leaves no group for a later "the two
    sides"."""
    if doc.text[s.start : s.start + 1] not in '\u201c"':
        return sentence_sides(doc, s)  # a quotation inside a report may name who acts
    quoted = [q.span() for q in _QUOTATION.finditer(doc.text, s.start, s.end)]
    return distinct([sp for sp in spans if not any(a < sp.start < b for a, b in quoted)])


def _joined(doc: Document, s: Sentence, spans: list[SideSpan], draft: MeetingDraft) -> None:
    """Someone who "also took part" in the meeting just reported: their side joins it."""
    if draft.modality is not Modality.ASSERTED:
        return
    for span in spans:
        side = _body_side(doc, span)
        for name in distinct([side]):
            if name not in draft.sides:
                draft.sides.append(name)
                draft.guests.append(name)
        if span.person is not None and span.person not in draft.people:
            draft.people.append(span.person)
    if s not in draft.sentences:
        draft.sentences.append(s)


def _dated_by_possessive(doc: Document, s: Sentence, drafts: list[MeetingDraft]) -> None:
    """A day in the possessive before a meeting word ("During Tuesday's call, the leaders
    also agreed ...") dates the meeting of that kind just reported, if it had no day of its own."""
    for match in _DAY_POSSESSIVE.finditer(doc.text, s.start, s.end):
        date = next((d for d in s.dates if d.start == match.start()), None)
        if date is None or date.span.precision is not DatePrecision.DAY:
            continue
        is_call = match.group(1).lower() == "call"
        for draft in reversed(drafts):
            if (draft.kind is MeetingKind.CALL) is not is_call:
                continue
            if draft.start_date is None or draft.weak_date:
                _set_date(draft, date)
                draft.weak_date = False
                if s not in draft.sentences:
                    draft.sentences.append(s)
            break


def _sentence_meetings(
    doc: Document,
    s: Sentence,
    hits: list[PhraseHit],
    spans: list[SideSpan],
    ctx: Context,
    drafts: list[MeetingDraft],
) -> list[MeetingDraft]:
    hits = _usable(doc, s, hits)
    if not hits:
        draft = _signing(doc, s, spans, ctx, drafts)
        return [draft] if draft is not None else []
    groups = _groups(doc, s, hits)
    groups = _elliptical(doc, s, groups)
    subject_end = groups[0].hits[0].start
    found: list[MeetingDraft] = []
    for number, group in enumerate(groups):
        draft = _meeting(doc, s, group, spans, ctx, drafts, subject_end if number else None)
        if draft is None:
            continue
        if len(draft.sides) > 2 and _SEPARATELY.search(doc.text, *group.region):
            found.extend(_one_by_one(draft))  # "met each delegation separately"
        else:
            found.append(draft)
    return found


def _one_by_one(draft: MeetingDraft) -> list[MeetingDraft]:
    """A meeting of one side with several others "separately": one meeting with each."""
    host, *others = draft.sides
    out: list[MeetingDraft] = []
    for other in others:
        people = [p for p in draft.people if person_side(p) in (host, other)]
        out.append(replace(draft, sides=[host, other], people=people, notes=[]))
    return out


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _usable(doc: Document, s: Sentence, hits: list[PhraseHit]) -> list[PhraseHit]:
    """The meeting words that report a meeting here, not a process or a figure of speech."""
    words = doc.lexicon.meetings
    # "received two million refugees", "welcomed the decision": no one was met
    someone = bool(s.people) or bool(doc.find(doc.lexicon.context.representatives, s.start, s.end))
    kept: list[PhraseHit] = []
    background: int | None = None
    for h in hits:
        word = _norm(h.text)
        if word in words.needs_person and not someone:
            continue
        if word in words.needs_object and not _someone_after(doc, s, h):
            continue
        if word in _HOST_NOUNS and _DETERMINER_BEFORE.search(
            doc.text, max(s.start, h.start - 8), h.start
        ):
            continue  # "addressed by his hosts": a noun
        clause_end = doc.text.find(",", h.end, s.end)
        if word in words.no_infinitive and _INFINITIVE.search(
            doc.text, h.end, s.end if clause_end < 0 else clause_end
        ):
            continue  # "called on the authorities to allow ...": a call for action
        if word.endswith((" to", " in", " for")) and not _place_follows(s, h):
            continue
        if word in _VISIT_VERBS and not _is_noun(doc, s, h) and not _named_after(doc, s, h):
            continue  # "to allow observers to visit disputed areas"
        if word in words.process_nouns and _is_process(doc, s, h):
            continue  # "agreed to speed up talks on a free trade agreement"
        if _meets_no_one(doc, s, h) or _inside_time_clause(doc, s, h):
            continue
        if _HABITUAL_BEFORE.search(doc.text, max(s.start, h.start - 60), h.start):
            continue  # "restore the regular schedule of ministerial meetings": a practice
        if _ITERATIVE_AFTER.match(doc.text, h.end):
            continue  # "intelligence chiefs met several times in 2021": no one meeting
        if _commentators_body(doc, s, h):
            continue  # "an analyst at the Mediterranean Policy Forum": where they work
        if _NOT_BEFORE.search(doc.text[max(s.start, h.start - 28) : h.start]):
            if word in words.verbs:
                background = h.start  # "did not meet during the summit": no meeting after it
            continue  # "not another summit", "no meeting was held"
        if background is not None and h.start >= background:
            continue
        if word in words.verbs and _LAST_BEFORE.search(
            doc.text, max(s.start, h.start - 6), h.start
        ):
            background = h.start  # "the two presidents last met at the summit": background
            continue
        if any(
            not any(r.start <= b.start < r.end for r in s.people)  # "Cabinet Secretary X met"
            and not _JOINT_BEFORE.search(doc.text, max(s.start, b.start - 12), b.start)
            for b in doc.find(words.internal_bodies, max(s.start, h.start - 40), h.start)
        ):
            continue  # "the agency's board, which meets next month"
        kept.append(h)
    framed = [
        h
        for h in kept
        if _FRAMED_HIT.search(doc.text, max(s.start, h.start - 80), h.start)
        and _norm(h.text) not in words.verbs
    ]
    if framed:
        # "On the sidelines of the summit, A met B": the summit frames the talks; "A and B
        # signed ... on the sidelines of the Annual Meetings": the signing is the meeting
        kept = [h for h in kept if h not in framed]
    return kept


def _commentators_body(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether a capitalised meeting noun ends the name of the body a commentator works at
    ("a senior fellow at the Gulf Security Forum")."""
    if not hit.text[:1].isupper():
        return False
    match = _BODY_NAME_BEFORE.search(doc.text, max(s.start, hit.start - 80), hit.start)
    if match is None:
        return False
    experts = doc.lexicon.roles.expert_titles
    return match.group(1).lower().rstrip("s") in experts


def _meets_no_one(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether a meeting verb takes a thing as its object ("to meet its financing needs"),
    or a noun is generic ("the first such visit")."""
    if _SUCH_BEFORE.search(doc.text[max(s.start, hit.start - 8) : hit.start]):
        return True
    after = _LOWER_WORDS.findall(doc.text[hit.end : min(s.end, hit.end + 45)].lower())[:4]
    return any(w in doc.lexicon.meetings.not_objects for w in after)


def _inside_time_clause(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether a meeting verb sits in a time clause about another event ("before the
    committee meets")."""
    head = doc.text[max(s.start, hit.start - 40) : hit.start].lower()
    match = _SUBORDINATE.search(head)
    return match is not None and match.group(1) in doc.lexicon.meetings.subordinate_before


def _is_noun(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether "visit" stands as a noun here ("a two-day visit", "his visit")."""
    before = _LAST_WORD.search(doc.text[max(s.start, hit.start - 30) : hit.start])
    if before is None:
        return False
    word = before.group(1).lower()
    return word in _NOUN_BEFORE or word.endswith("-day") or word.endswith("'s")


def _named_after(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether a place, side or person is named just after a verb ("visited Hanoi")."""
    limit = hit.end + 25
    if any(hit.end <= ref.start < limit for ref in s.people):
        return True
    return any(hit.end <= m.start < limit and m.kind is not ActorKind.PERSON for m in s.mentions)


def _is_process(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether "talks" or "negotiations" name a process rather than a meeting: started,
    sped up or concluded ("agreed to start talks"), or about reaching an agreement."""
    words = doc.lexicon.meetings
    head = doc.text[max(s.start, hit.start - 25) : hit.start].lower()
    if _process_pattern(words.process_before).search(head):
        # "would open talks with X in Lima next month": a first round, held somewhere
        return not _venue_and_day_after(doc, s, hit)
    tail = doc.text[hit.end : min(s.end, hit.end + 50)]
    if _STALLED.match(tail):
        return True  # "trade talks between X and Y have stalled"
    if _ABOUT_OPENER.match(tail) and doc.find(
        doc.lexicon.agreements.kinds, hit.end, min(s.end, hit.end + 50)
    ):
        return not any(hit.end <= d.start < hit.end + 60 for d in s.dates)
    return False


def _venue_and_day_after(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether a place to meet and a date follow a meeting word in its clause."""
    comma = doc.text.find(",", hit.end, s.end)
    end = s.end if comma < 0 else comma
    venue = any(
        hit.end <= m.start < end
        and (m.kind is ActorKind.PLACE or m.alias_kind is AliasKind.CAPITAL)
        and preceding_word(doc, s, m.tok_start) in ("in", "at")
        for m in s.mentions
    )
    return venue and any(hit.end <= d.start < end for d in s.dates)


@cache
def _process_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, words))
    return re.compile(rf"\b(?:{alternatives})\s+(?:\w+\s+)?$")


def _groups(doc: Document, s: Sentence, hits: list[PhraseHit]) -> list[_Group]:
    """The meeting words of a sentence grouped into events, each with its date and the
    stretch of the sentence that speaks of it."""
    bounds = _clauses(doc, s, hits)
    groups: list[_Group] = []
    for hit in hits:
        clause = next(c for c in bounds if c[0] <= hit.start < c[1])
        date = _hit_date(doc, s, hit, clause)
        if groups:
            last = groups[-1]
            same_date = date is None or last.date is None or date.span == last.date.span
            if last.clause == clause and same_date:
                last.hits.append(hit)
                last.date = last.date or date
                continue
        groups.append(_Group([hit], date, clause))
    for number, group in enumerate(groups):
        if number == 0:
            start = s.start
            # "A and B compete for influence; C is due in D in April": a clause of its own
            cut = doc.text.rfind(";", s.start, group.clause[0] + 1)
            if cut >= 0:
                start = cut + 1
        elif groups[number - 1].clause != group.clause:
            start = group.clause[0]
        else:
            before = groups[number - 1]
            start = max(before.hits[-1].end, before.date.end if before.date else 0)
            if _WITH_AFTER.match(doc.text, start):
                # "spoke by phone last Thursday with X, accepted ...": X met in the first event
                comma = doc.text.find(",", start, group.hits[0].start)
                start = comma if comma > 0 else start
            start = min(start, group.hits[0].start)
        group.region = (start, s.end)
        if number:
            groups[number - 1].region = (groups[number - 1].region[0], start)
    for group in groups:
        # "..., during a visit to Rabat by X, as the EU released ...": another event's actors
        aside = _ASIDE_CLAUSE.search(doc.text, group.hits[-1].end, group.region[1])
        if aside is not None and (group.date is None or group.date.start < aside.start()):
            group.region = (group.region[0], aside.start())
    return groups


def _elliptical(doc: Document, s: Sentence, groups: list[_Group]) -> list[_Group]:
    """A second event told without its verb: "held talks in Kinshasa on Monday with X, and
    in Kigali on Wednesday with Y" (a place and another day after ", and")."""
    last = groups[-1]
    if last.date is None:
        return groups
    start, end = last.region
    for match in _ELLIPSIS.finditer(doc.text, max(start, last.date.end), end):
        date = next(
            (d for d in s.dates if match.end() <= d.start < min(end, match.end() + 60)), None
        )
        if date is None or date.span == last.date.span:
            continue
        last.region = (start, match.start())
        extra = _Group(list(last.hits), date, last.clause, (match.start(), end))
        return [*groups, extra]
    return groups


def _clauses(doc: Document, s: Sentence, hits: list[PhraseHit]) -> list[tuple[int, int]]:
    """The sentence cut where a new event may begin: at "; " and ", and", and at "and"
    just before a meeting verb ("held talks on Monday and called on X on Tuesday")."""
    cuts = [m.start() for m in _BOUNDARY.finditer(doc.text, s.start, s.end)]
    for hit in hits:
        match = _AND_BEFORE.search(doc.text, max(s.start, hit.start - 15), hit.start)
        if match is not None and hit.start > s.start:
            cuts.append(match.start())
    edges = [s.start, *sorted(set(cuts)), s.end]
    return [(a, b) for a, b in pairwise(edges) if b > a] or [(s.start, s.end)]


def _hit_date(
    doc: Document, s: Sentence, hit: PhraseHit, clause: tuple[int, int]
) -> DateMatch | None:
    """The date of a meeting word: the first day or month after it in its clause, else the
    nearest before it there; a bare year only after "in" ("in 2027", not "by 2028"), and no
    week ("last week" does not say which day)."""
    dated = [d for d in s.dates if clause[0] <= d.start < clause[1] and _dates_meeting(doc, d)]
    # the day it was said dates the meeting only when the clause gives no other day
    dated = [d for d in dated if not _dates_saying(doc, s, d, hit)] or dated
    after = [d for d in dated if d.start >= hit.start]
    if after:
        since = _SINCE.search(doc.text, hit.end, after[0].start)
        if since is None:
            return after[0]
        # "the first talks since a ceasefire collapsed in June": June dates the collapse
        dated = [d for d in dated if d.start < since.start()]
        after = [d for d in dated if d.start >= hit.start]
        if after:
            return after[0]
    return min(dated, key=lambda d: abs(d.start - hit.start), default=None)


def _dates_saying(doc: Document, s: Sentence, d: DateMatch, hit: PhraseHit) -> bool:
    """Whether a date after a meeting word is the day something was said about it ("will
    visit CITY on Friday for talks ..., his office said on Wednesday")."""
    if d.start < hit.end:
        return False
    said = doc.find(doc.lexicon.context.attribution, max(hit.end, d.start - 25), d.start)
    return bool(said) and not doc.text[said[-1].end : d.start].strip(" ").count(",")


def _said_before(doc: Document, s: Sentence, d: DateMatch, hit: PhraseHit) -> bool:
    """Whether a date before a meeting word is the day something was said after it ("said on
    Thursday after he met ...", "announced on Wednesday following talks ...")."""
    if d.end > hit.start or not _AFTER_EVENT.match(doc.text, d.end, hit.start):
        return False
    return bool(doc.find(doc.lexicon.context.attribution, max(s.start, d.start - 25), d.start))


def _dates_meeting(doc: Document, d: DateMatch) -> bool:
    if "week" in d.text.lower():
        return False
    if _DEADLINE_BEFORE.search(doc.text, max(0, d.start - 20), d.start):
        return False  # "before the end of the month", "by March": a deadline, not the day
    if _FOUNDED_BEFORE.search(doc.text, max(0, d.start - 30), d.start):
        return False  # "the 31st meeting of the group formed in 2022": when it was set up

    if d.span.precision is DatePrecision.YEAR:
        text = d.text.lower()
        if "year" in text:
            return "next" in text  # "early next year", not "this year"
        return bool(_YEAR_OK.search(doc.text, max(0, d.start - 12), d.start))
    return True


def _meeting(
    doc: Document,
    s: Sentence,
    group: _Group,
    all_spans: list[SideSpan],
    ctx: Context,
    drafts: list[MeetingDraft],
    subject_end: int | None,
) -> MeetingDraft | None:
    words = doc.lexicon.meetings
    hits = group.hits
    strong = [h for h in hits if _norm(h.text) not in words.weak or _held(doc, s, h)]
    trigger = (strong or hits)[0]
    kind = min((MeetingKind(h.label) for h in hits), key=lambda k: _KIND_RANK[k])
    start, end = group.region
    spans = [_body_side(doc, sp) for sp in all_spans if start <= sp.start < end]
    if _norm(trigger.text).endswith((" to", " in", " for")) and _WHO.search(
        doc.text, start, trigger.start
    ):
        # "X, who will travel to Stockholm on Friday, called Norway ...": the journey's clause
        comma = doc.text.find(",", trigger.end, end)
        if comma > 0:
            spans = [sp for sp in spans if sp.start < comma]
    # "the Addis Ababa meeting", "the Paris talks": the capital says where, not who
    spans = [
        sp
        for sp in spans
        if not (sp.how == "capital" and any(0 < h.start - sp.end <= 1 for h in hits))
    ]
    # "signed a communiqué calling on the European Union to ...": addressed, not present
    addressed = [
        sp
        for sp in spans
        if sp.person is None and _ADDRESSED.search(doc.text, max(s.start, sp.start - 20), sp.start)
    ]
    # "the EU-Mercosur trade agreement": the pact's name, not who met
    addressed += [
        sp
        for sp in spans
        if sp.person is None and sp not in addressed and _in_pact_name(doc, s, sp)
    ]
    if addressed and len(distinct([sp for sp in spans if sp not in addressed])) >= 2:
        spans = [sp for sp in spans if sp not in addressed]
    # "allies met at NATO headquarters": where they met, not who (but "talks at the AU
    # headquarters" with one visitor are talks with the AU)
    venues = [
        sp for sp in spans if sp.person is None and _HEADQUARTERS_AFTER.match(doc.text, sp.end)
    ]
    if venues and len(distinct([sp for sp in spans if sp not in venues])) >= 2:
        spans = [sp for sp in spans if sp not in venues]
    spans = _before_topic(doc, s, trigger, spans)
    spans = _after_attribution(doc, start, trigger, spans)
    spans = _without_trailing_source(doc, trigger, spans, end)
    if subject_end is not None and len(distinct(spans)) < 2:
        # "..., and agreed that negotiators would meet in Hanoi": the sentence's subject met
        spans = [sp for sp in all_spans if sp.start < subject_end] + spans
    spans = _between(doc, s, hits, spans, end)
    spans = _without_frames(doc, s, hits, spans)
    spans = _without_topics(doc, s, hits, spans)
    if kind is MeetingKind.VISIT:
        # "toured a camp with the agency's representative in Chad": posted there, not visited
        local = [sp for sp in spans if sp.person is not None and _is_resident(doc, sp.person)]
        if local and len(distinct([sp for sp in spans if sp not in local])) >= 2:
            spans = [sp for sp in spans if sp not in local]
    sides = _without_state_bodies(doc, spans)
    if (
        kind is MeetingKind.SUMMIT
        and all(MeetingKind(h.label) in _FRAME_KINDS for h in hits)
        and _DEFINITE_NOUN.search(doc.text, max(s.start, trigger.start - 20), trigger.start)
        and not _ASIDE.search(doc.text, s.start, s.end)
    ):
        # "The leaders' meeting opened on Monday" after "the Pacific Islands Forum Leaders
        # Meeting": the forum's own summit
        body = _summit_body(doc, s)
        if body is not None and body not in sides:
            sides.append(body)
    people = list(dict.fromkeys(span.person for span in spans if span.person is not None))
    pronoun = _PRONOUN.search(doc.text[start : trigger.start])
    # "she held talks with ...": the subject of the sentence before, else the person last named
    # (also after an opening phrase that names no one: "On Monday she held talks ...")
    referent = (
        ctx.subject
        if pronoun
        and (
            start + pronoun.start() == s.start
            or (start == s.start and not any(r.start < start + pronoun.start() for r in s.people))
        )
        else None
    )
    referent = referent or (ctx.people[-1] if ctx.people else None)
    if len(people) < 2 and referent is not None and pronoun and referent not in people:
        people.insert(0, referent)
        side = person_side(referent)
        if side is not None and side not in sides:
            sides.insert(0, side)
    place, place_country = _location_near(doc, s, trigger, start, end)
    groups_ref = bool(doc.find(doc.lexicon.context.groups, start, end))
    if groups_ref:
        # "STATE's Export-Import Bank will lend X ..., the two governments said after talks":
        # the governments met, the bank is theirs
        sides = list(dict.fromkeys(_state_of_body(doc, side) or side for side in sides))
    count = people_reference(doc, start, end)
    confidence = 0.75 if strong else 0.6
    if count and len(people) < count and len(ctx.people) >= 2:
        for person in referred_people(doc, start, end, ctx.people):
            if person not in people:
                people.append(person)
        sides = list(dict.fromkeys([*sides, *(p for p in map(person_side, people) if p)]))
    if len(sides) < 2 and (groups_ref or count) and len(ctx.group) >= 2:
        # "the two sides", or "the two foreign ministers" when no ministers were named
        sides = list(dict.fromkeys([*sides, *ctx.group]))
    if (
        len(sides) == 1
        and place_country
        and place_country not in sides
        and kind in (MeetingKind.VISIT, MeetingKind.TALKS)
    ):
        sides.append(place_country)  # "X held talks in Tokyo": the host is the other side
        confidence -= 0.1
    date = group.date
    modality = _modality(doc, s, trigger)
    if any(_norm(h.text) in words.planned_verbs for h in hits):
        modality = Modality.PLANNED  # "invited X to visit"
    elif modality is Modality.PLANNED and date is not None and _EXPLICIT_PAST.search(date.text):
        # "who spoke by phone last Thursday ..., accepted an invitation to a summit Canada
        # will host": the future belongs to another clause; the day is plainly past
        modality = Modality.ASSERTED
    if (
        modality is Modality.ASSERTED
        and (
            _norm(trigger.text) in _PRESENT_MOVES
            or _PROGRESSIVE.search(doc.text, max(s.start, trigger.start - 8), trigger.start)
        )
        and date is not None
        and date.is_relative
        and date.start > trigger.end
    ):
        modality = Modality.PLANNED  # "X leaves for Singapore on Friday": a plan, in the present
    if (
        date is not None
        and modality is Modality.PLANNED
        and date.start > trigger.end
        and _dates_saying(doc, s, date, trigger)
    ):
        date = None  # "will visit Hanoi next week, the ministry said on Wednesday"
    if kind is MeetingKind.TALKS and _BY_PHONE.search(
        doc.text, trigger.end, min(end, trigger.end + 80)
    ):
        kind = MeetingKind.CALL  # "had spoken with X by phone"
    same_day = _SAME_DAY.search(doc.text[start:end])
    nth_day = _NTH_DAY.search(doc.text, start, end)
    if (
        modality is Modality.ASSERTED
        and date is not None
        and doc.published is not None
        and date.span.start > doc.published
    ):
        if _future_after(doc, s, trigger) or not date.is_relative:
            modality = Modality.PLANNED  # "a forum in Karachi in June would showcase ..."
        else:
            date = _to_past(doc, date)  # "agreed during a visit to Tashkent in May, is due to"
    again = bool(
        _ORDINAL_BEFORE.search(doc.text[start : trigger.start])
        or _AGAIN.search(doc.text[trigger.end : end])
    )
    first = next(
        (
            d
            for d in drafts
            if len(d.sides) >= 2
            # "the next summit" follows a summit, not the talks held on its sidelines
            and (kind not in _FRAME_KINDS or d.kind in _FRAME_KINDS or not again)
            # a state named here that did not meet then: another story ("The BRICS leaders
            # will hold their next summit in New Delhi" in a roundup)
            and all(x in d.sides or x == place_country for x in sides)
        ),
        None,
    )
    if (
        first is not None
        and (strong or (date is not None and place is not None))
        and (date is not None or place is not None)
        and (again or (len(sides) < 2 and modality is Modality.PLANNED))
    ):
        # "the next meeting ...", "the joint committee will meet in Paris in January"
        if kind in _FRAME_KINDS and place_country not in first.sides:
            sides = [x for x in sides if x != place_country]  # "next summit in Kuwait": where
        hosts = [x for x in first.sides if x not in first.guests]
        sides = list(dict.fromkeys([*sides, *hosts]))
        confidence -= 0.15
    if len(sides) == 1 and kind is MeetingKind.VISIT and date is not None and drafts:
        # "X arrived on Tuesday for a three-day visit": the visit just reported, now dated
        last = drafts[-1]
        if (
            sides[0] in last.sides
            and len(last.sides) >= 2
            and last.modality is modality
            and (last.start_date is None or last.weak_date)
        ):
            sides = list(last.sides)
    back = (
        date is None
        and bool(drafts)
        and any(
            _DEFINITE.search(doc.text[max(s.start, h.start - 6) : h.start])
            and (MeetingKind(h.label) is not MeetingKind.VISIT or len(hits) == 1)
            and " " not in h.text.strip()
            for h in hits
        )
        and (len(sides) < 2 or bool(set(sides) & set(drafts[-1].sides)))
    )
    bloc = None
    if (
        kind is MeetingKind.SUMMIT
        and again
        and modality is Modality.PLANNED
        # "will meet again at the ASEAN summit": they meet at it, it is not theirs
        and not any(_AT_BEFORE.search(doc.text, max(s.start, h.start - 40), h.start) for h in hits)
    ):
        bloc = _bloc_of_summit(doc, s, start, end)
        if bloc is not None:
            # "The BRICS leaders will hold their next summit in New Delhi", "Brazil ... will
            # host the bloc's next summit": the bloc's own summit; the host says where
            sides = [bloc]
    if len(sides) < 2 and not back and bloc is None:
        return None
    if not strong and place is None and not s.people and not back:
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
        modality=modality,
        back_reference=back,
        again=bool(
            _NEXT_BEFORE.search(doc.text, max(start, trigger.start - 60), trigger.start)
            or _AGAIN.search(doc.text[trigger.end : end])
        ),
        aside=kind not in _FRAME_KINDS and bool(_ASIDE.search(doc.text, s.start, trigger.start)),
        bloc=bloc is not None,
    )
    if date is not None:
        _set_date(draft, date)
        if draft.modality is Modality.PLANNED and date.is_relative:
            _to_future(doc, draft)
        if date.end <= trigger.start and (
            _INSIDE_EVENT.match(doc.text, date.end, trigger.start)
            or _said_before(doc, s, date, trigger)
        ):
            draft.weak_date = True
        if draft.end_date is None and draft.start_date is not None:
            _end_until(doc, s, date, draft, end)
        floor, days, counted = 0, None, trigger
        for h in [trigger, *hits]:
            floor = max(s.start, h.start - 40)
            days = _DAYS_OF.search(doc.text[floor : h.start])
            if days is not None:
                counted = h
                break
        if (
            days is not None
            and draft.end_date is None
            and draft.start_date is not None
            and draft.precision is DatePrecision.DAY
        ):
            count = _DAY_COUNTS[days.group(1).lower()]
            lead = doc.text[max(s.start, floor + days.start() - 12) : floor + days.start()]
            ended = date.start >= counted.end and _ENDED_BETWEEN.search(
                doc.text, counted.end, date.start
            )
            lead_long = doc.text[max(s.start, floor + days.start() - 24) : floor + days.start()]
            if (
                (_AFTER_WORD.search(lead) and date.end <= counted.start)
                or ended
                or (
                    _END_OF_EVENT.search(lead_long)
                    # not "at the end of a three-day visit that began on Saturday"
                    and not _BEGAN_BETWEEN.search(
                        doc.text, counted.end, max(counted.end, date.start)
                    )
                )
            ):
                # "signed on Wednesday after two days of talks": the talks ended that day
                draft.end_date = draft.start_date
                draft.start_date = draft.start_date - dt.timedelta(days=count - 1)
            elif (
                date.start >= counted.end
                # "who is on a two-day visit, also met X on Wednesday": the day of the talks
                and not any(counted.end <= h.start < date.start for h in hits)
            ) or _STARTS_EVENT.fullmatch(doc.text, date.end, floor + days.start()):
                # "arrived on Tuesday for a three-day visit", "a two-day visit from May 4"
                draft.end_date = draft.start_date + dt.timedelta(days=count - 1)
                draft.weak_date = False
            else:
                at = floor + days.start()
                arrival = next(
                    (
                        d
                        for d in s.dates
                        if d.end <= at
                        and d.span.precision is DatePrecision.DAY
                        and _STARTS_EVENT.fullmatch(doc.text, d.end, at)
                    ),
                    None,
                )
                if arrival is not None:
                    # "who arrived on Monday for a two-day visit, ... called on X on Monday
                    # evening": the visit began the day of arrival
                    draft.start_date = arrival.span.start
                    draft.end_date = arrival.span.start + dt.timedelta(days=count - 1)
                    draft.weak_date = False
    elif same_day and drafts and drafts[-1].start_date is not None:
        draft.start_date = drafts[-1].start_date  # "also met X on the same day"
        draft.explicit_date = True
    elif nth_day and drafts and drafts[-1].start_date is not None:
        # "on the first day" of the meeting just reported
        offset = _ORDINAL_DAYS[nth_day.group(1).lower()]
        draft.start_date = drafts[-1].start_date + dt.timedelta(days=offset)
        draft.explicit_date = True
    later = _DAYS_LATER.search(doc.text, start, trigger.start)
    if later and drafts and drafts[-1].start_date is not None:
        # "A day later, X spoke by phone with Y": a day after the meeting just reported
        number = later.group(1)
        offset = 1 if number is None else _LATER_COUNTS.get(number.lower(), 1)
        draft.start_date = drafts[-1].start_date + dt.timedelta(days=offset)
        draft.end_date, draft.precision = None, DatePrecision.DAY
        draft.explicit_date, draft.weak_date = True, False
    if draft.modality is Modality.PLEDGED:
        draft.modality = Modality.ASSERTED
    if (
        draft.modality is Modality.ASSERTED
        and doc.published is not None
        and draft.start_date is not None
        and draft.start_date > doc.published
    ):
        draft.modality = Modality.PLANNED
    vague = any(
        start <= d.start < end
        and not _dates_meeting(doc, d)
        # "the first meeting of the three leaders since 2023": the year dates the last one
        and not _SINCE_BEFORE.search(doc.text, max(s.start, d.start - 8), d.start)
        for d in s.dates
    )
    told = any(
        d.kind is kind and set(sides) <= set(d.sides) and d.modality is draft.modality
        for d in drafts
    )
    if (
        draft.start_date is None
        and draft.modality is Modality.ASSERTED
        and not (back or vague or told)
    ):
        # not when the text says only "last week", nor for "the Nairobi summit" told already
        _date_from_context(doc, draft)
    return draft


_FRAME_GAP = re.compile(r"\)?(?:\s*\([A-Z][\w&-]*\))?(?:[\s-]+[A-Z][\w'-]*)*[\s-]+")
_BETWEEN = re.compile(r"\s+between\s+")
_BETWEEN_END = re.compile(r",|;|\s(?:to|in|on|at|over|which|that|who|would|will)\s")
_TOPIC_BEFORE = re.compile(
    r"\b(?:situation|crisis|war|conflict|fighting|developments|events|violence|tensions|peace|"
    r"ceasefire|elections?|strikes|attacks?)\s+(?:in|on|over|against)\s+(?:the\s+)?$",
    re.I,
)
_ABOUT_AFTER_HIT = re.compile(r"\s+(?:on|about|over|regarding|concerning)\s+(?:the\s+)?")
_LAST_BEFORE = re.compile(r"\blast\s+$", re.I)
_AUSPICES_BEFORE = re.compile(
    r"\b(?:auspices|aegis|sidelines|margins)\s+of\s+(?:the\s+|an?\s+)?$", re.I
)
_AUSPICES_AFTER = re.compile(r"\s*(?:\([A-Z]+\)\s*)?(?:auspices|aegis)\b", re.I)
_FRAME_KINDS = frozenset({MeetingKind.SUMMIT, MeetingKind.CONFERENCE, MeetingKind.DIALOGUE})


def _between(
    doc: Document, s: Sentence, hits: list[PhraseHit], spans: list[SideSpan], end: int
) -> list[SideSpan]:
    """The sides a meeting noun names after "between" ("called for talks between Ethiopia and
    Eritrea", "the meeting between Serbia and Kosovo"): those who meet, not who speaks of it."""
    for h in hits:
        match = _BETWEEN.match(doc.text, h.end, end)
        if match is None:
            continue
        stop = _BETWEEN_END.search(doc.text, match.end(), end)
        limit = stop.start() if stop else end
        kept = [sp for sp in spans if match.end() <= sp.start < limit]
        if len(distinct(kept)) >= 2:
            return kept
    return spans


def _without_topics(
    doc: Document, s: Sentence, hits: list[PhraseHit], spans: list[SideSpan]
) -> list[SideSpan]:
    """The sides of ``spans`` less a state that is what the meeting was about ("talks on
    Ukraine", "discussed the situation in Sudan"), when two or more sides remain."""
    kept = []
    for span in spans:
        topic = span.person is None and (
            _TOPIC_BEFORE.search(doc.text, max(s.start, span.start - 40), span.start) is not None
            or any(
                _ABOUT_AFTER_HIT.fullmatch(doc.text, h.end, span.start) is not None
                for h in hits
                if h.end <= span.start
            )
        )
        if not topic:
            kept.append(span)
    return kept if len(distinct(kept)) >= 2 else spans


def _without_frames(
    doc: Document, s: Sentence, hits: list[PhraseHit], spans: list[SideSpan]
) -> list[SideSpan]:
    """The sides of ``spans`` less a body named as the frame of the meeting, not one of those
    who meet ("the ASEAN summit", "the Southern African Development Community (SADC) summit",
    "at the African Union ministerial meeting"), when no one in the sentence speaks for it."""
    staffed = {span.side for span in spans if span.person is not None}
    if all(MeetingKind(h.label) in _FRAME_KINDS for h in hits) and not _ASIDE.search(
        doc.text, s.start, s.end
    ):
        # "the ECOWAS summit opened in Abuja": the bloc's own summit, the bloc takes part
        staffed |= {span.side for span in spans if not doc.gazetteer.is_state(span.side)}
    kept: list[SideSpan] = []
    for span in spans:
        if (
            span.person is None
            and span.side not in staffed
            and (
                _AUSPICES_BEFORE.search(doc.text, max(s.start, span.start - 30), span.start)
                or _AUSPICES_AFTER.match(doc.text, span.end, s.end)
            )
        ):
            continue  # "under UN auspices", "on the sidelines of the UN General Assembly"
        frame = (
            span.person is None
            and span.side not in staffed
            and not doc.gazetteer.is_state(span.side)
            and any(
                0 <= h.start - span.end <= 30
                and (MeetingKind(h.label) in _FRAME_KINDS or _norm(h.text) == "meeting")
                and _FRAME_GAP.fullmatch(doc.text, span.end, h.start) is not None
                for h in hits
            )
        )
        if not frame:
            kept.append(span)
    return kept


_OWNED_BEFORE = re.compile(r"['\u2019]s $")


def _in_pact_name(doc: Document, s: Sentence, span: SideSpan) -> bool:
    """Whether a side is one half of "A-B" naming an accord ("the EU-Mercosur trade deal")."""
    text = doc.text
    if not (text[span.end : span.end + 1] in "-\u2013" and span.end < s.end) and not (
        span.start > s.start and text[span.start - 1] in "-\u2013"
    ):
        return False
    k = span.end
    while k < s.end and (text[k].isalnum() or text[k] in "-\u2013'"):
        k += 1  # to the end of the compound
    kinds = doc.find(doc.lexicon.agreements.kinds, k, min(s.end, k + 30))
    return bool(kinds) and _LOWER_RUN.fullmatch(text, k, kinds[0].start) is not None


def _bloc_of_summit(doc: Document, s: Sentence, start: int, end: int) -> str | None:
    """The bloc a sentence about a next summit names ("The BRICS leaders"), or refers back
    to ("the bloc", "the group") as the bloc named last before it."""
    named = {
        m.actor for m in s.mentions if start <= m.start < end and _is_bloc(doc, m.kind, m.actor)
    }
    if named:
        # "the third ASEAN-GCC summit": two blocs meeting, not one bloc's own summit
        return next(iter(named)) if len(named) == 1 else None
    if not _BLOC_WORD.search(doc.text, start, end):
        return None
    for before in reversed(doc.sentences[: s.index]):
        for m in reversed(before.mentions):
            if _is_bloc(doc, m.kind, m.actor):
                return m.actor
    return None


def _is_bloc(doc: Document, kind: ActorKind, actor: str) -> bool:
    if kind is ActorKind.GROUP:
        return True
    return (
        kind is ActorKind.ORGANIZATION
        and _state_of_body(doc, actor) is None
        and actor in doc.lexicon.context.blocs
    )


def _summit_body(doc: Document, before: Sentence) -> str | None:
    """The body whose summit an earlier sentence names as such ("the Pacific Islands Forum
    Leaders Meeting", "the ECOWAS summit")."""
    for s in doc.sentences[: before.index]:
        for h in doc.find(doc.lexicon.meetings.triggers, s.start, s.end):
            if h.label == NOT_A_MEETING:
                continue
            if MeetingKind(h.label) not in _FRAME_KINDS and _norm(h.text) != "meeting":
                continue
            for m in s.mentions:
                if (
                    m.kind is ActorKind.ORGANIZATION
                    and 0 <= h.start - m.end <= 30
                    and _FRAME_GAP.fullmatch(doc.text, m.end, h.start) is not None
                ):
                    return m.actor
    return None


def _without_state_bodies(doc: Document, spans: list[SideSpan]) -> list[str]:
    """The sides of ``spans``, less a state's own body named in the possessive with no person
    for it when its state is a side too ("STATE's Export-Import Bank agreed to lend ..., at the
    end of a visit to STATE"): the bank lends, the state meets."""
    sides = distinct(spans)
    staffed = {span.side for span in spans if span.person is not None}
    owned = {
        span.side
        for span in spans
        if span.person is None
        and _OWNED_BEFORE.search(doc.text, max(0, span.start - 3), span.start)
    }
    kept = []
    for side in sides:
        entry = doc.defined.get(side) or next(iter(doc.gazetteer.lookup(side)), None)
        country = entry.country_iso3 if entry is not None else None
        if (
            entry is not None
            and entry.kind is ActorKind.ORGANIZATION
            and country in sides
            and side in owned
            and side not in staffed
        ):
            continue
        kept.append(side)
    return kept


def _body_side(doc: Document, span: SideSpan) -> SideSpan:
    """A person's span read for the body a short name in their title stands for ("Eximbank
    chairman X" after "STATE's Export-Import Bank": X meets for the bank)."""
    person = span.person
    if person is None or not doc.gazetteer.is_state(span.side):
        return span
    if any(of is not None and of != person.country for _, of in person.titles):
        return span
    for title, _ in person.titles:
        body = body_in_title(doc, title)
        if body is not None:
            return span._replace(side=body)
    return span


def _state_of_body(doc: Document, side: str) -> str | None:
    """The state a national body belongs to (None for a state or an international body)."""
    if doc.gazetteer.is_state(side):
        return None
    entry = doc.defined.get(side) or next(iter(doc.gazetteer.lookup(side)), None)
    return entry.country_iso3 if entry is not None else None


def _held(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether a weak meeting noun is held, convened or attended ("to hold its first
    meeting"), which makes it a meeting."""
    head = _LOWER_WORDS_HYPHEN.findall(doc.text[max(s.start, hit.start - 30) : hit.start].lower())
    if any(w in doc.lexicon.meetings.strengthening_verbs for w in head[-4:]):
        return True
    if _AT_A_MEETING.search(doc.text, max(s.start, hit.start - 30), hit.start):
        return True  # "agreed on Friday, at a joint meeting of the two cabinets"
    # "the next session of the joint council is scheduled to take place in Szeged"
    return bool(_TAKES_PLACE.match(doc.text, hit.end, min(s.end, hit.end + 90)))


def _future_after(doc: Document, s: Sentence, trigger: PhraseHit) -> bool:
    """Whether the words after a meeting word, up to the next comma, speak of the future
    ("a forum in Karachi in June would showcase ...")."""
    stop = doc.text.find(",", trigger.end, s.end)
    end = s.end if stop < 0 else stop
    return any(
        h.label in ("planned", "hypothetical")
        for h in doc.find(doc.lexicon.modality, trigger.end, min(end, trigger.end + 60))
    )


def _to_past(doc: Document, date: DateMatch) -> DateMatch:
    """A relative date read as future by its sentence, taken back to the last such day or
    month before the publication date, for a meeting told as past."""
    span = date.span
    if doc.published is None or span.start <= doc.published:
        return date
    if span.precision is DatePrecision.MONTH:
        start = span.start.replace(year=span.start.year - 1)
        shifted = type(span)(start, None, span.precision)
    elif span.precision is DatePrecision.DAY and span.end is None:
        shifted = type(span)(span.start - dt.timedelta(days=7), None, span.precision)
    else:
        return date
    return replace(date, span=shifted)


def _modality(doc: Document, s: Sentence, trigger: PhraseHit) -> Modality:
    """Whether a meeting happened or is planned; "would" in reported speech ("officials said
    the committee would meet in March") plans a meeting, it does not make it hypothetical."""
    modality = clause_modality(doc, s, trigger.start, trigger.end)
    if modality is Modality.ASSERTED and _planned_by_main_clause(doc, s, trigger):
        return Modality.PLANNED
    if modality is Modality.HYPOTHETICAL and doc.find(
        doc.lexicon.context.attribution, s.start, s.end
    ):
        plain = clause_modality(doc, s, trigger.start, trigger.end, ignore=_REPORTED)
        if plain in (Modality.ASSERTED, Modality.PLANNED):
            return Modality.PLANNED
    return modality


_PARTICIPLE_LINK = re.compile(r",?\s+(?:before|after|then|and\s+then)\s+[a-z]+ing\b")


def _planned_by_main_clause(doc: Document, s: Sentence, trigger: PhraseHit) -> bool:
    """Whether a meeting in a participle clause shares the future of the verb it hangs on
    ("will travel to X on Thursday, before flying to Y for talks")."""
    planned = [
        h for h in doc.find(doc.lexicon.modality, s.start, trigger.start) if h.label == "planned"
    ]
    if not planned:
        return False
    return bool(_PARTICIPLE_LINK.search(doc.text, planned[-1].end, trigger.start))


def _after_attribution(
    doc: Document, start: int, trigger: PhraseHit, spans: list[SideSpan]
) -> list[SideSpan]:
    """The sides named after the last "said" before the meeting word, when they are two or
    more: the speaker is not necessarily among those who meet."""
    said = doc.find(doc.lexicon.context.attribution, start, trigger.start)
    if not said:
        return spans
    kept = [sp for sp in spans if sp.start >= said[-1].end]
    return kept if len(distinct(kept)) >= 2 else spans


def _without_trailing_source(
    doc: Document, trigger: PhraseHit, spans: list[SideSpan], end: int
) -> list[SideSpan]:
    """The sides of ``spans`` less the body that tells of the meeting after it ("..., the
    State Department said in a readout", "..., Chinese state media reported"), when two or
    more sides remain."""
    said = doc.find(doc.lexicon.context.attribution, trigger.end, end)
    if not said:
        return spans
    comma = doc.text.rfind(",", trigger.end, said[-1].start)
    if comma < 0 or doc.text.count(" ", comma, said[-1].start) > 6:
        return spans
    kept = [sp for sp in spans if not (comma < sp.start < said[-1].start and sp.person is None)]
    return kept if len(distinct(kept)) >= 2 else spans


def _set_date(draft: MeetingDraft, date: DateMatch) -> None:
    span = date.span
    draft.start_date, draft.end_date = span.start, span.end
    draft.precision = DatePrecision(getattr(span.precision, "value", span.precision))
    draft.explicit_date = True


def _signing(
    doc: Document,
    s: Sentence,
    spans: list[SideSpan],
    ctx: Context,
    drafts: list[MeetingDraft],
) -> MeetingDraft | None:
    """People of two sides signing together met ("A and B signed ... in X on DATE"), unless
    one of them is a resident official (an ambassador, a lender's country director)."""
    words = doc.lexicon.meetings
    sign = next(iter(doc.find(words.signing, s.start, s.end)), None)
    if sign is None:
        return None
    spans = [_body_side(doc, sp) for sp in spans]
    signers = [span.person for span in spans if span.person is not None]
    if len({person_side(p) for p in signers}) < 2:
        return None
    if any(_is_resident(doc, p) for p in signers):
        return None
    if any(
        span.person is not None and _RESIDENT_AFTER.match(doc.text, span.end, s.end)
        for span in spans
    ):
        return None  # "X, director of the KfW office in Namibia, and Y signed ..."
    later = [h for h in doc.find(words.signing, sign.end, s.end)]
    # "signed an arrangement, the first under the accord the two countries signed in August
    # 2024": a day after another signing word dates that older signing
    dates = [
        d for d in s.dates if _dates_meeting(doc, d) and not any(h.end <= d.start for h in later)
    ]
    place, place_country = _location_near(doc, s, sign, s.start, s.end)
    if not (dates or place):
        return None
    draft = MeetingDraft(
        kind=MeetingKind.TALKS,
        sides=distinct(spans),
        people=list(dict.fromkeys(signers)),
        sentences=[s],
        location=place,
        location_country=place_country,
        confidence=0.6,
        modality=clause_modality(doc, s, sign.start, sign.end),
    )
    if dates:
        _set_date(draft, min(dates, key=lambda d: abs(d.start - sign.start)))
    elif draft.modality is Modality.ASSERTED:
        _date_from_context(doc, draft)
    if draft.modality in (Modality.DENIED, Modality.HYPOTHETICAL):
        return None
    draft.modality = Modality.ASSERTED if draft.modality is Modality.PLEDGED else draft.modality
    return draft


def _is_resident(doc: Document, person: Person) -> bool:
    residents = doc.lexicon.meetings.resident_titles
    return any(any(r in title.lower() for r in residents) for title, _ in person.titles)


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
            # "PORT VILA, Aug 10 (Wire) - A and B signed on Saturday": the day of the event
            head = len(days) > 1 and _is_caps(doc.text[s.start : days[0].start])
            draft.start_date = days[1 if head else 0].span.start
            draft.precision = DatePrecision.DAY
            draft.confidence -= 0.1
            return


def _end_until(doc: Document, s: Sentence, date: DateMatch, draft: MeetingDraft, end: int) -> None:
    """The last day of a meeting that "runs until Thursday" after the day it opened."""
    start = draft.start_date
    if start is None:
        return
    for d in s.dates:
        if not date.end <= d.start < end or d.span.precision is not DatePrecision.DAY:
            continue
        if not _UNTIL.search(doc.text, date.end, d.start):
            continue
        last = d.span.start
        if d.is_relative and last < start:
            last += dt.timedelta(days=7)  # a weekday read as past: the one after the opening
        if 0 < (last - start).days <= 14:
            draft.end_date = last
        return


def _is_caps(text: str) -> bool:
    """Whether a stretch of text is written in capitals (a dateline's place)."""
    return any(c.isalpha() for c in text) and text == text.upper()


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


def _location_near(
    doc: Document, s: Sentence, trigger: PhraseHit, start: int, end: int
) -> tuple[str | None, str | None]:
    """The place nearest the meeting word that its stretch of the sentence says something
    happens in."""
    best: tuple[int, str | None, str | None] | None = None
    for m in s.mentions:
        if not start <= m.start < end:
            continue
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


def _someone_after(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether a person or a side is named just after a verb like "received" or "hosted"
    (a date may come between: "received on Monday 6 April a delegation")."""
    end = hit.end
    if not _norm(hit.text).endswith((" on", " to", " in")):  # "a call on Monday" met no one
        for d in s.dates:
            if 0 <= d.start - end <= 4:
                end = d.end
    limit = end + 30
    if any(end <= ref.start < limit for ref in s.people):
        return True
    if any(
        end <= m.start < end + 15
        and m.side is not None
        and m.kind is not ActorKind.PLACE
        and not m.possessive  # "welcomed Vietnam's offer" met no one
        for m in s.mentions
    ):
        return True
    reps = doc.find(doc.lexicon.context.representatives, end, limit)
    if not reps:
        return False
    if any(m.possessive and end <= m.start < reps[0].start for m in s.mentions):
        return False  # "welcomed Vanuatu's statement": a thing of theirs, not them
    # "received a Saudi delegation", not "welcomed the approval and said the government"
    between = doc.text[end : reps[0].start].split()
    return all(w.lower() in _NOUN_BEFORE or w[:1].isupper() for w in between)


def _same_meeting(a: MeetingDraft, b: MeetingDraft) -> bool:
    """Whether a later draft ``b`` is the meeting ``a``: the same sides (or fewer, undated)
    and the same first day."""
    if a.modality is not b.modality:
        return False
    if MeetingKind.CALL in (a.kind, b.kind) and a.kind is not b.kind:
        return False
    if a.location_country and b.location_country and a.location_country != b.location_country:
        return False
    if a.location and b.location and a.location != b.location:
        return False
    sa, sb = set(a.sides), set(b.sides)
    if b.aside and a.kind in _FRAME_KINDS:
        return False
    if b.again and not (a.again and a.start_date == b.start_date):
        return False
    if a.start_date is not None and b.start_date is not None:
        if a.weak_date and not b.weak_date and (sa <= sb or sb <= sa):
            # "said on Wednesday during a visit to X" and the visit's or its talks' own day
            if (
                a.kind is MeetingKind.TALKS
                and b.kind is MeetingKind.VISIT
                and a.start_date > b.start_date
                and b.end_date is not None
            ):
                return False  # talks told of on a later day of a visit: a meeting of their own
            last = b.end_date or b.start_date
            return (
                b.start_date <= a.start_date <= last or 0 <= (a.start_date - b.start_date).days < 7
            )
        if (
            a.end_date is not None
            and a.start_date < b.start_date <= a.end_date
            and sa < sb
            and b.location is None
        ):
            return True  # a wider session on a later day of a round: "a trilateral session"
        return a.start_date == b.start_date and (sa <= sb or sb <= sa)
    if sa == sb:
        return True
    return sb <= sa and b.start_date is None


def _merge_or_add(draft: MeetingDraft, drafts: list[MeetingDraft]) -> None:
    if draft.back_reference and drafts:
        # "the visit showed ...": the visit reported last, even if other meetings came since
        visits = [d for d in drafts if d.kind is MeetingKind.VISIT]
        earlier = visits[-1] if draft.kind is MeetingKind.VISIT and visits else drafts[-1]
        if earlier.modality is draft.modality or len(draft.sides) < 2:
            _merge(earlier, draft, add_sides=len(earlier.sides) < 2)
            return
    for earlier in reversed(drafts):
        if _same_meeting(earlier, draft):
            _merge(earlier, draft, add_sides=True)
            return
    if len(draft.sides) >= 2 or (draft.bloc and draft.sides):
        drafts.append(draft)


def _merge(earlier: MeetingDraft, draft: MeetingDraft, *, add_sides: bool) -> None:
    earlier.sentences.extend(x for x in draft.sentences if x not in earlier.sentences)
    for person in draft.people:
        if person not in earlier.people:
            earlier.people.append(person)
    if add_sides:
        for side in draft.sides:
            if side not in earlier.sides:
                earlier.sides.append(side)
    if earlier.weak_date and draft.start_date is not None and not draft.weak_date:
        earlier.start_date, earlier.end_date = draft.start_date, draft.end_date
        earlier.precision = draft.precision
        earlier.weak_date = False
    elif earlier.start_date is None and draft.start_date is not None:
        earlier.start_date, earlier.end_date = draft.start_date, draft.end_date
        earlier.precision = draft.precision
        earlier.explicit_date = draft.explicit_date
    elif (
        earlier.start_date == draft.start_date
        and earlier.end_date is None
        and draft.end_date is not None
    ):
        earlier.end_date = draft.end_date  # the visit's range, its first day's talks
    if earlier.location is None and draft.location is not None:
        earlier.location = draft.location
        earlier.location_country = draft.location_country
    elif earlier.location_country is None and draft.location_country is not None:
        earlier.location_country = draft.location_country
    if _KIND_RANK[draft.kind] < _KIND_RANK[earlier.kind] and not draft.back_reference:
        earlier.kind = draft.kind
    earlier.confidence = min(0.95, max(earlier.confidence, draft.confidence) + 0.05)
