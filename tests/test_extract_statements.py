"""Stances: commends, calls for, supports, condemns; speakers, target and topic."""

from __future__ import annotations

import datetime as dt

from entente.loaders.extract import extract
from entente.loaders.factfile import StatementIn
from entente.models.vocab import StatementKind

PUBLISHED = dt.date(2025, 3, 5)


def _statements(text: str) -> list[StatementIn]:
    return extract(text, published=PUBLISHED).statements


def test_commend_with_target_and_quoted_words() -> None:
    [statement] = _statements("Japan praised India’s “steady reforms” of its power sector.")  # noqa: RUF001
    assert statement.kind is StatementKind.COMMEND
    assert statement.speakers == ["JPN"]
    assert statement.target == "IND"
    assert statement.quoted_text == "steady reforms"


def test_two_speakers_joined_by_and_call_for() -> None:
    [statement] = _statements("Both Egypt and Jordan called for an immediate ceasefire in Gaza.")
    assert statement.kind is StatementKind.CALL_FOR
    assert statement.speakers == ["EGY", "JOR"]
    assert statement.topic is not None and "ceasefire" in statement.topic


def test_pronoun_speaker_is_the_person_last_named() -> None:
    statements = _statements(
        "Ghanaian Finance Minister Kofi Mensah met IMF officials. "
        "He urged the Fund to speed up the review."
    )
    urged = [s for s in statements if s.kind is StatementKind.CALL_FOR]
    assert urged and urged[0].speakers == ["Kofi Mensah"]


def test_condemn_and_support() -> None:
    kinds = {
        s.kind
        for s in _statements(
            "France condemned the attack on Mali. Senegal supported Mali in the dispute."
        )
    }
    assert {StatementKind.CONDEMN, StatementKind.SUPPORT} <= kinds


def test_noun_support_is_no_stance() -> None:
    assert _statements("Kenya thanked nobody for the practical support it got.") == [] or all(
        s.kind is not StatementKind.SUPPORT
        for s in _statements("Kenya thanked nobody for the practical support it got.")
    )


def test_support_as_a_noun_is_no_stance() -> None:
    valued = _statements("Kenya valued Uganda's unconditional support in the talks.")
    assert [s.kind for s in valued] == [StatementKind.COMMEND]
    assert not _statements("The money came as budget support for Kenya.")
    [statement] = _statements("Kenya will support Uganda's bid to host the summit.")
    assert (statement.kind, statement.speakers) == (StatementKind.SUPPORT, ["KEN"])


def test_the_target_is_read_past_adjectives_and_capitals() -> None:
    [statement] = _statements(
        "Moldovan President Ana Ciobanu condemned what she called relentless Russian "
        "interference in the election."
    )
    assert statement.target == "RUS"


def test_objects_standing_for_the_other_side_give_the_target() -> None:
    statements = _statements(
        "The World Bank approved a $50 million loan for Malawi on Monday. "
        "Malawi's Finance Minister Grace Banda welcomed the approval. "
        "The bank's director, Paul Okello, urged the authorities to curb spending."
    )
    commend = next(s for s in statements if s.kind is StatementKind.COMMEND)
    assert (commend.speakers, commend.target) == (["Grace Banda"], "World Bank")
    call = next(s for s in statements if s.kind is StatementKind.CALL_FOR)
    assert call.target == "MWI"


def test_an_adverb_before_support_makes_it_a_verb() -> None:
    [statement] = _statements("Peru has seen Lima consistently support Quito on border issues.")
    assert statement.kind is StatementKind.SUPPORT
    assert statement.target == "ECU"


def test_second_verb_after_and_is_a_stance_of_the_same_speaker() -> None:
    found = _statements(
        "Malian Foreign Minister Amadou Keita welcomed the decision and called for faster "
        "clearance of lorries at the border."
    )
    kinds = {(s.kind, tuple(s.speakers)) for s in found}
    assert (StatementKind.CALL_FOR, ("Amadou Keita",)) in kinds
    assert (StatementKind.COMMEND, ("Amadou Keita",)) in kinds


def test_person_saying_what_their_state_does_is_the_speaker() -> None:
    [statement] = _statements(
        "Chinese President Li Wen said China firmly supported Zambia in choosing its own path."
    )
    assert statement.speakers == ["Li Wen"]
    assert statement.target == "ZMB"


def test_infinitive_of_purpose_or_of_a_call_is_no_stance_of_its_own() -> None:
    found = _statements(
        "Norway will give Colombia $30 million to support the peace process. "
        "Norwegian minister Kari Holm called for more countries to support the mission."
    )
    assert [s.kind for s in found] == [StatementKind.CALL_FOR]


def test_called_for_has_a_topic_not_a_far_target() -> None:
    [statement] = _statements(
        "Canadian minister Paul Roy called for more help for the security mission led by Kenya."
    )
    assert statement.target is None
    assert statement.topic is not None and "security mission" in statement.topic


def _found(text: str) -> set[tuple[StatementKind, tuple[str, ...], str | None]]:
    return {(s.kind, tuple(s.speakers), s.target) for s in _statements(text)}


def test_a_verb_after_and_shares_the_subject_of_the_sentence() -> None:
    found = _found(
        "During the visit Norwegian envoy Maria Lind held talks with Chad's Interior Minister, "
        "Idriss Kaba, and pressed the government to reopen the crossings."
    )
    assert [speakers for kind, speakers, _ in found if kind is StatementKind.CALL_FOR] == [
        ("Maria Lind",)
    ]
    found = _found(
        "Croatian Foreign Minister Ana Horvat condemned the shelling of a convoy near the "
        "border, and called on all parties to respect the truce."
    )
    assert (StatementKind.CALL_FOR, ("Ana Horvat",), None) in found


def test_the_name_before_who_is_the_speaker() -> None:
    found = _found(
        "The Slovene minister was later received by Hungarian President Tomas Varga, who "
        "praised Slovenia's reforms and called for closer rail links."
    )
    assert (StatementKind.COMMEND, ("Tomas Varga",), "SVN") in found
    assert (StatementKind.CALL_FOR, ("Tomas Varga",), None) in found


def test_the_two_countries_presidents_are_the_two_states() -> None:
    found = _found(
        "Ghana and Togo signed a border protocol in Lome on Monday. "
        "The two countries' presidents spoke by phone and welcomed the signing."
    )
    assert any(kind is StatementKind.COMMEND and set(sp) == {"GHA", "TGO"} for kind, sp, _ in found)


def test_a_report_that_names_a_state_has_no_target() -> None:
    [statement] = _statements(
        "Peru's finance ministry rejected reports that Chile had frozen a loan to Lima."
    )
    assert (statement.kind, statement.speakers, statement.target) == (
        StatementKind.REJECT,
        ["PER"],
        None,
    )


def test_urged_x_to_aims_at_x() -> None:
    [statement] = _statements("Senegal urged Mali to help persuade France to lift the sanctions.")
    assert statement.target == "MLI"
    [statement] = _statements("Senegal urged other donors to help Mali rebuild its schools.")
    assert statement.target is None


def test_a_place_after_the_verb_is_no_target() -> None:
    [statement] = _statements(
        "Australia warned against foreign fleets fishing illegally in Fiji's waters."
    )
    assert statement.target is None


def test_support_after_a_side_with_a_determiner_is_a_noun() -> None:
    assert not _statements("It is the largest package of EU support to Moldova in years.")


def test_a_phone_call_on_a_day_is_no_call_for() -> None:
    assert not _statements(
        "The Kenyan and Ugandan ministers discussed the rail link in a phone call on Thursday."
    )


def test_a_passive_welcome_is_a_greeting() -> None:
    assert not _statements(
        "Kenya's foreign minister was welcomed by his Ugandan counterpart at the airport."
    )


def test_reaffirmed_that_a_state_supports_gives_the_support() -> None:
    found = _found("Croatian minister Ana Horvat reaffirmed that Croatia supports Serbia's bid.")
    assert found == {(StatementKind.SUPPORT, ("Ana Horvat",), "SRB")}


def test_groups_that_speak_for_no_state_make_no_statement() -> None:
    assert not _statements(
        "Italy and Albania signed the protocol in 2023. Opposition parties in both countries "
        "criticised the migration protocol."
    )


def test_a_commitment_to_a_named_alliance_is_a_stance() -> None:
    found = _found("Chile and Peru reaffirmed their commitment to the Pacific Alliance.")
    assert [(kind, speakers) for kind, speakers, _ in found] == [
        (StatementKind.REAFFIRM, ("CHL", "PER"))
    ]


def test_rejecting_the_accusation_aims_at_the_accuser() -> None:
    found = _found(
        "Thailand accused Cambodia of laying new mines on the frontier. "
        "Phnom Penh rejected the accusation."
    )
    assert (StatementKind.REJECT, ("KHM",), "THA") in found


def test_the_two_ministers_nearer_the_verb_than_the_reporting_side() -> None:
    found = _found(
        "Russian Foreign Minister Ivan Petrov spoke with Indian Foreign Minister Anil Rao. "
        "Moscow said the two ministers noted with satisfaction that trade was growing."
    )
    assert any(
        kind is StatementKind.COMMEND and set(sp) == {"Ivan Petrov", "Anil Rao"}
        for kind, sp, _ in found
    )


def test_she_said_her_capital_stood_by_is_her_stance() -> None:
    found = _found(
        "French minister Claire Moreau arrived in Rabat on Monday. "
        "She said Paris stood by Morocco in the dispute."
    )
    assert (StatementKind.SUPPORT, ("Claire Moreau",), "MAR") in found


def test_the_object_of_welcomed_ends_where_and_said_begins() -> None:
    found = _found(
        "The World Bank approved a $40 million grant for Malawi on Monday. "
        "Malawi's Finance Minister Grace Banda welcomed the approval and said the government "
        "would meet the targets agreed with the International Monetary Fund."
    )
    assert (StatementKind.COMMEND, ("Grace Banda",), "World Bank") in found


def test_the_side_an_attack_hit_is_no_target_of_the_condemnation() -> None:
    [statement] = _statements(
        "Kenya condemned the attack on a Ugandan army post near the border on Friday."
    )
    assert (statement.kind, statement.target) == (StatementKind.CONDEMN, None)


def test_a_stance_inside_a_denied_report_is_not_asserted() -> None:
    found = _found("Zambia denied reports that it had asked Botswana for a loan.")
    assert [kind for kind, _, _ in found] == [StatementKind.REJECT]


def test_a_headline_stance_is_left_to_the_body() -> None:
    found = _statements(
        "Peru rejects Chilean report on frozen loan\n\n"
        "LIMA, March 4 - Peru on Tuesday rejected a Chilean newspaper report on a frozen loan."
    )
    assert len(found) == 1


def test_threatened_intervention_in_a_named_state_aims_at_it() -> None:
    [statement] = _statements("The bloc's leader Ali Sow said Ghana threatened sanctions in Togo.")
    assert statement.target == "TGO"


def test_stand_by_and_grateful_to() -> None:
    found = _found(
        "Samoan minister Ana Tui said Samoa was grateful to Canberra for its help. "
        "Australia would continue to stand by Samoa, she said."
    )
    assert (StatementKind.COMMEND, ("Ana Tui",), "AUS") in found
    assert any(kind is StatementKind.SUPPORT and target == "WSM" for kind, _, target in found)


def test_praise_in_quoted_words_is_a_commendation_by_the_person_quoted() -> None:
    found = _found(
        "Danish Development Minister Lars Holm visited Accra on Monday. "
        "\u201cGhana has shown that clean power can reach every village. The rest of the region "
        "is watching,\u201d Holm said."
    )
    assert (StatementKind.COMMEND, ("Lars Holm",), "GHA") in found
    found = _found(
        "IMF Deputy Managing Director Rosa Lind said Ghana had made "
        '"commendable progress" on inflation.'
    )
    assert (StatementKind.COMMEND, ("Rosa Lind",), "GHA") in found
    assert not _statements(
        "\u201cGhana has shown that clean power can reach every village,\u201d the report said."
    )


def test_a_state_given_a_quoted_name_of_praise_is_commended() -> None:
    found = _found(
        'Fijian Prime Minister Sitiveni Lomu described New Zealand as "family" and reaffirmed '
        "that Fiji would not sign a security pact with any other power."
    )
    assert (StatementKind.COMMEND, ("Sitiveni Lomu",), "NZL") in found
    assert any(kind is StatementKind.REAFFIRM for kind, _, _ in found)
    # unfavourable words make it a criticism, not a commendation
    assert [
        s.kind
        for s in _statements(
            'Fijian Prime Minister Sitiveni Lomu described Vanuatu as "a threat to the region".'
        )
    ] == [StatementKind.CRITICIZE]


def test_an_object_standing_for_a_side_must_follow_the_verb() -> None:
    found = _found(
        "Australia and Indonesia signed a defence pact on Monday. Indonesian minister Agus "
        'Rahman stressed that the agreement was "not an alliance".'
    )
    assert [target for kind, _, target in found if kind is StatementKind.REAFFIRM] == [None]


def test_a_warning_with_no_target_aims_at_the_side_spoken_to() -> None:
    found = _found(
        "Peruvian Defence Minister Luis Vega told his Chilean counterpart that Lima wanted the "
        "truce to hold, but warned that Peru would respond to any new incursion."
    )
    assert any(kind is StatementKind.WARN and target == "CHL" for kind, _, target in found)


def test_more_stance_phrases() -> None:
    kinds = {
        s.kind
        for s in _statements(
            "Ghana renewed its call for a ceasefire in Sudan. Togo voiced support for Benin's "
            "bid. Niger decried the sanctions imposed by Nigeria. Mali raised concerns about "
            "Senegal's new tariffs."
        )
    }
    assert kinds == {
        StatementKind.CALL_FOR,
        StatementKind.SUPPORT,
        StatementKind.CONDEMN,
        StatementKind.CRITICIZE,
    }


def test_a_state_in_a_hyphened_modifier_or_its_own_country_is_no_target() -> None:
    found = _found(
        "China and Cambodia signed six agreements in Beijing. Cambodian minister Sok Vanna "
        "reaffirmed the country's adherence to the one-China policy."
    )
    assert (StatementKind.REAFFIRM, ("Sok Vanna",), None) in found


def test_quoted_praise_reads_state_adjectives() -> None:
    found = _found(
        "Peruvian Energy Minister Ana Quispe signed the deal in Lima. \u201cBolivian gas for "
        "Peruvian mines is a natural fit,\u201d Quispe said."
    )
    assert (StatementKind.COMMEND, ("Ana Quispe",), "BOL") in found


def test_a_call_on_both_sides_is_one_stance_per_side() -> None:
    statements = _statements(
        "Fighting flared again between Armenia and Azerbaijan on Sunday. "
        "The European Union called on both sides to return to talks."
    )
    calls = [s for s in statements if s.kind is StatementKind.CALL_FOR]
    assert sorted(s.target or "" for s in calls) == ["ARM", "AZE"]
    assert all(s.speakers == ["European Union"] for s in calls)


def test_both_governments_are_the_states_not_the_speakers_body() -> None:
    statements = _statements(
        "Talks between Chile and Peru on the fishing dispute stalled on Monday. "
        "The UN envoy, Marta Lindholm, urged both governments to keep their coast guards apart."
    )
    urged = [s for s in statements if s.kind is StatementKind.CALL_FOR]
    assert sorted(s.target or "" for s in urged) == ["CHL", "PER"]


def test_a_stance_voiced_through_a_noun_takes_the_nouns_kind() -> None:
    [backing] = _statements("Canada reaffirmed Canada's support for Ukraine's reconstruction.")
    assert (backing.kind, backing.speakers, backing.target) == (
        StatementKind.SUPPORT,
        ["CAN"],
        "UKR",
    )
    [thanks] = _statements(
        "Nepal expressed the gratitude of its people to India for the quick relief."
    )
    assert (thanks.kind, thanks.speakers, thanks.target) == (
        StatementKind.COMMEND,
        ["NPL"],
        "IND",
    )
    [commitment] = _statements(
        "Norway reiterated the kingdom's commitment to Mozambique's peace process."
    )
    assert (commitment.kind, commitment.target) == (StatementKind.REAFFIRM, "MOZ")
    [concern] = _statements("Japan voiced deep concern over China's drills near the islands.")
    assert (concern.kind, concern.target) == (StatementKind.CRITICIZE, "CHN")


def test_an_office_speaks_for_its_state_and_a_medium_is_no_target() -> None:
    statements = _statements(
        "Samoa's Prime Minister Tavita Leota visited Wellington last week. "
        "The prime minister's office denied a report in a New Zealand newspaper that "
        "Samoa had sought a loan from Beijing."
    )
    [denial] = [s for s in statements if s.kind is StatementKind.REJECT]
    assert denial.speakers == ["WSM"]
    assert denial.target is None


def test_a_participle_with_by_is_passive_and_no_stance() -> None:
    assert not [
        s
        for s in _statements("Jordan's reform programme, supported by a World Bank loan, advanced.")
        if s.kind is StatementKind.SUPPORT
    ]


def test_it_or_they_opening_a_sentence_continues_the_speaker_before() -> None:
    statements = _statements(
        "The African Union urged Sudan to open the roads to aid convoys. "
        "It also condemned the looting of a depot in Darfur."
    )
    [condemned] = [s for s in statements if s.kind is StatementKind.CONDEMN]
    assert condemned.speakers == ["African Union"]
    after_a_person = _statements(
        "Foreign Minister Anna Berg urged Sudan to open the roads. It condemned the looting."
    )
    assert not [s for s in after_a_person if s.kind is StatementKind.CONDEMN]


def test_a_bodys_directors_speak_for_the_body() -> None:
    statements = _statements(
        "The Executive Board of the International Monetary Fund completed a review of "
        "Jamaica's programme on Monday. Directors urged the authorities to keep inflation low."
    )
    [urged] = [s for s in statements if s.kind is StatementKind.CALL_FOR]
    assert urged.speakers == ["International Monetary Fund"]
    assert urged.target == "JAM"


def test_the_authorities_are_those_of_the_state_the_article_names_most() -> None:
    statements = _statements(
        "WASHINGTON, March 3 - The World Bank said on Monday that Bolivia's reforms and "
        "Bolivia's budget were on track. Exports from the United States to Bolivia rose. "
        "The Bank urged the authorities to widen the tax base."
    )
    [urged] = [s for s in statements if s.kind is StatementKind.CALL_FOR]
    assert urged.target == "BOL"


def test_a_participle_stance_takes_the_subject_of_the_sentence() -> None:
    statements = _statements(
        "Ghana and Togo signed a joint statement on Friday, calling on Burkina Faso to "
        "reopen the border crossings."
    )
    [call] = [s for s in statements if s.kind is StatementKind.CALL_FOR]
    assert (call.speakers, call.target) == (["GHA", "TGO"], "BFA")
    [warned] = _statements("Peru recalled its ambassador, warning that Chile had broken the pact.")
    assert (warned.kind, warned.speakers) == (StatementKind.WARN, ["PER"])
    assert not [
        s
        for s in _statements("An early warning system for floods was built in Malawi.")
        if s.kind is StatementKind.WARN
    ]


def test_a_warning_aims_at_the_side_its_condition_names() -> None:
    [warned] = _statements(
        "Chile warned that it would buy its gas from Qatar unless Argentina lifted the export "
        "limits."
    )
    assert (warned.kind, warned.target) == (StatementKind.WARN, "ARG")


def test_the_ministers_with_no_number_are_all_the_ministers_named() -> None:
    statements = _statements(
        "The deal was signed by Chile's Minister of Mining, Ana Rojas, Peru's Minister of "
        "Energy, Luis Paredes, and Bolivia's Minister of Hydrocarbons, Jorge Quiroga. "
        "The ministers called on the World Bank to fund the new grid link."
    )
    [call] = [s for s in statements if s.kind is StatementKind.CALL_FOR]
    assert sorted(call.speakers) == ["Ana Rojas", "Jorge Quiroga", "Luis Paredes"]


def test_a_passive_stance_in_quoted_words_is_the_quoted_persons() -> None:
    statements = _statements(
        "The IMF board met on Monday. "
        "IMF Deputy Managing Director Lena Hart issued the following statement:\n"
        '"Jamaica has kept its programme on track. The authorities are commended for '
        'cutting the deficit."'
    )
    [praise] = [s for s in statements if s.kind is StatementKind.COMMEND]
    assert (praise.speakers, praise.target) == (["Lena Hart"], "JAM")


def test_a_passive_stance_with_no_one_quoted_is_none() -> None:
    assert not _statements("Kenya was praised for its reforms at the meeting.")


def test_a_call_for_aims_at_who_is_to_act_not_at_who_is_described() -> None:
    [sanctions] = _statements("Latvia called for tougher European Union sanctions on the fleet.")
    assert sanctions.target == "European Union"
    [inquiry] = _statements(
        "Serbia called for an inquiry by experts from the United Nations into the blast."
    )
    assert inquiry.target == "United Nations"
    [investment] = _statements("Zambia called for more Japanese investment in its copper mines.")
    assert investment.target is None


def test_quoted_loyalty_is_praise_and_quoted_blame_is_criticism() -> None:
    praise = _statements(
        "Nepal's Foreign Minister Sita Gurung visited Delhi on Monday. "
        '"In every flood, India has stood by us," Gurung said.'
    )
    assert [(s.kind, s.speakers, s.target) for s in praise] == [
        (StatementKind.COMMEND, ["Sita Gurung"], "IND")
    ]
    blame = _statements(
        "Lithuania's Defence Minister Rasa Juknevičienė spoke in Vilnius on Monday. "
        '"Russia\'s drills on our border are reckless," Juknevičienė said.'
    )
    assert [(s.kind, s.target) for s in blame] == [(StatementKind.CRITICIZE, "RUS")]


def test_praise_in_a_quote_running_over_two_sentences() -> None:
    statements = _statements(
        "Fiji's Prime Minister Sitiveni Lata spoke after the signing on Monday. "
        '"We asked for help. Australia has been a steadfast friend," Lata said.'
    )
    assert [(s.kind, s.target) for s in statements] == [(StatementKind.COMMEND, "AUS")]


def test_the_leaders_at_a_bodys_summit_speak_for_the_body() -> None:
    statements = _statements(
        "SADC leaders met in Harare on Friday for their annual summit. "
        "The leaders condemned the violence in the border areas of Mozambique and Malawi."
    )
    [condemned] = [s for s in statements if s.kind is StatementKind.CONDEMN]
    assert condemned.speakers == ["Southern African Development Community"]
    assert condemned.target is None


def test_ministers_of_two_bodies_speak_for_both() -> None:
    statements = _statements(
        "Foreign ministers of the African Union (AU) and the European Union met in Rome on "
        "Monday. The ministers called for a ceasefire in Sudan."
    )
    [call] = [s for s in statements if s.kind is StatementKind.CALL_FOR]
    assert sorted(call.speakers) == ["African Union", "European Union"]


def test_a_speakers_own_state_is_no_target_and_reaffirmed_that_aims_at_no_one() -> None:
    statements = _statements(
        "Mali's Foreign Minister Awa Keita met ECOWAS envoys in Bamako on Monday. "
        "She reaffirmed that Mali's exit from the bloc was final."
    )
    [reaffirmed] = [s for s in statements if s.kind is StatementKind.REAFFIRM]
    assert (reaffirmed.speakers, reaffirmed.target) == (["Awa Keita"], None)


def test_we_in_quoted_words_is_the_person_quoted() -> None:
    statements = _statements(
        '"We firmly support Moldova\'s path to the EU," Romanian Foreign Minister Ioana Popa said.'
    )
    assert [(s.kind, s.speakers, s.target) for s in statements] == [
        (StatementKind.SUPPORT, ["Ioana Popa"], "MDA")
    ]


def test_a_participle_opening_the_sentence_takes_the_subject_after_its_comma() -> None:
    statements = _statements(
        "Praising Ghana's reforms, Nigeria's President Bola Adeyemi said trade would grow."
    )
    assert [(s.kind, s.speakers, s.target) for s in statements] == [
        (StatementKind.COMMEND, ["Bola Adeyemi"], "GHA")
    ]


def test_a_protest_or_opposition_voiced_through_a_noun() -> None:
    [protest] = _statements("Ghana lodged a formal protest with Togo over the border arrests.")
    assert (protest.kind, protest.speakers, protest.target) == (
        StatementKind.CRITICIZE,
        ["GHA"],
        "TGO",
    )
    [opposition] = _statements("Chile voiced its opposition to Argentina's new tariffs.")
    assert (opposition.kind, opposition.target) == (StatementKind.REJECT, "ARG")


def test_summoning_an_envoy_is_a_protest_at_the_envoys_state() -> None:
    [summoned] = _statements("Estonia summoned the Russian ambassador over the airspace violation.")
    assert (summoned.kind, summoned.speakers, summoned.target) == (
        StatementKind.CRITICIZE,
        ["EST"],
        "RUS",
    )


def test_its_after_a_second_verb_is_the_earlier_target_and_one_stance_is_kept() -> None:
    statements = _statements(
        "Kenya's President Amina Otieno thanked Qatar for its support and praised its "
        "leadership in the talks."
    )
    assert [(s.kind, s.speakers, s.target) for s in statements] == [
        (StatementKind.COMMEND, ["Amina Otieno"], "QAT")
    ]


def test_a_pair_after_between_names_the_object_not_the_target() -> None:
    [truce] = _statements("Qatar welcomed the truce between Israel and Hamas on Sunday.")
    assert (truce.kind, truce.target) == (StatementKind.COMMEND, None)
    [backing] = _statements(
        "Turkey offered its support for the ceasefire between Russia and Ukraine."
    )
    assert (backing.kind, backing.target) == (StatementKind.SUPPORT, None)
    [ties] = _statements(
        "Morocco welcomed the new momentum in relations between Morocco and France."
    )
    assert ties.target == "FRA"


def test_regret_is_criticism_and_back_is_support_only_as_a_verb() -> None:
    [regret] = _statements("Spain expressed regret over Algeria's decision to end the treaty.")
    assert (regret.kind, regret.target) == (StatementKind.CRITICIZE, "DZA")
    [backing] = _statements("Norway will continue to back Palestine's bid for membership.")
    assert (backing.kind, backing.speakers, backing.target) == (
        StatementKind.SUPPORT,
        ["NOR"],
        "PSE",
    )
    assert not _statements("The talks went back to square one after Egypt walked out.")


def test_a_topic_runs_past_an_abbreviation() -> None:
    [rejected] = _statements("Mexico rejected the U.S. plan to send troops across the border.")
    assert rejected.topic is not None and "troops" in rejected.topic


def test_a_states_own_body_as_subject_speaks_for_the_state() -> None:
    approval = _statements(
        "Nigeria received a $500 million loan from the World Bank. "
        "The government welcomed the approval."
    )
    assert [(s.kind, s.speakers) for s in approval] == [(StatementKind.COMMEND, ["NGA"])]
    [embassy] = _statements('The British High Commission rejected the report as "wrong".')
    assert (embassy.kind, embassy.speakers) == (StatementKind.REJECT, ["GBR"])
    [officials] = _statements("Officials in Beijing condemned the new sanctions.")
    assert officials.speakers == ["CHN"]


def test_an_unfavourable_quoted_name_is_criticism_also_of_what_a_state_does() -> None:
    [blame] = _statements('Poland called Belarus "a threat to the whole region".')
    assert (blame.kind, blame.speakers, blame.target) == (
        StatementKind.CRITICIZE,
        ["POL"],
        "BLR",
    )
    [acts] = _statements('Latvia described Russia\'s drone flights as "reckless and provocative".')
    assert (acts.kind, acts.target) == (StatementKind.CRITICIZE, "RUS")


def test_a_person_named_with_said_after_the_stance_of_their_state_is_the_speaker() -> None:
    [backing] = _statements(
        "Canada supports Denmark's sovereignty over Greenland, said Canadian Prime Minister "
        "Mark Collins."
    )
    assert (backing.speakers, backing.target) == (["Mark Collins"], "DNK")
    assert backing.topic == "Denmark's sovereignty over Greenland"
    [other] = _statements(
        "Canada supports Denmark's sovereignty, Danish Prime Minister Mette Holm said."
    )
    assert other.speakers == ["CAN"]


def test_he_or_she_skips_a_person_the_text_marks_as_the_other_sex() -> None:
    statements = _statements(
        "Kenyan President William Ruto met Danish Development Minister Mette Holm in Nairobi. "
        "Ms Holm announced new grants. He urged Uganda to reopen the border."
    )
    [urged] = [s for s in statements if s.kind is StatementKind.CALL_FOR]
    assert urged.speakers == ["William Ruto"]


def test_support_given_as_aid_is_no_stance() -> None:
    assert not _statements("The EU extended 20 million euros of support to Moldova's grid.")
    assert not _statements("China offered technical support to Cambodia's customs service.")
    [stance] = _statements("Canada reaffirmed its unwavering support for Ukraine.")
    assert (stance.kind, stance.target) == (StatementKind.SUPPORT, "UKR")


def test_welcoming_a_visitor_is_a_greeting_not_a_stance() -> None:
    assert not _statements(
        "Chinese President Li Wei welcomed Brazilian President Ana Costa to Beijing on Monday."
    )
    assert not _statements("Egypt's president welcomed his Kenyan counterpart at the airport.")
    [decision] = _statements(
        "Chinese President Li Wei met Brazilian President Ana Costa in Beijing. "
        "Li welcomed Costa's decision to join the bank."
    )
    # what a president decides is her state's act (corpus5: "the Spanish minister's remarks")
    assert (decision.kind, decision.target) == (StatementKind.COMMEND, "BRA")


def test_what_a_state_does_given_an_unfavourable_quoted_name_is_criticised() -> None:
    [strikes] = _statements('Ukraine called Russia\'s strikes on Kharkiv "barbaric and cowardly".')
    assert (strikes.kind, strikes.speakers, strikes.target) == (
        StatementKind.CRITICIZE,
        ["UKR"],
        "RUS",
    )
    [decision] = _statements('Algeria described France\'s decision as "regrettable".')
    assert (decision.kind, decision.target) == (StatementKind.CRITICIZE, "FRA")


def test_a_state_body_that_said_it_took_a_stance_speaks_for_the_state() -> None:
    statements = _statements(
        "Kenya's foreign ministry on Sunday summoned Tanzania's envoy. "
        'The ministry said it "strongly condemns" the arrests.'
    )
    assert (StatementKind.CONDEMN, ["KEN"]) in [(s.kind, s.speakers) for s in statements]


def test_they_also_with_the_same_stance_goes_on_with_the_one_before() -> None:
    statements = _statements(
        "The Executive Board of the International Monetary Fund met on Monday. "
        "Directors urged the authorities of Jamaica to cut spending. "
        "They also called for faster reform of state firms."
    )
    calls = [s for s in statements if s.kind is StatementKind.CALL_FOR]
    assert [(s.speakers, s.target) for s in calls] == [(["International Monetary Fund"], "JAM")]


def test_we_welcome_in_a_quote_is_the_quoted_persons_commendation() -> None:
    [welcome] = _statements(
        '"We welcome Japan\'s decision," Thai Foreign Minister Somchai Wong said.'
    )
    assert (welcome.kind, welcome.speakers, welcome.target) == (
        StatementKind.COMMEND,
        ["Somchai Wong"],
        "JPN",
    )
    assert not _statements("The president received a warm welcome in Hanoi.")


def test_a_side_that_must_act_in_someones_words_is_called_on() -> None:
    [quoted] = _statements(
        '"Russia must withdraw its troops from Ukraine," German Chancellor Max Weber said.'
    )
    assert (quoted.kind, quoted.speakers, quoted.target) == (
        StatementKind.CALL_FOR,
        ["Max Weber"],
        "RUS",
    )
    [reported] = _statements("German Chancellor Max Weber said Serbia should recognise Kosovo.")
    assert (reported.kind, reported.target) == (StatementKind.CALL_FOR, "SRB")
    assert not _statements("German Chancellor Max Weber said Germany must spend more on defence.")


def test_a_person_target_gives_way_to_the_state_whose_act_is_judged() -> None:
    text = (
        "Chilean Foreign Minister Elena Vargas met Peruvian Foreign Minister Tomas Quispe in "
        "Lima on Monday. Quispe thanked Vargas for Chile's decision to reopen the border post. "
    )
    thanked = [s for s in _statements(text) if s.kind is StatementKind.COMMEND]
    assert [(s.speakers, s.target) for s in thanked] == [(["Tomas Quispe"], "CHL")]
    text = (
        "Chilean Foreign Minister Elena Vargas met Peruvian Foreign Minister Tomas Quispe in "
        "Lima on Monday. Quispe thanked Vargas for her personal efforts. "
    )
    thanked = [s for s in _statements(text) if s.kind is StatementKind.COMMEND]
    assert [(s.speakers, s.target) for s in thanked] == [(["Tomas Quispe"], "Elena Vargas")]
    text = (
        "Chilean Foreign Minister Elena Vargas visited Lima on Monday. "
        "Peru criticised Vargas's remarks on the maritime boundary."
    )
    criticised = [s for s in _statements(text) if s.kind is StatementKind.CRITICIZE]
    assert [(s.speakers, s.target) for s in criticised] == [(["PER"], "CHL")]


def test_welcoming_what_was_given_aims_at_the_giver() -> None:
    text = (
        "Peruvian Trade Minister Tomas Quispe announced a new credit line for Bolivia on "
        "Monday. Bolivian Finance Minister Ana Mamani welcomed the new credit line."
    )
    [welcomed] = [s for s in _statements(text) if s.kind is StatementKind.COMMEND]
    assert (welcomed.speakers, welcomed.target) == (["Ana Mamani"], "PER")
    text = (
        "Chile announced a donation of medical supplies to Bolivia on Monday. "
        '"This is real friendship," Chilean Health Minister Elena Vargas said in Santiago. '
        "Bolivian President Luis Mamani welcomed the donation."
    )
    [welcomed] = [s for s in _statements(text) if s.kind is StatementKind.COMMEND]
    assert welcomed.target == "CHL"


def test_rejecting_a_criticism_aims_at_the_side_that_made_it() -> None:
    text = (
        "Chilean Finance Minister Elena Vargas visited La Paz on Monday. "
        "The IMF said on the same day that fuel subsidies hurt growth. "
        "Bolivia rejected the criticism."
    )
    [rejected] = [s for s in _statements(text) if s.kind is StatementKind.REJECT]
    assert rejected.target == "International Monetary Fund"


def test_a_source_named_first_is_not_the_speaker_and_an_office_names_its_holder() -> None:
    text = (
        "Peruvian President Tomas Quispe met Chilean Foreign Minister Elena Vargas in Lima. "
        "According to the presidential office, the President thanked Chile for its help."
    )
    [thanked] = [s for s in _statements(text) if s.kind is StatementKind.COMMEND]
    assert (thanked.speakers, thanked.target) == (["Tomas Quispe"], "CHL")
    text = (
        "Peruvian President Tomas Quispe met Chilean Foreign Minister Elena Vargas in Lima. "
        "According to a Peruvian readout, Vargas praised Peru's port reforms."
    )
    [praised] = [s for s in _statements(text) if s.kind is StatementKind.COMMEND]
    assert (praised.speakers, praised.target) == (["Elena Vargas"], "PER")


def test_a_states_own_ministry_speaks_for_the_state() -> None:
    [denied] = _statements(
        "The U.S. Department of Defense denied a report that Washington had cut aid to Ukraine."
    )
    assert (denied.kind, denied.speakers) == (StatementKind.REJECT, ["USA"])
    [welcomed] = _statements("The Department of Foreign Affairs and Trade welcomed Fiji's reforms.")
    assert (welcomed.speakers, welcomed.target) == (["AUS"], "FJI")


def test_a_funding_appeal_and_a_deal_to_support_are_no_stances() -> None:
    assert not _statements("The United Nations appealed for $2.1 billion to feed Yemen.")
    assert not _statements("Qatar made the deposit under a deal to support Egypt's reserves.")
    assert not _statements("Norway set up a fund to support Malawi's farmers.")
    [call] = _statements("Egypt called for a ceasefire in Sudan.")
    assert call.kind is StatementKind.CALL_FOR
    [support] = _statements("Japan pledged to support Kenya's bid.")
    assert (support.kind, support.target) == (StatementKind.SUPPORT, "KEN")


def test_what_a_sourced_report_says_is_not_asserted() -> None:
    stances = _statements(
        "Bolivia's minister denied reports in the Santiago press that La Paz had asked the "
        "IMF for a waiver."
    )
    assert [s.kind for s in stances] == [StatementKind.REJECT]


def test_the_title_of_a_roundup_item_gives_no_stance() -> None:
    text = (
        "Chile welcomes Peruvian port deal; Bolivia condemns border raid\n\n"
        "SANTIAGO - Chile on Monday welcomed Peru's decision to open a new port.\n"
    )
    stances = _statements(text)
    assert [(s.kind, s.speakers) for s in stances] == [(StatementKind.COMMEND, ["CHL"])]
    text = (
        "Peru signs port deal with Chile.\n\nLIMA - Peru and Chile signed a port deal.\n\n"
        "Bolivia condemns border raid\n\n"
        "LA PAZ - Bolivia on Monday condemned a raid by smugglers on a border post.\n"
    )
    stances = _statements(text)
    assert [s.kind for s in stances] == [StatementKind.CONDEMN]


def test_but_it_continues_the_body_that_spoke_before() -> None:
    stances = _statements(
        "The IMF board praised Ecuador's fiscal reforms on Monday. "
        "But it urged the authorities to rebuild foreign reserves."
    )
    assert [(s.kind, s.speakers, s.target) for s in stances] == [
        (StatementKind.COMMEND, ["International Monetary Fund"], "ECU"),
        (StatementKind.CALL_FOR, ["International Monetary Fund"], "ECU"),
    ]


def test_a_hope_that_others_would_not_act_is_a_warning() -> None:
    [warning] = _statements(
        'Russia said it hoped the drills between Norway and Finland would "not threaten" anyone.'
    )
    assert (warning.kind, warning.speakers, warning.target) == (
        StatementKind.WARN,
        ["RUS"],
        None,
    )
    assert not _statements("Peru hoped the talks with Chile would conclude soon.")


def test_a_side_naming_ground_is_where_not_whom() -> None:
    [warning] = _statements("Russia warned that convoys on Ukrainian territory were targets.")
    assert (warning.kind, warning.target) == (StatementKind.WARN, None)
    [condemned] = _statements("Japan condemned the flight of Chinese drones over Japanese soil.")
    assert condemned.target == "CHN"


def test_an_opening_phrase_is_the_setting_not_the_speaker() -> None:
    text = (
        "Chilean Foreign Minister Elena Vargas met Peruvian Foreign Minister Tomas Quispe in "
        "Lima on Monday. Following their talks, the two foreign ministers called on all parties "
        "to respect the ceasefire."
    )
    [call] = [s for s in _statements(text) if s.kind is StatementKind.CALL_FOR]
    assert set(call.speakers) == {"Elena Vargas", "Tomas Quispe"}


def test_opposing_what_others_do_is_criticism() -> None:
    [opposed] = _statements("China firmly opposed the defence pact between Manila and Hanoi.")
    assert (opposed.kind, opposed.speakers) == (StatementKind.CRITICIZE, ["CHN"])
    [refused] = _statements("Vietnam rejected China's claim to the reef.")
    assert (refused.kind, refused.target) == (StatementKind.REJECT, "CHN")


def test_a_states_foreign_office_or_its_spokesman_speaks_for_the_state() -> None:
    for sentence in (
        "A spokesman for the British Foreign Office in London rejected the statement.",
        "The British Foreign Office rejected the statement.",
        "A British Foreign Office spokesman rejected the statement.",
    ):
        stances = _statements("Argentina restated its claim to the islands. " + sentence)
        assert [(s.kind, s.speakers) for s in stances] == [(StatementKind.REJECT, ["GBR"])], (
            sentence
        )


def test_both_ministers_are_not_the_prime_minister_named_last() -> None:
    text = (
        "Chilean Foreign Minister Elena Vargas met Peruvian Foreign Minister Tomas Quispe in "
        "Lima on Monday. Quispe later spoke with Bolivian Prime Minister Luis Mamani. "
        "Both ministers called for a new border treaty."
    )
    [call] = [s for s in _statements(text) if s.kind is StatementKind.CALL_FOR]
    assert set(call.speakers) == {"Elena Vargas", "Tomas Quispe"}


def test_support_for_the_unity_of_a_state_aims_at_that_state() -> None:
    [support] = _statements(
        "Poland reaffirmed its support for the sovereignty and territorial integrity of Ukraine."
    )
    assert (support.kind, support.target) == (StatementKind.SUPPORT, "UKR")
    [call] = _statements("Egypt called for talks on the future of Sudan.")
    assert (call.kind, call.target) == (StatementKind.CALL_FOR, None)


def test_a_stance_on_what_the_clause_before_names_aims_at_its_doer() -> None:
    stances = _statements(
        "In 2021 Peru signed a fishing accord with Ecuador, which Chile denounced as unlawful; "
        "Chile answered with a port deal with Bolivia, which Lima in turn rejected."
    )
    assert [(s.kind, s.speakers, s.target) for s in stances] == [
        (StatementKind.CONDEMN, ["CHL"], "PER"),
        (StatementKind.REJECT, ["PER"], "CHL"),
    ]


def test_the_ministers_are_those_just_named_and_reaffirm_their_own_commitment() -> None:
    text = (
        "Chilean Foreign Minister Elena Vargas visited Lima on Monday. "
        "The visit followed a call between Peruvian Foreign Minister Tomas Quispe and Bolivian "
        "Foreign Minister Luis Mamani. "
        "The ministers reaffirmed their commitment to the agreement reached in Brasilia."
    )
    [reaffirmed] = [s for s in _statements(text) if s.kind is StatementKind.REAFFIRM]
    assert set(reaffirmed.speakers) == {"Tomas Quispe", "Luis Mamani"}
    assert reaffirmed.target is None


def test_a_second_verb_naming_its_own_target_is_a_second_stance() -> None:
    text = (
        "Chile announced a grant for Peru's schools on Monday. "
        "Peru welcomed the grant and praised Chile's teacher exchange programme."
    )
    commends = [s for s in _statements(text) if s.kind is StatementKind.COMMEND]
    assert [(s.speakers, s.target) for s in commends] == [(["PER"], "CHL"), (["PER"], "CHL")]
    [one] = _statements("Peru thanked Chile for its support and praised its leadership.")
    assert (one.speakers, one.target) == (["PER"], "CHL")


def test_naming_a_report_false_rejects_it() -> None:
    text = (
        "A Lima newspaper reported that Chile had sent troops to the border. "
        'Chilean Foreign Minister Elena Vargas called the report "a complete fabrication".'
    )
    assert [(s.kind, s.speakers) for s in _statements(text)] == [
        (StatementKind.REJECT, ["Elena Vargas"])
    ]
    text = 'Peru denied it on Tuesday, calling the claim "baseless".'
    assert [s.kind for s in _statements(text)] == [StatementKind.REJECT]
    assert not _statements('Peru called the report "a useful summary".')


def test_she_goes_on_with_the_person_who_opened_the_sentence_before() -> None:
    text = (
        "Elena Vargas, the World Bank's director for the Andes, met Peruvian Finance Minister "
        "Tomas Quispe in Lima on Monday. According to his office, she praised Peru's reforms."
    )
    [praised] = [s for s in _statements(text) if s.kind is StatementKind.COMMEND]
    assert praised.speakers == ["Elena Vargas"]


def test_urging_reforms_aims_at_the_state_the_article_is_about() -> None:
    text = (
        "Japanese State Minister Kenji Aoyama visited Dodoma on Monday for talks with Tanzanian "
        "officials on Tanzania's ports. He also urged further reforms at the port."
    )
    [urged] = [s for s in _statements(text) if s.kind is StatementKind.CALL_FOR]
    assert (urged.speakers, urged.target) == (["Kenji Aoyama"], "TZA")
