"""Columns every fact table shares: a natural key for idempotent loads and a modality."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from entente.models.vocab import Modality


class FactColumns:
    """Mixin for meetings, agreements, aid flows, statements and relations."""

    natural_key: Mapped[str] = mapped_column(
        String(500),
        unique=True,
        comment="What makes this fact the same fact in another article: loads upsert on it.",
    )

    @declared_attr
    def modality(cls) -> Mapped[str]:
        return mapped_column(
            String(20),
            default=Modality.ASSERTED.value,
            comment="asserted, planned, pledged, denied or hypothetical: never sum across them.",
        )
