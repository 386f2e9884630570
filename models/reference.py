"""Reference lists shipped with entente: currencies (ISO 4217) and sectors."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from entente.models.base import Base, iso_code


class Currency(Base):
    """An ISO 4217 currency."""

    __tablename__ = "currencies"
    __table_args__ = (iso_code("currency_code", 3), {"comment": "ISO 4217 currencies."})

    currency_code: Mapped[str] = mapped_column(
        String(3), primary_key=True, comment="ISO 4217 alphabetic code, e.g. USD."
    )
    name: Mapped[str] = mapped_column(String(100), comment="English name of the currency.")
    numeric_code: Mapped[str | None] = mapped_column(
        String(3), comment="ISO 4217 numeric code, e.g. 840."
    )
    minor_unit: Mapped[int | None] = mapped_column(
        comment="Digits after the decimal point in the minor unit (2 for USD, 0 for JPY)."
    )


class Sector(Base):
    """A sector that agreements and aid flows can cover."""

    __tablename__ = "sectors"
    __table_args__ = ({"comment": "Controlled list of sectors, with OECD DAC purpose codes."},)

    sector_code: Mapped[str] = mapped_column(
        String(40), primary_key=True, comment="Our controlled code, e.g. information_technology."
    )
    name: Mapped[str] = mapped_column(
        String(100), comment="Readable name, e.g. information technology."
    )
    dac_purpose_code: Mapped[str | None] = mapped_column(
        String(5), comment="OECD DAC/CRS purpose code where one fits."
    )
    keywords: Mapped[str] = mapped_column(
        String(500), default="", comment="|-separated words that name the sector in text."
    )
