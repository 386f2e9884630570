"""The normal form of an article's text and its content hash."""

from __future__ import annotations

import hashlib
import unicodedata


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
