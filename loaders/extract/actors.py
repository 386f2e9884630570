"""Finding the states, organisations, programmes, places and known people a text names.

Matching walks the tokens once and looks each one up in the gazetteer's token index (longest
alias first), so it costs a few dictionary look-ups per word whatever the size of the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Mention:
    """One place in the text that names an actor (or a place)."""

    start: int
    end: int
    text: str
    entry: GazetteerEntry
    tok_start: int  # index of the first token in the document's token list
    tok_end: int  # one past the last token
    possessive: bool  # followed by 's
    compound: bool  # joined by a hyphen to another name (Indo-Russian, US-backed)

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
) -> list[Mention]:
    """Every gazetteer alias in ``tokens`` (longest match, no overlaps), in text order.

    ``extra`` is an index of names the text itself defines (organisations with acronyms)."""
    index = gazetteer.index()
    mentions: list[Mention] = []
    count = len(tokens)
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
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        entry=entry,
        tok_start=i,
        tok_end=after,
        possessive=possessive,
        compound=joined_left or joined_right,
    )


_DEFINED = re.compile(
    r"(?P<name>[A-Z][\w\u2019'&-]*(?:[ \t]+(?:[A-Z][\w\u2019'&-]*|of|for|and|the|de|du|des|la))*)"
    r"(?:[ \t]*\([ \t]*(?P<paren>[A-Z][A-Za-z]{1,7})[ \t]*\)"
    r"|,[ \t]+known[ \t]+as[ \t]+(?P<known>[A-Z][A-Za-z]{1,7})\b)"
)
_OWNER = re.compile(r"^.*?\b(?:of|for)[ \t]+the[ \t]+|^[\w-]+[\u2019']s[ \t]+")
_LEADING = re.compile(r"^(?:(?:The|A|An|In|On|At|By|For|From|With|And|But)\s+)+")


def defined_organizations(
    text: str, gazetteer: Gazetteer, heads: frozenset[str]
) -> list[GazetteerEntry]:
    """Organisations the text names with an acronym that the gazetteer does not know."""
    found: list[GazetteerEntry] = []
    seen: set[str] = set()
    for match in _DEFINED.finditer(text):
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


def small_index(entries: list[GazetteerEntry]) -> dict[str, list[IndexEntry]]:
    """A token index like the gazetteer's, for a few entries."""
    index: dict[str, list[IndexEntry]] = {}
    for entry in entries:
        key = token_key(entry.alias)
        if key:
            index.setdefault(key[0], []).append((key, (entry,)))
    return index
