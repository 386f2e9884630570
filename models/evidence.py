"""Evidence: the exact sentence of a source that states a fact, one table per kind of fact.

One table per fact kind keeps a real foreign key (with ON DELETE CASCADE) from every piece of
evidence to its fact; the ``v_evidence`` view unions them for analysts.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from entente.models.base import Base, in_vocabulary
from entente.models.vocab import EvidenceMethod


class EvidenceColumns:
    """What every evidence table holds besides the fact it supports."""

    __tablename__: str
    fact_column: str  # the name of the foreign key column to the fact

    evidence_id: Mapped[int] = mapped_column(primary_key=True, comment="Surrogate key.")
    quote: Mapped[str] = mapped_column(Text, comment="Exact words of the source that state it.")
    char_start: Mapped[int] = mapped_column(comment="Offset of the quote's first character.")
    char_end: Mapped[int] = mapped_column(comment="Offset just past the quote's last character.")
    method: Mapped[str] = mapped_column(String(20), comment="curated or extracted.")
    confidence: Mapped[float] = mapped_column(Float, comment="0 to 1.")

    @declared_attr
    def source_id(cls) -> Mapped[int]:
        return mapped_column(
            ForeignKey("sources.source_id", ondelete="CASCADE"),
            index=True,
            comment="The article.",
        )

    @declared_attr.directive
    def __table_args__(cls) -> tuple[object, ...]:
        return (
            UniqueConstraint(
                cls.fact_column,
                "source_id",
                "char_start",
                "char_end",
                name=f"uq_{cls.__tablename__}_span",
            ),
            in_vocabulary("method", EvidenceMethod),
            CheckConstraint("char_start >= 0 AND char_end > char_start", name="offsets"),
            CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence"),
            {"comment": f"Evidence for {cls.fact_column.removesuffix('_id')} rows."},
        )


def _fact_fk(table: str, column: str) -> Mapped[int]:
    return mapped_column(ForeignKey(f"{table}.{column}", ondelete="CASCADE"), comment="The fact.")


class ActorEvidence(EvidenceColumns, Base):
    """Where a source names an actor (a person with a role, say)."""

    __tablename__ = "actor_evidence"
    fact_column = "actor_id"
    actor_id: Mapped[int] = _fact_fk("actors", "actor_id")


class MeetingEvidence(EvidenceColumns, Base):
    """Where a source states a meeting."""

    __tablename__ = "meeting_evidence"
    fact_column = "meeting_id"
    meeting_id: Mapped[int] = _fact_fk("meetings", "meeting_id")


class AgreementEvidence(EvidenceColumns, Base):
    """Where a source states an agreement."""

    __tablename__ = "agreement_evidence"
    fact_column = "agreement_id"
    agreement_id: Mapped[int] = _fact_fk("agreements", "agreement_id")


class AidFlowEvidence(EvidenceColumns, Base):
    """Where a source states an aid flow."""

    __tablename__ = "aid_flow_evidence"
    fact_column = "aid_flow_id"
    aid_flow_id: Mapped[int] = _fact_fk("aid_flows", "aid_flow_id")


class StatementEvidence(EvidenceColumns, Base):
    """Where a source states a statement."""

    __tablename__ = "statement_evidence"
    fact_column = "statement_id"
    statement_id: Mapped[int] = _fact_fk("statements", "statement_id")


class RelationEvidence(EvidenceColumns, Base):
    """Where a source states a relation."""

    __tablename__ = "relation_evidence"
    fact_column = "relation_id"
    relation_id: Mapped[int] = _fact_fk("relations", "relation_id")


EVIDENCE_TABLES: dict[str, type[Base]] = {
    "actor": ActorEvidence,
    "meeting": MeetingEvidence,
    "agreement": AgreementEvidence,
    "aid_flow": AidFlowEvidence,
    "statement": StatementEvidence,
    "relation": RelationEvidence,
}
