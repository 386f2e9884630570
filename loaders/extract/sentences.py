"""Sentence splitting by rule: stops, question and exclamation marks, and line breaks.

A full stop after a listed abbreviation (``Mr.``, ``Gen.``, ``Jan.``) or inside a dotted short
form (``U.S.``) does not end a sentence.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from entente.loaders.extract.lexicon import lexicon

_BOUNDARY = re.compile(r"[.!?]+[\"'”\u2019)\]]*(?=\s+[\"'“\u2018(\[]?[A-Z0-9])|\n\s*")


# A wire-style dateline before the first sentence: "MANILA, March 5 (Harbour Wire) - ".
# Also "KYIV/MOSCOW, March 5 (Wire) - ", "Nairobi, Kenya — ", "Addis Ababa, 5 March 2025 (ENA) - ".
_DATELINE = re.compile(
    r"\s*[A-Z][\w.'\u2019/-]*(?:[ \t]+[A-Z][\w.'\u2019/-]*){0,3}"
    r"(?:,[ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2})?"
    r"(?:,\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9})(?:,?\s+\d{4})?)?"
    r"\s*(?:\([^)\n]{1,60}\))?\s*(?:--|[-\u2013—])\s+"
)


_DATELINE_LINES = 2
_DATE_LINES = 4
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_LINE = re.compile(
    rf"(?:[A-Z][\w.'\u2019 -]{{1,40}},\s*|Updated:?\s+|Published:?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}(?:,?\s+\d{{1,2}}[:.]\d{{2}})?"
)


class SentenceSpan(NamedTuple):
    """Where one sentence sits in the text (stripped of surrounding blanks)."""

    start: int
    end: int
    dateline: bool = False


def split_sentences(text: str) -> list[SentenceSpan]:
    """The sentences of ``text`` as offsets into it, in order."""
    abbreviations = lexicon().abbreviations
    spans: list[SentenceSpan] = []
    begin = 0
    # the dateline opens the first line that has words, or the one after a headline line
    for line in itertools.islice(re.finditer(r"[^\n]*\S[^\n]*", text), _DATELINE_LINES):
        dateline = _DATELINE.match(text, line.start(), line.end())
        if dateline and dateline.end() < line.end():
            spans.extend(_split(text[: line.start()], 0, abbreviations))
            raw = dateline.group()
            start = dateline.start() + len(raw) - len(raw.lstrip())
            spans.append(SentenceSpan(start, dateline.start() + len(raw.rstrip()), True))
            begin = dateline.end()
            break
    spans.extend(_split(text[begin:], begin, abbreviations))
    if not any(span.dateline for span in spans):
        # a place and date, or a date, on a line of its own near the top ("Santiago, 7 October
        # 2026", "Updated 17 June 2026, 17:40"): the dateline of a release or a live page
        for number, span in enumerate(spans[:_DATE_LINES]):
            if _DATE_LINE.fullmatch(text, span.start, span.end):
                spans[number] = span._replace(dateline=True)
                break
    return spans


def _split(text: str, offset: int, abbreviations: frozenset[str]) -> list[SentenceSpan]:
    spans: list[SentenceSpan] = []
    begin = 0
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith("."):
            word = _last_word(text, max(begin, match.start() - 40), match.start())
            if word and (word in abbreviations or "." in word):
                continue
            if len(word) == 1 and word.isupper():
                continue  # an initial, as in "Lyndon B. Johnson"
        end = match.end() if not match.group().startswith("\n") else match.start()
        _add(text, begin, end, offset, spans)
        begin = match.end()
    _add(text, begin, len(text), offset, spans)
    return spans


def _last_word(text: str, floor: int, end: int) -> str:
    """The word (with inner dots, as in "U.S") that ends right before ``end``."""
    k = end
    while k > floor and (text[k - 1].isalnum() or text[k - 1] in "._"):
        k -= 1
    word = text[k:end].strip(".")
    return word if word and (word[0].isalnum() or word[0] == "_") else ""


def _add(text: str, start: int, end: int, offset: int, spans: list[SentenceSpan]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(SentenceSpan(start + offset, end + offset))
