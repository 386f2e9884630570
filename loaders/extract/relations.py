"""Relations: how two actors stand to each other (strategic partners, allies, improving or
strained ties, borders, membership of a body), from the words of ``relations.yaml``.

A relation word counts when the sentence says between whom: "between A and B", a compound
("Sino-Cambodian ties"), a view of one by the other ("Tokyo regarded Manila as a strategic
partner"), two sides named in the sentence, or a phrase referring back to the sides before
("the two countries", "their relationship"). "Improving" and "strained" need a word for
relations ("ties have improved"), and a denied relation ("not an alliance") counts for nothing.
Membership takes the state named before the body ("Malaysia, which chairs ASEAN"). "Described
A and B as strategic partners" pairs A and B; a state right before "ally" ("both close US
allies") is the ally of the states before it; a state's own forces ("the war between the army
and X") stand for the state the article names most; "the two countries" after a sentence of
three sides are the article's two main states.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from entente.loaders.extract.aid import states_by_count
from entente.loaders.extract.context import Context, SideSpan, distinct, sentence_sides, side_spans
from entente.loaders.extract.document import Document, Sentence
from entente.loaders.extract.lexicon import PhraseHit
from entente.loaders.extract.modality import clause_modality
from entente.models.vocab import ActorKind, DatePrecision, Modality, RelationKind

# Patterns used inside the functions below, compiled once.
_LOWER_WORDS = re.compile(r"[a-z']+")
_NOUN_MARK_BEFORE = re.compile(r"(?:\bthe|['\u2019]s|\bits|\btheir)\s+$")

_BETWEEN = re.compile(r"\bbetween\s+", re.IGNORECASE)
_ORG_NAME_AFTER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_NAME_WORD_BEFORE = re.compile(r"(?<=[a-z,]\s)[A-Z][\w-]*\s+$")  # "the Pacific Alliance"
# ", strained in 2020 by a dispute, ...": a past state of the relations, set off by commas
_ASIDE_BEFORE = re.compile(r",\s*$")
_ASIDE_AFTER = re.compile(r"\s+(?:in|by|since|after|over)\b[^,]*,")
_BOTH_BEFORE = re.compile(r"\b(?:both|all)\s+(?:are\s+)?$", re.IGNORECASE)
# "Their 1,500-kilometre land border": the border of the two sides in play
_THEIR_BORDER = re.compile(
    r"\b[Tt]heir\s+(?:[\w,.-]+\s+){0,3}(?:border|frontier)s?\b(?!\s+(?:crossing|post|town|guard))"
)
_TWO = re.compile(r"\b(?:two|both)\b", re.IGNORECASE)
_SUBJECT_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}")
_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_LISTED = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
_BODY_BEFORE = frozenset({"chair", "presidency", "member"})
_A_MEMBER_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|as|became|become|remains?|remained|been)|,)\s+(?:an?\s+)"
    r"(?:(?:founding|full|key|leading|long-standing|fellow)\s+)?$"
)
_MEMBER_NOUN_AFTER = re.compile(r"\s+(?:states?|countries|country|nations?|governments?)\b")
_BLOC_WORDS = frozenset({"bloc", "trade", "union", "community", "group", "alliance"})
_RANK = {
    RelationKind.ALL_WEATHER_STRATEGIC_PARTNER: 0,
    RelationKind.STRATEGIC_PARTNER: 1,
    RelationKind.ALLY: 2,
    RelationKind.HOSTILE: 3,
    RelationKind.STRAINED: 4,
    RelationKind.IMPROVING: 5,
    RelationKind.BORDERS: 6,
    RelationKind.MEMBER_OF: 7,
}


@dataclass
class RelationDraft:
    """A relation as found, before it becomes a ``RelationIn``."""

    actor: str
    other: str
    kind: RelationKind
    sentence: Sentence
    description: str
    since_date: dt.date | None = None
    since_precision: DatePrecision | None = None
    confidence: float = 0.6


def find_relations(doc: Document) -> list[RelationDraft]:
    """Every relation the text states, each pair and kind once."""
    words = doc.lexicon.relations
    found: list[RelationDraft] = []
    seen: set[tuple[frozenset[str], RelationKind]] = set()
    ctx = Context()
    for s in doc.sentences:
        if s.dateline:
            continue
        hits = doc.find(words.kinds, s.start, s.end)
        hits += [h for h in doc.find(words.partner_nouns, s.start, s.end) if _viewed(doc, s, h)]
        hits += _measured_borders(doc, s, hits)
        inside = [(m.start, m.end) for m in s.mentions if m.kind is not ActorKind.STATE]
        hits = [
            h
            for h in hits
            if not any(a <= h.start < b for a, b in inside)
            and not (h.text[:1].isupper() and _ORG_NAME_AFTER.match(doc.text, h.end))
            and not (
                h.label == RelationKind.ALLY.value
                and h.text[:1].isupper()
                and _NAME_WORD_BEFORE.search(doc.text, s.start, h.start)
            )
            and not _unnamed_allies(doc, s, h)
        ]  # "the Alliance of Sahel States", "the Pacific Alliance" name a body
        if hits:
            spans = side_spans(doc, s, adjectives=True, capitals=True)
            for draft in _sentence_relations(doc, s, hits, spans, ctx):
                key = (frozenset((draft.actor, draft.other)), draft.kind)
                if draft.kind is RelationKind.MEMBER_OF:
                    key = (frozenset((draft.actor + " in", draft.other)), draft.kind)
                if key not in seen and draft.actor != draft.other:
                    seen.add(key)
                    found.append(draft)
        ctx.update(sentence_sides(doc, s), [ref.person for ref in s.people])
    return found


# "share a 151-kilometre border", "share an open border of about 1,750 kilometres"
_MEASURED_BORDER = re.compile(
    r"\bshares?\s+(?:a|an|the)\s+(?:[\w,.-]+\s+){1,3}(?:border|frontier)\b"
    r"(?!\s+(?:crossing|post|town|guard))"
)


def _measured_borders(doc: Document, s: Sentence, hits: list[PhraseHit]) -> list[PhraseHit]:
    """Border phrases with a length or a description between "share a" and "border", and
    "their N-kilometre land border" (the border of the sides in play)."""
    if any(RelationKind(h.label) is RelationKind.BORDERS for h in hits):
        return []
    return [
        PhraseHit(s.start + m.start(), s.start + m.end(), m.group(), RelationKind.BORDERS.value)
        for pattern in (_MEASURED_BORDER, _THEIR_BORDER)
        for m in pattern.finditer(s.text)
    ]


def _sentence_relations(
    doc: Document, s: Sentence, hits: list[PhraseHit], spans: list[SideSpan], ctx: Context
) -> list[RelationDraft]:
    words = doc.lexicon.relations
    has_noun = bool(doc.find(words.relation_nouns, s.start, s.end))
    out: list[RelationDraft] = []
    kinds_done: set[RelationKind] = set()
    for hit in sorted(hits, key=lambda h: _RANK[RelationKind(h.label)]):
        kind = RelationKind(hit.label)
        if _an_aside(doc, hit, hits):
            continue
        if kind in kinds_done and kind is not RelationKind.MEMBER_OF:
            continue
        if _negated(doc, s, hit) or _past_strain(doc, s, hit):
            continue
        if " ".join(hit.text.lower().split()) in words.need_relation_noun and not has_noun:
            continue
        if kind is RelationKind.BORDERS and _is_noun(doc, s, hit):
            continue  # "across the region's borders"
        if kind is RelationKind.BORDERS and hit.text.lower().startswith("border"):
            out.extend(_borders(doc, s, hit, spans, ctx))
            kinds_done.add(kind)
            continue
        if kind is RelationKind.MEMBER_OF:
            out.extend(_memberships(doc, s, hit, spans, ctx))
            continue
        allies = _allies_of(doc, s, hit, spans)
        if allies:
            out.extend(allies)
            kinds_done.add(kind)
            continue
        if (
            kind is RelationKind.STRATEGIC_PARTNER
            and RelationKind.ALL_WEATHER_STRATEGIC_PARTNER in (kinds_done)
        ):
            continue
        shared = _shared_borders(doc, s, hit, spans)
        if shared:
            out.extend(shared)
            kinds_done.add(kind)
            continue
        grouped = _between_counted(doc, s, hit, spans, ctx)
        if grouped:
            out.extend(RelationDraft(a, b, kind, s, _description(doc, s, hit)) for a, b in grouped)
            kinds_done.add(kind)
            continue
        pair = _pair(doc, s, hit, spans, ctx)
        if pair is None:
            continue
        kinds_done.add(kind)
        draft = RelationDraft(
            actor=pair[0],
            other=pair[1],
            kind=kind,
            sentence=s,
            description=_description(doc, s, hit),
        )
        since = [d for d in s.dates if _SINCE.search(doc.text[max(s.start, d.start - 8) : d.start])]
        if since:
            draft.since_date = since[0].span.start
            draft.since_precision = DatePrecision(
                getattr(since[0].span.precision, "value", since[0].span.precision)
            )
        out.append(draft)
    return out


_CHANGES = frozenset({RelationKind.IMPROVING.value, RelationKind.STRAINED.value})


def _an_aside(doc: Document, hit: PhraseHit, hits: list[PhraseHit]) -> bool:
    """Whether a change of relations is an aside about the past, before the sentence's own
    change: "Relations, strained in 2020 by a dispute, have improved since"."""
    if hit.label not in _CHANGES:
        return False
    if not (
        _ASIDE_BEFORE.search(doc.text, max(0, hit.start - 3), hit.start)
        and _ASIDE_AFTER.match(doc.text, hit.end)
    ):
        return False
    return any(h.start > hit.end and h.label in _CHANGES and h.label != hit.label for h in hits)


def _negated(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether a relation word is denied ("not an alliance") or over ("ending three years of
    coolness")."""
    words = doc.lexicon.relations
    before = _LOWER_WORDS.findall(doc.text[max(s.start, hit.start - 45) : hit.start].lower())
    return any(w in words.negations for w in before[-3:]) or any(
        w in words.past_markers for w in before[-6:]
    )


# "were strained in 2018", "became strained after ... in August 2024", "went through a tense
# period in 2024", "the dispute in 2024 strained its relations": a simple past, not "remain"
_PAST_COPULA_BEFORE = re.compile(
    r"\b(?:were|was|became|went\s+through)\s+(?:\w+ly\s+)?(?:an?\s+(?:[\w-]+\s+)?)?$",
    re.IGNORECASE,
)
_PAST_VERB_AFTER = re.compile(
    r"\s+(?:its|their|the|bilateral|[A-Z][\w.-]*['\u2019]s)?\s*(?:relations|ties)\b"
)
_DATED_YEAR = re.compile(
    r"\b(?:in|from|between|until|during)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    r"((?:19|20)\d\d)\b"
)
_STILL_BEFORE = re.compile(r"\b(?:remain|remains|remained|still|have|has|are|is)\b", re.IGNORECASE)


def _past_strain(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether strained ties belong to a dated past ("were strained in 2018 by court rulings"):
    relations are recorded as they stand now, and a simple past with an earlier year is not."""
    if hit.label != RelationKind.STRAINED.value:
        return False
    before = doc.text[max(s.start, hit.start - 60) : hit.start]
    copula = _PAST_COPULA_BEFORE.search(before)
    verb = hit.text.lower() in ("strained", "soured") and _PAST_VERB_AFTER.match(doc.text, hit.end)
    if not (copula or verb) or _STILL_BEFORE.search(before[-25:]):
        return False
    this_year = doc.published.year if doc.published else 10_000
    return any(int(m.group(1)) < this_year for m in _DATED_YEAR.finditer(s.text))


# "Ukraine's allies", "called on allies", a headline's "Allies pledge", "the alliance's plans":
# allies left unnamed, not a relation between the sides of the sentence
_UNNAMED_ALLIES_BEFORE = re.compile(
    r"(?:['\u2019]s|\b(?:on|to|with|among|from|for|by|its|their|western|other))\s+$",
    re.IGNORECASE,
)


def _unnamed_allies(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    if hit.label != RelationKind.ALLY.value:
        return False
    text = hit.text.lower()
    if text == "alliance" and doc.text.startswith(("'s", "\u2019s"), hit.end):
        return True
    if text != "allies":
        return False
    before = doc.text[max(s.start, hit.start - 12) : hit.start]
    return not before.strip() or bool(_UNNAMED_ALLIES_BEFORE.search(before))


def _shared_borders(
    doc: Document, s: Sentence, hit: PhraseHit, spans: list[SideSpan]
) -> list[RelationDraft]:
    """ "The leaders of A, B and C ... along their shared frontiers": each pair of the three or
    more states the sentence names borders the others."""
    if hit.label != RelationKind.BORDERS.value or not hit.text.lower().startswith("their"):
        return []
    states = [x for x in distinct(spans) if doc.gazetteer.is_state(x)]
    if len(states) < 3:
        return []
    return [
        RelationDraft(a, b, RelationKind.BORDERS, s, _description(doc, s, hit))
        for i, a in enumerate(states)
        for b in states[i + 1 :]
    ]


def _viewed(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    """Whether "partner" is how one side sees another ("saw Egypt as a long-term partner")."""
    head = doc.text[max(s.start, hit.start - 90) : hit.start]
    # "a long-term partner", not "a partner": the modifier makes it a standing one
    return _seen_as_pattern(doc.lexicon.relations.regarding_verbs).search(head) is not None


@cache
def _view_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(map(re.escape, verbs)) + r")\b\s+(.*)\bas\b")


@cache
def _seen_as_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, verbs))
    return re.compile(
        rf"\b(?:{alternatives})\b[^.;]*\bas\s+[\"\u201c]?(?:an?|its|their)\s+(?:[\w-]+\s+){{1,3}}$"
    )


def _is_noun(doc: Document, s: Sentence, hit: PhraseHit) -> bool:
    before = doc.text[max(s.start, hit.start - 6) : hit.start].lower()
    return bool(_NOUN_MARK_BEFORE.search(before))


def _borders(
    doc: Document, s: Sentence, hit: PhraseHit, spans: list[SideSpan], ctx: Context
) -> list[RelationDraft]:
    """ "X, which borders Y (and Z)" or "X borders Y": X and each of the others."""
    before = [sp for sp in spans if sp.start < hit.start]
    after = distinct([sp for sp in spans if hit.end <= sp.start < hit.end + 60])
    if not before:
        return []
    subject = before[-1].side
    others = [x for x in after if x != subject]
    if not others and doc.find(doc.lexicon.context.groups, hit.end, min(s.end, hit.end + 30)):
        earlier = distinct([sp for sp in spans if sp.start < before[-1].start])
        others = [x for x in (earlier if len(earlier) >= 2 else ctx.group) if x != subject]
    return [
        RelationDraft(subject, other, RelationKind.BORDERS, s, _description(doc, s, hit))
        for other in others
    ]


def _allies_of(
    doc: Document, s: Sentence, hit: PhraseHit, spans: list[SideSpan]
) -> list[RelationDraft]:
    """ "Japan and Australia, both close US allies", "South Korea, a US ally": a state named
    right before "ally" is the ally of each state the sentence names before it (a body there,
    "NATO allies", leaves the pair to the sides named)."""
    if RelationKind(hit.label) is not RelationKind.ALLY or not hit.text.lower().startswith("all"):
        return []
    modifier = next((sp for sp in spans if 0 <= hit.start - sp.end <= 1), None)
    if modifier is None or not doc.gazetteer.is_state(modifier.side):
        return []
    subjects = [
        x
        for x in distinct([sp for sp in spans if sp.end <= modifier.start])
        if x != modifier.side and doc.gazetteer.is_state(x)
    ]
    return [
        RelationDraft(subject, modifier.side, RelationKind.ALLY, s, _description(doc, s, hit))
        for subject in subjects
    ]


_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")


_COUNTED_STATES = re.compile(
    r"\s+and\s+the\s+(two|three|four|five|six)\s+(?:[A-Za-z-]+\s+){0,2}"
    r"(?:states|countries|nations|governments|neighbou?rs)\b"
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _between_counted(
    doc: Document, s: Sentence, hit: PhraseHit, spans: list[SideSpan], ctx: Context
) -> list[tuple[str, str]]:
    """ "Relations between the bloc and the three Sahel states": the side named first with
    each of the last so many states named before."""
    for match in _BETWEEN.finditer(doc.text, s.start, s.end):
        if abs(match.start() - hit.start) >= 120:
            continue
        first = next((sp for sp in spans if match.end() <= sp.start < match.end() + 30), None)
        if first is None:
            continue
        counted = _COUNTED_STATES.match(doc.text, first.end)
        if counted is None:
            continue
        n = _NUMBERS[counted.group(1).lower()]
        states = [g for g in reversed(ctx.recent) if g != first.side and doc.gazetteer.is_state(g)][
            :n
        ]
        if len(states) == n:
            return [(first.side, g) for g in reversed(states)]
    return []


def _state_forces(doc: Document, s: Sentence, at: int) -> tuple[str, str] | None:
    """ "between the army and the Rapid Support Forces": a state's forces named without the
    state (relations.yaml ``state_forces``) stand for the state the article names most; the
    other side may be an armed group."""
    words = doc.lexicon.relations.lists.get("state_forces")
    if words is None:
        return None
    found = doc.find(words, at, at + 2)
    if not found or found[0].start != at:
        return None
    other = next(
        (
            m
            for m in s.mentions
            if m.start > found[0].end and m.kind in _PARTY_KINDS and not m.attribute
        ),
        None,
    )
    if other is None or not _AND_THE.fullmatch(doc.text, found[0].end, other.start):
        return None
    state = next((c for c in states_by_count(doc) if c != other.actor), None)
    return (state, other.actor) if state is not None else None


_PARTY_KINDS = (ActorKind.STATE, ActorKind.ORGANIZATION, ActorKind.GROUP)


def _pair(
    doc: Document, s: Sentence, hit: PhraseHit, spans: list[SideSpan], ctx: Context
) -> tuple[str, str] | None:
    """The two actors a relation word is about."""
    words = doc.lexicon.relations
    # "relations between A and B", "the war between the army and X"
    for match in _BETWEEN.finditer(doc.text, s.start, s.end):
        after = [sp for sp in spans if match.end() <= sp.start < match.end() + 60]
        sides = distinct(after)
        if len(sides) >= 2 and abs(match.start() - hit.start) < 120:
            return sides[0], sides[1]
        forces = _state_forces(doc, s, match.end()) if len(sides) < 2 else None
        if forces is not None:
            return forces  # "the war between the army and the RSF": the state's own army
        if "between" in hit.text.lower():
            return None  # "the war between the army and a militia": not two sides named
    partner = RelationKind(hit.label) in (
        RelationKind.STRATEGIC_PARTNER,
        RelationKind.ALL_WEATHER_STRATEGIC_PARTNER,
        RelationKind.ALLY,
    )
    # "Tokyo regarded Manila as a strategic partner": the viewer and the viewed
    head = doc.text[max(s.start, hit.start - 90) : hit.start]
    view = _view_pattern(words.regarding_verbs).search(head)
    if view is not None and partner:
        at = hit.start - len(head) + view.start()
        before = [sp for sp in spans if sp.start < at]
        viewed = [sp for sp in spans if at <= sp.start < hit.start]
        seen = distinct(viewed)
        if len(seen) >= 2 and _JOINED.fullmatch(doc.text, viewed[0].end, viewed[1].start):
            return seen[0], seen[1]  # "described Georgia and Azerbaijan as strategic partners"
        if before and viewed:
            return before[-1].side, viewed[0].side
        if viewed and ctx.group:
            other = next((g for g in ctx.group if g != viewed[0].side), None)
            if other is not None:
                return other, viewed[0].side
    # "under which Tehran and Riyadh restored diplomatic relations": the pair right before
    for first, second in pairwise(spans):
        if (
            first.side != second.side
            and _JOINED.fullmatch(doc.text, first.end, second.start)
            and _SUBJECT_GAP.fullmatch(doc.text, second.end, hit.start)
        ):
            return first.side, second.side
    sides = distinct(spans)
    states = [x for x in sides if doc.gazetteer.is_state(x)]
    pool = states if len(states) >= 2 else sides
    if len(pool) >= 2:
        return pool[0], pool[1]
    referred = doc.find(doc.lexicon.context.groups, s.start, s.end)
    group = [g for g in ctx.group if g not in pool]
    group_states = [g for g in group if doc.gazetteer.is_state(g)]
    recent = [g for g in reversed(ctx.recent) if g not in pool and doc.gazetteer.is_state(g)]
    if pool and doc.gazetteer.is_state(pool[0]) and not group_states and recent:
        return pool[0], recent[0]  # "Prabowo said relations were improving": the state last named
    if pool and (group_states or group):
        return pool[0], (group_states or group)[0]  # "Our alliance ...", Turkey's minister said
    if (
        not pool
        and not referred
        and clause_modality(doc, s, hit.start, hit.end) is Modality.ASSERTED
    ):
        # "Relations, strained in 2020, have improved since": the sides of the sentences before
        referred = doc.find(words.relation_nouns, s.start, s.end)
    if referred and len(ctx.group) >= 2:
        known = [g for g in ctx.group if doc.gazetteer.is_state(g)]
        pair = known if len(known) >= 2 else ctx.group
        if len(ctx.group) > 2 and any(_TWO.search(r.text) for r in referred):
            # "the two countries" after a sentence naming three sides: not those, but the
            # two states the article is about (named most)
            top = [c for c in states_by_count(doc) if c in ctx.recent][:2]
            pair = top if len(top) == 2 else pair
        return pair[0], pair[1]  # "the two countries upgraded their relations"
    return None


def _memberships(
    doc: Document, s: Sentence, hit: PhraseHit, spans: list[SideSpan], ctx: Context
) -> list[RelationDraft]:
    """States that are members of a body: "Malaysia, which chairs ASEAN", "whose country
    holds the ASEAN chair", "for the GCC presidency", "inside the Mercosur trade bloc"."""
    phrase = hit.text.lower()
    international = [
        m for m in s.mentions if m.kind is ActorKind.ORGANIZATION and m.entry.country_iso3 is None
    ]
    if phrase in _BODY_BEFORE:
        # "holds the ASEAN chair", "for the GCC presidency": the body just before the word
        bodies = [m for m in international if 0 <= hit.start - m.end <= 2]
        if phrase == "member":
            # "Turkey is a NATO member", "Poland, a NATO member,": not "EU member states"
            bodies = [
                m
                for m in bodies
                if _A_MEMBER_BEFORE.search(doc.text, max(s.start, m.start - 30), m.start)
                and not _MEMBER_NOUN_AFTER.match(doc.text, hit.end)
            ]
    else:
        bodies = [m for m in international if hit.end <= m.start <= hit.end + 15]
    if not bodies:
        return []
    body = bodies[0]
    # "a member of the European Union and NATO": each body of the list
    listed = [body.actor]
    for m in international:
        if m.start > body.start and _LISTED.fullmatch(doc.text, body.end, m.start):
            listed.append(m.actor)
            body = m
    at = min(hit.start, body.start)
    before = [sp for sp in spans if sp.start < at and doc.gazetteer.is_state(sp.side)]
    if phrase in ("inside the", "within the"):
        tail = doc.text[body.end : min(s.end, body.end + 20)].lower().split()
        if not tail or tail[0] not in _BLOC_WORDS:
            return []
        members = [sp.side for sp in before]  # "relations between A and B ... inside the X bloc"
    elif _BOTH_BEFORE.search(doc.text, max(s.start, hit.start - 12), hit.start):
        # "Poland and Lithuania, both members of", "Both are members of": every state in play
        members = [sp.side for sp in before] or [g for g in ctx.group if doc.gazetteer.is_state(g)]
    else:
        if not before:
            return []
        members = [before[-1].side]
    return [
        RelationDraft(
            actor=member,
            other=other,
            kind=RelationKind.MEMBER_OF,
            sentence=s,
            description=_description(doc, s, hit),
        )
        for member in dict.fromkeys(members)
        for other in dict.fromkeys(listed)
    ]


def _description(doc: Document, s: Sentence, hit: PhraseHit) -> str:
    """The clause around the relation word, trimmed."""
    start = max(s.start, doc.text.rfind(",", s.start, hit.start) + 1)
    end = doc.text.find(",", hit.end, s.end)
    end = s.end if end < 0 else end
    return " ".join(doc.text[start:end].split()).strip(" .;:")[:300]
