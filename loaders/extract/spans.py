"""Dates and amounts of money, found once over the whole text and shared out to the sentences.

Dates come from :mod:`entente.loaders.dates` (relative ones resolved against the publication
date) and amounts from :mod:`entente.loaders.money`; the dateline's own date is left out, since it
is when the story was filed, not when anything in it happened.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from entente.loaders.extract.document import Document, Sentence
from entente.models.vocab import ActorKind

if TYPE_CHECKING:
    from entente.loaders.money import MoneySpan

# An amount written with a symbol or an ISO code says its currency; only words may be ambiguous.
_EXPLICIT = re.compile(r"[$€£¥₹]|\b(?!CFA\b)[A-Z]{3}\b")  # "CFA francs" may be XOF or XAF


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_S = TypeVar("_S", bound=_Spanned)


def _share(items: Sequence[_S], sentences: list[Sentence]) -> list[list[_S]]:
    """Each sentence's items (by start offset), items in order."""
    out: list[list[_S]] = [[] for _ in sentences]
    k = 0
    for number, sentence in enumerate(sentences):
        while k < len(items) and items[k].start < sentence.start:
            k += 1
        while k < len(items) and items[k].start < sentence.end:
            out[number].append(items[k])
            k += 1
    return out


def attach_dates_and_money(doc: Document) -> None:
    """Fill each sentence's ``dates``, ``money`` and ``vague`` amounts.

    Raises :class:`entente.loaders.dates.RelativeDateError` when the text has a relative date
    ("on Monday") that a fact needs and no publication date was given.
    """
    from entente.loaders.dates import find_dates
    from entente.loaders.money import find_money, find_vague_amounts

    # Without a publication date, strict mode raises RelativeDateError at the first relative
    # date rather than guessing what "on Monday" means.
    dates = sorted(
        find_dates(doc.text, published=doc.published, strict=doc.published is None),
        key=lambda d: d.start,
    )
    money = sorted(find_money(doc.text), key=lambda m: m.start)
    vague = sorted(find_vague_amounts(doc.text), key=lambda m: m.start)
    for sentence, found in zip(doc.sentences, _share(dates, doc.sentences), strict=True):
        if not sentence.dateline:
            sentence.dates = [d for d in found if d.span is not None]
    order: list[str] = []  # the states the article names, most named first (filled on need)
    for sentence, found_money in zip(doc.sentences, _share(money, doc.sentences), strict=True):
        sentence.money = [_local_currency(doc, sentence, m, order) for m in found_money]
        if found_money:
            # "US$" and "A$" are currencies here, not mentions of a state
            sentence.mentions = [
                m
                for m in sentence.mentions
                if not any(x.start <= m.start < x.end for x in found_money)
            ]
    for sentence, found_vague in zip(doc.sentences, _share(vague, doc.sentences), strict=True):
        # a vague amount with a currency ("billions of dollars") is already among the amounts
        sentence.vague_money = [
            v
            for v in found_vague
            if not any(m.start < v.end and v.start < m.end for m in sentence.money)
        ]


def _local_currency(doc: Document, s: Sentence, span: MoneySpan, order: list[str]) -> MoneySpan:
    """Read an amount in words ("50 million riyals", "Rs 10 billion") in the currency of the
    states the sentence (else the article) names, when that currency is one the word allows.
    ``order`` caches the article's states, most named first."""
    from entente.loaders.money import find_money

    if _EXPLICIT.search(span.money.text):
        return span
    currencies = doc.lexicon.state_currencies
    ordered = [m.actor for m in s.mentions if m.kind is ActorKind.STATE]
    if not order:
        counts = Counter(
            m.actor for other in doc.sentences for m in other.mentions if m.kind is ActorKind.STATE
        )
        order.extend(code for code, _ in counts.most_common())
    ordered += order
    for iso3 in dict.fromkeys(ordered):
        code = currencies.get(iso3)
        if code is None:
            continue
        if code == span.money.currency:
            return span
        again = find_money(span.money.text, default_currency=code)
        if again and again[0].money.currency == code:
            return type(span)(span.start, span.end, again[0].money)
    return span
