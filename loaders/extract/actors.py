"""Finding the states, organisations, programmes, places and known people a text names.

Matching walks the tokens once and looks each one up in the gazetteer's token index (longest
alias first), so it costs a few dictionary look-ups per word whatever the size of the gazetteer.
Organisations the gazetteer lacks are found where the text introduces them: with an acronym
("the Abu Dhabi Investment Authority (ADIA)"), with a description that gives their state
("Kazakhstan's state oil company KazMunayGas"), as the body of an office ("the chairman of the
Dubai International Financial Centre") or by a full name with an institution head ("the
Export-Import Bank of Hungary"); these patterns only run near their trigger words. "The Bank",
"the fund", "the bloc" refer back to the organisation of that sort named last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from entente.loaders.extract.tokens import (
    APOSTROPHES,
    HYPHENS,
    Token,
    is_capitalized,
    normalized,
    token_key,
    tokenize,
)
from entente.loaders.gazetteer import Gazetteer, GazetteerEntry, IndexEntry
from entente.models.vocab import ActorKind, AliasKind

# Patterns used inside the functions below, compiled once.
_POSSESSIVE_WORD = re.compile(r"['\u2019]s\b")

if TYPE_CHECKING:
    from entente.loaders.extract.document import Document


class Mention(NamedTuple):
    """One place in the text that names an actor (or a place)."""

    start: int
    end: int
    text: str
    entry: GazetteerEntry
    tok_start: int  # index of the first token in the document's token list
    tok_end: int  # one past the last token
    possessive: bool  # followed by 's
    compound: bool  # joined by a hyphen to another name (Indo-Russian, US-backed)
    attribute: bool = False  # joined by a hyphen to a common word (US-backed, anti-American)

    @property
    def actor(self) -> str:
        """ISO3 code, organisation name, place name or person name."""
        return self.entry.actor

    @property
    def kind(self) -> ActorKind:
        """What the mention names."""
        return self.entry.kind

    @property
    def alias_kind(self) -> AliasKind:
        """How it names it (name, adjective, capital, ...)."""
        return self.entry.alias_kind

    @property
    def side(self) -> str | None:
        """The state or body the mention stands for (None for programmes, places and people)."""
        if self.kind in (ActorKind.STATE, ActorKind.ORGANIZATION):
            return self.entry.actor
        return None


def find_mentions(
    tokens: list[Token],
    text: str,
    gazetteer: Gazetteer,
    extra: dict[str, list[IndexEntry]] | None = None,
    words: list[str] | None = None,
) -> list[Mention]:
    """Every gazetteer alias in ``tokens`` (longest match, no overlaps), in text order.

    ``extra`` is an index of names the text itself defines (organisations with acronyms)."""
    index = gazetteer.index()
    mentions: list[Mention] = []
    count = len(tokens)
    if words is None:
        words = normalized(tokens)
    i = 0
    while i < count:
        word = words[i]
        candidates = index.get(word)
        if extra and word in extra:
            candidates = sorted([*extra[word], *(candidates or [])], key=lambda c: -len(c[0]))
        matched = 0
        if candidates:
            for key, entries in candidates:
                size = len(key)
                if i + size > count:
                    continue
                if all(words[i + j] == key[j] for j in range(1, size)):
                    entry = _choose(entries, tokens, i, size)
                    if entry is not None:
                        mentions.append(_mention(tokens, text, i, size, entry))
                        matched = size
                    break
        i += matched or 1
    return mentions


def _choose(
    entries: tuple[GazetteerEntry, ...], tokens: list[Token], i: int, size: int
) -> GazetteerEntry | None:
    """The reading of an alias in its context, or None when it is not a name here."""
    entry = entries[0]
    nxt = tokens[i + size].text if i + size < len(tokens) else ""
    if entry.alias_kind is AliasKind.PREFIX and nxt not in HYPHENS:
        return None  # "Indo" only combines: Indo-Russian
    if size == 1 and entry.kind is not ActorKind.PERSON and not is_capitalized(tokens[i].text):
        return None
    return entry


def _mention(tokens: list[Token], text: str, i: int, size: int, entry: GazetteerEntry) -> Mention:
    start, end = tokens[i].start, tokens[i + size - 1].end
    after = i + size
    possessive = (
        after + 1 < len(tokens)
        and tokens[after].text in APOSTROPHES
        and tokens[after + 1].text == "s"
        and tokens[after].start == end
    )
    joined_right = (
        after < len(tokens) and tokens[after].text in HYPHENS and tokens[after].start == end
    )
    joined_left = i > 0 and tokens[i - 1].text in HYPHENS and tokens[i - 1].end == start
    attribute = (
        joined_right and after + 1 < len(tokens) and tokens[after + 1].text[:1].islower()
    ) or (joined_left and i > 1 and tokens[i - 2].text[:1].islower())
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        entry=entry,
        tok_start=i,
        tok_end=after,
        possessive=possessive,
        compound=joined_left or joined_right,
        attribute=attribute,
    )


_DEFINED = re.compile(
    r"(?P<name>[A-Z][\w\u2019'&-]*(?:[ \t]+(?:[A-Z][\w\u2019'&-]*|of|for|and|the|de|du|des|la))*)"
    r"(?:[ \t]*\([ \t]*(?P<paren>[A-Z][A-Za-z]{1,7})[ \t]*\)"
    r"|,[ \t]+known[ \t]+as[ \t]+(?P<known>[A-Z][A-Za-z]{1,7})\b)"
)
_OWNER = re.compile(r"^.*?\b(?:of|for)[ \t]+the[ \t]+|^[\w-]+[\u2019']s[ \t]+")
_LEADING = re.compile(r"^(?:(?:The|A|An|In|On|At|By|For|From|With|And|But)\s+)+")


def _windows(
    text: str,
    tokens: list[Token] | None,
    triggers: frozenset[str],
    before: int,
    after: int,
    positions: dict[str, list[int]] | None = None,
) -> list[tuple[int, int]]:
    """Stretches of the text around the tokens in ``triggers`` (the whole text without
    tokens), merged: the organisation patterns only run where they can match. ``positions``
    maps a token text to where it stands, when the caller has it."""
    if tokens is None:
        return [(0, len(text))]
    if positions is None:
        positions = token_positions(tokens)
    at = sorted(i for word in triggers & positions.keys() for i in positions[word])
    spans: list[tuple[int, int]] = []
    for i in at:
        token = tokens[i]
        lo, hi = max(0, token.start - before), min(len(text), token.end + after)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def token_positions(
    tokens: list[Token], wanted: frozenset[str] | None = None
) -> dict[str, list[int]]:
    """Where each token text (of ``wanted`` only, when given) stands in a token list."""
    positions: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        if wanted is None or token.text in wanted:
            positions.setdefault(token.text, []).append(i)
    return positions


def _matches(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> list[re.Match[str]]:
    return [m for lo, hi in windows for m in pattern.finditer(text, lo, hi)]


DEFINITION_TRIGGERS = frozenset({"(", "known"})
"""Tokens near which an organisation may be defined with its acronym."""


def defined_organizations(
    text: str,
    gazetteer: Gazetteer,
    heads: frozenset[str],
    tokens: list[Token] | None = None,
    positions: dict[str, list[int]] | None = None,
) -> list[GazetteerEntry]:
    """Organisations the text names with an acronym that the gazetteer does not know."""
    found: list[GazetteerEntry] = []
    seen: set[str] = set()
    for match in _matches(
        _DEFINED, text, _windows(text, tokens, DEFINITION_TRIGGERS, 160, 24, positions)
    ):
        name = _LEADING.sub("", match.group("name")).strip()
        owner = _OWNER.match(name)
        if owner and not any(w in heads for w in owner.group().split()):
            name = name[owner.end() :]  # "Managing Director of the X Authority", "Kenya's X Bank"
        acronym = match.group("paren") or match.group("known") or ""
        words = name.split()
        if not words or not any(w in heads for w in words) or name in seen:
            continue
        if gazetteer.lookup(name) or gazetteer.lookup(acronym):
            continue
        country = None
        for m in find_mentions(tokenize(name), name, gazetteer):
            if m.kind is ActorKind.STATE:
                country = m.actor
                break
        seen.add(name)
        found.append(GazetteerEntry(name, name, ActorKind.ORGANIZATION, AliasKind.NAME, country))
        found.append(
            GazetteerEntry(acronym, name, ActorKind.ORGANIZATION, AliasKind.SHORT, country)
        )
    return found


_NAME = r"[A-Z][\w&'\u2019-]*(?:[ \t]+[A-Z][\w&'\u2019-]*){0,3}"
_OWNER_WORDS = r"[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?"
_MODIFIERS = r"(?:[a-z][\w-]*[ \t]+){0,3}"


@dataclass(frozen=True)
class Described:
    """An organisation the text introduces with a description ("Kazakhstan's state
    oil company KazMunayGas"): its entry, and where the words naming its owner state stand."""

    entry: GazetteerEntry
    owner_start: int


_HEAD_OF = re.compile(
    r"\b(?:head|chief|governor|director|chairman|chairwoman|chair|president|boss)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


@cache
def _described_patterns(heads: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    head = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    before = re.compile(
        rf"(?P<owner>{_OWNER_WORDS})(?:['\u2019]s)?[ \t]+{_MODIFIERS}(?:{head})[ \t]*,?[ \t]+"
        rf"(?P<name>{_NAME})"
    )
    after = re.compile(
        rf"(?P<name>{_NAME}),[ \t]+(?:the|a|an)[ \t]+(?P<owner>{_OWNER_WORDS})(?:['\u2019]s)?"
        rf"[ \t]+{_MODIFIERS}(?:{head})\b"
    )
    return before, after


def described_organizations(
    text: str,
    gazetteer: Gazetteer,
    heads: frozenset[str],
    stop_words: frozenset[str],
    tokens: list[Token] | None = None,
    positions: dict[str, list[int]] | None = None,
) -> list[Described]:
    """Organisations named beside a description that gives their state: "Abu Dhabi's
    sovereign holding company ADQ", "Temasek, the Singaporean state investment company". The
    name stops before a word in ``stop_words`` (titles: "Gazprom Chief Executive ...")."""
    if not heads:
        return []
    found: list[Described] = []
    seen: set[str] = set()
    windows = _windows(text, tokens, heads, 90, 90, positions)
    for pattern in _described_patterns(heads):
        for match in _matches(pattern, text, windows):
            owner = _owner_state(match.group("owner"), gazetteer)
            if owner is None:
                continue
            if _HEAD_OF.search(text, max(0, match.start("owner") - 24), match.start("owner")):
                continue  # "the head of Kenya's central bank, Kamau Thugge": a person
            words = match.group("name").split()
            cut = next((k for k, w in enumerate(words) if w.lower() in stop_words), len(words))
            name = " ".join(words[:cut])
            if not name or name in seen or name.lower() in stop_words:
                continue
            if gazetteer.lookup(name):
                continue
            seen.add(name)
            entry = GazetteerEntry(name, name, ActorKind.ORGANIZATION, AliasKind.NAME, owner)
            found.append(Described(entry, match.start("owner")))
    return found


@cache
def _office_body_pattern(titles: frozenset[str], heads: frozenset[str]) -> re.Pattern[str]:
    title = "|".join(sorted(map(re.escape, titles), key=len, reverse=True))
    head = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    return re.compile(
        rf"(?i:\b(?:{title}))[ \t]+of[ \t]+the[ \t]+"
        rf"(?P<name>(?:[A-Z][\w'\u2019-]*[ \t]+){{1,5}}(?:{head}))\b(?![ \t]+of\b)"
    )


def office_bodies(
    text: str,
    gazetteer: Gazetteer,
    titles: frozenset[str],
    heads: frozenset[str],
    tokens: list[Token] | None = None,
    positions: dict[str, list[int]] | None = None,
) -> list[GazetteerEntry]:
    """Organisations named as the body of an office ("the chairman of the Dubai International
    Financial Centre") that the gazetteer does not know; the state a word of the name names
    is theirs."""
    if not titles or not heads:
        return []
    found: list[GazetteerEntry] = []
    windows = _windows(text, tokens, heads, 140, 4, positions)
    for match in _matches(_office_body_pattern(titles, heads), text, windows):
        name = match.group("name")
        if gazetteer.lookup(name) or any(e.alias == name for e in found):
            continue
        country = _country_in(name, gazetteer)
        found.append(GazetteerEntry(name, name, ActorKind.ORGANIZATION, AliasKind.NAME, country))
    return found


@cache
def _named_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    head = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    word = r"[A-Z][\w'\u2019&-]*"
    return re.compile(
        rf"(?<![\w-])(?P<name>(?:{word}[ \t]+(?:(?:and|of|for)[ \t]+)?){{1,5}}(?:{head})"
        rf"(?:[ \t]+(?:of|for)[ \t]+{word}(?:[ \t]+(?:and[ \t]+)?{word}){{0,3}})?)\b"
        rf"(?![ \t]+[A-Z])"
    )


def _country_in(name: str, gazetteer: Gazetteer) -> str | None:
    """The state a name holds a state, capital or city of ("Dubai International ...")."""
    for m in find_mentions(tokenize(name), name, gazetteer):
        if m.kind in (ActorKind.STATE, ActorKind.PLACE) and m.entry.country_iso3:
            return m.entry.country_iso3
    return None


def named_organizations(
    text: str,
    gazetteer: Gazetteer,
    heads: frozenset[str],
    state_bodies: tuple[str, ...],
    tokens: list[Token] | None = None,
    positions: dict[str, list[int]] | None = None,
) -> list[GazetteerEntry]:
    """Organisations the text names in full with an institution head ("the Export-Import Bank
    of Korea", "the Yarmouk Water Company") that the gazetteer does not know; a body that is
    the state itself ("the Central Bank of Egypt") is left out."""
    if not heads:
        return []
    found: list[GazetteerEntry] = []
    for match in _matches(
        _named_pattern(heads), text, _windows(text, tokens, heads, 90, 50, positions)
    ):
        name = _LEADING.sub("", match.group("name")).strip()
        if len(name.split()) < 2 or name.startswith(state_bodies) or _POSSESSIVE_WORD.search(name):
            continue  # "Egypt's Extended Fund" is no name
        if gazetteer.lookup(name) or any(e.alias == name for e in found):
            continue
        mentions = find_mentions(tokenize(name), name, gazetteer)
        if any(m.start == 0 and m.end == len(name) for m in mentions):
            continue
        country = _country_in(name, gazetteer)
        found.append(GazetteerEntry(name, name, ActorKind.ORGANIZATION, AliasKind.NAME, country))
    return found


def _owner_state(words: str, gazetteer: Gazetteer) -> str | None:
    """The state a possessive or adjective names ("Russia", "Norwegian", "Abu Dhabi")."""
    for entry in gazetteer.lookup(words.strip()):
        if entry.kind is ActorKind.STATE:
            return entry.actor
    return None


def back_references(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions with "the Bank", "the fund", "the bloc" added where they refer back to an
    organisation named before (``back_references`` in ``context.yaml``)."""
    table = doc.lexicon.context.back_references
    tokens = doc.tokens
    added: list[Mention] = []
    lower = doc.lower or [t.text.lower() for t in tokens]
    if not any(word in table for word in lower):
        return mentions
    k = 0
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    for i in range(1, len(tokens)):
        wanted = table.get(lower[i])
        if wanted is None or lower[i - 1] != "the" or i in covered:
            continue
        nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if is_capitalized(nxt) or nxt in HYPHENS:
            continue  # "the Bank of Korea", "the fund-raising"
        while k < len(mentions) and mentions[k].start < tokens[i].start:
            k += 1
        target = _referent(doc, mentions, k, wanted)
        if target is not None:
            added.append(_mention(tokens, doc.text, i, 1, target.entry))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def _referent(
    doc: Document, mentions: list[Mention], k: int, wanted: tuple[str, ...]
) -> Mention | None:
    """The last organisation named before mention ``k`` that a back reference fits."""
    for j in range(k - 1, -1, -1):
        m = mentions[j]
        if m.kind is not ActorKind.ORGANIZATION:
            continue
        if wanted:
            if any(word in m.actor.split() for word in wanted):
                return m
        elif m.entry.country_iso3 is None or m.alias_kind is AliasKind.CAPITAL:
            return m  # an international body, not a national one
    return None


def small_index(entries: list[GazetteerEntry]) -> dict[str, list[IndexEntry]]:
    """A token index like the gazetteer's, for a few entries."""
    index: dict[str, list[IndexEntry]] = {}
    for entry in entries:
        key = token_key(entry.alias)
        if key:
            index.setdefault(key[0], []).append((key, (entry,)))
    return index


@cache
def _possessive_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    head = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    word = r"[A-Z][\w&-]*"
    return re.compile(
        rf"(?P<owner>{_OWNER_WORDS})['\u2019]s[ \t]+"
        rf"(?P<name>(?:{word}[ \t]+){{0,3}}(?:{head}))\b(?![ \t]+(?:of|for)[ \t]+[A-Z])"
    )


def _owned_by(words: list[str], owner: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The organisation of state ``owner`` that ``words`` name: its full name holds every word
    ("Export-Import Bank" of "Export-Import Bank of STATE") or one of its aliases is among them
    ("KfW" in "KfW Development Bank")."""
    wanted = {w.lower() for w in words}
    for entry in gazetteer:
        if entry.kind is not ActorKind.ORGANIZATION or entry.country_iso3 != owner:
            continue
        name_words = {w.lower() for w in entry.actor.split()}
        if wanted <= name_words or entry.alias in words:
            return entry
    return None


def possessive_bodies(
    text: str,
    gazetteer: Gazetteer,
    heads: frozenset[str],
    state_bodies: tuple[str, ...],
    tokens: list[Token] | None = None,
    positions: dict[str, list[int]] | None = None,
) -> list[Described]:
    """Organisations named with their state in the possessive ("STATE's Export-Import Bank",
    "STATE's KfW Development Bank"): the words read as the state's organisation that they
    name, when the gazetteer has one; a body that is the state itself ("STATE's Central Bank")
    is left out. The owner's start is kept so that the state is not read as a side."""
    if not heads:
        return []
    found: list[Described] = []
    for match in _matches(
        _possessive_pattern(heads), text, _windows(text, tokens, heads, 90, 4, positions)
    ):
        name = match.group("name")
        if name.startswith(state_bodies):
            continue
        owner = _owner_state(match.group("owner"), gazetteer)
        if owner is None:
            continue
        entry = _owned_by(name.split(), owner, gazetteer)
        if entry is None:
            continue
        alias = GazetteerEntry(name, entry.actor, entry.kind, AliasKind.SHORT, owner)
        found.append(Described(alias, match.start("owner")))
    return found
