"""The bodies news names, found by the extractor's actor finder through the shipped gazetteer.

Regional blocs, UN bodies and missions, aid agencies, lenders, programmes and armed groups are
found by their names and common short forms; short forms that are ordinary words, or that name
other bodies as often ("IS", "AES", "CAF", "Norad"), are not in the gazetteer, and matching is
case-sensitive, so a word spelt like an acronym in lower or title case names nothing. The
sentences are invented.
"""

from __future__ import annotations

import pytest

from entente.loaders.extract import build_document
from entente.loaders.gazetteer import Gazetteer
from entente.models.vocab import ActorKind


def _actors(text: str) -> list[tuple[str, ActorKind]]:
    doc = build_document(text)
    return [(m.actor, m.kind) for s in doc.sentences for m in s.mentions]


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        (
            "Ministers of the Pacific Alliance met in Lima.",
            "Pacific Alliance",
            ActorKind.ORGANIZATION,
        ),
        (
            "CELAC leaders gathered for a summit.",
            "Community of Latin American and Caribbean States",
            ActorKind.ORGANIZATION,
        ),
        (
            "UEMOA finance ministers met in Dakar.",
            "West African Economic and Monetary Union",
            ActorKind.ORGANIZATION,
        ),
        (
            "APEC trade ministers issued a statement.",
            "Asia-Pacific Economic Cooperation",
            ActorKind.ORGANIZATION,
        ),
        ("The Visegrád Group met in Prague.", "Visegrad Group", ActorKind.GROUP),
        (
            "UNFPA delivered supplies to the clinics.",
            "United Nations Population Fund",
            ActorKind.ORGANIZATION,
        ),
        (
            "OCHA said the convoy had reached the town.",
            "United Nations Office for the Coordination of Humanitarian Affairs",
            ActorKind.ORGANIZATION,
        ),
        (
            "MONUSCO peacekeepers patrolled the road.",
            "United Nations Organization Stabilization Mission in the Democratic Republic"
            " of the Congo",
            ActorKind.ORGANIZATION,
        ),
        (
            "Sida approved a grant for the schools.",
            "Swedish International Development Cooperation Agency",
            ActorKind.ORGANIZATION,
        ),
        (
            "Afreximbank signed a facility with the ministry.",
            "African Export-Import Bank",
            ActorKind.ORGANIZATION,
        ),
        (
            "The Lobito Corridor will carry copper to the coast.",
            "Lobito Corridor",
            ActorKind.PROGRAM,
        ),
        ("Hamas rejected the proposal.", "Hamas", ActorKind.GROUP),
        ("Houthi forces fired a missile.", "Houthis", ActorKind.GROUP),
        ("The RSF shelled the city.", "Rapid Support Forces", ActorKind.GROUP),
        ("ISIL claimed the attack.", "Islamic State", ActorKind.GROUP),
        ("An al-Qaida affiliate claimed the raid.", "Al-Qaeda", ActorKind.GROUP),
        (
            "Iran's Revolutionary Guards seized a tanker.",
            "Islamic Revolutionary Guard Corps",
            ActorKind.ORGANIZATION,
        ),
        (
            "Cargo moved along the INSTC to Mumbai.",
            "International North-South Transport Corridor",
            ActorKind.PROGRAM,
        ),
    ],
)
def test_new_bodies_are_found_by_name_or_short_form(text: str, actor: str, kind: ActorKind) -> None:
    assert (actor, kind) in _actors(text)


def test_a_longer_name_wins_over_the_body_or_state_inside_it() -> None:
    found = _actors(
        "The OPEC Fund and the Council of Europe Development Bank lent money, and the "
        "Islamic State West Africa Province attacked a base. The Pakistani Taliban denied it."
    )
    assert [actor for actor, _ in found] == [
        "OPEC Fund for International Development",
        "Council of Europe Development Bank",
        "Islamic State West Africa Province",
        "Tehrik-i-Taliban Pakistan",
    ]


def test_national_bodies_carry_their_state() -> None:
    gazetteer = Gazetteer.from_seeds()
    assert (
        gazetteer.organization_country["Swedish International Development Cooperation Agency"]
        == "SWE"
    )
    assert gazetteer.organization_country["Qatar Fund for Development"] == "QAT"
    assert gazetteer.organization_country["Asia-Pacific Economic Cooperation"] is None


@pytest.mark.parametrize(
    "text",
    [
        "IS this the end of the talks?",  # "IS" is no alias of the Islamic State
        "The AES plant will sell power to the grid.",  # AES: a power company too
        "CAF fined the football club.",  # CAF: football's confederation as often as the bank
        "Norad tracked the flight over Alaska.",  # Norad: the air-defence command too
        "Alba won a seat in Scotland.",  # the Scottish party, not ALBA the bloc
        "Let the quad bikes and the gavi grass wait.",  # lower- and title-case words
        "The goods were listed under HTS code 8507.",  # the tariff schedule, not a Syrian group
        "The Karen National Liberation Army seized a post.",  # not Colombia's ELN
        "General Abdel Fatah al-Burhan met the envoy.",  # a name, not the Palestinian party
    ],
)
def test_risky_words_name_no_new_body(text: str) -> None:
    names = {actor for actor, kind in _actors(text) if kind is not ActorKind.STATE}
    new = {
        "Islamic State",
        "Alliance of Sahel States",
        "Development Bank of Latin America and the Caribbean",
        "Norwegian Agency for Development Cooperation",
        "Bolivarian Alliance for the Peoples of Our America",
        "Lashkar-e-Taiba",
        "Gavi, the Vaccine Alliance",
        "Hayat Tahrir al-Sham",
        "Ejército de Liberación Nacional",
    }
    assert names & new == set()
