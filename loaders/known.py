"""What the database already knows that extraction can use: the people and their roles."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from entente.loaders.gazetteer import KnownPerson
from entente.models import Actor, ActorAlias, Role
from entente.models.vocab import ActorKind, AliasKind


def known_people(session: Session) -> list[KnownPerson]:
    """Every person in the database with their state, one role and their aliases."""
    country = aliased(Actor)
    organization = aliased(Actor)
    rows = session.execute(
        select(Actor.actor_id, Actor.name, country.iso3)
        .outerjoin(country, country.actor_id == Actor.country_actor_id)
        .where(Actor.kind == ActorKind.PERSON.value)
    ).all()
    roles: dict[int, tuple[str | None, str | None]] = {}
    for person_id, title, org_name, org_iso3 in session.execute(
        select(Role.person_actor_id, Role.title, organization.name, organization.iso3)
        .outerjoin(organization, organization.actor_id == Role.organization_actor_id)
        .order_by(Role.start_date.desc().nulls_last(), Role.role_id.desc())
    ):
        roles.setdefault(person_id, (title, org_iso3 or org_name))
    aliases: dict[int, list[str]] = {}
    for actor_id, alias in session.execute(
        select(ActorAlias.actor_id, ActorAlias.alias).where(
            ActorAlias.alias_kind.in_([AliasKind.NAME.value, AliasKind.SURNAME.value])
        )
    ):
        aliases.setdefault(actor_id, []).append(alias)
    people = []
    for actor_id, name, iso3 in rows:
        role_title, role_of = roles.get(actor_id, (None, None))
        people.append(
            KnownPerson(
                name=name,
                country_iso3=iso3,
                role_title=role_title,
                role_of=role_of,
                aliases=tuple(aliases.get(actor_id, ())),
            )
        )
    return people
