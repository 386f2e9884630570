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
