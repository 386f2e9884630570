"""Every gold fact file of the extra evaluation sets (corpus2, corpus3, corpus4, corpus5, heldout,
corpus6)
is valid: it validates as a fact bundle, its article exists, and each evidence quote is in the
article."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from entente.loaders.factfile import FactBundle

TESTS = Path(__file__).resolve().parent
SETS = ["corpus2", "corpus3", "corpus4", "corpus5", "heldout", "corpus6"]
GOLD = sorted(p for name in SETS for p in (TESTS / name).glob("*.facts.yaml"))


def test_the_evaluation_sets_are_there() -> None:
    assert len([p for p in GOLD if p.parent.name == "heldout"]) >= 14
    assert len([p for p in GOLD if p.parent.name == "corpus2"]) >= 20
    assert len([p for p in GOLD if p.parent.name == "corpus4"]) >= 24
    assert len([p for p in GOLD if p.parent.name == "corpus5"]) >= 18
    assert len([p for p in GOLD if p.parent.name == "corpus6"]) >= 14


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_is_valid(path: Path) -> None:
    bundle = FactBundle.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert bundle.source.text_file is not None
    text = (path.parent / bundle.source.text_file).read_text(encoding="utf-8")
    assert bundle.source.published_date is not None
    facts = [
        *bundle.actors,
        *bundle.meetings,
        *bundle.agreements,
        *bundle.aid_flows,
        *bundle.statements,
        *bundle.relations,
    ]
    for fact in facts:
        for evidence in fact.evidence:
            assert evidence.quote in text, evidence.quote
