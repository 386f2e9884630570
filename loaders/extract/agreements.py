"""Agreements and commitments: who agreed, signed, reaffirmed or plans what, in which sectors.

Words come from ``seeds/extraction/agreements.yaml``. A sentence may report several:

* a commitment verb with what follows it ("agreed to share flood data", "agreed on a joint
  action plan"), unless what follows is money (an aid flow) or a meeting ("agreed to hold the
  next meeting");
* each agreement noun with a status verb before it ("signed a memorandum ... and a framework
  ..."), a participle after it ("a framework agreement signed in 2022", "which took effect"),
  or a mark of an agreement already in place: a year ("the 2023 memorandum"), a proper name
  ("the Ganges Water Treaty"), the parties' possessive ("the two sides' partnership
  agreement"). Relationship nouns ("strategic partnership") count only as the direct object of
  a status verb; weak nouns ("cooperation") only with sectors; a noun "under the agreement" or
  "in a joint statement" names no new agreement.

Lists are read item by item ("signed a memorandum on X, an agreement on Y and a plan of
action", "ten documents, including ...", "The documents include ..."), each with its own title
and sectors; a counted total stands aside for the items listed. Commitments are named as things
("Resumption of direct hiring"). A planned signing is "proposed"; a negated verb ("failed to
agree") makes none; a company party ("defence firm X", "Malaysia's state oil company") makes a
contract business, not an agreement.

Parties are the sides named before the verb (or after "with"/"between"/"signed by"), else those
a phrase like "both nations" refers back to, else the sides of the meeting just reported; an
agreement "between A and B" is theirs, not its mediator's; officials' commitments bind their
states; a loan two states sign has as party the lending body the sentence gives as source; an
agreement named for its two sides ("the EU-Mercosur trade agreement") is theirs.

Not agreements: a lender's lending programme ("a Stand-By Arrangement"), one side's own plans
("in its plans to build"), an agreement only named in a call ("called on both sides to respect
the ceasefire"), a deal one side "would seek ... if" something fails, and the head noun told
again ("The notes were signed ..."). Title lines above the body and editor's notes are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from entente.loaders.extract.aid import reporting_body, states_by_count
from entente.loaders.extract.context import (
    Context,
    SideSpan,
    distinct,
    people_reference,
    person_side,
    sentence_sides,
    side_spans,
)
from entente.loaders.extract.document import Document, Sentence, is_headline
from entente.loaders.extract.lexicon import PhraseHit
from entente.loaders.extract.meetings import MeetingDraft
from entente.loaders.extract.modality import clause_modality, is_editor_note, is_title_line
from entente.loaders.extract.sectors import sectors_in
from entente.models.vocab import ActorKind, AgreementKind, AgreementStatus, DatePrecision, Modality

# Patterns used inside the functions below, compiled once.
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$")
_ONE_WORD_GAP = re.compile(r"\s*(?:[\w-]+\s+)?")
_FIRST_WORD = re.compile(r"\s*([a-z]+)")
_HAS_WORD = re.compile(r"[a-z]{3}")
_OF_COMPLEMENT = re.compile(r"\bof\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$")
_PERFECT_BEFORE = re.compile(r"\b(?:have|has|had)\s+$")
_WORD_BEFORE = re.compile(r"[\w-]+\s+$")
_DEFINITE_ONLY = re.compile(r"(?:the|this|that)\s+$", re.IGNORECASE)
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*\s+$")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_NAME_RUN_BEFORE = re.compile(r"((?:[A-Z][\w'\u2019-]*\s+)+(?:[a-z][\w-]*\s+)?)$")
_CLAUSE_BREAK = re.compile(r"[;]|,\s+(?:but|while|which|who)\b")
_CAPITALS_BEFORE = re.compile(r"((?:[A-Z][\w\u2019'-]*\s+)*)$")
_TOPIC_OPENER = re.compile(r"\s*(?:of|on|for|to|between|covering)\s")
_IN_PRINCIPLE = re.compile(r"^in\s+principle\s+(?:on\s+|to\s+)?", re.IGNORECASE)
_LEADING_TO = re.compile(r"^(?:to\s+)")
# "agreed on Friday on a roadmap": the day the verb took, not the title's first words.
_LEADING_DAY = re.compile(
    r"^(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)\s*,?\s+"
    r"(?:on|to|upon)\s+"
)

_KIND_RANK = {
    AgreementKind.MEMORANDUM: 0,
    AgreementKind.FRAMEWORK: 1,
    AgreementKind.JOINT_STATEMENT: 2,
    AgreementKind.ACCORD: 3,
    AgreementKind.PARTNERSHIP: 4,
    AgreementKind.PLAN: 5,
    AgreementKind.COMMITMENT: 6,
}
_DETERMINERS = re.compile(
    r"^(?:the|a|an|their|its|his|her|our|this|that|these|those|both|new|all)\s+", re.IGNORECASE
)
_INCLUDING = re.compile(
    r"[^;]{0,50}?,?\s*(?:including|include|includes|included|among\s+them|such\s+as|notably)\b"
)
_THE_APPOSITION = re.compile(r",\s*the\b")
_CLAUSE_MARK = re.compile(r"[,;:()]|\b(?:and|including|as well as)\s")


def _words_before_start(doc: Document, start: int, at: int) -> int:
    """Where the modifiers just before an agreement noun begin: after the last comma, "and"
    or "including" in ``start:at``."""
    marks = list(_CLAUSE_MARK.finditer(doc.text, start, at))
    return marks[-1].end() if marks else start


_TITLE_STOP = re.compile(
    r"[,;:(“\"]|\.(?!\d)|\s(?:which|that|who|as|after|during|while|but|was|were|is|are|has|have|had|will|and\s+\w+ed)\s"
    r"|\sand\s+(?:a|an|on)\s|\sas\s+well\s+as\s"
    r"|\s(?:on|in|at|under|by)\s+(?=[A-Z\d])"  # "... on Tuesday", "... in Brasilia"
)
_REFERENCE = re.compile(
    r"\b(?:under|through|via|within|of)\s+(?:the|this|that|its|their)\s+(?:\w+\s+)?$", re.I
)
_GENERIC = frozenset(
    {"project", "projects", "plan", "plans", "programme", "program", "deal", "scheme"}
)
_MAX_TITLE = 120
_AFTER_DETERMINER = re.compile(
    r"\b(?:the|a|an|their|its|his|her|our|this|that|new)\s+((?:[\w-]+\s+){1,3})$", re.IGNORECASE
)
_DEFINITE = re.compile(r"(?:^|\W)(?:the|this|that|its|their)\s+$", re.IGNORECASE)
# "X's treaty with Y, the Z Union, has been in force since 2024": the name in apposition.
_NAMED_GAP = re.compile(
    r"(?:\s+(?:for|of|on|between|with)\s+[^,;]{0,40}?)?,\s+(?:the\s+)?"
    r"((?:[A-Z][\w'\u2019-]*\s+){0,5}[A-Z][\w'\u2019-]*),\s+"
    r"(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?)?"
)
_PASSIVE_GAP = re.compile(
    r"\s*(?:\([A-Z]{2,8}\))?\s*,?\s*(?:which\s+|that\s+)?(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?$"
)
_WHICH_GAP = re.compile(
    r"\s+(?:for|of|on|between|with)\s+[^,;]{0,40}?(?:,\s*(?:which|that))?\s+"
    r"(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?)?"
)
# "the defence agreement the two countries signed in 2021": a contact relative clause.
_CONTACT_GAP = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:the\s+two\s+(?:countries|sides|nations|governments|"
    r"neighbours|neighbors|states|leaders|ministers)|both\s+(?:countries|sides|governments)|they)"
    r"\s+(?:had\s+|have\s+)?"
)
_REPORT_THAT = re.compile(r"\b(?:reports?|claims?|rumou?rs?)\b[^.;]{0,80}?\bthat\s", re.I)
# A treaty named by what follows its noun: "the 2009 Treaty of Maipu for Integration and
# Cooperation", "the Treaty of Peace and Friendship".
_YEAR_NAME_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
_OF_NAME_AFTER = re.compile(
    r"\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*"
    r"(?:(?:\s+|,\s+)(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'\u2019-]*)*"
)
_SWAP_NOUN_AFTER = re.compile(r"\s+(?:currency\s+|bilateral\s+)?swap\b", re.I)
_SUCH_BEFORE = re.compile(r"\b(?:such|similar)\s+$", re.IGNORECASE)
_PAST_FOUNDING = re.compile(r"established|formed|launched|set up|created|signed|agreed")
_DATED_AFTER = re.compile(r"\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?(?:19|20)\d\d\b")
_UNDER = re.compile(
    r"\b(?:under|through|via|within)\s+(?:the|this|that|its|their)\s+(?:\w+\s+)?$", re.I
)
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+(?:[\w-]+\s+){0,3}$")
_POSSESSIVE_BEFORE = re.compile(
    r"(?:\b(?:their|sides['\u2019]|countries['\u2019]|nations['\u2019]|governments['\u2019]))"
    r"\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"(?:^|[^\w-])((?:[A-Z][\w'\u2019-]*\s+)+)(?:[\w-]+\s+)?$")
_CLAUSE_END = re.compile(r";|,\s+(?:but|while|whereas|which|who|although|though)\b|\s[-\u2014]\s")
_COORDINATE = re.compile(r",?\s+and\s+(?:also\s+)?(?:to|on)\s+")
_THAT_AFTER = re.compile(r"\s+that\b")
_UPGRADED = re.compile(r"\b(?:to|into)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_DIRECT = 40  # characters: how near a status verb must stand before a relationship noun
# Kinds whose capitalised names are programmes or relations, not agreements.
_NOT_NAMED_KINDS = frozenset(
    {AgreementKind.PLAN, AgreementKind.PARTNERSHIP, AgreementKind.COMMITMENT}
)
_CALL_OR_TIME = re.compile(
    r"\b(?:called\s+on|calls\s+on|call\s+on|urged|urges|urge|asked|asks|pressed|called\s+for|"
    r"once|if|unless|until|(?<!,\s)when)\b[^;]*$",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(r",\s+(?:in|under|by)\s+which\b[^;]*$", re.IGNORECASE)
_REFERS_BACK = re.compile(
    r"\s*(?:The|This|That|These|Those|Under\s+the)\s+(?:[\w-]+\s+)?(?:deals?|agreements?|"
    r"accords?|contracts?|pacts?|treaty|treaties|memorandum|memoranda|memorandums|protocols?|"
    r"compacts?|roadmaps?|frameworks?|documents)\b"
)
_VERB_NEGATED = re.compile(
    r"(?:\b(?:not|never|no\s+longer)|n['\u2019]t|\b(?:failed|refused|declined|unable|"
    r"reluctant)\s+to)\s+(?:(?:yet|been|be|to|formally|fully)\s+)*$",
    re.IGNORECASE,
)
_LONE_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\band\s+|\bbut\s+)(?:the\s+)?(?:government|ministry|cabinet|central\s+bank|"
    r"authorities|president|minister|prime\s+minister|country|company|bank|it|he|she)\s+"
    r"(?:(?:has|have|had|also|now|already|then)\s+){0,2}$",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:no|not|nor|without|never)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.I)
_STANCE_BEFORE = re.compile(
    r"\b(?:remain|remains|remained|is|are|was|were|stays|stayed|stay)\s+(?:fully\s+)?$",
    re.IGNORECASE,
)


@dataclass
class AgreementDraft:
    """An agreement as found, before it becomes an ``AgreementIn``."""

    title: str
    kind: AgreementKind
    status: AgreementStatus
    parties: list[str]
    sectors: list[str]
    sentence: Sentence
    quote_start: int
    quote_end: int
    program: str | None = None
    meeting: MeetingDraft | None = None
    agreement_date: dt.date | None = None
    modality: Modality = Modality.ASSERTED
    confidence: float = 0.65
    title_start: int = 0
    reference: bool = False  # a bare "the agreement": one named before, if any
    generic: bool = False  # "a gas agreement": a later, more specific one may be the same
    noun: str = ""
    governed: bool = False  # a status verb of its own ("the ceasefire agreed in August")
    item: bool = False  # one of a counted set told in later sentences ("A second agreement ...")
    verb: PhraseHit | None = None  # the status verb that governs it


def find_agreements(doc: Document, meetings: list[MeetingDraft]) -> list[AgreementDraft]:
    """Every agreement or commitment the text reports."""
    found: list[AgreementDraft] = []
    ctx = Context()
    for s in doc.sentences:
        if s.dateline or is_headline(doc, s) or is_title_line(doc, s) or is_editor_note(s):
            continue
        words = doc.lexicon.agreements
        if doc.find(words.statuses, s.start, s.end) or doc.find(words.kinds, s.start, s.end):
            spans = side_spans(doc, s)
            companies = _companies(doc, s)
            before = len(found)
            for draft in _sentence_agreements(doc, s, spans, ctx, meetings):
                if companies & set(draft.parties):
                    continue  # "defence firm X signed a contract with STATE": a sale
                if _own_plan_or_called_for(doc, draft):
                    continue
                _parties_from_compound(doc, draft)
                _title_from_apposition(doc, draft)
                if _lending_programme(doc, draft):
                    continue  # "the IMF completed the review of X's Stand-By Arrangement"
                if _is_new(draft, found):
                    found.append(draft)
                else:
                    _name_the_bare(draft, found)
            if len(found) == before:
                found.extend(d for d in _counted_items(doc, s, found) if _is_new(d, found))
        ctx.update(sentence_sides(doc, s), [ref.person for ref in s.people])
    return _without_counted_lists(_without_generic_repeats(found))


_NAME_WORDS = re.compile(r"[\w&'\u2019-]+")


def _companies(doc: Document, s: Sentence) -> set[str]:
    """Organisations a sentence calls companies ("state oil company Petronas", "Turkish
    defence firm Baykar", "Kalyon Holding"): their contracts are business, not agreements."""
    aid = doc.lexicon.aid
    suffixes = aid.lists.get("company_suffixes")
    public = aid.lists.get("public_body_words")
    found: set[str] = set()
    for m in s.mentions:
        if m.kind is ActorKind.STATE and m.possessive:
            # "Malaysia's state oil company Petronas": the company, not the state, is a party
            after = _NAME_WORDS.findall(doc.text[m.end : min(s.end, m.end + 40)])[1:4]
            if any(w in aid.company_nouns for w in after) and not any(
                o.start > m.end and o.actor == m.actor for o in s.mentions
            ):
                found.add(m.actor)
            continue
        if m.kind is not ActorKind.ORGANIZATION:
            continue
        before = _NAME_WORDS.findall(doc.text[max(s.start, m.start - 40) : m.start])[-3:]
        named = suffixes is not None and any(
            h.text[:1].isupper() for h in doc.find(suffixes, m.start, m.end)
        )
        if named and public is not None and doc.find(public, m.start, m.end):
            named = False  # "World Bank Group"
        if named or any(w in aid.company_nouns for w in before):
            found.add(m.actor)
    return found


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


# A kind word that is a verb here: "X plans to invest", "which plans to build".
_VERB_READING = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+\b")
_VERB_FORMS = frozenset({"plans"})
_NOUN_BEFORE_WORDS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "these", "those", "new", "such"}
)


def _verb_reading(doc: Document, s: Sentence, k: PhraseHit) -> bool:
    if k.text.lower() not in _VERB_FORMS or not _VERB_READING.match(doc.text, k.end):
        return False
    before = doc.text[s.start : k.start].split()
    return not before or before[-1].lower() not in _NOUN_BEFORE_WORDS


def _sentence_agreements(
    doc: Document,
    s: Sentence,
    spans: list[SideSpan],
    ctx: Context,
    meetings: list[MeetingDraft],
) -> list[AgreementDraft]:
    words = doc.lexicon.agreements
    statuses = [
        h
        for h in doc.find(words.statuses, s.start, s.end)
        if not _THAT_AFTER.match(doc.text, h.end)  # "reaffirmed that ..." is a stance
        and not (h.text[:1].isupper() and h.start > s.start)  # "the Extended Fund Facility"
    ]
    channels = doc.find(words.channels, s.start, s.end)
    kinds = [
        k
        for k in doc.find(words.kinds, s.start, s.end)
        if not any(c.start <= k.start < c.end for c in channels)
        # "the documents include": the noun is part of the verb ("the exchange of notes" is not)
        and not any(v.start < k.start and k.end <= v.end for v in statuses)
        and not _verb_reading(doc, s, k)  # "X plans to invest" is no plan
    ]
    drafts: list[AgreementDraft] = []
    covered: list[tuple[int, int]] = []
    for verb, start, end in _commitment_objects(doc, s):
        covered.append((verb.start, end))
        draft = _commitment(doc, s, verb, start, end, kinds, spans, ctx, meetings)
        if draft is not None:
            drafts.append(draft)
    sector_noun_seen = False
    heads = _heads(doc, kinds, statuses)
    # a verb right after a noun is that noun's ("the treaty, which expires in May, and the
    # ceasefire agreed in August"): no later noun takes it as its own
    after_verbs = [v for k in heads if (v := _verb_after(doc, statuses, k)) is not None]
    prev_draft: AgreementDraft | None = None
    for number, kind in enumerate(heads):
        named = _named(doc, s, kind)
        programme = named and AgreementKind(kind.label) in _NOT_NAMED_KINDS
        if (
            (not named or programme)
            and any(a <= kind.start < b for a, b in covered)
            and not _UNDER_EARLIER.search(doc.text, max(s.start, kind.start - 60), kind.start)
        ):
            continue  # "agreed to launch a study on a free trade agreement": the topic
        segment_end = heads[number + 1].start if number + 1 < len(heads) else s.end
        if number + 1 < len(heads) and _INCLUDING.match(doc.text, kind.end, segment_end):
            continue  # "eleven documents, including an agreement on X and a plan on Y": those
        floor = heads[number - 1].end if number else s.start
        noun = _norm(kind.text)
        if noun in words.sector_nouns and sector_noun_seen:
            continue
        own = [v for v in statuses if v not in after_verbs or v.start > kind.start]
        # "signed a memorandum on X, an agreement on Y and a plan of action": one verb for all
        listed = (
            prev_draft is not None
            and number > 0
            and prev_draft.title_start == heads[number - 1].start
            and _COORDINATED.search(doc.text[heads[number - 1].end : kind.start]) is not None
        )
        for part_start, part_end in _topics(doc, kind, segment_end):
            draft = _noun_agreement(
                doc,
                s,
                kind,
                part_start,
                part_end,
                own,
                spans,
                ctx,
                meetings,
                named=named,
                floor=floor,
                alone=len(heads) == 1,
                listed_verb=prev_draft.verb if listed and prev_draft is not None else None,
            )
            if draft is not None:
                drafts.append(draft)
                prev_draft = draft
                sector_noun_seen = sector_noun_seen or noun in words.sector_nouns
    if not drafts:
        draft = _programme_plan(doc, s, statuses, kinds, spans, ctx, meetings)
        if draft is not None:
            drafts.append(draft)
    drafts.sort(key=lambda d: d.title_start)  # in text order
    return [d for d in drafts if not _threat(doc, d)]


_IF_AFTER = re.compile(r"\s(?:if|unless)\s")


def _threat(doc: Document, draft: AgreementDraft) -> bool:
    """Whether a draft is only a threat: an agreement one side says it would seek if something
    does not happen ("would seek a separate trade deal with STATE if the bloc stalls")."""
    return (
        draft.modality is Modality.HYPOTHETICAL
        and draft.status is AgreementStatus.PROPOSED
        and _IF_AFTER.search(doc.text, draft.title_start, draft.sentence.end) is not None
    )


# "a field that the two countries develop jointly under a 2021 memorandum": an agreement
# already in place, its own fact even inside what a commitment is about.
_UNDER_EARLIER = re.compile(
    r"\b(?:that|which)\s[^,;]{0,50}\bunder\s+(?:a|an|the|their)\s+(?:\d{4}\s+)?$"
)
_COORDINATED = re.compile(
    r"(?:(?:\band|\bor)\s+(?:a|an|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"|,?\s*as\s+well\s+as(?:\s+(?:a|an|the))?"
    r"|,?\s*including(?:\s+(?:a|an|the|two|three|four|five|\d+))?"
    r"|,\s*(?:and\s+)?(?:the|a|an))\s+(?:[\w'\u2019-]+\s+){0,4}$"
)
_COMPLEMENT = re.compile(
    r"\s*,?\s*(?:of|on|for|covering|to|over|about|concerning|regarding|setting|under|including|"
    r"between|with|worth|committing|allowing|establishing|on\s+which)\b"
)
_PLURAL_TOPICS = re.compile(
    r",?\s+and\s+(?=on\s)"
    r"|,\s+(?=on\s+(?!(?:the\s+)?(?:sidelines|margins|occasion|eve|basis|behalf)\b)(?:the\s+)?[a-z])"
)


def _heads(doc: Document, kinds: list[PhraseHit], statuses: list[PhraseHit]) -> list[PhraseHit]:
    """The agreement nouns that head their own noun phrase: a noun right before another one
    only qualifies it ("defence cooperation agreement"), and a noun inside what another is
    about belongs to it ("an exchange of notes covering the loan") unless the two are joined
    by "and a" or "as well as" or a status verb stands between them."""
    heads: list[PhraseHit] = []
    words = doc.lexicon.agreements
    for kind in kinds:
        if heads:
            prev = heads[-1]
            gap = doc.text[prev.end : kind.start]
            if _ACRONYM_GAP.fullmatch(gap) and sum(c.isupper() for c in kind.text) >= 2:
                continue  # "a Memorandum of Understanding (MoU)": the same noun again
            own_verb = any(
                prev.end <= v.start < kind.start
                and not _ARTICLE_BEFORE.search(doc.text[v.start - 6 : v.start])
                for v in statuses
            )  # "an upgraded version" has no verb of its own
            if (
                _AND_MODIFIER.fullmatch(gap)
                and _norm(prev.text) in words.needs_strong_verb
                and not own_verb
            ):
                heads[-1] = kind  # "loan and grant agreements": one phrase
                continue
            if _ONE_WORD_GAP.fullmatch(gap) and not own_verb:
                if gap.strip().lower() in _OF_WORDS and _norm(kind.text) in words.sector_nouns:
                    continue  # "a road map for cooperation": the road map, on cooperation
                heads[-1] = kind  # the earlier noun only qualifies this one
                continue
            listed = _COORDINATED.search(gap)
            if (
                listed
                and listed.group(0).lstrip().startswith(",")
                and "including" not in listed.group(0)
                and _THE_APPOSITION.search(listed.group(0)) is not None  # ", an agreement": listed
                and (_norm(kind.text) in words.needs_verb and not kind.text[:1].isupper())
            ):
                listed = None  # ", the flagship project of ...": an apposition
            if not own_verb and not listed and _COMPLEMENT.match(gap):
                if _norm(prev.text) in words.sector_nouns and _norm(kind.text) not in (
                    words.needs_verb
                ):
                    heads[-1] = kind  # "their commitment to the 1987 accord": the accord
                continue  # "an exchange of notes covering the loan": what it is about
        heads.append(kind)
    return heads


def _topics(doc: Document, kind: PhraseHit, end: int) -> list[tuple[int, int]]:
    """The stretches a plural noun's agreements are about: "agreements on the supply of spare
    parts and on training seafarers" are two."""
    head = kind.text.lower().split(" of ")[0]  # "memorandums of understanding"
    if not (head.endswith("s") and not head.endswith("ss")) and head != "memoranda":
        return [(kind.end, end)]
    cuts = [m for m in _PLURAL_TOPICS.finditer(doc.text, kind.end, end)]
    if not cuts:
        return [(kind.end, end)]
    edges = [kind.end, *(m.start() for m in cuts), end]
    starts = [kind.end, *(m.end() for m in cuts)]
    return [(a, b) for a, b in zip(starts, edges[1:], strict=True)]


def _commitment_objects(doc: Document, s: Sentence) -> list[tuple[PhraseHit, int, int]]:
    """Each commitment verb of a sentence with the stretch saying what was committed to,
    without the parts that are meetings ("agreed to hold the next meeting ..., and to start
    talks on ...": only the talks)."""
    words = doc.lexicon.agreements
    hits = doc.find(words.commitment_verbs, s.start, s.end)
    out: list[tuple[PhraseHit, int, int]] = []
    for number, verb in enumerate(hits):
        if _THAT_AFTER.match(doc.text, verb.end):
            continue
        limit = hits[number + 1].start if number + 1 < len(hits) else s.end
        stop = _CLAUSE_END.search(doc.text, verb.end, limit)
        end = stop.start() if stop else limit
        end = _trim_end(doc.text, verb.end, end)
        parts: list[tuple[int, int]] = []
        begin = verb.end
        for match in _COORDINATE.finditer(doc.text, verb.end, end):
            parts.append((begin, match.start()))
            begin = match.end()
        parts.append((begin, end))
        kept = [(a, b) for a, b in parts if b > a and not _is_meeting_part(doc, a, b)]
        kinds = doc.find(words.kinds, verb.end, end)
        if len(kept) > 1 and any(a <= k.start < a + 45 for a, _ in kept[1:] for k in kinds):
            # "agreed to build a supply chain and to renew a swap arrangement": a later part
            # that names its own agreement is one of its own
            out.extend((verb, a, b) for a, b in kept)
        elif kept:
            out.append((verb, kept[0][0], kept[-1][1]))
    return out


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ' .,;:"”':
        end -= 1
    return end


def _is_meeting_part(doc: Document, start: int, end: int) -> bool:
    first = _FIRST_WORD.match(doc.text[start:end])
    verb = first.group(1) if first else ""
    return verb in doc.lexicon.agreements.meeting_verbs  # "hold the next meeting"


def _commitment(
    doc: Document,
    s: Sentence,
    verb: PhraseHit,
    start: int,
    end: int,
    kinds: list[PhraseHit],
    spans: list[SideSpan],
    ctx: Context,
    meetings: list[MeetingDraft],
) -> AgreementDraft | None:
    own = [k for k in kinds if start <= k.start < min(end, start + 40)]
    money = any(
        start <= m.start < end and not _SWAP_NOUN_AFTER.match(doc.text, m.end)
        for m in [*s.money, *s.vague_money]
    )  # "agreed to renew a $10 billion currency swap arrangement" is an agreement
    # "agreed to raise bilateral trade to $18 billion": a target, not money given
    target = bool(doc.find(doc.lexicon.aid.trade_nouns, start, end))
    if money and not target and not (own and own[0].start - start <= 20):
        return None  # "agreed to provide $4 million" is an aid flow
    if _in_call_or_time_clause(doc, s, verb):
        return None
    if _STANCE_BEFORE.search(doc.text[max(s.start, verb.start - 20) : verb.start]):
        return None  # "remained committed to the targets" is a stance
    if _VERB_NEGATED.search(doc.text[max(s.start, verb.start - 30) : verb.start]):
        return None  # "failed to agree on a prisoner exchange"
    if _LONE_SUBJECT.search(doc.text, max(s.start, verb.start - 40), verb.start) and not any(
        max(s.start, verb.start - 40) <= sp.start < verb.start for sp in spans
    ):
        return None  # "the government has pledged to keep borrowing low": one side's own
    text = doc.text[start:end]
    if not _HAS_WORD.search(text):
        return None
    kind = AgreementKind(own[0].label) if own else AgreementKind.COMMITMENT
    parties = _parties(doc, s, verb.start, end, spans, ctx, meetings)
    if len(parties) < 2:
        return None
    cut = _COMMITMENT_TAIL.search(text)
    title = _nominal(doc, _clean_title(text[: cut.start()] if cut else text, []))
    programs = [m.actor for m in s.mentions if m.kind is ActorKind.PROGRAM and start <= m.start]
    draft = AgreementDraft(
        title=title,
        title_start=start,
        kind=kind,
        status=AgreementStatus.AGREED,
        parties=parties,
        sectors=sectors_in(doc, start, end),
        sentence=s,
        quote_start=s.start,
        quote_end=s.end,
        program=programs[0] if programs else None,
        confidence=0.7,
    )
    _finish(doc, s, draft, verb, meetings)
    return draft


def _nominal(doc: Document, title: str) -> str:
    """A commitment named as a thing, as readers name it: "Resume direct hiring" is the
    "Resumption of direct hiring" (agreements.yaml nominal_forms, "verb=noun")."""
    forms = doc.lexicon.agreements.lists.get("nominal_forms")
    first, _, rest = title.partition(" ")
    if forms is None or not rest:
        return title
    when = _LEADING_WHEN.match(rest)
    if when:
        rest = f"{rest[when.end() :]} {when.group(0).strip()}"  # "extend until 2028 a programme"
    for pair in forms.labels:
        verb, _, noun = pair.partition("=")
        if verb == first.lower() and noun:
            joined = f"{noun} {rest}" if " " in noun else f"{noun} of {rest}"  # "fight against"
            joint = _JOINTLY.search(joined)
            if joint:  # "develop the area jointly": the "joint development of the area"
                joined = "joint " + (joined[: joint.start()] + joined[joint.end() :]).strip()
            return joined[:1].upper() + joined[1:]
    return title


def _noun_agreement(
    doc: Document,
    s: Sentence,
    kind: PhraseHit,
    topic_start: int,
    segment_end: int,
    statuses: list[PhraseHit],
    spans: list[SideSpan],
    ctx: Context,
    meetings: list[MeetingDraft],
    *,
    named: bool,
    floor: int = 0,
    alone: bool = True,
    listed_verb: PhraseHit | None = None,
) -> AgreementDraft | None:
    words = doc.lexicon.agreements
    noun = _norm(kind.text)
    name_start = _name_start(doc, s, kind) if named else kind.start
    head = doc.text[s.start : name_start]
    if _PARTIES_TO.search(head[-40:]):
        return None  # "both are parties to the Paris Agreement": many states' treaty
    reference = _REFERENCE.search(head)
    if reference is not None and reference.group(0).lower().startswith("of"):
        of_end = s.start + reference.start() + 2
        if any(v.end == of_end for v in statuses):
            reference = None  # "the signing of the railway agreement": the verb's own "of"
    if reference is not None and not (named and reference.group(0).startswith("of")):
        dated = _verb_after(doc, statuses, kind)
        if dated is None or not _DATED_AFTER.match(doc.text, dated.end):
            return None  # "under the new agreement": one already named
        # "under the X agreement the two countries signed in 2022": an earlier one of its own
    verb = next((v for v in statuses if v.start == kind.start), None)  # "plans to develop"
    verb = verb or _verb_before(doc, statuses, kind)
    if named and verb is not None and name_start - verb.end > 25:
        verb = None  # "agreed to begin talks on renewing the X Treaty": not what was agreed
    verb = verb or _verb_after(doc, statuses, kind) or listed_verb
    accord_only = words.lists.get("accord_only_verbs")
    if (
        verb is not None
        and accord_only is not None
        and AgreementKind(kind.label) in _NOT_NAMED_KINDS
        and doc.find(accord_only, verb.start, verb.end)
    ):
        verb = None  # "approved a $7 billion programme", "extended credit for projects": money
    if named and verb is None and AgreementKind(kind.label) in _NOT_NAMED_KINDS:
        return None  # "the Global Gateway Initiative" is a programme, not an agreement
    complement = _OF_COMPLEMENT.search(head[-30:])
    own_verb = verb is not None and (verb.start > kind.start or verb.text.lower().endswith("of"))
    if complement and not named and not own_verb:
        return None  # "over the award of a contract": what it is about, not what was agreed
    if verb is not None and _in_call_or_time_clause(doc, s, verb) and not named:
        return None
    if (
        noun in words.sector_nouns
        and verb is not None
        and _PERFECT_BEFORE.search(doc.text[max(s.start, verb.start - 8) : verb.start])
    ):
        return None  # "have expanded cooperation in energy since 2022": a trend
    if noun in words.sector_nouns and any(kind.start <= m.start < segment_end for m in s.money):
        return None  # "its commitment to invest US$50 billion" is money
    # its own modifiers and topic ("a lithium cooperation agreement, a health protocol and
    # ..."): the whole sentence only when it names one agreement
    own_start = max(floor, kind.start - 40)
    own_start = max(own_start, _words_before_start(doc, own_start, kind.start))
    if topic_start > kind.end:
        own_start = topic_start  # "memorandums on X and on Y": Y's own words
    sector_end = segment_end
    if not alone:
        marks = list(_CLAUSE_MARK.finditer(doc.text, kind.end, segment_end))
        if (
            marks
            and segment_end < s.end
            and len(doc.text[marks[-1].end() : segment_end].split()) <= 4
        ):
            sector_end = marks[-1].start()  # not the next agreement's words ("..., a health")
    sectors = sectors_in(doc, own_start, sector_end)
    if not sectors and (alone or noun in words.sector_nouns):
        sectors = sectors_in(doc, s.start, s.end)
    programs = [
        m.actor
        for m in s.mentions
        if m.kind is ActorKind.PROGRAM
        and kind.start <= m.start < segment_end
        and not _UNDER.search(doc.text[s.start : m.start])
    ]
    if _NEGATED.search(head[-12:]):
        return None  # "though no agreement had been reached"
    if _SUCH_BEFORE.search(head[-20:]):
        return None  # "the only such arrangement": a kind of what was just told, not a new one
    if verb is not None and _VERB_NEGATED.search(
        doc.text[max(s.start, verb.start - 30) : verb.start]
    ):
        return None  # "have not reached any agreement", "refused to sign the accord"
    firm = AgreementKind(kind.label) not in _NOT_NAMED_KINDS
    background = firm and (
        bool(_YEAR_BEFORE.search(head[-40:])) or bool(_POSSESSIVE_BEFORE.search(head))
    )
    bare = (
        _DEFINITE.search(head[-12:]) is not None
        and not named
        and not background
        and _WORD_BEFORE.search(head[-25:]) is not None
        and _DEFINITE_ONLY.search(head[-6:]) is not None
    )
    # "established a strategic partnership in 2015": a partnership in place, told as background
    dated_relationship = (
        noun in words.relationship_nouns
        and noun != "ties"
        and verb is not None
        and verb.end <= kind.start
        and kind.start - verb.end <= 70
        and _DATED_AFTER.match(doc.text, kind.end) is not None
        and _PAST_FOUNDING.fullmatch(verb.text.lower()) is not None
        and not _UPGRADED.search(head)  # "upgraded them to a partnership in 2019": a relation
    )
    if dated_relationship:
        pass
    elif noun in words.relationship_nouns:
        if verb is None or kind.start - verb.end > _DIRECT or _UPGRADED.search(head):
            return None  # "ties upgraded to a strategic partnership" is a relation
        if _norm(verb.text) in words.weak_verbs:
            return None  # "deepen ties": a relation growing
    elif (
        verb is not None
        and verb.end <= kind.start
        and _norm(verb.text) in words.weak_verbs
        and _OWN_BEFORE.search(doc.text, verb.end, kind.start)
    ):
        return None  # "the IMF is to expand its loan programme": one side's own
    elif noun in words.sector_nouns:
        if verb is None or not (sectors or programs):
            return None
        if verb.end <= kind.start and kind.start - verb.end > _SECTOR_NOUN_REACH:
            return None  # "sealed a package on Sunday, the bloc's biggest commitment": a gloss
        if _TALKED_ABOUT.search(doc.text, max(s.start, verb.start - 45), max(verb.end, kind.start)):
            return None  # "discussed ways to expand cooperation in energy": talk, no agreement
    elif noun in words.needs_strong_verb:
        if verb is None or _norm(verb.text) not in words.strong_verbs:
            return None
    elif noun in words.needs_verb:
        if verb is None and not (named or background):
            return None
    elif verb is None and not (named or background or bare):
        return None
    status = AgreementStatus(verb.label) if verb is not None else AgreementStatus.SIGNED
    if dated_relationship:
        status = AgreementStatus.IN_FORCE
    if verb is None and named and not background:
        status = AgreementStatus.IN_FORCE
    start = verb.start if verb is not None and verb.start < kind.start else kind.start
    parties = _parties(doc, s, start, segment_end, spans, ctx, meetings, near=kind.end)
    if len(parties) == 1:
        parties = [*parties, *_borrower(doc, s, kind, segment_end, spans, parties)]
    if len(parties) < 2 and named:
        parties = _named_parties(doc, s, name_start, kind, segment_end, spans, parties)
    if len(parties) < 2 and named and background and not spans:
        # "The 1984 Treaty of Peace and Friendship remains the cornerstone of relations": an
        # older treaty told as background, between the two states the article is about
        parties = states_by_count(doc)[:2]
    if len(parties) < 2:
        return None
    title = _title(doc, s, verb, kind, topic_start, segment_end, floor=floor)
    if named and verb is None:
        of_name = _OF_NAME_AFTER.match(doc.text, kind.end) if kind.text[:1].isupper() else None
        title_end = of_name.end() if of_name is not None else kind.end
        title = _clean_title(doc.text[name_start:title_end], [])
    if title.lower() in _GENERIC and not (sectors or programs):
        return None  # "the project" alone names nothing
    draft = AgreementDraft(
        title=title,
        title_start=kind.start,
        kind=AgreementKind(kind.label),
        status=status,
        parties=parties,
        sectors=sectors,
        sentence=s,
        quote_start=s.start,
        quote_end=s.end,
        program=programs[0] if programs else None,
        confidence=0.75 if verb is not None else 0.6,
        reference=bare,
        generic=noun in words.generic_nouns,
        noun=noun.split(" of ")[0].split()[-1],
        governed=verb is not None,
        verb=verb,
    )
    _finish(doc, s, draft, verb or kind, meetings)
    if verb is None and background:
        draft.meeting = None
    return draft


def _programme_plan(
    doc: Document,
    s: Sentence,
    statuses: list[PhraseHit],
    kinds: list[PhraseHit],
    spans: list[SideSpan],
    ctx: Context,
    meetings: list[MeetingDraft],
) -> AgreementDraft | None:
    """A programme a status verb governs with no agreement noun ("agreed to widen the
    corridor's second phase" names the programme)."""
    for verb in statuses:
        if _norm(verb.text) in doc.lexicon.agreements.weak_verbs:
            continue
        programs = [
            m
            for m in s.mentions
            if m.kind is ActorKind.PROGRAM
            and verb.end <= m.start < verb.end + 80
            and not _UNDER.search(doc.text[s.start : m.start])
        ]
        if not programs:
            continue
        parties = _parties(doc, s, verb.start, s.end, spans, ctx, meetings)
        if len(parties) < 2:
            return None
        draft = AgreementDraft(
            title=programs[0].actor,
            title_start=programs[0].start,
            kind=AgreementKind.PLAN,
            status=AgreementStatus(verb.label),
            parties=parties,
            sectors=sectors_in(doc, s.start, s.end),
            sentence=s,
            quote_start=s.start,
            quote_end=s.end,
            program=programs[0].actor,
            confidence=0.6,
        )
        _finish(doc, s, draft, verb, meetings)
        return draft
    del kinds
    return None


def _named(doc: Document, s: Sentence, kind: PhraseHit) -> bool:
    """Whether an agreement noun is part of a proper name ("the Ganges Water Treaty", "the
    Teesta water-sharing agreement", "the Comprehensive Economic Partnership Agreement")."""
    if kind.text[:1].isupper() and kind.start > s.start + 1:
        before = doc.text[max(s.start, kind.start - 40) : kind.start]
        if _YEAR_NAME_BEFORE.search(before) and _OF_NAME_AFTER.match(doc.text, kind.end):
            return True  # "the 2009 Treaty of Maipu", "the 1984 Treaty of Peace and Friendship"
        return bool(_CAPITAL_BEFORE.search(before))
    before = doc.text[max(s.start, kind.start - 40) : kind.start]
    match = _NAME_BEFORE.search(before)
    if match is None:
        return False
    words = match.group(1).split()
    if words and _POSSESSIVE_END.search(words[-1]):
        return False  # "Addis Ababa's port deal": whose deal, not its name
    return bool(words) and not (len(words) == 1 and kind.start - len(before) == s.start)


def _name_start(doc: Document, s: Sentence, kind: PhraseHit) -> int:
    """Where the proper name an agreement noun ends starts ("the Ganges Water Treaty")."""
    before = doc.text[max(s.start, kind.start - 60) : kind.start]
    match = _NAME_RUN_BEFORE.search(before)
    return kind.start - len(match.group(1)) if match else kind.start


def _in_call_or_time_clause(doc: Document, s: Sentence, verb: PhraseHit) -> bool:
    """Whether a verb is what someone calls for ("called on all parties to agree to a
    ceasefire"), what may happen ("once the two governments agreed"), or a description
    inside a relative clause ("in which Mogadishu agreed to ...")."""
    head = doc.text[max(s.start, verb.start - 80) : verb.start]
    wide = doc.text[max(s.start, verb.start - 160) : verb.start]
    return bool(_CALL_OR_TIME.search(head) or _RELATIVE_BEFORE.search(wide))


def _verb_before(doc: Document, statuses: list[PhraseHit], kind: PhraseHit) -> PhraseHit | None:
    """The status verb governing a noun from before it in its clause."""
    words = doc.lexicon.agreements
    best: PhraseHit | None = None
    for verb in statuses:
        if verb.end > kind.start or kind.start - verb.end > 120:
            continue
        gap = doc.text[verb.end : kind.start]
        if _CLAUSE_BREAK.search(gap):
            continue
        if (
            best is None
            or (_norm(best.text) in words.weak_verbs and _norm(verb.text) not in words.weak_verbs)
            or _norm(verb.text) not in words.weak_verbs
            or _norm(best.text) in words.weak_verbs
        ):
            best = verb
    return best


def _verb_after(doc: Document, statuses: list[PhraseHit], kind: PhraseHit) -> PhraseHit | None:
    """A participle or passive right after a noun: "signed in 2022", "which took effect",
    "was signed on Tuesday"."""
    for verb in statuses:
        if not kind.end <= verb.start <= kind.end + 70:
            continue
        gap = doc.text[kind.end : verb.start]
        if (
            (len(gap) <= 30 and _PASSIVE_GAP.fullmatch(gap))
            or _WHICH_GAP.fullmatch(gap)
            or _NAMED_GAP.fullmatch(gap)
            or (_CONTACT_GAP.fullmatch(gap) and verb.label == "signed")
        ):
            return verb
    return None


def _finish(
    doc: Document,
    s: Sentence,
    draft: AgreementDraft,
    verb: PhraseHit,
    meetings: list[MeetingDraft],
) -> None:
    """Modality, date, meeting and lending parties of a draft."""
    acting = doc.lexicon.agreements.lists.get("party_for")
    if acting is not None:
        # "Commission President X and President Y signed a declaration": the EU is the party
        for number, party in enumerate(draft.parties):
            for pair in acting.labels:
                member, _, whole = pair.partition("=")
                if member == party.lower():
                    # the list is read lower-cased: the gazetteer gives the name its capitals
                    names = (o for o in doc.gazetteer.organizations if o.lower() == whole)
                    draft.parties[number] = next(names, party)
        draft.parties = list(dict.fromkeys(draft.parties))
    if draft.kind in (AgreementKind.COMMITMENT, AgreementKind.PLAN):
        # "the two also agreed to extend a programme": the states the officials serve, not
        # the agency one of them heads
        homes = [_state_of(doc, p) for p in draft.parties]
        if all(h is not None for h in homes) and len(set(homes)) == len(homes):
            draft.parties = [h for h in homes if h is not None]
    finance = doc.lexicon.agreements.lists.get("financing_words")
    if finance is not None and doc.find(finance, draft.title_start, draft.quote_end):
        # "Japan and Mongolia signed a yen loan agreement, JICA said": JICA lends
        for number, party in enumerate(draft.parties):
            if doc.gazetteer.is_state(party):
                body = reporting_body(doc, s, party, agencies=True)
                if body is not None and body not in draft.parties:
                    draft.parties[number] = body
    modality = clause_modality(doc, s, verb.start, verb.end)
    if modality is Modality.PLEDGED:
        modality = Modality.ASSERTED
    draft.modality = modality
    if modality in (Modality.PLANNED, Modality.HYPOTHETICAL) and draft.status in (
        AgreementStatus.SIGNED,
        AgreementStatus.AGREED,
    ):
        draft.status = AgreementStatus.PROPOSED  # "are set to sign a border agreement"
    if s.dates:
        near = min(s.dates, key=lambda d: abs(d.start - verb.start))
        if near.span.precision is not DatePrecision.YEAR or not near.is_relative:
            draft.agreement_date = near.span.end or near.span.start
    if draft.status is not AgreementStatus.IN_FORCE:
        draft.meeting = _meeting_of(s, draft.parties, meetings)
        old = (
            draft.agreement_date is not None
            and draft.meeting is not None
            and draft.meeting.start_date is not None
            and (draft.meeting.start_date - draft.agreement_date).days > 60
        )
        if old:
            draft.meeting = None  # "concluded a partnership in 2024": not at this meeting
        if draft.meeting is not None and draft.agreement_date is None:
            draft.agreement_date = draft.meeting.end_date or draft.meeting.start_date


def _parties(
    doc: Document,
    s: Sentence,
    at: int,
    end: int,
    spans: list[SideSpan],
    ctx: Context,
    meetings: list[MeetingDraft],
    *,
    near: int | None = None,
) -> list[str]:
    """The parties: the sides named before ``at`` (the subject), those right after the noun
    ending at ``near`` with "with" or "between", else the people or sides referred back to,
    else the sides of the meeting reported in this sentence or just before."""
    subject = [sp for sp in spans if sp.start < at]
    said = doc.find(doc.lexicon.context.attribution, s.start, at)
    if said:
        after_said = [sp for sp in subject if sp.start >= said[-1].end]
        if after_said:
            subject = after_said + [sp for sp in subject if sp.person is not None]
    # "denied a report by a Hong Kong daily that A and B had agreed": the report's subject,
    # not its outlet nor the one denying it
    reported = list(_REPORT_THAT.finditer(doc.text, s.start, at))
    if reported:
        after_report = [sp for sp in subject if sp.start >= reported[-1].end()]
        if after_report:
            subject = after_report
    objects: list[SideSpan] = []
    if near is not None:
        opener = _LINK.match(doc.text, near, end)
        if opener is not None:
            limit = min(end, opener.end() + 70)
            objects = [sp for sp in spans if opener.end() <= sp.start < limit]
            # "signed by Minister X of STATE and his counterpart Y": two sides, not two names
            two = list(dict.fromkeys(sp.side for sp in objects))[:2]
            objects = [sp for sp in objects if sp.side in two]
            if opener.group(0).rstrip().endswith("between"):
                # "the 2016 peace agreement between the Colombian government and the FARC":
                # the sides it is between, not who mediated or guaranteed it
                between = _between_sides(doc, s, opener.end(), limit, objects)
                if len(between) >= 2:
                    subject = []
                    objects = between
    if not subject and not objects and near is not None and _FRONTED.match(s.text):
        # "Under a separate arrangement agreed in 2015, Norway pays Colombia ...": the sides of
        # the clause the fronted phrase leads into
        comma = doc.text.find(",", near, s.end)
        if comma != -1:
            main = [sp for sp in spans if sp.start > comma]
            if len(distinct(main)) >= 2:
                objects = main
    parties = distinct([*subject, *objects])
    count = people_reference(doc, s.start, end)
    if count and len(ctx.people) >= 2 and len(parties) < count:
        for person in ctx.people[-count:]:
            side = person_side(person)
            if side is not None and side not in parties:
                parties.append(side)
    groups = doc.find(doc.lexicon.context.groups, s.start, end)
    here = [m for m in meetings if s in m.sentences]
    if len(parties) < 2 and groups and here and (not parties or set(parties) & set(here[-1].sides)):
        parties = _fill(doc, parties, here[-1].sides)  # "... and the two sides agreed"
    if len(parties) < 2 and groups and ctx.group:
        group = ctx.group
        states = [g for g in group if doc.gazetteer.is_state(g)]
        if len(states) >= 2 and not any(w in groups[0].text.lower() for w in ("side", "part")):
            group = states  # "the neighbours", "their": the states, not a bloc named beside
        parties = _fill(doc, parties, group)
    if len(parties) < 2:
        meeting = _recent_meeting(s, meetings)
        if meeting is not None and (not parties or set(parties) & set(meeting.sides)):
            parties = _fill(doc, parties, meeting.sides)
    if len(parties) == 1 and ctx.group and _belongs(doc, parties[0], ctx.group):
        parties = _fill(doc, parties, ctx.group)  # "AFD signed a loan": with the other side
    if not parties and ctx.group and _REFERS_BACK.match(s.text):
        # "The deal is part of a framework agreement signed in ...": the states of the deal
        states = [g for g in ctx.group if doc.gazetteer.is_state(g)]
        first = next((m.sides for m in meetings if len(m.sides) >= 2), list(ctx.group))
        parties = states if len(states) >= 2 else list(first)
    if (count or groups) and _STATE_PEOPLE.search(doc.text, s.start, end):
        # "the two foreign ministers have signed ...": the states they serve (a bank of one of
        # them is that state; a body of no one state, like the EU, stays), two at least
        mapped = list(dict.fromkeys(_state_of(doc, p) or p for p in parties))
        if len(mapped) < 2:
            top = [c for c in states_by_count(doc) if c not in mapped]
            mapped += top[: 2 - len(mapped)]
        parties = mapped
    return parties


# From an agreement noun to the sides it is with or between, or signed by ("the pact,
# signed in the capital on Monday by the ministers of ...").
# An amount's conversion in brackets may stand between ("a loan of 12 million dinars (about $39
# million) with X").
_LINK = re.compile(
    r"\s*(?:\([^)]{1,12}\)\s*)?,?\s*(?:[\w-]+\s+|\([^)]{1,40}\)\s+){0,7}?(?:with|between|by)\s"
)
_OWN_BEFORE = re.compile(r"\b(?:its|his|her)\s+(?:[\w-]+\s+){0,3}$")
_JOINTLY = re.compile(r"\s*\bjointly\b")
_LEADING_WHEN = re.compile(r"(?:until|by|before|from|in)\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4})\s+")
# Where a commitment's name ends: "resume direct hiring after a two-year pause".
_COMMITMENT_TAIL = re.compile(
    r"\s(?:rather\s+than|instead\s+of|amid|despite|in\s+order\s+to|so\s+as\s+to|so\s+that|"
    r"as\s+part\s+of|after|following|in\s+the\s+wake\s+of)\s"
)
_GENERIC_TITLES = frozenset({"agreement", "deal", "accord", "pact", "treaty", "memorandum"})
_TALKED_ABOUT = re.compile(
    r"\b(?:discussed|discuss|discussing|explored|explore|exploring|examined|reviewed|"
    r"looked\s+at|considered|stressed|underlined|highlighted|noted)\s+(?:the\s+)?"
    r"(?:ways|how|means|possibilities|possibility|prospects|opportunities|potential|need|"
    r"importance)\b[^.;]*$",
    re.IGNORECASE,
)
_SECTOR_NOUN_REACH = 60  # characters from a status verb to "cooperation" it governs
_STATE_PEOPLE = re.compile(
    r"\b(?:two|both|the)\s+(?:foreign\s+|prime\s+|defence\s+|defense\s+)?(?:ministers|leaders|"
    r"presidents|heads\s+of\s+state|countries|nations|governments|neighbours|neighbors|"
    r"prime\s+ministers)\b",
    re.IGNORECASE,
)
_LOAN_NOUNS = frozenset({"loan", "credit", "grant"})
_AND_MODIFIER = re.compile(r"\s+(?:and|or|&)\s+(?:[\w-]+\s+)?")
_OF_WORDS = frozenset({"of", "for", "on", "in", "to", "with", "about"})
_ACRONYM_GAP = re.compile(r"\s*\(\s*")
_PARTIES_TO = re.compile(
    r"\b(?:parties|party|signatories|signatory|signatory\s+states)\s+(?:to|of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
_FRONTED = re.compile(r"(?:Under|Through|With|In)\s+(?:a|an|the|their|its)\s+", re.IGNORECASE)
_PAIR_END = re.compile(r"[,;.]|\s(?:which|that|who|on|in|at|to|for|after|since)\s")


def _between_sides(
    doc: Document, s: Sentence, start: int, limit: int, objects: list[SideSpan]
) -> list[SideSpan]:
    """The two sides after "between": states and bodies, and armed or political groups
    ("between Israel and Hamas"), up to the end of the pair."""
    stop = _PAIR_END.search(doc.text, start, limit)
    end = stop.start() if stop and stop.start() > start + 3 else limit
    found = [sp for sp in objects if sp.start < end]
    for m in s.mentions:
        if m.kind is ActorKind.GROUP and start <= m.start < end:
            found.append(SideSpan(m.start, m.end, m.actor, None, "name"))
    found.sort(key=lambda sp: sp.start)
    return found[:2]


_TO_FOR = frozenset({"to", "for"})


def _named_parties(
    doc: Document,
    s: Sentence,
    name_start: int,
    kind: PhraseHit,
    end: int,
    spans: list[SideSpan],
    parties: list[str],
) -> list[str]:
    """The parties a programme's name gives: the body in the name and the state it is "for"
    ("the IsDB Member Country Partnership Strategy for Tajikistan")."""
    found = list(parties)
    for m in s.mentions:
        if name_start <= m.start < kind.start and m.kind is ActorKind.ORGANIZATION:
            found.append(m.actor)
    for sp in spans:
        if kind.end <= sp.start < min(end, kind.end + 40) and doc.gazetteer.is_state(sp.side):
            words = re.findall(r"[\w-]+", doc.text[max(s.start, sp.start - 8) : sp.start].lower())
            if words and words[-1] in _TO_FOR:
                found.append(sp.side)
                break
    return list(dict.fromkeys(found))


def _borrower(
    doc: Document,
    s: Sentence,
    kind: PhraseHit,
    end: int,
    spans: list[SideSpan],
    parties: list[str],
) -> list[str]:
    """The state a loan or grant goes to ("signed a loan of 180 billion won ... to
    Uzbekistan"): the other party of a financing agreement."""
    finance = doc.lexicon.agreements.lists.get("financing_words")
    if finance is None or not doc.find(finance, kind.start, kind.end):
        return []
    for sp in spans:
        if not kind.end <= sp.start < min(end, kind.end + 120) or sp.side in parties:
            continue
        words = re.findall(r"[\w-]+", doc.text[max(s.start, sp.start - 12) : sp.start].lower())
        if words and words[-1] in _TO_FOR and doc.gazetteer.is_state(sp.side):
            return [sp.side]
    return []


def _state_of(doc: Document, party: str) -> str | None:
    """A party's state: itself, or the state an organisation belongs to (None for bodies of
    no one state)."""
    if doc.gazetteer.is_state(party):
        return party
    defined = doc.defined.get(party)
    if defined is not None and defined.country_iso3:
        return defined.country_iso3
    return doc.gazetteer.organization_country.get(party)


def _belongs(doc: Document, party: str, group: list[str]) -> bool:
    """Whether a party is one of a group of sides, or a body of one of its states."""
    if party in group:
        return True
    home = doc.gazetteer.organization_country.get(party)
    defined = doc.defined.get(party)
    if defined is not None:
        home = defined.country_iso3
    return home is not None and home in group


def _fill(doc: Document, parties: list[str], more: list[str]) -> list[str]:
    """Parties completed from a group of sides, leaving out the home state of an
    organisation already a party ("AFD signed a loan": France is not the other party)."""
    homes = {doc.gazetteer.organization_country.get(p) for p in parties}
    homes |= {e.country_iso3 for p in parties if (e := doc.defined.get(p)) is not None}
    return list(dict.fromkeys([*parties, *(m for m in more if m not in homes)]))


def _recent_meeting(s: Sentence, meetings: list[MeetingDraft]) -> MeetingDraft | None:
    """The meeting reported in this sentence or the two before it, if any."""
    best: MeetingDraft | None = None
    for meeting in meetings:
        for ms in meeting.sentences:
            if s.index - 2 <= ms.index <= s.index and meeting.modality is not Modality.DENIED:
                best = meeting
    return best


def _meeting_of(
    s: Sentence, parties: list[str], meetings: list[MeetingDraft]
) -> MeetingDraft | None:
    """The meeting an agreement was reached at: one reported in this sentence, else the last
    asserted meeting before it whose sides include the parties."""
    for meeting in meetings:
        if s in meeting.sentences and meeting.modality is Modality.ASSERTED:
            return meeting
    chosen: MeetingDraft | None = None
    for meeting in meetings:
        if meeting.modality is not Modality.ASSERTED:
            continue
        if meeting.sentences[0].index <= s.index and set(parties) <= set(meeting.sides):
            chosen = meeting
    return chosen


def _title(
    doc: Document,
    s: Sentence,
    verb: PhraseHit | None,
    kind_hit: PhraseHit,
    topic_start: int,
    end: int,
    *,
    floor: int = 0,
) -> str:
    """A short name: the agreement noun phrase with what it is on."""
    text = doc.text
    start = kind_hit.start
    if (
        verb is not None
        and max(verb.end, floor) <= kind_hit.start
        and kind_hit.start - max(verb.end, floor) <= 60
    ):
        start = max(verb.end, floor)
        if floor > verb.end:
            # ", a health protocol", "..., including deals on X": not the list's words
            start = _words_before_start(doc, start, kind_hit.start)
    else:
        # the modifiers just before the noun ("Comprehensive Economic Partnership",
        # "their comprehensive economic partnership", "the 2023 memorandum")
        head = text[max(s.start, kind_hit.start - 60) : kind_hit.start]
        lead = _CAPITALS_BEFORE.search(head)
        after_det = _AFTER_DETERMINER.search(head)
        if after_det and len(after_det.group(1)) > len(lead.group(1) if lead else ""):
            start = kind_hit.start - len(after_det.group(1))
        elif lead:
            start = kind_hit.start - len(lead.group(1))
    stop_at = kind_hit.end
    if verb is not None and verb.start > kind_hit.end:
        end = min(end, verb.start)  # "the agreement between A and B took effect"
    tail = text[topic_start:end]
    more = _TOPIC_OPENER.match(tail)
    if more and not any(topic_start + more.end() == d.start for d in s.dates):
        stop = _TITLE_STOP.search(tail, more.end())
        stop_at = topic_start + (stop.start() if stop else len(tail))
    years = [d.text for d in s.dates if start <= d.start < kind_hit.start]
    phrase = text[start : kind_hit.end]
    if topic_start > kind_hit.end:
        phrase = phrase + " " + text[topic_start:stop_at].strip()
    elif stop_at > kind_hit.end:
        phrase = text[start:stop_at]
    return _clean_title(phrase, years)


def _clean_title(phrase: str, drop: list[str]) -> str:
    phrase = " ".join(phrase.split())
    for word in drop:
        phrase = phrase.replace(word + " ", "")
    phrase = _LEADING_DAY.sub("", phrase)
    phrase = _LEADING_TO.sub("", phrase)
    phrase = _IN_PRINCIPLE.sub("", phrase)  # "agreed in principle on a free trade agreement"
    while _DETERMINERS.match(phrase):
        phrase = _DETERMINERS.sub("", phrase, count=1)
    phrase = phrase.strip(" ,;:\"“”'")
    if not phrase:
        phrase = "agreement"
    if len(phrase) > _MAX_TITLE:
        phrase = phrase[:_MAX_TITLE].rsplit(" ", 1)[0]
    return phrase[0].upper() + phrase[1:]


def _is_new(draft: AgreementDraft, found: list[AgreementDraft]) -> bool:
    """Whether a draft is not one already found: the same title and parties, or a bare "the
    agreement" or "the contract" when one with a party in common was named before."""
    parties = set(draft.parties)
    if draft.reference and any(
        d.noun == draft.noun
        or (parties & set(d.parties) and not draft.governed)
        # "a yen loan agreement ... The agreement was signed by ...": the same one
        or (parties == set(d.parties) and (draft.generic or draft.noun in _LOAN_NOUNS))
        # "an exchange of notes ... The notes were signed after talks": its head noun again
        or (parties <= set(d.parties) and draft.noun in _words_of(d.title))
        for d in found
    ):
        return False
    return not any(
        d.title.lower() == draft.title.lower() and set(d.parties) == parties for d in found
    )


_OWN_POSSESSIVE = re.compile(r"\b(?:its|his|her)\s+$", re.IGNORECASE)
_CALLED_TO_KEEP = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+on|urged?|urges|urging|asked|appealed\s+to|pressed)\b[^.;]{0,60}?"
    r"\bto\s+(?:respect|observe|honou?r|uphold|abide\s+by|implement|comply\s+with|"
    r"adhere\s+to|restore|return\s+to)\s+(?:the|a|an)\s+$",
    re.IGNORECASE,
)


def _own_plan_or_called_for(doc: Document, draft: AgreementDraft) -> bool:
    """Whether a draft is one side's own plans ("wanted partners in its plans to build ...")
    or an earlier agreement only named in a call ("called on both sides to respect the
    ceasefire"): neither is an agreement reached."""
    head = doc.text[max(draft.sentence.start, draft.title_start - 100) : draft.title_start]
    if draft.kind is AgreementKind.PLAN and _OWN_POSSESSIVE.search(head):
        return True
    return draft.reference and not draft.governed and _CALLED_TO_KEEP.search(head) is not None


_COMPOUND_PAIR = re.compile(
    r"^(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)[-\u2013/]([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s"
)


def _actor_named(doc: Document, name: str) -> str | None:
    entries = [e for e in doc.gazetteer.lookup(name) if e.kind is not ActorKind.PERSON]
    return entries[0].actor if entries else None


# ... and then its verb, not ", which" or ", and" (a list of several agreements).
_NOUN_THEN_NAME = re.compile(
    r"[\w-]+"
    + _NAMED_GAP.pattern[: _NAMED_GAP.pattern.rindex(r",\s+")]
    + r",\s+(?=(?:has|have|had|was|were|is|are|entered|came|took|remains|remained)\b)"
)


def _title_from_apposition(doc: Document, draft: AgreementDraft) -> None:
    """A bare noun named in apposition ("a treaty with Australia, the Falepili Union, ...")
    takes the name as its title."""
    named = _NOUN_THEN_NAME.match(doc.text, draft.title_start, draft.sentence.end)
    if named is None or _actor_named(doc, named.group(1)) is not None:
        return
    at = named.start(1)
    if any(ref.start <= at < ref.end for ref in draft.sentence.people):
        return  # "with Tanzania's Minister of Finance, Juma Mwakyusa, on Monday": a person
    draft.title = named.group(1)


def _parties_from_compound(doc: Document, draft: AgreementDraft) -> None:
    """An agreement named for its two sides ("the EU-Mercosur trade agreement", "the
    US-Japan security treaty") and with no verb of its own has those two as its parties."""
    if draft.governed:
        return
    pair = _COMPOUND_PAIR.match(draft.title)
    if pair is None:
        return
    one, other = _actor_named(doc, pair.group(1)), _actor_named(doc, pair.group(2))
    if one is not None and other is not None and one != other:
        draft.parties = [one, other]


_PROGRAMME_TAIL = re.compile(r"\b(?:arrangement|facility)$", re.IGNORECASE)


def _lending_programme(doc: Document, draft: AgreementDraft) -> bool:
    """Whether a draft is a lender's lending programme ("Georgia's Stand-By Arrangement", "an
    Extended Credit Facility arrangement" with the IMF): money lent, an aid flow, no accord."""
    if _PROGRAMME_TAIL.search(draft.title.rstrip(" .")) is None:
        return False
    heads = doc.lexicon.aid.financing_heads
    return any(
        not doc.gazetteer.is_state(p) and any(w in heads for w in p.replace("-", " ").split())
        for p in draft.parties
    )


def _words_of(title: str) -> set[str]:
    return set(re.findall(r"[a-z]+", title.lower()))


_COUNTED = re.compile(
    r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+number\s+of|"
    r"a\s+series\s+of|a\s+raft\s+of|dozens\s+of)\s+(?:[\w-]+\s+)?[\w-]+s\b",
    re.IGNORECASE,
)


def _name_the_bare(draft: AgreementDraft, found: list[AgreementDraft]) -> None:
    """ "... under an agreement signed on Monday. The agreement on economic and technical
    cooperation was signed by ...": the later words name the earlier bare one."""
    if draft.title.lower() in _GENERIC_TITLES:
        return
    for earlier in reversed(found):
        if earlier.title.lower() in _GENERIC_TITLES and set(earlier.parties) == set(draft.parties):
            earlier.title = draft.title
            earlier.sectors = earlier.sectors or draft.sectors
            return


# Items of a counted set told after it: "The most important of them is a framework agreement on
# X", "A second agreement sets up Y", "The other agreements cover A, B and C".
_ITEM_IS = re.compile(
    r"\b(?:of\s+them|of\s+these|first)\b[^.;]{0,40}?\b(?:is|was)\s+(?:a|an|the)\s+"
)
_ITEM_ORDINAL = re.compile(
    r"(?:A|The|Another)\s+(?:second|third|fourth|fifth|sixth|further|last|final)?\s*"
    r"(agreement|accord|memorandum|deal|document|protocol)\s*"
    r"(?:sets\s+up|set\s+up|creates|establishes|covers|provides\s+for|concerns|deals\s+with|"
    r"is\s+on|on|,\s*on)\s+"
)
_ITEM_COVER = re.compile(
    r"(?:The|the)\s+(?:other|remaining|rest\s+of\s+the|three|four|two)?\s*"
    r"(agreements|accords|documents|deals|memorandums|memoranda|protocols)\s+"
    r"(?:cover|concern|deal\s+with|are\s+on|address|relate\s+to)\s+"
)
_ITEM_END = re.compile(
    r",\s+(?:which|where|who|when|under\s+which|including|was|were|is|are|has|have|had)\b"
    r"|[.;:]|\s+\("
)
_ITEM_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=(?:the|a|an)\s)")
_ITEM_NOUNS = {"memorandum": AgreementKind.MEMORANDUM, "memorandums": AgreementKind.MEMORANDUM}


def _counted_items(doc: Document, s: Sentence, found: list[AgreementDraft]) -> list[AgreementDraft]:
    """The items of a counted set of agreements ("signed five agreements") told in the next
    sentences, each an agreement of the set's parties with its own title and sectors."""
    counted = next(
        (
            d
            for d in reversed(found)
            if _COUNTED.match(d.title) and 0 < s.index - d.sentence.index <= 4
        ),
        None,
    )
    ordinal = _ITEM_ORDINAL.match(doc.text, s.start)
    if counted is None and ordinal is not None and ordinal.group(0).split()[1].lower() != "second":
        # "signed memorandums on A and on B. A third document, on C, was initialled": one
        # more of the list the sentence before gave
        listed = [d for d in found if 0 < s.index - d.sentence.index <= 1]
        if len(listed) >= 2 and all(set(d.parties) == set(listed[0].parties) for d in listed):
            counted = listed[-1]
    if counted is None or len(counted.parties) < 2:
        return []
    text = doc.text
    items: list[tuple[int, int, str, AgreementKind]] = []  # start, end, title, kind
    cover = _ITEM_COVER.search(text, s.start, s.end)
    if cover is not None:
        stop = _ITEM_END.search(text, cover.end(), s.end)
        end = stop.start() if stop else s.end
        at = cover.end()
        for part in [*_ITEM_SPLIT.finditer(text, at, end), None]:
            part_end = part.start() if part is not None else end
            if part_end > at:
                topic = text[at:part_end].strip()
                items.append((at, part_end, f"Agreement on {topic}", AgreementKind.ACCORD))
            if part is not None:
                at = part.end()
    elif ordinal is not None:
        stop = _ITEM_END.search(text, ordinal.end(), s.end)
        end = stop.start() if stop else s.end
        kind = _ITEM_NOUNS.get(ordinal.group(1).lower(), AgreementKind.ACCORD)
        topic = re.sub(r"^(?:a|an|the)\s+", "", text[ordinal.end() : end].strip())
        items.append((ordinal.end(), end, topic[:1].upper() + topic[1:], kind))
    else:
        copula = _ITEM_IS.search(text, s.start, s.end)
        if copula is None:
            return []
        heads = [
            k
            for k in doc.find(doc.lexicon.agreements.kinds, copula.end(), s.end)
            if k.start == copula.end() or k.start - copula.end() <= 25
        ]
        if not heads:
            return []
        stop = _ITEM_END.search(text, heads[0].end, s.end)
        end = stop.start() if stop else s.end
        topic = text[copula.end() : end].strip()
        kind = AgreementKind(heads[0].label)
        items.append((copula.end(), end, topic[:1].upper() + topic[1:], kind))
    drafts = []
    for start, end, title, kind in items:
        if len(title.split()) < 2 or len(title) > _MAX_TITLE:
            continue
        drafts.append(
            AgreementDraft(
                title=title,
                kind=kind,
                status=counted.status,
                parties=list(counted.parties),
                sectors=sectors_in(doc, start, end),
                sentence=s,
                quote_start=s.start,
                quote_end=s.end,
                meeting=counted.meeting,
                agreement_date=counted.agreement_date,
                modality=counted.modality,
                confidence=0.6,
                title_start=start,
                item=True,
                verb=counted.verb,
            )
        )
    return drafts


def _without_counted_lists(found: list[AgreementDraft]) -> list[AgreementDraft]:
    """ "signed ten cooperation documents." followed by "The documents include a memorandum on
    X, an agreement on Y ...": the listed ones stand for the count."""
    out: list[AgreementDraft] = []
    for draft in found:
        if _COUNTED.match(draft.title) and any(
            (d.item or (d.verb is not None and "includ" in d.verb.text.lower()))
            and set(d.parties) == set(draft.parties)
            and 0 < d.sentence.index - draft.sentence.index <= 2
            for d in found
        ):
            continue
        out.append(draft)
    return out


def _without_generic_repeats(found: list[AgreementDraft]) -> list[AgreementDraft]:
    """A general "gas agreement signed this week" followed by a specific agreement signed by
    the same parties is that agreement."""
    out: list[AgreementDraft] = []
    for number, draft in enumerate(found):
        if draft.generic and draft.status is AgreementStatus.SIGNED:
            later = found[number + 1 : number + 4]
            if any(
                not d.generic
                and d.status is AgreementStatus.SIGNED
                and set(d.parties) == set(draft.parties)
                and d.sentence is not draft.sentence
                and d.sentence.index <= draft.sentence.index + 2
                for d in later
            ):
                continue
        out.append(draft)
    return out
