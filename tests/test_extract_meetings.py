"""Meetings: who met, where, when, what kind, and whether it happened or is planned."""

from __future__ import annotations

import datetime as dt

from entente.loaders.extract import extract
from entente.loaders.factfile import MeetingIn
from entente.models.vocab import MeetingKind, Modality

PUBLISHED = dt.date(2025, 3, 5)  # a Wednesday


def _meetings(text: str) -> list[MeetingIn]:
    return extract(text, published=PUBLISHED).meetings


def _sides(meeting: MeetingIn) -> set[str]:
    return {p.represents or p.actor for p in meeting.participants}


def test_people_who_met_with_place_and_weekday_date() -> None:
    [meeting] = _meetings(
        "Peruvian Foreign Minister Lucia Vargas met Bolivian Foreign Minister Diego Rojas "
        "in Lima on Monday."
    )
    assert _sides(meeting) == {"PER", "BOL"}
    assert meeting.start_date == dt.date(2025, 3, 3)
    assert (meeting.location, meeting.location_country) == ("Lima", "PER")
    assert meeting.kind is MeetingKind.TALKS
    assert meeting.modality is Modality.ASSERTED
    roles = {p.actor: (p.represents, p.role) for p in meeting.participants}
    assert roles["Diego Rojas"] == ("BOL", "Foreign Minister")


def test_states_holding_talks_with_a_date_range() -> None:
    [meeting] = _meetings("Kenya and Uganda held talks in Nairobi on February 10-11, 2025.")
    assert _sides(meeting) == {"KEN", "UGA"}
    assert (meeting.start_date, meeting.end_date) == (dt.date(2025, 2, 10), dt.date(2025, 2, 11))


def test_phone_call_is_a_call() -> None:
    [meeting] = _meetings(
        "Indian Prime Minister Arjun Rao and Japanese Prime Minister Kenta Mori spoke by phone "
        "on Tuesday."
    )
    assert meeting.kind is MeetingKind.CALL
    assert meeting.start_date == dt.date(2025, 3, 4)


def test_future_meeting_is_planned() -> None:
    [meeting] = _meetings("Brazil and Argentina will hold talks in Brasilia next week.")
    assert meeting.modality is Modality.PLANNED
    assert _sides(meeting) == {"BRA", "ARG"}


def test_expected_visit_to_a_capital_makes_the_host_a_side() -> None:
    [meeting] = _meetings("French President Paul Girard is expected to visit Rabat in April.")
    assert meeting.kind is MeetingKind.VISIT
    assert meeting.modality is Modality.PLANNED
    assert _sides(meeting) == {"FRA", "MAR"}
    assert meeting.location_country == "MAR"


def test_later_mentions_merge_and_other_days_stay_apart() -> None:
    text = (
        "Germany and Kenya held talks in Nairobi on Monday. "
        "The talks between the two countries covered energy. "
        "On Tuesday the two countries held a second round of talks in Mombasa."
    )
    meetings = _meetings(text)
    assert [m.start_date for m in meetings] == [dt.date(2025, 3, 3), dt.date(2025, 3, 4)]
    assert len(meetings[0].evidence) == 2


def test_a_single_side_or_no_meeting_word_gives_no_meeting() -> None:
    assert _meetings("Kenya held talks on Monday about its budget.") == []
    assert _meetings("Kenya and Uganda traded goods worth more on Monday.") == []


def test_hosting_refugees_is_not_a_meeting() -> None:
    assert _meetings("Chad and Egypt have received two million refugees from Sudan.") == []
