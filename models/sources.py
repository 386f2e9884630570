"""Sources: one row per article read, whether or not it yielded facts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from entente.models.base import Base


class Source(Base):
    """An article entente has read."""

    __tablename__ = "sources"
    __table_args__ = (
        CheckConstraint("length(content_sha256) = 64", name="content_sha256"),
        {"comment": "Every article read, one row each; facts point here through evidence."},
    )

    source_id: Mapped[int] = mapped_column(primary_key=True, comment="Surrogate key.")
    url: Mapped[str | None] = mapped_column(
        String(2000), unique=True, comment="Where the article was published, when known."
    )
    title: Mapped[str | None] = mapped_column(String(500), comment="Headline.")
    publisher: Mapped[str | None] = mapped_column(String(200), comment="Outlet that published it.")
    published_date: Mapped[dt.date | None] = mapped_column(
        Date, comment="Publication date; relative dates in the text resolve against it."
    )
    content_sha256: Mapped[str] = mapped_column(
        String(64),
        unique=True,
        comment="SHA-256 of the normalised text: the same text loads once, whatever its file name.",
    )
    text: Mapped[str] = mapped_column(Text, comment="The full article text that offsets refer to.")
    facts_sha256: Mapped[str | None] = mapped_column(
        String(64),
        comment="SHA-256 of the fact bundle last loaded for it: an unchanged bundle is skipped.",
    )
    file_name: Mapped[str | None] = mapped_column(
        String(500), comment="The file it was first loaded from."
    )
    loaded_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), comment="When it was first loaded."
    )
