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


def test_two_documents_signed_in_one_sentence_are_two_agreements() -> None:
    agreements = _agreements(
        "Ghana and Morocco signed an agreement on fertiliser supplies and a memorandum on "
        "training veterinary inspectors."
    )
    assert [a.kind for a in agreements] == [AgreementKind.ACCORD, AgreementKind.MEMORANDUM]
    assert all(set(a.parties) == {"GHA", "MAR"} for a in agreements)
    assert "training veterinary inspectors" in agreements[1].title


def test_a_noun_inside_what_another_is_about_is_part_of_it() -> None:
    [agreement] = _agreements(
        "Ghana and Morocco signed an exchange of notes covering the loan for the port."
    )
    assert agreement.title.startswith("Exchange of notes covering the loan")


def test_agreed_to_do_something_is_a_commitment_but_money_or_a_meeting_is_not() -> None:
    [agreement] = _agreements(
        "Kenya and Uganda agreed to share real-time flood data for six rivers, and to hold "
        "the next meeting in Kampala."
    )
    assert agreement.kind is AgreementKind.COMMITMENT
    assert agreement.title == "Sharing of real-time flood data for six rivers"
    assert _agreements("Kenya agreed to provide $4 million to Uganda for flood relief.") == []


def test_background_agreements_with_a_year_a_name_or_a_participle() -> None:
    text = (
        "Chile and Peru held talks in Lima on Monday. Officials cited the 2019 memorandum of "
        "understanding between Santiago and Lima, the Andean Fisheries Treaty, which expires "
        "in May, and the ceasefire agreed in August."
    )
    titles = {a.title: a for a in _agreements(text)}
    assert set(titles) == {
        "2019 memorandum of understanding between Santiago and Lima",
        "Andean Fisheries Treaty",
        "Ceasefire",
    }
    assert all(set(a.parties) == {"CHL", "PER"} for a in titles.values())
    treaty = next(a for a in titles.values() if "Treaty" in a.title)
    assert treaty.status is AgreementStatus.IN_FORCE and treaty.meeting is None


def test_relations_and_stances_are_no_agreements() -> None:
    assert not _agreements(
        "Chile and Peru upgraded their ties to a comprehensive strategic partnership in 2019."
    )
    assert not _agreements("Kenya said it remained committed to the targets agreed with Uganda.")
    assert not _agreements("Kenya reaffirmed that its withdrawal from the alliance was final.")
    assert not _agreements(
        "Kenya's president urged Uganda and Tanzania to agree to a ceasefire in the region."
    )


def test_references_and_channels_name_no_new_agreement() -> None:
    agreements = _agreements(
        "Ghana and Togo signed a fisheries protocol on Monday. The protocol was signed by the "
        "two ministers. In a joint statement, the ministers called for calm. Under the "
        "agreement, Ghana will train inspectors."
    )
    assert len(agreements) == 1
    assert agreements[0].title.lower().startswith("fisheries protocol")


def test_denied_agreements_and_weak_nouns_around_real_ones() -> None:
    assert not _agreements(
        "Ghana said Togo could lend it more money, though no agreement had been reached."
    )
    [agreement] = _agreements(
        "Chile and Peru reaffirmed their commitment to the 1929 treaty on the border."
    )
    assert "treaty" in agreement.title.lower() and set(agreement.parties) == {"CHL", "PER"}


# --- lists of agreements, inked/exchanged, documents (invented sentences) ---


def test_documents_including_named_agreements_give_the_named_ones() -> None:
    found = _agreements(
        "Cambodia and Thailand signed nine cooperation documents on Monday, including an "
        "agreement on a cross-border railway and a memorandum on rice exports."
    )
    assert sorted(a.title for a in found) == [
        "Agreement on a cross-border railway",
        "Memorandum on rice exports",
    ]
    by_title = {a.title: a for a in found}
    assert "transport" in by_title["Agreement on a cross-border railway"].sectors
    assert "health" not in by_title["Memorandum on rice exports"].sectors


def test_a_list_of_agreements_keeps_each_title_and_its_own_sectors() -> None:
    found = _agreements(
        "Bolivia and Paraguay signed a lithium mining agreement, a health protocol and an "
        "accord on visa waivers."
    )
    titles = {a.title: a.sectors for a in found}
    assert set(titles) == {
        "Lithium mining agreement",
        "Health protocol",
        "Accord on visa waivers",
    }
    assert titles["Lithium mining agreement"] == ["mining"]
    assert titles["Health protocol"] == ["health"]


def test_counted_documents_alone_are_one_agreement() -> None:
    [agreement] = _agreements(
        "Kenya and Ethiopia signed 12 cooperation documents covering trade, energy and education."
    )
    assert {"trade", "energy", "education"} <= set(agreement.sectors)


def test_inked_and_exchange_of_memorandums_are_signed() -> None:
    [inked] = _agreements("Oman and Jordan inked an MoU on tourism promotion on Sunday.")
    assert inked.status is AgreementStatus.SIGNED
    [exchanged] = _agreements(
        "The prime ministers of Nepal and Bangladesh witnessed the exchange of a memorandum "
        "of understanding on power trade."
    )
    assert exchanged.status is AgreementStatus.SIGNED
    assert set(exchanged.parties) == {"NPL", "BGD"}


def test_would_not_sign_is_no_agreement() -> None:
    assert _agreements("Fiji said it would not sign a security pact with China.") == []


def test_a_lending_agency_given_as_source_is_the_party_of_a_loan_agreement() -> None:
    found = _agreements(
        "France and Senegal signed a loan agreement worth EUR 80 million on Monday to extend "
        "the Dakar light railway, the French Development Agency (AFD) said. The loan was "
        "signed in Dakar by the agency's regional director."
    )
    assert [sorted(a.parties) for a in found] == [["Agence Française de Développement", "SEN"]]


def test_one_governments_own_pledge_is_no_agreement() -> None:
    found = _agreements(
        "Laos and Thailand held talks in Vientiane on Monday. Laos's debt is high, and the "
        "government has pledged to keep new borrowing on concessional terms."
    )
    assert found == []


def test_an_agreement_between_two_states_has_them_as_parties_not_its_mediator() -> None:
    [agreement] = _agreements(
        "Qatar brokered a ceasefire agreement between Armenia and Azerbaijan on Sunday."
    )
    assert set(agreement.parties) == {"ARM", "AZE"}


def test_issued_a_joint_statement_is_an_agreement() -> None:
    [agreement] = _agreements(
        "Brazil and Chile issued a joint statement on energy integration on Friday."
    )
    assert agreement.kind is AgreementKind.JOINT_STATEMENT
    assert set(agreement.parties) == {"BRA", "CHL"}


def test_a_companys_contract_is_business_not_an_agreement() -> None:
    assert _agreements("Turkish drone maker Skyforge signed a contract with Kuwait.") == []
    assert (
        _agreements(
            "Nigeria's state oil company Ocean Petroleum and Ghana's Gold Coast Energy are "
            "expected to sign a supply contract."
        )
        == []
    )


def test_a_lender_named_group_is_no_company() -> None:
    [agreement] = _agreements(
        "The World Bank Group and Kenya signed a partnership framework on jobs and skills."
    )
    assert set(agreement.parties) == {"World Bank", "KEN"}


def test_a_loan_signed_by_a_lender_to_a_state_has_both_as_parties() -> None:
    [agreement] = _agreements(
        "Japan Bank for International Cooperation said it had signed a loan of 40 billion yen "
        "to Kenya for a new hospital in Mombasa."
    )
    assert set(agreement.parties) == {"Japan Bank for International Cooperation", "KEN"}
    assert agreement.sectors == ["health"]


def test_a_states_company_named_by_its_possessive_is_no_state_party() -> None:
    found = _agreements(
        "Angola's state oil company and Namibia's national utility are expected to sign a "
        "gas supply contract."
    )
    assert found == []
    [agreement] = _agreements("Japan's trade ministry and India signed a memorandum on chips.")
    assert set(agreement.parties) == {"JPN", "IND"}


def test_an_acronym_in_brackets_is_the_same_memorandum() -> None:
    [agreement] = _agreements(
        "Indonesia signed a Memorandum of Understanding (MoU) with Saudi Arabia on hajj quotas."
    )
    assert set(agreement.parties) == {"IDN", "SAU"}
    assert agreement.kind is AgreementKind.MEMORANDUM


def test_a_pact_signed_by_the_ministers_of_two_states() -> None:
    [agreement] = _agreements(
        "The defence pact, signed in Phnom Penh on Monday by the defence ministers of Laos and "
        "Cambodia, allows joint border patrols."
    )
    assert set(agreement.parties) == {"LAO", "KHM"}


def test_a_road_map_for_cooperation_is_a_framework() -> None:
    [agreement] = _agreements("Mongolia and Kazakhstan signed a road map for cooperation.")
    assert agreement.kind is AgreementKind.FRAMEWORK
    assert agreement.sectors == []


def test_the_agreement_signed_later_by_named_people_is_the_same_one() -> None:
    found = _agreements(
        "Kuwait's development fund said it had signed a loan of 20 million dinars to Jordan for "
        "a water pipeline. The agreement was signed in Amman on Monday by the fund's director "
        "and Jordan's planning minister."
    )
    assert len(found) == 1


def test_memorandums_on_two_topics_are_two_with_their_own_sectors() -> None:
    found = _agreements(
        "Oman and Tanzania signed memorandums of understanding on fisheries and on cooperation "
        "in higher education."
    )
    assert sorted(a.sectors[0] for a in found) == ["education", "fisheries"]
    assert all(len(a.sectors) == 1 for a in found)


def test_a_commitment_glossed_far_from_the_verb_is_no_agreement() -> None:
    found = _agreements(
        "The European Union and Jordan sealed a package of grants and loans on Sunday in "
        "Amman, the bloc's largest financial commitment to the kingdom."
    )
    assert all(a.kind is not AgreementKind.COMMITMENT for a in found)


def test_one_side_growing_its_own_programme_is_no_agreement() -> None:
    found = _agreements(
        "Qatar and Oman pledged support for Jordan, while the World Bank is expected to expand "
        "its loan programme for the kingdom."
    )
    assert all("programme" not in a.title.lower() for a in found)


def test_documents_signed_then_listed_in_the_next_sentence() -> None:
    found = _agreements(
        "Thailand and Malaysia signed eight cooperation documents in Bangkok on Monday. The "
        "documents include a memorandum of understanding on halal trade, an agreement on the "
        "exclusive economic zone, and a plan of action for 2026-2030."
    )
    assert sorted(a.kind.value for a in found) == ["accord", "memorandum", "plan"]
    assert all(a.status is AgreementStatus.SIGNED for a in found)
    assert all(set(a.parties) == {"THA", "MYS"} for a in found)


def test_agreeing_a_trade_target_is_a_commitment_not_an_aid_flow() -> None:
    bundle = _bundle("Egypt and Turkey agreed to raise bilateral trade to $15 billion by 2028.")
    [agreement] = bundle.agreements
    assert agreement.kind is AgreementKind.COMMITMENT
    assert "trade" in agreement.sectors
    assert bundle.aid_flows == []


def test_the_two_foreign_ministers_are_the_articles_two_states() -> None:
    found = _agreements(
        "16:00 - The Development Bank of Southern Africa announced a credit line. "
        "15:15 - The two foreign ministers have signed a memorandum of understanding on "
        "fisheries research. 14:00 - Namibia's foreign minister welcomed his Angolan "
        "counterpart in Windhoek, the first visit by an Angolan foreign minister to Namibia "
        "since 2019."
    )
    memoranda = [a for a in found if a.kind is AgreementKind.MEMORANDUM]
    assert [set(a.parties) for a in memoranda] == [{"NAM", "AGO"}]


def test_a_country_partnership_strategy_is_a_partnership() -> None:
    [agreement] = _agreements(
        "The work follows the World Bank Country Partnership Strategy for Laos, which was "
        "signed last year and focuses on education."
    )
    assert agreement.kind is AgreementKind.PARTNERSHIP


def test_status_of_a_planned_or_initialled_agreement() -> None:
    [planned] = _agreements("Kenya and Uganda are set to sign a border agreement next month.")
    assert planned.status is AgreementStatus.PROPOSED
    assert planned.modality is Modality.PLANNED
    [initialled] = _agreements("Armenia and Azerbaijan initialled a peace agreement in Paris.")
    assert initialled.status is AgreementStatus.AGREED
    [ratified] = _agreements("Ecuador ratified its free trade agreement with Chile on Tuesday.")
    assert ratified.status is AgreementStatus.IN_FORCE


def test_a_later_sentence_names_an_agreement_first_told_bare() -> None:
    [agreement] = _agreements(
        "China will give Nepal 300 million yuan under an agreement signed on Monday. The "
        "agreement on economic and technical cooperation was signed by the two ambassadors."
    )
    assert agreement.title == "Agreement on economic and technical cooperation"


def test_an_exchange_of_notes_signed_by_two_officials() -> None:
    [agreement] = _agreements(
        "Japan will give Laos a grant of 2 billion yen for schools. The exchange of notes was "
        "signed by the Japanese ambassador and the Lao foreign minister."
    )
    assert agreement.title == "Exchange of notes"
    assert set(agreement.parties) == {"JPN", "LAO"}


def test_a_commitment_is_named_as_a_thing() -> None:
    [resume] = _agreements("Qatar and Nepal agreed to resume direct hiring of nurses.")
    assert resume.title == "Resumption of direct hiring of nurses"
    [fight] = _agreements("Chad and Niger agreed to fight smuggling along their border.")
    assert fight.title == "Fight against smuggling along their border"


def test_a_commitment_of_two_officials_binds_their_states() -> None:
    [agreement] = _agreements(
        "Pedro Ruiz of the Spanish Agency for International Development Cooperation (AECID) "
        "met Honduran Education Minister Ana Lopez in Tegucigalpa on Monday. The two agreed to "
        "extend until 2029 a school-meals programme run with Spanish charities."
    )
    assert set(agreement.parties) == {"ESP", "HND"}
    assert agreement.title.startswith("Extension of a school-meals programme")


def test_negated_agreeing_is_no_agreement() -> None:
    assert _agreements("Armenia and Turkey failed to agree on reopening the border.") == []
    assert (
        _agreements("Iran and the United States have not reached any agreement on sanctions.") == []
    )


def test_a_rejected_agreement_is_suspended() -> None:
    [agreement] = _agreements("Malawi's parliament rejected the loan agreement with India.")
    assert agreement.status is AgreementStatus.SUSPENDED


def test_loan_and_grant_agreements_are_one() -> None:
    [agreement] = _agreements(
        "Malawi and the African Development Bank signed loan and grant agreements worth $80 "
        "million for rural roads."
    )
    assert agreement.title == "Loan and grant agreements"


def test_a_named_programme_inside_a_commitment_is_its_topic() -> None:
    found = _agreements(
        "The two sides agreed to align the Global Gateway Initiative with Ghana's development "
        "plans. Ghana and the European Union held talks in Accra on Monday."
    )
    assert all(a.title != "Global Gateway Initiative" for a in found)


def test_an_agreement_in_a_fronted_phrase_is_between_the_main_clauses_sides() -> None:
    found = _agreements(
        "Sweden opened a new embassy in Lima. Under a separate arrangement agreed in 2018, "
        "Germany pays Peru for verified reductions in deforestation."
    )
    assert [set(a.parties) for a in found] == [{"DEU", "PER"}]


def test_a_commitment_to_act_jointly_is_a_joint_thing() -> None:
    [agreement] = _agreements("Guyana and Suriname agreed to manage the river basin jointly.")
    assert agreement.title == "Joint management of the river basin"


def test_the_commission_signs_for_the_european_union() -> None:
    [agreement] = _agreements(
        "The European Commission and Morocco signed a memorandum of understanding on green "
        "hydrogen in Rabat on Monday."
    )
    assert set(agreement.parties) == {"European Union", "MAR"}


def test_status_words_of_an_agreement_already_in_place() -> None:
    cases = {
        "The transit deal between Serbia and Hungary expired in July.": AgreementStatus.SUSPENDED,
        "Turkey and Iraq renewed their oil pipeline agreement for 15 years.": (
            AgreementStatus.AGREED
        ),
        "Peru's cabinet approved the free trade agreement with Chile.": AgreementStatus.AGREED,
        "Kenya and Uganda postponed the signing of the railway agreement.": (
            AgreementStatus.PROPOSED
        ),
    }
    for text, status in cases.items():
        [agreement] = _agreements(text)
        assert agreement.status is status, text
    [principle] = _agreements("India and Oman agreed in principle on a free trade agreement.")
    assert principle.title == "Free trade agreement"


def test_money_programmes_approved_or_extended_are_no_plans() -> None:
    assert _agreements("The IMF approved a 40-month, $2 billion programme for Kenya.") == []
    assert (
        _agreements(
            "India has extended lines of credit worth $1 billion to Malawi for water projects."
        )
        == []
    )
    text = "The IMF completed a review of Kenya's programme under the Extended Credit Facility."
    assert _agreements(text) == []


def test_a_treaty_of_many_states_is_no_bilateral_agreement() -> None:
    found = _agreements(
        "Kenya and Ethiopia held talks in Nairobi on Monday. Both countries are parties to "
        "the Paris Agreement on climate change."
    )
    assert found == []


def test_an_agreement_two_states_have_had_is_in_force() -> None:
    found = _agreements(
        "Peru and Chile held talks in Lima on Monday. The two countries have had a free trade "
        "agreement since 2006."
    )
    assert [(a.status, set(a.parties)) for a in found] == [
        (AgreementStatus.IN_FORCE, {"PER", "CHL"})
    ]


def test_talking_about_cooperation_is_no_agreement_but_agreeing_to_it_is() -> None:
    talks = "Kenya and Rwanda held talks in Kigali on Monday. "
    assert _agreements(talks + "They discussed ways to expand cooperation in energy.") == []
    assert _agreements(talks + "They explored opportunities to deepen cooperation in health.") == []
    [agreed] = _agreements(talks + "The two sides agreed to expand cooperation in energy.")
    assert agreed.sectors == ["energy"]


def test_the_two_ministers_keep_a_body_of_no_one_state() -> None:
    found = _agreements(
        "EU foreign policy chief Kaja Kallas met Egyptian Foreign Minister Badr Abdelatty in "
        "Cairo on Monday, a week after visiting Israel and Israel's neighbours. The two "
        "ministers signed a memorandum of understanding on migration."
    )
    memoranda = [a for a in found if a.kind is AgreementKind.MEMORANDUM]
    assert [set(a.parties) for a in memoranda] == [{"European Union", "EGY"}]


# --- families found on the fourth evaluation batch (invented sentences) ---


def test_the_head_noun_named_again_is_the_same_agreement() -> None:
    found = _agreements(
        "Fiji and Japan signed an exchange of notes on Monday for a new hospital wing. "
        "The notes were signed after talks between the two foreign ministers."
    )
    assert [(a.title, set(a.parties)) for a in found] == [("Exchange of notes", {"FJI", "JPN"})]


def test_a_lenders_lending_programme_is_no_accord() -> None:
    found = _agreements(
        "The Executive Board of the International Monetary Fund today completed the third "
        "review of Moldova's economic program supported by a Stand-By Arrangement."
    )
    assert found == []


def test_an_agreed_minute_on_rescheduled_debt_is_a_debt_relief_accord() -> None:
    found = _agreements(
        "Creditors in the Paris Club agreed on Monday to reschedule $400 million of debt owed by "
        "Malawi. The Agreed Minute on the rescheduling was signed on Monday by the chair of "
        "the Paris Club, Anne Moreau, and Malawi's finance minister, John Banda."
    )
    minutes = [a for a in found if "Minute" in a.title]
    assert [set(a.parties) for a in minutes] == [{"Paris Club", "MWI"}]
    assert "debt_relief" in minutes[0].sectors


def test_a_loan_signed_with_a_state_keeps_its_sides_past_a_converted_amount() -> None:
    [agreement] = _agreements(
        "The Kuwait Fund for Arab Economic Development signed a loan of 9 million Kuwaiti "
        "dinars (about $29 million) with Jordan to rebuild the road between Irbid and Mafraq."
    )
    assert set(agreement.parties) == {"Kuwait Fund for Arab Economic Development", "JOR"}
    assert "transport" in agreement.sectors


def test_own_plans_and_agreements_only_named_in_a_call_are_not_agreements() -> None:
    talks = "Chile and Peru held talks in Lima on Monday. "
    assert (
        _agreements(talks + "Boric said Chile wanted partners in its plans to build ports.") == []
    )
    assert _agreements(talks + "The OAS called on both sides to respect the ceasefire.") == []


def test_an_agreement_named_for_its_two_sides_has_them_as_parties() -> None:
    found = _agreements(
        "The presidents of Argentina and Brazil met in Brasilia on Monday and called on the "
        "European Union to bring the EU-Mercosur trade agreement into force."
    )
    named = [a for a in found if "EU-Mercosur" in a.title]
    assert [set(a.parties) for a in named] == [{"European Union", "Mercosur"}]


def test_an_earlier_memorandum_inside_a_commitment_is_its_own_agreement() -> None:
    found = _agreements(
        "Kazakhstan and Uzbekistan held talks on Monday. The ministers agreed to set up a "
        "working group on the gas field that the two countries develop jointly under a 2019 "
        "memorandum."
    )
    assert any(a.kind is AgreementKind.MEMORANDUM for a in found)


def test_a_tariff_is_an_agreement_only_when_agreed_or_signed() -> None:
    [agreed] = _agreements("Ecuador and Peru agreed a new tariff for power from their dam.")
    assert set(agreed.parties) == {"ECU", "PER"}
    assert _agreements("The United States imposed a new tariff on Chinese steel on Monday.") == []


def test_a_treaty_named_in_apposition_takes_the_name_as_its_title() -> None:
    [treaty] = _agreements(
        "Nauru's treaty with Australia, the Pacific Shield Union, has been in force since 2023."
    )
    assert treaty.title == "Pacific Shield Union"
    assert treaty.status is AgreementStatus.IN_FORCE
    assert set(treaty.parties) == {"NRU", "AUS"}
    [signed] = _agreements(
        "Norway's minister signed the agreement with Kenya's Minister of Finance, Peter Otieno "
        "Kamau, on Monday."
    )
    assert "Kamau" not in signed.title


def test_the_day_after_agreed_on_is_not_part_of_the_title() -> None:
    [roadmap] = _agreements(
        "Rail ministers of Kenya and Uganda agreed on Friday on a roadmap to cut cargo transit "
        "times to three days by 2027."
    )
    assert roadmap.title.startswith("Roadmap to cut")
    assert "transport" in roadmap.sectors


def test_an_agreement_one_side_would_seek_if_something_fails_is_a_threat() -> None:
    threat = (
        "Chile and Peru held talks in Lima on Monday. Chile's president warned that his "
        "country would seek a separate trade agreement with Japan if the talks stalled."
    )
    assert [a for a in _agreements(threat) if "JPN" in a.parties] == []


def test_earlier_agreement_in_a_contact_relative_clause_is_recorded() -> None:
    agreements = _agreements(
        "Ghana would send engineers to Togo under a joint defence agreement the two countries "
        "signed in March 2019."
    )
    assert any(
        set(a.parties) == {"GHA", "TGO"} and "defence agreement" in a.title.lower()
        for a in agreements
    )


def test_named_earlier_agreement_after_under_the_is_its_own_fact() -> None:
    agreements = _agreements(
        "Ghana and Togo signed a protocol on customs, the first to be concluded under the "
        "Security Cooperation Agreement the two countries signed in May 2022."
    )
    assert len(agreements) == 2
    assert all(set(a.parties) == {"GHA", "TGO"} for a in agreements)


def test_agreement_under_the_one_just_told_is_no_new_fact() -> None:
    agreements = _agreements(
        "Ghana and Togo signed a customs agreement on Monday. Trucks will cross the border "
        "faster under the agreement."
    )
    assert len(agreements) == 1


def test_denied_reported_agreement_is_kept_as_denied_between_the_reported_sides() -> None:
    [agreement] = _agreements(
        "Togo's foreign ministry denied a report by a Nigerian newspaper that Ghana and Togo "
        "had agreed to conduct joint naval patrols near the border."
    )
    assert set(agreement.parties) == {"GHA", "TGO"}
    assert agreement.modality is Modality.DENIED


def test_items_of_a_counted_set_told_in_later_sentences_stand_for_the_count() -> None:
    agreements = _agreements(
        "Ghana and Togo signed four agreements in Accra on Monday. The most important of them, "
        "officials said, is a framework agreement on cocoa, under which the two will share data. "
        "A second agreement sets up a joint committee to manage the border corridor. The other "
        "agreements cover the recognition of university degrees and the fight against forest "
        "fires, which destroyed farms last year."
    )
    titles = [a.title for a in agreements]
    assert len(agreements) == 4, titles
    assert all(set(a.parties) == {"GHA", "TGO"} for a in agreements)
    assert "Agreement on the recognition of university degrees" in titles
    assert not any(t.lower().startswith("four") for t in titles)


def test_partnership_established_in_a_past_year_is_in_force_and_such_names_no_new_one() -> None:
    [agreement] = _agreements(
        "Ghana and Togo established a strategic partnership in 2015, the only such arrangement "
        "Accra has with a neighbour."
    )
    assert set(agreement.parties) == {"GHA", "TGO"}
    assert agreement.kind is AgreementKind.PARTNERSHIP
    assert agreement.status is AgreementStatus.IN_FORCE


def test_ties_upgraded_to_a_partnership_in_a_past_year_stay_a_relation() -> None:
    assert _agreements("Ghana and Togo upgraded ties to a strategic partnership in 2019.") == []


def test_older_treaty_named_after_its_noun_is_between_the_articles_two_states() -> None:
    agreements = _agreements(
        "Ghana and Togo agreed to build a bridge. The 1984 Treaty of Peace and Friendship "
        "remains the cornerstone of relations, Mensah said."
    )
    treaty = [a for a in agreements if "Treaty of Peace and Friendship" in a.title]
    assert len(treaty) == 1
    assert set(treaty[0].parties) == {"GHA", "TGO"}


def test_agreed_swap_line_is_an_agreement_not_an_aid_flow() -> None:
    bundle = _bundle("Japan and Korea agreed to renew a $10 billion currency swap arrangement.")
    [agreement] = bundle.agreements
    assert set(agreement.parties) == {"JPN", "KOR"}
    assert "swap" in agreement.title
    assert bundle.aid_flows == []


def test_a_later_infinitive_naming_its_own_agreement_is_a_commitment_of_its_own() -> None:
    agreements = _agreements(
        "Japan and Korea agreed on Tuesday to build a joint supply chain for hydrogen and to "
        "renew a $10 billion currency swap arrangement."
    )
    assert len(agreements) == 2
    assert any("swap" in a.title for a in agreements)
    assert any("hydrogen" in a.title and "swap" not in a.title for a in agreements)


def test_plain_coordinated_infinitives_stay_one_commitment() -> None:
    [agreement] = _agreements(
        "Ghana and Togo agreed to set up a border committee and to keep customs duties at "
        "current levels."
    )
    assert set(agreement.parties) == {"GHA", "TGO"}


def test_agreements_on_a_on_b_and_on_c_are_three() -> None:
    agreements = _agreements(
        "Ghana and Togo signed agreements on civil protection, on the recognition of driving "
        "licences and on cooperation in higher education."
    )
    assert len(agreements) == 3
    assert any("driving licences" in a.title for a in agreements)


def test_on_the_sidelines_is_no_topic_of_a_counted_set() -> None:
    agreements = _agreements(
        "Ghana and the World Bank signed three financing agreements worth $90 million, on the "
        "sidelines of the annual meetings."
    )
    assert len(agreements) == 1


def test_a_third_document_after_a_list_of_two_is_one_more_of_it() -> None:
    agreements = _agreements(
        "The Ghanaian and Togolese ministers signed memorandums of understanding on power grid "
        "interconnection and on inland waterways. A third document, on cooperation between the "
        "two countries' coast guards, was initialled, officials said."
    )
    assert len(agreements) == 3
    assert agreements[-1].title == "Cooperation between the two countries' coast guards"
    assert set(agreements[-1].parties) == {"GHA", "TGO"}
