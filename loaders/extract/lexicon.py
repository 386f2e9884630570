"""The extractor's word lists, read once from ``seeds/extraction/`` and compiled to matchers.

Nothing here knows about any article: every trigger word, title and place lives in the YAML,
CSV and text files beside the seeds, and this module only turns them into fast regexes.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import yaml

from entente.loaders.extract.tokens import Token, normalized, token_key

_FOLDER = "extraction"


def _read_text(name: str) -> str:
    resource = resources.files("entente.seeds").joinpath(_FOLDER).joinpath(name)
    return resource.read_text(encoding="utf-8")


def _read_yaml(name: str) -> dict[str, Any]:
    data = yaml.safe_load(_read_text(name))
    if not isinstance(data, dict):
        raise ValueError(f"seeds/{_FOLDER}/{name} must hold a mapping")
    return data


def _read_lines(name: str) -> list[str]:
    lines = (line.strip() for line in _read_text(name).splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _normal(phrase: str) -> str:
    return " ".join(phrase.lower().replace("\u2019", "'").split())


class PhraseHit(NamedTuple):
    """One phrase found in a text, with the label its list gives it."""

    start: int
    end: int
    text: str
    label: str


# Every phrase list made, so that one pass over a text's tokens can find them all at once.
_REGISTRY: list[PhraseSet] = []
_Single = tuple[int, str, bool]  # list number, label, case-sensitive
_Multi = tuple[tuple[str, ...], int, str, bool]  # phrase tokens, list number, label, case-sensitive


@dataclass
class _Bank:
    size: int = -1
    singles: dict[str, list[_Single]] = field(default_factory=dict)
    multis: dict[tuple[str, str], list[_Multi]] = field(default_factory=dict)
    firsts: set[str] = field(default_factory=set)  # first tokens of the multi-token phrases


_BANK = _Bank()


def _phrase_bank() -> _Bank:
    """Every phrase of every list made so far, keyed by its first one or two tokens (lower
    case), longest phrases first; rebuilt when a list is added."""
    if _BANK.size != len(_REGISTRY):
        _BANK.singles.clear()
        _BANK.multis.clear()
        _BANK.firsts = set()
        for number, phrases in enumerate(_REGISTRY):
            for phrase, label in phrases.labels.items():
                key = tuple(w.lower() for w in token_key(phrase))
                exact = not phrases.ignore_case
                if len(key) == 1:
                    _BANK.singles.setdefault(key[0], []).append((number, label, exact))
                elif key:
                    _BANK.multis.setdefault((key[0], key[1]), []).append(
                        (key, number, label, exact)
                    )
        for candidates in _BANK.multis.values():
            candidates.sort(key=lambda item: -len(item[0]))
        _BANK.firsts = {first for first, _ in _BANK.multis}
        _BANK.size = len(_REGISTRY)
    return _BANK


def find_all(
    text: str, tokens: list[Token], lower: list[str] | None = None
) -> list[list[PhraseHit]]:
    """The hits of every phrase list in one pass over the tokens: per list, whole-token
    phrases, leftmost-longest, not overlapping, not glued to a hyphenated word. ``lower`` is
    the normalised lower-case token texts, when the caller has them already."""
    bank = _phrase_bank()
    registry = _REGISTRY
    found: list[list[PhraseHit]] = [[] for _ in registry]
    busy = [0] * len(registry)
    if lower is None:
        lower = [w.lower() for w in normalized(tokens)]
    count = len(tokens)
    singles, multis, firsts = bank.singles, bank.multis, bank.firsts

    for i in range(count):
        word = lower[i]
        single = singles.get(word)
        multi = multis.get((word, lower[i + 1])) if word in firsts and i + 1 < count else None
        if single is None and multi is None:
            continue
        if i > 0 and lower[i - 1] == "-" and tokens[i - 1].end == tokens[i].start:
            continue  # "US-backed" does not hold "backed"
        if multi:
            for key, number, label, exact in multi:
                size = len(key)
                if busy[number] > i or i + size > count:
                    continue
                if size > 2 and tuple(lower[i : i + size]) != key:
                    continue
                after = i + size
                if (
                    after < count
                    and lower[after] == "-"
                    and tokens[after].start == tokens[after - 1].end
                ):
                    continue  # glued to a hyphenated word
                start, end = tokens[i].start, tokens[after - 1].end
                phrase = text[start:end]
                if exact and phrase not in registry[number].labels:
                    continue
                found[number].append(PhraseHit(start, end, phrase, label))
                busy[number] = after
        if single:
            after = i + 1
            if after < count and lower[after] == "-" and tokens[after].start == tokens[i].end:
                continue
            token = tokens[i]
            for number, label, exact in single:
                if busy[number] <= i:
                    if exact and token.text not in registry[number].labels:
                        continue
                    found[number].append(PhraseHit(token.start, token.end, token.text, label))
                    busy[number] = after
    return found


class PhraseSet:
    """Whole-word phrases (case-insensitive unless told otherwise), each with a label."""

    def __init__(self, labelled: Iterable[tuple[str, str]], *, ignore_case: bool = True) -> None:
        self.labels: dict[str, str] = {}
        for phrase, label in labelled:
            key = _normal(phrase) if ignore_case else " ".join(phrase.split())
            self.labels.setdefault(key, label)
        self.ignore_case = ignore_case
        self.number = len(_REGISTRY)
        _REGISTRY.append(self)
        self._pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        """One regex for the whole list (compiled on first use; documents use ``find_all``)."""
        if self._pattern is None:
            body = _trie_pattern(self.labels) if self.labels else r"(?!x)x"
            flags = re.IGNORECASE if self.ignore_case else 0
            self._pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)
        return self._pattern

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[PhraseHit]:
        """Every non-overlapping phrase in ``text[start:end]``, leftmost-longest."""
        stop = len(text) if end is None else end
        for match in self.pattern.finditer(text, start, stop):
            found = match.group()
            key = _normal(found) if self.ignore_case else " ".join(found.split())
            yield PhraseHit(match.start(), match.end(), found, self.labels.get(key, ""))

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and (
            (_normal(phrase) if self.ignore_case else phrase) in self.labels
        )

    def label(self, phrase: str) -> str | None:
        """The label of an exact phrase, or None."""
        return self.labels.get(_normal(phrase) if self.ignore_case else phrase)


def _atom(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char == "'":
        return "['\u2019]"
    return re.escape(char)


def _trie_pattern(phrases: Iterable[str]) -> str:
    """One regex for many phrases, factored as a character trie so that each position of the
    text costs one branch test, not one test per phrase; longer phrases are tried first."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [_atom(char) + build(child) for char, child in node.items() if char != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def _labelled(groups: Mapping[str, Iterable[str]]) -> list[tuple[str, str]]:
    return [(str(phrase), str(label)) for label, phrases in groups.items() for phrase in phrases]


@dataclass(frozen=True)
class Roles:
    """Titles of office: each spelling maps to the title a role records."""

    titles: PhraseSet
    office_modifiers: PhraseSet
    holder_modifiers: PhraseSet
    heads: frozenset[str]
    body_titles: frozenset[str]
    leader_titles: frozenset[str] = frozenset()
    # titles of people who comment rather than act (researchers, analysts): no state is
    # guessed for them beyond the sentence that introduces them
    expert_titles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MeetingWords:
    """Meeting triggers: label is the meeting kind; verbs and weak words flagged separately."""

    triggers: PhraseSet
    verbs: frozenset[str]
    weak: frozenset[str]
    needs_person: frozenset[str]
    needs_object: frozenset[str]
    signing: PhraseSet
    topic_markers: PhraseSet
    no_infinitive: frozenset[str]
    planned_verbs: frozenset[str]
    process_nouns: frozenset[str]
    process_before: tuple[str, ...]
    resident_titles: tuple[str, ...]
    not_objects: frozenset[str]
    internal_bodies: PhraseSet
    strengthening_verbs: frozenset[str]
    subordinate_before: frozenset[str]
    joiners: PhraseSet


NOT_A_MEETING = "none"
"""The label of meeting triggers listed under ``not_meetings``: matched only to be dropped."""


@dataclass(frozen=True)
class AgreementWords:
    """Agreement status verbs and kind nouns."""

    statuses: PhraseSet
    kinds: PhraseSet
    needs_verb: frozenset[str]
    weak_verbs: frozenset[str]
    needs_strong_verb: frozenset[str]
    strong_verbs: frozenset[str]
    relationship_nouns: frozenset[str]
    sector_nouns: frozenset[str]
    commitment_verbs: PhraseSet
    meeting_verbs: frozenset[str]
    generic_nouns: frozenset[str]
    channels: PhraseSet
    # every other list of agreements.yaml, by its key (each phrase labelled with the key)
    lists: Mapping[str, PhraseSet] = field(default_factory=dict)


@dataclass(frozen=True)
class AidWords:
    """Aid-flow status verbs, flow-type nouns and vague-amount phrases."""

    statuses: PhraseSet
    flow_types: PhraseSet
    vague: PhraseSet
    receiver_verbs: frozenset[str]
    trade_nouns: PhraseSet
    trade_override_verbs: PhraseSet
    parts: PhraseSet
    not_aid_before: PhraseSet
    not_aid_after: PhraseSet
    stock_words: PhraseSet
    cost_nouns: frozenset[str]
    financing_heads: frozenset[str]
    amountless_nouns: frozenset[str]
    amountless_verbs: frozenset[str]
    company_nouns: frozenset[str] = frozenset()
    public_owners: frozenset[str] = frozenset()
    # every other list of aid.yaml, by its key (each phrase labelled with the key)
    lists: Mapping[str, PhraseSet] = field(default_factory=dict)


@dataclass(frozen=True)
class StanceWords:
    """The words that qualify a stance verb: noun readings, and objects naming the target."""

    ambiguous: frozenset[str]
    verb_markers: frozenset[str]
    state_objects: PhraseSet
    act_objects: PhraseSet
    # every other list of statements.yaml, by its key (each phrase labelled with the key)
    lists: Mapping[str, PhraseSet] = field(default_factory=dict)


@dataclass(frozen=True)
class RelationWords:
    """Relation words by kind and the words that qualify them."""

    kinds: PhraseSet
    relation_nouns: PhraseSet
    need_relation_noun: frozenset[str]
    negations: frozenset[str]
    regarding_verbs: tuple[str, ...]
    past_markers: frozenset[str]
    partner_nouns: PhraseSet
    # every other list of relations.yaml, by its key (each phrase labelled with the key)
    lists: Mapping[str, PhraseSet] = field(default_factory=dict)


@dataclass(frozen=True)
class ContextWords:
    """Words that refer back to sides or people, or that tie a place or side to its role."""

    groups: PhraseSet
    people: PhraseSet
    pronouns: frozenset[str]
    representatives: PhraseSet
    location_prepositions: frozenset[str]
    recipient_prepositions: frozenset[str]
    donor_prepositions: frozenset[str]
    organization_heads: frozenset[str]
    office_body_heads: frozenset[str]
    state_body_starts: tuple[str, ...]
    organization_descriptors: frozenset[str]
    back_references: dict[str, tuple[str, ...]]
    attribution: PhraseSet
    name_followers: frozenset[str]
    media_words: frozenset[str]
    # a form two states share ("Congo", "Congolese"), its alias kind and the states it may name
    ambiguous_states: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    # regions of a fixed membership ("the five Central Asian countries")
    region_members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # regional and political blocs: "the bloc's next summit" is theirs
    blocs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    """Every word list of the extractor."""

    roles: Roles
    meetings: MeetingWords
    agreements: AgreementWords
    aid: AidWords
    statements: PhraseSet
    stance_words: StanceWords
    relations: RelationWords
    modality: PhraseSet
    planned_time: PhraseSet
    hypothetical_anywhere: PhraseSet
    context: ContextWords
    abbreviations: frozenset[str]
    titles_of_address: frozenset[str]
    name_particles: frozenset[str]
    surname_first: frozenset[str]
    not_names: frozenset[str]
    institution_words: frozenset[str]
    title_words: frozenset[str]
    places: dict[str, str]
    state_currencies: dict[str, str]


def _roles() -> Roles:
    data = _read_yaml("roles.yaml")
    labelled: list[tuple[str, str]] = []
    for item in data["titles"]:
        title = str(item["title"])
        labelled.append((title, title))
        labelled.extend((str(form), title) for form in item.get("forms", []) or [])
    return Roles(
        titles=PhraseSet(labelled),
        office_modifiers=PhraseSet((m, m) for m in data.get("office_modifiers", [])),
        holder_modifiers=PhraseSet((m, m) for m in data.get("holder_modifiers", [])),
        heads=frozenset(_normal(str(h)) for h in data.get("heads", []) or []),
        body_titles=frozenset(_normal(str(h)) for h in data.get("body_titles", []) or []),
        leader_titles=frozenset(str(h) for h in data.get("leader_titles", []) or []),
        expert_titles=frozenset(_normal(str(h)) for h in data.get("expert_titles", []) or []),
    )


def _meetings() -> MeetingWords:
    data = _read_yaml("meetings.yaml")
    labelled: list[tuple[str, str]] = []
    verbs: set[str] = set()
    for kind, groups in data["kinds"].items():
        for phrase in groups.get("verbs", []) or []:
            labelled.append((str(phrase), str(kind)))
            verbs.add(_normal(str(phrase)))
        for phrase in groups.get("nouns", []) or []:
            labelled.append((str(phrase), str(kind)))
    # longer phrases that hold a meeting word but report no meeting ("news conference")
    labelled.extend((str(phrase), NOT_A_MEETING) for phrase in data.get("not_meetings", []) or [])
    weak = frozenset(_normal(str(w)) for w in data.get("weak", []) or [])
    return MeetingWords(
        PhraseSet(labelled),
        frozenset(verbs),
        weak,
        needs_person=frozenset(_normal(str(w)) for w in data.get("needs_person", []) or []),
        needs_object=frozenset(_normal(str(w)) for w in data.get("needs_object", []) or []),
        signing=PhraseSet((str(w), "talks") for w in data.get("signing", []) or []),
        topic_markers=PhraseSet((str(w), "topic") for w in data.get("topic_markers", []) or []),
        no_infinitive=frozenset(_normal(str(w)) for w in data.get("no_infinitive", []) or []),
        planned_verbs=frozenset(_normal(str(w)) for w in data.get("planned_verbs", []) or []),
        process_nouns=frozenset(_normal(str(w)) for w in data.get("process_nouns", []) or []),
        process_before=tuple(_normal(str(w)) for w in data.get("process_before", []) or []),
        resident_titles=tuple(_normal(str(w)) for w in data.get("resident_titles", []) or []),
        not_objects=frozenset(_normal(str(w)) for w in data.get("not_objects", []) or []),
        internal_bodies=PhraseSet((str(w), "body") for w in data.get("internal_bodies", []) or []),
        strengthening_verbs=frozenset(
            _normal(str(w)) for w in data.get("strengthening_verbs", []) or []
        ),
        subordinate_before=frozenset(
            _normal(str(w)) for w in data.get("subordinate_before", []) or []
        ),
        joiners=PhraseSet((str(w), "joined") for w in data.get("joiners", []) or []),
    )


def _agreements() -> AgreementWords:
    data = _read_yaml("agreements.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(_normal(str(w)) for w in data.get(key, []) or [])

    return AgreementWords(
        statuses=PhraseSet(_labelled(data["statuses"])),
        kinds=PhraseSet(_labelled(data["kinds"])),
        needs_verb=words("needs_verb"),
        weak_verbs=words("weak_verbs"),
        needs_strong_verb=words("needs_strong_verb"),
        strong_verbs=words("strong_verbs"),
        relationship_nouns=words("relationship_nouns"),
        sector_nouns=words("sector_nouns"),
        commitment_verbs=PhraseSet((str(w), "agreed") for w in data.get("commitment_verbs", [])),
        meeting_verbs=words("meeting_verbs"),
        generic_nouns=words("generic_nouns"),
        channels=PhraseSet((str(w), "channel") for w in data.get("channels", []) or []),
        lists=_other_lists(data, set(AgreementWords.__dataclass_fields__)),
    )


def _aid() -> AidWords:
    data = _read_yaml("aid.yaml")
    return AidWords(
        statuses=PhraseSet(_labelled(data["statuses"])),
        flow_types=PhraseSet(_labelled(data["flow_types"])),
        vague=PhraseSet((str(v), "vague") for v in data.get("vague", []) or []),
        receiver_verbs=frozenset(_normal(str(v)) for v in data.get("receiver_verbs", []) or []),
        trade_nouns=PhraseSet((str(v), "trade") for v in data.get("trade_nouns", []) or []),
        parts=PhraseSet((str(v), "parts") for v in data.get("parts", []) or []),
        trade_override_verbs=PhraseSet(
            (str(v), "finance") for v in data.get("trade_override_verbs", []) or []
        ),
        not_aid_before=PhraseSet((str(v), "not") for v in data.get("not_aid_before", []) or []),
        not_aid_after=PhraseSet((str(v), "not") for v in data.get("not_aid_after", []) or []),
        stock_words=PhraseSet((str(v), "stock") for v in data.get("stock_words", []) or []),
        cost_nouns=frozenset(_normal(str(v)) for v in data.get("cost_nouns", []) or []),
        financing_heads=frozenset(str(v) for v in data.get("financing_heads", []) or []),
        amountless_nouns=frozenset(_normal(str(v)) for v in data.get("amountless_nouns", []) or []),
        amountless_verbs=frozenset(_normal(str(v)) for v in data.get("amountless_verbs", []) or []),
        company_nouns=frozenset(str(v) for v in data.get("company_nouns", []) or []),
        public_owners=frozenset(str(v) for v in data.get("public_owners", []) or []),
        lists=_other_lists(data, set(AidWords.__dataclass_fields__)),
    )


def _stance_words() -> StanceWords:
    data = _read_yaml("statements.yaml")
    return StanceWords(
        ambiguous=frozenset(_normal(str(w)) for w in data.get("ambiguous", []) or []),
        verb_markers=frozenset(_normal(str(w)) for w in data.get("verb_markers", []) or []),
        state_objects=PhraseSet((str(w), "state") for w in data.get("state_objects", []) or []),
        act_objects=PhraseSet((str(w), "act") for w in data.get("act_objects", []) or []),
        lists=_other_lists(
            data, {"kinds", "ambiguous", "verb_markers", "state_objects", "act_objects"}
        ),
    )


def _other_lists(data: Mapping[str, Any], used: set[str]) -> dict[str, PhraseSet]:
    """The lists of a YAML mapping not in ``used``, each as phrases labelled with its key."""
    return {
        str(key): PhraseSet((str(w), str(key)) for w in value)
        for key, value in data.items()
        if key not in used and isinstance(value, list)
    }


def _relations() -> RelationWords:
    data = _read_yaml("relations.yaml")
    return RelationWords(
        kinds=PhraseSet(_labelled(data["kinds"])),
        relation_nouns=PhraseSet((str(w), "noun") for w in data.get("relation_nouns", []) or []),
        need_relation_noun=frozenset(
            _normal(str(w)) for w in data.get("need_relation_noun", []) or []
        ),
        negations=frozenset(_normal(str(w)) for w in data.get("negations", []) or []),
        regarding_verbs=tuple(str(w) for w in data.get("regarding_verbs", []) or []),
        past_markers=frozenset(_normal(str(w)) for w in data.get("past_markers", []) or []),
        partner_nouns=PhraseSet(
            (str(w), "strategic partner") for w in data.get("partner_nouns", []) or []
        ),
        lists=_other_lists(
            data,
            {
                "kinds",
                "relation_nouns",
                "need_relation_noun",
                "negations",
                "regarding_verbs",
                "past_markers",
                "partner_nouns",
            },
        ),
    )


def _places() -> dict[str, str]:
    rows = csv.DictReader(io.StringIO(_read_text("places.csv")))
    return {row["place"].strip(): row["country_iso3"].strip().upper() for row in rows}


def _context() -> ContextWords:
    data = _read_yaml("context.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(_normal(str(w)) for w in data.get(key, []) or [])

    return ContextWords(
        groups=PhraseSet((str(p), "group") for p in data.get("groups", [])),
        people=PhraseSet((str(p), "people") for p in data.get("people", [])),
        pronouns=words("pronouns"),
        representatives=PhraseSet((str(p), "rep") for p in data.get("representatives", [])),
        location_prepositions=words("location_prepositions"),
        recipient_prepositions=words("recipient_prepositions"),
        donor_prepositions=words("donor_prepositions"),
        organization_heads=frozenset(str(w) for w in data.get("organization_heads", []) or []),
        organization_descriptors=words("organization_descriptors"),
        office_body_heads=frozenset(str(w) for w in data.get("office_body_heads", []) or []),
        state_body_starts=tuple(str(w) for w in data.get("state_body_starts", []) or []),
        attribution=PhraseSet((str(p), "said") for p in data.get("attribution", []) or []),
        name_followers=frozenset(str(w) for w in data.get("name_followers", []) or []),
        media_words=frozenset(str(w) for w in data.get("media_words", []) or []),
        blocs=frozenset(str(w) for w in data.get("blocs", []) or []),
        back_references={
            _normal(str(word)): tuple(str(n) for n in names or [])
            for word, names in (data.get("back_references") or {}).items()
        },
        region_members={
            str(name): tuple(str(c) for c in codes or [])
            for name, codes in (data.get("region_members") or {}).items()
        },
        ambiguous_states=tuple(
            (str(row["alias"]), str(row["kind"]), tuple(str(c) for c in row["states"]))
            for row in data.get("ambiguous_states", []) or []
        ),
    )


@cache
def lexicon() -> Lexicon:
    """The word lists, loaded and compiled once."""
    return Lexicon(
        roles=_roles(),
        meetings=_meetings(),
        agreements=_agreements(),
        aid=_aid(),
        statements=PhraseSet(_labelled(_read_yaml("statements.yaml")["kinds"])),
        stance_words=_stance_words(),
        relations=_relations(),
        modality=PhraseSet(
            _labelled(
                {
                    k: v
                    for k, v in _read_yaml("modality.yaml").items()
                    if k not in ("planned_time", "hypothetical_anywhere")
                }
            )
        ),
        planned_time=PhraseSet(
            (str(p), "planned") for p in _read_yaml("modality.yaml")["planned_time"]
        ),
        hypothetical_anywhere=PhraseSet(
            (str(p), "hypothetical")
            for p in _read_yaml("modality.yaml").get("hypothetical_anywhere", [])
        ),
        context=_context(),
        abbreviations=frozenset(_read_lines("abbreviations.txt")),
        titles_of_address=frozenset(_read_lines("titles_of_address.txt")),
        name_particles=frozenset(_read_lines("name_particles.txt")),
        surname_first=frozenset(_read_lines("surname_first.txt")),
        not_names=frozenset(_read_lines("not_names.txt")),
        institution_words=frozenset(_read_lines("institution_words.txt")),
        title_words=frozenset(_read_lines("title_words.txt")),
        places=_places(),
        state_currencies={
            row["iso3"].strip(): row["currency"].strip()
            for row in csv.DictReader(io.StringIO(_read_text("state_currencies.csv")))
        },
    )
