"""Word tokens with their character offsets, shared by the gazetteer index and the extractor.

Hyphens and apostrophes are tokens of their own, so ``Indo-Russian`` is three tokens and
``Kenya's`` is ``Kenya`` + ``'`` + ``s``; dotted abbreviations (``U.S.``) stay whole.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"(?:\w+\.){2,}|\w+|[^\w\s]")
APOSTROPHES = frozenset("'\u2019`")
HYPHENS = frozenset("-\u2010\u2011\u2013")
_NORMAL = {**{a: "'" for a in APOSTROPHES}, **{h: "-" for h in HYPHENS}}


class Token(NamedTuple):
    """One token: its text and where it sits in the source."""

    text: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens; offsets are shifted by ``offset``."""
    if offset:
        return [
            Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)
        ]
    new = tuple.__new__
    return [new(Token, (m.group(), *m.span())) for m in _TOKEN.finditer(text)]


def normalized(tokens: list[Token]) -> list[str]:
    """The token texts with apostrophes and dashes made plain (as :func:`norm`), all at once."""
    table = _NORMAL
    return [table.get(t[0], t[0]) for t in tokens]


def norm(word: str) -> str:
    """A token text with curly apostrophes and dash variants made plain, for look-ups."""
    if word in APOSTROPHES:
        return "'"
    if word in HYPHENS:
        return "-"
    return word


def token_key(text: str) -> tuple[str, ...]:
    """The normalised token texts of a phrase, as used for dictionary look-ups."""
    return tuple(norm(m.group()) for m in _TOKEN.finditer(text))


def is_capitalized(word: str) -> bool:
    """Whether a word starts with an upper-case letter."""
    return bool(word) and word[0].isupper()
