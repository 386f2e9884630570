"""Aid flows: money a donor gives, lends, invests, releases, pledges or freezes for a recipient.

Each amount found by :mod:`entente.loaders.money` in a sentence that also has aid words
(``aid.yaml``: a status verb or a flow-type noun) is a flow; a figureless amount ("billions of
Chinese investment") needs a verb of giving or "worth". Not aid: payments for something ("in
return for", a price paid "for" goods), a recipient's own money, the cost of a project, an
amount restated or converted, a stock or statistic ("owes", "fell to", "reserves"), a running
total ("bringing total disbursements to", "has so far disbursed"), a change ("cut by", "to $8bn
from $3bn"), what a state needs, money "to the continent", a standing yearly flow told as
background, and private money (a company as the subject). Money with no recipient is dropped.

Each amount is read in its own stretch of the sentence (between its neighbours and the clauses
they open). The donor is the side named with "from", "by" (or "with" a lender), else the
subject before the verb, never a channel ("through JICA") nor whose office a title is; failing
all that, the state whose own currency the amount is in, or the donor of earlier money to the
same recipient, or the lender the sentences just before name (an IMF review, then "allows the
authorities to draw SDR 312 million"). A state's financing body that gives the news ("..., the
Qatar Fund for Development said") is the donor; a body between an amount and its noun ("a $7
billion IMF programme") gives it. The recipient is the side after "to", "for", "into", "with"
or "in", the state helped ("to help X"), whose programme or central bank it is ("the review of
X's programme"), X in "Y is X's largest donor", or the subject of "received". Amounts later in
a sentence share the donor of the first unless their clause names its own; a total followed by
its parts gives the parts; "X and Y each pledged" gives one flow per donor; money with no
figure is read from "built with X funding", "loans from X that financed" and "X and Y will each
take stakes". A sentence on the money just told may name its source ("The loan comes from X",
"The grants will be provided by X", "The loans will be channelled through STATE's X Fund": a
lender of the donor's own state, not a programme or agency), unless X is a fund the lender
manages. Not flows either: instalments of a loan already told ("in two tranches: ..."), a
summary figure a later conversion restates, a lender's tally "Since 1972, the Bank has
committed ...", rescheduled debt and portfolios; title lines above the body and editor's notes
are skipped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from entente.loaders.extract.context import SideSpan, is_possessive_at, side_spans
from entente.loaders.extract.document import Document, Sentence, is_headline
from entente.loaders.extract.lexicon import PhraseHit
from entente.loaders.extract.modality import (
    clause_bounds,
    clause_modality,
    is_brief_headline,
    is_editor_note,
    is_title_line,
)
from entente.models.vocab import ActorKind, FlowStatus, FlowType, Modality

# Patterns used inside the functions below, compiled once.
_NAME_THEN_NOUN = re.compile(r"\s+((?:[A-Z][\w'\u2019-]*\s+){0,4})([a-z]+)")
_THE_BEFORE = re.compile(r"\bthe\s+$")
_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w'\u2019-]*\s+){0,4}[A-Z][\w'\u2019-]*)(?![\w'\u2019-])")
_RESTATED_WORTH = re.compile(
    r"\b(?:the|this|that)\s+\w+,\s+(?:worth|valued\s+at)\s+(?:about|around|some|roughly)?\s*$"
)
_BUILT_WITH = re.compile(r"\b([a-z]+(?:\s+for)?)\s+(?:with|by)\s+(?:the\s+)?$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# The noun right after an amount: "a $5m contract", "a 1.1 billion zloty deal".
_NEXT_NOUN = re.compile(r"(?:-|\s+)([a-z]+)\b")
_NOUN_FROM = re.compile(r"\b([a-z]+)\s+from\s+(?:the\s+)?$")
_RELATIVE_VERB = re.compile(r"\s+(?:that|which)\s+([a-z]+)")
_DOUBT = re.compile(r"\b(?:whether|if|could|might|may|not confirmed)\b")
_CONVERSION_GAP = re.compile(
    r"\s*[(\[,]\s*(?:or\s+)?(?:about|around|roughly|some|nearly|almost|approximately|or|equal to|"
    r"worth|~)?\s*"
)
_PAYMENT_TO_STATE = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
_FOUNDED_BY = re.compile(
    r"\b(?:set\s+up|founded|created|established|formed|owned|run|led|chaired)\s+by\s+"
    r"(?:the\s+)?$"
)
_COLLECTIVE_GIVERS = re.compile(
    r"['\u2019]s?\s+(?:western\s+|international\s+|foreign\s+)?"
    r"(?:allies|partners|donors|backers|supporters|creditors|lenders)\b"
    r"|\b(?:western|international|foreign)\s+(?:donors|allies|backers|partners)\b",
    re.I,
)
_SOURCE_FROM = re.compile(
    r"\b(?:according\s+to|citing|cited)\b[^,;]{0,30}\bfrom\s+(?:the\s+)?$"
    r"|\b(?:figures|data|statistics|estimates|numbers)\s+from\s+(?:the\s+)?$",
    re.I,
)
_MANY_COUNTRIES = re.compile(
    r"\b(?:the|its|their|all)\s+(?:three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:countries|nations|states|economies|governments)\b"
)
_REPORT_THAT = re.compile(r"\b(?:reports?|claims?|rumou?rs?)\b[^.;]{0,80}?\bthat\s", re.I)
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+|;")
_JOIN = re.compile(r",\s+(?:and|while|but)\s+|;")
_WORDS = re.compile(r"[\w'-]+")

if TYPE_CHECKING:
    from entente.loaders.money import MoneySpan

_PURPOSE = re.compile(
    r"\s*(?:,\s*)?(?:\bfor\b|\bto\b(?=\s+(?:build|fund|support|finance|help|"
    r"improve|buy|pay|cover|develop|ease|shore|rebuild|repair|restore|boost)))\s+"
)
_PURPOSE_STOP = re.compile(r"[,;:.(]|\s(?:which|while|but|despite|after|as)\s")
_REPORTED = frozenset({"would", "will"})
_INTENT = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:(expected|likely)|set|due|scheduled|slated)\s+to|"
    r"(expects?|hopes?)\s+to|"
    r"(?:plans?|planned|intends?|intended|aims?)\s+to)\s+(?:[a-z]+\s+){0,2}$"
)
_NEAR = 60  # characters: how far from an amount "to X" may name its recipient
_RESTATED = re.compile(
    r"(?:equivalent|equal)\s+to\s+(?:about|around|roughly|some|nearly)?\s*$", re.IGNORECASE
)
_STAKE = re.compile(r"[^.;]{0,30}?\b(?:take|takes|took|taking)\s+(?:a\s+)?stakes?\b")
_SPECIFIC = (FlowType.MILITARY, FlowType.HUMANITARIAN, FlowType.BUDGET_SUPPORT, FlowType.TECHNICAL)


@dataclass
class AidDraft:
    """An aid flow as found, before it becomes an ``AidFlowIn``."""

    donor: str
    recipient: str | None
    amount: Decimal | None
    currency: str | None
    amount_text: str | None
    flow_type: FlowType
    status: FlowStatus
    modality: Modality
    sentence: Sentence
    purpose: str | None = None
    program: str | None = None
    flow_date: dt.date | None = None
    confidence: float = 0.7
    donor_from_context: bool = False
    status_from_default: bool = False
    yearly: bool = False  # "$200 million a year"
    span: tuple[int, int] = (0, 0)  # where the amount stands
    donor_explicit: bool = False  # named with "from"
    recipient_explicit: bool = False  # named with "to", "for", "into" or as receiver
    shared: bool = False  # for several countries at once: no single recipient


def find_aid_flows(doc: Document) -> list[AidDraft]:
    """Every flow of money between actors the text reports."""
    words = doc.lexicon.aid
    flows: list[AidDraft] = []
    # every amount taken so far, also totals later replaced by their parts
    seen: set[tuple[Decimal | None, str | None]] = set()
    last: AidDraft | None = None
    for s in doc.sentences:
        if s.dateline or is_headline(doc, s) or is_title_line(doc, s) or is_editor_note(s):
            continue
        source = _SOURCE_OF_LAST.match(s.text)
        if source is not None and flows:
            _name_source(doc, s, source.end(), flows, through=source.group("through") is not None)
        if not (s.money or s.vague_money):
            flows.extend(_amountless(doc, s, flows))
            continue
        statuses = [
            h
            for h in doc.find(words.statuses, s.start, s.end)
            # "the Extended Fund Facility", "the Green Climate Fund": names, not verbs
            if not (h.text[:1].isupper() and h.start > s.start)
        ]
        types = doc.find(words.flow_types, s.start, s.end)
        if not statuses and not types and not (flows and doc.find(words.parts, s.start, s.end)):
            continue  # a break-down of an earlier amount needs no aid words of its own
        # "the Extended Fund Facility (EFF)" is a programme, not a side
        spans = [
            sp
            for sp in side_spans(doc, s, adjectives=True, capitals=True)
            if not _is_programme_name(doc, sp.side)
        ]
        amounts = [m for m in s.money if not _is_conversion(doc.text, m, s.money)]
        schedule = _SCHEDULE.search(s.text) if flows else None
        if schedule is not None:
            # "will be paid in two tranches: 40 billion once signed and the balance in 2027":
            # the instalments of a loan already told, not new money
            amounts = [m for m in amounts if m.start < s.start + schedule.start()]
        amounts = [m for m in amounts if not _is_trade(doc, s, m, statuses)]
        amounts = [
            m
            for m in amounts
            if not _RESTATED.search(doc.text[max(s.start, m.start - 30) : m.start])
            and not _no_aid(doc, s, m)
        ]
        added: list[AidDraft] = []
        # "tens of billions of dollars" with no verb of giving tells of no flow
        vague = s.vague_money if statuses else []
        if not statuses:
            amounts = [m for m in amounts if m.money.amount is not None or _worth(doc, s, m)]
        for money in [*amounts, *vague]:
            if (money.money.amount, money.money.currency) in seen:
                continue  # the same amount again ("the EUR 40m was new money")
            draft = _flow(doc, s, money, statuses, types, spans, last, flows)
            if draft is not None:
                added.append(draft)
                last = draft
                added.extend(_co_donors(doc, s, money, draft, spans))
                added.extend(_each_recipient(doc, money, draft))
        _drop_restated_conversions(doc, s, flows, added)
        _total_then_parts(added)
        _yearly_beside_total(added)
        _replace_total_by_parts(doc, s, flows, added)
        seen.update((f.amount, f.currency) for f in added if f.amount is not None)
        flows.extend(added)
    # money with no one named to receive it tells of no flow between actors
    return [f for f in flows if f.recipient is not None or f.shared]


# "The loan comes from X", "The grants will be provided by X": a sentence on the money just
# told names its source, who is then its donor.
_SOURCE_OF_LAST = re.compile(
    r"\s*(?:(?:Most|All|Part|Much|The\s+bulk)\s+of\s+the\s+|"
    r"(?:The|This|That|These|Those)\s+(?:new\s+|concessional\s+|whole\s+)?|(?=Funding|Financing))"
    r"(loans?|grants?|credits?|money|funds|funding|financing|package|aid|assistance|"
    r"Funding|Financing)\s+"
    r"(?:(?:comes?|came|will\s+come|is\s+coming|are\s+coming)\s+from|"
    r"(?:(?:is|are|was|were|will\s+be)\s+)(?:provided|given|extended|made\s+available|"
    r"financed|funded|granted|lent)\s+by|"
    r"(?P<through>(?:(?:is|are|was|were|will\s+be)\s+)(?:channell?ed|provided|disbursed|"
    r"extended|lent)\s+(?:through|via)))\s+(?:the\s+)?"
)
_OWNER_BEFORE = re.compile(r"([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['\u2019]s\s+")
# A fund run by the lender already named: "the X Fund, which the bank manages on behalf of ...",
# "the Y Facility, administered by the bank".
_MANAGED = re.compile(
    r"\s*(?:\([^)]{1,12}\)\s*)?,?\s*(?:(?:which|that)\s+(?:the|its|this)?\s*[\w\s]{0,30}?"
    r"(?:manages|managed|administers|administered|runs|operates)\b|"
    r"(?:managed|administered|run|operated)\s+by\b)"
)
# Instalments of a loan: "will be paid in two tranches:", "disbursed in three instalments of".
_SCHEDULE = re.compile(
    r"\bin\s+(?:two|three|four|five|six|\d+|several)\s+(?:equal\s+|annual\s+)?"
    r"(?:tranches|instalments|installments)\b",
    re.IGNORECASE,
)


# "would lend $120 million to each country", "$5 million for each of the two states".
_TO_EACH = re.compile(
    r"\s+(?:to|for)\s+each\s+(?:of\s+the\s+(?:two|three)\s+)?"
    r"(?:country|countries|state|states|nation|nations|government|governments|side|of\s+them)\b"
)


def _each_recipient(doc: Document, money: MoneySpan, draft: AidDraft) -> list[AidDraft]:
    """The same amount for the other state when the text gives it "to each country": the two
    states the article names most are the countries meant."""
    if _TO_EACH.match(doc.text, money.end) is None:
        return []
    home = doc.gazetteer.organization_country.get(draft.donor)
    states = [c for c in states_by_count(doc) if c not in (draft.donor, home)][:2]
    if draft.recipient not in states:
        return []
    return [
        dataclasses.replace(draft, recipient=c, recipient_explicit=False)
        for c in states
        if c != draft.recipient
    ]


# A lender introduced by what it is: "the development bank FONDO", "the regional lender Banco
# Sur" (its name in capitals right after the noun).
_DESCRIBED_LENDER = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+(?:(?:regional|multilateral|state|sovereign|national)\s+)?"
    r"(?:development\s+bank|development\s+fund|development\s+lender|lender|investment\s+fund)"
    r"\s+([A-Z][A-Za-z]{2,}(?:\s+[A-Z][A-Za-z]+){0,3})\b"
)


def _name_source(
    doc: Document, s: Sentence, at: int, flows: list[AidDraft], *, through: bool = False
) -> None:
    """Make the side a source sentence names ("The loan comes from X") the donor of the last
    flow before it; money "channelled through" a body only when the body is a lender of the
    donor's own state ("through Korea's X Fund"), not a programme or agency it runs."""
    start = s.start + at
    owner = None
    whose = _OWNER_BEFORE.match(doc.text, start, s.end)
    if whose is not None:
        # "through Korea's X Fund": the body after the possessive, its state the owner
        owner = next((e.actor for e in doc.gazetteer.lookup(whose.group(1))), None)
        start = whose.end()
    named = next((sp for sp in side_spans(doc, s) if start <= sp.start <= start + 4), None)
    last = flows[-1]
    if named is None or named.side == last.recipient or s.index - last.sentence.index > 3:
        return  # "the loan" of a story told several sentences back is not clearly this one
    if _MANAGED.match(doc.text, named.end, s.end):
        return  # "comes from the X Fund, which the bank manages": the manager lends it
    if through and not (
        _is_lender(doc, named.side) and last.donor in (_home(doc, named.side), owner)
    ):
        return  # "channelled through the World Food Programme": a channel, not the donor
    side = named.side
    last.donor, last.donor_explicit, last.donor_from_context = side, True, False


def _drop_restated_conversions(
    doc: Document, s: Sentence, flows: list[AidDraft], added: list[AidDraft]
) -> None:
    """Drop an earlier flow that was only this one's converted figure told first ("allows a
    disbursement of about US$95 million." above "SDR 70 million (about US$95 million)")."""
    for draft in added:
        for m in s.money:
            if m.start >= draft.span[1] and _CONVERSION_GAP.fullmatch(
                doc.text[draft.span[1] : m.start]
            ):
                flows[:] = [
                    f
                    for f in flows
                    if not (
                        f.amount == m.money.amount
                        and f.currency == m.money.currency
                        and f.recipient == draft.recipient
                    )
                ]


_AT_LEAST = re.compile(r"\b(?:more than|over|in excess of|upwards of)\s+$", re.I)
_TO_BEFORE = re.compile(
    r"\bto\s+(?:(?:about|around|some|nearly|roughly|almost|approximately|more\s+than|over|"
    r"just\s+over|just\s+under)\s+)?$",
    re.I,
)
_YEARLY_BEFORE = frozenset({"annual", "yearly", "monthly"})
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|some|nearly|roughly)\s+)?$", re.I)
_BY_BEFORE = re.compile(
    r"\bby\s+(?:(?:about|around|some|nearly|roughly|almost|approximately|more\s+than|over|"
    r"up\s+to|a\s+further|another)\s+)?$",
    re.I,
)
_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:so\s+far|also|already|now|thus\s+far)\s+)?\w+ed\b|"
    r"\b(?:has|have|had)\s+(?:given|lent|sent|spent|paid|won|got)\b",
    re.I,
)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|to|plans?\s+to|is\s+to)\s+(?:\w+\s+)?$", re.I)


def _hits(doc: Document, key: str, start: int, end: int) -> list[PhraseHit]:
    """The hits of one of aid.yaml's further lists (``AidWords.lists``) in ``start:end``."""
    phrases = doc.lexicon.aid.lists.get(key)
    return doc.find(phrases, start, end) if phrases is not None else []


def _is_yearly(doc: Document, s: Sentence, money: MoneySpan) -> bool:
    """Whether an amount is a yearly figure ("A$600 million a year", "an annual $5m")."""
    after = _hits(doc, "yearly", money.end, min(s.end, money.end + 30))
    if any(h.text.lower() not in _YEARLY_BEFORE for h in after):
        return True
    before = _hits(doc, "yearly", max(s.start, money.start - 12), money.start)
    return any(h.text.lower() in _YEARLY_BEFORE for h in before)


def _running_total(doc: Document, s: Sentence, money: MoneySpan, left: int) -> bool:
    """Whether an amount is a total so far, not new money: "..., bringing total disbursements
    to $1.3 billion", "has so far disbursed EUR 85 billion", "a cut of aid by £50m"."""
    text = doc.text
    head = text[max(left, money.start - 90) : money.start]
    if _TO_BEFORE.search(head) and _hits(
        doc, "total_verbs", max(left, money.start - 90), money.start
    ):
        return True
    if _BY_BEFORE.search(head) and _hits(
        doc, "change_verbs", max(left, money.start - 90), money.start
    ):
        return True  # "will cut its aid to Nigeria by £50 million": a change, not a flow
    if _FROM_BEFORE.search(head) and (
        _hits(doc, "change_verbs", max(left, money.start - 120), money.start)
        or _hits(doc, "total_verbs", max(left, money.start - 120), money.start)
    ):
        return True  # "expand its programme to $8 billion from $3 billion": the old level
    _, right = clause_bounds(doc, s, money.start, money.end)
    return bool(_PERFECT.search(text, left, money.start)) and bool(
        _hits(doc, "running_total", left, right)
    )


_FOR_AFTER = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:,\s*)?for\b")


def _money_pays(s: Sentence, verb: PhraseHit) -> bool:
    """Whether an amount is the subject of a verb of paying ("250 million zloty will pay")."""
    return any(0 <= verb.start - m.end <= 12 for m in s.money)


def _purchase(doc: Document, s: Sentence, money: MoneySpan, left: int) -> bool:
    """Whether an amount is a price paid ("Egypt will pay Russia $2 billion for wheat"): a
    verb of paying before it, "for" after it, and no word of aid in its clause."""
    _, right = clause_bounds(doc, s, money.start, money.end)
    verbs = [h for h in _hits(doc, "payment_verbs", left, money.start) if not _money_pays(s, h)]
    return (
        bool(verbs)
        and _FOR_AFTER.match(doc.text, money.end, right) is not None
        and not doc.find(doc.lexicon.aid.flow_types, left, right)
    )


_OWNED_GAP = re.compile(r"\s+(?:in|of)\s+(?:[\w'\u2019-]+\s+){0,4}")
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
_TO_AFTER = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:[a-z]+\s+){0,4}?to\s+(?:the\s+)?")


def _region_after(doc: Document, s: Sentence, money: MoneySpan) -> bool:
    """Whether an amount goes "to the continent", "to developing countries": a regional
    total, not money between two actors."""
    to = _TO_AFTER.match(doc.text, money.end, s.end)
    if to is None:
        return False
    hits = _hits(doc, "region_words", to.end(), min(s.end, to.end() + 30))
    return (
        bool(hits)
        and hits[0].start == to.end()
        and not _NAME_GOES_ON.match(doc.text, hits[0].end)  # "the World Food Programme"
    )


def _habitual_yearly(doc: Document, s: Sentence, money: MoneySpan, left: int) -> bool:
    """Whether a yearly amount is a standing flow told as background ("X is Y's largest donor,
    providing about A$600 million a year"), not money newly given."""
    if not _is_yearly(doc, s, money):
        return False
    verbs = _hits(doc, "habitual_verbs", left, money.start)
    if not verbs:
        return False
    return not _MODAL_BEFORE.search(doc.text[max(s.start, verbs[-1].start - 30) : verbs[-1].start])


_SINCE = re.compile(
    r"\bsince\s+(?:the\s+)?(?:\d{4}|[a-z]+\s+\d{4})\b|\bsince\s+\d{4}\b", re.IGNORECASE
)


# A lender's own tally in its release: "Since 1972, the Bank Group has committed ...", "Since
# then, the Fund has approved ...": a portfolio over the years, not money newly given. (A
# state's "Since 2022, Germany has provided ..." is left to the other rules.)
_SINCE_OPENING = re.compile(
    r"\s*(?:Ever\s+)?Since\s+(?:then|that\s+time|\d{4}|its\s+\w+|(?:joining|becoming)\b[^,]{0,60})"
    r"\s*,\s*(?:the\s+(?:[A-Z][\w-]*\s+){0,2}(?:Bank|Fund|Group|Corporation|Agency|Institution)|"
    r"it|we)\s+(?:has|have)\b"
)


_SWAP_AFTER = re.compile(r"\s+(?:currency\s+|bilateral\s+|yuan\s+|yen\s+)?swap\b", re.I)
_AGREED_SWAP = re.compile(r"\b(?:agree[ds]?|agreed\s+to|renew(?:s|ed)?|sign(?:s|ed)?)\b", re.I)


def _mutual_swap(doc: Document, s: Sentence, money: MoneySpan) -> bool:
    """Whether an amount is the size of a swap line two sides agree on ("agreed to renew a
    $10 billion currency swap arrangement", "a $20 billion swap line the Treasury agreed
    with the central bank"): an agreement, not money given (a swap one state extends "to"
    another, or one a state "drew on", stays a flow)."""
    if not _SWAP_AFTER.match(doc.text, money.end):
        return False
    near = doc.text[max(s.start, money.start - 60) : min(s.end, money.end + 80)]
    return _AGREED_SWAP.search(near) is not None


def _no_aid(doc: Document, s: Sentence, money: MoneySpan) -> bool:
    """Whether an amount is a payment, a recipient's own money, the cost of a project or an
    earlier amount restated ("the loan, worth about Rs 20 billion")."""
    words = doc.lexicon.aid
    blocked = doc.find(words.not_aid_before, max(s.start, money.start - 30), money.start)
    if blocked and not (
        blocked[-1].text.lower().startswith("payment")
        and _PAYMENT_TO_STATE.match(doc.text, money.end)
        and any(
            m.kind is ActorKind.STATE and money.end < m.start < money.end + 30 for m in s.mentions
        )
    ):
        return True  # "a payment of EUR 95m to Serbia": a donor's payment is a flow
    if doc.find(words.not_aid_after, money.end, min(s.end, money.end + 40)):
        return True
    if _mutual_swap(doc, s, money):
        return True
    left, _ = clause_bounds(doc, s, money.start, money.end)
    if doc.find(words.stock_words, left, money.start):
        return True  # "X owes Y about $3bn", "investment in X stands at $5bn"
    if _running_total(doc, s, money, left) or _habitual_yearly(doc, s, money, left):
        return True
    if _NEEDS_BEFORE.search(doc.text, max(s.start, money.start - 40), money.start):
        return True  # "needs about $200m", "manages $900bn", "fell to $4.6bn": no money given
    if _purchase(doc, s, money, left) or _region_after(doc, s, money):
        return True  # a price paid; money "to the continent"
    for thing in _hits(doc, "owned_things", money.end, min(s.end, money.end + 60)):
        if _OWNED_GAP.fullmatch(doc.text, money.end, thing.start):
            return True  # "froze $7 billion in Afghan central bank assets": the owner's own
    if _AT_LEAST.search(doc.text, max(s.start, money.start - 25), money.start) and _SINCE.search(
        s.text
    ):
        return True  # "has given X more than C$1.5 billion since 2010": a running total
    if _SINCE_OPENING.match(s.text) and _PERFECT.search(doc.text, s.start, money.start):
        return True  # "Since then, the Bank has approved $600 million for the country": a tally
    tail = _NAME_THEN_NOUN.match(doc.text[money.end : s.end])
    head = doc.text[max(s.start, money.start - 8) : money.start].lower()
    if _THE_BEFORE.search(head):
        if tail and tail.group(2) in words.cost_nouns:
            return True  # "the $17 billion Development Road project"
        name = _NAME_AFTER.match(doc.text, money.end, s.end)
        if name and name.group(1).split()[-1].lower() in words.cost_nouns:
            return True  # "the $6 billion Mekong Railway, which opened in 2021"
    floor = max(s.start, money.start - 40)
    restated = _RESTATED_WORTH.search(doc.text[floor : money.start])
    # "the loan, worth about Rs 20 billion" restates the loan; "the country, worth" does not
    return restated is not None and bool(
        doc.find(words.flow_types, floor + restated.start(), money.start)
    )


def _amountless(doc: Document, s: Sentence, flows: list[AidDraft]) -> list[AidDraft]:
    """Money given with no figure: "a harbour built with Indian funding", "loans from Japan
    that financed the line"; only what happened, not what may."""
    words = doc.lexicon.aid
    found: list[AidDraft] = []
    text = doc.text
    lowered = s.text.lower()
    if " stake" not in lowered and not any(v in lowered for v in words.amountless_verbs):
        return found  # no word that could tell of money given
    spans = side_spans(doc, s, adjectives=True, capitals=True)
    for span in spans:
        before = text[max(s.start, span.start - 30) : span.start].lower()
        after = text[span.end : min(s.end, span.end + 60)].lower()
        donor: str | None = None
        built = _BUILT_WITH.search(before)
        noun_after = _NEXT_WORD.match(after)
        if (
            built
            and built.group(1) in words.amountless_verbs
            and noun_after
            and noun_after.group(1) in words.amountless_nouns
        ):
            donor = span.side  # "built with Indian funding"
        from_word = _NOUN_FROM.search(before)
        relative = _RELATIVE_VERB.match(after)
        if (
            from_word
            and from_word.group(1) in words.amountless_nouns
            and relative
            and relative.group(1) in words.amountless_verbs
        ):
            donor = span.side  # "loans from Japan that financed the line"
        stake = False
        if donor is None and _STAKE.match(text, span.end, min(s.end, span.end + 60)):
            head = text[max(s.start, span.start - 40) : span.start].lower()
            if not _DOUBT.search(head):
                donor, stake = span.side, True  # "Qatar and the UAE will each take stakes"
        if donor is None:
            continue
        donors = {sp.side for sp in spans if _STAKE.match(text, sp.end, min(s.end, sp.end + 60))}
        others = [sp.side for sp in spans if sp.side not in donors and sp.side != donor]
        recipient = others[0] if others else _main_other_side(doc, donor)
        if recipient is None or any(f.donor == donor and f.recipient == recipient for f in found):
            continue
        found.append(
            AidDraft(
                donor=donor,
                recipient=recipient,
                amount=None,
                currency=None,
                amount_text=None,
                flow_type=FlowType.INVESTMENT if stake else FlowType.AID,
                status=FlowStatus.COMMITTED if stake else FlowStatus.DISBURSED,
                modality=Modality.ASSERTED,
                sentence=s,
                confidence=0.5,
            )
        )
    del flows
    return found


def _is_trade(doc: Document, s: Sentence, money: MoneySpan, statuses: list[PhraseHit]) -> bool:
    """Whether an amount is the value of a sale or contract rather than money given."""
    after = _NEXT_NOUN.match(doc.text, money.end, s.end)
    if (
        after
        and doc.find(doc.lexicon.aid.trade_nouns, after.start(1), after.end(1))
        and not any(  # "$50m budget support", "$1bn debt relief" are aid
            h.start == after.start(1)
            for h in doc.find(
                doc.lexicon.aid.flow_types, after.start(1), min(s.end, after.end(1) + 25)
            )
        )
    ):
        return True  # "a 1.1 billion zloty contract", "a $2bn arms deal"
    # not past an amount before ("$12m in budget support and $6m for sea walls")
    previous = max((m.end for m in s.money if m.end <= money.start), default=s.start)
    floor = max(s.start, money.start - 40, previous)
    types = doc.find(doc.lexicon.aid.flow_types, max(s.start, floor - 30), money.start)
    trade = [
        t
        for t in doc.find(doc.lexicon.aid.trade_nouns, floor, money.start)
        # "an instalment sale facility of $35m": the noun only qualifies a financing one;
        # "budget support" is one
        if not any(0 < h.start - t.end <= 1 or h.start <= t.start < h.end for h in types)
    ]
    if not trade:
        return False
    left, _ = clause_bounds(doc, s, money.start, money.end)
    return not doc.find(doc.lexicon.aid.trade_override_verbs, left, money.start)


def _yearly_beside_total(added: list[AidDraft]) -> None:
    """ "$1.5 billion over five years, or $300 million a year": one flow, the whole."""
    for draft in list(added):
        if draft.yearly and any(
            not other.yearly
            and other.currency == draft.currency
            and other.donor == draft.donor
            and (other.amount or 0) > (draft.amount or 0)
            # side by side: "..., or $300 million a year", not another clause's money
            and min(abs(other.span[0] - draft.span[1]), abs(draft.span[0] - other.span[1])) <= 50
            for other in added
        ):
            added.remove(draft)


_EACH = re.compile(r"\beach\b")
_PRONOUN_START = re.compile(r"(?:He|She|They)\s")
_COMBINED = re.compile(
    r"\b(?:a\s+combined|combined|together|jointly|between\s+them)\s+(?:\w+\s+)?$"
)
_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?")


def _co_donors(
    doc: Document, s: Sentence, money: MoneySpan, draft: AidDraft, spans: list[SideSpan]
) -> list[AidDraft]:
    """ "France and Germany each pledged EUR 100m": the same flow from every side listed."""
    if draft.amount is None or not _EACH.search(
        doc.text, max(s.start, money.start - 40), money.start
    ):
        return []
    before = [sp for sp in spans if sp.end <= money.start]
    at = next((k for k, sp in enumerate(before) if sp.side == draft.donor), None)
    if at is None:
        return []
    listed = [before[at]]
    k = at
    while k > 0 and _LIST_GAP.fullmatch(doc.text, before[k - 1].end, before[k].start):
        listed.insert(0, before[k - 1])
        k -= 1
    k = at
    while k + 1 < len(before) and _LIST_GAP.fullmatch(doc.text, before[k].end, before[k + 1].start):
        listed.append(before[k + 1])
        k += 1
    others = dict.fromkeys(
        sp.side for sp in listed if sp.side not in (draft.donor, draft.recipient)
    )
    return [dataclasses.replace(draft, donor=side) for side in others]


def _total_then_parts(added: list[AidDraft]) -> None:
    """A sentence that gives a total and then its parts ("NZ$18 million for Samoa: NZ$12
    million in budget support and NZ$6 million for sea walls", "two loans totalling $700m:
    $500m for power and $200m for health") reports the parts, with the total's sides."""
    priced = [d for d in added if d.amount is not None]
    if len(priced) < 3 or any(d.currency != priced[0].currency for d in priced):
        return
    total, parts = priced[0], priced[1:]
    if total.amount != sum((p.amount for p in parts if p.amount is not None), Decimal(0)):
        return
    for part in parts:
        if not part.donor_explicit:
            part.donor = total.donor
        if not part.recipient_explicit or part.recipient == part.donor:
            part.recipient = total.recipient
        if part.status_from_default:
            part.status = total.status
        if total.modality is Modality.PLEDGED:
            part.status, part.modality = FlowStatus.PLEDGED, Modality.PLEDGED
    added.remove(total)


def _replace_total_by_parts(
    doc: Document, s: Sentence, flows: list[AidDraft], parts: list[AidDraft]
) -> None:
    """When a sentence breaks an earlier amount into parts that add up to it ("EUR 120m ...
    Of the total, EUR 85m is a loan and EUR 35m a grant"), the parts stand for the total: they
    take its donor, recipient, status and modality where they lack them, and it is dropped."""
    priced = [p for p in parts if p.amount is not None]
    if len(priced) < 2:
        return
    currency = priced[0].currency
    if any(p.currency != currency for p in priced):
        return
    total = sum((p.amount for p in priced if p.amount is not None), Decimal(0))
    opener = bool(doc.find(doc.lexicon.aid.parts, s.start, s.end))
    # "Of the total, ..." may come a few sentences (quotes, reactions) after the total
    reach = 6 if opener else 3
    for earlier in reversed(flows):
        if earlier.sentence.index < s.index - reach:
            break
        if earlier.currency == currency and (earlier.amount == total or opener):
            for part in priced:
                if not part.recipient_explicit or (
                    opener and part.recipient == earlier.donor and not part.donor_explicit
                ):
                    part.recipient = earlier.recipient
                if not part.donor_explicit:
                    part.donor = earlier.donor
                if part.status_from_default:
                    part.status = earlier.status
                if earlier.modality is Modality.PLEDGED:
                    part.status, part.modality = FlowStatus.PLEDGED, Modality.PLEDGED
            if earlier.amount == total:
                flows.remove(earlier)
            return


def _is_conversion(text: str, money: MoneySpan, all_money: list[MoneySpan]) -> bool:
    """Whether an amount only converts the one before it: "Tk 500 crore (about $41 million)"."""
    for other in all_money:
        if other.end <= money.start and _CONVERSION_GAP.fullmatch(
            text[other.end : money.start],
        ):
            return True
    return False


def _flow(
    doc: Document,
    s: Sentence,
    money: MoneySpan,
    statuses: list[PhraseHit],
    types: list[PhraseHit],
    spans: list[SideSpan],
    last: AidDraft | None,
    flows: list[AidDraft],
) -> AidDraft | None:
    words = doc.lexicon.aid
    _, right = clause_bounds(doc, s, money.start, money.end)
    low, high = _segment(doc, s, money)
    # the verb of this amount's own clause ("Australia announced A$150m ..., and New
    # Zealand pledged NZ$40m": "pledged" is New Zealand's)
    own = [h for h in statuses if low <= h.start < high]
    # "250 million zloty will pay for radars": the money pays; no one pays it
    paying = [h for h in _hits(doc, "payment_verbs", low, high) if _money_pays(s, h)]
    own = [h for h in own if not any(p.start == h.start for p in paying)]
    # a verb after the amount counts only before a clause of its own ("enlarged to $8 billion
    # after the war cut tourism revenue": not "cut")
    sub = _SUBORDINATE.search(doc.text, money.end, high)
    if sub is not None:
        own = [h for h in own if h.start < money.start or h.start < sub.start()]
    verb = _nearest_before(own, money.start, low) or _nearest(own, money.start)
    donor, recipient, donor_explicit, recipient_explicit = _parties(doc, s, money, verb, spans)
    inherit: AidDraft | None = None
    if (
        last is not None
        and last.sentence is s
        and not recipient_explicit
        and donor is not None
        and donor == _gapped_side(doc, s, money, spans)
    ):
        recipient = last.recipient  # "..., Germany EUR 120m": to whom the first went
        inherit = last
    if (
        recipient is not None
        and donor is not None
        and _EACH.search(doc.text, max(s.start, money.start - 40), money.start)
        and _conjoined(doc, spans, donor, recipient)
    ):
        recipient = None  # "Saudi Arabia and Qatar each pledged $100 million": both give
    if (
        donor is not None
        and _COMBINED.search(doc.text, max(s.start, money.start - 25), money.start)
        and any(
            sp.side != donor and _conjoined(doc, spans, donor, sp.side)
            for sp in spans
            if sp.end <= money.start
        )
    ):
        return None  # "X and Y pledged a combined $30 billion": no one donor's money
    issuer = _issuer(doc, money.money.currency)
    if (
        issuer is not None
        and recipient == issuer
        and donor is not None
        and not donor_explicit
        and not recipient_explicit
        and _conjoined(doc, spans, donor, recipient)
    ):
        # "STATE and STATE agree £45m package": when the two sides are one compound subject,
        # the state whose own currency the money is in is the giver
        donor, recipient = issuer, donor
    elif (
        donor is not None
        and recipient is not None
        and not donor_explicit
        and not recipient_explicit
        and doc.gazetteer.is_state(donor)
        and not doc.gazetteer.is_state(recipient)
        and _conjoined(doc, spans, donor, recipient, _AND_GOVERNMENT)
    ):
        # "BANK and the Government of STATE signed a grant": the body gives, the state gets
        donor, recipient = recipient, donor
    if not donor_explicit and _COLLECTIVE_GIVERS.search(
        doc.text, low, verb.start if verb is not None else money.start
    ):
        return None  # "Ukraine's allies have committed $300 billion": many donors' total
    confidence = 0.75
    from_context = False
    if donor is None:
        # "The development bank FONDO, owned by ..., approved a $75 million loan": a lender
        # the gazetteer does not know, named by what it is
        described = _DESCRIBED_LENDER.search(doc.text, s.start, money.start)
        if described is not None and not doc.gazetteer.lookup(described.group(1)):
            donor, donor_explicit = described.group(1), True
    if donor is None and recipient is not None:
        # "EUR 60 million had been disbursed to Tunisia": by who gave it money before
        donor = next((f.donor for f in reversed(flows) if f.recipient == recipient), None)
        from_context = donor is not None
    if donor is None:
        # "the two sides signed ... a loan of 30 billion yen": the state whose money it is
        donor = _issuer(doc, money.money.currency)
        if donor is not None and recipient in (None, donor):
            recipient = _main_other_side(doc, donor)
    if donor is not None and doc.gazetteer.is_state(donor) and not donor_explicit:
        # "A and B signed a loan agreement, A's aid agency said": the agency lends
        agencies = recipient is not None and _conjoined(doc, spans, donor, recipient)
        body = reporting_body(doc, s, donor, agencies=agencies)
        other = reporting_body(doc, s, recipient, agencies=True) if agencies and recipient else None
        if body is not None:
            donor = body
        elif other is not None:
            donor, recipient = other, donor  # "France and Senegal signed ..., AFD said"
    if donor is None and last is not None and last.sentence.index >= s.index - 3:
        donor = last.donor
        recipient = recipient or last.recipient
        confidence -= 0.15
        from_context = True
    if donor is None:
        # "The IMF board completed the review of Kenya's programme. The completion of the
        # review allows the authorities to draw SDR 312 million": the lender just named
        donor, named = _lender_before(doc, s)
        if donor is not None:
            recipient = recipient or named
            confidence -= 0.15
            from_context = True
    if donor is None and s.index > 0 and _PRONOUN_START.match(s.text):
        # "Japan's foreign minister met his Kenyan counterpart. He announced $50 million":
        # the subject of the sentence before gives, to the other side it named
        before = [
            sp
            for sp in side_spans(doc, doc.sentences[s.index - 1], adjectives=True, capitals=True)
            if not _is_programme_name(doc, sp.side)
        ]
        if before:
            donor = before[0].side
            others = [sp.side for sp in before if sp.side != donor]
            if recipient in (None, donor):
                recipient = others[0] if others else None
            confidence -= 0.2
            from_context = True
    if donor is None:
        return None
    if not donor_explicit and _company_subject(doc, low, verb.start if verb else money.start):
        return None  # "the mining group X said it would invest $300 million": private money
    # "..., and New Zealand pledged NZ$40m": a later amount of the sentence names its donor
    joined = low > max((m.end for m in s.money if m.end <= money.start), default=s.start)
    own_subject = (
        low > s.start
        and (bool(own) or joined)  # "..., while the IMF is to expand its loan to $8bn"
        and any(sp.side == donor and low <= sp.start < money.start for sp in spans)
    )
    if last is not None and not donor_explicit and not from_context and not own_subject:
        if last.sentence is s:
            # more amounts in the sentence of the last one share its donor ("... a $300
            # million deposit, fuel worth 1.2 billion riyals and $68 million for salaries")
            donor = last.donor
            if not recipient_explicit:
                recipient = last.recipient
        elif last.sentence.index >= s.index - 3 and donor == last.recipient:
            # "Egypt's arrangement was enlarged to $8 billion": the recipient again
            donor = last.donor
            if not recipient_explicit:
                recipient = last.recipient
    if (
        recipient is not None
        and recipient in _channels(doc)
        and not doc.gazetteer.is_state(recipient)
    ):
        # "$35 million will go to AGENCY for food": the beneficiary the agency passes it to
        recipient = next(
            (f.recipient for f in reversed(flows) if f.donor == donor and f.recipient),
            None,
        )
        recipient_explicit = False
    shared = (
        not recipient_explicit
        and donor is not None
        and _MANY_COUNTRIES.search(doc.text, s.start, s.end) is not None
    )
    if shared:
        recipient = None  # "a $1.5 billion programme for the border areas of the three countries"
    if recipient is None and last is not None and last.donor == donor and not shared:
        recipient = last.recipient
    if recipient is None and not shared:
        recipient = _headline_side(doc, s, donor)
    if recipient is None and not shared:
        recipient = _main_other_side(doc, donor)
    if recipient == donor:
        recipient = None
        if last is not None and last.sentence is s and last.donor == donor:
            recipient = last.recipient  # "the first tranche of a $35 billion deal with X"
    status = FlowStatus(verb.label) if verb is not None else FlowStatus.COMMITTED
    flow_type = _flow_type(types, money, s)
    # "officials said X would provide $5m" reports a commitment, not a hypothesis; with no
    # verb, the words around the amount ("is considering a $500 million loan")
    pivot = verb if verb is not None else money
    modality = clause_modality(doc, s, pivot.start, pivot.end, ignore=_REPORTED)
    intent = _INTENT.search(doc.text, max(s.start, pivot.start - 60), pivot.start)
    if _hits(doc, "conditional_after", money.end, min(high, money.end + 60)):
        modality = Modality.HYPOTHETICAL  # "access to $344 million once approved by the board"
    if intent is not None and modality in (Modality.ASSERTED, Modality.PLANNED):
        # "is expected to provide $250m": not yet promised; "plans to lend": intended
        status = FlowStatus.PLEDGED
        modality = Modality.HYPOTHETICAL if intent.group(1) or intent.group(2) else Modality.PLANNED
    elif status is FlowStatus.PLEDGED or modality is Modality.PLEDGED:
        status, modality = FlowStatus.PLEDGED, Modality.PLEDGED
    elif modality is Modality.PLANNED:
        modality = Modality.ASSERTED  # "will lend" is a commitment reported as made
    if inherit is not None and (verb is None or verb.start < low):
        status, modality = inherit.status, inherit.modality  # "..., Germany EUR 120m"
    preparing = words.lists.get("in_preparation")
    if verb is not None and preparing is not None and doc.find(preparing, verb.start, verb.end):
        status, modality = FlowStatus.PLEDGED, Modality.PLANNED  # "is under preparation"
    amount = money.money.amount
    currency = money.money.currency
    if amount is not None and currency is None:
        return None
    programs = [m.actor for m in s.mentions if m.kind is ActorKind.PROGRAM]
    draft = AidDraft(
        donor=donor,
        recipient=recipient,
        amount=amount,
        currency=currency,
        amount_text=money.money.text,
        flow_type=flow_type,
        status=status,
        modality=modality,
        sentence=s,
        purpose=_purpose(doc.text, money.end, right),
        program=programs[0] if programs else None,
        confidence=confidence if amount is not None else confidence - 0.15,
        donor_from_context=from_context,
        donor_explicit=donor_explicit,
        recipient_explicit=recipient_explicit,
        shared=shared,
        status_from_default=verb is None or verb.start > money.start,
        yearly=_is_yearly(doc, s, money),
        span=(money.start, money.end),
    )
    if s.dates:
        draft.flow_date = min(s.dates, key=lambda d: abs(d.start - money.start)).span.start
    del words
    return draft


_AND = re.compile(r"\s*and\s*")
# "X (XB) and the Republic of Y": two sides named together, an acronym or "the" between.
_AND_NAMED = re.compile(
    r"\s*(?:\([^)]{1,12}\))?\)?\s*and\s+(?:the\s+)?"
    r"(?:(?:Government|Republic|Kingdom|State|Federal\s+Republic)\s+of\s+(?:the\s+)?)?"
)
# "for Yemeni children": the state whose people the money is for (not "Sudanese refugees in
# Chad", where the place named after them comes first in the reading below).
_PEOPLE_AFTER = re.compile(
    r"\s+(?:children|families|people|civilians|households|farmers|women|girls|students|"
    r"communities|citizens|patients|schools|hospitals)\b"
)
# "for refugees in eastern Chad": a part of the state the money is for.
_IN_REGION_OF = re.compile(
    r"\b(?:in|for|to)\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+$",
    re.IGNORECASE,
)
_AND_GOVERNMENT = re.compile(
    r"\s*and\s+(?:the\s+)?(?:(?:Government|government)\s+of\s+(?:the\s+)?)?"
)


def _company_subject(doc: Document, low: int, pivot: int) -> bool:
    """Whether the words before an amount's verb describe a company that is not the state's
    ("the Chinese mining group X", "X, a privately owned developer,")."""
    words = doc.lexicon.aid
    if pivot <= low:
        return False
    if _BASED.search(doc.text, low, pivot) or _company_name(doc, low, pivot):
        return True  # "US-based Microsoft", "South Korea's Samsung Electronics", "Acme Ltd"
    found = _WORDS.findall(doc.text[low:pivot])
    for k, word in enumerate(found):
        if word in words.company_nouns and not any(
            w.lower() in words.public_owners for w in found[max(0, k - 3) : k]
        ):
            if k and found[k - 1] in doc.gazetteer.organizations:
                continue  # "the BRICS group": a group of states, not a company
            return True
    return False


_NOT_SUBJECT = frozenset({"of", "for", "to", "in", "with", "from", "on", "into", "by", "at"})
_BASED = re.compile(r"\w-based\s+(?:[a-z]+\s+){0,3}[A-Z]")
_CAPITAL_RUN = re.compile(r"\s+((?:[A-Z][\w&.'\u2019-]*\s+){1,4})")


def _company_name(doc: Document, low: int, pivot: int) -> bool:
    """Whether the subject before an amount's verb is a company by its name: a suffix
    ("Kalyon Holding", "Acme Ltd") or a name no gazetteer knows after a state's possessive
    ("South Korea's Samsung Electronics"), unless the name is a public body's ("Japan's
    Ministry of Finance", "Saudi Arabia's Public Investment Fund")."""
    text = doc.text
    public = doc.lexicon.aid.lists.get("public_body_words")
    for hit in _hits(doc, "company_suffixes", low, pivot):
        if hit.text[:1].isupper() and not (
            public is not None and doc.find(public, max(low, hit.start - 40), hit.start)
        ):
            return True
    heads = doc.lexicon.roles.heads
    for s in doc.sentences:
        if not s.start <= low < s.end:
            continue
        for m in s.mentions:
            if not (low <= m.start < pivot and m.possessive and m.kind is ActorKind.STATE):
                continue
            after = _CAPITAL_RUN.match(text, m.end + 2, pivot)
            if after is None:
                continue
            run_start, run_end = after.start(1), after.end(1)
            if any(run_start <= o.start < run_end for o in s.mentions):
                continue  # a known body ("Japan's JICA")
            if any(run_start <= p.start < run_end for p in s.people):
                continue  # "STATE's President X"
            first = after.group(1).split()[0].lower()
            if first in heads or (public is not None and doc.find(public, run_start, run_end)):
                continue
            if _hits(doc, "programme_nouns", run_start, run_end):
                continue  # "Ghana's Extended Credit Facility"
            if _word_before(text, m.start, s.start) in _NOT_SUBJECT:
                continue  # "the review of Ghana's ...": no subject
            return True
        break
    return False


def _conjoined(
    doc: Document, spans: list[SideSpan], one: str, other: str, joint: re.Pattern[str] = _AND
) -> bool:
    """Whether two sides are named together as "X and Y" (or as ``joint`` says)."""
    return any(
        a.side in (one, other)
        and b.side in (one, other)
        and a.side != b.side
        and joint.fullmatch(doc.text[a.end : b.start]) is not None
        for a, b in itertools.pairwise(spans)
    )


def _headline_side(doc: Document, s: Sentence, donor: str) -> str | None:
    """The state the headline of a news-in-brief item names ("Bank approves $90 million for
    Fiji roads"), for money its body gives to no named side: the item's own context."""
    for o in reversed(doc.sentences[max(0, s.index - 8) : s.index]):
        if not is_brief_headline(doc, o):
            continue
        states = [m.actor for m in o.mentions if m.kind is ActorKind.STATE and m.actor != donor]
        return states[0] if states else None
    return None


def _main_other_side(doc: Document, donor: str) -> str | None:
    """The state the article names most, besides the donor and its home (the likely recipient)."""
    own = doc.gazetteer.organization_country.get(donor) or _defined_country(doc, donor)
    ranked = states_by_count(doc)
    return next((code for code in ranked if code not in (donor, own)), None)


def states_by_count(doc: Document) -> list[str]:
    """The states the article names, most named first (ties in order of first mention),
    counted once per document."""
    cached = doc.derived.get("states_by_count")
    if cached is None:
        counts: dict[str, int] = {}
        for s in doc.sentences:
            for m in s.mentions:
                if m.kind is ActorKind.STATE:
                    counts[m.actor] = counts.get(m.actor, 0) + 1
        cached = sorted(counts, key=lambda code: -counts[code])
        doc.derived["states_by_count"] = cached
    return list(cached)


def _nearest_before(hits: list[PhraseHit], at: int, floor: int) -> PhraseHit | None:
    before = [h for h in hits if floor <= h.start < at]
    return before[-1] if before else None


def _nearest(hits: list[PhraseHit], at: int) -> PhraseHit | None:
    return min(hits, key=lambda h: abs(h.start - at), default=None)


def _parties(
    doc: Document,
    s: Sentence,
    money: MoneySpan,
    verb: PhraseHit | None,
    spans: list[SideSpan],
) -> tuple[str | None, str | None, bool, bool]:
    """(donor, recipient) of one amount from the sides around it, and whether each was named
    with a preposition ("from X", "to Y") or a receiving verb."""
    ctx = doc.lexicon.context
    words = doc.lexicon.aid
    donor: str | None = None
    recipient: str | None = None
    with_side = False
    donor_before = False
    receives = verb is not None and " ".join(verb.text.lower().split()) in words.receiver_verbs
    low, high = _segment(doc, s, money)
    # "disbursed EUR 90m to A and EUR 60m to B": the "to" after each amount, in its stretch
    own_to = any(
        low <= sp.start < high
        and sp.start > money.end
        and _word_before(doc.text, sp.start, s.start) == "to"
        for sp in spans
    )
    for span in spans:
        before = _word_before(doc.text, span.start, s.start)
        if before in ("its", "their", "his", "her"):
            continue  # "released $25 million from its emergency fund": the subject's own fund
        lender = before == "with" and (
            _is_lender(doc, span.side) or _lender_after_possessive(doc, span)
        )
        if before == "by" and _OWED_BY.search(doc.text, max(s.start, span.start - 30), span.start):
            before = "to"  # "loans owed by Cuba": the debtor is who is relieved
        if before == "by" and _FOUNDED_BY.search(
            doc.text, max(s.start, span.start - 40), span.start
        ):
            before = ""  # "the lender set up by the BRICS group": who made the body, not a donor
        if before == "from" and _SOURCE_FROM.search(
            doc.text, max(s.start, span.start - 60), span.start
        ):
            before = ""  # "according to figures from X's Treasury": who counts, not who gives
        if before == "by" and _STAND_BY.search(doc.text, max(s.start, span.start - 25), span.start):
            before = ""  # "Japan has always stood by Sri Lanka": no agent
        if before == "by" and receives and verb is not None and verb.end <= span.start:
            before = "to"  # "was secured by Ghana from the IMF": the agent receives
        if (before in ctx.donor_prepositions or lender) and (
            donor is None or (donor_before and money.end <= span.start <= money.end + _NEAR)
        ):
            if low <= span.start < high or (span.start < money.start and low == s.start):
                # "from X", "financed by X", "an arrangement with the IMF"; "$300m from A and
                # $200m from B": B's, the one just after the amount, before A's before it
                donor = span.side
                donor_before = span.start < money.start
        elif (
            before in ctx.recipient_prepositions
            and recipient is None
            and not lender
            and not (span.how == "possessive" and _is_lender(doc, span.side))  # "the Fund's"
            and money.start - _NEAR <= span.start <= money.end + _NEAR
            and (not own_to or money.end < span.start < high)
            and not _office_for(doc, s, span)  # "a spokesperson for the Commission"
        ):
            recipient = span.side  # "to X" near the amount, not "a visit to X" further on
            with_side = before == "with"
    if recipient is None:
        # "NZ$40 million for coastal protection in Tuvalu": the state the money goes to
        for span in spans:
            if (
                (money.end <= span.start < high or _flow_noun_in(doc, s, span, low))
                and span.side != donor
                and _word_before(doc.text, span.start, s.start) == "in"
                and span.how != "adjective"  # "students in Senegalese universities": where
                and doc.gazetteer.is_state(span.side)
            ):
                recipient = span.side
                break
    if recipient is None:
        # "to rebuild schools in Gaza": the state of the place the money goes to
        recipient = _place_state(doc, s, money, high, donor)
    # "a $7 billion IMF programme", "$750 million in IDA financing": a body's money
    qualifier = _qualifying_side(doc, s, money, spans)
    if qualifier is not None and recipient == qualifier:
        recipient = None
    if qualifier is not None and donor is not None and not _is_lender(doc, donor):
        donor = qualifier
    if recipient is None:
        # "to help Ethiopia expand", "allowing Kenya to draw": the side helped gets the money
        for span in spans:
            if (
                money.start - _NEAR <= span.start < high
                and span.side not in (donor, qualifier)
                and low <= span.start
                and _word_before(doc.text, span.start, s.start) in words.lists.get("helped_by", ())
                and doc.gazetteer.is_state(span.side)
            ):
                recipient = span.side
                break
    if recipient is None:
        # "X is Y's largest donor", "the review of Y's programme": Y gets the money
        owner = next((sp for sp in spans if _owner_of_aid(doc, s, sp)), None)
        if owner is not None and owner.side != donor:
            recipient = owner.side
    receiving = verb is not None and " ".join(verb.text.lower().split()) in words.receiver_verbs
    if receiving and with_side and verb is not None and verb.start < money.start:
        # "Egypt received the first tranche of a deal with the UAE": the subject receives
        donor, recipient = (donor or recipient), None
    if verb is not None and not receiving:
        # "will lend neighbouring STATE 45 billion naira": the side between a verb of giving
        # and the amount is the recipient, before any "to X" further on
        between = [
            sp
            for sp in spans
            if verb.end < sp.start
            and sp.end <= money.start
            and _DOUBLE_OBJECT.fullmatch(doc.text[verb.end : sp.start])
            and _HEDGE.fullmatch(doc.text, sp.end, money.start) is not None
        ]
        if between and between[0].side != donor:
            recipient = between[0].side
    donor_explicit, recipient_explicit = donor is not None, recipient is not None
    if receiving and verb is not None and recipient is None:
        subject = [sp for sp in spans if sp.end <= verb.start and sp.side != donor]
        if subject:
            recipient = subject[0].side
            recipient_explicit = True
    gapped = _gapped_side(doc, s, money, spans)
    if gapped is not None and donor is None:
        # "The EU pledged EUR 300m, Germany EUR 120m and Britain £90m": Germany's own
        donor, donor_explicit = gapped, True
    generic = (
        donor is None
        and verb is not None
        and not receiving
        and _generic_subject(doc, s, spans, low, verb.start)
    )
    if donor is None and not generic:
        # "provided through JICA": the channel, not the donor; nor whose office a title is
        aside = {
            sp.side
            for sp in spans
            if _word_before(doc.text, sp.start, s.start) in _CHANNEL_WORDS
            or _office_for(doc, s, sp)
            or _owner_of_aid(doc, s, sp)
            or _owns_thing(doc, s, sp)  # "profits from frozen Russian assets"
        }
        candidates = [sp for sp in spans if sp.side != recipient and sp.side not in aside]
        if receiving:
            candidates = [sp for sp in candidates if verb is not None and sp.start > verb.start]
        # the subject: the side nearest before the verb, else the first side at all
        pivot = verb.start if verb is not None else money.start
        before_pivot = [sp for sp in candidates if sp.start < pivot]
        reported = list(_REPORT_THAT.finditer(doc.text, s.start, pivot))
        if reported and any(sp.start >= reported[-1].end() for sp in before_pivot):
            # "X denied a report by a Y daily that Z had withdrawn ...": Z, the report's own
            before_pivot = [sp for sp in before_pivot if sp.start >= reported[-1].end()]
        if low > s.start and any(low <= sp.start for sp in before_pivot):
            # "..., while Chinese investment in Zambia reached $3 billion": this clause's own
            before_pivot = [sp for sp in before_pivot if low <= sp.start]
        if verb is not None and _INFINITIVE.search(
            doc.text, max(s.start, verb.start - 4), verb.start
        ):
            # "X signed an agreement with the Government of Y to finance ...": the subject
            # finances, not the side a preposition governs
            free = [
                sp
                for sp in before_pivot
                if _word_before(doc.text, sp.start, s.start) not in _GOVERNING
            ]
            before_pivot = free or before_pivot
        if before_pivot:
            donor = before_pivot[-1].side
            lenders = [sp for sp in before_pivot if _is_lender(doc, sp.side)]
            if (
                recipient is None
                and lenders
                and doc.gazetteer.is_state(donor)
                and _conjoined(doc, spans, lenders[-1].side, donor, _AND_NAMED)
            ):
                # "The Bank and the Republic of X signed three financing agreements worth
                # $Y": the lender lends, the state named with it borrows
                donor, recipient = lenders[-1].side, donor
        elif candidates:
            donor = candidates[0].side
        if donor is None:
            # "Korea will provide $50 million through KOICA": the channel's own state gives
            homes = [h for sp in spans if sp.side in aside and (h := _home(doc, sp.side))]
            if homes and homes[0] != recipient:
                donor = homes[0]
    if recipient is not None and not doc.gazetteer.is_state(recipient):
        # "contributed $10 million to UNICEF for child nutrition in Yemen": the agency
        # passes it on; the state it is for receives it
        at = next((sp.end for sp in spans if sp.side == recipient and sp.start >= low), None)
        # the purpose may run past the amount's segment ("to UNHCR for shelter, water and
        # care for refugees in eastern Chad"), up to the clause's end or the next amount
        _, clause_end = clause_bounds(doc, s, money.start, money.end)
        reach = min([clause_end, *(m.start for m in s.money if m.start > money.end + 20)])
        if at is not None:
            reach = min(reach, at + 120)
            served = [
                sp
                for sp in spans
                if at <= sp.start < max(high, reach)
                and doc.gazetteer.is_state(sp.side)
                and sp.side != donor
                and (sp.how != "adjective" or _PEOPLE_AFTER.match(doc.text, sp.end))
                and (
                    _word_before(doc.text, sp.start, s.start) in ("for", "in", "to")
                    or _IN_REGION_OF.search(doc.text, max(s.start, sp.start - 30), sp.start)
                )
            ]
            # a place ("in Chad") before a people's adjective ("for Sudanese children in Chad")
            served.sort(key=lambda sp: sp.how == "adjective")
            if served:
                recipient = served[0].side
    if qualifier is not None and (donor is None or not _is_lender(doc, donor)):
        donor, donor_explicit = qualifier, True
    if recipient is None and donor is not None:
        own = doc.gazetteer.organization_country.get(donor or "") or _defined_country(doc, donor)
        rest = [
            sp
            for sp in spans
            if sp.side not in (donor, own, qualifier)
            and not _gapped_before_money(doc, s, sp)  # another amount's giver
            # "the World Bank's board approved $X in IDA financing": no lender lends to one
            and not (_is_lender(doc, sp.side) and _is_lender(doc, donor))
            and _home(doc, sp.side) != donor  # the donor's own agency is no recipient
            and low <= sp.start < high  # not another amount's side
        ]
        if rest:
            recipient = rest[0].side
    return donor, recipient, donor_explicit, recipient_explicit


_OWED_BY = re.compile(r"\b(?:owed|owing|borrowed|incurred|contracted|held)\s+by\s+(?:the\s+)?$")
_FINANCING_NAME = re.compile(r"['\u2019]s?\s+((?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*)")


def _lender_after_possessive(doc: Document, span: SideSpan) -> bool:
    """Whether a state's possessive names one of its financing bodies ("with South Korea's
    Economic Development Cooperation Fund")."""
    if span.how != "possessive":
        return False
    name = _FINANCING_NAME.match(doc.text, span.end)
    heads = doc.lexicon.aid.financing_heads
    return name is not None and any(w in heads for w in name.group(1).split())


_GAP_TO_MONEY = re.compile(r"\s*$")


def _gapped_before_money(doc: Document, s: Sentence, span: SideSpan) -> bool:
    """Whether a side stands right before an amount, as in "..., Germany 120 million euros"."""
    return any(
        m.start > span.end and _GAP_TO_MONEY.match(doc.text[span.end : m.start]) is not None
        for m in s.money
    )


def _gapped_side(doc: Document, s: Sentence, money: MoneySpan, spans: list[SideSpan]) -> str | None:
    """The side right before an amount after a comma or "and" with no verb between ("The EU
    pledged EUR 300m, Germany EUR 120m and Britain £90m"): the giver of that amount."""
    for sp in spans:
        if sp.end <= money.start and not doc.text[sp.end : money.start].strip():
            before = doc.text[max(s.start, sp.start - 8) : sp.start]
            if re.search(r"(?:,|\band)\s*(?:the\s+)?$", before):
                return sp.side
    return None


def _generic_subject(doc: Document, s: Sentence, spans: list[SideSpan], low: int, at: int) -> bool:
    """Whether the subject of a verb of giving names no one ("Donors pledged $1.5 billion")."""
    hits = _hits(doc, "generic_donors", max(low, at - 40), at)
    if not hits or at - hits[-1].end > 15:
        return False
    if _COUNTED_BEFORE.search(doc.text, max(s.start, hits[-1].start - 12), hits[-1].start):
        return False  # "the two countries signed": the sides named before
    return not any(low <= sp.start < at for sp in spans)


# What may stand between the first object and the amount: "offer Cambodia up to $3 billion".
_HEDGE = re.compile(
    r"\s*(?:(?:up\s+to|about|around|some|nearly|almost|roughly|an\s+additional|another|"
    r"a\s+further|an\s+extra|more\s+than|over)\s+)?"
)
_STAND_BY = re.compile(r"\b(?:stand|stands|stood|standing)\s+(?:firmly\s+)?by\s+(?:the\s+)?$")
_NEEDS_BEFORE = re.compile(
    r"\b(?:needs?|needed|requires?|required|will\s+require|seeking|seeks|manages|manage|"
    r"oversees|(?:financing|funding)\s+(?:gap|needs)(?:\s+(?:of|at))?|"
    r"(?:fell|rose|dropped|declined|grew|climbed|increased|jumped|slumped|surged|shrank)\s+to|"
    r"peaked\s+at|totalled|totaled|"
    r"(?:gap|needs)\s+at)\s+"
    r"(?:(?:about|around|some|at\s+least|an\s+estimated|more\s+than|nearly|roughly|another|"
    r"an\s+additional)\s+)?$",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"\b(?:conference|meeting|summit|talks|forum|event|ceremony|visit|gathering|session|"
    r"speech|briefing|news\s+conference|press\s+conference)\b",
    re.IGNORECASE,
)
_COUNTED_BEFORE = re.compile(r"\b(?:two|both|three|the|these|those|their|its)\s+$", re.I)
_INFINITIVE = re.compile(r"\bto\s+$")
_GOVERNING = frozenset({"with", "of", "to", "for", "in", "from", "by", "at", "on"})
_SUBORDINATE = re.compile(
    r"\s(?:after|when|because|as|since|while|although|though|before|until|which|who)\s"
)


def _place_state(
    doc: Document, s: Sentence, money: MoneySpan, high: int, donor: str | None
) -> str | None:
    """The state of a place named with "in" just after an amount ("hospitals in Gaza"), in
    the amount's own clause."""
    sub = _SUBORDINATE.search(doc.text, money.end, high)
    stop = min(high, money.end + _NEAR, sub.start() if sub else high)
    for m in s.mentions:
        if (
            m.kind is ActorKind.PLACE
            and money.end <= m.start < stop
            and m.entry.country_iso3
            and m.entry.country_iso3 != donor
            and _word_before(doc.text, m.start, s.start) == "in"
            # "pledged $50m at a conference in Geneva": where it was said, not where it goes
            and not _EVENT.search(doc.text, money.end, m.start)
        ):
            return m.entry.country_iso3
    return None


def _flow_noun_in(doc: Document, s: Sentence, span: SideSpan, low: int) -> bool:
    """Whether a side is named as where a kind of money goes: "Chinese investment in Zambia",
    "aid in Gaza" (before the amount, in its clause)."""
    if span.start < low:
        return False
    nouns = doc.find(doc.lexicon.aid.flow_types, max(low, span.start - 20), span.start)
    return bool(nouns) and doc.text[nouns[-1].end : span.start].strip() == "in"


_QUALIFIER_GAP = re.compile(r"\s+(?:in\s+|of\s+)?(?:the\s+)?$")
_NOUN_GAP = re.compile(r"\s*(?:\([A-Z]{2,8}\)\s*)?(?:[a-z-]+\s+)?$")


def _qualifying_side(
    doc: Document, s: Sentence, money: MoneySpan, spans: list[SideSpan]
) -> str | None:
    """A financing body named between an amount and its money noun: "a $7 billion IMF
    programme", "$750 million in International Development Association (IDA) financing"."""
    for span in spans:
        if span.start < money.end or span.start - money.end > 12:
            continue
        if not _QUALIFIER_GAP.fullmatch(doc.text, money.end, span.start):
            continue
        stop = min(s.end, span.end + 30)
        nouns = [
            *doc.find(doc.lexicon.aid.flow_types, span.end, stop),
            *_hits(doc, "programme_nouns", span.end, stop),
        ]
        if any(_NOUN_GAP.fullmatch(doc.text, span.end, n.start) for n in nouns):
            return span.side
    return None


def _is_programme_name(doc: Document, side: str) -> bool:
    """Whether a side's name is a programme's ("Extended Fund Facility"), not a body's."""
    heads = doc.lexicon.aid.lists.get("programme_name_heads")
    last = side.split()[-1] if side else ""
    return heads is not None and not doc.gazetteer.is_state(side) and last in heads


def _lender_before(doc: Document, s: Sentence) -> tuple[str | None, str | None]:
    """The financing body the two sentences before name (and a state they name beside it)."""
    for back in (1, 2):
        if s.index - back < 0:
            break
        earlier = doc.sentences[s.index - back]
        bodies = [
            m.actor
            for m in earlier.mentions
            if m.kind is ActorKind.ORGANIZATION
            and _is_lender(doc, m.actor)
            and not _is_programme_name(doc, m.actor)
        ]
        if bodies:
            home = _home(doc, bodies[0])
            states = [
                m.actor for m in earlier.mentions if m.kind is ActorKind.STATE and m.actor != home
            ]
            return bodies[0], (states[0] if states else None)
    return None, None


# "Kenya's programme", "Kenya's $3 billion loan programme" (an amount may stand between)
_OWNER_GAP = re.compile(
    r"['\u2019]s?\s+(?:(?:the\s+)?[\w-]+\s+){0,3}?$"
    r"|['\u2019]s?\s+(?:US|C|A|NZ)?[$\u20ac\u00a3\u00a5\u20b9]?[\d.,]+(?:\s+(?:[mb]illion|bn|m))?"
    r"(?:\s+[\w-]+){0,2}\s+$"
)


def _owns_thing(doc: Document, s: Sentence, span: SideSpan) -> bool:
    """Whether a side only qualifies a thing it owns ("frozen Russian assets")."""
    if span.how not in ("adjective", "possessive"):
        return False
    things = _hits(doc, "owned_things", span.end, min(s.end, span.end + 25))
    return bool(things) and len(doc.text[span.end : things[0].start].split()) <= 2


def _owner_of_aid(doc: Document, s: Sentence, span: SideSpan) -> bool:
    """Whether a side is named as whose a programme or donor is: "Y's largest donor", "the
    review of Y's Extended Fund Facility" (Y receives, whatever the word order)."""
    if not is_possessive_at(doc, span.end) or not doc.gazetteer.is_state(span.side):
        return False  # "the bloc's Growth Facility" is the giver's own
    stop = min(s.end, span.end + 60)
    for key in ("donor_nouns", "programme_nouns"):
        for hit in _hits(doc, key, span.end, stop):
            if _OWNER_GAP.fullmatch(doc.text[span.end : hit.start]):
                return True
    return False


def reporting_body(doc: Document, s: Sentence, state: str, *, agencies: bool = False) -> str | None:
    """A financing body of the donor state that the sentence gives as its source ("Qatar
    has allocated ..., the Qatar Fund for Development said"): the money is that body's; with
    ``agencies``, an aid agency too (not when the state is the one subject: "Spain will give
    ..., the Spanish agency said" is Spain's money)."""
    said = doc.find(doc.lexicon.context.attribution, s.start, s.end)
    if not said:
        return None
    for m in s.mentions:
        if m.kind is not ActorKind.ORGANIZATION:
            continue
        named = {*m.actor.split(), *m.text.split()}
        heads = doc.lexicon.aid.lists.get("agency_heads")
        agency = agencies and heads is not None and any(w in heads for w in named)
        if not (_is_lender(doc, m.actor) or agency):
            continue
        home = doc.gazetteer.organization_country.get(m.actor) or _defined_country(doc, m.actor)
        if home != state:
            continue
        near = any(0 <= h.start - m.end <= 25 or 0 <= m.start - h.end <= 5 for h in said)
        if near:
            return m.actor
    return None


_CHANNEL_WORDS = frozenset({"through", "via"})
# What may stand between a verb of giving and its first object: "lend neighbouring STATE".
_DOUBLE_OBJECT = re.compile(r"\s+(?:(?:the\s+)?[a-z-]+\s+)?")
_CHANNEL_LIST = re.compile(r"^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$")


def _channels(doc: Document) -> frozenset[str]:
    """Organisations the article names as channels of money ("channelled through AGENCY
    and AGENCY"): they pass money on and are not its recipients."""
    cached = doc.derived.get("aid_channels")
    if cached is not None:
        return frozenset(cached)
    found: set[str] = set()
    for s in doc.sentences:
        previous = None
        for m in s.mentions:
            if m.kind in (ActorKind.ORGANIZATION, ActorKind.PROGRAM):
                before = _word_before(doc.text, m.start, s.start)
                if before in _CHANNEL_WORDS or (
                    previous is not None
                    and previous.actor in found
                    and _CHANNEL_LIST.match(doc.text[previous.end : m.start])
                ):
                    found.add(m.actor)
            previous = m
    doc.derived["aid_channels"] = sorted(found)
    return frozenset(found)


_SHARED_CURRENCIES = frozenset({"USD", "EUR", "XDR", "XOF", "XAF"})


def _issuer(doc: Document, currency: str | None) -> str | None:
    """The one state the article names whose own currency an amount is in (not a currency
    many states use or lend in)."""
    if currency is None or currency in _SHARED_CURRENCIES:
        return None
    issuers = [iso3 for iso3, code in doc.lexicon.state_currencies.items() if code == currency]
    named = set(states_by_count(doc))
    found = [iso3 for iso3 in issuers if iso3 in named]
    return found[0] if len(found) == 1 else None


def _segment(doc: Document, s: Sentence, money: MoneySpan) -> tuple[int, int]:
    """The stretch of the sentence that speaks of one amount: between its neighbours, from
    the clause it opens ("..., and EUR 35m is a grant") to the clause the next one opens."""
    low = max([m.end for m in s.money if m.end <= money.start], default=s.start)
    high = min([m.start for m in s.money if m.start >= money.end], default=s.end)
    if low > s.start:
        # "EUR 85m is a loan from KfW ..., and EUR 35m is a grant": the clause of this amount
        joins = list(_JOIN.finditer(doc.text[low : money.start]))
        if joins:
            low += joins[-1].end()
    if high < s.end:
        joins = list(_JOIN.finditer(doc.text[money.end : high]))
        if joins:
            high = money.end + joins[0].start()
    else:
        # "..., and Britain £90m, while the United States said ...": another subject's clause
        contrast = _CONTRAST.search(doc.text, money.end, high)
        if contrast:
            high = contrast.start()
    return low, high


def _office_for(doc: Document, s: Sentence, span: SideSpan) -> bool:
    """Whether "for X" names whose office a title is ("a spokesperson for the Commission")."""
    words = _WORDS.findall(doc.text[max(s.start, span.start - 40) : span.start].lower())
    while words and words[-1] in _SKIP_BEFORE:
        words.pop()
    return len(words) >= 2 and words[-1] == "for" and words[-2] in doc.lexicon.roles.heads


def _is_lender(doc: Document, side: str) -> bool:
    """Whether a side is a financing body (a bank or a fund), not a state."""
    if doc.gazetteer.is_state(side):
        return False
    heads = doc.lexicon.aid.financing_heads
    return any(word in heads for word in side.replace("-", " ").split())


def _worth(doc: Document, s: Sentence, money: MoneySpan) -> bool:
    """Whether a figureless amount is what a loan or grant is worth ("the credit would be
    worth billions of roubles"), not a target or a guess."""
    floor = max(s.start, money.start - 45)
    nouns = doc.find(doc.lexicon.aid.flow_types, floor, money.start)
    return bool(nouns) and "worth" in doc.text[nouns[-1].end : money.start]


def _home(doc: Document, side: str) -> str | None:
    """The state an organisation belongs to (None for states and international bodies)."""
    return doc.gazetteer.organization_country.get(side) or _defined_country(doc, side)


def _defined_country(doc: Document, name: str | None) -> str | None:
    entry = doc.defined.get(name or "")
    return entry.country_iso3 if entry is not None else None


_SKIP_BEFORE = frozenset({"the", "a", "an", "state", "national", "federal", "central"})


def _word_before(text: str, at: int, floor: int) -> str:
    """The word that says what a side is to the money: the preposition before it, past
    determiners and modifiers ("from the state-owned KfW", "to the Polish government") and an
    owner's possessive name ("with South Korea's EDCF")."""
    words: list[str] = _WORDS.findall(text[max(floor, at - 40) : at].replace("\u2019", "'"))
    k = len(words)
    if k and words[-1][:1].isupper() and words[-1].lower().endswith("'s"):
        k -= 1
        while k and words[k - 1][:1].isupper():
            k -= 1
    for word in reversed(words[max(0, k - 4) : k]):
        low = word.lower()
        if low in _SKIP_BEFORE or "-" in low:
            continue
        return low
    return ""


def _flow_type(types: list[PhraseHit], money: MoneySpan, s: Sentence) -> FlowType:
    if not types:
        return FlowType.AID
    later = [m.start for m in s.money if m.start > money.start]
    stop = later[0] if later else s.end
    # "EUR 85m is a loan and EUR 35m is a grant": each amount's own noun first
    own = [t for t in types if money.end <= t.start < stop]
    types = own or [t for t in types if t.start < money.start] or types
    specific = [t for t in types if FlowType(t.label) in _SPECIFIC]
    pool = specific or [t for t in types if FlowType(t.label) is not FlowType.AID] or types
    best = min(pool, key=lambda t: abs(t.start - money.start))
    return FlowType(best.label)


def _purpose(text: str, after: int, right: int) -> str | None:
    match = _PURPOSE.match(text, after, right)
    if not match:
        return None
    stop = _PURPOSE_STOP.search(text, match.end(), right)
    phrase = " ".join(text[match.end() : stop.start() if stop else right].split())
    return phrase[:500] or None
