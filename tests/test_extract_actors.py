"""Actor mentions: names, short forms, adjectives, compounds, capitals, places, organisations."""

from __future__ import annotations

from entente.loaders.extract import build_document
from entente.models.vocab import ActorKind, AliasKind


def _mentions(text: str) -> list[tuple[str, str, AliasKind]]:
    doc = build_document(text)
    return [(m.text, m.actor, m.alias_kind) for s in doc.sentences for m in s.mentions]


def test_names_short_forms_and_adjectives_resolve_to_iso3() -> None:
    found = _mentions("The US and Kenya agreed. Kenyan and American officials met.")
    actors = [actor for _, actor, _ in found]
    assert actors == ["USA", "KEN", "KEN", "USA"]


def test_compounds_split_into_both_states() -> None:
    found = _mentions("Sino-Pakistani ties and US-Pakistan relations and India-UAE trade.")
    assert [actor for _, actor, _ in found] == ["CHN", "PAK", "USA", "PAK", "IND", "ARE"]


def test_prefix_counts_only_inside_a_compound() -> None:
    assert _mentions("Sino is not a country here.") == []


def test_capital_is_recorded_as_capital_of_its_state() -> None:
    found = _mentions("Washington said Tokyo would respond.")
    assert [(a, k) for _, a, k in found] == [("USA", AliasKind.CAPITAL), ("JPN", AliasKind.CAPITAL)]


def test_longest_alias_wins_so_programmes_keep_their_state_names() -> None:
    doc = build_document("Work on the China-Pakistan Economic Corridor resumed.")
    mention = doc.sentences[0].mentions[0]
    assert mention.kind is ActorKind.PROGRAM
    assert mention.actor == "China-Pakistan Economic Corridor"


def test_possessive_is_flagged_and_regions_are_places_not_states() -> None:
    doc = build_document("Egypt’s budget grew while Latin America slowed.")  # noqa: RUF001
    egypt, region = doc.sentences[0].mentions
    assert egypt.actor == "EGY" and egypt.possessive
    assert region.kind is ActorKind.PLACE


def test_lower_case_words_are_not_names() -> None:
    assert _mentions("the chad of a paper and a turkey dinner") == []


def test_organisations_introduced_by_a_description_take_its_state() -> None:
    doc = build_document(
        "Chile's state copper corporation Andacobre and Peru signed a deal. "
        "Vestfond, the Norwegian state investment fund, also invested."
    )
    assert doc.defined["Andacobre"].country_iso3 == "CHL"
    assert doc.defined["Vestfond"].country_iso3 == "NOR"
    first = doc.sentences[0]
    sides = [m.actor for m in first.mentions if m.tok_start not in first.role_mentions]
    assert sides == ["Andacobre", "PER"]  # "Chile's" only says whose corporation it is


def test_the_bank_refers_back_to_the_bank_named_before() -> None:
    found = _mentions(
        "The World Bank approved a loan. The Bank's board met. The African Union said the bloc "
        "and the fund would wait."
    )
    assert [actor for _, actor, _ in found] == [
        "World Bank",
        "World Bank",
        "African Union",
        "African Union",  # the bloc: a union, not the bank
    ]


def test_capitals_in_a_dateline_are_read_as_names() -> None:
    doc = build_document("PORT MORESBY, May 2 (Wire) - Talks began.")
    assert [(m.text, m.actor) for m in doc.sentences[0].mentions] == [("PORT MORESBY", "PNG")]


def test_a_state_joined_to_a_common_word_is_an_attribute_not_a_side() -> None:
    doc = build_document("Russian-made parts and Indo-Russian ties and anti-American protests.")
    mentions = doc.sentences[0].mentions
    assert [(m.actor, m.attribute) for m in mentions] == [
        ("RUS", True),
        ("IND", False),
        ("RUS", False),
        ("USA", True),
    ]


def test_organisations_named_in_full_or_as_the_body_of_an_office() -> None:
    doc = build_document(
        "The loan comes from the Export-Import Bank of Hungary. The minister met the chairman "
        "of the Dubai International Financial Centre. The Central Bank of Egypt said nothing."
    )
    assert "Export-Import Bank of Hungary" in doc.defined
    assert doc.defined["Dubai International Financial Centre"].country_iso3 == "ARE"
    assert not any(name.startswith("Central Bank") for name in doc.defined)
    second = doc.sentences[1]
    assert [m.actor for m in second.mentions if m.tok_start not in second.role_mentions] == [
        "Dubai International Financial Centre"
    ]
