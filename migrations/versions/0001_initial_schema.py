"""Initial schema: reference lists, sources, actors, facts, evidence and the analyst views.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 10:57:52.262185
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The analyst views are the public interface: add columns freely, never rename or drop these.
VIEWS: dict[str, str] = {
    "v_actors": """
        SELECT a.actor_id, a.kind, a.name, a.iso3, a.iso2,
               CASE WHEN a.kind = 'state' THEN a.iso3 ELSE c.iso3 END AS country_iso3,
               a.wikidata_qid, a.cameo_code,
               a.country_actor_id, c.name AS country_name
        FROM actors a
        LEFT JOIN actors c ON c.actor_id = a.country_actor_id
    """,
    "v_meetings": """
        SELECT m.meeting_id, m.start_date, m.end_date, m.date_precision, m.location,
               lc.iso3 AS location_country_iso3, m.kind, m.title, m.modality,
               (SELECT COUNT(DISTINCT e.source_id) FROM meeting_evidence e
                 WHERE e.meeting_id = m.meeting_id) AS source_count
        FROM meetings m
        LEFT JOIN actors lc ON lc.actor_id = m.location_country_actor_id
    """,
    "v_meeting_participants": """
        SELECT p.meeting_id, p.actor_id, a.name AS actor_name, a.kind AS actor_kind,
               COALESCE(CASE WHEN r.kind = 'state' THEN r.iso3 END,
                        CASE WHEN a.kind = 'state' THEN a.iso3 END,
                        c.iso3) AS country_iso3,
               p.role_title, p.represents_actor_id, r.name AS represents_name
        FROM meeting_participants p
        JOIN actors a ON a.actor_id = p.actor_id
        LEFT JOIN actors r ON r.actor_id = p.represents_actor_id
        LEFT JOIN actors c ON c.actor_id = a.country_actor_id
    """,
    "v_agreements": """
        SELECT g.agreement_id, g.title, g.kind, g.status, g.agreement_date, g.meeting_id,
               g.modality,
               (SELECT COUNT(DISTINCT e.source_id) FROM agreement_evidence e
                 WHERE e.agreement_id = g.agreement_id) AS source_count,
               g.program_actor_id, pr.name AS program_name
        FROM agreements g
        LEFT JOIN actors pr ON pr.actor_id = g.program_actor_id
    """,
    "v_agreement_parties": """
        SELECT p.agreement_id, p.actor_id, a.name AS actor_name,
               CASE WHEN a.kind = 'state' THEN a.iso3 ELSE c.iso3 END AS country_iso3,
               a.kind AS actor_kind
        FROM agreement_parties p
        JOIN actors a ON a.actor_id = p.actor_id
        LEFT JOIN actors c ON c.actor_id = a.country_actor_id
    """,
    "v_agreement_sectors": """
        SELECT s.agreement_id, lower(sec.name) AS sector, s.sector_code, sec.dac_purpose_code
        FROM agreement_sectors s
        JOIN sectors sec ON sec.sector_code = s.sector_code
    """,
    "v_aid_flows": """
        SELECT f.aid_flow_id, f.flow_date, f.donor_actor_id, d.name AS donor_name,
               CASE WHEN d.kind = 'state' THEN d.iso3 ELSE dc.iso3 END AS donor_iso3,
               f.recipient_actor_id, r.name AS recipient_name,
               CASE WHEN r.kind = 'state' THEN r.iso3 ELSE rc.iso3 END AS recipient_iso3,
               f.amount, f.currency_code AS currency, f.amount_usd, f.flow_type, f.status,
               f.purpose, f.modality,
               (SELECT COUNT(DISTINCT e.source_id) FROM aid_flow_evidence e
                 WHERE e.aid_flow_id = f.aid_flow_id) AS source_count,
               f.amount_text, f.program_actor_id, pr.name AS program_name,
               d.kind AS donor_kind, r.kind AS recipient_kind
        FROM aid_flows f
        JOIN actors d ON d.actor_id = f.donor_actor_id
        LEFT JOIN actors dc ON dc.actor_id = d.country_actor_id
        LEFT JOIN actors r ON r.actor_id = f.recipient_actor_id
        LEFT JOIN actors rc ON rc.actor_id = r.country_actor_id
        LEFT JOIN actors pr ON pr.actor_id = f.program_actor_id
    """,
    "v_statements": """
        SELECT s.statement_id, s.kind, s.statement_date, s.target_actor_id,
               t.name AS target_name, t.iso3 AS target_iso3, s.topic, s.quoted_text,
               s.modality,
               (SELECT COUNT(DISTINCT e.source_id) FROM statement_evidence e
                 WHERE e.statement_id = s.statement_id) AS source_count
        FROM statements s
        LEFT JOIN actors t ON t.actor_id = s.target_actor_id
    """,
    "v_statement_speakers": """
        SELECT sp.statement_id, sp.actor_id, a.name AS actor_name,
               CASE WHEN a.kind = 'state' THEN a.iso3 ELSE c.iso3 END AS country_iso3
        FROM statement_speakers sp
        JOIN actors a ON a.actor_id = sp.actor_id
        LEFT JOIN actors c ON c.actor_id = a.country_actor_id
    """,
    "v_relations": """
        SELECT r.relation_id, r.kind, r.actor_id, a.name AS actor_name, a.iso3 AS actor_iso3,
               r.other_actor_id, o.name AS other_name, o.iso3 AS other_iso3,
               r.since_date, r.since_precision, r.description, r.modality,
               (SELECT COUNT(DISTINCT e.source_id) FROM relation_evidence e
                 WHERE e.relation_id = r.relation_id) AS source_count
        FROM relations r
        JOIN actors a ON a.actor_id = r.actor_id
        JOIN actors o ON o.actor_id = r.other_actor_id
    """,
    "v_roles": """
        SELECT ro.role_id, ro.person_actor_id, p.name AS person_name, ro.title,
               ro.organization_actor_id, o.name AS organization_name,
               CASE WHEN o.kind = 'state' THEN o.iso3 ELSE oc.iso3 END AS country_iso3,
               ro.start_date, ro.end_date
        FROM roles ro
        JOIN actors p ON p.actor_id = ro.person_actor_id
        LEFT JOIN actors o ON o.actor_id = ro.organization_actor_id
        LEFT JOIN actors oc ON oc.actor_id = o.country_actor_id
    """,
    "v_evidence": " UNION ALL ".join(
        f"""
        SELECT '{fact_type}' AS fact_type, e.{fact_type}_id AS fact_id, e.source_id,
               s.url AS source_url, e.quote, e.char_start, e.char_end, e.method, e.confidence,
               e.evidence_id
        FROM {fact_type}_evidence e JOIN sources s ON s.source_id = e.source_id
        """
        for fact_type in ("actor", "meeting", "agreement", "aid_flow", "statement", "relation")
    ),
}


def _create_views() -> None:
    for name, body in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {body}")


def _drop_views() -> None:
    for name in reversed(list(VIEWS)):
        op.execute(f"DROP VIEW IF EXISTS {name}")


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("actor_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column(
            "kind",
            sa.String(length=20),
            nullable=False,
            comment="state, person, organization, program, group or place.",
        ),
        sa.Column("name", sa.String(length=200), nullable=False, comment="Canonical name."),
        sa.Column(
            "iso3",
            sa.String(length=3),
            nullable=True,
            comment="ISO 3166-1 alpha-3 code (states only).",
        ),
        sa.Column(
            "iso2",
            sa.String(length=2),
            nullable=True,
            comment="ISO 3166-1 alpha-2 code (states only).",
        ),
        sa.Column(
            "country_actor_id",
            sa.Integer(),
            nullable=True,
            comment="The state a person, organisation or programme belongs to.",
        ),
        sa.Column(
            "wikidata_qid",
            sa.String(length=20),
            nullable=True,
            comment="Wikidata item, e.g. Q148 for China, where known.",
        ),
        sa.Column(
            "cameo_code",
            sa.String(length=15),
            nullable=True,
            comment="CAMEO actor code, where known.",
        ),
        sa.CheckConstraint(
            "iso3 IS NULL OR kind = 'state'", name=op.f("ck_actors_iso3_state_only")
        ),
        sa.CheckConstraint(
            "kind IN ('state', 'person', 'organization', 'program', 'group', 'place')",
            name=op.f("ck_actors_kind"),
        ),
        sa.CheckConstraint(
            "iso2 IS NULL OR (length(iso2) = 2 AND upper(iso2) = iso2)", name=op.f("ck_actors_iso2")
        ),
        sa.CheckConstraint(
            "iso3 IS NULL OR (length(iso3) = 3 AND upper(iso3) = iso3)", name=op.f("ck_actors_iso3")
        ),
        sa.ForeignKeyConstraint(
            ["country_actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_actors_country_actor_id_actors"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("actor_id", name=op.f("pk_actors")),
        sa.UniqueConstraint("iso2", name=op.f("uq_actors_iso2")),
        sa.UniqueConstraint("iso3", name=op.f("uq_actors_iso3")),
        sa.UniqueConstraint("kind", "name", name=op.f("uq_actors_kind_name")),
        sa.UniqueConstraint("wikidata_qid", name=op.f("uq_actors_wikidata_qid")),
        comment="States, people, organisations, programmes, groups and places.",
    )
    op.create_index(
        op.f("ix_actors_country_actor_id"), "actors", ["country_actor_id"], unique=False
    )

    op.create_table(
        "currencies",
        sa.Column(
            "currency_code",
            sa.String(length=3),
            nullable=False,
            comment="ISO 4217 alphabetic code, e.g. USD.",
        ),
        sa.Column(
            "name", sa.String(length=100), nullable=False, comment="English name of the currency."
        ),
        sa.Column(
            "numeric_code",
            sa.String(length=3),
            nullable=True,
            comment="ISO 4217 numeric code, e.g. 840.",
        ),
        sa.Column(
            "minor_unit",
            sa.Integer(),
            nullable=True,
            comment="Digits after the decimal point in the minor unit (2 for USD, 0 for JPY).",
        ),
        sa.CheckConstraint(
            "currency_code IS NULL OR (length(currency_code) = 3 AND upper(currency_code) = currency_code)",
            name=op.f("ck_currencies_currency_code"),
        ),
        sa.PrimaryKeyConstraint("currency_code", name=op.f("pk_currencies")),
        comment="ISO 4217 currencies.",
    )
    op.create_table(
        "sectors",
        sa.Column(
            "sector_code",
            sa.String(length=40),
            nullable=False,
            comment="Our controlled code, e.g. information_technology.",
        ),
        sa.Column(
            "name",
            sa.String(length=100),
            nullable=False,
            comment="Readable name, e.g. information technology.",
        ),
        sa.Column(
            "dac_purpose_code",
            sa.String(length=5),
            nullable=True,
            comment="OECD DAC/CRS purpose code where one fits.",
        ),
        sa.Column(
            "keywords",
            sa.String(length=500),
            nullable=False,
            comment="|-separated words that name the sector in text.",
        ),
        sa.PrimaryKeyConstraint("sector_code", name=op.f("pk_sectors")),
        comment="Controlled list of sectors, with OECD DAC purpose codes.",
    )
    op.create_table(
        "sources",
        sa.Column("source_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column(
            "url",
            sa.String(length=2000),
            nullable=True,
            comment="Where the article was published, when known.",
        ),
        sa.Column("title", sa.String(length=500), nullable=True, comment="Headline."),
        sa.Column(
            "publisher", sa.String(length=200), nullable=True, comment="Outlet that published it."
        ),
        sa.Column(
            "published_date",
            sa.Date(),
            nullable=True,
            comment="Publication date; relative dates in the text resolve against it.",
        ),
        sa.Column(
            "content_sha256",
            sa.String(length=64),
            nullable=False,
            comment="SHA-256 of the normalised text: the same text loads once, whatever its file name.",
        ),
        sa.Column(
            "text",
            sa.Text(),
            nullable=False,
            comment="The full article text that offsets refer to.",
        ),
        sa.Column(
            "facts_sha256",
            sa.String(length=64),
            nullable=True,
            comment="SHA-256 of the fact bundle last loaded for it: an unchanged bundle is skipped.",
        ),
        sa.Column(
            "file_name",
            sa.String(length=500),
            nullable=True,
            comment="The file it was first loaded from.",
        ),
        sa.Column(
            "loaded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
            comment="When it was first loaded.",
        ),
        sa.CheckConstraint("length(content_sha256) = 64", name=op.f("ck_sources_content_sha256")),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_sources")),
        sa.UniqueConstraint("content_sha256", name=op.f("uq_sources_content_sha256")),
        sa.UniqueConstraint("url", name=op.f("uq_sources_url")),
        comment="Every article read, one row each; facts point here through evidence.",
    )
    op.create_table(
        "actor_aliases",
        sa.Column("alias_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column("actor_id", sa.Integer(), nullable=False, comment="The actor so named."),
        sa.Column("alias", sa.String(length=200), nullable=False, comment="The name as written."),
        sa.Column(
            "alias_norm",
            sa.String(length=200),
            nullable=False,
            comment="Case-folded alias, for look-ups.",
        ),
        sa.Column(
            "alias_kind",
            sa.String(length=20),
            nullable=False,
            comment="name, short, demonym, adjective, prefix, capital or surname.",
        ),
        sa.CheckConstraint(
            "alias_kind IN ('name', 'short', 'demonym', 'adjective', 'prefix', 'capital', 'surname')",
            name=op.f("ck_actor_aliases_alias_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_actor_aliases_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("alias_id", name=op.f("pk_actor_aliases")),
        sa.UniqueConstraint(
            "actor_id",
            "alias",
            "alias_kind",
            name=op.f("uq_actor_aliases_actor_id_alias_alias_kind"),
        ),
        comment="Other names of actors, used to resolve names in articles and fact files.",
    )
    op.create_index(
        op.f("ix_actor_aliases_alias_norm"), "actor_aliases", ["alias_norm"], unique=False
    )

    op.create_table(
        "actor_evidence",
        sa.Column("actor_id", sa.Integer(), nullable=False, comment="The fact."),
        sa.Column("evidence_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column(
            "quote", sa.Text(), nullable=False, comment="Exact words of the source that state it."
        ),
        sa.Column(
            "char_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character.",
        ),
        sa.Column(
            "char_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character.",
        ),
        sa.Column("method", sa.String(length=20), nullable=False, comment="curated or extracted."),
        sa.Column("confidence", sa.Float(), nullable=False, comment="0 to 1."),
        sa.Column("source_id", sa.Integer(), nullable=False, comment="The article."),
        sa.CheckConstraint(
            "method IN ('curated', 'extracted')", name=op.f("ck_actor_evidence_method")
        ),
        sa.CheckConstraint(
            "char_start >= 0 AND char_end > char_start", name=op.f("ck_actor_evidence_offsets")
        ),
        sa.CheckConstraint(
            "confidence >= 0 AND confidence <= 1", name=op.f("ck_actor_evidence_confidence")
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_actor_evidence_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.source_id"],
            name=op.f("fk_actor_evidence_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("evidence_id", name=op.f("pk_actor_evidence")),
        sa.UniqueConstraint(
            "actor_id", "source_id", "char_start", "char_end", name="uq_actor_evidence_span"
        ),
        comment="Evidence for actor rows.",
    )
    op.create_index(
        op.f("ix_actor_evidence_source_id"), "actor_evidence", ["source_id"], unique=False
    )

    op.create_table(
        "aid_flows",
        sa.Column("aid_flow_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column("donor_actor_id", sa.Integer(), nullable=False, comment="Who gives."),
        sa.Column(
            "recipient_actor_id",
            sa.Integer(),
            nullable=True,
            comment="Who receives; null for a flow with no single recipient (a global freeze).",
        ),
        sa.Column(
            "amount",
            sa.BigInteger(),
            nullable=True,
            comment="Whole currency units (397000000 for $397 million); null if not given.",
        ),
        sa.Column(
            "currency_code", sa.String(length=3), nullable=True, comment="ISO 4217 code of amount."
        ),
        sa.Column(
            "amount_usd",
            sa.BigInteger(),
            nullable=True,
            comment="Amount in whole US dollars, when known.",
        ),
        sa.Column(
            "amount_text",
            sa.String(length=200),
            nullable=True,
            comment="The amount as the text wrote it, e.g. $397 million.",
        ),
        sa.Column(
            "flow_type",
            sa.String(length=20),
            nullable=False,
            comment="grant, loan, investment, ...",
        ),
        sa.Column(
            "status",
            sa.String(length=20),
            nullable=False,
            comment="pledged, committed, released, ...",
        ),
        sa.Column(
            "purpose", sa.String(length=500), nullable=True, comment="What the money is for."
        ),
        sa.Column(
            "program_actor_id", sa.Integer(), nullable=True, comment="The programme it funds."
        ),
        sa.Column("flow_date", sa.Date(), nullable=True, comment="When it moved or was announced."),
        sa.Column(
            "natural_key",
            sa.String(length=500),
            nullable=False,
            comment="What makes this fact the same fact in another article: loads upsert on it.",
        ),
        sa.Column(
            "modality",
            sa.String(length=20),
            nullable=False,
            comment="asserted, planned, pledged, denied or hypothetical: never sum across them.",
        ),
        sa.CheckConstraint(
            "flow_type IN ('grant', 'loan', 'investment', 'military', 'budget support', 'deposit', 'humanitarian', 'technical', 'aid')",
            name=op.f("ck_aid_flows_flow_type"),
        ),
        sa.CheckConstraint(
            "modality IN ('asserted', 'planned', 'pledged', 'denied', 'hypothetical')",
            name=op.f("ck_aid_flows_modality"),
        ),
        sa.CheckConstraint(
            "status IN ('pledged', 'committed', 'approved', 'released', 'disbursed', 'frozen', 'cancelled')",
            name=op.f("ck_aid_flows_status"),
        ),
        sa.CheckConstraint(
            "amount IS NULL OR amount >= 0", name=op.f("ck_aid_flows_amount_not_negative")
        ),
        sa.CheckConstraint(
            "amount IS NULL OR currency_code IS NOT NULL",
            name=op.f("ck_aid_flows_amount_has_currency"),
        ),
        sa.CheckConstraint(
            "amount_usd IS NULL OR amount_usd >= 0",
            name=op.f("ck_aid_flows_amount_usd_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["currency_code"],
            ["currencies.currency_code"],
            name=op.f("fk_aid_flows_currency_code_currencies"),
        ),
        sa.ForeignKeyConstraint(
            ["donor_actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_aid_flows_donor_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["program_actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_aid_flows_program_actor_id_actors"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_aid_flows_recipient_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("aid_flow_id", name=op.f("pk_aid_flows")),
        sa.UniqueConstraint("natural_key", name=op.f("uq_aid_flows_natural_key")),
        comment="Grants, loans, investment, military aid and other flows of money.",
    )
    op.create_index(
        op.f("ix_aid_flows_donor_actor_id"), "aid_flows", ["donor_actor_id"], unique=False
    )
    op.create_index(
        op.f("ix_aid_flows_recipient_actor_id"), "aid_flows", ["recipient_actor_id"], unique=False
    )

    op.create_table(
        "meetings",
        sa.Column("meeting_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column(
            "kind",
            sa.String(length=20),
            nullable=False,
            comment="talks, visit, summit, call, dialogue or conference.",
        ),
        sa.Column("title", sa.String(length=300), nullable=True, comment="A name for the meeting."),
        sa.Column("start_date", sa.Date(), nullable=True, comment="First day."),
        sa.Column("end_date", sa.Date(), nullable=True, comment="Last day (= start for one day)."),
        sa.Column(
            "date_precision", sa.String(length=10), nullable=False, comment="day, month or year."
        ),
        sa.Column("location", sa.String(length=200), nullable=True, comment="Place, e.g. Beijing."),
        sa.Column(
            "location_country_actor_id",
            sa.Integer(),
            nullable=True,
            comment="The state the place is in.",
        ),
        sa.Column(
            "natural_key",
            sa.String(length=500),
            nullable=False,
            comment="What makes this fact the same fact in another article: loads upsert on it.",
        ),
        sa.Column(
            "modality",
            sa.String(length=20),
            nullable=False,
            comment="asserted, planned, pledged, denied or hypothetical: never sum across them.",
        ),
        sa.CheckConstraint(
            "date_precision IN ('day', 'month', 'year')", name=op.f("ck_meetings_date_precision")
        ),
        sa.CheckConstraint(
            "kind IN ('talks', 'visit', 'summit', 'call', 'dialogue', 'conference')",
            name=op.f("ck_meetings_kind"),
        ),
        sa.CheckConstraint(
            "modality IN ('asserted', 'planned', 'pledged', 'denied', 'hypothetical')",
            name=op.f("ck_meetings_modality"),
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name=op.f("ck_meetings_date_order"),
        ),
        sa.ForeignKeyConstraint(
            ["location_country_actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_meetings_location_country_actor_id_actors"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_meetings")),
        sa.UniqueConstraint("natural_key", name=op.f("uq_meetings_natural_key")),
        comment="Talks, visits, summits, calls, dialogues and conferences.",
    )
    op.create_table(
        "relations",
        sa.Column("relation_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column("actor_id", sa.Integer(), nullable=False, comment="One side."),
        sa.Column("other_actor_id", sa.Integer(), nullable=False, comment="The other side."),
        sa.Column(
            "kind",
            sa.String(length=40),
            nullable=False,
            comment="all-weather strategic partner, ally, ...",
        ),
        sa.Column("since_date", sa.Date(), nullable=True, comment="Since when, if stated."),
        sa.Column(
            "since_precision", sa.String(length=10), nullable=True, comment="day, month or year."
        ),
        sa.Column(
            "description", sa.String(length=300), nullable=True, comment="How the text puts it."
        ),
        sa.Column(
            "natural_key",
            sa.String(length=500),
            nullable=False,
            comment="What makes this fact the same fact in another article: loads upsert on it.",
        ),
        sa.Column(
            "modality",
            sa.String(length=20),
            nullable=False,
            comment="asserted, planned, pledged, denied or hypothetical: never sum across them.",
        ),
        sa.CheckConstraint(
            "kind IN ('all-weather strategic partner', 'strategic partner', 'ally', 'improving', 'strained', 'hostile', 'borders', 'member of')",
            name=op.f("ck_relations_kind"),
        ),
        sa.CheckConstraint(
            "modality IN ('asserted', 'planned', 'pledged', 'denied', 'hypothetical')",
            name=op.f("ck_relations_modality"),
        ),
        sa.CheckConstraint(
            "since_precision IS NULL OR since_precision IN ('day', 'month', 'year')",
            name=op.f("ck_relations_since_precision"),
        ),
        sa.CheckConstraint("actor_id <> other_actor_id", name=op.f("ck_relations_two_actors")),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_relations_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_relations_other_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("relation_id", name=op.f("pk_relations")),
        sa.UniqueConstraint("natural_key", name=op.f("uq_relations_natural_key")),
        comment="Partnerships, alliances and the state of ties between two actors.",
    )
    op.create_index(op.f("ix_relations_actor_id"), "relations", ["actor_id"], unique=False)
    op.create_index(
        op.f("ix_relations_other_actor_id"), "relations", ["other_actor_id"], unique=False
    )

    op.create_table(
        "roles",
        sa.Column("role_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column(
            "natural_key",
            sa.String(length=500),
            nullable=False,
            comment="person|title|organisation: makes loads idempotent.",
        ),
        sa.Column("person_actor_id", sa.Integer(), nullable=False, comment="The person."),
        sa.Column(
            "title",
            sa.String(length=200),
            nullable=False,
            comment="The title, e.g. Foreign Minister.",
        ),
        sa.Column(
            "organization_actor_id",
            sa.Integer(),
            nullable=True,
            comment="The state or organisation the title is held in.",
        ),
        sa.Column("start_date", sa.Date(), nullable=True, comment="Took office, if known."),
        sa.Column("end_date", sa.Date(), nullable=True, comment="Left office, if known."),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name=op.f("ck_roles_date_order"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_roles_organization_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_roles_person_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("role_id", name=op.f("pk_roles")),
        sa.UniqueConstraint("natural_key", name=op.f("uq_roles_natural_key")),
        comment="Titles people hold, with dates where known.",
    )
    op.create_index(op.f("ix_roles_person_actor_id"), "roles", ["person_actor_id"], unique=False)

    op.create_table(
        "statements",
        sa.Column("statement_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column(
            "kind", sa.String(length=20), nullable=False, comment="commend, call for, support, ..."
        ),
        sa.Column("target_actor_id", sa.Integer(), nullable=True, comment="The actor it is about."),
        sa.Column("topic", sa.String(length=300), nullable=True, comment="The issue it is about."),
        sa.Column("quoted_text", sa.Text(), nullable=True, comment="The speaker's own words."),
        sa.Column("statement_date", sa.Date(), nullable=True, comment="When it was said."),
        sa.Column(
            "natural_key",
            sa.String(length=500),
            nullable=False,
            comment="What makes this fact the same fact in another article: loads upsert on it.",
        ),
        sa.Column(
            "modality",
            sa.String(length=20),
            nullable=False,
            comment="asserted, planned, pledged, denied or hypothetical: never sum across them.",
        ),
        sa.CheckConstraint(
            "kind IN ('commend', 'call for', 'support', 'condemn', 'reaffirm', 'warn', 'criticize', 'reject')",
            name=op.f("ck_statements_kind"),
        ),
        sa.CheckConstraint(
            "modality IN ('asserted', 'planned', 'pledged', 'denied', 'hypothetical')",
            name=op.f("ck_statements_modality"),
        ),
        sa.CheckConstraint(
            "target_actor_id IS NOT NULL OR topic IS NOT NULL",
            name=op.f("ck_statements_has_subject"),
        ),
        sa.ForeignKeyConstraint(
            ["target_actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_statements_target_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("statement_id", name=op.f("pk_statements")),
        sa.UniqueConstraint("natural_key", name=op.f("uq_statements_natural_key")),
        comment="Commendations, calls, support, condemnations and warnings.",
    )
    op.create_table(
        "agreements",
        sa.Column("agreement_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column(
            "title",
            sa.String(length=300),
            nullable=False,
            comment="What the agreement is called or does.",
        ),
        sa.Column(
            "kind", sa.String(length=20), nullable=False, comment="accord, memorandum, plan, ..."
        ),
        sa.Column(
            "status", sa.String(length=20), nullable=False, comment="proposed, agreed, signed, ..."
        ),
        sa.Column("agreement_date", sa.Date(), nullable=True, comment="When it was reached."),
        sa.Column("meeting_id", sa.Integer(), nullable=True, comment="The meeting it came out of."),
        sa.Column(
            "program_actor_id", sa.Integer(), nullable=True, comment="The programme it concerns."
        ),
        sa.Column(
            "natural_key",
            sa.String(length=500),
            nullable=False,
            comment="What makes this fact the same fact in another article: loads upsert on it.",
        ),
        sa.Column(
            "modality",
            sa.String(length=20),
            nullable=False,
            comment="asserted, planned, pledged, denied or hypothetical: never sum across them.",
        ),
        sa.CheckConstraint(
            "kind IN ('accord', 'memorandum', 'plan', 'framework', 'joint statement', 'commitment', 'partnership')",
            name=op.f("ck_agreements_kind"),
        ),
        sa.CheckConstraint(
            "modality IN ('asserted', 'planned', 'pledged', 'denied', 'hypothetical')",
            name=op.f("ck_agreements_modality"),
        ),
        sa.CheckConstraint(
            "status IN ('proposed', 'agreed', 'signed', 'reaffirmed', 'in force', 'suspended')",
            name=op.f("ck_agreements_status"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.meeting_id"],
            name=op.f("fk_agreements_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_agreements_program_actor_id_actors"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("agreement_id", name=op.f("pk_agreements")),
        sa.UniqueConstraint("natural_key", name=op.f("uq_agreements_natural_key")),
        comment="Accords, memoranda, plans, frameworks, joint statements and commitments.",
    )
    op.create_index(op.f("ix_agreements_meeting_id"), "agreements", ["meeting_id"], unique=False)

    op.create_table(
        "aid_flow_evidence",
        sa.Column("aid_flow_id", sa.Integer(), nullable=False, comment="The fact."),
        sa.Column("evidence_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column(
            "quote", sa.Text(), nullable=False, comment="Exact words of the source that state it."
        ),
        sa.Column(
            "char_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character.",
        ),
        sa.Column(
            "char_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character.",
        ),
        sa.Column("method", sa.String(length=20), nullable=False, comment="curated or extracted."),
        sa.Column("confidence", sa.Float(), nullable=False, comment="0 to 1."),
        sa.Column("source_id", sa.Integer(), nullable=False, comment="The article."),
        sa.CheckConstraint(
            "method IN ('curated', 'extracted')", name=op.f("ck_aid_flow_evidence_method")
        ),
        sa.CheckConstraint(
            "char_start >= 0 AND char_end > char_start", name=op.f("ck_aid_flow_evidence_offsets")
        ),
        sa.CheckConstraint(
            "confidence >= 0 AND confidence <= 1", name=op.f("ck_aid_flow_evidence_confidence")
        ),
        sa.ForeignKeyConstraint(
            ["aid_flow_id"],
            ["aid_flows.aid_flow_id"],
            name=op.f("fk_aid_flow_evidence_aid_flow_id_aid_flows"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.source_id"],
            name=op.f("fk_aid_flow_evidence_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("evidence_id", name=op.f("pk_aid_flow_evidence")),
        sa.UniqueConstraint(
            "aid_flow_id", "source_id", "char_start", "char_end", name="uq_aid_flow_evidence_span"
        ),
        comment="Evidence for aid_flow rows.",
    )
    op.create_index(
        op.f("ix_aid_flow_evidence_source_id"), "aid_flow_evidence", ["source_id"], unique=False
    )

    op.create_table(
        "meeting_evidence",
        sa.Column("meeting_id", sa.Integer(), nullable=False, comment="The fact."),
        sa.Column("evidence_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column(
            "quote", sa.Text(), nullable=False, comment="Exact words of the source that state it."
        ),
        sa.Column(
            "char_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character.",
        ),
        sa.Column(
            "char_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character.",
        ),
        sa.Column("method", sa.String(length=20), nullable=False, comment="curated or extracted."),
        sa.Column("confidence", sa.Float(), nullable=False, comment="0 to 1."),
        sa.Column("source_id", sa.Integer(), nullable=False, comment="The article."),
        sa.CheckConstraint(
            "method IN ('curated', 'extracted')", name=op.f("ck_meeting_evidence_method")
        ),
        sa.CheckConstraint(
            "char_start >= 0 AND char_end > char_start", name=op.f("ck_meeting_evidence_offsets")
        ),
        sa.CheckConstraint(
            "confidence >= 0 AND confidence <= 1", name=op.f("ck_meeting_evidence_confidence")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.meeting_id"],
            name=op.f("fk_meeting_evidence_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.source_id"],
            name=op.f("fk_meeting_evidence_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("evidence_id", name=op.f("pk_meeting_evidence")),
        sa.UniqueConstraint(
            "meeting_id", "source_id", "char_start", "char_end", name="uq_meeting_evidence_span"
        ),
        comment="Evidence for meeting rows.",
    )
    op.create_index(
        op.f("ix_meeting_evidence_source_id"), "meeting_evidence", ["source_id"], unique=False
    )

    op.create_table(
        "meeting_participants",
        sa.Column("meeting_id", sa.Integer(), nullable=False, comment="The meeting."),
        sa.Column("actor_id", sa.Integer(), nullable=False, comment="The actor who took part."),
        sa.Column(
            "represents_actor_id",
            sa.Integer(),
            nullable=True,
            comment="The state or organisation represented.",
        ),
        sa.Column(
            "role_title",
            sa.String(length=200),
            nullable=True,
            comment="The title held at the meeting.",
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_meeting_participants_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.meeting_id"],
            name=op.f("fk_meeting_participants_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["represents_actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_meeting_participants_represents_actor_id_actors"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "actor_id", name=op.f("pk_meeting_participants")),
        comment="Who took part in each meeting.",
    )
    op.create_index(
        op.f("ix_meeting_participants_actor_id"), "meeting_participants", ["actor_id"], unique=False
    )

    op.create_table(
        "relation_evidence",
        sa.Column("relation_id", sa.Integer(), nullable=False, comment="The fact."),
        sa.Column("evidence_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column(
            "quote", sa.Text(), nullable=False, comment="Exact words of the source that state it."
        ),
        sa.Column(
            "char_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character.",
        ),
        sa.Column(
            "char_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character.",
        ),
        sa.Column("method", sa.String(length=20), nullable=False, comment="curated or extracted."),
        sa.Column("confidence", sa.Float(), nullable=False, comment="0 to 1."),
        sa.Column("source_id", sa.Integer(), nullable=False, comment="The article."),
        sa.CheckConstraint(
            "method IN ('curated', 'extracted')", name=op.f("ck_relation_evidence_method")
        ),
        sa.CheckConstraint(
            "char_start >= 0 AND char_end > char_start", name=op.f("ck_relation_evidence_offsets")
        ),
        sa.CheckConstraint(
            "confidence >= 0 AND confidence <= 1", name=op.f("ck_relation_evidence_confidence")
        ),
        sa.ForeignKeyConstraint(
            ["relation_id"],
            ["relations.relation_id"],
            name=op.f("fk_relation_evidence_relation_id_relations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.source_id"],
            name=op.f("fk_relation_evidence_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("evidence_id", name=op.f("pk_relation_evidence")),
        sa.UniqueConstraint(
            "relation_id", "source_id", "char_start", "char_end", name="uq_relation_evidence_span"
        ),
        comment="Evidence for relation rows.",
    )
    op.create_index(
        op.f("ix_relation_evidence_source_id"), "relation_evidence", ["source_id"], unique=False
    )

    op.create_table(
        "statement_evidence",
        sa.Column("statement_id", sa.Integer(), nullable=False, comment="The fact."),
        sa.Column("evidence_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column(
            "quote", sa.Text(), nullable=False, comment="Exact words of the source that state it."
        ),
        sa.Column(
            "char_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character.",
        ),
        sa.Column(
            "char_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character.",
        ),
        sa.Column("method", sa.String(length=20), nullable=False, comment="curated or extracted."),
        sa.Column("confidence", sa.Float(), nullable=False, comment="0 to 1."),
        sa.Column("source_id", sa.Integer(), nullable=False, comment="The article."),
        sa.CheckConstraint(
            "method IN ('curated', 'extracted')", name=op.f("ck_statement_evidence_method")
        ),
        sa.CheckConstraint(
            "char_start >= 0 AND char_end > char_start", name=op.f("ck_statement_evidence_offsets")
        ),
        sa.CheckConstraint(
            "confidence >= 0 AND confidence <= 1", name=op.f("ck_statement_evidence_confidence")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.source_id"],
            name=op.f("fk_statement_evidence_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statements.statement_id"],
            name=op.f("fk_statement_evidence_statement_id_statements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("evidence_id", name=op.f("pk_statement_evidence")),
        sa.UniqueConstraint(
            "statement_id", "source_id", "char_start", "char_end", name="uq_statement_evidence_span"
        ),
        comment="Evidence for statement rows.",
    )
    op.create_index(
        op.f("ix_statement_evidence_source_id"), "statement_evidence", ["source_id"], unique=False
    )

    op.create_table(
        "statement_speakers",
        sa.Column("statement_id", sa.Integer(), nullable=False, comment="The statement."),
        sa.Column("actor_id", sa.Integer(), nullable=False, comment="The actor who made it."),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_statement_speakers_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statements.statement_id"],
            name=op.f("fk_statement_speakers_statement_id_statements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("statement_id", "actor_id", name=op.f("pk_statement_speakers")),
        comment="Who made each statement.",
    )
    op.create_index(
        op.f("ix_statement_speakers_actor_id"), "statement_speakers", ["actor_id"], unique=False
    )

    op.create_table(
        "agreement_evidence",
        sa.Column("agreement_id", sa.Integer(), nullable=False, comment="The fact."),
        sa.Column("evidence_id", sa.Integer(), nullable=False, comment="Surrogate key."),
        sa.Column(
            "quote", sa.Text(), nullable=False, comment="Exact words of the source that state it."
        ),
        sa.Column(
            "char_start",
            sa.Integer(),
            nullable=False,
            comment="Offset of the quote's first character.",
        ),
        sa.Column(
            "char_end",
            sa.Integer(),
            nullable=False,
            comment="Offset just past the quote's last character.",
        ),
        sa.Column("method", sa.String(length=20), nullable=False, comment="curated or extracted."),
        sa.Column("confidence", sa.Float(), nullable=False, comment="0 to 1."),
        sa.Column("source_id", sa.Integer(), nullable=False, comment="The article."),
        sa.CheckConstraint(
            "method IN ('curated', 'extracted')", name=op.f("ck_agreement_evidence_method")
        ),
        sa.CheckConstraint(
            "char_start >= 0 AND char_end > char_start", name=op.f("ck_agreement_evidence_offsets")
        ),
        sa.CheckConstraint(
            "confidence >= 0 AND confidence <= 1", name=op.f("ck_agreement_evidence_confidence")
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.agreement_id"],
            name=op.f("fk_agreement_evidence_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.source_id"],
            name=op.f("fk_agreement_evidence_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("evidence_id", name=op.f("pk_agreement_evidence")),
        sa.UniqueConstraint(
            "agreement_id", "source_id", "char_start", "char_end", name="uq_agreement_evidence_span"
        ),
        comment="Evidence for agreement rows.",
    )
    op.create_index(
        op.f("ix_agreement_evidence_source_id"), "agreement_evidence", ["source_id"], unique=False
    )

    op.create_table(
        "agreement_parties",
        sa.Column("agreement_id", sa.Integer(), nullable=False, comment="The agreement."),
        sa.Column("actor_id", sa.Integer(), nullable=False, comment="A party to it."),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.actor_id"],
            name=op.f("fk_agreement_parties_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.agreement_id"],
            name=op.f("fk_agreement_parties_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agreement_id", "actor_id", name=op.f("pk_agreement_parties")),
        comment="The parties to each agreement.",
    )
    op.create_index(
        op.f("ix_agreement_parties_actor_id"), "agreement_parties", ["actor_id"], unique=False
    )

    op.create_table(
        "agreement_sectors",
        sa.Column("agreement_id", sa.Integer(), nullable=False, comment="The agreement."),
        sa.Column(
            "sector_code",
            sa.String(length=40),
            nullable=False,
            comment="Code from the sector list.",
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.agreement_id"],
            name=op.f("fk_agreement_sectors_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sector_code"],
            ["sectors.sector_code"],
            name=op.f("fk_agreement_sectors_sector_code_sectors"),
        ),
        sa.PrimaryKeyConstraint("agreement_id", "sector_code", name=op.f("pk_agreement_sectors")),
        comment="The sectors each agreement covers.",
    )

    _create_views()


def downgrade() -> None:
    _drop_views()
    op.drop_table("agreement_sectors")
    op.drop_index(op.f("ix_agreement_parties_actor_id"), table_name="agreement_parties")

    op.drop_table("agreement_parties")
    op.drop_index(op.f("ix_agreement_evidence_source_id"), table_name="agreement_evidence")

    op.drop_table("agreement_evidence")
    op.drop_index(op.f("ix_statement_speakers_actor_id"), table_name="statement_speakers")

    op.drop_table("statement_speakers")
    op.drop_index(op.f("ix_statement_evidence_source_id"), table_name="statement_evidence")

    op.drop_table("statement_evidence")
    op.drop_index(op.f("ix_relation_evidence_source_id"), table_name="relation_evidence")

    op.drop_table("relation_evidence")
    op.drop_index(op.f("ix_meeting_participants_actor_id"), table_name="meeting_participants")

    op.drop_table("meeting_participants")
    op.drop_index(op.f("ix_meeting_evidence_source_id"), table_name="meeting_evidence")

    op.drop_table("meeting_evidence")
    op.drop_index(op.f("ix_aid_flow_evidence_source_id"), table_name="aid_flow_evidence")

    op.drop_table("aid_flow_evidence")
    op.drop_index(op.f("ix_agreements_meeting_id"), table_name="agreements")

    op.drop_table("agreements")
    op.drop_table("statements")
    op.drop_index(op.f("ix_roles_person_actor_id"), table_name="roles")

    op.drop_table("roles")
    op.drop_index(op.f("ix_relations_other_actor_id"), table_name="relations")
    op.drop_index(op.f("ix_relations_actor_id"), table_name="relations")

    op.drop_table("relations")
    op.drop_table("meetings")
    op.drop_index(op.f("ix_aid_flows_recipient_actor_id"), table_name="aid_flows")
    op.drop_index(op.f("ix_aid_flows_donor_actor_id"), table_name="aid_flows")

    op.drop_table("aid_flows")
    op.drop_index(op.f("ix_actor_evidence_source_id"), table_name="actor_evidence")

    op.drop_table("actor_evidence")
    op.drop_index(op.f("ix_actor_aliases_alias_norm"), table_name="actor_aliases")

    op.drop_table("actor_aliases")
    op.drop_table("sources")
    op.drop_table("sectors")
    op.drop_table("currencies")
    op.drop_index(op.f("ix_actors_country_actor_id"), table_name="actors")

    op.drop_table("actors")
