"""Agreements, plans and commitments, their parties and the sectors they cover."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from entente.models.base import Base, in_vocabulary
from entente.models.mixins import FactColumns
from entente.models.vocab import AgreementKind, AgreementStatus, Modality


class Agreement(FactColumns, Base):
    """An agreement, plan, memorandum or commitment between parties."""

    __tablename__ = "agreements"
    __table_args__ = (
        in_vocabulary("kind", AgreementKind),
        in_vocabulary("status", AgreementStatus),
        in_vocabulary("modality", Modality),
        {"comment": "Accords, memoranda, plans, frameworks, joint statements and commitments."},
    )

    agreement_id: Mapped[int] = mapped_column(primary_key=True, comment="Surrogate key.")
    title: Mapped[str] = mapped_column(String(300), comment="What the agreement is called or does.")
    kind: Mapped[str] = mapped_column(String(20), comment="accord, memorandum, plan, ...")
    status: Mapped[str] = mapped_column(String(20), comment="proposed, agreed, signed, ...")
    agreement_date: Mapped[dt.date | None] = mapped_column(Date, comment="When it was reached.")
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.meeting_id", ondelete="SET NULL"),
        index=True,
        comment="The meeting it came out of.",
    )
    program_actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="SET NULL"), comment="The programme it concerns."
    )

    parties: Mapped[list[AgreementParty]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    sectors: Mapped[list[AgreementSector]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class AgreementParty(Base):
    """A party to an agreement."""

    __tablename__ = "agreement_parties"
    __table_args__ = ({"comment": "The parties to each agreement."},)

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.agreement_id", ondelete="CASCADE"),
        primary_key=True,
        comment="The agreement.",
    )
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
        comment="A party to it.",
    )


class AgreementSector(Base):
    """A sector an agreement covers."""

    __tablename__ = "agreement_sectors"
    __table_args__ = ({"comment": "The sectors each agreement covers."},)

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.agreement_id", ondelete="CASCADE"),
        primary_key=True,
        comment="The agreement.",
    )
    sector_code: Mapped[str] = mapped_column(
        ForeignKey("sectors.sector_code"), primary_key=True, comment="Code from the sector list."
    )
