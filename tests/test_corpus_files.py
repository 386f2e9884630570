"""Checks the development corpus: invented news articles with hand-written gold fact files.

Every ``tests/corpus/NN-slug.facts.yaml`` must be a valid ``FactBundle`` whose evidence quotes
are exact substrings of its article, whose references name states by ISO3 code and people and
organisations by names the bundle introduces, whose amounts agree with the words they were read
from, and the corpus as a whole must cover enough country pairs and every hard case listed in
``tests/corpus/hard_cases.csv``.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from entente.loaders.factfile import FactBundle
from entente.models.vocab import ActorKind, DatePrecision, MeetingKind, Modality

CORPUS = Path(__file__).parent / "corpus"
SECTORS_CSV = Path(__file__).resolve().parents[1] / "seeds" / "sectors.csv"
HARD_CASES = CORPUS / "hard_cases.csv"

# The sectors the gold files may use; seeds/sectors.csv, when there, must hold them too.
CORPUS_SECTORS = frozenset(
    {
        "industry", "agriculture", "mining", "finance", "banking", "energy", "new_energy",
        "infrastructure", "transport", "telecommunications", "information_technology",
        "health", "education", "water_sanitation", "defence", "security", "counter_terrorism",
        "trade", "investment", "tourism", "culture", "science_technology", "space", "maritime",
        "fisheries", "climate", "humanitarian", "governance", "debt_relief", "budget_support",
    }
)  # fmt: skip

MIN_ARTICLES = 40
MIN_PAIRS = 25
MIN_WORDS, MAX_WORDS = 120, 450
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

FACT_FILES = sorted(CORPUS.glob("*.facts.yaml"))
FILE_IDS = [path.name for path in FACT_FILES]


@dataclass(frozen=True)
class Article:
    """One gold file with its parsed bundle and its article text."""

    path: Path
    bundle: FactBundle
    text: str


@cache
def load(name: str) -> Article:
    """Parse and validate one fact file and read the article it points to."""
    path = CORPUS / name
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    bundle = FactBundle.model_validate(raw)
    assert bundle.source.text_file is not None, f"{name}: source.text_file is missing"
    text = (path.parent / bundle.source.text_file).read_text(encoding="utf-8")
    return Article(path=path, bundle=bundle, text=text)


def sector_codes() -> frozenset[str]:
    """The sector codes a gold file may use: the corpus list, narrowed by seeds/sectors.csv."""
    if SECTORS_CSV.exists():
        with SECTORS_CSV.open(encoding="utf-8", newline="") as handle:
            codes = frozenset(row["code"].strip() for row in csv.DictReader(handle))
        if codes:
            return CORPUS_SECTORS & codes
    return CORPUS_SECTORS


def mentions(text: str, name: str) -> bool:
    """Whether ``name`` occurs in ``text`` as whole words (``EU`` is not in ``EUR``)."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def is_iso3(ref: str) -> bool:
    """Whether ``ref`` is the ISO 3166 alpha-3 code of a country."""
    return re.fullmatch(r"[A-Z]{3}", ref) is not None and (
        pycountry.countries.get(alpha_3=ref) is not None
    )


def actor_names(bundle: FactBundle, *kinds: ActorKind) -> set[str]:
    """Names of the bundle's own actors, optionally of some kinds only."""
    return {a.name for a in bundle.actors if not kinds or a.kind in kinds}


def fact_refs(bundle: FactBundle) -> list[str]:
    """Every actor reference the facts of a bundle make."""
    refs: list[str] = []
    for meeting in bundle.meetings:
        for p in meeting.participants:
            refs.append(p.actor)
            if p.represents:
                refs.append(p.represents)
        if meeting.location_country:
            refs.append(meeting.location_country)
    for agreement in bundle.agreements:
        refs.extend(agreement.parties)
        if agreement.program:
            refs.append(agreement.program)
    for flow in bundle.aid_flows:
        refs.append(flow.donor)
        if flow.recipient:
            refs.append(flow.recipient)
        if flow.program:
            refs.append(flow.program)
    for statement in bundle.statements:
        refs.extend(statement.speakers)
        if statement.target:
            refs.append(statement.target)
    for relation in bundle.relations:
        refs.extend([relation.actor, relation.other])
    return refs


def truncate(day: dt.date, precision: DatePrecision) -> dt.date:
    """The first day of the month or year that ``day`` falls in, as precise as ``precision``."""
    if precision is DatePrecision.YEAR:
        return day.replace(month=1, day=1)
    if precision is DatePrecision.MONTH:
        return day.replace(day=1)
    return day


def side(participant_actor: str, represents: str | None) -> str:
    """The state or body a participant stands for."""
    return represents or participant_actor


def pairs(bundle: FactBundle) -> set[frozenset[str]]:
    """Unordered pairs of sides that meet, agree or move money in a bundle.

    A body and its own state (the Saudi Fund for Development and SAU) are one side, not a pair.
    """
    found: set[frozenset[str]] = set()
    home = {a.name: a.country for a in bundle.actors if a.country}

    def add(sides: Iterable[str]) -> None:
        for a, b in itertools.combinations(sorted(set(sides)), 2):
            if home.get(a) != b and home.get(b) != a:
                found.add(frozenset({a, b}))

    for meeting in bundle.meetings:
        add(side(p.actor, p.represents) for p in meeting.participants)
    for agreement in bundle.agreements:
        add(agreement.parties)
    for flow in bundle.aid_flows:
        if flow.recipient:
            add([flow.donor, flow.recipient])
    return found


# --- amounts -------------------------------------------------------------------------------

_SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "lakh": 10**5,
    "crore": 10**7,
}
_NUMBER = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?P<scale>thousand|million|billion|trillion|lakh|crore|mn|bn|tn|m)?\b",
    re.IGNORECASE,
)
# How news writes currencies, and which ISO 4217 codes each form may stand for.
_CURRENCY_MARKERS: list[tuple[re.Pattern[str], frozenset[str]]] = [
    (re.compile(p), frozenset(codes))
    for p, codes in [
        (r"US\$", {"USD"}),
        (r"A\$", {"AUD"}),
        (r"NZ\$", {"NZD"}),
        (r"C\$", {"CAD"}),
        (r"(?<![A-Za-z])\$", {"USD"}),
        (r"€|\bEUR\b|\beuros?\b", {"EUR"}),
        (r"£|\bpounds? sterling\b", {"GBP"}),
        (r"\byen\b", {"JPY"}),
        (r"\byuan\b|\bRMB\b", {"CNY"}),
        (r"\bRs\b|\brupees?\b", {"INR", "PKR", "LKR", "NPR"}),
        (r"\bTk\b|\btaka\b", {"BDT"}),
        (r"\briyals?\b", {"SAR", "QAR", "OMR"}),
        (r"\bCHF\b|\bSwiss francs?\b", {"CHF"}),
        (r"\bNOK\b|\bkroner\b", {"NOK"}),
        (r"\bdirhams?\b", {"AED", "MAD"}),
        (r"\bwon\b", {"KRW"}),
        (r"\blira\b|\bliras\b", {"TRY"}),
        (r"\broubles?\b|\brubles?\b", {"RUB"}),
        (r"\bUA\b|\bSDR\b", {"XDR"}),
    ]
]


def parse_amount(text: str) -> Decimal:
    """The whole-unit amount that ``text`` (such as ``Tk 500 crore``) writes."""
    match = _NUMBER.search(text)
    assert match, f"no number in {text!r}"
    number = Decimal(match["num"].replace(",", ""))
    scale = match["scale"]
    return number * _SCALES[scale.lower()] if scale else number


def currencies_named(text: str) -> set[str]:
    """The currency codes the words of ``text`` allow, empty when it names none."""
    for pattern, codes in _CURRENCY_MARKERS:
        if pattern.search(text):
            return set(codes)
    return set()


# --- the tests of each file ----------------------------------------------------------------


def test_corpus_has_enough_articles_and_every_text_has_a_gold_file() -> None:
    texts = {p.name for p in CORPUS.glob("*.txt")}
    gold = {p.name.removesuffix(".facts.yaml") + ".txt" for p in FACT_FILES}
    assert len(FACT_FILES) >= MIN_ARTICLES
    assert texts == gold, f"texts without gold: {texts - gold}; gold without text: {gold - texts}"
    numbers = sorted(int(p.name[:2]) for p in FACT_FILES)
    assert numbers == list(range(1, len(numbers) + 1)), "articles are numbered 01, 02, ... in turn"


@pytest.mark.parametrize("name", FILE_IDS)
def test_gold_file_validates_and_describes_its_source(name: str) -> None:
    article = load(name)
    source = article.bundle.source
    assert source.text_file == name.removesuffix(".facts.yaml") + ".txt"
    assert source.title and source.publisher
    assert source.url and source.url.startswith("https://example.org/")
    assert source.published_date is not None
    assert dt.date(2025, 1, 1) <= source.published_date <= dt.date(2026, 12, 31)


@pytest.mark.parametrize("name", FILE_IDS)
def test_article_is_short_news_copy(name: str) -> None:
    text = load(name).text
    words = len(text.split())
    assert MIN_WORDS <= words <= MAX_WORDS, f"{words} words"
    odd = set(
        re.findall(r"[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u20ac\u00a3\u00a5]", text)
    )
    assert not odd, f"characters news copy does not use: {odd}"


@pytest.mark.parametrize("name", FILE_IDS)
def test_every_fact_has_curated_evidence_quoted_exactly(name: str) -> None:
    article = load(name)
    bundle, text = article.bundle, article.text
    facts: list[Any] = [
        *bundle.meetings,
        *bundle.agreements,
        *bundle.aid_flows,
        *bundle.statements,
        *bundle.relations,
    ]
    for fact in facts:
        assert fact.evidence, f"a fact without evidence: {fact!r}"
    for item in [*bundle.actors, *facts]:
        for evidence in item.evidence:
            assert evidence.method.value == "curated"
            assert evidence.quote in text, f"quote not in the article: {evidence.quote!r}"
    for flow in bundle.aid_flows:
        if flow.amount_text is not None:
            assert flow.amount_text in text, f"amount_text not in the article: {flow.amount_text!r}"
    for statement in bundle.statements:
        if statement.quoted_text is not None:
            assert statement.quoted_text in text, f"quoted_text not in article: {statement!r}"


@pytest.mark.parametrize("name", FILE_IDS)
def test_sectors_come_from_the_sector_list(name: str) -> None:
    known = sector_codes()
    for agreement in load(name).bundle.agreements:
        unknown = set(agreement.sectors) - known
        assert not unknown, f"{agreement.title}: unknown sectors {unknown}"


@pytest.mark.parametrize("name", FILE_IDS)
def test_references_are_iso3_codes_or_actors_of_the_bundle(name: str) -> None:
    article = load(name)
    bundle = article.bundle
    own = actor_names(bundle)
    for actor in bundle.actors:
        assert actor.kind is not ActorKind.STATE, "states are named by ISO3 code, not listed"
        named = [n for n in [actor.name, *actor.aliases] if mentions(article.text, n)]
        assert named, f"neither {actor.name!r} nor an alias of it is in the article"
        for alias in actor.aliases:
            assert mentions(article.text, alias), f"alias {alias!r} of {actor.name} not in text"
        if actor.country is not None:
            assert is_iso3(actor.country), f"{actor.name}: country as ISO3"
        if actor.kind is ActorKind.PERSON:
            assert actor.roles, f"{actor.name}: a person gets the title the article gives"
            # Officials of international bodies may have no nationality in the text.
            assert actor.country or any(r.of in own for r in actor.roles), actor.name
        refs = [r.of for r in actor.roles if r.of]
        for ref in refs:
            assert is_iso3(ref) or ref in own, f"{actor.name}: role of unknown {ref!r}"
    for ref in fact_refs(bundle):
        assert is_iso3(ref) or ref in own, f"{ref!r} is neither an ISO3 code nor a bundle actor"
    people = actor_names(bundle, ActorKind.PERSON)
    for meeting in bundle.meetings:
        for p in meeting.participants:
            if p.actor in people:
                assert p.represents, f"{p.actor}: say whom the person represents"


@pytest.mark.parametrize("name", FILE_IDS)
def test_amounts_agree_with_the_words_they_come_from(name: str) -> None:
    for flow in load(name).bundle.aid_flows:
        if flow.amount is None:
            assert flow.currency is None or flow.amount_text is not None
            continue
        assert flow.amount_text, "an amount keeps the words it was read from"
        assert flow.amount == parse_amount(flow.amount_text), flow.amount_text
        named = currencies_named(flow.amount_text)
        assert named, f"no currency recognised in {flow.amount_text!r}"
        assert flow.currency in named, f"{flow.currency} for {flow.amount_text!r}"


@pytest.mark.parametrize("name", FILE_IDS)
def test_dates_fit_what_has_happened_and_what_is_planned(name: str) -> None:
    bundle = load(name).bundle
    published = bundle.source.published_date
    assert published is not None
    for meeting in bundle.meetings:
        if meeting.start_date is None:
            continue
        start, now = (
            truncate(meeting.start_date, meeting.date_precision),
            truncate(published, meeting.date_precision),
        )
        if meeting.modality is Modality.PLANNED:
            assert start >= now, f"planned meeting in the past: {meeting}"
        elif meeting.modality is Modality.ASSERTED:
            assert start <= now, f"meeting after publication: {meeting}"
        if meeting.date_precision is not DatePrecision.DAY:
            assert meeting.start_date == start, "a month or year is written as its first day"
    for agreement in bundle.agreements:
        if agreement.agreement_date is not None and agreement.modality is Modality.ASSERTED:
            assert agreement.agreement_date <= published
    for flow in bundle.aid_flows:
        if flow.modality is Modality.PLEDGED:
            assert flow.status.value == "pledged", "a promise is pledged in status and modality"


@pytest.mark.parametrize("name", FILE_IDS)
def test_meetings_of_the_same_sides_start_on_different_days(name: str) -> None:
    # The project's identity of a meeting: the same sides on the same first day are one meeting,
    # so a visit and the talks held on its first day are written as one meeting.
    seen: set[tuple[frozenset[str], dt.date]] = set()
    for meeting in load(name).bundle.meetings:
        if meeting.start_date is None:
            continue
        key = (
            frozenset(side(p.actor, p.represents) for p in meeting.participants),
            meeting.start_date,
        )
        assert key not in seen, f"two meetings of {sorted(key[0])} start on {key[1]}"
        seen.add(key)


def test_corpus_covers_enough_pairs_of_countries_and_organisations() -> None:
    found: set[frozenset[str]] = set()
    for name in FILE_IDS:
        found |= pairs(load(name).bundle)
    assert len(found) >= MIN_PAIRS, sorted(sorted(p) for p in found)


# --- hard cases ----------------------------------------------------------------------------


def _dated(bundle: FactBundle) -> list[dt.date]:
    dates = [m.start_date for m in bundle.meetings]
    dates += [a.agreement_date for a in bundle.agreements]
    dates += [f.flow_date for f in bundle.aid_flows]
    return [d for d in dates if d is not None]


def _weekday_resolved(article: Article, form: str) -> bool:
    published = article.bundle.source.published_date
    assert published is not None
    days = [WEEKDAYS.index(day) for day in WEEKDAYS if day in form]
    return any(
        d.weekday() in days and abs((d - published).days) <= 7 for d in _dated(article.bundle)
    )


def _surname_used(article: Article, form: str, person: str) -> bool:
    bundle = article.bundle
    actor = next((a for a in bundle.actors if a.name == person), None)
    if actor is None or actor.kind is not ActorKind.PERSON:
        return False
    surname_in_form = any(token in form.split() for token in person.split())
    listed = any(alias in form for alias in actor.aliases)
    return surname_in_form and listed and form in article.text.replace(person, "")


def _person(article: Article, person: str) -> bool:
    return person in actor_names(article.bundle, ActorKind.PERSON)


def _state_in_facts(article: Article, code: str) -> bool:
    return is_iso3(code) and code in fact_refs(article.bundle)


def _org_donor(bundle: FactBundle) -> bool:
    bodies = actor_names(bundle, ActorKind.ORGANIZATION, ActorKind.PROGRAM)
    return any(flow.donor in bodies for flow in bundle.aid_flows)


def _empty(bundle: FactBundle) -> bool:
    return bundle.fact_count() == 0 and not bundle.actors


# Each hard case: what its bundle must show, and what `form` / `stands_for` in the manifest mean.
CaseCheck = Callable[[Article, str | None, str | None], bool]
HARD_CASE_CHECKS: dict[str, CaseCheck] = {
    "several_meetings": lambda a, f, s: len(a.bundle.meetings) >= 2,
    "planned_meeting": lambda a, f, s: any(
        m.modality is Modality.PLANNED for m in a.bundle.meetings
    ),
    "denied_aid": lambda a, f, s: any(x.modality is Modality.DENIED for x in a.bundle.aid_flows),
    "non_usd_currency": lambda a, f, s: any(
        x.currency not in (None, "USD") for x in a.bundle.aid_flows
    ),
    "scaled_amount": lambda a, f, s: (
        f is not None
        and any(x.amount_text == f and x.amount is not None for x in a.bundle.aid_flows)
    ),
    "surname_reference": lambda a, f, s: f is not None and s is not None and _surname_used(a, f, s),
    "title_only_reference": lambda a, f, s: s is not None and _person(a, s),
    "weekday_date": lambda a, f, s: f is not None and _weekday_resolved(a, f),
    "date_range": lambda a, f, s: any(
        m.start_date and m.end_date and m.end_date > m.start_date for m in a.bundle.meetings
    ),
    "demonym_for_state": lambda a, f, s: s is not None and _state_in_facts(a, s),
    "capital_for_government": lambda a, f, s: s is not None and _state_in_facts(a, s),
    "organisation_donor": lambda a, f, s: _org_donor(a.bundle),
    "sector_list": lambda a, f, s: any(len(x.sectors) >= 3 for x in a.bundle.agreements),
    "no_facts": lambda a, f, s: _empty(a.bundle),
    "aid_without_meeting": lambda a, f, s: bool(a.bundle.aid_flows) and not a.bundle.meetings,
    "phone_call": lambda a, f, s: any(m.kind is MeetingKind.CALL for m in a.bundle.meetings),
}


def hard_case_entries() -> dict[str, list[dict[str, str]]]:
    """The manifest: hard case -> entries of ``file`` and optional ``form`` and ``stands_for``."""
    entries: dict[str, list[dict[str, str]]] = {}
    with HARD_CASES.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["case", "file", "form", "stands_for"]
        for row in reader:
            entry = {key: value for key, value in row.items() if key != "case" and value}
            entries.setdefault(row["case"], []).append(entry)
    return entries


def test_manifest_lists_every_hard_case_at_least_twice() -> None:
    entries = hard_case_entries()
    assert set(entries) == set(HARD_CASE_CHECKS)
    for case, listed in entries.items():
        files = {e["file"] for e in listed}
        assert len(files) >= 2, f"{case} needs at least two articles"


@pytest.mark.parametrize("case", sorted(HARD_CASE_CHECKS))
def test_manifest_entries_show_their_hard_case(case: str) -> None:
    check = HARD_CASE_CHECKS[case]
    for entry in hard_case_entries().get(case, []):
        article = load(entry["file"].removesuffix(".txt") + ".facts.yaml")
        form, stands_for = entry.get("form"), entry.get("stands_for")
        if form is not None:
            assert form in article.text, f"{case}: {form!r} not in {entry['file']}"
        assert check(article, form, stands_for), f"{case} not shown by {entry}"


def test_no_fact_articles_are_the_only_empty_ones() -> None:
    listed = {e["file"] for e in hard_case_entries()["no_facts"]}
    empty = {load(n).bundle.source.text_file for n in FILE_IDS if _empty(load(n).bundle)}
    assert empty == listed
    currencies = {f.currency for n in FILE_IDS for f in load(n).bundle.aid_flows if f.currency}
    assert len(currencies - {"USD"}) >= 6, f"too few currencies: {currencies}"
