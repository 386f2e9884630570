"""Controlled vocabularies: every closed list of codes that a column or a fact file may hold.

Each list is a ``StrEnum`` so that the same values drive the CHECK constraints in the schema,
the validation of fact files and the documentation.
"""

from enum import StrEnum


class ActorKind(StrEnum):
    """What an actor is."""

    STATE = "state"
    PERSON = "person"
    ORGANIZATION = "organization"
    PROGRAM = "program"
    GROUP = "group"
    PLACE = "place"


class AliasKind(StrEnum):
    """How an alias names its actor."""

    NAME = "name"  # an official or common full name
    SHORT = "short"  # a short form or abbreviation (US, UK, PRC, IMF)
    DEMONYM = "demonym"  # a person of the state (Pakistani, Chinese)
    ADJECTIVE = "adjective"  # the adjective (Chinese, Pakistani)
    PREFIX = "prefix"  # the combining form in compounds (Sino-, Indo-, Russo-)
    CAPITAL = "capital"  # the capital or seat of government used for the government (Beijing)
    SURNAME = "surname"  # a person's family name used alone later in a text (Wang, Dar)


class DatePrecision(StrEnum):
    """How much of a date the text gives."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Modality(StrEnum):
    """Whether a fact happened, so that a promise is never summed with a delivery."""

    ASSERTED = "asserted"  # the text says it happened or is the case
    PLANNED = "planned"  # scheduled or intended, not yet happened
    PLEDGED = "pledged"  # promised by an actor
    DENIED = "denied"  # the text reports it and a party denies it
    HYPOTHETICAL = "hypothetical"  # conditional, speculative or reported as possible


class MeetingKind(StrEnum):
    """What sort of meeting."""

    TALKS = "talks"
    VISIT = "visit"
    SUMMIT = "summit"
    CALL = "call"
    DIALOGUE = "dialogue"
    CONFERENCE = "conference"


class AgreementKind(StrEnum):
    """What sort of agreement."""

    ACCORD = "accord"
    MEMORANDUM = "memorandum"
    PLAN = "plan"
    FRAMEWORK = "framework"
    JOINT_STATEMENT = "joint statement"
    COMMITMENT = "commitment"
    PARTNERSHIP = "partnership"


class AgreementStatus(StrEnum):
    """Where an agreement stands."""

    PROPOSED = "proposed"
    AGREED = "agreed"
    SIGNED = "signed"
    REAFFIRMED = "reaffirmed"
    IN_FORCE = "in force"
    SUSPENDED = "suspended"


class FlowType(StrEnum):
    """What sort of money moves."""

    GRANT = "grant"
    LOAN = "loan"
    INVESTMENT = "investment"
    MILITARY = "military"
    BUDGET_SUPPORT = "budget support"
    DEPOSIT = "deposit"
    HUMANITARIAN = "humanitarian"
    TECHNICAL = "technical"
    AID = "aid"  # aid of a kind the text does not say


class FlowStatus(StrEnum):
    """Where an aid flow stands."""

    PLEDGED = "pledged"
    COMMITTED = "committed"
    APPROVED = "approved"
    RELEASED = "released"
    DISBURSED = "disbursed"
    FROZEN = "frozen"
    CANCELLED = "cancelled"


class StatementKind(StrEnum):
    """The stance a statement takes."""

    COMMEND = "commend"
    CALL_FOR = "call for"
    SUPPORT = "support"
    CONDEMN = "condemn"
    REAFFIRM = "reaffirm"
    WARN = "warn"
    CRITICIZE = "criticize"
    REJECT = "reject"


class RelationKind(StrEnum):
    """How two actors stand to each other over time."""

    ALL_WEATHER_STRATEGIC_PARTNER = "all-weather strategic partner"
    STRATEGIC_PARTNER = "strategic partner"
    ALLY = "ally"
    IMPROVING = "improving"
    STRAINED = "strained"
    HOSTILE = "hostile"
    BORDERS = "borders"
    MEMBER_OF = "member of"


class EvidenceMethod(StrEnum):
    """How a piece of evidence was obtained."""

    CURATED = "curated"
    EXTRACTED = "extracted"


class FactType(StrEnum):
    """The kinds of row that evidence can support."""

    ACTOR = "actor"
    MEETING = "meeting"
    AGREEMENT = "agreement"
    AID_FLOW = "aid_flow"
    STATEMENT = "statement"
    RELATION = "relation"


def values(enum: type[StrEnum]) -> list[str]:
    """The codes of a vocabulary, in declaration order."""
    return [member.value for member in enum]
