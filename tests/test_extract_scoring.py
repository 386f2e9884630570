"""The benchmark's matching rules: one-to-one matching, alias resolution, title similarity."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from entente.loaders.extract.scoring import Score, match, score_bundle, title_similarity
from entente.loaders.factfile import FactBundle, RelationIn
from entente.loaders.gazetteer import Gazetteer


def _bundle(**facts: object) -> FactBundle:
    return FactBundle.model_validate({"source": {"text": "x"}, **facts})


def test_match_pairs_each_gold_item_once() -> None:
    score = match([1, 1, 2], [1, 3], lambda a, b: a == b)
    assert (score.tp, score.fp, score.fn) == (1, 2, 1)
    assert score.precision == 1 / 3 and score.recall == 0.5


def test_empty_sides_score_perfectly_and_f1_is_harmonic() -> None:
    assert Score().f1 == 1.0
    assert round(Score(tp=1, fp=1, fn=0).f1, 3) == 0.667


def test_aliases_of_organisations_match_their_canonical_names() -> None:
    flow = {"donor": "IMF", "recipient": "EGY", "amount": 5, "currency": "USD"}
    gold_flow = {**flow, "donor": "International Monetary Fund"}
    predicted = _bundle(aid_flows=[flow])
    gold = _bundle(
        actors=[{"name": "International Monetary Fund", "kind": "organization"}],
        aid_flows=[gold_flow],
    )
    scores = score_bundle(predicted, gold, Gazetteer.from_seeds())
    assert (scores.aid_flows.tp, scores.aid_flows.fp) == (1, 0)


def test_meetings_need_the_same_sides_and_start_date() -> None:
    meeting = {
        "start_date": dt.date(2025, 3, 3),
        "participants": [{"actor": "Ana Ruiz", "represents": "PER"}, {"actor": "BOL"}],
    }
    gold = _bundle(meetings=[meeting])
    same = _bundle(meetings=[{**meeting, "participants": [{"actor": "PER"}, {"actor": "BOL"}]}])
    other_day = _bundle(meetings=[{**meeting, "start_date": dt.date(2025, 3, 4)}])
    gaz = Gazetteer.from_seeds()
    assert score_bundle(same, gold, gaz).meetings.tp == 1
    assert score_bundle(other_day, gold, gaz).meetings.tp == 0


def test_agreements_match_on_parties_and_sectors_or_title() -> None:
    gold = _bundle(
        agreements=[{"title": "Memorandum on green hydrogen", "parties": ["DEU", "KEN"]}]
    )
    similar = _bundle(
        agreements=[{"title": "Green hydrogen memorandum", "parties": ["KEN", "DEU"]}]
    )
    unrelated = _bundle(agreements=[{"title": "Fisheries protocol", "parties": ["KEN", "DEU"]}])
    gaz = Gazetteer.from_seeds()
    assert score_bundle(similar, gold, gaz).agreements.tp == 1
    assert score_bundle(unrelated, gold, gaz).agreements.tp == 0
    assert title_similarity("Fisheries protocol", "the fisheries protocol") == 1.0


def test_amounts_must_agree() -> None:
    flow = {"donor": "JPN", "recipient": "PHL", "amount": Decimal(60), "currency": "JPY"}
    gold = _bundle(aid_flows=[flow])
    wrong = _bundle(aid_flows=[{**flow, "amount": Decimal(61)}])
    assert score_bundle(wrong, gold, Gazetteer.from_seeds()).aid_flows.tp == 0


def test_statements_need_the_same_kind_speakers_and_target() -> None:
    stance = {"kind": "commend", "speakers": ["KEN", "Ruth Amani"], "target": "UGA"}
    gold = _bundle(statements=[stance])
    gaz = Gazetteer.from_seeds()
    same = _bundle(statements=[{**stance, "speakers": ["Ruth Amani", "Kenya"], "topic": "x"}])
    other_kind = _bundle(statements=[{**stance, "kind": "condemn"}])
    other_target = _bundle(statements=[{**stance, "target": "TZA"}])
    assert score_bundle(same, gold, gaz).statements.tp == 1
    assert score_bundle(other_kind, gold, gaz).statements.tp == 0
    assert score_bundle(other_target, gold, gaz).statements.tp == 0


def test_relations_match_in_either_order_except_membership() -> None:
    gaz = Gazetteer.from_seeds()
    gold = _bundle(
        relations=[
            {"actor": "IND", "other": "BGD", "kind": "strained"},
            {"actor": "KEN", "other": "African Union", "kind": "member of"},
        ]
    )
    flipped = _bundle(
        relations=[
            {"actor": "BGD", "other": "IND", "kind": "strained"},
            {"actor": "African Union", "other": "KEN", "kind": "member of"},
        ]
    )
    scores = score_bundle(flipped, gold, gaz)
    assert (scores.relations.tp, scores.relations.fp, scores.relations.fn) == (1, 1, 1)
    extra, missed = scores.leftovers["relations"]
    assert [r.kind.value for r in extra if isinstance(r, RelationIn)] == ["member of"]
    assert [r.actor for r in missed if isinstance(r, RelationIn)] == ["KEN"]
