"""The normal form of an article's text, its content hash, and helpers for scanning it by offset."""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Protocol, TypeVar


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no trailing spaces on lines, no blank lines at either end.

    Evidence offsets refer to this form, and the content hash is taken of it, so the same article
    saved with other line endings or trailing spaces loads once.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def sha256_hex(text: str) -> str:
    """SHA-256 of the UTF-8 bytes of ``text``, as 64 hex digits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def lower_keeping_offsets(text: str) -> str:
    """A lower-cased copy of ``text`` whose offsets are those of ``text`` (a character whose lower
    case is longer, such as "\u0130", is left as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


SpanT = TypeVar("SpanT", bound=_Span)


def non_overlapping(found: list[SpanT]) -> list[SpanT]:
    """The earliest, then longest, spans that do not overlap, in text order (sorts ``found``)."""
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[SpanT] = []
    for f in found:
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    return kept
