"""The gazetteer: seed lists loaded into aliases, people added, look-ups by exact alias."""

from __future__ import annotations

from entente.loaders.gazetteer import Gazetteer, KnownPerson
from entente.models.vocab import ActorKind, AliasKind


def test_seed_gazetteer_knows_states_by_name_adjective_capital_and_prefix() -> None:
    gaz = Gazetteer.from_seeds()
    assert gaz.lookup("Pakistan")[0].actor == "PAK"
    chinese = gaz.lookup("Chinese")[0]
    assert (chinese.actor, chinese.alias_kind) == ("CHN", AliasKind.ADJECTIVE)
    beijing = gaz.lookup("Beijing")[0]
    assert (beijing.actor, beijing.alias_kind) == ("CHN", AliasKind.CAPITAL)
    assert gaz.lookup("Sino")[0].alias_kind is AliasKind.PREFIX
    assert gaz.is_state("CHN") and not gaz.is_state("XXX")


def test_seed_gazetteer_knows_organisations_and_programmes() -> None:
    gaz = Gazetteer.from_seeds()
    imf = gaz.lookup("IMF")[0]
    assert imf.kind is ActorKind.ORGANIZATION
    assert imf.actor == "International Monetary Fund"
    assert gaz.lookup("Belt and Road Initiative")[0].kind is ActorKind.PROGRAM


def test_from_seeds_is_cached() -> None:
    assert Gazetteer.from_seeds() is Gazetteer.from_seeds()


def test_with_people_adds_names_and_aliases_without_changing_the_original() -> None:
    base = Gazetteer.build(states=[{"iso3": "NOR", "name": "Norway"}], aliases=[], organizations=[])
    person = KnownPerson("Ingrid Solberg", "NOR", "Foreign Minister", "NOR", aliases=("Solberg",))
    extended = base.with_people([person])
    entries = extended.lookup("Ingrid Solberg")
    assert entries and entries[0].kind is ActorKind.PERSON
    assert entries[0].country_iso3 == "NOR"
    assert extended.lookup("Solberg")[0].alias_kind is AliasKind.SURNAME
    assert extended.people["Ingrid Solberg"] == person
    assert base.lookup("Ingrid Solberg") == []
    assert extended.lookup("Norway")[0].actor == "NOR"


def test_build_ignores_aliases_of_unknown_actors_and_reads_alias_kinds() -> None:
    gaz = Gazetteer.build(
        states=[{"iso3": "KEN", "name": "Kenya", "official_name": "Republic of Kenya"}],
        aliases=[
            {"actor": "KEN", "alias": "Kenyan", "alias_kind": "adjective"},
            {"actor": "ZZZ", "alias": "Nowhere", "alias_kind": "name"},
        ],
        organizations=[{"name": "East African Community", "kind": "organization"}],
    )
    assert gaz.lookup("Republic of Kenya")[0].actor == "KEN"
    assert gaz.lookup("Kenyan")[0].alias_kind is AliasKind.ADJECTIVE
    assert gaz.lookup("Nowhere") == []
    assert gaz.organizations["East African Community"] is ActorKind.ORGANIZATION
