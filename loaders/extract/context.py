"""Who is in play in a sentence: the sides (states and bodies) it names, where, and how.

A side is named by a state or organisation mention, by a person (who stands for the state or
body they serve), by a representative phrase ("Chinese officials"), or by a phrase referring back
("both nations", "the two ministers") to the sides or people of the sentences before.
"""

from __future__ import annotations

from typing import NamedTuple

from entente.loaders.extract.actors import Mention
from entente.loaders.extract.document import Document, Person, Sentence
from entente.loaders.extract.tokens import APOSTROPHES
from entente.models.vocab import ActorKind, AliasKind


class SideSpan(NamedTuple):
    """One place in a sentence that names a side."""

    start: int
    end: int
    side: str  # ISO3 code or organisation name
    person: Person | None  # when named through a person
    how: str  # "name", "adjective", "capital", "person", "group", "possessive", "place"


def person_side(person: Person) -> str | None:
    """The state or body a person acts for: an organisation they serve, else their country."""
    for _, of in person.titles:
        if of is not None and of != person.country:
            return of
    return person.country


def preceding_word(doc: Document, s: Sentence, tok: int) -> str:
    """The lower-cased token before token index ``tok`` within the sentence ('' at its start)."""
    return doc.tokens[tok - 1].text.lower() if tok - 1 >= s.tok_start else ""


def is_location(doc: Document, s: Sentence, m: Mention) -> bool:
    """Whether a place or capital mention says where something happens ("in Manila")."""
    if m.kind is ActorKind.PLACE:
        return True
    if m.alias_kind is not AliasKind.CAPITAL:
        return False
    return preceding_word(doc, s, m.tok_start) in doc.lexicon.context.location_prepositions


def _stands_for_state(doc: Document, s: Sentence, m: Mention) -> bool:
    """Whether an adjective mention ("Chinese") stands for the state here, not just describes."""
    if m.compound and not m.attribute:
        return True  # "Indo-Russian", not "Russian-made"
    reps = doc.find(doc.lexicon.context.representatives, m.end, min(s.end, m.end + 50))
    if not reps:
        return False
    between = doc.text[m.end : reps[0].start].split()
    # "Chinese officials", "a Qatari technical team", "Saudi investment delegation", "the
    # Japanese and Philippine foreign and defence ministers"
    if len(between) <= 4 and all(w[:1].islower() and w.isalpha() for w in between):
        return True
    # "Uzbek and Kazakh officials", "the Turkmen and Afghan foreign ministers": both stand
    nxt = next((x for x in s.mentions if x.start > m.end), None)
    return (
        nxt is not None
        and nxt.entry.alias_kind in (AliasKind.ADJECTIVE, AliasKind.DEMONYM)
        and doc.text[m.end : nxt.start].strip() in ("and", ",", "or")
        and _stands_for_state(doc, s, nxt)
    )


def side_spans(
    doc: Document, s: Sentence, *, adjectives: bool = False, capitals: bool = False
) -> list[SideSpan]:
    """Sides named in a sentence, in text order (persons by the side they act for).

    Adjectives count only when they stand for the state ("Chinese officials", "Indo-"), unless
    ``adjectives`` is set; places never count, nor capitals used as locations unless
    ``capitals`` is set (money sent "to Cairo" goes to Egypt).
    """
    cached = s.side_cache.get((adjectives, capitals))
    if cached is None:
        cached = _side_spans(doc, s, adjectives=adjectives, capitals=capitals)
        s.side_cache[(adjectives, capitals)] = cached
    return list(cached)


_SIDE_KINDS = (ActorKind.STATE, ActorKind.ORGANIZATION)
_ADJECTIVAL = (AliasKind.ADJECTIVE, AliasKind.DEMONYM, AliasKind.PREFIX)


def _side_spans(doc: Document, s: Sentence, *, adjectives: bool, capitals: bool) -> list[SideSpan]:
    context = doc.lexicon.context
    followers = context.name_followers
    media = context.media_words
    places = context.location_prepositions
    tokens = doc.tokens
    lower = doc.lower
    found: list[SideSpan] = []
    covered: list[tuple[int, int]] = []
    for ref in s.people:
        side = person_side(ref.person)
        if side is not None:
            found.append(SideSpan(ref.start, ref.end, side, ref.person, "person"))
            covered.append((ref.start, ref.end))
    skipped = s.role_mentions | s.office_targets
    for m in s.mentions:
        entry = m.entry
        kind = entry.kind
        if kind not in _SIDE_KINDS or m.tok_start in skipped:
            continue
        if covered and any(a <= m.start < b for a, b in covered):
            continue
        if m.attribute and not adjectives:
            continue
        if m.tok_end < s.tok_end and tokens[m.tok_end].text in followers:
            continue  # "the Ankara Declaration" names an accord, not Turkey
        if kind is ActorKind.ORGANIZATION and not media.isdisjoint(entry.actor.split()):
            continue  # a news agency reports, it takes no side
        alias_kind = entry.alias_kind
        if alias_kind is AliasKind.CAPITAL and not capitals and m.tok_start > s.tok_start:
            before = lower[m.tok_start - 1] if lower else tokens[m.tok_start - 1].text.lower()
            if before in places:
                continue  # "talks in Manila": where, not who
        how = "name"
        if alias_kind in _ADJECTIVAL:
            if not (adjectives or _stands_for_state(doc, s, m)):
                continue
            how = "adjective"
        elif alias_kind is AliasKind.CAPITAL:
            how = "capital"
        elif m.possessive:
            how = "possessive"
        found.append(SideSpan(m.start, m.end, entry.actor, None, how))
    if context.region_members:
        found.extend(_region_members(doc, s))
    found.sort(key=_start)
    return found


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_STATE_NOUNS = frozenset({"countries", "states", "nations", "republics"})


def _region_members(doc: Document, s: Sentence) -> list[SideSpan]:
    """Each state of "the five Central Asian countries" or "the two Koreas", when the number
    said is the region's size."""
    members = doc.lexicon.context.region_members
    tokens = doc.tokens
    found: list[SideSpan] = []
    for m in s.mentions:
        codes = members.get(m.actor) if m.kind is ActorKind.PLACE else None
        if not codes or m.tok_start <= s.tok_start:
            continue
        count = tokens[m.tok_start - 1].text.lower()
        if _COUNTS.get(count, int(count) if count.isdigit() else 0) != len(codes):
            continue
        # "five Central Asian countries", "the three Baltic states" (the noun may be in the name)
        noun_end = m.end
        if m.actor.split()[-1] not in _STATE_NOUNS and not m.actor.endswith("s"):
            if m.tok_end >= s.tok_end or tokens[m.tok_end].text.lower() not in _STATE_NOUNS:
                continue
            noun_end = tokens[m.tok_end].end
        found.extend(SideSpan(m.start, noun_end, code, None, "group") for code in codes)
    return found


def _start(span: SideSpan) -> int:
    return span.start


def distinct(spans: list[SideSpan]) -> list[str]:
    """The sides of some spans, each once, in order."""
    return list(dict.fromkeys([span.side for span in spans]))


def sentence_sides(doc: Document, s: Sentence) -> list[str]:
    """The distinct sides a sentence names (as :func:`side_spans` reads them), computed once."""
    cached = s.side_cache.get("sides")
    if cached is None:
        cached = distinct(side_spans(doc, s))
        s.side_cache["sides"] = cached
    return list(cached)


def location(doc: Document, s: Sentence) -> tuple[str | None, str | None]:
    """Where a sentence says something happens: (place, country ISO3)."""
    for m in s.mentions:
        word = preceding_word(doc, s, m.tok_start)
        if word not in doc.lexicon.context.location_prepositions:
            continue
        if m.kind is ActorKind.PLACE:
            return m.actor, m.entry.country_iso3
        if m.alias_kind is AliasKind.CAPITAL:
            return m.text, m.entry.country_iso3
        if m.kind is ActorKind.STATE and m.alias_kind in (AliasKind.NAME, AliasKind.SHORT):
            return None, m.actor
    return None, None


def is_possessive_at(doc: Document, end: int) -> bool:
    """Whether the text has 's right at ``end``."""
    return doc.text[end : end + 1] in APOSTROPHES and doc.text[end + 1 : end + 2] == "s"


class Context:
    """What earlier sentences leave in play: the last group of sides and the people named."""

    def __init__(self) -> None:
        self.group: list[str] = []
        self.people: list[Person] = []
        self.recent: list[str] = []  # every side named so far, the latest last
        # the first person the last sentence naming people names: "he" in the next one
        self.subject: Person | None = None

    def update(self, sides: list[str], people: list[Person]) -> None:
        """Remember a sentence's sides (when it names two or more) and its people."""
        for side in sides:
            if side in self.recent:
                self.recent.remove(side)
            self.recent.append(side)
        if len(sides) >= 2:
            self.group = sides
        if people:
            self.subject = people[0]
        for person in people:
            if person in self.people:
                self.people.remove(person)
            self.people.append(person)


_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "all": 0}


def people_reference(doc: Document, start: int, end: int) -> int:
    """How many of the people last named a phrase in ``start:end`` refers back to ("the two
    ministers": 2, "the four ministers": 4); 0 when it has no such phrase."""
    groups = doc.find(doc.lexicon.context.groups, start, end)
    hits = [
        h
        for h in doc.find(doc.lexicon.context.people, start, end)
        if not any(g.start <= h.start < g.end for g in groups)  # "the two sides" is no person
    ]
    if not hits:
        return 0
    for word in hits[0].text.lower().split():
        if _COUNTS.get(word):
            return _COUNTS[word]
    return 2


def referred_people(doc: Document, start: int, end: int, recent: list[Person]) -> list[Person]:
    """The people a phrase like "the two presidents" in ``start:end`` refers back to: the
    last so many named who hold such an office, else the last so many named."""
    count = people_reference(doc, start, end)
    if not count:
        return []
    hit = doc.find(doc.lexicon.context.people, start, end)[0]
    noun = hit.text.lower().split()[-1]
    head = noun[:-1] if noun.endswith("s") else noun
    heads = doc.lexicon.roles.heads
    if head == "leader":
        leaders = doc.lexicon.roles.leader_titles
        holding = [p for p in recent if any(t in leaders for t, _ in p.titles)]
    elif head in heads:
        holding = [p for p in recent if any(head in t.lower().split() for t, _ in p.titles)]
    else:
        holding = []
    if len(holding) >= count:
        return holding[-count:]
    return recent[-count:]


def group_reference(doc: Document, s: Sentence) -> tuple[bool, bool]:
    """Whether a sentence refers back to (sides, people) with phrases like "both nations"."""
    ctx = doc.lexicon.context
    people = bool(doc.find(ctx.people, s.start, s.end))
    groups = bool(doc.find(ctx.groups, s.start, s.end))
    return groups, people
