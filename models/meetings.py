"""Meetings (talks, visits, summits, calls) and who took part."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from entente.models.base import Base, in_vocabulary
from entente.models.mixins import FactColumns
from entente.models.vocab import DatePrecision, MeetingKind, Modality


class Meeting(FactColumns, Base):
    """A meeting between actors on a date at a place."""

    __tablename__ = "meetings"
    __table_args__ = (
        in_vocabulary("kind", MeetingKind),
        in_vocabulary("date_precision", DatePrecision),
        in_vocabulary("modality", Modality),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="date_order"
        ),
        {"comment": "Talks, visits, summits, calls, dialogues and conferences."},
    )

    meeting_id: Mapped[int] = mapped_column(primary_key=True, comment="Surrogate key.")
    kind: Mapped[str] = mapped_column(
        String(20), comment="talks, visit, summit, call, dialogue or conference."
    )
    title: Mapped[str | None] = mapped_column(String(300), comment="A name for the meeting.")
    start_date: Mapped[dt.date | None] = mapped_column(Date, comment="First day.")
    end_date: Mapped[dt.date | None] = mapped_column(
        Date, comment="Last day (= start for one day)."
    )
    date_precision: Mapped[str] = mapped_column(
        String(10), default=DatePrecision.DAY.value, comment="day, month or year."
    )
    location: Mapped[str | None] = mapped_column(String(200), comment="Place, e.g. Beijing.")
    location_country_actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="SET NULL"), comment="The state the place is in."
    )

    participants: Mapped[list[MeetingParticipant]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class MeetingParticipant(Base):
    """An actor at a meeting, and the state or body it represented there."""

    __tablename__ = "meeting_participants"
    __table_args__ = ({"comment": "Who took part in each meeting."},)

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.meeting_id", ondelete="CASCADE"),
        primary_key=True,
        comment="The meeting.",
    )
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
        comment="The actor who took part.",
    )
    represents_actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="SET NULL"),
        comment="The state or organisation represented.",
    )
    role_title: Mapped[str | None] = mapped_column(
        String(200), comment="The title held at the meeting."
    )
