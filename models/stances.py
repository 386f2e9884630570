"""Statements (who commends, calls for, supports or condemns what) and relations between actors."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from entente.models.base import Base, in_vocabulary
from entente.models.mixins import FactColumns
from entente.models.vocab import DatePrecision, Modality, RelationKind, StatementKind


class Statement(FactColumns, Base):
    """A stance one or more speakers take towards an actor or an issue."""

    __tablename__ = "statements"
    __table_args__ = (
        in_vocabulary("kind", StatementKind),
        in_vocabulary("modality", Modality),
        CheckConstraint("target_actor_id IS NOT NULL OR topic IS NOT NULL", name="has_subject"),
        {"comment": "Commendations, calls, support, condemnations and warnings."},
    )

    statement_id: Mapped[int] = mapped_column(primary_key=True, comment="Surrogate key.")
    kind: Mapped[str] = mapped_column(String(20), comment="commend, call for, support, ...")
    target_actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="CASCADE"), comment="The actor it is about."
    )
    topic: Mapped[str | None] = mapped_column(String(300), comment="The issue it is about.")
    quoted_text: Mapped[str | None] = mapped_column(Text, comment="The speaker's own words.")
    statement_date: Mapped[dt.date | None] = mapped_column(Date, comment="When it was said.")

    speakers: Mapped[list[StatementSpeaker]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class StatementSpeaker(Base):
    """One of the actors who made a statement."""

    __tablename__ = "statement_speakers"
    __table_args__ = ({"comment": "Who made each statement."},)

    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.statement_id", ondelete="CASCADE"),
        primary_key=True,
        comment="The statement.",
    )
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
        comment="The actor who made it.",
    )


class Relation(FactColumns, Base):
    """A standing relation between two actors (all-weather strategic partners, improving ties)."""

    __tablename__ = "relations"
    __table_args__ = (
        in_vocabulary("kind", RelationKind),
        in_vocabulary("modality", Modality),
        in_vocabulary("since_precision", DatePrecision, nullable=True),
        CheckConstraint("actor_id <> other_actor_id", name="two_actors"),
        {"comment": "Partnerships, alliances and the state of ties between two actors."},
    )

    relation_id: Mapped[int] = mapped_column(primary_key=True, comment="Surrogate key.")
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="CASCADE"), index=True, comment="One side."
    )
    other_actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="CASCADE"), index=True, comment="The other side."
    )
    kind: Mapped[str] = mapped_column(
        String(40), comment="all-weather strategic partner, ally, ..."
    )
    since_date: Mapped[dt.date | None] = mapped_column(Date, comment="Since when, if stated.")
    since_precision: Mapped[str | None] = mapped_column(String(10), comment="day, month or year.")
    description: Mapped[str | None] = mapped_column(String(300), comment="How the text puts it.")
