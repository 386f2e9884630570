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
