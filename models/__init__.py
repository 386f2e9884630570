"""The schema: SQLAlchemy models for sources, actors, facts and their evidence.

Importing this package registers every table on ``Base.metadata``.
"""

from entente.models.actors import Actor, ActorAlias, Role
from entente.models.agreements import Agreement, AgreementParty, AgreementSector
from entente.models.aid import AidFlow
from entente.models.base import Base
from entente.models.evidence import (
    EVIDENCE_TABLES,
    ActorEvidence,
    AgreementEvidence,
    AidFlowEvidence,
    EvidenceColumns,
    MeetingEvidence,
    RelationEvidence,
    StatementEvidence,
)
from entente.models.meetings import Meeting, MeetingParticipant
from entente.models.reference import Currency, Sector
from entente.models.sources import Source
from entente.models.stances import Relation, Statement, StatementSpeaker

__all__ = [
    "EVIDENCE_TABLES",
    "Actor",
    "ActorAlias",
    "ActorEvidence",
    "Agreement",
    "AgreementEvidence",
    "AgreementParty",
    "AgreementSector",
    "AidFlow",
    "AidFlowEvidence",
    "Base",
    "Currency",
    "EvidenceColumns",
    "Meeting",
    "MeetingEvidence",
    "MeetingParticipant",
    "Relation",
    "RelationEvidence",
    "Role",
    "Sector",
    "Source",
    "Statement",
    "StatementEvidence",
    "StatementSpeaker",
]
