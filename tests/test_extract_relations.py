"""Relations: strategic partners, allies, improving or strained ties, borders, membership."""

from __future__ import annotations

import datetime as dt

from entente.loaders.extract import extract
from entente.models.vocab import DatePrecision, RelationKind

PUBLISHED = dt.date(2025, 3, 5)


def _relations(text: str) -> set[tuple[frozenset[str], RelationKind]]:
    bundle = extract(text, published=PUBLISHED)
    return {(frozenset((r.actor, r.other)), r.kind) for r in bundle.relations}


def _pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def test_strategic_partnership_between_two_named_states() -> None:
    found = _relations(
        "Chile and Peru reaffirmed their comprehensive strategic partnership on Monday."
    )
    assert (_pair("CHL", "PER"), RelationKind.STRATEGIC_PARTNER) in found


def test_all_weather_partner_wins_over_strategic_partner() -> None:
    found = _relations(
        "Nepal remains one of India's few all-weather strategic partners, officials said."
    )
    assert found == {(_pair("NPL", "IND"), RelationKind.ALL_WEATHER_STRATEGIC_PARTNER)}


def test_a_state_seen_by_another_as_a_standing_partner() -> None:
    found = _relations("Officials said Tokyo saw Hanoi as a long-term partner in the region.")
    assert (_pair("JPN", "VNM"), RelationKind.STRATEGIC_PARTNER) in found
    assert not _relations("Officials said Tokyo saw Hanoi as a partner in the project.")


def test_improving_and_strained_need_a_word_for_relations() -> None:
    found = _relations(
        "Relations between Chile and Bolivia were strained in 2023, but they have improved "
        "steadily since."
    )
    # the strain is dated and past: relations are recorded as they stand now
    assert found == {(_pair("CHL", "BOL"), RelationKind.IMPROVING)}
    assert not _relations("Chile improved water supply to Bolivia and Peru.")


def test_past_and_denied_relations_count_for_nothing() -> None:
    found = _relations(
        "Relations between Chile and Peru have improved since 2021, ending years of tension."
    )
    assert found == {(_pair("CHL", "PER"), RelationKind.IMPROVING)}
    assert not _relations("Chile said its pact with Peru was not an alliance.")


def test_since_dates_the_relation() -> None:
    bundle = extract(
        "Ties between Chile and Peru have improved since March 2021.", published=PUBLISHED
    )
    [relation] = bundle.relations
    assert (relation.since_date, relation.since_precision) == (
        dt.date(2021, 3, 1),
        DatePrecision.MONTH,
    )


def test_a_state_bordering_both_nations_borders_each() -> None:
    found = _relations(
        "Chile and Argentina called for calm in Bolivia, which borders both nations."
    )
    assert found == {
        (_pair("BOL", "CHL"), RelationKind.BORDERS),
        (_pair("BOL", "ARG"), RelationKind.BORDERS),
    }
    assert not _relations("Chile and Peru closed the region's borders to trucks.")


def test_members_of_a_body() -> None:
    bundle = extract(
        "Malaysia, which chairs ASEAN this year, brokered the truce between Thailand and Cambodia.",
        published=PUBLISHED,
    )
    members = [(r.actor, r.other) for r in bundle.relations if r.kind is RelationKind.MEMBER_OF]
    assert members == [("MYS", "Association of Southeast Asian Nations")]


def test_a_body_named_alliance_is_no_alliance() -> None:
    found = _relations(
        "Niger said its future lay with the Alliance of Sahel States, formed with Mali."
    )
    assert all(kind is not RelationKind.ALLY for _, kind in found)


def test_a_long_shared_border() -> None:
    found = _relations("Turkmenistan shares a long border with Afghanistan.")
    assert found == {(_pair("TKM", "AFG"), RelationKind.BORDERS)}


def test_hostile_relations_need_a_relation_noun() -> None:
    assert (_pair("ARE", "SDN"), RelationKind.HOSTILE) in _relations(
        "Relations between the UAE and Sudan have been hostile since then."
    )
    assert not any(
        kind is RelationKind.HOSTILE
        for _, kind in _relations("Sudan called the UAE statement a hostile act.")
    )


def test_long_land_border() -> None:
    assert (_pair("IDN", "MYS"), RelationKind.BORDERS) in _relations(
        "Indonesia and Malaysia share a long land border on Borneo."
    )


def test_both_members_of_a_body_are_each_members() -> None:
    found = _relations("Norway and Denmark, both members of NATO, signed a defence pact.")
    assert (_pair("NOR", "NATO"), RelationKind.MEMBER_OF) in found
    assert (_pair("DNK", "NATO"), RelationKind.MEMBER_OF) in found
    found = _relations(
        "Norway and Denmark signed a defence pact in Oslo. Both are members of NATO."
    )
    assert (_pair("NOR", "NATO"), RelationKind.MEMBER_OF) in found
    assert (_pair("DNK", "NATO"), RelationKind.MEMBER_OF) in found


def test_a_capitalised_alliance_after_a_name_is_a_body() -> None:
    found = _relations("Chile and Peru reaffirmed their commitment to the Pacific Alliance.")
    assert not any(kind is RelationKind.ALLY for _, kind in found)


def test_a_past_strain_set_off_by_commas_gives_way_to_the_improvement() -> None:
    found = _relations(
        "Relations between Quito and Lima, strained in 2024 by a tariff dispute, have "
        "improved in recent months."
    )
    assert found == {(_pair("ECU", "PER"), RelationKind.IMPROVING)}


def test_relations_with_no_side_named_are_those_of_the_sides_before() -> None:
    found = _relations(
        "Ecuador and Peru signed a trade pact in Lima. "
        "Relations, strained in 2020 by a fishing dispute, have improved steadily since."
    )
    assert (_pair("ECU", "PER"), RelationKind.IMPROVING) in found
    found = _relations(
        "Ecuador and Peru signed a trade pact in Lima. "
        "Officials said the two leaders were expected to upgrade ties to a strategic partnership."
    )
    assert not any(kind is RelationKind.STRATEGIC_PARTNER for _, kind in found)


def test_their_border_is_the_border_of_the_sides_in_play() -> None:
    found = _relations(
        "Morocco and Algeria have not held talks for years. "
        "Their 1,500-kilometre land border has been closed since 1994."
    )
    assert (_pair("MAR", "DZA"), RelationKind.BORDERS) in found


def test_the_other_side_is_the_state_last_named_when_the_group_has_none() -> None:
    found = _relations(
        "Malaysia hosted the talks. The World Bank and ASEAN praised the talks. "
        "Indonesia said relations were now improving."
    )
    assert (_pair("IDN", "MYS"), RelationKind.IMPROVING) in found


def test_cutting_and_restoring_diplomatic_ties() -> None:
    found = _relations("Sudan cut diplomatic ties with Chad last year over the border raids.")
    assert (_pair("SDN", "TCD"), RelationKind.HOSTILE) in found
    found = _relations("Egypt and Iran restored diplomatic relations in May.")
    assert (_pair("EGY", "IRN"), RelationKind.IMPROVING) in found


def test_two_states_described_together_as_partners_are_the_pair() -> None:
    found = _relations(
        "Armenia's foreign minister, Lilit Hakobyan, spoke in Yerevan on Monday. "
        'Hakobyan described Greece and Cyprus as "strategic partners of the first rank".'
    )
    assert (_pair("GRC", "CYP"), RelationKind.STRATEGIC_PARTNER) in found
    assert not any(len(pair) < 2 for pair, _ in found)


def test_the_two_countries_after_a_sentence_of_three_sides_are_the_articles_pair() -> None:
    found = _relations(
        "Chile and Bolivia signed a water accord on Monday. Chile and Bolivia will share data. "
        "The United States said Washington would give $5 million to Chile through the "
        "International Organization for Migration. "
        "The two countries share a 860-kilometre border."
    )
    assert (_pair("CHL", "BOL"), RelationKind.BORDERS) in found
    assert (_pair("USA", "CHL"), RelationKind.BORDERS) not in found


def test_a_state_named_before_ally_is_the_ally_of_the_states_before_it() -> None:
    found = _relations("Japan and Australia, both close US allies, signed a defence pact.")
    assert (_pair("JPN", "USA"), RelationKind.ALLY) in found
    assert (_pair("AUS", "USA"), RelationKind.ALLY) in found
    assert (_pair("JPN", "AUS"), RelationKind.ALLY) not in found
    assert (_pair("POL", "LTU"), RelationKind.ALLY) in _relations(
        "Poland and Lithuania are NATO allies."
    )


def test_a_war_between_the_army_and_a_group_is_the_states() -> None:
    found = _relations(
        "Yemen's government asked donors for help on Monday. "
        "Fighting between government forces and the Houthis has eased since April."
    )
    assert (_pair("YEM", "Houthis"), RelationKind.HOSTILE) in found
    assert not _relations("Talks between the army and the unions in Lagos resumed.")


def test_between_a_body_and_the_three_states_is_a_relation_with_each() -> None:
    found = _relations(
        "Guinea, Chad and Sudan were suspended after the coups. "
        "Relations between the African Union and the three suspended states have been strained "
        "since then."
    )
    for state in ("GIN", "TCD", "SDN"):
        assert (_pair("African Union", state), RelationKind.STRAINED) in found


def test_membership_of_a_list_of_bodies_and_an_all_weather_ally() -> None:
    found = _relations("Poland, a member of the European Union and NATO, hosts allied troops.")
    assert (_pair("POL", "European Union"), RelationKind.MEMBER_OF) in found
    assert (_pair("POL", "NATO"), RelationKind.MEMBER_OF) in found
    assert (_pair("CHN", "PAK"), RelationKind.ALL_WEATHER_STRATEGIC_PARTNER) in _relations(
        "China is Pakistan's all-weather ally."
    )


def test_strain_in_a_dated_past_is_not_the_current_state() -> None:
    for text in (
        "Relations between Lima and Quito were badly strained in 2019 by a fishing dispute.",
        "Relations between Peru and Ecuador became strained after an election in March 2023.",
        "A dispute over fishing rights in 2022 strained Peru's relations with Ecuador.",
        "Ties between Lima and Quito went through a tense period in 2021 and 2022.",
    ):
        assert (_pair("PER", "ECU"), RelationKind.STRAINED) not in _relations(text), text
    for text in (
        "Relations between Lima and Quito remain strained over a fishing dispute.",
        "Relations between Peru and Ecuador have been strained since 2023.",
    ):
        assert (_pair("PER", "ECU"), RelationKind.STRAINED) in _relations(text), text


def test_unnamed_allies_are_no_relation() -> None:
    assert not _relations("Poland called on allies to send more shells to Ukraine.")
    assert not _relations("Ukraine's allies say they sent Poland more aid than planned.")
    assert not _relations("Allies pledge more money for Ukraine as Poland hosts talks.")
    found = _relations("Poland and Lithuania are close allies, officials said.")
    assert (_pair("POL", "LTU"), RelationKind.ALLY) in found


def test_borders_shared_by_three_states_and_a_described_border() -> None:
    found = _relations(
        "The leaders of Peru, Bolivia and Chile pledged joint patrols along their shared "
        "frontiers on Monday."
    )
    assert {k for k in found if k[1] is RelationKind.BORDERS} == {
        (_pair("PER", "BOL"), RelationKind.BORDERS),
        (_pair("PER", "CHL"), RelationKind.BORDERS),
        (_pair("BOL", "CHL"), RelationKind.BORDERS),
    }
    found = _relations("Peru and Ecuador share the longest border in the region.")
    assert (_pair("PER", "ECU"), RelationKind.BORDERS) in found


def test_being_at_war_and_a_warming_between_two_states() -> None:
    found = _relations("Armenia and Azerbaijan have been at war since the autumn.")
    assert (_pair("ARM", "AZE"), RelationKind.HOSTILE) in found
    found = _relations("The visit is the latest sign of the warming between Baku and Yerevan.")
    assert (_pair("ARM", "AZE"), RelationKind.IMPROVING) in found


def test_a_state_called_a_member_of_a_body_named_before_the_word() -> None:
    found = _relations("Turkey is a NATO member with ambitions in Africa.")
    assert (_pair("TUR", "NATO"), RelationKind.MEMBER_OF) in found
    found = _relations("Poland, a founding EU member, objected to the plan.")
    assert (_pair("POL", "European Union"), RelationKind.MEMBER_OF) in found
    assert not _relations("EU member states agreed on sanctions against Russia.")
    assert not _relations("Italy hosted a NATO member summit.")


def test_the_pair_joined_right_before_the_relation_word_is_the_pair() -> None:
    found = _relations(
        "The ministers backed the deal reached in Brasilia, under which Lima and Quito "
        "restored diplomatic relations."
    )
    assert found == {(_pair("PER", "ECU"), RelationKind.IMPROVING)}
