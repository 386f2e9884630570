"""People: titles before and after names, counterparts, known people, coreference."""

from __future__ import annotations

import datetime as dt

from entente.loaders.extract import build_document, extract
from entente.loaders.gazetteer import Gazetteer, KnownPerson
from entente.models.vocab import ActorKind


def _people(
    text: str, gazetteer: Gazetteer | None = None
) -> dict[str, tuple[str | None, list[str]]]:
    doc = build_document(text, gazetteer=gazetteer)
    return {p.name: (p.country, [t for t, _ in p.titles]) for p in doc.persons.values()}


def test_state_adjective_title_and_name() -> None:
    people = _people("Norwegian Foreign Minister Ingrid Halvorsen arrived.")
    assert people == {"Ingrid Halvorsen": ("NOR", ["Foreign Minister"])}


def test_possessive_state_and_title_of_phrase_with_comma() -> None:
    people = _people("Chile's Minister of Mines and Energy, Pablo Ortega, signed the deal.")
    assert people == {"Pablo Ortega": ("CHL", ["Minister of Mines and Energy"])}


def test_counterpart_takes_the_title_of_the_person_before_and_the_other_state() -> None:
    people = _people(
        "Kenyan Trade Minister Amina Otieno met her Ugandan counterpart Joseph Mukasa."
    )
    assert people["Amina Otieno"] == ("KEN", ["Trade Minister"])
    assert people["Joseph Mukasa"] == ("UGA", ["Trade Minister"])


def test_name_then_apposition_with_organisation_office() -> None:
    doc = build_document(
        "Talks were led by Carla Benedetti, the IMF's Mission Chief for Ghana, in Accra."
    )
    person = doc.persons["Carla Benedetti"]
    assert person.titles == [("Mission Chief for Ghana", "International Monetary Fund")]
    assert person.country is None  # staff of a body get no guessed nationality


def test_two_titles_joined_by_and() -> None:
    people = _people("Polish Deputy Prime Minister and Defence Minister Adam Nowicki spoke.")
    assert people["Adam Nowicki"] == ("POL", ["Deputy Prime Minister", "Defence Minister"])


def test_known_person_is_reused_with_country_from_the_gazetteer() -> None:
    gaz = Gazetteer.from_seeds().with_people(
        [KnownPerson("Ola Tveit", "NOR", "Prime Minister", "NOR")]
    )
    people = _people("Ola Tveit said the talks went well.", gaz)
    assert people["Ola Tveit"][0] == "NOR"


def test_surname_courtesy_title_and_bare_title_refer_back() -> None:
    text = (
        "Ghanaian Finance Minister Kofi Mensah met Japanese envoy Haruto Sato. "
        "Mr Mensah said the loan mattered. The minister added that Sato agreed."
    )
    doc = build_document(text)
    later = doc.sentences[1].people + doc.sentences[2].people
    names = [(ref.how, ref.person.name) for ref in later]
    assert ("surname", "Kofi Mensah") in names
    assert ("title", "Kofi Mensah") in names
    assert ("surname", "Haruto Sato") in names
    assert text[later[0].start : later[0].end] == "Mr Mensah"


def test_surname_first_names_are_referred_to_by_family_name() -> None:
    doc = build_document("Chinese Vice Premier Zhang Wenbo visited. Zhang said trade grew.")
    assert [r.person.name for r in doc.sentences[1].people] == ["Zhang Wenbo"]


def test_country_from_the_sentence_when_the_title_names_no_state() -> None:
    people = _people("Finance Minister Rahul Verma said India would borrow less.")
    assert people["Rahul Verma"][0] == "IND"


def test_people_are_listed_as_actors_with_roles_when_facts_are_found() -> None:
    bundle = extract(
        "Peruvian Foreign Minister Lucia Vargas met Bolivian Foreign Minister Diego Rojas "
        "in Lima on Monday.",
        published=dt.date(2025, 3, 5),
    )
    people = {a.name: a for a in bundle.actors if a.kind is ActorKind.PERSON}
    assert set(people) == {"Lucia Vargas", "Diego Rojas"}
    assert people["Diego Rojas"].country == "BOL"
    assert [(r.title, r.of) for r in people["Lucia Vargas"].roles] == [("Foreign Minister", "PER")]


def test_official_of_an_international_body_left_unnamed_serves_the_first_body_named() -> None:
    doc = build_document(
        "The United Nations released aid on Monday. The allocation was announced by the "
        "Under-Secretary-General for Humanitarian Affairs, Marta Osei, in Juba."
    )
    person = doc.persons["Marta Osei"]
    assert person.titles[0][1] == "United Nations"
    assert person.country is None


def test_official_of_a_national_body_takes_its_state() -> None:
    doc = build_document(
        "Russia's state nuclear corporation Rosatom signed. "
        "Rosatom Director General Pavel Gromov spoke."
    )
    person = doc.persons["Pavel Gromov"]
    assert (person.country, person.titles[0][1]) == ("RUS", "Rosatom")


def test_people_known_only_by_office_are_not_listed_as_actors() -> None:
    gaz = Gazetteer.from_seeds().with_people([KnownPerson("Ama Mensah", "GHA", "President", "GHA")])
    text = (
        "Ghana's president visited Lome in April, when the two governments agreed to "
        "expand cooperation in energy."
    )
    doc = build_document(text, published=dt.date(2025, 6, 1), gazetteer=gaz)
    assert not doc.persons["Ama Mensah"].named  # the office is resolved, the name not written
    bundle = extract(text, published=dt.date(2025, 6, 1), gazetteer=gaz)
    assert bundle.agreements
    assert all(a.name != "Ama Mensah" for a in bundle.actors)


def test_honorifics_of_rank_are_not_part_of_the_name() -> None:
    people = _people(
        "The minister received His Excellency Tomas Redal, Foreign Minister of Chile. "
        "Sheikh Nasser Al-Amiri, Qatar's Finance Minister, also attended."
    )
    assert "Tomas Redal" in people
    assert "Nasser Al-Amiri" in people
    assert not any(name.startswith(("His", "Excellency", "Sheikh")) for name in people)


def test_title_then_honorific_then_name() -> None:
    people = _people("Kenyan Environment Secretary Dr. Achieng Barasa opened the plant.")
    assert people == {"Achieng Barasa": ("KEN", ["Environment Secretary"])}


def test_long_hyphenated_name_is_kept_whole() -> None:
    people = _people("Kuwaiti Emir Mishal Al-Ahmad Al-Jaber Al-Sabah met the envoy.")
    assert "Mishal Al-Ahmad Al-Jaber Al-Sabah" in people


def test_aide_of_a_named_leader_takes_the_leader_country() -> None:
    people = _people(
        "Zambian President Mulenga Banda will visit Lilongwe. Malawi welcomed the plan. "
        "Banda's spokesman, Chola Mwape, said no loans would be offered."
    )
    assert people["Chola Mwape"][0] == "ZMB"


def test_state_after_help_is_not_the_speaker_country() -> None:
    people = _people(
        "Britain will provide £45 million to help Kenya adapt to drought, Development "
        "Minister Joan Price announced."
    )
    assert people["Joan Price"][0] == "GBR"


# --- commentators, bylines, names written with stops and apostrophes -------------------------


def test_researcher_takes_no_state_from_what_their_quote_speaks_of() -> None:
    people = _people(
        '"Peru is hedging between the powers," said Rosa Quispe, a researcher at a Lima institute.'
    )
    assert people["Rosa Quispe"] == (None, ["Researcher"])


def test_researcher_still_takes_a_nationality_outside_the_quote() -> None:
    people = _people(
        '"Trust takes years," said Rosa Quispe, a Peruvian researcher at the Andes Forum. '
        '"Bolivia knows it."'
    )
    assert people["Rosa Quispe"][0] == "PER"


def test_an_office_holder_may_take_the_state_their_quote_names() -> None:
    people = _people(
        'Juan Salas, the finance minister, said the bond was "the best deal Ecuador has had".'
    )
    assert people["Juan Salas"][0] == "ECU"


def test_analyst_at_an_institute_in_a_capital_gets_no_state_guessed() -> None:
    people = _people(
        "Chad and Niger reopened the border on Monday.\n\n"
        '"Nobody trusts the other side," said Idriss Mahamat, an analyst at a Niamey think tank.'
    )
    assert people["Idriss Mahamat"] == (None, ["Analyst"])


def test_byline_names_an_author_of_no_state() -> None:
    people = _people(
        "Analysis: Kenya and Ethiopia draw closer\n\nBy Wanjiru Kamau and Tesfaye Bekele\n\n"
        "Kenya and Ethiopia signed a power deal in Nairobi on Monday."
    )
    assert people["Wanjiru Kamau"][0] is None
    assert people["Tesfaye Bekele"][0] is None


def test_given_name_written_with_a_stop_stays_in_the_name() -> None:
    people = _people(
        "Philippine Trade Secretary Ma. Cristina Reyes said the deal was fair. Reyes left."
    )
    assert "Ma. Cristina Reyes" in people
    assert people["Ma. Cristina Reyes"][0] == "PHL"


def test_apostrophe_inside_a_name_is_kept() -> None:
    people = _people(
        "Tongan Prime Minister Tu'ivakano Fifita met Samoa's Prime Minister Fiame Tuala."
    )
    assert "Tu'ivakano Fifita" in people
    assert "Fiame Tuala" in people


def test_plural_title_names_two_people_of_the_two_states_in_order() -> None:
    people = _people(
        "Bolivia and Paraguay agreed to reopen the border.\n\n"
        "The foreign ministers of the two countries, Elena Mamani and Hugo Benitez, will meet "
        "in Asuncion next month."
    )
    assert people["Elena Mamani"] == ("BOL", ["Foreign Minister"])
    assert people["Hugo Benitez"] == ("PRY", ["Foreign Minister"])


def test_plural_title_with_its_own_states() -> None:
    people = _people(
        "The trade ministers of Kenya and Tanzania, Rose Wafula and Juma Mrisho, signed the "
        "protocol."
    )
    assert people["Rose Wafula"][0] == "KEN"
    assert people["Juma Mrisho"][0] == "TZA"


def test_title_with_a_lower_case_portfolio_before_a_name() -> None:
    people = _people(
        "Chile's state copper company announced the sale on Monday. The company's director for "
        "foreign markets, Ana Torres, said prices would rise."
    )
    assert "Ana Torres" in people


def test_lower_case_particles_and_hyphens_inside_names() -> None:
    people = _people(
        "Libyan Prime Minister Omar al-Mansouri met Tunisian President Karim el-Jebali and "
        "Dutch envoy Anna van der Berg in Tripoli. Jebali said the talks were useful."
    )
    assert people["Omar al-Mansouri"][0] == "LBY"
    assert people["Karim el-Jebali"][0] == "TUN"
    assert "Anna van der Berg" in people
    assert "Jebali" not in people


def test_malaysian_honorifics_are_not_part_of_the_name() -> None:
    people = _people("Malaysian Trade Minister Dato' Seri Aziz Rahman arrived in Jakarta.")
    assert people == {"Aziz Rahman": ("MYS", ["Trade Minister"])}


def test_full_name_after_a_state_possessive_is_a_person_of_that_state() -> None:
    people = _people(
        "Malaysia's Rahim Osman met Thailand's Suda Chaiyaporn in Bangkok, while China's "
        "National Development and Reform Commission and Kenya's National Treasury stayed away."
    )
    assert people == {"Rahim Osman": ("MYS", []), "Suda Chaiyaporn": ("THA", [])}


def test_company_names_are_not_people() -> None:
    people = _people("South Korea's Hanjin Shipping and Japan's Hokkai Industries signed.")
    assert people == {}


def test_chinese_surname_he_after_a_title_is_a_name() -> None:
    people = _people(
        "Chinese Vice Premier He Lifeng met Kenyan President Ruto. He said ties were good."
    )
    assert people["He Lifeng"][0] == "CHN"


def test_surname_that_is_also_a_capital_stays_in_the_name() -> None:
    doc = build_document("Portuguese Foreign Minister Ana Lima met Angolan President Rui Neto.")
    assert {p.name: p.country for p in doc.persons.values()} == {
        "Ana Lima": "PRT",
        "Rui Neto": "AGO",
    }


def test_head_of_a_state_body_in_lower_case_before_a_name() -> None:
    people = _people("The head of Ghana's central bank, Kwame Asante, said rates would fall.")
    assert people == {"Kwame Asante": ("GHA", ["Head of Ghana's Central Bank"])}


def test_lower_case_office_after_a_body_or_a_possessive() -> None:
    doc = build_document(
        "The deal was praised by Tom Walsh, the U.N. humanitarian chief. The European "
        "Union's foreign policy chief, Lena Berg, said the bloc would respond."
    )
    offices = {p.name: p.titles[0][1] for p in doc.persons.values()}
    assert offices == {"Tom Walsh": "United Nations", "Lena Berg": "European Union"}


def test_office_holder_met_beside_a_compatriot_is_of_the_dateline_state() -> None:
    people = _people(
        "HANOI, March 5 (Wire) - Lao President Thongsing Vong met Prime Minister Le Minh Duc "
        "and National Assembly Chairman Tran Quoc Tuan, U.S. officials noted."
    )
    assert people["Tran Quoc Tuan"][0] == "VNM"


def test_expert_with_lower_case_modifiers_and_a_university_in_a_city() -> None:
    people = _people(
        '"It is a project for the whole region," said Aisha Bello, an energy economist at the '
        "University of Lagos."
    )
    assert people == {"Aisha Bello": ("NGA", ["Economist"])}


def test_plural_title_before_names_each_of_a_state() -> None:
    people = _people("Foreign Ministers Ana Rojas of Peru and Luis Vera of Chile spoke by phone.")
    assert people == {
        "Ana Rojas": ("PER", ["Foreign Minister"]),
        "Luis Vera": ("CHL", ["Foreign Minister"]),
    }


def test_given_name_that_is_a_state_name() -> None:
    people = _people(
        "U.S. envoy Jordan Mills met Kenyan Foreign Minister Chad Otieno in Nairobi. The "
        "Foreign Minister of Chad Abdoulaye Sabre was absent."
    )
    assert people["Jordan Mills"][0] == "USA"
    assert people["Chad Otieno"][0] == "KEN"
    assert people["Abdoulaye Sabre"][0] == "TCD"


def test_head_of_a_delegation_named_after_led_by() -> None:
    doc = build_document(
        "Gabon's Prime Minister Paul Nze received a delegation from the International Monetary "
        "Fund led by Anna Kowalska, and a Malian delegation led by Sekou Traore."
    )
    people = {p.name: (p.country, p.titles) for p in doc.persons.values()}
    assert people["Anna Kowalska"] == (
        None,
        [("Head of Delegation", "International Monetary Fund")],
    )
    assert people["Sekou Traore"][0] == "MLI"


def test_release_style_double_title_with_state_then_name() -> None:
    doc = build_document(
        "Ana Ruiz paid an official visit to Viet Nam. At the invitation of Deputy Prime Minister "
        "and Minister of Foreign Affairs of Viet Nam Bui Van Long, she also paid a courtesy call "
        "on Prime Minister Le Van Hai."
    )
    people = {p.name: p.country for p in doc.persons.values()}
    assert people["Bui Van Long"] == "VNM"
    assert people["Le Van Hai"] == "VNM"
    assert "Deputy Prime Minister" not in people


def test_head_of_a_body_s_mission_in_lower_case_before_a_name() -> None:
    doc = build_document("The head of the IMF mission, Ana Diaz, said talks went well.")
    assert [(p.name, p.titles[0][1]) for p in doc.persons.values()] == [
        ("Ana Diaz", "International Monetary Fund")
    ]


def test_officer_is_not_a_name() -> None:
    assert _people("The Chief Executive Officer of the company resigned.") == {}


def test_portfolios_listed_with_commas_and_other_words_end_before_the_name() -> None:
    people = _people(
        "The grant was signed by Ghana's Minister of Finance, Budget and Public Portfolio, "
        "Kofi Mensah Adjei, in Accra."
    )
    assert people == {
        "Kofi Mensah Adjei": ("GHA", ["Minister of Finance, Budget and Public Portfolio"])
    }
    people = _people(
        "Mali's Minister of Foreign Affairs, African Integration and the Diaspora, "
        "Awa Traore Keita, met the envoy."
    )
    assert list(people) == ["Awa Traore Keita"]
    assert people["Awa Traore Keita"][0] == "MLI"


def test_second_listed_title_after_and_keeps_its_portfolios() -> None:
    people = _people(
        "Kenya's Deputy Prime Minister and Minister of Investment, Industrial Development "
        "and Trade, John Kamau Otieno, welcomed the loan."
    )
    assert list(people) == ["John Kamau Otieno"]


def test_portfolio_list_running_into_a_name_without_comma_gives_the_name_back() -> None:
    people = _people(
        "The mission was led by ECOWAS Commissioner for Political Affairs, Peace and Security "
        "Abdoulaye Diarra, who met the minister."
    )
    assert list(people) == ["Abdoulaye Diarra"]


def test_title_ending_with_and_the_region() -> None:
    people = _people(
        "It was signed by Australia's Minister for International Development and the "
        "Pacific, Daniel Whitcombe, and Fiji's Prime Minister, Jone Rabuka."
    )
    assert people["Daniel Whitcombe"][0] == "AUS"
    assert people["Jone Rabuka"][0] == "FJI"


def test_a_list_of_office_holders_is_no_apposition() -> None:
    people = _people(
        "The team held discussions with Finance Minister Levan Beridze Kapanadze, the "
        "Governor of the National Bank of Georgia, and other senior officials in Tbilisi."
    )
    assert people == {"Levan Beridze Kapanadze": ("GEO", ["Finance Minister"])}


def test_office_in_a_body_named_with_group_is_in_that_body() -> None:
    doc = build_document(
        "The loans were signed by the President of the IsDB Group, Dr. Hamid bin Saleh "
        "al-Otaibi, and Senegal's finance minister, Awa Ndiaye Sow."
    )
    person = doc.persons["Hamid bin Saleh al-Otaibi"]
    assert person.country is None
    assert [of for _, of in person.titles] == ["Islamic Development Bank"]


def test_bare_korea_and_korean_mean_south_korea() -> None:
    people = _people("Korean Foreign Minister Park Min-seo met Laos's foreign minister.")
    assert people["Park Min-seo"][0] == "KOR"
    people = _people("It was signed by Korea's Minister of Employment and Labor, Lee Jun-ho.")
    assert people["Lee Jun-ho"][0] == "KOR"


def test_chair_of_a_group_serves_the_group() -> None:
    doc = build_document(
        "PARIS, May 4 - The accord was signed by the chair of the Paris Club, Claire Morel-Duval."
    )
    person = doc.persons["Claire Morel-Duval"]
    assert person.country is None
    assert [of for _, of in person.titles] == ["Paris Club"]


def test_congo_means_the_congo_the_article_names() -> None:
    people = _people(
        "Talks will resume in Brazzaville. It was signed by Congo's Minister of Finance, "
        "Marie Nkounkou Loemba."
    )
    assert people["Marie Nkounkou Loemba"][0] == "COG"
    people = _people(
        "Shelling was heard near Kinshasa. She met the Congolese Minister of Defence, "
        "Patrick Ilunga Mbuyi."
    )
    assert people["Patrick Ilunga Mbuyi"][0] == "COD"
    people = _people("She met the Congolese Minister of Defence, Patrick Ilunga Mbuyi.")
    assert people["Patrick Ilunga Mbuyi"][0] is None  # no clue which Congo


def test_a_body_s_representative_in_a_state_serves_the_body() -> None:
    doc = build_document(
        "She toured the camp with UNHCR's representative in Chad, Alphonse Mbemba Ngoy."
    )
    person = doc.persons["Alphonse Mbemba Ngoy"]
    assert person.country is None
    assert person.titles == [
        ("Representative in Chad", "United Nations High Commissioner for Refugees")
    ]


def test_a_centre_named_after_a_king_is_no_person() -> None:
    people = _people(
        "The King Salman Humanitarian Aid and Relief Centre gave Guinea ten water pumps."
    )
    assert people == {}


def test_a_commissioner_for_partnerships_keeps_the_name_whole() -> None:
    people = _people(
        "The grant is part of the plan, EU Commissioner for International Partnerships "
        "Hanna Berg-Lind said on Tuesday."
    )
    assert people == {"Hanna Berg-Lind": (None, ["Commissioner for International Partnerships"])}


def test_a_hydrologist_is_a_commentator_of_the_state_named_with_them() -> None:
    people = _people("Erik Lundqvist, a Norwegian hydrologist who advised Malawi, disagreed.")
    assert people == {"Erik Lundqvist": ("NOR", ["Hydrologist"])}


def test_a_title_with_elect_or_designate_keeps_the_name() -> None:
    people = _people("Chile's President-elect Maria Soto met Argentine President Javier Ruiz.")
    assert people["Maria Soto"] == ("CHL", ["President-elect"])
    people = _people("Prime Minister-designate Ali Hassan of Iraq met the envoy.")
    assert people["Ali Hassan"] == ("IRQ", ["Prime Minister-designate"])


def test_who_heads_a_known_body_is_its_head() -> None:
    doc = build_document(
        "Anna Berg, who heads the World Food Programme in Kenya, said rations would be cut."
    )
    person = doc.persons["Anna Berg"]
    assert person.titles == [("Head", "World Food Programme")]
    assert person.country is None
    assert _people("Ruth Amani, who leads the Kenya Water Forum, spoke.") == {}


def test_h_e_is_an_honorific_not_part_of_the_name() -> None:
    people = _people(
        "The accord was signed by H.E. Amina Mohammed Ali, Minister of Foreign Affairs of "
        "Kenya, in Nairobi."
    )
    assert list(people) == ["Amina Mohammed Ali"]
    assert people["Amina Mohammed Ali"][0] == "KEN"


def test_second_office_holder_after_and_shares_the_first_ones_state() -> None:
    people = _people(
        "The envoy met Kenyan Foreign Minister Amina Otieno and Interior Minister Paul Kamau "
        "in Nairobi, a day after visiting Uganda."
    )
    assert people["Amina Otieno"][0] == "KEN"
    assert people["Paul Kamau"][0] == "KEN"


def test_second_office_holder_with_a_state_of_their_own_keeps_it() -> None:
    people = _people(
        "Kenyan Foreign Minister Amina Otieno and Ugandan Interior Minister Joseph Mukasa met."
    )
    assert people["Joseph Mukasa"][0] == "UGA"


def test_a_minister_talking_with_her_adjective_counterpart_is_of_the_other_state() -> None:
    people = _people(
        "Norway will fund a fisheries survey in Ghana, Trade Minister Ingrid Berg announced "
        "after talks in Accra with her Ghanaian counterpart."
    )
    assert people["Ingrid Berg"][0] == "NOR"


def test_surname_and_title_name_makes_compatriots() -> None:
    people = _people(
        "Norwegian Foreign Minister Ingrid Berg arrived in Accra on Monday.\n\n"
        "Berg and Defence Minister Lars Dahl met Ghanaian Foreign Minister Kofi Mensah."
    )
    assert people["Lars Dahl"][0] == "NOR"


def test_a_state_naming_other_people_or_a_newspaper_is_not_the_persons() -> None:
    people = _people(
        "Foreign Ministry spokesperson Ana Cruz denied a report by a Spanish newspaper that "
        "Quito had asked for loans.\n\nEcuador said the talks went well."
    )
    assert people["Ana Cruz"][0] != "ESP"


def test_a_byline_outlet_after_a_comma_is_no_author() -> None:
    people = _people(
        "Ghana and Togo reopen border\n\nBy Ama Owusu, Coastal Herald\n\n"
        "Ghana and Togo reopened their border on Monday."
    )
    assert "Ama Owusu" in people
    assert "Coastal Herald" not in people


def test_a_capital_as_a_given_name_does_not_count_for_the_story_state() -> None:
    people = _people(
        "Maharashtra will spend more on dams, the State's Water Minister R.K. Patil said. "
        "Sofia Lindgren, the World Bank's country director, visited Mumbai. Sofia Lindgren "
        "praised Maharashtra. India's Finance Ministry agreed."
    )
    assert people["R.K. Patil"][0] == "IND"


def test_chief_minister_is_a_title_not_part_of_the_name() -> None:
    people = _people("Kerala's Chief Minister T. Joseph opened the new bridge in Kochi.")
    assert "T. Joseph" in people
    assert people["T. Joseph"][1] == ["Chief Minister"]


def test_a_describing_word_between_the_owner_and_the_title_in_apposition() -> None:
    people = _people(
        '"Roads come first," said Maria Lund, the IMF\'s regional vice president for Asia.'
    )
    assert "Maria Lund" in people
    assert people["Maria Lund"][0] is None


def test_a_korean_given_name_with_a_lower_case_syllable_before_an_apposition() -> None:
    people = _people('"It will hold," said Kim Min-jun, a professor at a Seoul university.')
    assert "Kim Min-jun" in people


def test_an_office_of_a_body_described_in_lower_case_before_its_name() -> None:
    doc = build_document(
        "The secretary general of the regional bloc ECOWAS, Musa Bello, also took part."
    )
    [person] = doc.persons.values()
    assert person.name == "Musa Bello"
    assert person.titles[0][1] == "Economic Community of West African States"


def test_a_state_after_in_place_comma_is_where_not_whose() -> None:
    people = _people(
        "Norway will give 40 million crowns for flood relief in Sylhet, Bangladesh, Development "
        "Minister Kari Nilsen said on Monday."
    )
    assert people["Kari Nilsen"][0] == "NOR"


def test_an_office_before_a_comma_and_a_title_is_no_person() -> None:
    people = _people(
        "Ghanaian President Kofi Mensah met the envoy. According to the Presidential Media "
        "Office, the President thanked Togo for its support."
    )
    assert "Presidential Media Office" not in people


def test_an_ambassador_of_a_state_to_another_before_a_comma_and_name() -> None:
    people = _people("The Ambassador of Norway to Ghana, Ms. Kari Nilsen, signed the grant.")
    assert people["Kari Nilsen"][0] == "NOR"


def test_a_short_body_name_in_a_title_is_the_body_the_article_named() -> None:
    people = _people(
        "BRUSSELS, July 7 (Wire) - The European Commission paid Albania 50 million euros. "
        "More will follow, Commission spokesperson Jan Peeters told reporters."
    )
    assert people["Jan Peeters"][0] is None
