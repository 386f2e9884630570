"""The working state of one extraction: the text cut into sentences, with what each holds.

The pipeline fills a :class:`Document` step by step (tokens, sentences, actor mentions,
people, dates, amounts) and the fact finders read it; it never leaves the extract package.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from entente.loaders.extract.actors import Mention
from entente.loaders.extract.lexicon import Lexicon, PhraseHit, PhraseSet, find_all
from entente.loaders.extract.tokens import Token
from entente.loaders.gazetteer import Gazetteer, GazetteerEntry
from entente.models.vocab import ActorKind

if TYPE_CHECKING:
    from entente.loaders.dates import DateMatch
    from entente.loaders.money import MoneySpan


@dataclass(eq=False)
class Person:
    """A person the text names, with what it says of their office."""

    name: str
    country: str | None = None
    titles: list[tuple[str, str | None]] = field(default_factory=list)  # (title, of)
    first_start: int = 0
    known: bool = False
    sentence: int | None = None  # index of the sentence that introduces the person
    named: bool = False  # the text names the person (not only "the president")
    # "A and Defence Minister B": B is A's compatriot when nothing else says B's state
    compatriot: Person | None = None

    @property
    def title(self) -> str | None:
        """The first title the text gives."""
        return self.titles[0][0] if self.titles else None

    def add_title(self, title: str, of: str | None) -> None:
        """Record a title (once); a title without ``of`` takes the person's country later."""
        for i, (have, have_of) in enumerate(self.titles):
            if have == title:
                if have_of is None and of is not None:
                    self.titles[i] = (title, of)
                return
        self.titles.append((title, of))


class PersonRef(NamedTuple):
    """A place in the text that refers to a person (full name, surname, title or pronoun)."""

    start: int
    end: int
    person: Person
    how: str  # "name", "title+name", "surname", "title", "counterpart"


@dataclass(eq=False)
class Sentence:
    """One sentence and everything found inside it."""

    index: int
    start: int
    end: int
    text: str
    tok_start: int
    tok_end: int
    mentions: list[Mention] = field(default_factory=list)
    people: list[PersonRef] = field(default_factory=list)
    dates: list[DateMatch] = field(default_factory=list)
    money: list[MoneySpan] = field(default_factory=list)
    vague_money: list[MoneySpan] = field(default_factory=list)
    dateline: bool = False
    # values derived from the sentence once (sides by kind of reading, clause breaks)
    side_cache: dict[Any, list[Any]] = field(default_factory=dict, repr=False)
    # mentions that only say whose office a title is ("Chinese" in "Chinese Foreign Minister")
    role_mentions: set[int] = field(default_factory=set)
    # mentions that say what an office is for ("Jordan" in "ambassador to Jordan"): no side
    # there, but a clue to where the people around them come from
    office_targets: set[int] = field(default_factory=set)

    def local(self, offset: int) -> int:
        """A document offset made relative to the sentence."""
        return offset - self.start


@dataclass
class Document:
    """The text under extraction and what has been found in it so far."""

    text: str
    published: dt.date | None
    gazetteer: Gazetteer
    lexicon: Lexicon
    tokens: list[Token]
    sentences: list[Sentence]
    persons: dict[str, Person] = field(default_factory=dict)
    # organisations the text defines with an acronym, by name
    defined: dict[str, GazetteerEntry] = field(default_factory=dict)
    _hits: list[tuple[list[int], list[PhraseHit]]] = field(default_factory=list, repr=False)
    # the token texts with apostrophes and dashes made plain, and the same in lower case
    words: list[str] = field(default_factory=list, repr=False)
    lower: list[str] = field(default_factory=list, repr=False)
    # values the finders derive from the whole document once (state counts, ...)
    derived: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def find(self, phrases: PhraseSet, start: int, end: int) -> list[PhraseHit]:
        """The hits of a phrase list that start within ``start:end`` (the whole text is
        searched once per list and the hits kept, so many small look-ups stay cheap)."""
        if phrases.number >= len(self._hits):
            self._hits = [
                ([h.start for h in hits], hits)
                for hits in find_all(self.text, self.tokens, self.lower or None)
            ]
        starts, hits = self._hits[phrases.number]
        return hits[bisect_left(starts, start) : bisect_left(starts, end)]

    def sides(self, sentence: Sentence) -> list[str]:
        """States and bodies a sentence names (persons by the state they serve), in order."""
        found: list[tuple[int, str]] = []
        for m in sentence.mentions:
            if m.side is not None and m.kind is not ActorKind.PERSON:
                found.append((m.start, m.side))
        for ref in sentence.people:
            if ref.person.country:
                found.append((ref.start, ref.person.country))
        found.sort()
        return list(dict.fromkeys(side for _, side in found))


def is_headline(doc: Document, s: Sentence) -> bool:
    """Whether a sentence is the article's headline: the first line, with no closing stop,
    set off by a blank line. Its facts are restated, in full, in the body."""
    if s.index != 0 or s.text.rstrip().endswith((".", "!", "?", '"', "\u201d")):
        return False
    return doc.text.startswith("\n\n", s.end) or doc.text.startswith("\r\n\r\n", s.end)
