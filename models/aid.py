"""Aid flows: money moving, promised or frozen between a donor and a recipient."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from entente.models.base import Base, in_vocabulary
from entente.models.mixins import FactColumns
from entente.models.vocab import FlowStatus, FlowType, Modality


class AidFlow(FactColumns, Base):
    """Money from a donor to a recipient.

    Amounts are whole currency units held as 64-bit integers: exact on SQLite (which would store
    NUMERIC as a float) and on PostgreSQL, so an analyst's SUM never drifts.
    """

    __tablename__ = "aid_flows"
    __table_args__ = (
        in_vocabulary("flow_type", FlowType),
        in_vocabulary("status", FlowStatus),
        in_vocabulary("modality", Modality),
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount_not_negative"),
        CheckConstraint("amount_usd IS NULL OR amount_usd >= 0", name="amount_usd_not_negative"),
        CheckConstraint("amount IS NULL OR currency_code IS NOT NULL", name="amount_has_currency"),
        {"comment": "Grants, loans, investment, military aid and other flows of money."},
    )

    aid_flow_id: Mapped[int] = mapped_column(primary_key=True, comment="Surrogate key.")
    donor_actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="CASCADE"), index=True, comment="Who gives."
    )
    recipient_actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="CASCADE"),
        index=True,
        comment="Who receives; null for a flow with no single recipient (a global freeze).",
    )
    amount: Mapped[int | None] = mapped_column(
        BigInteger, comment="Whole currency units (397000000 for $397 million); null if not given."
    )
    currency_code: Mapped[str | None] = mapped_column(
        ForeignKey("currencies.currency_code"), comment="ISO 4217 code of amount."
    )
    amount_usd: Mapped[int | None] = mapped_column(
        BigInteger, comment="Amount in whole US dollars, when known."
    )
    amount_text: Mapped[str | None] = mapped_column(
        String(200), comment="The amount as the text wrote it, e.g. $397 million."
    )
    flow_type: Mapped[str] = mapped_column(String(20), comment="grant, loan, investment, ...")
    status: Mapped[str] = mapped_column(String(20), comment="pledged, committed, released, ...")
    purpose: Mapped[str | None] = mapped_column(String(500), comment="What the money is for.")
    program_actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="SET NULL"), comment="The programme it funds."
    )
    flow_date: Mapped[dt.date | None] = mapped_column(
        Date, comment="When it moved or was announced."
    )
