"""The seed article end to end, the evidence contract, and no article knowledge in code."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from entente.loaders.dates import RelativeDateError
from entente.loaders.extract import extract
from entente.loaders.factfile import FactBundle
from entente.models.vocab import ActorKind, EvidenceMethod

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "seed_article.txt").read_text(encoding="utf-8")
EXTRACT_CODE = sorted((ROOT / "loaders" / "extract").glob("*.py"))
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))


@pytest.fixture(scope="module")
def seed_bundle() -> FactBundle:
    return extract(SEED, published=dt.date(2026, 1, 6), url="https://example.org/seed")


def test_seed_meeting_in_beijing_between_the_two_ministers(seed_bundle: FactBundle) -> None:
    beijing = [m for m in seed_bundle.meetings if m.start_date == dt.date(2026, 1, 5)]
    assert len(beijing) == 1
    meeting = beijing[0]
    assert (meeting.location, meeting.location_country) == ("Beijing", "CHN")
    sides = {p.actor: p.represents for p in meeting.participants}
    assert sides == {"Wang Yi": "CHN", "Ishaq Dar": "PAK"}


def test_seed_us_flow_to_pakistan(seed_bundle: FactBundle) -> None:
    flows = [f for f in seed_bundle.aid_flows if f.amount == Decimal("397000000")]
    assert len(flows) == 1
    assert (flows[0].donor, flows[0].recipient, flows[0].currency) == ("USA", "PAK", "USD")


def test_seed_commitments_and_sectors(seed_bundle: FactBundle) -> None:
    sectors = [set(a.sectors) for a in seed_bundle.agreements]
    assert {"industry", "agriculture", "mining"} in sectors
    assert {"finance", "banking"} in sectors
    programs = {a.program for a in seed_bundle.agreements}
    assert "China-Pakistan Economic Corridor" in programs
    assert all(set(a.parties) == {"CHN", "PAK"} for a in seed_bundle.agreements)


def test_seed_people(seed_bundle: FactBundle) -> None:
    people = {a.name: a.country for a in seed_bundle.actors if a.kind is ActorKind.PERSON}
    assert people == {"Wang Yi": "CHN", "Ishaq Dar": "PAK", "Donald Trump": "USA"}


def test_source_carries_the_text_and_the_arguments(seed_bundle: FactBundle) -> None:
    assert seed_bundle.source.text == SEED.strip()
    assert seed_bundle.source.url == "https://example.org/seed"
    assert seed_bundle.source.published_date == dt.date(2026, 1, 6)


def _evidence(bundle: FactBundle) -> list[tuple[str, int | None, EvidenceMethod]]:
    items: list[Any] = [
        *bundle.actors,
        *bundle.meetings,
        *bundle.agreements,
        *bundle.aid_flows,
        *bundle.statements,
        *bundle.relations,
    ]
    return [(e.quote, e.char_start, e.method) for item in items for e in item.evidence]


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_every_quote_is_the_text_at_its_offset(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    bundle = extract(text, published=dt.date(2025, 6, 15))
    for quote, start, method in _evidence(bundle):
        assert start is not None
        assert text[start : start + len(quote)] == quote
        assert method is EvidenceMethod.EXTRACTED
    facts = [*bundle.meetings, *bundle.agreements, *bundle.aid_flows, *bundle.statements]
    assert all(fact.evidence for fact in facts)


def test_seed_quotes_are_exact(seed_bundle: FactBundle) -> None:
    evidence = _evidence(seed_bundle)
    assert evidence
    for quote, start, _ in evidence:
        assert start is not None and SEED[start : start + len(quote)] == quote


def test_relative_date_without_published_date_raises() -> None:
    with pytest.raises(RelativeDateError):
        extract("Kenya and Uganda held talks in Nairobi on Monday.")
    dated = extract("Kenya and Uganda held talks in Nairobi on 3 March 2025.")
    assert dated.meetings[0].start_date == dt.date(2025, 3, 3)


def test_text_without_relations_gives_an_empty_bundle() -> None:
    bundle = extract(
        "The weather was mild and the markets were quiet.", published=dt.date(2025, 1, 2)
    )
    assert bundle.fact_count() == 0 and bundle.actors == []


# Words from the seed article that must never be hard-coded in the extractor.
SEED_WORDS = [
    "Wang", "Ishaq", "Dar", "Trump", "CPEC", "397", "Beijing", "Pakistan", "Islamabad",
    "China", "F-16", "Afghanistan", "Belt and Road", "Xinjiang", "Shehbaz", "all-weather",
]  # fmt: skip


@pytest.mark.parametrize("path", EXTRACT_CODE, ids=[p.name for p in EXTRACT_CODE])
def test_no_article_knowledge_in_extraction_code(path: Path) -> None:
    code = path.read_text(encoding="utf-8")
    for word in SEED_WORDS:
        assert not re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", code), (
            f"{path.name} mentions {word!r}: knowledge belongs in seeds/"
        )
