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


def _mentions(text: str) -> list[tuple[str, str, ActorKind]]:
    import datetime as dt

    from entente.loaders.extract import build_document

    doc = build_document(text, published=dt.date(2025, 1, 1))
    return [(m.text, m.actor, m.kind) for s in doc.sentences for m in s.mentions]


def test_regions_holding_a_state_name_are_places_not_that_state() -> None:
    found = _mentions(
        "Officials from New Jersey, Latin America and South America met in the Indo-Pacific."
    )
    assert ("New Jersey", "New Jersey", ActorKind.PLACE) in found
    assert all(actor not in ("JEY", "USA", "IND") for _, actor, _ in found)
    assert {text for text, _, kind in found if kind is ActorKind.PLACE} >= {
        "Latin America",
        "South America",
        "Indo-Pacific",
    }


def test_prefixes_still_combine_outside_the_listed_compounds() -> None:
    found = _mentions("Indo-Russian ties outlasted Greco-Roman and Anglo-American fashions.")
    actors = [actor for _, actor, _ in found]
    assert actors[:2] == ["IND", "RUS"]
    assert "GRC" not in actors and "GBR" not in actors
    assert _mentions("Jersey raised its tax rate.")[0][1] == "JEY"


def test_brussels_stands_for_the_european_union_as_a_place_in_belgium() -> None:
    entry = Gazetteer.from_seeds().lookup("Brussels")
    assert len(entry) == 1
    assert (entry[0].actor, entry[0].alias_kind) == ("European Union", AliasKind.CAPITAL)
    assert entry[0].country_iso3 == "BEL"


def test_build_reads_regions_and_overrides() -> None:
    gaz = Gazetteer.build(
        states=[{"iso3": "BEL", "name": "Belgium"}, {"iso3": "USA", "name": "United States"}],
        aliases=[
            {"actor": "BEL", "alias": "Brussels", "alias_kind": "capital"},
            {"actor": "USA", "alias": "America", "alias_kind": "name"},
        ],
        organizations=[{"name": "European Union", "kind": "organization"}],
        regions=[{"name": "Latin America", "country_iso3": ""}],
        overrides=[
            {"alias": "Brussels", "actor": "European Union", "alias_kind": "capital",
             "place_country": "BEL"},
            {"alias": "Atlantis", "actor": "Nobody", "alias_kind": "name", "place_country": ""},
        ],
    )  # fmt: skip
    assert [e.actor for e in gaz.lookup("Brussels")] == ["European Union"]
    assert gaz.lookup("Latin America")[0].kind is ActorKind.PLACE
    assert gaz.lookup("America")[0].actor == "USA"
    assert gaz.lookup("Atlantis") == []


def test_aliases_are_found_without_their_accents() -> None:
    gaz = Gazetteer.from_seeds()
    assert gaz.lookup("Male")[0].actor == "MDV"
    assert gaz.lookup("Malé")[0].actor == "MDV"
    afd = gaz.lookup("Agence Francaise de Developpement")
    assert afd and afd[0].actor == "Agence Française de Développement"


def test_bare_korea_is_south_korea_and_north_korea_stays_north() -> None:
    gaz = Gazetteer.from_seeds()
    assert [e.actor for e in gaz.lookup("Korea")] == ["KOR"]
    korean = gaz.lookup("Korean")[0]
    assert (korean.actor, korean.alias_kind) == ("KOR", AliasKind.ADJECTIVE)
    assert [e.actor for e in gaz.lookup("North Korea")] == ["PRK"]
    assert [e.actor for e in gaz.lookup("North Korean")] == ["PRK"]
