"""The extractor: article text in, :class:`~entente.loaders.factfile.FactBundle` out.

``extract`` is pure: it reads only the shipped word lists and seed gazetteer (once, cached) and
the arguments it is given. Steps: tokens and sentences, actor mentions, people, dates and
amounts, then each fact family (meetings, agreements, aid flows, statements) and the bundle.
"""

from __future__ import annotations

import datetime as dt

from entente.loaders.extract.actors import defined_organizations, find_mentions, small_index
from entente.loaders.extract.document import Document, Sentence
from entente.loaders.extract.lexicon import lexicon
from entente.loaders.extract.people import find_people
from entente.loaders.extract.sentences import split_sentences
from entente.loaders.extract.tokens import tokenize
from entente.loaders.factfile import FactBundle
from entente.loaders.gazetteer import Gazetteer


def build_document(
    text: str, *, published: dt.date | None = None, gazetteer: Gazetteer | None = None
) -> Document:
    """Cut ``text`` into sentences and find the actors and people in it."""
    gaz = gazetteer if gazetteer is not None else Gazetteer.from_seeds()
    lex = lexicon()
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
    defined = defined_organizations(text, gaz, lex.context.organization_heads)
    doc.defined = {e.actor: e for e in defined}
    mentions = find_mentions(tokens, text, gaz, small_index(defined) if defined else None)
    m = 0
    for sentence in sentences:
        while m < len(mentions) and mentions[m].start < sentence.start:
            m += 1
        while m < len(mentions) and mentions[m].end <= sentence.end:
            sentence.mentions.append(mentions[m])
            m += 1
    find_people(doc)
    return doc


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
