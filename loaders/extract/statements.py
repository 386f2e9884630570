"""Stances: who commends, calls for, supports, condemns, warns, criticises or rejects what.

A stance verb (``statements.yaml``) with speakers before it in its clause (sides or people,
"she" for the person last named, "both ministers" for the last two) and a target or a topic
(the words after it). The target is the first side after the verb in its clause, read past
adjectives and capitals ("relentless Russian interference"), else the side an object stands
for ("urged the authorities" aims at the state the article is about, "welcomed the support" at
the side named last). Words as often nouns as verbs ("support") count only after "will", "to"
and the like or right after the speaker.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from entente.loaders.extract.context import Context, SideSpan, sentence_sides, side_spans
from entente.loaders.extract.document import Document, Person, Sentence
from entente.loaders.extract.lexicon import PhraseHit
from entente.loaders.extract.modality import clause_bounds
from entente.models.vocab import StatementKind

# Patterns used inside the functions below, compiled once.
_LAST_WORD = re.compile(r"(\w+)\W*$")
_JOINED_SPEAKERS = re.compile(r"\s*(?:'s?|\u2019s?)?\s*(?:,|and|,\s*and)\s*")
_PRONOUN = re.compile(r"\b(he|she)\b")
_POSSESSIVE_BEFORE = re.compile(r"['\u2019]s?\s+(?:[\w-]+\s+){0,3}[\"\u201c]?$")
_LOWER_WORDS = re.compile(r"[a-z']+")

_QUOTED = re.compile(r"[“\"]([^”\"]{2,300})[”\"]")
_TOPIC_STOP = re.compile(r"[;:.]|,\s+(?:which|who|while|but|as|and\s+\w+ed)\b")
_NOT_A_VERB_BEFORE = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "of", "for", "and", "practical",
     "with", "financial", "military", "political", "strong", "full", "continued", "such"}
)  # fmt: skip


@dataclass
class StatementDraft:
    """A stance as found, before it becomes a ``StatementIn``."""

    kind: StatementKind
    speakers: list[str]  # ISO3 codes, organisation names or person names
    sentence: Sentence
    target: str | None = None
    topic: str | None = None
    quoted_text: str | None = None
    statement_date: dt.date | None = None
    confidence: float = 0.6


_TO_VERB = re.compile(r"\bto\s+[a-z]+")


def find_statements(doc: Document) -> list[StatementDraft]:
    """Every stance the text reports."""
    found: list[StatementDraft] = []
    ctx = Context()
    for s in doc.sentences:
        if s.dateline:
            continue
        spans = side_spans(doc, s)
        for hit in doc.find(doc.lexicon.statements, s.start, s.end):
            draft = _statement(doc, s, hit, spans, ctx)
            if draft is not None:
                found.append(draft)
        ctx.update(sentence_sides(doc, s), [ref.person for ref in s.people])
    return found


def _statement(
    doc: Document, s: Sentence, hit: PhraseHit, spans: list[SideSpan], ctx: Context
) -> StatementDraft | None:
    before_word = _LAST_WORD.search(doc.text[max(s.start, hit.start - 20) : hit.start])
    ambiguous = " ".join(hit.text.lower().split()) in doc.lexicon.stance_words.ambiguous
    if (
        before_word
        and before_word.group(1).lower() in _NOT_A_VERB_BEFORE
        and (ambiguous or before_word.group(1).lower() != "and")
    ):
        return None  # a noun here: "practical support"; "welcomed it and called for" is a verb
    if before_word and before_word.group(1).lower() == "to" and _infinitive_of_other(doc, s, hit):
        return None  # "gave $5m to support schools", "urged others to support the mission"
    if _noun_reading(doc, s, hit, spans):
        return None  # "Turkey's unconditional support", "in budget support"
    if _a_visit(doc, s, hit):
        return None  # "called on Prime Minister X, who ...": a courtesy call, not a stance
    if hit.label == StatementKind.REAFFIRM.value and doc.find(
        doc.lexicon.agreements.kinds, hit.end, min(s.end, hit.end + 50)
    ):
        return None  # "reaffirmed their partnership" is an agreement, not a stance
    left, right = clause_bounds(doc, s, hit.start, hit.end)
    speakers = _speakers(doc, s, hit, spans, ctx, left)
    if not speakers:
        return None
    target = _target(doc, s, hit, right, speakers, ctx)
    stop = _TOPIC_STOP.search(doc.text, hit.end, right)
    words = " ".join(doc.text[hit.end : stop.start() if stop else right].split())
    topic = words.replace("“", "").replace("”", "").replace('"', "").strip(" ,")[:300] or None
    quoted = _QUOTED.search(doc.text, hit.end, s.end)
    draft = StatementDraft(
        kind=StatementKind(hit.label),
        speakers=speakers,
        sentence=s,
        target=target,
        topic=topic,
        quoted_text=quoted.group(1).strip() if quoted else None,
        confidence=0.65 if target else 0.55,
    )
    if s.dates:
        draft.statement_date = s.dates[0].span.start
    if draft.target is None and draft.topic is None:
        return None
    return draft


def _a_visit(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether "called on" takes a named person with no "to" and verb in its clause, which is
    a visit to them (the meeting words' ``no_infinitive`` list names these verbs)."""
    if " ".join(hit.text.lower().split()) not in doc.lexicon.meetings.no_infinitive:
        return False
    comma = doc.text.find(",", hit.end, s.end)
    end = s.end if comma < 0 else comma
    if _TO_VERB.search(doc.text, hit.end, end):
        return False
    return any(hit.end <= ref.start <= hit.end + 25 for ref in s.people)


def _infinitive_of_other(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether a stance verb after "to" is the purpose of money just given or what another
    stance verb asks for: an amount or a stance verb stands before it in its clause."""
    left, _ = clause_bounds(doc, s, hit.start, hit.end)
    if any(left <= m.end <= hit.start for m in s.money):
        return True
    return bool(doc.find(doc.lexicon.statements, max(left, hit.start - 80), hit.start))


def _noun_reading(doc: Document, s: Sentence, hit: PhraseHit, spans: list[SideSpan]) -> bool:
    """Whether a word that is as often a noun ("support") is one here: it is a verb only
    after a word like "will" or "to", or right after the speaker's name."""
    words = doc.lexicon.stance_words
    if " ".join(hit.text.lower().split()) not in words.ambiguous:
        return False
    head = doc.text[max(s.start, hit.start - 30) : hit.start]
    if _POSSESSIVE_BEFORE.search(head):
        return True
    if any(0 <= hit.start - sp.end <= 1 for sp in spans):
        return False  # "Kenya supports ..."
    before = _LOWER_WORDS.findall(head.lower())
    if before and before[-1].endswith("ly"):
        return False  # "consistently support": an adverb before a verb
    return not (
        before and (before[-1] in words.verb_markers or " ".join(before[-2:]) in words.verb_markers)
    )


def _target(
    doc: Document,
    s: Sentence,
    hit: PhraseHit,
    right: int,
    speakers: list[str],
    ctx: Context,
) -> str | None:
    """Whom a stance is about: the first side after the verb in its clause (read wide:
    "Russian interference", "a campaign by Moscow"), else the side an object stands for
    ("urged the authorities" aims at the state the article is about, "welcomed the support"
    at the side that gave it)."""
    spans = side_spans(doc, s, adjectives=True, capitals=True)
    sides_of_speakers = set(speakers) | {
        ref.person.country for ref in s.people if ref.person.name in speakers
    }
    limit = min(right, hit.end + 90)
    if hit.text.lower().endswith(" for"):
        # "called for dialogue with STATE": what is called for is a topic; only a side
        # right after the verb is its target ("called for STATE to withdraw")
        limit = min(limit, hit.end + 6)
    for sp in spans:
        if hit.end <= sp.start < limit and sp.side not in sides_of_speakers:
            if sp.person is not None and sp.person.named:
                return sp.person.name
            return sp.side
    words = doc.lexicon.stance_words
    near = (hit.end, min(right, hit.end + 25))
    others = [g for g in ctx.group if g not in sides_of_speakers]
    if doc.find(words.state_objects, *near):
        states = [g for g in others if doc.gazetteer.is_state(g)]
        return states[0] if states else None
    if doc.find(words.act_objects, *near):
        earlier = [g for g in reversed(ctx.recent) if g not in sides_of_speakers]
        return earlier[0] if earlier else (others[0] if others else None)
    return None


def _speakers(
    doc: Document,
    s: Sentence,
    hit: PhraseHit,
    spans: list[SideSpan],
    ctx: Context,
    left: int,
) -> list[str]:
    before = [sp for sp in spans if left <= sp.start < hit.start]
    if not before:
        before = [sp for sp in spans if s.start <= sp.start < hit.start]
    names: list[str] = []
    if before:
        # the subject: the sides joined by "and" nearest the verb
        group = [before[-1]]
        for sp in reversed(before[:-1]):
            gap = doc.text[sp.end : group[0].start]
            if _JOINED_SPEAKERS.fullmatch(gap):
                group.insert(0, sp)
            else:
                break
        reporter = _reporting_person(doc, s, group)
        if reporter is not None:
            return [reporter]
        for sp in group:
            names.append(_speaker_name(sp))
        return list(dict.fromkeys(names))
    ctx_words = doc.lexicon.context
    head = doc.text[left : hit.start].lower()
    if doc.find(ctx_words.people, left, hit.start) and len(ctx.people) >= 2:
        return [p.name for p in ctx.people[-2:]]
    if doc.find(ctx_words.groups, left, hit.start) and ctx.group:
        return list(ctx.group)
    pronoun = _PRONOUN.search(head)
    if pronoun and ctx.people:
        return [ctx.people[-1].name]
    return []


def _reporting_person(doc: Document, s: Sentence, group: list[SideSpan]) -> str | None:
    """The person who says what their own state does ("the president said his country firmly
    supported ...", "NAME said STATE had called on ..."): they are the speaker."""
    if any(sp.person is not None for sp in group):
        return None
    said = doc.find(doc.lexicon.context.attribution, s.start, group[0].start)
    if not said:
        return None
    refs = [r for r in s.people if r.end <= said[-1].start and r.person.named]
    if not refs:
        return None
    person = refs[-1].person
    if all(sp.side == person.country for sp in group):
        return person.name
    return None


def _speaker_name(span: SideSpan) -> str:
    person: Person | None = span.person
    return person.name if person is not None and person.named else span.side
