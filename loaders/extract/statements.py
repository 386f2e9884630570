"""Stances: who commends, calls for, supports, condemns, warns, criticises or rejects what.

A stance verb (``statements.yaml``), a participle ("..., calling on X to") or a verb voicing a
stance through a noun ("reaffirmed Korea's support for", "expressed the gratitude of X to",
"lodged a protest with") with speakers before it in its clause (sides or people, "she" for the
person last named, "both ministers" for the last two, "the ministers" for all named, the body
whose leaders or ministers the article gathers, "Directors" for their body, "It"/"They" for the
speakers of the stance just before, "we" in quoted words for the person quoted, an office for
its state) and a target or a topic (the words after it). A verb after "and"/"but" shares the
subject of the verb before it (the earlier stance in the sentence, else the name before ", who",
else the sentence's first side); a person who says what their own state does ("NAME said STATE
welcomed ...") is the speaker. The target is the first side after the verb in its clause, read
past adjectives and capitals ("relentless Russian interference"), but never the speaker's own
side, and not past a relative clause ("reports that STATE ..."), the "to VERB" of "urged X to
...", a place ("in X's waters", "in the border areas of X"), a victim ("the attack on X") or a
news medium ("an Australian newspaper"); "called for" aims only at who is to act ("tighter EU
sanctions"), a warning at the side its condition names ("... if the bloc did not ..."); else the
side an object right after the verb stands for ("urged the authorities" aims at the state the
article names most, "welcomed the support" at the side named last), else the side spoken to
("told his counterpart ... but warned"). "Called on both sides" is one stance per side. Words as
often nouns as verbs ("support") count only after "will", "to" and the like or right after the
speaker. Praise or blame in quoted words ("Ghana has shown ...," NAME said; "... reckless," NAME
said), quoted names of praise or blame ("described X as "family"", "called X's strikes
"barbaric""), quoted passives ("The authorities are commended for ...") and a side that "must"
act in someone's words are the quoted person's. A state's own body ("The government welcomed",
"Officials in Ankara") speaks for its state; "she"/"he" skip people marked as the other sex.
Headlines, greetings ("welcomed his counterpart"), passives with "by", aid ("offered technical
support to"), stances inside a denied report and subjects that speak for no state ("opposition
parties") give none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from entente.loaders.extract.aid import states_by_count
from entente.loaders.extract.context import (
    Context,
    SideSpan,
    person_side,
    sentence_sides,
    side_spans,
)
from entente.loaders.extract.document import Document, Person, Sentence, is_headline
from entente.loaders.extract.lexicon import PhraseHit, PhraseSet
from entente.loaders.extract.modality import clause_bounds
from entente.models.vocab import ActorKind, StatementKind

# Patterns used inside the functions below, compiled once.
_LAST_WORD = re.compile(r"(\w+)\W*$")
_JOINED_SPEAKERS = re.compile(r"\s*(?:'s?|\u2019s?)?\s*(?:,|and|,\s*and)\s*")
_PRONOUN = re.compile(r"\b(he|she)\b")
# sides that can be a place after "in": "in Fiji's waters", "in Georgetown", not "in Niger"
_PLACE_HOWS = frozenset({"possessive", "capital"})
_ARTICLES = frozenset({"a", "an", "the"})
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_POSSESSIVE_BEFORE = re.compile(r"['\u2019]s?\s+(?:[\w-]+\s+){0,3}[\"\u201c]?$")
_LOWER_WORDS = re.compile(r"[a-z']+")

_QUOTED = re.compile(r"[“\"]([^”\"]{2,300})[”\"]")
# where a topic ends: a clause break, or "and said", "and called" (a verb of its own)
_TOPIC_STOP = re.compile(
    r"[;:]|(?<!\b[A-Z])\.(?!\d)|,\s+(?:which|who|while|but|as|and\s+\w+ed)\b"
    r"|\s(?:and|but)\s+(?:also\s+)?(?:said|says|told|added|\w+ed)\b"
    r"|[,\u201d\"]+\s+(?:[\w.'\u2019-]+\s+){0,6}?(?:said|says|told|added)\b"
)
_AUXILIARIES = r"(?:(?:also|then|later|again|has|have|had|would|will|has\s+also)\s+)*"
# a verb sharing the subject of the one before: "welcomed the decision and called for ..."
_AND_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|but)\s+" + _AUXILIARIES + r"$")
# a verb whose subject is the name before "who": "Prime Minister X, who thanked ..."
_WHO_BEFORE = re.compile(r",\s+(?:who|whose\s+[a-z]+)\s+" + _AUXILIARIES + r"$")
_WHO = re.compile(r",\s+who\s")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
_BY_AFTER = re.compile(r"\s+by\b")
_THAT_AFTER = re.compile(r"\s+that\b")
# "reports that ...", "reports in the Buenos Aires press that ...": what is reported
_SOURCED_THAT_AFTER = re.compile(r"(?:\s+(?:in|by|from|on)\s+[^,.;:\"\u201c]{1,60}?)?\s+that\b")
_COMMITMENT_AFTER = re.compile(r"\s+(?:its|their|his|her|our|the)\s+commitment\b")
# a relative clause after the object ("reports that ...", "member states that ..."): no target
_RELATIVE = re.compile(r"\s(?:that|which|who|whose)\b")
# "urged X to help ...": the target is X, not a side in what X is asked to do
_TO_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|all|both|each|other"
    r"|every|any)\b)[a-z]+\b"
)
_QUOTE_SPAN = re.compile(r"[“\"][^”\"]*[”\"]")
_NOUN_BEFORE_SPEAKER = frozenset(
    {"of", "the", "a", "an", "for", "with", "in", "its", "their", "by", "from", "on", "to"}
)  # "the largest package of EU support": a noun, however close to its side
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
        if is_headline(doc, s) or _a_title_line(doc, s):
            # the body says it again, in full
            ctx.update(sentence_sides(doc, s), [ref.person for ref in s.people])
            continue
        spans = side_spans(doc, s)
        earlier: list[StatementDraft] = []  # the stances found so far in this sentence
        nouns = _noun_stances(doc, s)
        hits = [
            h
            for h in doc.find(doc.lexicon.statements, s.start, s.end)
            + _descriptions(doc, s)
            + _hopes_not(doc, s)
            + _named_false(doc, s)
            if not any(n.start <= h.start < n.end for n in nouns)
        ]
        for hit in sorted(hits + nouns):
            last = found[-1] if found else None
            draft = _statement(doc, s, hit, spans, ctx, earlier, noun=hit in nouns, last=last)
            if draft is not None:
                drafts = [
                    d
                    for d in _each_side(doc, hit, draft, ctx)
                    if not (_said_before(d, earlier) and not _names_its_target(doc, d, hit))
                    and not _continues(doc, d, hit, last)
                ]
                found.extend(drafts)
                earlier.extend(drafts)
        if not earlier:
            found.extend(_quoted_praise(doc, s, ctx) or _obligations(doc, s, ctx))
        ctx.update(sentence_sides(doc, s), [ref.person for ref in s.people])
    return found


_TWO = re.compile(r"\b(?:both|two)\b", re.I)
_STATE_GROUP = re.compile(r"\b(?:governments|countries|nations|states|neighbou?rs)\b", re.I)


# "said it hoped the cooperation would "not target any third party"": a veiled warning
_HOPED_NOT = re.compile(
    r"\bhope[sd]?\b(?=\s+(?:that\s+)?[^.;:]{3,120}?\b(?:would|will)\s+[\"\u201c]?not\b)"
)


# "called the report "pure fabrication"", "calling the claim "baseless"": a denial by naming
_NAMED_REPORT = re.compile(
    r"\b(?:called|calls|calling|described|describing|branded|branding|labelled|labeled)\s+"
    r"(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|reports|claim|claims|allegation|allegations|accusation|accusations|story)"
    r"\s+(?:as\s+)?[\"\u201c]([^\"\u201d]{1,160})"
)


def _named_false(doc: Document, s: Sentence) -> list[PhraseHit]:
    """A report or claim given a name of falsehood in quotation marks is rejected (the
    ``denial_words`` of statements.yaml)."""
    denials = doc.lexicon.stance_words.lists.get("denial_words")
    if denials is None:
        return []
    found = []
    for m in _NAMED_REPORT.finditer(s.text):
        start = s.start + m.start()
        rejected = [
            h
            for h in doc.find(doc.lexicon.statements, s.start, start)
            if h.label == StatementKind.REJECT.value
        ]  # "denied it, calling the claim "baseless"": one rejection
        if not rejected and doc.find(denials, s.start + m.start(1), s.start + m.end(1)):
            verb = m.group().split()[0]
            found.append(PhraseHit(start, start + len(verb), verb, StatementKind.REJECT.value))
    return found


def _hopes_not(doc: Document, s: Sentence) -> list[PhraseHit]:
    """ "Hoped X would not ...": a warning voiced as a hope."""
    return [
        PhraseHit(s.start + m.start(), s.start + m.end(), m.group(), StatementKind.WARN.value)
        for m in _HOPED_NOT.finditer(s.text)
    ]


def _a_title_line(doc: Document, s: Sentence) -> bool:
    """Whether a sentence is a title on a line of its own with no closing stop (the headline
    of one item of a news roundup); the item's body says it again, in full."""
    text = s.text.rstrip()
    if not text or text.endswith((".", "!", "?", '"', "\u201d", ":")):
        return False
    line_start = doc.text.rfind("\n", 0, s.start) + 1
    line_end = doc.text.find("\n", s.start)
    line_end = len(doc.text) if line_end < 0 else line_end
    return not doc.text[line_start : s.start].strip() and not doc.text[s.end : line_end].strip()


def _names_its_target(doc: Document, draft: StatementDraft, hit: PhraseHit) -> bool:
    """Whether a stance names its own target right after the verb ("welcomed the contribution
    and praised Canada's programme": a second commendation, on its own topic)."""
    if draft.target is None or not hit.text.lower().endswith("ed"):
        return False
    spans = side_spans(doc, draft.sentence, adjectives=True, capitals=True)
    return any(
        sp.side == draft.target and _OBJECT_GAP.fullmatch(doc.text, hit.end, sp.start)
        for sp in spans
    )


_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")


def _said_before(draft: StatementDraft, earlier: list[StatementDraft]) -> bool:
    """Whether the sentence already holds the same stance by the same speakers at the same
    target ("thanked X for its support and praised its leadership": one commendation)."""
    return draft.target is not None and any(
        e.kind is draft.kind and e.target == draft.target and set(e.speakers) == set(draft.speakers)
        for e in earlier
    )


_ALSO_OPENING = re.compile(r"[\s\"\u201c]*(?:it|they|he|she)\s+(?:has\s+|have\s+)?also\s+$", re.I)


def _continues(
    doc: Document, draft: StatementDraft, hit: PhraseHit, last: StatementDraft | None
) -> bool:
    """Whether a stance with no target only goes on with the one just before: "Directors
    urged the authorities to ... . They also called for ...": the same kind by the same
    speakers in the sentence before, opened by "It/They/He/She also"."""
    s = draft.sentence
    return (
        draft.target is None
        and last is not None
        and last.sentence.index == s.index - 1
        and last.kind is draft.kind
        and set(last.speakers) == set(draft.speakers)
        and _ALSO_OPENING.fullmatch(doc.text, s.start, hit.start) is not None
    )


def _each_side(
    doc: Document, hit: PhraseHit, draft: StatementDraft, ctx: Context
) -> list[StatementDraft]:
    """ "called on both sides to ...", "urged the two governments": one stance aimed at each
    side in play (the sides last grouped, less the speakers)."""
    if draft.target is not None:
        return [draft]
    end = min(draft.sentence.end, hit.end + 30)
    groups = [g for g in doc.find(doc.lexicon.context.groups, hit.end, end) if " " in g.text]
    if not groups or doc.text[hit.end : groups[0].start].strip():
        return [draft]
    people = [p for p in ctx.people if p.name in draft.speakers]
    speakers = set(draft.speakers) | {p.country for p in people} | {person_side(p) for p in people}
    sides = [g for g in ctx.group if g not in speakers]
    if _STATE_GROUP.search(groups[0].text) or (_TWO.search(groups[0].text) and len(sides) > 2):
        # "both governments" are states; "both sides" among three in play are the two states
        sides = [g for g in sides if doc.gazetteer.is_state(g)]
    if len(sides) < 2:
        return [draft]
    return [dataclasses.replace(draft, target=side, confidence=0.6) for side in sides]


_NOUN_KINDS = {
    "support_nouns": StatementKind.SUPPORT,
    "commend_nouns": StatementKind.COMMEND,
    "reaffirm_nouns": StatementKind.REAFFIRM,
    "criticize_nouns": StatementKind.CRITICIZE,
    "reject_nouns": StatementKind.REJECT,
}
# what may stand between the verb and its noun: "Korea's", "the Bank's", "its full", "his"
_BEFORE_NOUN = re.compile(r"(?:\s+[\w.'\u2019-]+){0,4}\s+$")
_OF = re.compile(r"\s+of\s")
_CLAUSE_MARK = re.compile(r"[,;:\"\u201c\u201d()]")


def _noun_stances(doc: Document, s: Sentence) -> list[PhraseHit]:
    """Stances voiced through a noun: "reaffirmed Korea's support for X" (support),
    "expressed the gratitude of the government to X" (commend), "reiterated the Bank's
    commitment to X" (reaffirm), "voiced deep concern over X" (criticise). The hit runs from
    the verb to the preposition after the noun, so that the target is read after it."""
    words = doc.lexicon.stance_words.lists
    verbs, preps = words.get("stance_noun_verbs"), words.get("stance_noun_prepositions")
    if verbs is None or preps is None:
        return []
    found: list[PhraseHit] = []
    for verb in doc.find(verbs, s.start, s.end):
        end = min(s.end, verb.end + 45)
        for key, kind in _NOUN_KINDS.items():
            nouns = words.get(key)
            if nouns is None:
                continue
            for noun in doc.find(nouns, verb.end, end)[:1]:
                if not _BEFORE_NOUN.fullmatch(doc.text, verb.end, noun.start):
                    continue
                if _aid_between(doc, verb.end, noun.start):
                    continue  # "extended 20 million euros of support to": aid
                prep = _preposition_after(doc, s, noun.end, preps)
                if prep is not None:
                    text = doc.text[verb.start : prep.end]
                    found.append(PhraseHit(verb.start, prep.end, text, kind.value))
    found.sort()
    return [h for i, h in enumerate(found) if not i or h.start >= found[i - 1].end]


_DIGIT_OR_MONEY = re.compile(r"[\d$\u20ac\u00a3\u00a5]")


def _aid_between(doc: Document, start: int, end: int) -> bool:
    """Whether the words between a verb and its stance noun make the noun aid: an amount or
    a word of aid (statements.yaml ``aid_modifiers``)."""
    if _DIGIT_OR_MONEY.search(doc.text, start, end):
        return True
    words = doc.lexicon.stance_words.lists.get("aid_modifiers")
    return words is not None and bool(doc.find(words, start, end))


def _preposition_after(doc: Document, s: Sentence, at: int, preps: PhraseSet) -> PhraseHit | None:
    """The preposition right after a stance noun, or after the "of ..." phrase that follows
    it ("the gratitude of the government to"), within the clause."""
    found = doc.find(preps, at, min(s.end, at + 6))
    if found and not doc.text[at : found[0].start].strip():
        return found[0]
    if not _OF.match(doc.text, at):
        return None
    found = doc.find(preps, at, min(s.end, at + 70))
    if found and not _CLAUSE_MARK.search(doc.text, at, found[0].start):
        return found[0]
    return None


_AS_QUOTE = re.compile(r"\s+(?:as\s+)?[\u201c\"]([^\u201d\"]{1,200})")
# "described Russia's actions as ...": the side's possessive and what it owns
_OWNED = re.compile(r"['\u2019]s?(?:\s+[\w-]+){1,4}?(?=\s+(?:as\s+)?[\"\u201c])")


def _descriptions(doc: Document, s: Sentence) -> list[PhraseHit]:
    """ "described Australia as "family"", "called Norway "a guarantor ..."", "described
    Russia's actions as "barbaric"": a state (or what it does) given a name in quotation marks
    is commended, or criticised when the words are unfavourable."""
    words = doc.lexicon.stance_words.lists
    verbs = words.get("description_verbs")
    blame = [w for w in (words.get("unfavourable_words"), words.get("quoted_criticism")) if w]
    if verbs is None:
        return []
    found: list[PhraseHit] = []
    for hit in doc.find(verbs, s.start, s.end):
        named = [sp for sp in side_spans(doc, s) if 0 < sp.start - hit.end <= 1]
        if not named:
            continue
        owned = _OWNED.match(doc.text, named[0].end) if named[0].how == "possessive" else None
        quote = _AS_QUOTE.match(doc.text, owned.end() if owned else named[0].end)
        if quote is None:
            continue
        if any(doc.find(w, quote.start(1), quote.end(1)) for w in blame):
            found.append(hit._replace(label=StatementKind.CRITICIZE.value))
        else:
            found.append(hit._replace(label=StatementKind.COMMEND.value))
    return found


def _inside_quote(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside quotation marks opened after ``start``."""
    part = text[start:at]
    opened = part.count("\u201c") - part.count("\u201d")
    return opened > 0 or part.count('"') % 2 == 1


def _quoted_praise(doc: Document, s: Sentence, ctx: Context) -> list[StatementDraft]:
    """Praise or blame in a speaker's own words: "Tanzania has shown that ...," NAME said; NAME
    said Egypt had made "commendable progress"; "Moscow's conduct is reckless," NAME said
    (statements.yaml ``quoted_praise``, ``quoted_criticism``). The side just before the words
    is the target; the person the quote is attributed to is the speaker."""
    lists = doc.lexicon.stance_words.lists
    hits = [
        (hit, kind)
        for key, kind in (
            ("quoted_praise", StatementKind.COMMEND),
            ("quoted_criticism", StatementKind.CRITICIZE),
        )
        if key in lists
        for hit in doc.find(lists[key], s.start, s.end)
    ]
    for hit, kind in sorted(hits):
        if not _in_quoted_paragraph(doc, s, hit.start):
            continue
        speaker = _quote_speaker(doc, s, hit, ctx)
        if speaker is None:
            continue
        sides = {speaker.country, person_side(speaker)}
        spans = [
            sp
            for sp in side_spans(doc, s, adjectives=True, capitals=True)
            if sp.end <= hit.start and hit.start - sp.end < 40 and sp.side not in sides
        ]
        if not spans:
            continue
        quoted = _QUOTED.search(doc.text, max(s.start, hit.start - 200), s.end)
        return [
            StatementDraft(
                kind=kind,
                speakers=[speaker.name],
                sentence=s,
                target=spans[-1].side,
                topic=" ".join(doc.text[spans[-1].start : s.end].split()).strip(' .,"\u201d')[:300],
                quoted_text=quoted.group(1).strip() if quoted else None,
                statement_date=s.dates[0].span.start if s.dates else None,
                confidence=0.5,
            )
        ]
    return []


def _obligations(doc: Document, s: Sentence, ctx: Context) -> list[StatementDraft]:
    """ ""Russia must withdraw its troops," NAME said', "NAME said Serbia should open the
    talks": a side right before a word of obligation (statements.yaml ``demand_modals``), in
    quoted words or in what a named person says, is called on by that person, unless it is
    their own side."""
    modals = doc.lexicon.stance_words.lists.get("demand_modals")
    if modals is None:
        return []
    spans = side_spans(doc, s, capitals=True)
    for hit in doc.find(modals, s.start, s.end):
        side = next((sp for sp in spans if 0 < hit.start - sp.end <= 1), None)
        if side is None or side.person is not None:
            continue
        speaker: Person | None = None
        if _in_quoted_paragraph(doc, s, hit.start):
            speaker = _quote_speaker(doc, s, hit, ctx) or _colon_speaker(doc, s)
        else:
            said = doc.find(doc.lexicon.context.attribution, s.start, side.start)
            if said and _SAID_THAT.fullmatch(doc.text, said[-1].end, side.start):
                refs = [r for r in s.people if r.end <= said[-1].start and r.person.named]
                speaker = refs[-1].person if refs else None
        if speaker is None or side.side in (speaker.country, person_side(speaker)):
            continue
        stop = _TOPIC_STOP.search(doc.text, hit.end, s.end)
        topic = " ".join(doc.text[hit.end : stop.start() if stop else s.end].split())
        return [
            StatementDraft(
                kind=StatementKind.CALL_FOR,
                speakers=[speaker.name],
                sentence=s,
                target=side.side,
                topic=topic.strip(' ,"\u201d')[:300] or None,
                statement_date=s.dates[0].span.start if s.dates else None,
                confidence=0.5,
            )
        ]
    return []


_SAID_THAT = re.compile(r"\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:the\s+)?")
_SAID_AFTER_QUOTE = re.compile(r"[\u201d\"]\s*,?\s*")


def _quote_speaker(doc: Document, s: Sentence, hit: PhraseHit, ctx: Context) -> Person | None:
    """Who a quote is attributed to: the person named (or "he", "she") right after it closes,
    in this sentence or the next, else the named person before it opens in this sentence."""
    attribution = doc.lexicon.context.attribution
    for t in (s, doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None):
        if t is None:
            break
        closing = _SAID_AFTER_QUOTE.search(doc.text, hit.end if t is s else t.start, t.end)
        if closing is None:
            continue
        after = closing.end()
        if not doc.find(attribution, after, min(t.end, after + 60)):
            break  # the quote runs on in a sentence of its own: "X said Y made "progress" in ..."
        for ref in t.people:
            if after <= ref.start < after + 40 and ref.person.named:
                return ref.person
        pronoun = _PRONOUN.match(doc.text[after : after + 4].lower())
        if pronoun and ctx.people:
            return _person_for(doc, ctx, pronoun.group(1))
        return None
    opening = max(
        doc.text.rfind("\u201c", s.start, hit.start), doc.text.rfind('"', s.start, hit.start)
    )
    said = doc.find(attribution, s.start, max(opening, s.start))
    refs = [r for r in s.people if said and r.end <= said[-1].start and r.person.named]
    return refs[-1].person if refs else None


def _statement(
    doc: Document,
    s: Sentence,
    hit: PhraseHit,
    spans: list[SideSpan],
    ctx: Context,
    earlier: list[StatementDraft],
    *,
    noun: bool = False,
    last: StatementDraft | None = None,
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
    if _appeal_for_money(doc, s, hit):
        return None  # "appealed for $4.2 billion": a funding appeal
    if _noun_reading(doc, s, hit, spans):
        return None  # "Turkey's unconditional support", "in budget support"
    if _a_visit(doc, s, hit):
        return None  # "called on Prime Minister X, who ...": a courtesy call, not a stance
    if _a_greeting(doc, s, hit):
        return None  # "welcomed his counterpart at the airport": a greeting
    if hit.label == StatementKind.REAFFIRM.value and not noun and _an_agreement(doc, s, hit):
        return None  # "reaffirmed their partnership" is an agreement, not a stance
    passive = _PASSIVE_BEFORE.search(doc.text, max(s.start, hit.start - 20), hit.start)
    if _BY_AFTER.match(doc.text, hit.end) and (passive or hit.text.lower().endswith("ed")):
        # "was welcomed by his counterpart", "a programme supported by a loan": passive,
        # said of the other side
        return None
    if passive is not None and hit.text.lower().endswith("ed"):
        # "The authorities are commended for ...": only in quoted words is the praiser known
        return _passive_stance(doc, s, hit, ctx, passive.start())
    if hit.label == StatementKind.REAFFIRM.value and _reports_a_stance(doc, s, hit):
        return None  # "reaffirmed that Hungary supports ...": the stance is the one reported
    hearsay = doc.lexicon.stance_words.lists.get("hearsay_nouns")
    if hearsay is not None and any(
        _SOURCED_THAT_AFTER.match(doc.text, h.end) for h in doc.find(hearsay, s.start, hit.start)
    ):
        return None  # "denied reports that Zimbabwe had asked Pretoria ...": not asserted
    left, right = clause_bounds(doc, s, hit.start, hit.end)
    if _not_a_side_speaking(doc, left, hit):
        return None  # "Opposition parties in both countries criticised ..."
    in_quote = _in_quoted_paragraph(doc, s, hit.start)
    if in_quote:
        if _FIRST_PERSON_AFTER.match(doc.text, hit.end):
            return None  # ""India has stood by us," NAME said": the quoted person's praise
        closing = _CLOSING_QUOTE.search(doc.text, hit.end, right)
        if closing is not None and doc.text[hit.end : closing.start()].strip():
            right = closing.start()  # the words quoted end there (not a quoted verb alone)
    source = _SOURCE_OPENING.match(doc.text, s.start, hit.start)
    if source is not None and source.end() < hit.start:
        # "According to the President's Office, she praised ...": the office is the source,
        # the subject after it speaks
        spans = [sp for sp in spans if sp.start >= source.end()]
        left = max(left, source.end())
    speakers = _coordinated_speakers(doc, s, hit, spans, ctx, earlier)
    if speakers is None:
        speakers = _pronoun_subject(doc, s, hit, last)
    narration = doc.lexicon.stance_words.lists.get("narration_verbs")
    if (
        speakers is None
        and in_quote
        and _WE_BEFORE.search(doc.text, left, hit.start)
        and not (narration is not None and hit.text.lower() in narration)
    ):
        # ""We strongly support ...," NAME said": the person quoted
        quoted_by = _quote_speaker(doc, s, hit, ctx) or _colon_speaker(doc, s)
        speakers = [quoted_by.name] if quoted_by is not None else []
    if speakers is None and hit.text.split()[0].lower().endswith("ing"):
        fronted = _fronted_subject(doc, s, hit, spans)
        if fronted is not None:
            # "Welcoming the decision, NAME said ...": the subject after the phrase
            speakers, right = fronted
        else:
            # "..., calling on the EU to ...", "a communiqué urging ...": the sentence's subject
            speakers = _subject(doc, s, hit, spans, ctx)
    if speakers is None and not any(left <= sp.start < hit.start for sp in spans):
        speakers = _titled_subject(doc, ctx, left, hit)
    if speakers is None:
        speakers = _speakers(doc, s, hit, spans, ctx, left)
    if not speakers:
        return None
    stop = _TOPIC_STOP.search(doc.text, hit.end, right)
    target = _target(doc, s, hit, stop.start() if stop else right, speakers, ctx)
    if target is None and earlier and _ITS_AFTER.match(doc.text, hit.end):
        target = earlier[-1].target  # "thanked X for its support and praised its leadership"
    if target is None:
        target = _antecedent_actor(doc, s, hit, speakers)
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


# "the President thanked ...", "The minister also urged ...": an office standing for its holder
_TITLE_SUBJECT = re.compile(
    r"(?:^|[\s,])[Tt]he\s+((?:[A-Za-z-]+\s+){0,2}?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|"
    r"[Mm]inister|[Cc]hancellor|[Pp]remier|[Ss]ecretary|[Ee]nvoy|[Aa]mbassador))\s+"
    r"(?:also\s+|\w+ly\s+)?$"
)


def _titled_subject(doc: Document, ctx: Context, left: int, hit: PhraseHit) -> list[str] | None:
    """The person last named who holds the office a subject names ("the President")."""
    m = _TITLE_SUBJECT.search(doc.text, left, hit.start)
    if m is None:
        return None
    office = re.compile(r"\b" + r"\s+".join(m.group(1).lower().split()) + r"\b")
    for person in reversed(ctx.people):
        if any(office.search(t.lower()) for t, _ in person.titles):
            return [person.name]
    return None


# an opening phrase set off by a comma: its sides are the source or the setting, not speakers
_SOURCE_OPENING = re.compile(
    r"[\s\"\u201c]*(?:According\s+to\s+[^,;\"\u201c]{3,90}|"
    r"(?:Following|After|During|Before|At\s+the\s+end\s+of)\s+(?:[\w'\u2019-]+\s+){0,4}[\w-]+)"
    r",\s*(?=\S)"
)
# ", which Egypt (in turn) denounced": the stance takes the thing named before the comma
_WHICH_SPEAKER_BEFORE = re.compile(
    r",\s+which\s+(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:in\s+turn\s+|also\s+|later\s+|quickly\s+)?$"
)


def _antecedent_actor(
    doc: Document, s: Sentence, hit: PhraseHit, speakers: list[str]
) -> str | None:
    """ "Turkey signed a memorandum with Libya, which Egypt denounced as illegal": what is
    denounced is the act of the side that did it, the subject of the clause before."""
    which = _WHICH_SPEAKER_BEFORE.search(doc.text, max(s.start, hit.start - 60), hit.start)
    if which is None:
        return None
    start = max(s.start, doc.text.rfind(";", s.start, which.start()) + 1)
    subjects = [
        sp
        for sp in side_spans(doc, s)
        if start <= sp.start < which.start() and sp.side not in speakers
    ]
    if not subjects or not doc.gazetteer.is_state(subjects[0].side):
        return None
    return subjects[0].side


_FIRST_PERSON_AFTER = re.compile(r"\s+(?:us|me|our|my)\b", re.IGNORECASE)
_CLOSING_QUOTE = re.compile(r"[\"\u201d]")


_ITS_AFTER = re.compile(r"\s+(?:its|their)\b", re.IGNORECASE)
_WE_BEFORE = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:(?:also|have|had|will|would|do|must|can|always|continue\s+to|\w+ly)\s+)*$"
)
_OPENING = re.compile(r"[\s\"\u201c]*")


def _fronted_subject(
    doc: Document, s: Sentence, hit: PhraseHit, spans: list[SideSpan]
) -> tuple[list[str], int] | None:
    """ "Welcoming the decision, NAME said ...": a participle opening the sentence has the
    subject named after its comma; returns the speakers and where the participle's words end.
    None when the participle does not open the sentence."""
    if not _OPENING.fullmatch(doc.text, s.start, hit.start):
        return None
    comma = doc.text.find(",", hit.end, s.end)
    if comma < 0:
        return None
    after = [sp for sp in spans if comma < sp.start]
    if not after or doc.text[comma + 1 : after[0].start].strip(" ,").count(" ") > 3:
        return None
    return [_speaker_name(after[0], doc)], comma


def _passive_stance(
    doc: Document, s: Sentence, hit: PhraseHit, ctx: Context, aux: int
) -> StatementDraft | None:
    """A passive stance with no "by" ("Ghana is commended for ...", "the authorities are
    urged to ...") inside quoted words: the person quoted speaks, and the subject (a side, or
    an object standing for the state the article is about) is the target."""
    if not _in_quoted_paragraph(doc, s, hit.start):
        return None
    speaker = _quote_speaker(doc, s, hit, ctx) or _colon_speaker(doc, s)
    if speaker is None:
        return None
    left, right = clause_bounds(doc, s, hit.start, hit.end)
    spans = [sp for sp in side_spans(doc, s, capitals=True) if left <= sp.start < aux]
    target: str | None = spans[-1].side if spans else None
    words = doc.lexicon.stance_words
    if target is None and doc.find(words.state_objects, max(left, aux - 20), aux):
        ranked = [
            c for c in states_by_count(doc) if c not in (speaker.country, person_side(speaker))
        ]
        target = ranked[0] if ranked else None
    if target is None:
        return None
    stop = _TOPIC_STOP.search(doc.text, hit.end, right)
    topic = " ".join(doc.text[hit.end : stop.start() if stop else right].split()).strip(" ,")
    return StatementDraft(
        kind=StatementKind(hit.label),
        speakers=[speaker.name],
        sentence=s,
        target=target,
        topic=topic[:300] or None,
        quoted_text=" ".join(s.text.split()).strip('"\u201c\u201d '),
        statement_date=s.dates[0].span.start if s.dates else None,
        confidence=0.5,
    )


def _in_quoted_paragraph(doc: Document, s: Sentence, at: int) -> bool:
    """Whether ``at`` is inside quotation marks opened earlier in its paragraph."""
    start = doc.text.rfind("\n", 0, s.start) + 1
    return _inside_quote(doc.text, start, at)


def _colon_speaker(doc: Document, s: Sentence) -> Person | None:
    """The person who introduces quoted paragraphs with a colon ("X issued the following
    statement:", "X said:"), within the three sentences before."""
    for t in reversed(doc.sentences[max(0, s.index - 3) : s.index]):
        if doc.text[t.start : t.end].rstrip().endswith(":"):
            named = [r.person for r in t.people if r.person.named]
            return named[0] if named else None
    return None


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


_POSSESSIVE_AT = re.compile(r"['\u2019]s?\b")
_GREETED_BEFORE = re.compile(r"\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[A-Za-z-]+\s+){0,2}$")


def _a_greeting(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether "welcomed" takes a person or a party of visitors right after it ("welcomed
    President X to Hanoi", "welcomed his Kenyan counterpart"): a greeting, not a stance."""
    lists = doc.lexicon.stance_words.lists
    verbs, objects = lists.get("greeting_verbs"), lists.get("greeting_objects")
    if verbs is None or objects is None or " ".join(hit.text.lower().split()) not in verbs:
        return False
    end = min(s.end, hit.end + 40)
    if any(
        _GREETED_BEFORE.fullmatch(doc.text, hit.end, ref.start)
        and not _POSSESSIVE_AT.match(doc.text, ref.end)  # "welcomed NAME's decision"
        for ref in s.people
        if hit.end <= ref.start < end
    ):
        return True
    found = doc.find(objects, hit.end, end)
    return bool(found) and _GREETED_BEFORE.fullmatch(doc.text, hit.end, found[0].start) is not None


def _infinitive_of_other(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether a stance verb after "to" is the purpose of money just given or what another
    stance verb asks for: an amount or a stance verb stands before it in its clause."""
    left, _ = clause_bounds(doc, s, hit.start, hit.end)
    if any(left <= m.end <= hit.start for m in s.money):
        return True
    purposes = doc.lexicon.stance_words.lists.get("purpose_nouns")
    noun = _NOUN_BEFORE_TO.search(doc.text, max(s.start, hit.start - 30), hit.start)
    if purposes is not None and noun is not None and doc.find(purposes, noun.start(1), noun.end(1)):
        return True  # "under an agreement to support Peru's reserves": what the deal is for
    return bool(doc.find(doc.lexicon.statements, max(left, hit.start - 80), hit.start))


_NOUN_BEFORE_TO = re.compile(r"\b([a-z]+)\s+to\s+$")
_MONEY_AFTER = re.compile(r"\s+(?:a\s+further\s+|an\s+additional\s+|another\s+|about\s+)?$")


def _appeal_for_money(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether "appealed for", "called for" asks for a sum ("appealed for $4.2 billion to fund
    its response"): a funding appeal, not a stance."""
    if hit.label != StatementKind.CALL_FOR.value or not hit.text.lower().endswith(" for"):
        return False
    return any(
        m.start >= hit.end and _MONEY_AFTER.fullmatch(doc.text, hit.end, m.start) for m in s.money
    )


def _noun_reading(doc: Document, s: Sentence, hit: PhraseHit, spans: list[SideSpan]) -> bool:
    """Whether a word that is as often a noun ("support") is one here: it is a verb only
    after a word like "will" or "to", or right after the speaker's name."""
    words = doc.lexicon.stance_words
    if " ".join(hit.text.lower().split()) not in words.ambiguous:
        return False
    head = doc.text[max(s.start, hit.start - 30) : hit.start]
    if _POSSESSIVE_BEFORE.search(head):
        return True
    speaker = next((sp for sp in spans if 0 <= hit.start - sp.end <= 1), None)
    if speaker is not None:
        word = _LAST_WORD.search(doc.text[max(s.start, speaker.start - 12) : speaker.start])
        # "Kenya supports ...", but "the largest package of EU support" is a noun
        return bool(word and word.group(1).lower() in _NOUN_BEFORE_SPEAKER)
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
    for name in speakers:  # a speaker's own state or body is never the target
        person = doc.persons.get(name)
        if person is not None:
            sides_of_speakers |= {person.country, person_side(person)}
    limit = min(right, hit.end + 90)
    if hit.label == StatementKind.REAFFIRM.value and _THAT_AFTER.match(doc.text, hit.end):
        return None  # "reaffirmed that the withdrawal was final": a position, aimed at no one
    if hit.text.lower().endswith(" for"):
        # "called for dialogue with STATE": what is called for is a topic; only a side
        # right after the verb is its target ("called for STATE to withdraw"), or the one
        # who is to act ("tighter EU sanctions", "an inquiry by observers from ASEAN")
        if hit.label == StatementKind.CALL_FOR.value:
            agent = _agent_of_request(doc, s, hit, min(limit, right), sides_of_speakers)
            if agent is not None:
                return agent
        if hit.label != StatementKind.SUPPORT.value or not _FOR_WHOLE.match(doc.text, hit.end):
            limit = min(limit, hit.end + 6)
        # "support for the unity of Sudan": the side whose unity or sovereignty is supported
    for rel in _RELATIVE.finditer(doc.text, hit.end, limit):
        if doc.text[hit.end : rel.start()].strip():
            limit = rel.start()  # "rejected reports that STATE ...": the report is the object
        break
    if hit.label in (StatementKind.CALL_FOR.value, StatementKind.WARN.value):
        inf = _TO_INFINITIVE.search(doc.text, hit.end, limit)
        if inf and doc.text[hit.end : inf.start()].strip():
            limit = inf.start()
    places = doc.lexicon.stance_words.lists.get("place_prepositions")
    victims = (
        doc.lexicon.stance_words.lists.get("victim_prepositions")
        if hit.label == StatementKind.CONDEMN.value
        else None
    )
    # a side in a hyphened modifier ("the anti-Western camp") is no target
    modifiers = {m.start for m in s.mentions if m.attribute}
    if hit.label == StatementKind.WARN.value:
        # "warned that his country would ... if the bloc did not ...": the one warned
        condition = _CONDITION.search(doc.text, hit.end, min(right, hit.end + 200))
        if condition is not None:
            for sp in spans:
                if condition.end() <= sp.start < condition.end() + 12:
                    if sp.side not in sides_of_speakers:
                        return sp.side
                    break
    place_end = -1  # where the last side read as a place ends: a list goes on with it
    pair_end = -1  # where a pair after "between" ends: it describes the object
    for i, sp in enumerate(spans):
        if hit.end <= sp.start < limit and _BETWEEN_BEFORE.search(doc.text, hit.end, sp.start):
            # "the truce between Israel and Hamas": a pair that names the object, no target
            # unless the speaker is one of the two ("relations between us and X": X)
            other = spans[i + 1] if i + 1 < len(spans) else None
            if other is not None and _AND_ONLY.fullmatch(doc.text, sp.end, other.start):
                if sp.side in sides_of_speakers and other.side not in sides_of_speakers:
                    return other.side
                if other.side in sides_of_speakers and sp.side not in sides_of_speakers:
                    return sp.side
                pair_end = other.end
                continue
            named = _AND_NAME.match(doc.text, sp.end)  # "between Israel and Hamas"
            if named is not None and sp.side not in sides_of_speakers:
                pair_end = named.end()
                continue
        if sp.start < pair_end:
            continue
        if hit.end <= sp.start < limit and sp.side not in sides_of_speakers:
            if sp.start in modifiers:
                continue
            if place_end >= 0 and _JOINED_SPEAKERS.fullmatch(doc.text, place_end, sp.start):
                place_end = sp.end
                continue  # "in the border areas of Benin, Togo and Nigeria"
            before = _LOWER_WORDS.findall(doc.text[max(s.start, sp.start - 16) : sp.start].lower())
            if places is not None and sp.how in _PLACE_HOWS and before and before[-1] in places:
                continue  # "fleets fishing in STATE's waters": where, not whom
            if sp.person is None and _place_noun_after(doc, sp.end):
                continue  # "convoys on Ukrainian territory": where, not whom
            if places is not None and _place_of(doc, s, sp.start, places):
                place_end = sp.end
                continue  # "civilians in the border areas of STATE": where, not whom
            if victims is not None and _victim(before, victims):
                continue  # "condemned the attack on a Colombian army post": the victim
            if sp.person is None and _media_after(doc, sp.end):
                continue  # "denied a report in an Australian newspaper": the source
            if sp.person is not None and sp.person.named:
                return _person_target(doc, sp, spans, i)
            return sp.side
    words = doc.lexicon.stance_words
    near = (hit.end, min(right, hit.end + 3))  # the object right after the verb
    others = [g for g in ctx.group if g not in sides_of_speakers]
    # what a side reaffirms is its own ("reaffirmed the country's adherence to ...")
    if hit.label != StatementKind.REAFFIRM.value and doc.find(words.state_objects, *near):
        # the state the article is about: of those in play, the one it names most
        ranked = [c for c in states_by_count(doc) if c not in sides_of_speakers]
        states = sorted(
            (g for g in others if doc.gazetteer.is_state(g)),
            key=lambda g: ranked.index(g) if g in ranked else len(ranked),
        )
        return states[0] if states else (ranked[0] if ranked else None)
    acts = doc.find(words.act_objects, *near)
    if hit.label != StatementKind.REAFFIRM.value and (acts or _described_act(doc, hit, right)):
        earlier = [g for g in reversed(ctx.recent) if g not in sides_of_speakers]
        if not (acts and acts[0].text.lower().split()[-1] in _BLAME_NOUNS):
            # what was given or decided: the side of the person last named (who announced
            # it) before a side merely named; a criticism is the side last named
            recent = doc.sentences[max(0, s.index - 2) : s.index]
            people = [person_side(r.person) for x in reversed(recent) for r in reversed(x.people)]
            earlier = [g for g in people if g is not None and g not in sides_of_speakers] + earlier
        return earlier[0] if earlier else (others[0] if others else None)
    address = words.lists.get("address_verbs")
    for told in doc.find(address, s.start, hit.start) if address is not None else []:
        # "told his Cambodian counterpart ... but warned that ...": the one spoken to
        for sp in spans:
            if told.end <= sp.start < told.end + 30 and sp.side not in sides_of_speakers:
                return sp.side
    return None


_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\s")
_FOR_AFTER = re.compile(r"\s+for\s+(?:the\s+)?$")


def _person_target(doc: Document, sp: SideSpan, spans: list[SideSpan], i: int) -> str | None:
    """The target named through a person: the person ("thanked Tinubu for his help"), but the
    state they act for when what is judged is an act of theirs ("criticised the Spanish
    minister's remarks") or of their state ("thanked Mori for Japan's decision")."""
    assert sp.person is not None
    if _POSSESSIVE_AFTER.match(doc.text, sp.end):
        return sp.side
    later = spans[i + 1] if i + 1 < len(spans) else None
    if (
        later is not None
        and later.person is None
        and later.side in (sp.side, sp.person.country)
        and _FOR_AFTER.fullmatch(doc.text, sp.end, later.start)
    ):
        return later.side
    return sp.person.name


_BLAME_NOUNS = frozenset(
    {"accusation", "accusations", "criticism", "charge", "charges", "allegation", "allegations"}
)
_DESCRIBED = re.compile(r"\s+the\s+(?:[a-z][\w-]*\s+){1,2}")


def _described_act(doc: Document, hit: PhraseHit, right: int) -> bool:
    """Whether the object is an act named after a word or two: "welcomed the new credit line",
    "thanked them for the second tranche"."""
    nouns = doc.lexicon.stance_words.lists.get("act_nouns")
    if nouns is None:
        return False
    found = doc.find(nouns, hit.end, min(right, hit.end + 40))
    return bool(found) and _DESCRIBED.fullmatch(doc.text, hit.end, found[0].start) is not None


_FOR_WHOLE = re.compile(
    r"\s+[\"\u201c]?(?:the\s+)?(?:unity|sovereignty|territorial\s+integrity|independence|"
    r"security|stability|people|government|efforts)\s+(?:and\s+[\w\s]{0,30}?)?of\b"
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_AND_NAME = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")
_AND_ONLY = re.compile(r"\s+and\s+(?:the\s+)?")
_CONDITION = re.compile(r"\b(?:if|unless)\s+")


_LOWER_RUN = re.compile(r"\s+(?:(?!between\b)[a-z][\w-]*\s+){0,3}")
_AGENT_RUN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,5}(?:by|from)\s+(?:the\s+)?")


def _agent_of_request(
    doc: Document, s: Sentence, hit: PhraseHit, end: int, speakers: set[str | None]
) -> str | None:
    """Who is to act on what is called for: a body or state named as the modifier of the
    thing asked for ("tighter European Union sanctions"; a name, not an adjective, which
    only describes) or its agent ("an investigation by observers from ASEAN")."""
    for sp in side_spans(doc, s):
        if not hit.end < sp.start < end or sp.side in speakers or sp.person is not None:
            continue
        if sp.how == "name" and _LOWER_RUN.fullmatch(doc.text, hit.end, sp.start):
            return sp.side
        if _AGENT_RUN.fullmatch(doc.text, hit.end, sp.start):
            return sp.side
        return None
    return None


_PART_OF = re.compile(r"(\w+)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}of\s+(?:the\s+)?$")


def _place_of(doc: Document, s: Sentence, at: int, places: PhraseSet) -> bool:
    """Whether a side is where something is, named as part of a place: "in the border areas
    of X", "near the southern coast of X"."""
    part = _PART_OF.search(doc.text, max(s.start, at - 50), at)
    return part is not None and part.group(1).lower() in places


def _place_noun_after(doc: Document, at: int) -> bool:
    """Whether a word for a state's ground follows right after ``at`` ("Ukrainian territory",
    "Chinese soil", "Fiji's waters")."""
    nouns = doc.lexicon.stance_words.lists.get("place_nouns")
    if nouns is None:
        return False
    found = doc.find(nouns, at, at + 6)
    return bool(found) and not doc.text[at : found[0].start].strip(" '\u2019s")


def _media_after(doc: Document, at: int) -> bool:
    """Whether a news medium follows right after ``at`` ("Australian newspaper", "Indian
    media"), maybe after one lower-case word ("a Kenyan daily newspaper")."""
    media = doc.lexicon.stance_words.lists.get("media_nouns")
    if media is None:
        return False
    found = doc.find(media, at, at + 30)
    return bool(found) and bool(_ONE_LOWER_WORD.fullmatch(doc.text, at, found[0].start))


_ONE_LOWER_WORD = re.compile(r"\s+(?:[a-z]+\s+)?")


def _an_agreement(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether "reaffirmed" takes an accord ("reaffirmed their partnership"), not a stance
    ("reaffirmed their commitment to ...", "reaffirmed support for the Pacific Alliance")."""
    if _COMMITMENT_AFTER.match(doc.text, hit.end) or _THAT_AFTER.match(doc.text, hit.end):
        return False  # "reaffirmed that it would not sign a pact" states a stance
    kinds = doc.find(doc.lexicon.agreements.kinds, hit.end, min(s.end, hit.end + 50))
    return any(
        not any(m.start <= k.start < m.end for m in s.mentions) for k in kinds
    )  # a word inside a body's name ("Pacific Alliance") is no accord


def _reports_a_stance(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether "reaffirmed that ..." reports another stance verb, which is the stance."""
    if not _THAT_AFTER.match(doc.text, hit.end):
        return False
    return bool(doc.find(doc.lexicon.statements, hit.end, min(s.end, hit.end + 80)))


def _not_a_side_speaking(doc: Document, left: int, hit: PhraseHit) -> bool:
    """Whether the subject is a group that speaks for no state ("opposition parties in both
    countries", "nationalist groups"): statements.yaml ``non_speakers``."""
    words = doc.lexicon.stance_words.lists.get("non_speakers")
    if words is None:
        return False
    found = doc.find(words, left, hit.start)
    if not found:
        return False
    return not doc.find(doc.lexicon.context.attribution, found[-1].end, hit.start)


def _coordinated_speakers(
    doc: Document,
    s: Sentence,
    hit: PhraseHit,
    spans: list[SideSpan],
    ctx: Context,
    earlier: list[StatementDraft],
) -> list[str] | None:
    """The speakers of a verb that shares the subject of another: "NAME, who thanked ...",
    "X welcomed the decision and called for ...", "X held talks with Y and pressed ...".
    None when the verb has a subject of its own."""
    head = doc.text[max(s.start, hit.start - 40) : hit.start]
    who = _WHO_BEFORE.search(head)
    if who is not None:
        return _antecedent(doc, spans, hit.start - len(head) + who.start())
    if not _AND_BEFORE.search(head):
        return None
    if earlier:
        return list(earlier[-1].speakers)
    whos = list(_WHO.finditer(doc.text, s.start, hit.start))
    if whos:
        return _antecedent(doc, spans, whos[-1].start())
    return _subject(doc, s, hit, spans, ctx)


_IT_OR_THEY = re.compile(
    r"\s*(?:(?:but|and|yet|however,?)\s+)?(it|they)\s+" + _AUXILIARIES + r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def _pronoun_subject(
    doc: Document, s: Sentence, hit: PhraseHit, last: StatementDraft | None
) -> list[str] | None:
    """ "The AU called on ... . It condemned ...", "Directors urged ... . They also called
    for ...": a sentence opening with "It" or "They" right before its stance verb continues the
    speakers of the stance in the sentence before ("it" only when that was one body or state).
    None when the sentence opens otherwise."""
    match = _IT_OR_THEY.fullmatch(doc.text, s.start, hit.start)
    if match is None or last is None or last.sentence.index != s.index - 1:
        return None
    if match.group(1).lower() == "it" and (
        len(last.speakers) != 1 or last.speakers[0] in doc.persons
    ):
        return None
    return list(last.speakers)


def _antecedent(doc: Document, spans: list[SideSpan], at: int) -> list[str]:
    """The side or person named right before ``at`` (a ", who"); none when it is not one."""
    for sp in reversed(spans):
        if sp.end <= at:
            if not doc.text[sp.end : at].strip(' "\u201d'):
                return [_speaker_name(sp, doc)]
            break
    return []


def _subject(
    doc: Document, s: Sentence, hit: PhraseHit, spans: list[SideSpan], ctx: Context
) -> list[str]:
    """Who a sentence is about: its first side, person or phrase referring back, past an
    opening phrase ("On Tuesday, ", "According to a statement, ") and outside quotes."""
    start = s.start
    openers = doc.lexicon.stance_words.lists.get("subject_openers")
    if openers is not None and doc.find(openers, s.start, s.start + 1):
        comma = doc.text.find(",", s.start, hit.start)
        if comma >= 0 and not any(ref.start < comma for ref in s.people):
            start = comma + 1
    quotes = [m.span() for m in _QUOTE_SPAN.finditer(doc.text, s.start, hit.start)]

    def quoted(at: int) -> bool:
        return any(a <= at < b for a, b in quotes)

    firsts = [sp for sp in spans if start <= sp.start < hit.start and not quoted(sp.start)]
    referred = _referring_phrases(doc, start, hit.start, quoted)
    if not firsts or (referred and referred[0][0] < firsts[0].start):
        return _first_reference(doc, ctx, referred)
    if not firsts:
        return []
    first = firsts[0]
    if first.person is None and first.how == "possessive":
        # "Samoa's deputy prime minister, NAME, ...": the person is the subject
        person = next(
            (sp for sp in firsts[1:] if sp.person is not None and sp.start - first.end < 60),
            None,
        )
        if person is not None:
            first = person
    group = [first]
    for sp in firsts[1:]:
        if _JOINED_SPEAKERS.fullmatch(doc.text[group[-1].end : sp.start]):
            group.append(sp)
        else:
            break
    return list(dict.fromkeys(_speaker_name(sp, doc) for sp in group))


def _referring_phrases(
    doc: Document, start: int, end: int, quoted: Callable[[int], bool] | None = None
) -> list[tuple[int, str, PhraseHit | None]]:
    """The phrases in ``start:end`` that refer back to people ("the two ministers"), sides
    ("the two countries") or a person ("he"), in text order: (start, kind, phrase)."""
    words = doc.lexicon.context
    found: list[tuple[int, str, PhraseHit | None]] = []
    for kind, phrases in (("people", words.people), ("groups", words.groups)):
        found += [(p.start, kind, p) for p in doc.find(phrases, start, end)[:1]]
    pronoun = _PRONOUN.search(doc.text[start:end].lower())
    if pronoun:
        at = start + pronoun.start()
        found.append(
            (at, "pronoun", PhraseHit(at, at + len(pronoun.group(1)), pronoun.group(1), ""))
        )
    return sorted(f for f in found if quoted is None or not quoted(f[0]))


def _resolve_reference(
    doc: Document, ctx: Context, kind: str, phrase: PhraseHit | None
) -> list[str]:
    """The people or sides a referring phrase stands for ("the two ministers": the last two
    people with a minister's title, when there are two)."""
    if kind == "pronoun":
        word = phrase.text.lower() if phrase is not None else "he"
        opener = _opening_subject(doc, phrase.start) if phrase is not None else None
        if opener is not None and _sex(doc, opener) in (None, "f" if word == "she" else "m"):
            return [opener.name]
        return [_person_for(doc, ctx, word).name] if ctx.people else []
    if kind == "groups" or phrase is None:
        return list(ctx.group)
    words = phrase.text.lower().split()
    count = next((_COUNTS[w] for w in words if w in _COUNTS), 0)
    if not count:
        bodies = _collective_bodies(doc)
        if bodies:
            return bodies  # "the leaders" of an ECOWAS summit speak for ECOWAS
    noun = words[-1].rstrip("s")
    # "the ministers" are not the prime minister: a head of government is named as such
    office = re.compile(r"(?<!prime )(?<!chief )(?<!first )\b" + re.escape(noun))
    titled = [p for p in ctx.people if any(office.search(t.lower()) for t, _ in p.titles)]
    if not count and words[-1].endswith("s"):
        # "... a call between A and B. The ministers reaffirmed ...": the two just named
        just = _named_just_before(doc, phrase.start)
        if len(just) >= 2 and all(p in titled for p in just):
            return [p.name for p in just]
    if not count:
        # "the ministers" with no number: every minister named so far, else two
        count = len(titled) if len(titled) >= 2 and words[-1].endswith("s") else 2
    pool = titled if len(titled) >= count else ctx.people
    if len(pool) < 2:
        return []
    return [p.name for p in pool[-count:]]


def _opening_subject(doc: Document, at: int) -> Person | None:
    """The person who opens the sentence before the one holding ``at`` as its subject
    ("Sofia Andersson, the Bank's vice president, met the minister. ... she praised"): "she"
    or "he" in the next sentence goes on with that subject."""
    index = next((x.index for x in doc.sentences if x.start <= at < x.end), 0)
    if index == 0:
        return None
    before = doc.sentences[index - 1]
    refs = sorted(before.people, key=lambda r: r.start)
    if len(refs) < 2 or doc.text[before.start : refs[0].start].strip():
        return None  # one person named, or none opening the sentence: the usual reading
    return refs[0].person


def _named_just_before(doc: Document, at: int) -> list[Person]:
    """The people the sentence before the one holding ``at`` names, in text order."""
    index = next((x.index for x in doc.sentences if x.start <= at < x.end), 0)
    if index == 0:
        return []
    before = doc.sentences[index - 1]
    return list(dict.fromkeys(ref.person for ref in before.people))


_MEMBERS_AFTER = re.compile(
    r"\s+(?:foreign\s+|finance\s+|defence\s+|defense\s+)?(?:leaders|ministers|heads\s+of\s+state)\b"
)
_MEMBERS_BEFORE = re.compile(
    r"\b(?:[Ll]eaders|[Mm]inisters|[Hh]eads\s+of\s+state(?:\s+and\s+government)?)\s+of\s+"
    r"(?:the\s+)?$"
)
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")


def _collective_bodies(doc: Document) -> list[str]:
    """The international bodies whose leaders or ministers the article gathers ("ECOWAS
    leaders meet", "foreign ministers of ASEAN and the GCC"): "the leaders" and "the
    ministers" with no number speak for them. Empty when the article names none."""
    cached = doc.derived.get("collective_bodies")
    if cached is not None:
        return list(cached)
    found: list[str] = []
    for s in doc.sentences:
        bodies = [
            m
            for m in s.mentions
            if m.kind is ActorKind.ORGANIZATION and m.entry.country_iso3 is None
        ]
        for i, m in enumerate(bodies):
            if _MEMBERS_AFTER.match(doc.text, m.end) or _MEMBERS_BEFORE.search(
                doc.text, max(s.start, m.start - 40), m.start
            ):
                found.append(m.actor)
                # "ministers of ASEAN and the GCC": the second body too
                rest = [b for b in bodies[i + 1 :] if b.actor != m.actor]
                if rest:
                    gap = doc.text[m.end : rest[0].start]
                    if _AND_THE.fullmatch(gap) or _PAREN_AND.fullmatch(gap):
                        found.append(rest[0].actor)
    doc.derived["collective_bodies"] = list(dict.fromkeys(found))
    return list(dict.fromkeys(found))


_PAREN_AND = re.compile(r"\s*\([A-Z]+\)\s+and\s+(?:the\s+)?")


def _person_for(doc: Document, ctx: Context, pronoun: str) -> Person:
    """The person "she" or "he" refers back to: the last named who may be meant (by "Ms",
    "spokeswoman" and the like), else the last named. ``ctx.people`` must not be empty."""
    want = "f" if pronoun.lower() in ("she", "her") else "m"
    for person in reversed(ctx.people):
        sex = _sex(doc, person)
        if sex is None or sex == want:
            return person
    return ctx.people[-1]


def _sex(doc: Document, person: Person) -> str | None:
    """ "f" or "m" when the text gives a word for it right before the surname ("Ms Holm") or
    in a title ("spokeswoman")."""
    key = f"sex:{person.name}"
    cached = doc.derived.get(key)
    if cached is None:
        cached = [""]
        lists = doc.lexicon.stance_words.lists
        titles = " ".join(t for t, _ in person.titles)
        before_surname = re.compile(r"\.?\s+" + re.escape(person.name.split()[-1]) + r"\b")
        for sex, name in (("f", "female_words"), ("m", "male_words")):
            words = lists.get(name)
            if words is None:
                continue
            if next(words.finditer(titles), None) is not None or any(
                before_surname.match(doc.text, hit.end) for hit in words.finditer(doc.text)
            ):
                cached = [sex]
                break
        doc.derived[key] = cached
    return cached[0] or None


def _first_reference(
    doc: Document, ctx: Context, phrases: list[tuple[int, str, PhraseHit | None]]
) -> list[str]:
    """What the first referring phrase that resolves stands for."""
    for _, kind, phrase in phrases:
        resolved = _resolve_reference(doc, ctx, kind, phrase)
        if resolved:
            return resolved
    return []


def _victim(before: list[str], victims: PhraseSet) -> bool:
    """Whether the words before a side make it what an attack hit ("on a", "against the")."""
    words = [w for w in before[-3:] if w not in _ARTICLES]
    return bool(words) and words[-1] in victims


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
        members = _body_members(doc, s, hit, ctx) or _state_body(doc, s, hit, left, ctx)
        if members:
            return members
        before = [sp for sp in spans if s.start <= sp.start < hit.start]
    names: list[str] = []
    if before:
        nearer = [
            r
            for r in _referring_phrases(doc, before[-1].end, hit.start)
            if r[2] is not None and len(r[2].text.split()) >= 2
        ]
        # "Moscow said the two ministers noted ...": the phrase nearer the verb speaks
        resolved = _first_reference(doc, ctx, nearer)
        if resolved:
            return resolved
        # the subject: the sides joined by "and" nearest the verb
        group = [before[-1]]
        for sp in reversed(before[:-1]):
            gap = doc.text[sp.end : group[0].start]
            if _JOINED_SPEAKERS.fullmatch(gap):
                group.insert(0, sp)
            else:
                break
        reporter = _reporting_person(doc, s, group, ctx)
        if reporter is not None:
            return [reporter]
        for sp in group:
            names.append(_speaker_name(sp, doc))
        return list(dict.fromkeys(names))
    return _first_reference(doc, ctx, _referring_phrases(doc, left, hit.start))


def _body_members(doc: Document, s: Sentence, hit: PhraseHit, ctx: Context) -> list[str]:
    """ "Directors urged ...", "The Board welcomed ...": a body's members or organs with no
    name of their own speak for the body last named (statements.yaml ``body_members``)."""
    members = doc.lexicon.stance_words.lists.get("body_members")
    if members is None:
        return []
    found = doc.find(members, s.start, hit.start)
    if not found or not _SUBJECT_GAP.fullmatch(doc.text, found[-1].end, hit.start):
        return []
    bodies = [g for g in reversed(ctx.recent) if not doc.gazetteer.is_state(g)]
    return bodies[:1]


# what stands between a body and its verb: "The ministry (spokesman) (also) (strongly) ..."
_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:spokesman|spokeswoman|spokesperson|spokespeople)\s+)?"
    + _AUXILIARIES
    + r"(?:\w+ly\s+)?"
)


# "the ministry said it would ...", "the government said on Monday that it ..."
_SAID_IT = re.compile(
    r"\s+(?:[\w ]{0,20}\s)?(?:said|says|added)\s+(?:[\w ]{0,20}\s)?(?:that\s+)?(?:it|they)\s+"
    r"[\"\u201c]?" + _AUXILIARIES + r"(?:\w+ly\s+)?[\"\u201c]?"
)
_IN_PLACE = re.compile(r"\s+in\s+")


def _state_body(doc: Document, s: Sentence, hit: PhraseHit, left: int, ctx: Context) -> list[str]:
    """ "The government welcomed ...", "Officials in Ankara condemned ...", "The British High
    Commission rejected ...": a state's own body as the subject speaks for the state named
    with it, else for the state the article names most among those named so far
    (statements.yaml ``state_bodies``)."""
    bodies = doc.lexicon.stance_words.lists.get("state_bodies")
    if bodies is None:
        return []
    found = [b for b in doc.find(bodies, left, hit.start)]
    if not found:
        return []
    body = found[-1]
    tail = body.end
    place = _IN_PLACE.match(doc.text, tail)
    if place is not None:
        # "Officials in Ankara": the capital says whose
        capital = next(
            (
                sp
                for sp in side_spans(doc, s, capitals=True)
                if sp.start == place.end() and doc.gazetteer.is_state(sp.side)
            ),
            None,
        )
        if capital is not None:
            return [capital.side]
        return []
    if not (
        _SUBJECT_GAP.fullmatch(doc.text, tail, hit.start)
        or _SAID_IT.fullmatch(doc.text, tail, hit.start)
    ):
        return []
    named = [
        sp
        for sp in side_spans(doc, s, adjectives=True)
        if body.start - 20 <= sp.start < body.start and doc.gazetteer.is_state(sp.side)
    ]
    if named:
        return [named[-1].side]  # "The British High Commission"
    prefix = doc.text[min(left, body.start) : body.start].strip(' "\u201c')
    if prefix and not prefix.endswith(","):
        return []  # only a body that opens its clause ("In a statement, the ministry ...")
    ranked = [c for c in states_by_count(doc) if c in ctx.recent]
    return ranked[:1]


def _reporting_person(
    doc: Document, s: Sentence, group: list[SideSpan], ctx: Context
) -> str | None:
    """The person who says what their own state or body does ("the president said his country
    firmly supported ...", "NAME said STATE had called on ...", "She said Paris stood by ...",
    "NAME reaffirmed that STATE supports ..."): they are the speaker."""
    if any(sp.person is not None for sp in group):
        return None
    said = doc.find(doc.lexicon.context.attribution, s.start, group[0].start)
    said += [
        h
        for h in doc.find(doc.lexicon.statements, s.start, group[0].start)
        if h.label == StatementKind.REAFFIRM.value and _THAT_AFTER.match(doc.text, h.end)
    ]
    if not said:
        return _trailing_reporter(doc, s, group)
    at = max(h.start for h in said)
    refs = [r for r in s.people if r.end <= at and r.person.named]
    person: Person | None = refs[-1].person if refs else None
    if person is None:
        pronoun = _PRONOUN.search(doc.text[s.start : at].lower())
        if (
            pronoun is None
            or not ctx.people
            or _PRONOUN.search(doc.text[s.start + pronoun.end() : at].lower())
        ):
            return None
        if doc.text[s.start : s.start + pronoun.start()].strip():
            return None  # only a sentence opening "She said ..."
        person = _person_for(doc, ctx, pronoun.group(1))
    sides = {person.country, person_side(person)}
    if all(sp.side in sides for sp in group):
        return person.name
    return None


def _trailing_reporter(doc: Document, s: Sentence, group: list[SideSpan]) -> str | None:
    """ "Canada supports Denmark's claim, Prime Minister NAME said on Tuesday", "...,"
    said NAME": a person named with "said" after the stance, who speaks for the subject's
    state or body, is the speaker."""
    for said in doc.find(doc.lexicon.context.attribution, group[-1].end, s.end):
        if doc.text[max(s.start, said.start - 2) : said.start].strip() not in ("", ","):
            continue
        for ref in s.people:
            near = 0 <= said.start - ref.end <= 2 or 0 <= ref.start - said.end <= 2
            if not near or not ref.person.named or ref.start < group[-1].end:
                continue
            sides = {ref.person.country, person_side(ref.person)}
            if all(sp.side in sides for sp in group):
                return ref.person.name
    return None


def _speaker_name(span: SideSpan, doc: Document) -> str:
    person: Person | None = span.person
    if person is not None and _office_after(doc, span.end):
        return span.side  # "the prime minister's office": the office speaks for the state
    if person is None and _MINISTRY.search(span.side):
        # "The U.S. Department of Defense denied ...": a state's own ministry speaks for it
        states = {e.country_iso3 for e in doc.gazetteer.lookup(span.side)} - {None}
        if len(states) == 1:
            return str(states.pop())
    return person.name if person is not None and person.named else span.side


_MINISTRY = re.compile(r"\b(?:Department|Ministry|State Department)\b")
_APOSTROPHE_S = re.compile(r"['\u2019]s?\s+")


def _office_after(doc: Document, at: int) -> bool:
    """Whether a person's name or title is followed by "'s office", "'s spokesman" ..."""
    offices = doc.lexicon.stance_words.lists.get("office_nouns")
    apostrophe = _APOSTROPHE_S.match(doc.text, at)
    if offices is None or apostrophe is None:
        return False
    found = doc.find(offices, apostrophe.end(), apostrophe.end() + 20)
    return bool(found) and found[0].start == apostrophe.end()
