"""The declarative base: one MetaData with a naming convention, so every constraint has a name."""

from __future__ import annotations

from enum import StrEnum
from typing import cast

from sqlalchemy import CheckConstraint, MetaData, Table
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base class of every entente model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def in_vocabulary(
    column: str, vocabulary: type[StrEnum], *, nullable: bool = False
) -> CheckConstraint:
    """A CHECK constraint that keeps ``column`` inside a controlled vocabulary."""
    codes = ", ".join("'" + member.value.replace("'", "''") + "'" for member in vocabulary)
    condition = f"{column} IN ({codes})"
    if nullable:
        condition = f"{column} IS NULL OR {condition}"
    return CheckConstraint(condition, name=column)


def iso_code(column: str, length: int) -> CheckConstraint:
    """A CHECK constraint for an upper-case letter code such as an ISO 3166 or ISO 4217 code."""
    return CheckConstraint(
        f"{column} IS NULL OR (length({column}) = {length} AND upper({column}) = {column})",
        name=column,
    )


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class (typed as a Table, which a declarative table always is)."""
    return cast(Table, model.__table__)
