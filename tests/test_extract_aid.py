"""Aid flows: donor, recipient, amount, currency, status, type, modality and parts of totals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from entente.loaders.extract import extract
from entente.loaders.factfile import AidFlowIn
from entente.models.vocab import FlowStatus, FlowType, Modality

PUBLISHED = dt.date(2025, 3, 5)


def _flows(text: str) -> list[AidFlowIn]:
    return extract(text, published=PUBLISHED).aid_flows


def test_lend_with_amount_currency_and_purpose() -> None:
    [flow] = _flows("Japan will lend Vietnam 40 billion yen to build a metro line in Hanoi.")
    assert (flow.donor, flow.recipient) == ("JPN", "VNM")
    assert (flow.amount, flow.currency) == (Decimal("40000000000"), "JPY")
    assert flow.flow_type is FlowType.LOAN
    assert flow.modality is Modality.ASSERTED
    assert flow.purpose is not None and flow.purpose.startswith("build a metro")


def test_organisation_approves_a_loan_for_a_state() -> None:
    [flow] = _flows("The World Bank approved a $300 million loan for Nepal on Monday.")
    assert (flow.donor, flow.recipient) == ("World Bank", "NPL")
    assert flow.status is FlowStatus.APPROVED
    assert flow.amount_usd == Decimal("300000000")
    assert flow.flow_date == dt.date(2025, 3, 3)


def test_received_from_puts_the_subject_as_recipient() -> None:
    [flow] = _flows("Sri Lanka received $500 million from India in emergency support.")
    assert (flow.donor, flow.recipient) == ("IND", "LKA")


def test_pledge_is_pledged_in_status_and_modality() -> None:
    [flow] = _flows("Norway pledged $20 million in humanitarian aid to Yemen.")
    assert flow.status is FlowStatus.PLEDGED
    assert flow.modality is Modality.PLEDGED
    assert flow.flow_type is FlowType.HUMANITARIAN


def test_denied_report_is_denied() -> None:
    [flow] = _flows("Kenya denied a report that China had offered a $1 billion loan for a railway.")
    assert flow.modality is Modality.DENIED
    assert flow.donor == "CHN"


def test_vague_amount_gives_a_flow_without_amount() -> None:
    [flow] = _flows("Turkey has channelled billions of Turkish investment into Somalia.")
    assert flow.amount is None
    assert (flow.donor, flow.recipient) == ("TUR", "SOM")
    assert flow.flow_type is FlowType.INVESTMENT


def test_parts_of_a_total_replace_the_total() -> None:
    flows = _flows(
        "Germany has pledged EUR 120m for Kenyan geothermal power. "
        "Of the total, EUR 85m is a loan and EUR 35m is a grant."
    )
    assert [(f.amount, f.flow_type) for f in flows] == [
        (Decimal("85000000"), FlowType.LOAN),
        (Decimal("35000000"), FlowType.GRANT),
    ]
    assert all(f.donor == "DEU" and f.recipient == "KEN" for f in flows)
    assert all(f.modality is Modality.PLEDGED for f in flows)


def test_currency_word_takes_the_currency_of_the_states_named() -> None:
    [flow] = _flows("Qatar has allocated 50 million riyals in humanitarian aid for Afghanistan.")
    assert flow.currency == "QAR"


def test_value_of_a_sale_is_not_aid() -> None:
    assert _flows("Poland and South Korea signed a contract worth $6.5 billion for tanks.") == []


def test_amounts_in_one_sentence_share_the_donor_and_recipient() -> None:
    flows = _flows(
        "Saudi Arabia announced new support for Yemen: a $300 million deposit, fuel worth "
        "1.2 billion Saudi riyals and a further $68 million for salaries."
    )
    assert len(flows) == 3
    assert all((f.donor, f.recipient) == ("SAU", "YEM") for f in flows)


def test_a_place_visited_far_from_the_amount_is_not_the_recipient() -> None:
    [flow] = _flows(
        "China will give Cambodia a grant of 1.5 billion yuan for rural roads, the Cambodian "
        "deputy prime minister said on his return from a two-day visit to Beijing."
    )
    assert (flow.donor, flow.recipient) == ("CHN", "KHM")


def _pairs(text: str) -> list[tuple[str, str | None, Decimal | None]]:
    return [(f.donor, f.recipient, f.amount) for f in _flows(text)]


def test_each_amount_takes_the_donor_named_in_its_own_clause() -> None:
    pairs = _pairs(
        "France has pledged EUR 50m for Senegal's ports. Of the total, EUR 30m is a loan from "
        "the state-owned Agence Française de Développement, and EUR 20m is a grant."
    )
    assert pairs == [
        ("Agence Française de Développement", "SEN", Decimal("30000000")),
        ("FRA", "SEN", Decimal("20000000")),
    ]


def test_financed_by_a_bank_named_in_full_and_lent_to_a_government() -> None:
    [flow] = _flows(
        "Part of the order will be financed by the Export-Import Bank of Hungary, which will "
        "extend a loan of $400 million to the Serbian government."
    )
    assert (flow.donor, flow.recipient) == ("Export-Import Bank of Hungary", "SRB")


def test_payments_own_money_project_costs_and_restated_amounts_are_no_aid() -> None:
    assert not _flows(
        "The EU signed a fisheries deal letting its boats fish off Senegal in return for "
        "EUR 20 million a year."
    )
    assert not _flows("Kenya said it would provide $6 million in counterpart funding.")
    assert not _flows(
        "Chile and Peru signed a memorandum on how the $9 billion Andes Rail project will be "
        "financed."
    )
    pairs = _pairs(
        "The World Bank approved a $100 million loan for Nepal. The bank said the loan, worth "
        "about Rs 13 billion, would be paid in May."
    )
    assert [amount for _, _, amount in pairs] == [Decimal("100000000")]


def test_a_financing_body_of_the_donor_giving_the_news_is_the_donor() -> None:
    [flow] = _flows(
        "Kuwait has allocated $20 million for Jordan's schools, the Kuwait Fund for Arab "
        "Economic Development said on Monday."
    )
    assert flow.donor == "Kuwait Fund for Arab Economic Development"


def test_money_with_no_figure_when_it_was_given() -> None:
    pairs = _pairs(
        "Oman and Kuwait will each take stakes in the company building the port, while Yemen "
        "provides the land. The port was built with Omani funding."
    )
    assert ("OMN", "YEM", None) in pairs and ("KWT", "YEM", None) in pairs
    assert not _flows("Officials have not confirmed whether Kuwait will take a stake in Yemen.")


def test_a_later_payment_to_the_same_recipient_comes_from_the_same_donor() -> None:
    pairs = _pairs(
        "Tunisia denied it had agreed to take EUR 90 million from the European Union. "
        "Officials confirmed that EUR 60 million had been disbursed to Tunisia in May."
    )
    assert ("European Union", "TUN", Decimal("60000000")) in pairs


def test_the_states_own_currency_names_the_donor_and_channels_are_not_donors() -> None:
    text = (
        "Norway's foreign minister met Malawi's president in Lilongwe on Monday. The two sides "
        "signed a grant of 200 million kroner for rural clinics, which will be provided through "
        "the Norwegian Agency for Development Cooperation."
    )
    assert _pairs(text) == [("NOR", "MWI", Decimal("200000000"))]


def test_figures_with_no_verb_of_giving_and_own_contributions_are_no_flows() -> None:
    assert not _flows(
        "Every few years a new investment target appears, usually billions of dollars."
    )
    assert _pairs(
        "Kenya signed a $10 million loan from the World Bank, and said it would add $2 million "
        "of its own."
    ) == [("World Bank", "KEN", Decimal("10000000"))]


def test_each_donor_of_a_sentence_keeps_its_own_amount() -> None:
    pairs = _pairs(
        "Australia announced A$150 million for schools in Fiji, and New Zealand pledged "
        "NZ$40 million for coastal protection in Tuvalu."
    )
    assert pairs == [
        ("AUS", "FJI", Decimal("150000000")),
        ("NZL", "TUV", Decimal("40000000")),
    ]


def test_side_between_verb_and_amount_is_the_recipient() -> None:
    [flow] = _flows(
        "Peru will lend neighbouring Bolivia $90 million to pay debts owed to Peruvian firms."
    )
    assert (flow.donor, flow.recipient) == ("PER", "BOL")


def test_debt_owed_and_investment_stock_are_not_flows() -> None:
    flows = _flows(
        "Bolivia owes Peru's state oil company about $200 million for fuel. "
        "Peruvian investment in Bolivia stands at some $1.2 billion, officials said."
    )
    assert flows == []


def test_channel_agency_is_not_the_recipient() -> None:
    flows = _flows(
        "Denmark will provide $40 million to Chad, with the money channelled through the "
        "World Food Programme and UNICEF. Of the total, $25 million will go to the World Food "
        "Programme for food and $15 million to UNICEF for clean water."
    )
    assert sorted((f.donor, f.recipient, f.amount) for f in flows) == [
        ("DNK", "TCD", Decimal("15000000")),
        ("DNK", "TCD", Decimal("25000000")),
    ]


def test_parts_without_aid_words_replace_their_total() -> None:
    flows = _flows(
        "Spain will give Morocco 60 million euros in aid this year. Of the total, 40 million "
        "euros will pay for radars and 20 million euros for training."
    )
    assert sorted(f.amount for f in flows if f.amount is not None) == [
        Decimal("20000000"),
        Decimal("40000000"),
    ]
    assert all((f.donor, f.recipient) == ("ESP", "MAR") for f in flows)


def test_compound_subject_gives_in_its_own_currency() -> None:
    [flow] = _flows("UK and Kenya agree £45m climate finance package for drought.")
    assert (flow.donor, flow.recipient) == ("GBR", "KEN")


def test_grant_in_the_recipient_currency_keeps_the_subject_as_donor() -> None:
    [flow] = _flows("Beijing had also approved a grant of Rs 10 billion for a school in Pakistan.")
    assert (flow.donor, flow.recipient) == ("CHN", "PAK")


def test_parts_opener_reaches_past_quotes() -> None:
    flows = _flows(
        "Spain will give Morocco 60 million euros in aid this year. The ministers met in Rabat. "
        '"We are neighbours," the Spanish minister said. Morocco thanked Madrid. '
        "Of the total, 40 million euros will pay for radars and 20 million euros for training "
        "Moroccan crews in Spain."
    )
    assert sorted((f.donor, f.recipient, f.amount) for f in flows) == [
        ("ESP", "MAR", Decimal("20000000")),
        ("ESP", "MAR", Decimal("40000000")),
    ]


def test_amount_of_a_contract_is_a_sale_not_aid() -> None:
    assert (
        _flows(
            "Poland's arms group said it was negotiating a 900 million zloty contract "
            "to supply shells to the Lithuanian army."
        )
        == []
    )


def test_budget_support_after_an_amount_stays_aid() -> None:
    [flow] = _flows("Germany approved a EUR 50 million budget support grant for Ghana.")
    assert (flow.donor, flow.recipient) == ("DEU", "GHA")


def test_estimate_put_at_a_figure_is_not_aid() -> None:
    assert (
        _flows(
            "The two oil firms will sign a production deal, an investment officials "
            "put at $3 billion."
        )
        == []
    )


# --- running totals, yearly figures, changes (invented sentences) ---


def test_amount_a_new_flow_brings_a_total_to_is_no_new_flow() -> None:
    flows = _flows(
        "The Asian Development Bank approved a $120 million loan for Laos on Monday, "
        "bringing its total lending to the country to about $2.4 billion."
    )
    assert [(f.donor, f.recipient, f.amount) for f in flows] == [
        ("Asian Development Bank", "LAO", Decimal("120000000"))
    ]


def test_total_so_far_with_a_perfect_tense_is_no_new_flow() -> None:
    flows = _flows("The European Union has so far disbursed EUR 12 billion to Jordan in support.")
    assert flows == []


def test_a_cut_by_an_amount_is_no_flow() -> None:
    assert _flows("Sweden will cut its development aid to Zambia by 200 million kronor.") == []


def test_standing_yearly_flow_told_as_background_is_no_flow() -> None:
    flows = _flows(
        "New Zealand is Tonga's largest donor, providing about NZ$50 million a year in "
        "development assistance."
    )
    assert flows == []


def test_yearly_amount_newly_promised_is_a_flow() -> None:
    [flow] = _flows("Norway will give Malawi 150 million kroner a year for school meals.")
    assert (flow.donor, flow.recipient, flow.amount, flow.currency) == (
        "NOR",
        "MWI",
        Decimal("150000000"),
        "NOK",
    )


def test_largest_donor_possessive_is_the_recipient() -> None:
    [flow] = _flows(
        "Japan, Mongolia's largest bilateral lender, will provide a further $150 million loan."
    )
    assert (flow.donor, flow.recipient) == ("JPN", "MNG")


def test_review_of_a_states_programme_makes_it_the_recipient() -> None:
    [flow] = _flows(
        "The IMF's executive board completed the fourth review of Ghana's Extended Credit "
        "Facility on Friday, unlocking about $370 million."
    )
    assert (flow.donor, flow.recipient) == ("International Monetary Fund", "GHA")
    assert flow.status is FlowStatus.RELEASED


def test_outstanding_loans_are_a_stock() -> None:
    text = "China holds loans of about $4 billion outstanding to Laos, officials said."
    assert _flows(text) == []


def test_total_then_its_parts_in_one_sentence_gives_the_parts() -> None:
    flows = _flows(
        "The World Bank approved two loans totalling $450 million for Benin on Tuesday: "
        "$300 million for rural roads and $150 million for health clinics."
    )
    assert sorted((f.donor, f.recipient, f.amount) for f in flows) == [
        ("World Bank", "BEN", Decimal("150000000")),
        ("World Bank", "BEN", Decimal("300000000")),
    ]
    assert all(f.status is FlowStatus.APPROVED for f in flows)


def test_budget_support_is_no_trade_noun_for_the_next_amount() -> None:
    flows = _flows(
        "Canada pledged C$20 million for Jamaica: C$14 million in budget support and "
        "C$6 million to repair storm drains."
    )
    assert sorted(f.amount for f in flows if f.amount is not None) == [
        Decimal("6000000"),
        Decimal("14000000"),
    ]


def test_cfa_francs_take_the_currency_of_the_states_named() -> None:
    [flow] = _flows(
        "The Government of Niger announced a grant of 500 million CFA francs to help "
        "Beninese traders stranded at the border."
    )
    assert flow.currency == "XOF"
    assert (flow.donor, flow.recipient) == ("NER", "BEN")


def test_a_state_adjective_after_in_names_a_place_not_the_recipient() -> None:
    [flow] = _flows(
        "Senegal will give Mauritania 1 billion CFA francs to train students in Senegalese "
        "universities."
    )
    assert (flow.donor, flow.recipient) == ("SEN", "MRT")


def test_a_company_named_after_its_states_possessive_is_private_money() -> None:
    assert (
        _flows("Taiwan's Lumen Semiconductor will invest $900 million in a plant in Malaysia.")
        == []
    )
    assert _flows("US-based Orchard Cloud said it would invest $1.1 billion in Kenya.") == []
    assert _flows("Turkey's Anatolia Build Holding will invest $400 million in Albania.") == []


def test_a_public_body_after_its_states_possessive_is_still_the_state() -> None:
    [flow] = _flows("Kuwait's Development Fund will lend Jordan $150 million for water pipes.")
    assert flow.recipient == "JOR"
    [flow] = _flows("Japan's Ministry of Finance will lend Sri Lanka $300 million.")
    assert (flow.donor, flow.recipient) == ("JPN", "LKA")


def test_a_review_completed_then_a_drawing_takes_the_lender_just_named() -> None:
    flows = _flows(
        "The Executive Board of the International Monetary Fund (IMF) on Monday completed the "
        "second review of Zambia's programme under the Extended Credit Facility (ECF). The "
        "completion of the review allows the authorities to draw the equivalent of SDR 140 "
        "million (about $185 million)."
    )
    assert [(f.donor, f.recipient, f.amount, f.currency) for f in flows] == [
        ("International Monetary Fund", "ZMB", Decimal("140000000"), "XDR")
    ]


def test_a_programme_name_is_not_a_side() -> None:
    [flow] = _flows(
        "Benin's 42-month Extended Fund Facility arrangement was approved by the IMF in the "
        "amount of SDR 480 million."
    )
    assert (flow.donor, flow.recipient) == ("International Monetary Fund", "BEN")


def test_a_body_between_the_amount_and_its_noun_is_the_donor() -> None:
    [flow] = _flows(
        "Egypt is halfway through an $8 billion IMF programme and has also drawn on deposits "
        "from Qatar."
    )
    assert (flow.donor, flow.recipient) == ("International Monetary Fund", "EGY")


def test_the_state_helped_is_the_recipient() -> None:
    [flow] = _flows(
        "The World Bank's board approved $420 million in International Development Association "
        "financing to help Malawi expand irrigation."
    )
    assert (flow.donor, flow.recipient) == ("World Bank", "MWI")


def test_yearly_amount_beside_the_whole_is_one_flow() -> None:
    flows = _flows(
        "Britain will give Ghana £250 million over five years, or £50 million a year, for "
        "schools and clinics."
    )
    assert [(f.donor, f.recipient, f.amount) for f in flows] == [
        ("GBR", "GHA", Decimal("250000000"))
    ]


def test_each_of_two_donors_gives_the_amount() -> None:
    flows = _flows("Sweden and Denmark each pledged $40 million to Mozambique for flood relief.")
    assert sorted((f.donor, f.recipient, f.amount) for f in flows) == [
        ("DNK", "MOZ", Decimal("40000000")),
        ("SWE", "MOZ", Decimal("40000000")),
    ]


def test_debt_owed_by_a_state_is_relief_for_it() -> None:
    [flow] = _flows("Russia agreed to write off $700 million of loans owed by Mozambique.")
    assert (flow.donor, flow.recipient) == ("RUS", "MOZ")


def test_kind_of_money_in_a_state_names_the_recipient_of_its_clause() -> None:
    [flow] = _flows(
        "Imports from India rose sharply, while Indian investment in Nepal reached $900 million."
    )
    assert (flow.donor, flow.recipient) == ("IND", "NPL")


def test_a_states_financing_body_after_with_is_the_lender() -> None:
    [flow] = _flows(
        "Cambodia signed a $90 million loan deal with South Korea's Economic Development "
        "Cooperation Fund for a ring road."
    )
    # the fund itself when the gazetteer knows it, else the state it belongs to
    assert flow.donor in ("KOR", "Economic Development Cooperation Fund")
    assert flow.recipient == "KHM"


def test_the_agency_given_as_source_lends_what_two_states_signed() -> None:
    [flow] = _flows(
        "France and Senegal signed a loan agreement worth EUR 80 million on Monday to extend "
        "the Dakar light railway, the French Development Agency (AFD) said."
    )
    assert (flow.donor, flow.recipient) == ("Agence Française de Développement", "SEN")


def test_a_participle_of_giving_reports_the_flow() -> None:
    [flow] = _flows(
        "The Thai prime minister arrived in Vientiane on his first visit to Laos, pledging "
        "2 billion baht (about $55 million) for a new bridge."
    )
    assert (flow.donor, flow.recipient, flow.currency) == ("THA", "LAO", "THB")
    assert flow.status is FlowStatus.PLEDGED


def test_one_state_paying_another_across_a_semicolon() -> None:
    [flow] = _flows(
        "Under a deal agreed in 2019, Germany pays Indonesia for protected peatland; those "
        "payments have reached about 400 million euros."
    )
    assert (flow.donor, flow.recipient) == ("DEU", "IDN")


def test_a_price_paid_for_goods_is_no_aid() -> None:
    assert _flows("Egypt will pay Russia $2 billion for five million tonnes of wheat.") == []


def test_money_that_pays_for_things_is_a_part_not_a_payer() -> None:
    flows = _flows(
        "Estonia will give Latvia 90 million euros in military aid. Of the total, 60 million "
        "euros will pay for radars and 30 million euros for training."
    )
    assert sorted((f.donor, f.recipient, f.amount) for f in flows) == [
        ("EST", "LVA", Decimal("30000000")),
        ("EST", "LVA", Decimal("60000000")),
    ]


def test_statistics_of_lending_are_no_flows() -> None:
    text = (
        "Japanese lending to Pacific governments fell to $900 million in 2024, its lowest "
        "level in a decade. At its peak, Japan lent more than $3 billion to the region."
    )
    assert _flows(text) == []


def test_what_a_state_needs_is_no_flow() -> None:
    text = "Malawi needs about $200 million a month in external financing, the IMF said."
    assert _flows(text) == []


def test_the_old_level_of_an_expanded_programme_is_no_flow() -> None:
    flows = _flows(
        "Kenya received a $500 million loan from the World Bank, while the IMF is expected to "
        "expand its programme for Kenya to $4 billion from $3 billion."
    )
    assert sorted((f.donor, f.amount) for f in flows) == [
        ("International Monetary Fund", Decimal("4000000000")),
        ("World Bank", Decimal("500000000")),
    ]


def test_receiving_a_tranche_of_a_deal_with_a_state() -> None:
    flows = _flows(
        "Jordan received the first $1 billion tranche of a $6 billion investment deal with "
        "Qatar on Tuesday."
    )
    assert sorted((f.donor, f.recipient, f.amount) for f in flows) == [
        ("QAT", "JOR", Decimal("1000000000")),
        ("QAT", "JOR", Decimal("6000000000")),
    ]


def test_deposits_at_a_states_central_bank_go_to_that_state() -> None:
    [flow] = _flows(
        "The package includes the conversion of $4 billion in Kuwaiti deposits held at "
        "Bahrain's central bank."
    )
    assert (flow.donor, flow.recipient) == ("KWT", "BHR")


def test_figures_that_are_no_flows() -> None:
    for text in (
        "The IMF estimates Malawi's financing gap at $400 million this year.",
        "Kuwait's sovereign wealth fund manages about $900 billion in assets.",
        "Bilateral trade between Chile and Peru reached $5 billion in 2025.",
        "Mongolia's foreign exchange reserves rose to $5.2 billion, the central bank said.",
        "Zambia owes China about $4 billion, a third of its external debt.",
    ):
        assert _flows(text) == [], text


def test_giving_as_a_progressive_verb() -> None:
    [flow] = _flows("Norway is giving Jordan an additional 200 million kroner to host refugees.")
    assert (flow.donor, flow.recipient, flow.currency) == ("NOR", "JOR", "NOK")


def test_modality_without_a_verb_and_intent_before_it() -> None:
    [considered] = _flows("Japan is considering a $500 million loan to Ukraine, sources said.")
    assert considered.modality is Modality.HYPOTHETICAL
    [expected] = _flows("Turkey is expected to announce a $1 billion package for Syria.")
    assert (expected.status, expected.modality) == (FlowStatus.PLEDGED, Modality.HYPOTHETICAL)
    [planned] = _flows("Kuwait plans to lend Jordan $300 million for a desalination plant.")
    assert planned.modality is Modality.PLANNED
    [announced] = _flows("Britain announced £20 million in emergency aid for Malawi.")
    assert announced.status is FlowStatus.PLEDGED


def test_a_report_called_false_is_denied() -> None:
    [flow] = _flows(
        "Reports that India had offered Bhutan a $500 million loan were false, the ministry said."
    )
    assert flow.modality is Modality.DENIED


def test_a_total_restated_after_its_parts_is_no_new_flow() -> None:
    flows = _flows(
        "Ireland will give Malawi EUR 30m. Of the total, EUR 20m is a grant for clinics and "
        "EUR 10m a loan for roads. Irish officials said the EUR 30m was new money."
    )
    assert sorted(f.amount for f in flows if f.amount is not None) == [
        Decimal("10000000"),
        Decimal("20000000"),
    ]


def test_cutting_an_amount_of_aid_cancels_it() -> None:
    [flow] = _flows("The Netherlands will cut €40 million in aid to Burundi.")
    assert flow.status is FlowStatus.CANCELLED


def test_money_available_once_approved_is_hypothetical() -> None:
    flows = _flows(
        "Ghana and the IMF reached a staff-level agreement on the review of its $3 billion "
        "programme, which would give it access to about $360 million once approved by the board."
    )
    by_amount = {f.amount: f for f in flows}
    assert by_amount[Decimal("360000000")].modality is Modality.HYPOTHETICAL
    assert by_amount[Decimal("3000000000")].modality is Modality.ASSERTED


def test_the_cost_of_a_named_project_is_no_flow() -> None:
    flows = _flows(
        "Indian loans financed most of the $1.2 billion Kaladan Highway, which opened in 2024."
    )
    assert flows == []


def test_more_than_since_a_year_at_the_start_is_a_running_total() -> None:
    flows = _flows("Since 1998, Japan has provided more than $200 million to Laos for demining.")
    assert flows == []


def test_money_given_through_a_states_agency_is_that_states() -> None:
    flows = _flows(
        "The Asian Development Bank lent Laos $100 million for roads. The government said it "
        "would also get $30 million in grants through KOICA."
    )
    assert ("KOR", "LAO", Decimal("30000000")) in [(f.donor, f.recipient, f.amount) for f in flows]


def test_the_subject_finances_not_the_side_a_preposition_governs() -> None:
    [flow] = _flows(
        "The Kuwait Fund for Arab Economic Development signed an agreement with the Government "
        "of Benin to finance a water plant with 10 million Kuwaiti dinars."
    )
    assert (flow.donor, flow.recipient) == ("Kuwait Fund for Arab Economic Development", "BEN")


def test_a_place_just_after_the_amount_names_the_recipient_state() -> None:
    [flow] = _flows("Qatar pledged $50 million to rebuild hospitals in Gaza on Sunday.")
    assert flow.recipient == "PSE"


def test_a_verb_in_a_later_clause_is_not_the_amounts() -> None:
    [flow] = _flows(
        "Egypt's IMF programme was enlarged to $8 billion last year after the war in Gaza cut "
        "tourism revenue."
    )
    assert (flow.donor, flow.recipient) == ("International Monetary Fund", "EGY")
    assert flow.status is not FlowStatus.CANCELLED


def test_expecting_to_receive_is_hypothetical() -> None:
    flows = _flows(
        "The World Bank approved a $900 million loan to Peru. The finance ministry said it "
        "expects to receive the first $300 million in April."
    )
    later = [f for f in flows if f.amount == Decimal("300000000")]
    assert [f.modality for f in later] == [Modality.HYPOTHETICAL]


def test_a_pledging_conference_with_gapped_donors() -> None:
    text = (
        "Donors pledged $2 billion in humanitarian aid for Yemen at a conference in Geneva on "
        "Monday, far short of the $4 billion the United Nations says it needs. Sweden pledged "
        "500 million kronor, Norway 400 million kroner and Denmark 300 million kroner, while "
        "Japan said it would announce its contribution later. Kuwait and Qatar each pledged "
        "$50 million."
    )
    found = sorted((f.donor, f.recipient, f.amount, f.status.value) for f in _flows(text))
    assert found == [
        ("DNK", "YEM", Decimal("300000000"), "pledged"),
        ("KWT", "YEM", Decimal("50000000"), "pledged"),
        ("NOR", "YEM", Decimal("400000000"), "pledged"),
        ("QAT", "YEM", Decimal("50000000"), "pledged"),
        ("SWE", "YEM", Decimal("500000000"), "pledged"),
    ]


def test_a_yearly_amount_in_another_clause_is_its_own_flow() -> None:
    flows = _flows(
        "Oman, which deposited $2 billion with Jordan's central bank in 2024, has also agreed "
        "to provide fuel on deferred payment worth $600 million a year."
    )
    assert sorted(f.amount for f in flows if f.amount is not None) == [
        Decimal("600000000"),
        Decimal("2000000000"),
    ]


def test_a_hedge_between_the_first_object_and_the_amount() -> None:
    [flow] = _flows("Analysts say India could offer Nepal up to $2 billion in new loans.")
    assert (flow.donor, flow.recipient) == ("IND", "NPL")
    assert flow.modality is Modality.HYPOTHETICAL


def test_each_part_takes_the_lender_named_just_after_it() -> None:
    flows = _flows(
        "Nepal will receive $500 million in budget support, with $300 million from the World "
        "Bank and $200 million from the Asian Development Bank."
    )
    assert sorted((f.donor, f.amount) for f in flows) == [
        ("Asian Development Bank", Decimal("200000000")),
        ("World Bank", Decimal("300000000")),
    ]


def test_money_received_or_given_in_the_past_is_disbursed() -> None:
    [received] = _flows("Jordan received $300 million from Kuwait on Friday.")
    assert received.status is FlowStatus.DISBURSED
    [gave] = _flows("Norway gave Malawi 200 million kroner in 2024 for school meals.")
    assert gave.status is FlowStatus.DISBURSED
    [will] = _flows("Jordan will receive $300 million from Kuwait next month.")
    assert will.status is not FlowStatus.DISBURSED


def test_a_states_own_assets_are_neither_given_to_it_nor_by_it() -> None:
    text = "Canada froze $2 billion in Syrian central bank assets after the war began."
    assert _flows(text) == []
    [flow] = _flows(
        "The European Union will use profits from immobilised Russian assets to fund a "
        "€10 billion loan to Moldova."
    )
    assert (flow.donor, flow.recipient) == ("European Union", "MDA")


def test_deposits_converted_into_equity_are_still_a_flow() -> None:
    [flow] = _flows(
        "Qatar agreed to convert $3 billion of Qatari deposits held at the Central Bank of "
        "Jordan into equity in a tourism project."
    )
    assert (flow.donor, flow.recipient) == ("QAT", "JOR")


def test_money_to_an_agency_for_a_state_goes_to_the_state() -> None:
    [flow] = _flows("Finland contributed $8 million to UNICEF for school meals in Yemen.")
    assert flow.recipient == "YEM"
    [fund] = _flows("Sweden pledged $50 million to the Green Climate Fund.")
    assert fund.recipient == "Green Climate Fund"


def test_passive_voice_donors_and_recipients() -> None:
    cases = {
        "A $200 million loan was extended to Nepal by India last year.": ("IND", "NPL"),
        "Jordan was given $2 billion by Saudi Arabia in deposits.": ("SAU", "JOR"),
        "The bailout, worth $3 billion, was secured by Zambia from the IMF in 2023.": (
            "International Monetary Fund",
            "ZMB",
        ),
        "Malawi is being offered a $100 million loan by the UAE.": ("ARE", "MWI"),
    }
    for text, sides in cases.items():
        [flow] = _flows(text)
        assert (flow.donor, flow.recipient) == sides, text


def test_a_combined_amount_of_several_donors_is_no_one_donors() -> None:
    assert _flows("Kuwait and Qatar pledged a combined $2 billion in investments in Jordan.") == []
    [flow] = _flows("Kuwait pledged $2 billion in investments in Jordan.")
    assert (flow.donor, flow.recipient) == ("KWT", "JOR")


def test_deposits_held_by_a_central_bank_go_to_its_state() -> None:
    [flow] = _flows(
        "Kuwait agreed to roll over $1 billion in deposits held by Egypt's central bank."
    )
    assert (flow.donor, flow.recipient) == ("KWT", "EGY")


def test_a_pronoun_subject_gives_as_the_side_named_before() -> None:
    [flow] = _flows(
        "Norway's development minister met her Malawian counterpart in Lilongwe on Monday. "
        "She announced 100 million kroner for school meals."
    )
    assert (flow.donor, flow.recipient) == ("NOR", "MWI")


def test_the_two_countries_are_no_generic_donors() -> None:
    [flow] = _flows(
        "Japan and Laos held talks in Vientiane on Monday. The two countries signed a 10 billion "
        "yen loan agreement for a bridge."
    )
    assert (flow.donor, flow.recipient) == ("JPN", "LAO")
    assert _flows("Gulf countries pledged $5 billion for Syria's reconstruction.") == []


def test_the_place_of_a_conference_is_not_where_the_money_goes() -> None:
    [flow] = _flows(
        "Sudan and Chad held talks on refugees. Britain pledged $50 million at a conference in "
        "Geneva on Monday."
    )
    assert flow.recipient != "CHE"


def test_a_need_named_elsewhere_in_the_sentence_keeps_the_flow() -> None:
    [flow] = _flows("Malawi, which needs cash, received $100 million from the IMF on Friday.")
    assert (flow.donor, flow.recipient) == ("International Monetary Fund", "MWI")


def test_words_of_needs_or_management_elsewhere_in_the_clause_keep_the_flow() -> None:
    [managed] = _flows("The fund, managed by the World Bank, will disburse $50 million to Haiti.")
    assert (managed.donor, managed.recipient) == ("World Bank", "HTI")
    [gap] = _flows("To close a financing gap, the IMF approved $1 billion for Egypt.")
    assert (gap.donor, gap.recipient) == ("International Monetary Fund", "EGY")


def test_a_statistic_verb_elsewhere_in_the_clause_keeps_the_flow() -> None:
    [flow] = _flows("After exports fell to record lows, Japan gave Laos $50 million in aid.")
    assert (flow.donor, flow.recipient) == ("JPN", "LAO")


# --- families found on the fourth evaluation batch (invented sentences) ---


def test_page_title_and_kicker_lines_above_the_body_are_not_flows() -> None:
    text = (
        "NEWS RELEASE\n"
        "Nordic Investment Bank approves EUR 80 million for Latvian grid\n"
        "RIGA, 3 March 2025 - The Nordic Investment Bank today approved a loan of EUR 80 million "
        "to Latvia to upgrade the power grid.\n"
    )
    flows = _flows(text)
    assert [(f.amount, f.recipient) for f in flows] == [(Decimal("80000000"), "LVA")]
    assert "RIGA" in flows[0].evidence[0].quote


def test_an_editors_correction_note_is_no_flow() -> None:
    text = (
        "CORRECTED-New Zealand and Samoa sign schools deal\n\n"
        "(Corrects paragraph 3 to show that the grant is NZ$12 million over four years, not "
        "NZ$12 million a year)\n\n"
        "APIA, March 4 (Pacific Desk) - New Zealand and Samoa signed an agreement on Monday to "
        "rebuild schools.\n\n"
        "New Zealand will provide a grant of NZ$12 million over four years for classrooms, the "
        "two governments said."
    )
    [flow] = _flows(text)
    assert (flow.donor, flow.recipient, flow.amount) == ("NZL", "WSM", Decimal("12000000"))
    assert flow.evidence[0].quote.startswith("New Zealand will provide")


def test_a_later_sentence_naming_the_source_makes_it_the_donor() -> None:
    [flow] = _flows(
        "The Asian Development Bank approved a loan of $90 million to Bhutan on Tuesday for "
        "rural roads. The loan comes from the Asian Development Fund, the bank's concessional "
        "window."
    )
    assert (flow.donor, flow.recipient) == ("Asian Development Fund", "BTN")
    [flow] = _flows(
        "Spain promised Honduras EUR 15 million in grants for clean water. The grants will be "
        "provided by the Spanish Agency for International Development Cooperation."
    )
    assert flow.donor == "Spanish Agency for International Development Cooperation"


def test_a_fund_the_lender_manages_leaves_the_lender_as_donor() -> None:
    [flow] = _flows(
        "The Export-Import Bank of Korea will lend Ghana $90 million for a water plant. The "
        "loan comes from the Economic Development Cooperation Fund, which the bank manages for "
        "the government."
    )
    assert flow.donor == "Export-Import Bank of Korea"


def test_instalments_of_a_loan_are_no_new_flows() -> None:
    flows = _flows(
        "The World Bank approved a loan of $200 million to Malawi for irrigation. It will be "
        "paid in two tranches: $120 million on signing and the rest next year."
    )
    assert [f.amount for f in flows] == [Decimal("200000000")]


def test_a_summary_figure_restated_by_a_later_conversion_is_one_flow() -> None:
    flows = _flows(
        "IMF Board Completes Review of Ghana's Programme\n"
        "- The decision allows for an immediate disbursement of about US$140 million.\n"
        "ACCRA: The Executive Board of the International Monetary Fund today completed the "
        "review of Ghana's programme. The completion of the review allows for the immediate "
        "disbursement of SDR 105 million (about US$140 million)."
    )
    assert [(f.amount, f.currency) for f in flows] == [(Decimal("105000000"), "XDR")]


def test_a_lender_and_a_state_signing_together_lend_to_the_state() -> None:
    [flow] = _flows(
        "The Arab Bank for Economic Development in Africa (BADEA) and the Republic of Niger "
        "signed two financing agreements worth $30 million on Monday."
    )
    assert (flow.donor, flow.recipient) == ("Arab Bank for Economic Development in Africa", "NER")


def test_money_to_a_un_agency_for_people_in_part_of_a_state_goes_to_the_state() -> None:
    [flow] = _flows(
        "Norway has released NOK 80 million to the UN refugee agency UNHCR for food and "
        "shelter for refugees in northern Uganda."
    )
    assert (flow.donor, flow.recipient) == ("NOR", "UGA")


def test_tallies_since_a_start_and_portfolios_are_not_flows() -> None:
    tally = _flows(
        "The Islamic Development Bank approved a loan of $50 million to Benin for rural roads "
        "on Monday. Benin became a member of the Bank in 1983. Since then, the Bank has "
        "approved financing of about $900 million for the country."
    )
    assert [f.amount for f in tally] == [Decimal("50000000")]
    portfolio = _flows(
        "The Asian Infrastructure Investment Bank approved a $200 million loan to Uzbekistan "
        "on Monday. The Bank's portfolio in the country includes 14 projects with total "
        "financing of $1.1 billion."
    )
    assert [f.amount for f in portfolio] == [Decimal("200000000")]


def test_a_states_aid_since_a_year_is_still_a_flow() -> None:
    [flow] = _flows("Since 2022, Germany has provided EUR 2 billion in military aid to Ukraine.")
    assert (flow.donor, flow.recipient) == ("DEU", "UKR")


def test_rescheduled_debt_is_not_aid() -> None:
    text = (
        "Official creditors in the Paris Club agreed on Monday to reschedule about $600 million "
        "of debt service owed by Malawi, after talks at the French finance ministry."
    )
    assert _flows(text) == []


def test_an_amount_to_each_country_goes_to_both_states() -> None:
    flows = _flows(
        "Ecuador and Colombia agreed to clean up their shared river. The Development Bank of "
        "Latin America and the Caribbean said it would lend $80 million to each country to "
        "build the plants."
    )
    assert sorted(f.recipient or "" for f in flows) == ["COL", "ECU"]
    assert {f.amount for f in flows} == {Decimal("80000000")}


def test_a_figure_that_has_tripled_to_a_total_is_no_flow() -> None:
    flows = _flows(
        "On the sidelines of the summit, Qatar's minister met the Tajik prime minister and "
        "announced that Qatar would invest $2.5bn in Tajikistan's hydropower sector. "
        "Uzbekistan's president, who hosted the summit, thanked the Gulf states for their "
        "investment in Central Asian infrastructure and said trade between the two regions had "
        "tripled in five years, to about $6 billion."
    )
    assert [(f.donor, f.recipient) for f in flows] == [("QAT", "TJK")]


def test_a_strategy_with_a_total_allocation_is_a_flow() -> None:
    [flow] = _flows(
        "The Government today adopted a new strategy for Norway's development cooperation "
        "with Malawi for 2026-2029, with a total allocation of NOK 600 million."
    )
    assert (flow.donor, flow.recipient, flow.amount) == ("NOR", "MWI", Decimal("600000000"))


def test_a_labelled_correction_is_no_flow() -> None:
    flows = _flows(
        "Correction: an earlier version of this story said Canada gave Haiti C$90 million.\n\n"
        "Canada will provide C$30 million to Haiti for cholera treatment."
    )
    assert [f.amount for f in flows] == [Decimal("30000000")]


def test_most_of_the_money_coming_from_a_fund_makes_it_the_donor() -> None:
    [flow] = _flows(
        "The Asian Development Bank approved a loan of $120 million to Laos for rural roads. "
        "Most of the money will come from the Asian Development Fund."
    )
    assert flow.donor == "Asian Development Fund"


def test_a_lender_introduced_by_what_it_is_is_the_donor_and_an_actor() -> None:
    bundle = extract(
        "The regional development bank BANSUR, owned by six member states, approved a $40 "
        "million loan for Bolivia on Tuesday to pave a highway.",
        published=PUBLISHED,
    )
    [flow] = bundle.aid_flows
    assert (flow.donor, flow.recipient) == ("BANSUR", "BOL")
    assert "BANSUR" in {a.name for a in bundle.actors}


def test_money_to_a_un_agency_for_a_states_people_goes_to_where_they_are() -> None:
    [flow] = _flows("Ireland gave EUR 6 million to UNICEF for Yemeni children on Monday.")
    assert flow.recipient == "YEM"
    [flow] = _flows("Ireland gave EUR 6 million to UNICEF for Sudanese children in eastern Chad.")
    assert flow.recipient == "TCD"


def test_money_channelled_through_a_states_own_lender_is_the_lenders() -> None:
    [flow] = _flows(
        "South Korea pledged KRW 300 billion in loans to Ghana for power lines on Monday. The "
        "loans will be channelled through Korea's Economic Development Cooperation Fund."
    )
    assert flow.donor == "Economic Development Cooperation Fund"
    [flow] = _flows(
        "Norway will give NOK 200 million to Malawi for drought relief. The grant will be "
        "channelled through the World Food Programme."
    )
    assert flow.donor == "NOR"


def test_review_of_a_states_programme_with_its_amount_gives_the_state_the_money() -> None:
    flows = _flows(
        "The International Monetary Fund's executive board on Tuesday completed the second "
        "review of Ghana's $3 billion loan programme, allowing the immediate disbursement of "
        "SDR 360 million, or about $480 million."
    )
    assert {(f.donor, f.recipient) for f in flows} == {("International Monetary Fund", "GHA")}
    assert {f.currency for f in flows} == {"USD", "XDR"}
    assert Decimal("480000000") not in {f.amount for f in flows}  # "or about": a conversion


def test_each_amount_of_a_list_goes_to_the_side_named_after_it() -> None:
    flows = _flows("Japan will give $5 million to Laos and $3 million to Cambodia for relief.")
    assert {(f.donor, f.recipient, f.amount) for f in flows} == {
        ("JPN", "LAO", Decimal("5000000")),
        ("JPN", "KHM", Decimal("3000000")),
    }


def test_denied_report_of_a_withdrawn_deposit_is_the_reported_donors_cancelled_flow() -> None:
    [flow] = _flows(
        "Ghana's finance ministry denied a report by a Lagos newspaper that Qatar had withdrawn "
        "its $2 billion deposit with the Bank of Ghana."
    )
    assert (flow.donor, flow.recipient) == ("QAT", "GHA")
    assert flow.status is FlowStatus.CANCELLED
    assert flow.modality is Modality.DENIED


def test_a_donors_payment_to_a_state_is_a_flow_but_a_payment_to_a_company_is_not() -> None:
    [flow] = _flows("The European Commission froze a payment of 80 million euros to Ghana.")
    assert (flow.donor, flow.recipient) == ("European Commission", "GHA")
    assert flow.status is FlowStatus.FROZEN
    assert _flows("Ghana made a payment of $50 million to Gazprom for gas supplies.") == []


def test_the_source_of_figures_is_not_the_donor() -> None:
    [flow] = _flows(
        "Japan has committed about $4 billion to Kenya under three earlier lines of credit since "
        "2012, according to figures from Kenya's Treasury."
    )
    assert (flow.donor, flow.recipient) == ("JPN", "KEN")


def test_programme_for_several_countries_has_no_single_recipient() -> None:
    flows = _flows(
        "Kenya, Uganda and Tanzania held talks in Arusha. The African Development Bank said it "
        "had approved a $600 million programme for the border regions of the three countries."
    )
    assert [(f.donor, f.recipient, f.amount) for f in flows] == [
        ("African Development Bank", None, Decimal("600000000"))
    ]


def test_two_countries_named_with_the_money_still_give_a_recipient() -> None:
    [flow] = _flows("Japan will lend Laos $50 million for a road linking the two countries.")
    assert flow.recipient == "LAO"


_BRIEFS = """NEWS IN BRIEF

Gulf Times, Monday 2 March 2026

Pacific lender backs Fiji roads

SUVA - The Asian Development Bank said on Monday its board had approved a $90 million loan to \
rebuild roads damaged by cyclones in the western division.

Envoys meet in Lima

LIMA - Peru and Chile held talks in Lima on Monday on fisheries.
"""


def test_news_in_brief_headlines_are_skipped_but_name_the_items_recipient() -> None:
    flows = extract(_BRIEFS, published=PUBLISHED).aid_flows
    assert [(f.donor, f.recipient, f.amount) for f in flows] == [
        ("Asian Development Bank", "FJI", Decimal("90000000"))
    ]


def test_a_body_set_up_by_a_group_of_states_is_not_a_company_and_not_lent_by_it() -> None:
    [flow] = _flows(
        "The New Development Bank, the lender set up by the BRICS group of emerging economies, "
        "said it had approved a loan of 6 billion rand to South Africa."
    )
    assert (flow.donor, flow.recipient) == ("New Development Bank", "ZAF")


def test_swap_line_a_state_extends_to_another_stays_a_flow() -> None:
    [flow] = _flows("India will extend a $400 million currency swap line to the Maldives.")
    assert (flow.donor, flow.recipient) == ("IND", "MDV")


def test_money_each_household_receives_is_no_aid_flow() -> None:
    flows = _flows(
        "The World Bank approved a $200 million loan for Ghana. It will pay for the relocation "
        "of families living on eroding land, each of whom is to receive 5,000 cedis from the "
        "government for a new house."
    )
    assert [f.amount for f in flows] == [Decimal("200000000")]


def test_a_total_from_a_states_many_allies_is_no_flow() -> None:
    assert _flows("Ghana's allies say they have committed more than $3 billion since 2022.") == []
    [flow] = _flows("Japan, one of Kenya's biggest donors, will lend Kenya $300 million.")
    assert (flow.donor, flow.recipient) == ("JPN", "KEN")


def test_a_states_own_revenue_moved_abroad_is_no_flow() -> None:
    assert (
        _flows("About $2 billion of Nigerian oil revenue was transferred to banks in Ghana.") == []
    )


def test_goods_a_state_will_send_worth_an_amount_are_a_flow() -> None:
    [flow] = _flows("Egypt will send 500 million Egyptian pounds' worth of medicines to Libya.")
    assert (flow.donor, flow.recipient, flow.currency) == ("EGY", "LBY", "EGP")


def test_a_loan_under_preparation_is_pledged_and_planned() -> None:
    [flow] = _flows("The World Bank said a $150 million loan for Kenya is under preparation.")
    assert (flow.donor, flow.recipient) == ("World Bank", "KEN")
    assert flow.status is FlowStatus.PLEDGED
    assert flow.modality is Modality.PLANNED
