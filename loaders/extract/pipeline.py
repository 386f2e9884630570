"""The extractor: article text in, :class:`~entente.loaders.factfile.FactBundle` out.

``extract`` is pure: it reads only the shipped word lists and seed gazetteer (once, cached) and
the arguments it is given. Steps: tokens and sentences, actor mentions, people, dates and
amounts, then each fact family (meetings, agreements, aid flows, statements, relations) and
the bundle.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import cache

from entente.loaders.extract.actors import (
    DEFINITION_TRIGGERS,
    Mention,
    back_references,
    defined_organizations,
    described_organizations,
    find_mentions,
    named_organizations,
    office_bodies,
    possessive_bodies,
    small_index,
    token_positions,
)
from entente.loaders.extract.document import Document, Sentence
from entente.loaders.extract.lexicon import Lexicon, lexicon
from entente.loaders.extract.people import find_people
from entente.loaders.extract.sentences import split_sentences
from entente.loaders.extract.tokens import Token, normalized, tokenize
from entente.loaders.factfile import FactBundle
from entente.loaders.gazetteer import Gazetteer, GazetteerEntry, IndexEntry
from entente.models.vocab import ActorKind, AliasKind


def build_document(
    text: str, *, published: dt.date | None = None, gazetteer: Gazetteer | None = None
) -> Document:
    """Cut ``text`` into sentences and find the actors and people in it."""
    gaz = gazetteer if gazetteer is not None else Gazetteer.from_seeds()
    lex = lexicon()
    if "</" in text:
        text = _BOILERPLATE.sub(_blank, text)
    tokens = tokenize(text)
    sentences: list[Sentence] = []
    k = 0
    for number, span in enumerate(split_sentences(text)):
        while k < len(tokens) and tokens[k].start < span.start:
            k += 1
        first = k
        while k < len(tokens) and tokens[k].end <= span.end:
            k += 1
        sentences.append(
            Sentence(
                number,
                span.start,
                span.end,
                text[span.start : span.end],
                first,
                k,
                dateline=span.dateline,
            )
        )
    doc = Document(text, published, gaz, lex, tokens, sentences)
    doc.words = normalized(tokens)
    doc.lower = [w.lower() for w in doc.words]
    ctx = lex.context
    at = token_positions(tokens, _triggers(lex))
    defined = defined_organizations(text, gaz, ctx.organization_heads, tokens, at)
    described = described_organizations(
        text, gaz, ctx.organization_descriptors, _title_stops(lex), tokens, at
    )
    known = {e.actor for e in defined}
    defined += [d.entry for d in described if d.entry.actor not in known]
    known = {e.actor for e in defined}
    defined += [
        e
        for e in office_bodies(text, gaz, lex.roles.heads, ctx.office_body_heads, tokens, at)
        if e.actor not in known
    ]
    owned = possessive_bodies(text, gaz, ctx.organization_heads, ctx.state_body_starts, tokens, at)
    defined += [d.entry for d in owned]
    known = {d.actor for d in defined}
    defined += [
        e
        for e in named_organizations(
            text, gaz, ctx.organization_heads, ctx.state_body_starts, tokens, at
        )
        if e.actor not in known and not any(e.actor in k or k in e.actor for k in known)
    ]
    doc.defined = {e.actor: e for e in defined}
    index = small_index(defined) if defined else None
    mentions = find_mentions(tokens, text, gaz, index, doc.words)
    shared = _shared_forms(lex, mentions)
    if shared:
        index = small_index([*defined, *shared])
        mentions = find_mentions(tokens, text, gaz, index, doc.words)
    dateline = next((x for x in sentences if x.dateline), None)
    if dateline is not None:
        mentions = [
            *(x for x in mentions if x.end <= dateline.start),
            *_dateline_mentions(doc, dateline, index),
            *(x for x in mentions if x.start >= dateline.end),
        ]
    mentions = back_references(doc, mentions)
    owners = {d.owner_start for d in (*described, *owned)}
    owners |= _owners_of_organizations(mentions)
    m = 0
    for sentence in sentences:
        while m < len(mentions) and mentions[m].start < sentence.start:
            m += 1
        while m < len(mentions) and mentions[m].end <= sentence.end:
            mention = mentions[m]
            sentence.mentions.append(mention)
            if mention.start in owners:
                sentence.role_mentions.add(mention.tok_start)  # "Russia's" corporation X
            m += 1
    find_people(doc)
    return doc


def _shared_forms(lex: Lexicon, mentions: list[Mention]) -> list[GazetteerEntry]:
    """Forms two states share ("Congo"), each read as the one state of them the article names
    in an unambiguous way, when it names only one."""
    if not lex.context.ambiguous_states:
        return []
    named = {m.actor for m in mentions if m.kind is ActorKind.STATE}
    found = []
    for alias, kind, states in lex.context.ambiguous_states:
        present = [code for code in states if code in named]
        if len(present) == 1:
            code = present[0]
            found.append(GazetteerEntry(alias, code, ActorKind.STATE, AliasKind(kind), code))
    return found


# A web page's navigation, related links, footer and head: no part of the article. Blanked
# with spaces (offsets hold, so every quote is still a substring of the page).
_BOILERPLATE = re.compile(
    r"<(nav|aside|footer|header|head|script|style|noscript|form)\b[^>]*>.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group())


def _owners_of_organizations(mentions: list[Mention]) -> set[int]:
    """Starts of states named in the possessive right before an organisation of theirs
    ("STATE's BODY"): the state owns the body and is not a side of its own."""
    starts: set[int] = set()
    for here, after in itertools.pairwise(mentions):
        if (
            here.kind is ActorKind.STATE
            and here.possessive
            and after.kind is ActorKind.ORGANIZATION
            and after.entry.country_iso3 == here.actor
            and after.start - here.end <= 3
        ):
            starts.add(here.start)
    return starts


def _triggers(lex: Lexicon) -> frozenset[str]:
    """Every token text near which an organisation finder looks."""
    ctx = lex.context
    return _union(
        ctx.organization_heads,
        ctx.organization_descriptors,
        ctx.office_body_heads,
        DEFINITION_TRIGGERS,
    )


@cache
def _union(*sets: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*sets)


def _title_stops(lex: Lexicon) -> frozenset[str]:
    """Words that end an organisation's name when a title follows it."""
    return _stops(lex.title_words, lex.roles.heads)


@cache
def _stops(title_words: frozenset[str], heads: frozenset[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in title_words) | heads


def _dateline_mentions(
    doc: Document, dateline: Sentence, index: dict[str, list[IndexEntry]] | None = None
) -> list[Mention]:
    """Mentions in a dateline, whose place names are often in capitals ("PORT SUDAN")."""
    start, end = dateline.start, dateline.end
    head = doc.text[start:end]
    # each all-capital word written as a name, same length, so the offsets hold
    cased = re.sub(r"[A-Z]{2,}", lambda w: w.group()[0] + w.group()[1:].lower(), head)
    text = doc.text[:start] + cased + doc.text[end:]
    first = dateline.tok_start
    tokens = [
        Token(text[t.start : t.end], t.start, t.end) for t in doc.tokens[first : dateline.tok_end]
    ]
    found = find_mentions(tokens, text, doc.gazetteer, index)
    return [
        Mention(x.start, x.end, doc.text[x.start : x.end], x.entry, x.tok_start + first,
                x.tok_end + first, x.possessive, x.compound, x.attribute)
        for x in found
    ]  # fmt: skip


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    url: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
) -> FactBundle:
    """The facts an article states, as a bundle whose evidence quotes the article."""
    from entente.loaders.extract.bundle import assemble
    from entente.loaders.extract.spans import attach_dates_and_money

    # the bundle's source keeps the text stripped, and evidence offsets must point into it
    doc = build_document(text.strip(), published=published, gazetteer=gazetteer)
    attach_dates_and_money(doc)
    return assemble(doc, url=url, title=title, publisher=publisher)
