"""The fact bundle: the plain, serialisable value that extraction produces and loading consumes.

A fact file (YAML or JSON) is a bundle written to disk. Facts name actors by name, alias or code
(``China``, ``CHN``, ``Beijing``, ``Wang Yi``); the resolver matches them against the database and
the bundle's own ``actors`` list. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from entente.models.vocab import (
    ActorKind,
    AgreementKind,
    AgreementStatus,
    DatePrecision,
    EvidenceMethod,
    FlowStatus,
    FlowType,
    MeetingKind,
    Modality,
    RelationKind,
    StatementKind,
)

ActorRef = Annotated[str, Field(min_length=1, max_length=200)]
"""A name, alias or code that resolves to one actor."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, use_enum_values=False)


class EvidenceIn(_Strict):
    """Where in the source a fact is stated."""

    quote: str = Field(min_length=1, description="Exact words from the source text.")
    char_start: int | None = Field(
        default=None, ge=0, description="Offset of the quote; found in the text when omitted."
    )
    method: EvidenceMethod = EvidenceMethod.CURATED
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class _Fact(_Strict):
    evidence: list[EvidenceIn] = Field(default_factory=list)
    modality: Modality = Modality.ASSERTED


class RoleIn(_Strict):
    """A title a person holds in a state or organisation."""

    title: str = Field(min_length=1, max_length=200)
    of: ActorRef | None = Field(default=None, description="The state or organisation.")
    start_date: dt.date | None = None
    end_date: dt.date | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> RoleIn:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError("end_date is before start_date")
        return self


class ActorIn(_Strict):
    """An actor the bundle introduces or says more about."""

    name: str = Field(min_length=1, max_length=200)
    kind: ActorKind
    country: ActorRef | None = Field(default=None, description="The state it belongs to.")
    aliases: list[str] = Field(default_factory=list)
    iso3: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    wikidata_qid: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    cameo_code: str | None = Field(default=None, pattern=r"^[A-Z0-9]{3,15}$")
    roles: list[RoleIn] = Field(default_factory=list)
    evidence: list[EvidenceIn] = Field(default_factory=list)


class ParticipantIn(_Strict):
    """One side at a meeting."""

    actor: ActorRef
    represents: ActorRef | None = Field(default=None, description="The state or body represented.")
    role: str | None = Field(default=None, max_length=200)


class _Dated(_Fact):
    @model_validator(mode="after")
    def _end_after_start(self) -> Any:
        start = getattr(self, "start_date", None)
        end = getattr(self, "end_date", None)
        if start and end and end < start:
            raise ValueError("end_date is before start_date")
        return self


class MeetingIn(_Dated):
    """A meeting: talks, a visit, a summit, a call."""

    ref: str | None = Field(default=None, description="A local name agreements can point to.")
    kind: MeetingKind = MeetingKind.TALKS
    title: str | None = Field(default=None, max_length=300)
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.DAY
    location: str | None = Field(default=None, max_length=200)
    location_country: ActorRef | None = None
    participants: list[ParticipantIn] = Field(min_length=1)


class AgreementIn(_Fact):
    """An agreement, plan or commitment between parties."""

    title: str = Field(min_length=1, max_length=300)
    kind: AgreementKind = AgreementKind.COMMITMENT
    status: AgreementStatus = AgreementStatus.AGREED
    agreement_date: dt.date | None = None
    meeting: str | None = Field(default=None, description="The ref of a meeting in this bundle.")
    program: ActorRef | None = Field(default=None, description="The programme it concerns.")
    parties: list[ActorRef] = Field(min_length=1)
    sectors: list[str] = Field(default_factory=list, description="Codes from the sector list.")


class AidFlowIn(_Fact):
    """Money moving (or promised, or frozen) from a donor to a recipient."""

    donor: ActorRef
    recipient: ActorRef | None = None
    amount: Decimal | None = Field(
        default=None, ge=0, description="Whole currency units; null when the text gives none."
    )
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    amount_usd: Decimal | None = Field(default=None, ge=0)
    amount_text: str | None = Field(default=None, max_length=200)
    flow_type: FlowType = FlowType.AID
    status: FlowStatus = FlowStatus.COMMITTED
    purpose: str | None = Field(default=None, max_length=500)
    program: ActorRef | None = None
    flow_date: dt.date | None = None

    @field_validator("amount", "amount_usd", mode="before")
    @classmethod
    def _numeric(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError("must be a number, not true/false")
        if isinstance(value, float):
            return Decimal(repr(value))
        return value

    @field_validator("amount", "amount_usd")
    @classmethod
    def _whole_units(cls, value: Decimal | None) -> Decimal | None:
        if value is not None:
            if not value.is_finite():
                raise ValueError("must be a finite number")
            if value != value.to_integral_value():
                raise ValueError("must be whole currency units (397000000 for $397 million)")
            if value >= Decimal(10) ** 18:
                raise ValueError("is too large (at most 10^18)")
        return value

    @model_validator(mode="after")
    def _currency_with_amount(self) -> AidFlowIn:
        if self.amount is not None and self.currency is None:
            raise ValueError("an amount needs a currency (ISO 4217 code such as USD)")
        return self


class StatementIn(_Fact):
    """A stance: who commends, calls for, supports or condemns what."""

    kind: StatementKind
    speakers: list[ActorRef] = Field(min_length=1)
    target: ActorRef | None = Field(default=None, description="The actor the stance is about.")
    topic: str | None = Field(default=None, max_length=300, description="The issue it is about.")
    quoted_text: str | None = Field(default=None, max_length=1000)
    statement_date: dt.date | None = None

    @model_validator(mode="after")
    def _about_something(self) -> StatementIn:
        if self.target is None and self.topic is None:
            raise ValueError("a statement needs a target or a topic")
        return self


class RelationIn(_Fact):
    """A standing relation between two actors."""

    actor: ActorRef
    other: ActorRef
    kind: RelationKind
    since_date: dt.date | None = None
    since_precision: DatePrecision | None = None
    description: str | None = Field(default=None, max_length=300)


class SourceIn(_Strict):
    """The article the facts come from."""

    text_file: str | None = Field(
        default=None, description="Path to the text, relative to this file."
    )
    text: str | None = None
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=500)
    publisher: str | None = Field(default=None, max_length=200)
    published_date: dt.date | None = None

    @model_validator(mode="after")
    def _has_text(self) -> SourceIn:
        if (self.text is None) == (self.text_file is None):
            raise ValueError("give exactly one of text or text_file")
        return self


class FactBundle(_Strict):
    """Everything one article states."""

    source: SourceIn
    actors: list[ActorIn] = Field(default_factory=list)
    meetings: list[MeetingIn] = Field(default_factory=list)
    agreements: list[AgreementIn] = Field(default_factory=list)
    aid_flows: list[AidFlowIn] = Field(default_factory=list)
    statements: list[StatementIn] = Field(default_factory=list)
    relations: list[RelationIn] = Field(default_factory=list)

    @model_validator(mode="after")
    def _meeting_refs_exist(self) -> FactBundle:
        refs = [m.ref for m in self.meetings if m.ref]
        if len(refs) != len(set(refs)):
            raise ValueError("meeting refs must be unique")
        for agreement in self.agreements:
            if agreement.meeting is not None and agreement.meeting not in refs:
                raise ValueError(
                    f"agreement {agreement.title!r} names meeting {agreement.meeting!r}, "
                    "which no meeting in this file has as its ref"
                )
        return self

    def fact_count(self) -> int:
        """How many facts (not counting actors) the bundle holds."""
        return (
            len(self.meetings)
            + len(self.agreements)
            + len(self.aid_flows)
            + len(self.statements)
            + len(self.relations)
        )
