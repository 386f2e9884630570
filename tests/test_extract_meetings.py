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


def test_one_sentence_can_report_a_call_and_a_planned_meeting() -> None:
    meetings = _meetings(
        "Chilean Foreign Minister Rosa Ibarra and Peruvian Foreign Minister Hugo Salas spoke by "
        "phone on Monday, and agreed that negotiators would meet in Lima on March 20-21."
    )
    assert [(m.kind, m.start_date, m.modality) for m in meetings] == [
        (MeetingKind.CALL, dt.date(2025, 3, 3), Modality.ASSERTED),
        (MeetingKind.TALKS, dt.date(2025, 3, 20), Modality.PLANNED),
    ]
    assert all(_sides(m) == {"CHL", "PER"} for m in meetings)
    assert meetings[1].location == "Lima"


def test_talks_on_the_first_day_of_a_visit_are_the_visit_and_later_days_apart() -> None:
    meetings = _meetings(
        "Ghana's Foreign Minister Kofi Mensah paid a two-day visit to Abuja on March 3-4. "
        "Mensah held talks with Nigerian Foreign Minister Ada Obi on Monday and called on "
        "President Musa Bello on Tuesday."
    )
    assert [(m.start_date, m.end_date) for m in meetings] == [
        (dt.date(2025, 3, 3), dt.date(2025, 3, 4)),
        (dt.date(2025, 3, 4), None),
    ]
    assert all(_sides(m) == {"GHA", "NGA"} for m in meetings)


def test_signing_by_an_ambassador_is_no_meeting_but_by_two_ministers_it_is() -> None:
    assert not _meetings(
        "The grant was signed in Amman on Tuesday by the Danish ambassador to Jordan, Lars "
        "Holm, and Jordan's Minister of Planning, Rania Saleh."
    )
    [meeting] = _meetings(
        "The treaty was signed in Amman on Tuesday by Danish Foreign Minister Lars Holm and "
        "Jordan's Minister of Planning, Rania Saleh."
    )
    assert _sides(meeting) == {"DNK", "JOR"}


def test_talks_as_a_process_and_visits_of_places_are_no_meetings() -> None:
    assert not _meetings("Kenya and Uganda agreed to start talks on a free trade agreement.")
    assert not _meetings(
        "Kenya and Uganda agreed to allow observers from both sides to visit disputed areas."
    )
    assert not _meetings("Kenya and Uganda agreed to meet their financing needs.")


def test_calls_for_action_and_time_clauses_are_no_meetings() -> None:
    assert not _meetings(
        "Kenyan President Ruth Amani called on Ugandan officials to reopen the border."
    )
    assert not _meetings(
        "Kenya and Uganda agreed to keep the border open before the committee meets."
    )


def test_invitation_to_visit_is_a_planned_visit() -> None:
    [meeting] = _meetings(
        "Ghanaian Foreign Minister Kofi Mensah invited Nigerian Foreign Minister Ada Obi to "
        "visit Accra in October."
    )
    assert (meeting.modality, meeting.start_date) == (Modality.PLANNED, dt.date(2025, 10, 1))
    assert _sides(meeting) == {"GHA", "NGA"}


def test_committee_set_up_by_the_sides_meets_between_them_and_boards_do_not() -> None:
    meetings = _meetings(
        "Kenya and Uganda held talks in Nairobi on Monday. "
        "Kenyan officials said a joint committee would meet in Kampala in May. "
        "The loan needs approval from the bank's board, which meets next month."
    )
    assert [(m.start_date, m.modality) for m in meetings] == [
        (dt.date(2025, 3, 3), Modality.ASSERTED),
        (dt.date(2025, 5, 1), Modality.PLANNED),
    ]
    assert _sides(meetings[1]) == {"KEN", "UGA"}


def test_the_meeting_named_again_adds_its_chairs_but_not_their_states() -> None:
    [meeting] = _meetings(
        "Ministers of the African Union and the European Union met in Kigali on Monday. "
        "The meeting was co-chaired by Rwandan Foreign Minister Jean Mugabo."
    )
    assert _sides(meeting) == {"African Union", "European Union"}
    assert len(meeting.evidence) == 2


def test_last_week_gives_no_day() -> None:
    meetings = _meetings(
        "Kenya and Uganda signed a trade accord on Monday. "
        "The accord was discussed by the presidents of Kenya and Uganda in a phone call "
        "last week."
    )
    calls = [m for m in meetings if m.kind is MeetingKind.CALL]
    assert len(calls) == 1 and calls[0].start_date is None


def test_host_meeting_each_side_separately_then_all_together() -> None:
    meetings = _meetings(
        "The foreign ministers of Chad and Niger sat down in Abuja on March 3-4. "
        "Nigeria's Foreign Minister Ada Obi met each delegation separately on the first day, "
        "receiving Chad's Foreign Minister Idriss Deby in the morning and Niger's Foreign "
        "Minister Moussa Garba in the afternoon, before hosting a trilateral session on "
        "Tuesday."
    )
    assert [(sorted(_sides(m)), m.start_date) for m in meetings] == [
        (["NER", "NGA", "TCD"], dt.date(2025, 3, 3)),
        (["NGA", "TCD"], dt.date(2025, 3, 3)),
        (["NER", "NGA"], dt.date(2025, 3, 3)),
    ]


def test_days_of_talks_end_on_the_day_given_and_denied_meetings_are_none() -> None:
    [meeting] = _meetings(
        "Chile and Peru signed an accord in Lima on Tuesday after two days of talks."
    )
    assert (meeting.start_date, meeting.end_date) == (dt.date(2025, 3, 3), dt.date(2025, 3, 4))
    assert not _meetings("What Chile and Peru need is not another summit but patience.")


def test_adjectives_joined_by_and_both_stand_for_their_states() -> None:
    [meeting] = _meetings("Uzbek and Kazakh officials will hold talks in Astana next month.")
    assert _sides(meeting) == {"UZB", "KAZ"}
    assert (meeting.modality, meeting.start_date) == (Modality.PLANNED, dt.date(2025, 4, 1))


def test_a_past_visit_in_a_sentence_about_the_future_stays_past() -> None:
    [meeting] = extract(
        "The deal, agreed during a visit by Kenyan President Ruth Amani to Kampala in May, is "
        "due to take effect soon.",
        published=dt.date(2025, 9, 30),
    ).meetings
    assert (meeting.start_date, meeting.modality) == (dt.date(2025, 5, 1), Modality.ASSERTED)
    assert _sides(meeting) == {"KEN", "UGA"}


def test_agreeing_to_convene_a_body_plans_its_meeting() -> None:
    meetings = _meetings(
        "Nigerian President Ada Obi met Egyptian President Karim Mansour in Cairo on Monday. "
        "The two presidents agreed to convene the joint commission in Abuja in June."
    )
    planned = [m for m in meetings if m.modality is Modality.PLANNED]
    assert [(m.location, m.start_date) for m in planned] == [("Abuja", dt.date(2025, 6, 1))]


def test_two_days_joined_by_and_are_the_meeting_range() -> None:
    [meeting] = _meetings(
        "Peruvian Foreign Minister Elmer Rivas paid an official visit to Chile on 2 and 3 March."
    )
    assert (meeting.start_date, meeting.end_date) == (dt.date(2025, 3, 2), dt.date(2025, 3, 3))


def test_date_of_the_announcement_is_not_the_meeting_date() -> None:
    meetings = _meetings(
        "South Africa's President will visit Harare on Friday for talks with Zimbabwean "
        "President Tendai Moyo, his office said on Wednesday."
    )
    assert [m.start_date for m in meetings] == [dt.date(2025, 3, 7)]
    assert meetings[0].modality is Modality.PLANNED


def test_day_it_was_said_dates_a_meeting_with_no_other_day() -> None:
    [meeting] = _meetings(
        "Kenyan President Ruto held talks with Ugandan President Museveni in Kampala, "
        "the presidency said on Monday."
    )
    assert meeting.start_date == dt.date(2025, 3, 3)


def test_meeting_in_a_participle_clause_shares_the_future_of_its_verb() -> None:
    meetings = _meetings(
        "British minister Joan Price will travel to Mombasa on Thursday to see a port, "
        "before flying to Addis Ababa for talks at the African Union."
    )
    talks = [m for m in meetings if m.location == "Addis Ababa"]
    assert talks and all(m.modality is Modality.PLANNED for m in talks)
    assert all(m.start_date is None or m.start_date >= PUBLISHED for m in talks)


# --- multi-day visits, days of telling, days inside a visit ----------------------------------


def test_arrival_day_starts_a_visit_of_so_many_days() -> None:
    meetings = _meetings(
        "Chilean President Tomas Reyes arrived in Quito on Monday for a three-day state visit "
        "and was received by Ecuadorian President Marta Silva."
    )
    [visit] = [m for m in meetings if m.kind is MeetingKind.VISIT]
    assert _sides(visit) == {"CHL", "ECU"}
    assert (visit.start_date, visit.end_date) == (dt.date(2025, 3, 3), dt.date(2025, 3, 5))


def test_visit_from_a_day_lasts_its_days() -> None:
    [meeting] = _meetings(
        "Latvian Prime Minister Ilze Ozola, who is on a two-day visit to Norway from March 3, "
        "met Norwegian Prime Minister Erik Dahl in Oslo."
    )
    assert _sides(meeting) == {"LVA", "NOR"}
    assert (meeting.start_date, meeting.end_date) == (dt.date(2025, 3, 3), dt.date(2025, 3, 4))


def test_later_sentence_dates_a_visit_told_of_on_another_day() -> None:
    meetings = _meetings(
        "Ghana will build two clinics with Danish money, the Danish government said on "
        "Wednesday during a visit to Accra by Development Minister Lars Holm.\n\n"
        "Holm met Ghana's Health Minister, Kofi Boateng, on Tuesday."
    )
    assert len(meetings) == 1
    assert _sides(meetings[0]) == {"DNK", "GHA"}
    assert meetings[0].start_date == dt.date(2025, 3, 4)


def test_day_of_an_announcement_after_a_meeting_yields_to_the_meeting_day() -> None:
    meetings = _meetings(
        "Peru will sell fishmeal to Vietnam, President Ana Rojas's office said on Wednesday "
        "after she met Vietnamese President Van Thanh in Lima.\n\n"
        "The two presidents held talks at the palace on Monday."
    )
    assert len(meetings) == 1
    assert _sides(meetings[0]) == {"PER", "VNM"}
    assert meetings[0].start_date == dt.date(2025, 3, 3)


def test_day_of_an_announcement_dates_the_meeting_when_nothing_else_does() -> None:
    [meeting] = _meetings(
        "Swedish Trade Minister Anna Berg announced the loan on Tuesday after meeting Kenyan "
        "Trade Minister Peter Kamau in Nairobi."
    )
    assert meeting.start_date == dt.date(2025, 3, 4)


def test_possessive_day_dates_the_call_just_reported() -> None:
    meetings = _meetings(
        "The governments of Spain and Morocco announced on Wednesday a new ferry line after a "
        "phone call between Spanish Prime Minister Luis Mora and Moroccan Prime Minister "
        "Karim Alaoui.\n\nDuring Monday's call, the two leaders also agreed to meet in June."
    )
    [call] = [m for m in meetings if m.kind is MeetingKind.CALL]
    assert _sides(call) == {"ESP", "MAR"}
    assert call.start_date == dt.date(2025, 3, 3)


def test_visitor_flying_on_to_another_state_visits_it() -> None:
    meetings = _meetings(
        "Irish Foreign Minister Sean Walsh held talks with Fijian Prime Minister Joni Rabuka "
        "in Suva on Tuesday. He will fly on to Tonga on Friday."
    )
    [onward] = [m for m in meetings if m.modality is Modality.PLANNED]
    assert _sides(onward) == {"IRL", "TON"}
    assert onward.start_date == dt.date(2025, 3, 7)


# --- what is not a side, what is no meeting ------------------------------------------------


def test_bloc_hosting_a_summit_is_not_a_side() -> None:
    meetings = _meetings(
        "Thai Prime Minister Somchai Wong met Cambodian Prime Minister Sok Dara in Bangkok on "
        "Monday. The two leaders will meet again at the ASEAN summit in Vientiane in October."
    )
    [summit] = [m for m in meetings if m.modality is Modality.PLANNED]
    assert _sides(summit) == {"THA", "KHM"}


def test_news_conference_is_no_meeting() -> None:
    meetings = _meetings(
        "Dutch Foreign Minister Pieter Smit spoke at a news conference with the World Bank and "
        "UNICEF on Tuesday about the grant to Yemen."
    )
    assert meetings == []


def test_breaking_off_talks_is_no_meeting() -> None:
    meetings = _meetings(
        "The rebel movement broke off talks with Sudan and Chad in January, and the mediators "
        "urged Khartoum to return to talks with Ndjamena."
    )
    assert meetings == []


def test_host_receiving_on_a_date_before_the_guest() -> None:
    [meeting] = _meetings(
        "The Foreign Minister of Gabon, Paul Nze, received on Monday 3 March a delegation from "
        "Cameroon led by Foreign Minister Jean Mbarga."
    )
    assert _sides(meeting) == {"GAB", "CMR"}
    assert meeting.start_date == dt.date(2025, 3, 3)


def test_unnamed_counterpart_of_a_third_state_is_a_side() -> None:
    meetings = _meetings(
        "Estonian Defence Minister Mart Tamm met Finnish Defence Minister Ari Lehto in Tallinn "
        "on Monday. The two ministers will meet again in Riga in June with their Latvian "
        "counterpart."
    )
    [planned] = [m for m in meetings if m.modality is Modality.PLANNED]
    assert _sides(planned) == {"EST", "FIN", "LVA"}


def test_date_line_of_a_release_does_not_date_talks_of_the_visit() -> None:
    meetings = _meetings(
        "Joint statement on the visit of the Foreign Minister of Uruguay to Peru\n\n"
        "Lima, 4 March 2025\n\n"
        "The Minister of Foreign Affairs of Uruguay, Ana Ferreira, paid an official visit to "
        "Lima on 2 and 3 March 2025 at the invitation of the Minister of Foreign Affairs of "
        "Peru, Jorge Salinas.\n\n"
        "The Ministers held the first meeting of the joint commission on water resources."
    )
    assert len(meetings) == 1
    assert _sides(meetings[0]) == {"URY", "PER"}
    assert (meetings[0].start_date, meetings[0].end_date) == (
        dt.date(2025, 3, 2),
        dt.date(2025, 3, 3),
    )


def test_journey_in_a_who_clause_keeps_its_sides_in_the_clause() -> None:
    meetings = _meetings(
        "Kenyan Foreign Minister Musalia Odhiambo, who will travel to Berlin on Friday, praised "
        "France for its support."
    )
    [visit] = meetings
    assert _sides(visit) == {"KEN", "DEU"}
    assert visit.start_date == dt.date(2025, 3, 7)


def test_next_session_that_will_take_place_is_a_meeting_of_its_own() -> None:
    meetings = _meetings(
        "Czech Foreign Minister Petr Novak held talks with Slovak Foreign Minister Juraj Kral in "
        "Bratislava on Monday. The two ministers will meet again in Brno on Friday.\n\n"
        "The next session of the Czech-Slovak Intergovernmental Council is scheduled to take "
        "place in Brno in the spring."
    )
    planned = [m for m in meetings if m.modality is Modality.PLANNED]
    assert len(planned) == 2
    assert {m.start_date for m in planned} == {dt.date(2025, 3, 7), None}
    assert all(_sides(m) == {"CZE", "SVK"} for m in planned)


def test_call_noun_with_a_date_is_a_call_not_a_visit() -> None:
    [meeting] = _meetings(
        "In a call on Monday, Austrian Chancellor Karl Huber and Czech Prime Minister Jan Dvorak "
        "discussed gas supplies."
    )
    assert meeting.kind is MeetingKind.CALL
    assert _sides(meeting) == {"AUT", "CZE"}
    assert meeting.start_date == dt.date(2025, 3, 3)


def test_body_that_tells_of_a_meeting_is_not_a_side() -> None:
    [meeting] = _meetings(
        "U.S. Secretary of State Mark Lewis spoke by phone with Omani Foreign Minister Badr Al "
        "Harthy on Monday, the State Department said in a statement."
    )
    assert _sides(meeting) == {"USA", "OMN"}


def test_taoiseach_is_a_head_of_government() -> None:
    [meeting] = _meetings(
        "British Prime Minister Tom Hale will host Irish Taoiseach Sean Byrne in London on "
        "Thursday."
    )
    assert _sides(meeting) == {"GBR", "IRL"}
    assert meeting.modality is Modality.PLANNED


def test_having_spoken_with_someone_by_phone_is_a_call() -> None:
    [meeting] = _meetings(
        "Chilean President Ana Soto said on Monday she had spoken with Argentine President "
        "Luis Paz by phone about the border."
    )
    assert meeting.kind is MeetingKind.CALL
    assert _sides(meeting) == {"CHL", "ARG"}
    assert meeting.start_date == dt.date(2025, 3, 3)


def test_day_of_the_announcement_does_not_date_a_planned_visit() -> None:
    [meeting] = _meetings(
        "Norwegian Foreign Minister Ola Berg will visit Hanoi next week for talks with his "
        "Vietnamese counterpart, the ministry said on Wednesday."
    )
    assert meeting.modality is Modality.PLANNED
    assert meeting.start_date is None


def test_signing_by_a_lender_s_office_in_the_country_is_no_meeting() -> None:
    meetings = _meetings(
        "The loan was signed in Lusaka on Monday by Jan Weber, director of the KfW office in "
        "Zambia, and Zambian Finance Minister Situmbeko Musokotwane."
    )
    assert meetings == []


def test_the_two_presidents_are_the_presidents_last_named_not_their_aides() -> None:
    meetings = _meetings(
        "Malian President Assimi Diallo will visit Niamey on Friday for talks with Nigerien "
        "President Omar Tchiani.\n\n"
        "Tchiani's spokesman Amadou Issa said the visit was welcome.\n\n"
        "The two presidents will also meet in Bamako in June."
    )
    [june] = [m for m in meetings if m.start_date == dt.date(2025, 6, 1)]
    people = {p.actor for p in june.participants}
    assert people == {"Assimi Diallo", "Omar Tchiani"}


def test_body_under_whose_auspices_they_meet_is_not_a_side() -> None:
    [meeting] = _meetings(
        "Armenian Foreign Minister Aram Petrosyan and Azerbaijani Foreign Minister Elnur Aliyev "
        "met in Geneva on Monday under United Nations auspices."
    )
    assert _sides(meeting) == {"ARM", "AZE"}


def test_when_they_last_met_is_background() -> None:
    meetings = _meetings(
        "Bolivian President Luis Arce will visit Lima on Friday for talks with Peruvian President "
        "Dina Rojas. The two presidents last met at the Mercosur summit in July."
    )
    assert len(meetings) == 1


def test_the_two_governments_who_met_are_states_not_their_bank() -> None:
    meetings = _meetings(
        "South Korea's Export-Import Bank will lend Ghana $100 million for roads, the two "
        "governments said on Wednesday after talks in Seoul."
    )
    [meeting] = meetings
    assert _sides(meeting) == {"KOR", "GHA"}


def test_short_bank_name_in_a_title_makes_its_holder_meet_for_the_bank() -> None:
    meetings = _meetings(
        "South Korea's Export-Import Bank said on Wednesday it had lent Laos $50 million.\n\n"
        "The loan was signed in Seoul on Monday by Eximbank chairman Park Min-ho and Lao Finance "
        "Minister Souk Vongsa."
    )
    [meeting] = meetings
    assert _sides(meeting) == {"Export-Import Bank of Korea", "LAO"}


def test_assembly_on_whose_sidelines_they_meet_is_not_a_side() -> None:
    [meeting] = _meetings(
        "On the sidelines of the UN General Assembly in New York on Tuesday, Foreign Minister "
        "Ana Sousa of Portugal held a bilateral meeting with her Angolan counterpart Rui Neto."
    )
    assert _sides(meeting) == {"PRT", "AGO"}


def test_courtesy_call_is_a_visit() -> None:
    [meeting] = _meetings(
        "Vietnamese Foreign Minister Bui Thanh Son paid a courtesy call on Lao Prime Minister "
        "Sonexay Siphandone in Vientiane on Monday."
    )
    assert meeting.kind is MeetingKind.VISIT
    assert _sides(meeting) == {"VNM", "LAO"}


def test_leaders_who_did_not_meet_at_a_summit_held_no_meeting() -> None:
    meetings = _meetings(
        "Chilean President Ana Soto and Bolivian President Luis Arce did not meet during the "
        "Mercosur summit in Montevideo on Monday."
    )
    assert meetings == []


def test_state_adjectives_before_a_longer_office_phrase_are_sides() -> None:
    [meeting] = _meetings(
        "The Danish and Estonian foreign and defence ministers will hold talks in Tallinn on "
        "Friday."
    )
    assert _sides(meeting) == {"DNK", "EST"}
    assert meeting.modality is Modality.PLANNED


def test_arrival_on_a_day_on_a_visit_of_so_many_days() -> None:
    [meeting] = _meetings(
        "Greek Prime Minister Nikos Pappas arrived in Cairo on Monday on a two-day visit for "
        "talks with Egyptian President Omar Fathy."
    )
    assert (meeting.start_date, meeting.end_date) == (dt.date(2025, 3, 3), dt.date(2025, 3, 4))


def test_signing_on_the_second_day_of_a_visit_is_not_its_first() -> None:
    [meeting] = _meetings(
        "Greek Prime Minister Nikos Pappas and Egyptian President Omar Fathy signed a gas deal "
        "in Cairo on Tuesday on the second day of a two-day visit."
    )
    assert meeting.start_date != dt.date(2025, 3, 4) or meeting.end_date is None


def test_analysis_article_reads_a_whole_visit_and_its_onward_leg() -> None:
    meetings = _meetings(
        "HANOI, March 5 (Wire) - Laos and Vietnam agreed on Wednesday to double trade as "
        "visiting Lao President Thongsing Vong held talks with Vietnamese President Van Hoa.\n\n"
        "Thongsing, who arrived on Tuesday evening for a three-day state visit, also met Prime "
        "Minister Le Minh Duc and National Assembly Chairman Tran Quoc Tuan.\n\n"
        "Do Thi Hanh, an analyst at a Hanoi institute, said the visit showed both countries "
        "wanted to hedge against swings in U.S. trade policy.\n\n"
        "Thongsing leaves for Cambodia on Friday."
    )
    visits = {m.start_date: m for m in meetings if m.kind is MeetingKind.VISIT}
    state_visit = visits[dt.date(2025, 3, 4)]
    assert _sides(state_visit) == {"LAO", "VNM"}
    assert state_visit.end_date == dt.date(2025, 3, 6)
    onward = visits[dt.date(2025, 3, 7)]
    assert _sides(onward) == {"LAO", "KHM"}
    assert onward.modality is Modality.PLANNED


def test_hosts_as_a_noun_is_no_meeting() -> None:
    meetings = _meetings(
        "Lao Prime Minister Sonexay Vong, addressed by his hosts as Dr Sonexay, thanked the "
        "Vietnamese people for their help."
    )
    assert meetings == []


def test_day_after_another_meeting_word_is_not_the_visit_s_first() -> None:
    meetings = _meetings(
        "Moroccan Foreign Minister Karim Alami, who is on a two-day visit, also met Nigerian Vice "
        "President Musa Bako in Abuja on Monday."
    )
    [meeting] = meetings
    assert (meeting.start_date, meeting.end_date) == (dt.date(2025, 3, 3), None)


def test_meeting_with_criticism_or_stalled_talks_is_no_meeting() -> None:
    assert _meetings("The plan met with criticism from Kenyan and Ugandan lawmakers.") == []
    assert (
        _meetings("Trade talks between India and the European Union have stalled over tariffs.")
        == []
    )


def test_well_known_leaders_by_surname_alone() -> None:
    [meeting] = _meetings("Erdogan's talks with Putin in Sochi on Monday focused on grain exports.")
    assert _sides(meeting) == {"TUR", "RUS"}
    assert {p.actor for p in meeting.participants} == {"Recep Tayyip Erdogan", "Vladimir Putin"}


def test_leader_due_in_a_capital_after_a_semicolon() -> None:
    meetings = _meetings(
        "Turkey and Egypt are competing for influence too; Kuwaiti Emir Sheikh Nawaf Al Sabah "
        "is due in Addis Ababa in April."
    )
    [visit] = meetings
    assert _sides(visit) == {"KWT", "ETH"}
    assert visit.modality is Modality.PLANNED
    assert visit.start_date == dt.date(2025, 4, 1)


def test_state_the_meeting_is_about_is_not_a_side() -> None:
    [talks] = _meetings(
        "Italian Prime Minister Carla Ricci and Spanish Prime Minister Jose Vidal held talks on "
        "Ukraine in Rome on Monday."
    )
    assert _sides(talks) == {"ITA", "ESP"}
    [meeting] = _meetings(
        "Jordanian and Emirati foreign ministers discussed the situation in Sudan during a "
        "meeting in Amman on Sunday."
    )
    assert _sides(meeting) == {"JOR", "ARE"}


def test_sides_of_a_meeting_between_two_states_are_those_two() -> None:
    [meeting] = _meetings(
        "The U.N. Secretary-General called for talks between Ethiopia and Eritrea to defuse "
        "tensions."
    )
    assert _sides(meeting) == {"ETH", "ERI"}


def test_talks_that_will_not_be_held_are_no_meeting() -> None:
    assert _meetings("Iran said on Monday it would not hold direct talks with Canada.") == []
    [meeting] = _meetings(
        "Kenyan President Ali Omar not only met Ugandan President Paul Okello in Kampala on "
        "Monday but also visited a refinery."
    )
    assert _sides(meeting) == {"KEN", "UGA"}


def test_dateline_with_a_state_or_two_cities_names_no_side() -> None:
    [meeting] = _meetings(
        "Nairobi, Kenya — Ethiopia and Somalia held talks in Ankara on Monday.\n\n"
        "Both sides said the talks were useful."
    )
    assert _sides(meeting) == {"ETH", "SOM"}
    [other] = _meetings("KYIV/WARSAW, March 5 (Wire) - Poland and Ukraine held talks on Monday.")
    assert _sides(other) == {"POL", "UKR"}


def test_progressive_meeting_with_a_coming_day_is_planned() -> None:
    [meeting] = _meetings(
        "Kenyan President Ali Omar is meeting Tanzanian President Rose Mushi in Arusha on Thursday."
    )
    assert meeting.modality is Modality.PLANNED
    assert meeting.start_date == dt.date(2025, 3, 6)
    [hosted] = _meetings("Egyptian President Omar Fathy is hosting Jordan's King Faisal Rami.")
    assert _sides(hosted) == {"EGY", "JOR"}


def test_talks_of_so_many_days_that_ended_on_a_day() -> None:
    [meeting] = _meetings(
        "The three-day talks between Sudanese and Chadian officials in Geneva ended on Friday."
    )
    assert (meeting.start_date, meeting.end_date) == (dt.date(2025, 2, 26), dt.date(2025, 2, 28))


def test_cabinet_in_a_title_is_not_a_body_meeting_alone() -> None:
    [meeting] = _meetings(
        "Kenyan Cabinet Secretary Joyce Wanjiku met IMF officials in Washington on Monday."
    )
    assert _sides(meeting) == {"KEN", "International Monetary Fund"}
    assert _meetings("The cabinet, which meets on Monday, will discuss the budget.") == []


def test_ended_a_visit_on_a_day_dates_its_last_day() -> None:
    [meeting] = _meetings(
        "Chilean Foreign Minister Rosa Aguirre ended a three-day visit to Ghana on Tuesday "
        "with a pledge of support for cocoa research."
    )
    assert _sides(meeting) == {"CHL", "GHA"}
    assert (meeting.start_date, meeting.end_date) == (dt.date(2025, 3, 2), dt.date(2025, 3, 4))


def test_said_at_the_end_of_a_visit_dates_its_last_day() -> None:
    [meeting] = _meetings(
        "Norway will fund two clinics in Malawi, Norwegian Development Minister Siri Dahl said "
        "on Tuesday at the end of a two-day visit to Lilongwe."
    )
    assert (meeting.start_date, meeting.end_date) == (dt.date(2025, 3, 3), dt.date(2025, 3, 4))


def test_end_of_a_visit_that_began_on_a_day_starts_that_day() -> None:
    [meeting] = _meetings(
        "The grant was announced by Swedish Aid Minister Karin Berg at the end of a three-day "
        "visit to Zambia that began on Saturday."
    )
    assert (meeting.start_date, meeting.end_date) == (dt.date(2025, 3, 1), dt.date(2025, 3, 3))


def test_the_five_central_asian_countries_are_each_a_side() -> None:
    [meeting] = _meetings(
        "Leaders of the European Union and the five Central Asian countries held a summit "
        "in Astana on Monday."
    )
    assert _sides(meeting) == {"European Union", "KAZ", "KGZ", "TJK", "TKM", "UZB"}
    assert meeting.kind is MeetingKind.SUMMIT


def test_a_region_with_another_count_names_no_members() -> None:
    meetings = _meetings("Ministers of four Central Asian countries met in Bishkek on Monday.")
    assert all("TKM" not in _sides(m) for m in meetings)


def test_talks_on_the_sidelines_of_a_summit_are_talks_of_their_own() -> None:
    meetings = _meetings(
        "Leaders of the three Baltic states and Poland held a summit in Riga on Monday.\n\n"
        "On the sidelines of the summit, Estonian Prime Minister Kaja Tamm met Polish "
        "President Jan Nowak."
    )
    assert [(m.kind, _sides(m)) for m in meetings] == [
        (MeetingKind.SUMMIT, {"EST", "LTU", "LVA", "POL"}),
        (MeetingKind.TALKS, {"EST", "POL"}),
    ]


def test_next_summit_in_a_state_is_held_there_not_with_it() -> None:
    meetings = _meetings(
        "Leaders of the three Baltic states and Poland held a summit in Riga on Monday.\n\n"
        "They agreed to hold their next summit in Finland in 2026."
    )
    planned = [m for m in meetings if m.modality is Modality.PLANNED]
    assert [_sides(m) for m in planned] == [{"EST", "LTU", "LVA", "POL"}]


def test_a_second_place_and_day_after_and_is_a_second_meeting() -> None:
    meetings = _meetings(
        "UN envoy Lena Marsh held talks in Khartoum on Monday with Sudan's foreign minister, "
        "Ali Osman Taha, and in Juba on Tuesday with South Sudan's foreign minister, "
        "Mary Deng Akol."
    )
    assert [(_sides(m), m.start_date, m.location) for m in meetings] == [
        ({"United Nations", "SDN"}, dt.date(2025, 3, 3), "Khartoum"),
        ({"United Nations", "SSD"}, dt.date(2025, 3, 4), "Juba"),
    ]


def test_a_date_after_since_is_not_the_meeting_date() -> None:
    [meeting] = _meetings(
        "The foreign ministers of Armenia and Azerbaijan will meet in Vienna for the first "
        "talks since a truce collapsed in January."
    )
    assert meeting.modality is Modality.PLANNED
    assert meeting.start_date is None


def test_a_capital_before_a_meeting_noun_is_where_it_is_held() -> None:
    meetings = _meetings(
        "Kenyan Foreign Minister Amina Otieno and her Ugandan counterpart Joseph Mukasa will "
        "meet in Addis Ababa on March 20.\n\n"
        "Uganda would attend the Addis Ababa meeting in good faith, Mukasa said."
    )
    assert all("ETH" not in _sides(m) for m in meetings)


def test_a_portfolio_naming_a_body_does_not_make_the_minister_its_envoy() -> None:
    [meeting] = _meetings(
        "EU envoy Karl Weber held talks in Dakar on Monday with Senegal's Minister of Foreign "
        "Affairs, African Integration and La Francophonie, Awa Ndiaye Sow."
    )
    assert _sides(meeting) == {"European Union", "SEN"}


def test_a_blocs_own_summit_has_the_bloc_among_its_sides() -> None:
    [meeting] = _meetings(
        "The ASEAN summit opened in Jakarta on Monday with the leaders of Malaysia and "
        "Thailand in attendance."
    )
    assert "Association of Southeast Asian Nations" in _sides(meeting)


def test_a_bloc_summit_framing_talks_on_its_sidelines_is_no_side() -> None:
    [meeting] = _meetings(
        "On the sidelines of the ASEAN summit, Malaysian Prime Minister Anwar Hashim met "
        "Thai Prime Minister Somchai Rattana on Monday."
    )
    assert _sides(meeting) == {"MYS", "THA"}


def test_next_summit_does_not_borrow_the_sides_of_talks() -> None:
    meetings = _meetings(
        "On the sidelines of the summit, Ghanaian President Kofi Mensah met his Senegalese "
        "counterpart, Amadou Fall, on Monday.\n\n"
        "The next summit is due to take place in Dakar in June."
    )
    assert [_sides(m) for m in meetings] == [{"GHA", "SEN"}]


def test_she_after_an_opening_phrase_is_the_subject_before_not_the_last_named() -> None:
    meetings = _meetings(
        "Irish Development Minister Ciara Walsh, who is on a two-day visit to Niger, toured a "
        "clinic with UNICEF's representative in Niger, Marie Dubois Kane.\n\n"
        "On Monday she held talks in Niamey with Niger's foreign minister, Issa Garba."
    )
    assert all("United Nations Children's Fund" not in _sides(m) for m in meetings)
    assert any(_sides(m) == {"IRL", "NER"} for m in meetings)


def test_an_official_posted_in_the_visited_state_is_not_a_side_of_the_visit() -> None:
    [meeting] = _meetings(
        "Irish Development Minister Ciara Walsh began a visit to Niger on Monday with "
        "UNICEF's representative in Niger, Marie Dubois Kane, and Niger's foreign minister, "
        "Issa Garba."
    )
    assert _sides(meeting) == {"IRL", "NER"}


def test_an_undated_visit_takes_the_ledes_event_day_not_the_datelines() -> None:
    meetings = _meetings(
        "SUVA, March 5 (Wire) - Fiji and New Zealand signed a policing accord on Monday.\n\n"
        "The accord was signed in Suva by New Zealand's Foreign Minister Tom Harding and Fiji's "
        "Prime Minister Jone Rabuka during a one-day visit by Harding."
    )
    assert [(_sides(m), m.start_date) for m in meetings] == [({"FJI", "NZL"}, dt.date(2025, 3, 3))]


def test_welcoming_a_states_statement_meets_no_one() -> None:
    meetings = _meetings(
        "Harding said New Zealand welcomed Fiji's statement and remained its closest partner."
    )
    assert meetings == []


def test_a_denied_meeting_is_kept_as_denied() -> None:
    [meeting] = _meetings(
        "On Sunday, Fiji's foreign ministry denied a report that Fijian officials had held "
        "talks with Chinese officials in January on a security pact."
    )
    assert _sides(meeting) == {"FJI", "CHN"}
    assert meeting.modality is Modality.DENIED


def test_agreed_at_a_joint_meeting_reports_the_meeting() -> None:
    [meeting] = _meetings(
        "Chile and Argentina agreed on Tuesday to share border water data, their presidents "
        "said, at a joint meeting of the two countries' cabinets."
    )
    assert _sides(meeting) == {"CHL", "ARG"}
    assert meeting.start_date == dt.date(2025, 3, 4)


def test_opening_talks_somewhere_on_a_day_is_a_planned_meeting() -> None:
    [meeting] = _meetings(
        "The minister said Kenya would open talks with Chinese lenders in Beijing next month."
    )
    assert _sides(meeting) == {"KEN", "CHN"}
    assert meeting.modality is Modality.PLANNED
    assert not _meetings("Kenya and China agreed to open talks on a free trade agreement.")


def test_meeting_the_cost_meets_no_one() -> None:
    assert not _meetings(
        "Ghana's finance minister, Kofi Adjei, thanked the Bank and said his government "
        "would meet the cost of resettling 600 households."
    )


def test_a_pages_related_links_and_footer_are_not_read() -> None:
    page = (
        "<html><head><title>Ghana and Togo sign</title></head><body>\n"
        "<nav><a href='/'>Home</a> | <a href='/news'>Kenya and Uganda hold talks</a></nav>\n"
        "<p>Ghanaian President Kofi Mensah met Togolese President Paul Agbeko in Accra on "
        "Monday.</p>\n"
        "<aside><ul><li><a href='#'>Senegal and Mali leaders meet in Dakar</a></li></ul></aside>\n"
        "<footer><p>Ministry of Foreign Affairs, Accra, Ghana</p></footer></body></html>"
    )
    meetings = _meetings(page)
    assert [_sides(m) for m in meetings] == [{"GHA", "TGO"}]


def test_annual_meetings_framing_a_signing_make_no_meeting_of_their_own() -> None:
    [meeting] = _meetings(
        "The Asian Development Bank and Nepal signed two loans on Monday on the sidelines of "
        "the ADB Annual Meetings in Manila.\n\n"
        "The loans were signed by ADB President Haruto Mori and Nepal's finance minister, "
        "Ram Thapa, after a bilateral meeting."
    )
    assert _sides(meeting) == {"Asian Development Bank", "NPL"}
    assert meeting.modality is Modality.ASSERTED


def test_a_joint_cabinet_meeting_is_no_session_of_one_cabinet() -> None:
    meetings = _meetings(
        "Chile and Argentina agreed on Tuesday to share border water data, their presidents "
        "said, at a joint meeting of the two countries' cabinets.\n\n"
        "The next joint cabinet meeting will be held in Argentina in 2026, the presidents said."
    )
    planned = [m for m in meetings if m.modality is Modality.PLANNED]
    assert [(_sides(m), m.start_date) for m in planned] == [({"CHL", "ARG"}, dt.date(2026, 1, 1))]
    assert not _meetings("The cabinet meeting will be held in Santiago on Friday.")


def test_the_leaders_meeting_of_a_forum_named_before_is_the_forums_summit() -> None:
    meetings = _meetings(
        "Fiji and Samoa signed a fisheries pact on Monday on the sidelines of the Pacific "
        "Islands Forum Leaders Meeting in Apia.\n\n"
        "The leaders' meeting opened on Monday and runs until Thursday under the chairmanship "
        "of Samoa's Prime Minister, Tui Aiono."
    )
    summits = [m for m in meetings if m.kind is MeetingKind.SUMMIT]
    assert len(summits) == 1
    assert "Pacific Islands Forum" in _sides(summits[0])
    assert (summits[0].start_date, summits[0].end_date) == (
        dt.date(2025, 3, 3),
        dt.date(2025, 3, 6),
    )


def test_a_body_a_communique_calls_on_is_not_at_the_summit() -> None:
    [meeting] = _meetings(
        "The presidents of Chile, Peru and Colombia on Monday signed a joint communiqué "
        "calling on the European Union to bring the EU-Andean trade agreement into force, at "
        "a summit in Lima."
    )
    assert _sides(meeting) == {"CHL", "PER", "COL"}


def test_the_two_koreas_are_both_sides() -> None:
    [meeting] = _meetings("Officials of the two Koreas held talks in Panmunjom on Monday.")
    assert _sides(meeting) == {"KOR", "PRK"}


def test_a_call_last_week_beside_a_planned_summit_is_past_and_keeps_its_partner() -> None:
    meetings = _meetings(
        "Sanchez, Chile's president, who spoke by phone last Friday with Peruvian President "
        "Rosa Quispe, agreed to attend a summit of Andean leaders that Peru will host in Cusco "
        "next year, her office said."
    )
    call = next(m for m in meetings if m.kind is MeetingKind.CALL)
    assert _sides(call) == {"CHL", "PER"}
    assert call.start_date == dt.date(2025, 2, 28)
    assert call.modality is Modality.ASSERTED


def test_a_day_two_days_ago_is_never_a_plan() -> None:
    meetings = _meetings(
        "Ghanaian Foreign Minister Kofi Mensah, who met his Togolese counterpart Komi Agbo "
        "in Lome two days ago, will brief parliament next week."
    )
    assert any(m.modality is Modality.ASSERTED and _sides(m) == {"GHA", "TGO"} for m in meetings)


def test_a_signing_is_not_dated_by_an_older_signing_in_a_relative_clause() -> None:
    meetings = _meetings(
        "Chilean Defence Minister Pablo Soto and Peruvian Defence Minister Luis Paredes signed "
        "a training arrangement, the first under the accord the two countries signed in "
        "June 2019."
    )
    assert all(m.start_date != dt.date(2019, 6, 1) for m in meetings)


def test_a_call_keeps_the_sides_named_after_between_before_a_later_event() -> None:
    meetings = _meetings(
        "The trip followed a telephone conversation on February 20 between Kenyan President "
        "Daniel Mwangi and Ugandan President Joseph Mukasa, in which they agreed to hold a "
        "summit in Kampala in May."
    )
    call = next(m for m in meetings if m.kind is MeetingKind.CALL)
    assert _sides(call) == {"KEN", "UGA"}
    assert call.start_date == dt.date(2025, 2, 20)


def test_a_schedule_of_meetings_is_a_practice_not_a_meeting() -> None:
    meetings = _meetings(
        "Kenyan President Daniel Mwangi and Ugandan President Joseph Mukasa agreed to restore "
        "the regular schedule of ministerial meetings that was suspended in 2022."
    )
    assert meetings == []


def test_a_commentators_forum_is_no_conference() -> None:
    meetings = _meetings(
        '"Lima and La Paz both need the port," said Ana Ruiz, a senior fellow at the Andean '
        "Policy Forum in Quito."
    )
    assert meetings == []


def test_an_as_clause_after_talks_names_no_side_of_them() -> None:
    meetings = _meetings(
        "Peruvian Foreign Minister Lucia Vargas held talks with her Bolivian counterpart Diego "
        "Rojas in Lima on Monday, as Chile sought a new round of negotiations between Quito and "
        "Bogota."
    )
    first = next(m for m in meetings if m.start_date == dt.date(2025, 3, 3))
    assert _sides(first) == {"PER", "BOL"}


def test_a_summit_first_since_a_year_takes_the_day_of_the_lede() -> None:
    meetings = _meetings(
        "ACCRA, March 4 (Wire) - Ghana, Togo and Benin agreed a border pact in Accra on "
        "Tuesday.\n\nGhanaian President Kofi Mensah hosted Togolese President Komi Agbo and "
        "Beninese President Paul Hounkpe for the summit, the first meeting of the three "
        "leaders since 2021."
    )
    summit = next(m for m in meetings if m.kind is MeetingKind.SUMMIT)
    assert _sides(summit) == {"GHA", "TGO", "BEN"}
    assert summit.start_date == dt.date(2025, 3, 4)


def test_the_place_summit_told_again_later_is_the_same_summit() -> None:
    meetings = _meetings(
        "ACCRA, March 4 (Wire) - Ghanaian President Kofi Mensah hosted Togolese President "
        "Komi Agbo for a summit on Tuesday.\n\nOn Monday evening, Mensah and Agbo held "
        "separate talks on power trade.\n\nThe Accra summit showed that Ghana and Togo "
        "could agree, analysts said."
    )
    dates = sorted(m.start_date for m in meetings if m.start_date is not None)
    assert dates == [dt.date(2025, 3, 3), dt.date(2025, 3, 4)]


def test_a_body_that_also_took_part_joins_the_meeting_but_not_the_next_one() -> None:
    meetings = _meetings(
        "Ghanaian President Kofi Mensah hosted Togolese President Komi Agbo for a summit in "
        "Accra on Monday. The secretary general of the regional bloc ECOWAS, Musa Bello, also "
        "took part. The two leaders agreed to meet again in Lome in June."
    )
    summit = next(m for m in meetings if m.start_date == dt.date(2025, 3, 3))
    assert _sides(summit) == {"GHA", "TGO", "Economic Community of West African States"}
    again = next(m for m in meetings if m.modality is Modality.PLANNED)
    assert _sides(again) == {"GHA", "TGO"}


def test_a_blocs_next_summit_is_the_blocs_own() -> None:
    meetings = _meetings(
        "Ghanaian President Kofi Mensah met Togolese President Komi Agbo in Accra on Monday. "
        "The ECOWAS leaders will hold their next summit in Abuja in June."
    )
    summit = next(m for m in meetings if m.kind is MeetingKind.SUMMIT)
    assert _sides(summit) == {"Economic Community of West African States"}
    assert summit.modality is Modality.PLANNED


def test_leaders_meeting_again_at_a_blocs_summit_are_the_sides() -> None:
    meetings = _meetings(
        "Ghanaian President Kofi Mensah met Togolese President Komi Agbo in Accra on Monday. "
        "The two leaders will meet again at the ECOWAS summit in Abuja in June."
    )
    planned = next(m for m in meetings if m.modality is Modality.PLANNED)
    assert _sides(planned) == {"GHA", "TGO"}


def test_a_next_summit_in_a_roundup_does_not_take_an_earlier_storys_sides() -> None:
    meetings = _meetings(
        "Ghanaian President Kofi Mensah met Togolese President Komi Agbo in Accra on Monday.\n\n"
        "NEW DELHI - The BRICS leaders will hold their next summit in New Delhi in December."
    )
    assert all(_sides(m) != {"GHA", "TGO", "IND"} for m in meetings)
    assert any(_sides(m) == {"BRICS"} for m in meetings)


def test_a_state_across_a_border_visited_is_no_side() -> None:
    meetings = _meetings(
        "Peruvian Foreign Minister Lucia Vargas held talks with Bolivian Foreign Minister Diego "
        "Rojas in La Paz on Monday and visited a new border crossing with Chile."
    )
    assert meetings and all("CHL" not in _sides(m) for m in meetings)


def test_meeting_several_times_is_no_one_meeting() -> None:
    meetings = _meetings(
        "Peruvian and Bolivian negotiators met several times in 2021 and 2022 before the deal."
    )
    assert meetings == []


def test_a_day_later_dates_from_the_meeting_just_reported() -> None:
    meetings = _meetings(
        "Peruvian Foreign Minister Lucia Vargas held talks with Bolivian Foreign Minister Diego "
        "Rojas in Lima on Monday.\n\nTwo days later, Peruvian President Ana Soto spoke by phone "
        "with Chilean President Pablo Reyes, her office said on Thursday."
    )
    call = next(m for m in meetings if m.kind is MeetingKind.CALL)
    assert call.start_date == dt.date(2025, 3, 5)


def test_talks_told_on_the_second_day_of_a_two_day_visit_are_their_own() -> None:
    meetings = _meetings(
        "LIMA, March 4 (Wire) - Peru will lend Bolivia $50 million, Peruvian Foreign Minister "
        "Lucia Vargas said on Tuesday after talks in La Paz with her Bolivian counterpart, "
        "Diego Rojas.\n\nVargas, who arrived on Monday for a two-day visit, called on Bolivian "
        "President Ana Mamani on Monday evening."
    )
    starts = sorted(m.start_date for m in meetings if m.start_date is not None)
    assert starts == [dt.date(2025, 3, 3), dt.date(2025, 3, 4)]
    visit = next(m for m in meetings if m.start_date == dt.date(2025, 3, 3))
    assert visit.end_date == dt.date(2025, 3, 4)


def test_an_as_clause_after_a_visit_names_another_events_actors() -> None:
    meetings = _meetings(
        "Peru and Bolivia signed a transit deal on Monday, during a visit to La Paz by Peruvian "
        "Foreign Minister Lucia Vargas, as the European Union released new budget support."
    )
    assert meetings
    assert all("European Union" not in _sides(m) for m in meetings)


def test_states_in_a_commentators_quote_leave_no_group_for_the_next_meeting() -> None:
    meetings = _meetings(
        "Peruvian Foreign Minister Lucia Vargas held talks with Bolivian Foreign Minister Diego "
        "Rojas in Lima on Monday.\n\n"
        '"Neither Lima nor La Paz wants to provoke Santiago," said Ana Ruiz, an analyst.\n\n'
        "Vargas will travel to La Paz in June for the next meeting of the joint commission."
    )
    planned = next(m for m in meetings if m.modality is Modality.PLANNED)
    assert "CHL" not in _sides(planned)


def test_welcoming_a_bodys_decision_is_no_meeting() -> None:
    meetings = _meetings(
        "In Lima, Peruvian President Ana Soto welcomed the IMF decision as a vote of confidence."
    )
    assert meetings == []


def test_a_deadline_is_not_the_day_of_a_planned_meeting() -> None:
    meetings = _meetings(
        "Peruvian Foreign Minister Lucia Vargas will meet Bolivian Foreign Minister Diego Rojas "
        "in Lima before the end of the month."
    )
    assert meetings and all(m.start_date is None for m in meetings)


def test_a_body_whose_headquarters_host_others_is_no_side() -> None:
    meetings = _meetings(
        "Chile, Peru and Bolivia agreed new aid for Ecuador on Monday at a meeting of the "
        "donor group at African Union headquarters."
    )
    assert meetings
    assert all("African Union" not in _sides(m) for m in meetings)


def test_the_year_a_group_was_formed_does_not_date_its_meeting() -> None:
    meetings = _meetings(
        "The meeting, the tenth of the group formed in 2019, was chaired by Peruvian Foreign "
        "Minister Lucia Vargas and Bolivian Foreign Minister Diego Rojas."
    )
    assert all(m.start_date != dt.date(2019, 1, 1) for m in meetings)


def test_a_state_represented_at_the_meeting_joins_it() -> None:
    meetings = _meetings(
        "Chile, Peru and Bolivia agreed new aid for Ecuador on Monday at a meeting of the "
        "donor group in Lima. Argentina was represented at the meeting by a deputy minister."
    )
    assert any({"ARG", "CHL", "PER"} <= _sides(m) for m in meetings)
    assert all({"ARG", "CHL"} <= _sides(m) or "ARG" not in _sides(m) for m in meetings)
