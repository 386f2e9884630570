"""Rules added while checking the extractor against tests/corpus3: state bodies named in the
possessive, private investment that is not aid, unqualified titles, passive receptions."""

from __future__ import annotations

import datetime as dt

from entente.loaders.extract import extract
from entente.loaders.gazetteer import Gazetteer

PUBLISHED = dt.date(2026, 4, 8)


def test_a_possessive_state_bank_is_the_donor_not_its_state() -> None:
    text = (
        "Oman's Export-Import Bank is not known. "
        "China's Export-Import Bank will lend Laos 900 million yuan to build a bridge."
    )
    bundle = extract(text, published=PUBLISHED)
    flows = [(f.donor, f.recipient, f.amount) for f in bundle.aid_flows]
    assert flows == [("Export-Import Bank of China", "LAO", 900000000)]


def test_a_possessive_bank_the_gazetteer_lacks_stays_unresolved() -> None:
    text = "Oman's Export-Import Bank will lend Laos 900 million yuan to build a bridge."
    bundle = extract(text, published=PUBLISHED)
    assert all(f.donor != "Export-Import Bank of China" for f in bundle.aid_flows)


def test_the_extractor_list_adds_state_lenders_with_their_aliases() -> None:
    gazetteer = Gazetteer.from_seeds()
    assert [e.actor for e in gazetteer.lookup("BNDES")] == ["Brazilian Development Bank"]
    bank = gazetteer.lookup("Export-Import Bank of Korea")
    assert bank and bank[0].country_iso3 == "KOR"


def test_a_state_named_before_its_own_known_body_is_not_a_party() -> None:
    text = (
        "Germany's KfW and the Government of Kenya today signed a financing agreement "
        "for a grant of EUR 12 million for geothermal wells."
    )
    bundle = extract(text, published=PUBLISHED)
    assert [sorted(a.parties) for a in bundle.agreements] == [["KEN", "KfW"]]
    assert [(f.donor, f.recipient) for f in bundle.aid_flows] == [("KfW", "KEN")]


def test_a_possessive_bank_beside_a_state_visit_is_not_a_meeting_side() -> None:
    text = (
        "China's Export-Import Bank has agreed to lend Laos 2 billion yuan, Lao President "
        "Thongloun Sisoulith said on Wednesday at the end of a four-day state visit to China "
        "that began on Sunday."
    )
    bundle = extract(text, published=PUBLISHED)
    sides = [sorted(p.represents or p.actor for p in m.participants) for m in bundle.meetings]
    assert sides == [["CHN", "LAO"]]


def test_a_private_company_investing_is_not_aid() -> None:
    text = (
        "Separately, the Chinese mining group Zijin Mining said it would invest $300 million "
        "to expand a gold mine in Kyrgyzstan."
    )
    assert extract(text, published=PUBLISHED).aid_flows == []


def test_a_privately_owned_developer_spending_is_not_aid() -> None:
    text = (
        "Lumen Grid Holdings, a privately owned Singapore developer, said it would invest "
        "$1.5 billion in solar farms in Vietnam."
    )
    assert extract(text, published=PUBLISHED).aid_flows == []


def test_a_state_company_or_a_government_investing_is_still_a_flow() -> None:
    state_firm = (
        "Kazakhstan's state oil company KazMunayGas will invest $500 million in Uzbekistan."
    )
    government = "Japan will invest $500 million in ports in Kenya."
    assert [f.amount for f in extract(state_firm, published=PUBLISHED).aid_flows] == [500000000]
    flows = extract(government, published=PUBLISHED).aid_flows
    assert [(f.donor, f.recipient) for f in flows] == [("JPN", "KEN")]


def test_a_dateline_after_a_headline_gives_unqualified_titles_their_state() -> None:
    text = (
        "Bank lends for southern railway\n\n"
        "BISHKEK, April 8 (Tien Shan Wire) - The loan was signed on Tuesday, officials said.\n\n"
        "Prime Minister Nurlan Toktogulov welcomed the loan.\n\n"
        "Trade with China reached $19 billion last year."
    )
    people = {a.name: a.country for a in extract(text, published=PUBLISHED).actors}
    assert people["Nurlan Toktogulov"] == "KGZ"


def test_split_sentences_finds_the_dateline_on_the_line_after_a_headline() -> None:
    from entente.loaders.extract.sentences import split_sentences

    text = "Headline words here\n\nHANOI, June 3 (Mekong Bulletin) - Vietnam approved a grant."
    spans = split_sentences(text)
    datelines = [text[s.start : s.end] for s in spans if s.dateline]
    assert datelines == ["HANOI, June 3 (Mekong Bulletin) -"]


def test_a_headline_amount_is_not_a_second_flow() -> None:
    text = (
        "Development bank approves US$ 125 million for Tajikistan\n\n"
        "The Islamic Development Bank approved a loan of US$ 85 million for Tajikistan and "
        "a grant of US$ 40 million for schools in Tajikistan."
    )
    amounts = sorted(f.amount for f in extract(text, published=PUBLISHED).aid_flows)
    assert amounts == [40000000, 85000000]


def test_the_state_leader_refers_back_to_its_head_of_government() -> None:
    text = (
        "Vietnamese Prime Minister Tran Duc Hieu arrived in Singapore on Monday.\n\n"
        "On Tuesday the Vietnamese leader was received by President Tharman Shanmugaratnam, "
        "who praised Vietnam's reforms."
    )
    bundle = extract(text, published=dt.date(2026, 4, 15))
    people = {a.name: a.country for a in bundle.actors if a.kind.value == "person"}
    assert people == {"Tran Duc Hieu": "VNM", "Tharman Shanmugaratnam": "SGP"}
    received = [m for m in bundle.meetings if m.start_date == dt.date(2026, 4, 14)]
    assert [sorted(p.actor for p in m.participants) for m in received] == [
        ["Tharman Shanmugaratnam", "Tran Duc Hieu"]
    ]


def test_a_meeting_that_is_planned_in_a_month_is_in_the_coming_one() -> None:
    text = (
        "India and Nepal signed an agreement on Tuesday. A meeting of the joint commission of "
        "the two countries is planned in New Delhi in September."
    )
    meetings = extract(text, published=dt.date(2026, 6, 3)).meetings
    planned = [m for m in meetings if m.location == "New Delhi"]
    assert [(m.start_date, m.modality.value) for m in planned] == [(dt.date(2026, 9, 1), "planned")]


def test_a_day_during_a_two_day_visit_starts_the_visit_there() -> None:
    text = (
        "India and Nepal on Tuesday signed an agreement on power, during a two-day visit to "
        "Kathmandu by Indian External Affairs Minister Meera Sethi."
    )
    meetings = extract(text, published=dt.date(2026, 6, 3)).meetings
    assert [m.start_date for m in meetings] == [dt.date(2026, 6, 2)]


def test_calling_on_a_named_leader_is_a_visit_even_if_a_later_clause_has_to() -> None:
    text = (
        "Indian minister Meera Sethi arrived in Kathmandu on Tuesday. On Wednesday Sethi called "
        "on Prime Minister Hari Bhattarai, who called for an early start to work on the plant."
    )
    meetings = extract(text, published=dt.date(2026, 6, 3)).meetings
    days = {m.start_date: sorted(p.actor for p in m.participants) for m in meetings}
    assert days[dt.date(2026, 6, 3)] == ["Hari Bhattarai", "Meera Sethi"]


def test_a_running_total_since_a_year_is_not_a_flow() -> None:
    text = "Canada has given Haiti more than C$1.5 billion since the 2010 earthquake."
    assert extract(text, published=PUBLISHED).aid_flows == []


def test_money_given_since_a_year_without_more_than_is_still_a_flow() -> None:
    text = "Riyadh has given Yemen's government $3 billion in grants since 2018."
    flows = extract(text, published=PUBLISHED).aid_flows
    assert [(f.donor, f.recipient, f.amount) for f in flows] == [("SAU", "YEM", 3000000000)]


def test_a_border_with_a_length_between_share_and_border_is_a_border() -> None:
    text = "India and Nepal share an open border of about 1,750 kilometres."
    relations = extract(text, published=PUBLISHED).relations
    assert [(r.kind.value, {r.actor, r.other}) for r in relations] == [("borders", {"IND", "NPL"})]


def test_a_border_crossing_shared_is_no_border_relation() -> None:
    text = "Ghana and Togo share a busy border crossing at Aflao."
    assert extract(text, published=PUBLISHED).relations == []


def test_an_unqualified_treasurer_in_copy_from_a_capital_is_of_that_state() -> None:
    text = (
        "PORT MORESBY, Aug 19 (Pacific Desk) - Australia will give Papua New Guinea A$120 "
        "million, officials said. Australian officers will help run a police college.\n\n"
        "Daniel Kapi, the treasurer, said the money would go into a police fund."
    )
    people = {a.name: a.country for a in extract(text, published=PUBLISHED).actors}
    assert people["Daniel Kapi"] == "PNG"


def test_calling_on_a_named_person_is_no_call_for_but_calling_on_them_to_act_is() -> None:
    visit = "On Wednesday Meera Sethi of India called on Prime Minister Hari Bhattarai of Nepal."
    stance = "India called on Prime Minister Hari Bhattarai of Nepal to release the detainees."
    assert [st.kind.value for st in extract(visit, published=PUBLISHED).statements] == []
    kinds = [st.kind.value for st in extract(stance, published=PUBLISHED).statements]
    assert kinds == ["call for"]


def test_a_company_that_plans_to_invest_makes_no_plan_but_a_plan_to_build_is_one() -> None:
    verb = (
        "The project will be built by GMR Group, which holds the licence and plans to invest "
        "about $1.1 billion in Nepal."
    )
    noun = "India and Nepal agreed a plan to build power lines across the border."
    assert extract(verb, published=PUBLISHED).agreements == []
    kinds = [a.kind.value for a in extract(noun, published=PUBLISHED).agreements]
    assert kinds == ["plan"]


def test_a_sale_facility_is_financing_but_a_sale_is_trade() -> None:
    facility = (
        "The Islamic Development Bank approved an instalment sale facility of US$ 35 million "
        "for schools in Tajikistan."
    )
    sale = "Tajikistan agreed the sale of US$ 35 million of cotton to the Islamic Development Bank."
    assert [f.amount for f in extract(facility, published=PUBLISHED).aid_flows] == [35000000]
    assert extract(sale, published=PUBLISHED).aid_flows == []
