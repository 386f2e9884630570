"""The analyst views: their names and, column by column, what each returns (see docs/schema.md).

The views are the stable, documented public interface; columns are only ever added. Their SQL is
created by the migrations, so that each revision freezes it; ``VIEW_COLUMNS`` describes the columns
in the order the views return them, and tests/test_docs.py checks it against a migrated database.
"""

from enum import StrEnum

from entente.models.vocab import (
    ActorKind,
    AgreementKind,
    AgreementStatus,
    DatePrecision,
    EvidenceMethod,
    FactType,
    FlowStatus,
    FlowType,
    MeetingKind,
    Modality,
    RelationKind,
    StatementKind,
)

VIEW_NAMES: tuple[str, ...] = (
    "v_actors",
    "v_meetings",
    "v_meeting_participants",
    "v_agreements",
    "v_agreement_parties",
    "v_agreement_sectors",
    "v_aid_flows",
    "v_statements",
    "v_statement_speakers",
    "v_relations",
    "v_roles",
    "v_evidence",
)


VIEW_ROWS: dict[str, str] = {
    "v_actors": "One row per actor: state, person, organisation, programme, group or place.",
    "v_meetings": "One row per meeting; who took part is in v_meeting_participants.",
    "v_meeting_participants": "One row per actor at a meeting.",
    "v_agreements": "One row per agreement, plan or commitment; parties and sectors have views.",
    "v_agreement_parties": "One row per party to an agreement.",
    "v_agreement_sectors": "One row per sector an agreement covers.",
    "v_aid_flows": "One row per flow of money (given, promised, frozen) from a donor.",
    "v_statements": "One row per stance; who took it is in v_statement_speakers.",
    "v_statement_speakers": "One row per speaker of a statement.",
    "v_relations": "One row per standing relation between two actors.",
    "v_roles": "One row per title a person holds in a state or organisation.",
    "v_evidence": "One row per quote that supports a fact, for every kind of fact.",
}
"""What one row of each view stands for."""


def _one_of(vocabulary: type[StrEnum]) -> str:
    return "One of: " + ", ".join(member.value for member in vocabulary) + "."


_MODALITY = (
    f"{_one_of(Modality)} Never add up rows of different modalities: a pledge is not a delivery."
)
_SOURCE_COUNT = "How many distinct articles give evidence for it (1 or more)."
_DATE = "Null when the text gives no date. ISO text YYYY-MM-DD on SQLite, DATE on PostgreSQL."

VIEW_COLUMNS: dict[str, dict[str, str]] = {
    "v_actors": {
        "actor_id": "Surrogate key; the actor_id and ..._actor_id columns of other views hold it.",
        "kind": _one_of(ActorKind),
        "name": "Canonical name, e.g. China, Wang Yi, International Monetary Fund.",
        "iso3": "ISO 3166-1 alpha-3 code; set for states only, null for every other kind.",
        "iso2": "ISO 3166-1 alpha-2 code; set for states only, null for every other kind.",
        "country_iso3": (
            "ISO3 of the state the actor is or belongs to: its own code for a state, its "
            "country's for a person, organisation or programme; null when no state is known."
        ),
        "wikidata_qid": "Wikidata item id (Q148 for China); null when not known.",
        "cameo_code": "CAMEO actor code (CHN, PAKGOV); null when not known.",
        "country_actor_id": (
            "actor_id of the state a person, organisation or programme belongs to; "
            "null for states and when unknown."
        ),
        "country_name": "Name of that state; null when country_actor_id is null.",
    },
    "v_meetings": {
        "meeting_id": "Surrogate key of the meeting.",
        "start_date": (
            "First day; for month or year precision, the first day of that month or year. " + _DATE
        ),
        "end_date": "Last day (equal to start_date for a one-day meeting). " + _DATE,
        "date_precision": (
            f"{_one_of(DatePrecision)} How much of start_date the text gives: "
            "'month' means only the month is known."
        ),
        "location": "The place as the text names it, e.g. Beijing; null when not said.",
        "location_country_iso3": "ISO3 of the state the place is in; null when not known.",
        "kind": _one_of(MeetingKind),
        "title": "A short name for the meeting; null when none was given.",
        "modality": _MODALITY,
        "source_count": _SOURCE_COUNT,
    },
    "v_meeting_participants": {
        "meeting_id": "The meeting (v_meetings.meeting_id).",
        "actor_id": "The participant (v_actors.actor_id): a person, state or organisation.",
        "actor_name": "The participant's canonical name.",
        "actor_kind": _one_of(ActorKind),
        "country_iso3": (
            "ISO3 of the state the participant stood for: the state it represented, else its "
            "own code if it is a state, else its country's; null when no state is known."
        ),
        "role_title": "The title held at the meeting, e.g. Foreign Minister; null if not said.",
        "represents_actor_id": (
            "actor_id of the state or organisation represented; null when not said."
        ),
        "represents_name": "Name of the represented state or organisation; null when not said.",
    },
    "v_agreements": {
        "agreement_id": "Surrogate key of the agreement.",
        "title": "What the agreement is called or what it does.",
        "kind": _one_of(AgreementKind),
        "status": _one_of(AgreementStatus),
        "agreement_date": "When it was reached. " + _DATE,
        "meeting_id": "The meeting it came out of (v_meetings.meeting_id); null if none.",
        "modality": _MODALITY,
        "source_count": _SOURCE_COUNT,
        "program_actor_id": "actor_id of the programme it concerns (e.g. CPEC); null if none.",
        "program_name": "Name of that programme; null if none.",
    },
    "v_agreement_parties": {
        "agreement_id": "The agreement (v_agreements.agreement_id).",
        "actor_id": "The party (v_actors.actor_id).",
        "actor_name": "The party's canonical name.",
        "country_iso3": (
            "ISO3 of the party if it is a state, else of the state it belongs to; null when "
            "no state is known (e.g. an international organisation)."
        ),
        "actor_kind": _one_of(ActorKind),
    },
    "v_agreement_sectors": {
        "agreement_id": "The agreement (v_agreements.agreement_id).",
        "sector": "Readable sector name in lower case, e.g. information technology.",
        "sector_code": (
            "Controlled sector code, e.g. information_technology (list in the sectors table)."
        ),
        "dac_purpose_code": (
            "OECD DAC/CRS purpose code of the sector, e.g. 32210 for mining; null where "
            "no code fits."
        ),
    },
    "v_aid_flows": {
        "aid_flow_id": "Surrogate key of the aid flow.",
        "flow_date": "When the money moved or was announced. " + _DATE,
        "donor_actor_id": "Who gives (v_actors.actor_id).",
        "donor_name": "The donor's canonical name.",
        "donor_iso3": (
            "ISO3 of the donor if it is a state, else of the state it belongs to; null for an "
            "international organisation."
        ),
        "recipient_actor_id": (
            "Who receives (v_actors.actor_id); null for a flow with no single recipient, such "
            "as a global aid freeze."
        ),
        "recipient_name": "The recipient's canonical name; null when there is no recipient.",
        "recipient_iso3": (
            "ISO3 of the recipient if it is a state, else of the state it belongs to; null "
            "when there is none."
        ),
        "amount": (
            "Whole currency units (397000000 for $397 million); null when the text gives no "
            "figure, as in 'billions of investment'."
        ),
        "currency": "ISO 4217 code of amount, e.g. USD; always set when amount is set.",
        "amount_usd": (
            "Amount in whole US dollars: equal to amount for USD flows; for other currencies "
            "only when a source gives the dollar figure (entente does not convert); else null."
        ),
        "flow_type": _one_of(FlowType) + " 'aid' means the text does not say which kind.",
        "status": _one_of(FlowStatus),
        "purpose": "What the money is for, in a few words; null when not said.",
        "modality": _MODALITY,
        "source_count": _SOURCE_COUNT,
        "amount_text": "The amount as the text wrote it, e.g. $397 million or billions.",
        "program_actor_id": "actor_id of the programme the money funds; null if none.",
        "program_name": "Name of that programme; null if none.",
        "donor_kind": _one_of(ActorKind),
        "recipient_kind": _one_of(ActorKind) + " Null when there is no recipient.",
    },
    "v_statements": {
        "statement_id": "Surrogate key of the statement.",
        "kind": _one_of(StatementKind),
        "statement_date": "When it was said. " + _DATE,
        "target_actor_id": "The actor the stance is about (v_actors.actor_id); null if none.",
        "target_name": "The target's canonical name; null if none.",
        "target_iso3": "ISO3 of the target when the target is a state; null otherwise.",
        "topic": "The issue the stance is about, e.g. Taiwan; null when it is only about target.",
        "quoted_text": "The speaker's own words, when the text quotes them; else null.",
        "modality": _MODALITY,
        "source_count": _SOURCE_COUNT,
    },
    "v_statement_speakers": {
        "statement_id": "The statement (v_statements.statement_id).",
        "actor_id": "One of its speakers (v_actors.actor_id).",
        "actor_name": "The speaker's canonical name.",
        "country_iso3": (
            "ISO3 of the speaker if it is a state, else of the state it belongs to; null when "
            "no state is known."
        ),
    },
    "v_relations": {
        "relation_id": "Surrogate key of the relation.",
        "kind": _one_of(RelationKind),
        "actor_id": "One side (v_actors.actor_id); for 'member of', the member.",
        "actor_name": "That side's canonical name.",
        "actor_iso3": "ISO3 of that side when it is a state; null otherwise.",
        "other_actor_id": "The other side (v_actors.actor_id); for 'member of', the body.",
        "other_name": "The other side's canonical name.",
        "other_iso3": "ISO3 of the other side when it is a state; null otherwise.",
        "since_date": "Since when the relation holds, if the text says. " + _DATE,
        "since_precision": (
            f"{_one_of(DatePrecision)} How much of since_date is known; null with since_date."
        ),
        "description": "How the text puts it, in a few words; null when not given.",
        "modality": _MODALITY,
        "source_count": _SOURCE_COUNT,
    },
    "v_roles": {
        "role_id": "Surrogate key of the role.",
        "person_actor_id": "The person (v_actors.actor_id).",
        "person_name": "The person's canonical name.",
        "title": "The title, e.g. Foreign Minister.",
        "organization_actor_id": (
            "actor_id of the state or organisation the title is held in; null if not known."
        ),
        "organization_name": "Name of that state or organisation; null if not known.",
        "country_iso3": (
            "ISO3 of that state, or of the state the organisation belongs to; null when none."
        ),
        "start_date": "Took office, if known. " + _DATE,
        "end_date": "Left office, if known; null while in office or unknown. " + _DATE,
    },
    "v_evidence": {
        "fact_type": (
            f"{_one_of(FactType)} Names the view fact_id points into "
            "(aid_flow: v_aid_flows.aid_flow_id, and so on)."
        ),
        "fact_id": "Id of the fact in its view, e.g. v_meetings.meeting_id for 'meeting'.",
        "source_id": "The article (sources.source_id).",
        "source_url": "Where the article was published; null when not known.",
        "quote": "The exact words of the article that state the fact.",
        "char_start": (
            "0-based offset, in characters, of the quote's first character in sources.text."
        ),
        "char_end": (
            "Offset just past the quote's last character: "
            "substr(text, char_start + 1, char_end - char_start) is the quote."
        ),
        "method": f"{_one_of(EvidenceMethod)} curated means a person checked it.",
        "confidence": "0 to 1: the extractor's estimate, or the curator's (default 1).",
        "evidence_id": "Key of the evidence row; unique together with fact_type only.",
    },
}
