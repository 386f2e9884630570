"""Agreements: status from the verb, kind from the noun, sectors from the sector list."""

from __future__ import annotations

import datetime as dt

from entente.loaders.extract import extract
from entente.loaders.factfile import AgreementIn, FactBundle
from entente.models.vocab import AgreementKind, AgreementStatus, Modality

PUBLISHED = dt.date(2025, 3, 5)


def _bundle(text: str) -> FactBundle:
    return extract(text, published=PUBLISHED)


def _agreements(text: str) -> list[AgreementIn]:
    return _bundle(text).agreements


def test_signed_memorandum_between_two_states() -> None:
    [agreement] = _agreements(
        "Ghana and Morocco signed a memorandum of understanding on fertiliser supplies."
    )
    assert set(agreement.parties) == {"GHA", "MAR"}
    assert agreement.kind is AgreementKind.MEMORANDUM
    assert agreement.status is AgreementStatus.SIGNED
    assert "memorandum of understanding" in agreement.title.lower()


def test_sector_list_is_read_into_sector_codes() -> None:
    [agreement] = _agreements(
        "Vietnam and Laos agreed to expand cooperation in agriculture, mining and banking."
    )
    assert agreement.status is AgreementStatus.AGREED
    assert {"agriculture", "mining", "banking"} <= set(agreement.sectors)


def test_reaffirmed_partnership_links_to_the_meeting_of_the_sentence() -> None:
    bundle = _bundle(
        "Egypt and Jordan reaffirmed their strategic partnership during talks in Cairo on Monday."
    )
    [agreement] = bundle.agreements
    assert agreement.status is AgreementStatus.REAFFIRMED
    assert agreement.kind is AgreementKind.PARTNERSHIP
    assert agreement.meeting == bundle.meetings[0].ref
    assert agreement.agreement_date == dt.date(2025, 3, 3)


def test_both_nations_refers_back_to_the_sides_before() -> None:
    text = (
        "Chile and Peru held talks in Lima on Monday. "
        "Both nations agreed to strengthen cooperation in fisheries."
    )
    agreements = _agreements(text)
    assert any(set(a.parties) == {"CHL", "PER"} and "fisheries" in a.sectors for a in agreements)


def test_plans_to_develop_a_programme_are_proposed_and_planned() -> None:
    [agreement] = _agreements(
        "China and Pakistan unveiled plans to develop a new phase of the "
        "China-Pakistan Economic Corridor."
    )
    assert agreement.program == "China-Pakistan Economic Corridor"
    assert agreement.status is AgreementStatus.PROPOSED
    assert agreement.modality is Modality.PLANNED


def test_agreement_that_took_effect_is_in_force_and_no_verb_means_no_agreement() -> None:
    [agreement] = _agreements(
        "The free trade agreement between Chile and Japan took effect last year."
    )
    assert agreement.status is AgreementStatus.IN_FORCE
    assert _agreements("Chile and Japan have a long history of cooperation.") == []
