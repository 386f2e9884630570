"""Actors (states, people, organisations, programmes, groups, places), their aliases and roles."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from entente.models.base import Base, in_vocabulary, iso_code
from entente.models.vocab import ActorKind, AliasKind


class Actor(Base):
    """Anyone or anything that acts or is acted upon in a fact."""

    __tablename__ = "actors"
    __table_args__ = (
        UniqueConstraint("kind", "name"),
        in_vocabulary("kind", ActorKind),
        iso_code("iso3", 3),
        iso_code("iso2", 2),
        CheckConstraint("iso3 IS NULL OR kind = 'state'", name="iso3_state_only"),
        {"comment": "States, people, organisations, programmes, groups and places."},
    )

    actor_id: Mapped[int] = mapped_column(primary_key=True, comment="Surrogate key.")
    kind: Mapped[str] = mapped_column(
        String(20), comment="state, person, organization, program, group or place."
    )
    name: Mapped[str] = mapped_column(String(200), comment="Canonical name.")
    iso3: Mapped[str | None] = mapped_column(
        String(3), unique=True, comment="ISO 3166-1 alpha-3 code (states only)."
    )
    iso2: Mapped[str | None] = mapped_column(
        String(2), unique=True, comment="ISO 3166-1 alpha-2 code (states only)."
    )
    country_actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="SET NULL"),
        index=True,
        comment="The state a person, organisation or programme belongs to.",
    )
    wikidata_qid: Mapped[str | None] = mapped_column(
        String(20), unique=True, comment="Wikidata item, e.g. Q148 for China, where known."
    )
    cameo_code: Mapped[str | None] = mapped_column(
        String(15), comment="CAMEO actor code, where known."
    )

    country: Mapped[Actor | None] = relationship(remote_side=[actor_id])
    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", passive_deletes=True
    )


class ActorAlias(Base):
    """Another name an actor goes by: a short form, demonym, adjective, capital or surname."""

    __tablename__ = "actor_aliases"
    __table_args__ = (
        UniqueConstraint("actor_id", "alias", "alias_kind"),
        in_vocabulary("alias_kind", AliasKind),
        Index("ix_actor_aliases_alias_norm", "alias_norm"),
        {"comment": "Other names of actors, used to resolve names in articles and fact files."},
    )

    alias_id: Mapped[int] = mapped_column(primary_key=True, comment="Surrogate key.")
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="CASCADE"), comment="The actor so named."
    )
    alias: Mapped[str] = mapped_column(String(200), comment="The name as written.")
    alias_norm: Mapped[str] = mapped_column(String(200), comment="Case-folded alias, for look-ups.")
    alias_kind: Mapped[str] = mapped_column(
        String(20), comment="name, short, demonym, adjective, prefix, capital or surname."
    )

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class Role(Base):
    """A title a person holds in a state or organisation (Foreign Minister of China)."""

    __tablename__ = "roles"
    __table_args__ = (
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="date_order"
        ),
        {"comment": "Titles people hold, with dates where known."},
    )

    role_id: Mapped[int] = mapped_column(primary_key=True, comment="Surrogate key.")
    natural_key: Mapped[str] = mapped_column(
        String(500), unique=True, comment="person|title|organisation: makes loads idempotent."
    )
    person_actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="CASCADE"), index=True, comment="The person."
    )
    title: Mapped[str] = mapped_column(String(200), comment="The title, e.g. Foreign Minister.")
    organization_actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.actor_id", ondelete="CASCADE"),
        comment="The state or organisation the title is held in.",
    )
    start_date: Mapped[dt.date | None] = mapped_column(Date, comment="Took office, if known.")
    end_date: Mapped[dt.date | None] = mapped_column(Date, comment="Left office, if known.")
