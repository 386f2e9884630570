"""Whether a fact happened: planned, pledged, denied or hypothetical, from the words around it."""

from __future__ import annotations

import re

from entente.loaders.extract.document import Document, Sentence
from entente.models.vocab import Modality

_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|though|and\s+(?=\w+ed\b))\s")
_WINDOW = 60  # characters before a trigger where "will", "could" and the like count


def clause_bounds(doc: Document, s: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence that holds ``start:end`` (split at ; : and ", but")."""
    breaks = s.side_cache.get("breaks")
    if breaks is None:
        breaks = [m.span() for m in _CLAUSE_BREAK.finditer(doc.text, s.start, s.end)]
        s.side_cache["breaks"] = breaks
    left, right = s.start, s.end
    for b_start, b_end in breaks:
        if b_end <= start:
            left = b_end
        elif b_start >= end:
            right = b_start
            break
    return left, right


def clause_modality(
    doc: Document, s: Sentence, start: int, end: int, *, ignore: frozenset[str] = frozenset()
) -> Modality:
    """The modality of a fact whose trigger word sits at ``start:end`` in sentence ``s``;
    marker words in ``ignore`` do not count."""
    words = doc.lexicon.modality
    for hit in doc.find(words, s.start, s.end):
        if hit.label == "denied":
            return Modality.DENIED
    left, right = clause_bounds(doc, s, start, end)
    before_from = max(left, start - _WINDOW)
    found: Modality | None = None
    for hit in doc.find(words, before_from, end):
        if hit.end > end or hit.text.lower() in ignore:
            continue
        if hit.label == "planned":
            found = Modality.PLANNED
        elif hit.label == "pledged":
            found = found or Modality.PLEDGED
        elif hit.label == "hypothetical" and found is None:
            found = Modality.HYPOTHETICAL
    if doc.find(doc.lexicon.hypothetical_anywhere, left, right):
        return Modality.HYPOTHETICAL
    if found is not None:
        return found
    if doc.find(doc.lexicon.planned_time, left, right):
        return Modality.PLANNED
    return Modality.ASSERTED
