"""Whether a fact happened: planned, pledged, denied or hypothetical, from the words around it;
and which lines state no facts of their own (title lines above the body, editor's notes)."""

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


# An editor's note on the story itself ("(Corrects paragraph 3 to show ...)", "(Updates with
# ...)"): it quotes the withdrawn wording, so nothing in it is a fact.
_EDITOR_NOTE = re.compile(
    r"\(?\s*(?:corrects|correction|corrected|updates|adds|recasts|refiles|clarifies|"
    r"fixes|removes|changes)\b[^)]{0,400}\)?\s*$",
    re.IGNORECASE,
)
_STOP_AT_END = re.compile(r"[.!?\"\u201d]\s*$")


_NOTE_LABEL = re.compile(
    r"\s*(?:correction|clarification|editor['\u2019]s\s+note)\s*[:\-\u2013\u2014]", re.IGNORECASE
)


def is_editor_note(s: Sentence) -> bool:
    """Whether a sentence is an editor's note on the story ("(Corrects paragraph 3 ...)",
    "Correction: an earlier version of this story said ...")."""
    text = s.text.lstrip()
    if _NOTE_LABEL.match(text):
        return True
    return text.startswith("(") and _EDITOR_NOTE.match(text) is not None


# The dateline that opens an item of a news-in-brief page: "SHANGHAI - ", "ACCRA, May 4 (X) - ".
_ITEM_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,30}(?:,[^\n]{0,40}?)?\s+[-\u2013\u2014]\s")


def is_brief_headline(doc: Document, s: Sentence) -> bool:
    """Whether a sentence is an item's headline inside a news-in-brief page: a whole line with
    no closing stop, and the next paragraph opens with a dateline."""
    if s.start > 0 and doc.text[s.start - 1] not in "\n\r":
        return False
    if not doc.text.startswith(("\n", "\r"), s.end) or s.index + 1 >= len(doc.sentences):
        return False
    return _ITEM_DATELINE.match(doc.sentences[s.index + 1].text) is not None


def is_title_line(doc: Document, s: Sentence) -> bool:
    """Whether a sentence is a headline, kicker or page title above the body: a whole line with
    no closing stop, before any sentence that has one ("PRESS RELEASE" / headline / dateline,
    or a web page's title line). Its facts are told again, in full, in the body."""
    if _STOP_AT_END.search(s.text):
        return False
    if is_brief_headline(doc, s):
        return True
    if s.index > 6:
        return False
    if s.start > 0 and doc.text[s.start - 1] not in "\n\r":
        return False
    if not doc.text.startswith(("\n", "\r"), s.end) or s.index + 1 >= len(doc.sentences):
        return False
    return not any(_STOP_AT_END.search(o.text) for o in doc.sentences[: s.index])
