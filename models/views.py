"""The names of the analyst views: the stable, documented public interface (see docs/schema.md).

The views themselves are created by the migrations, so that each revision freezes their SQL.
"""

VIEW_NAMES: tuple[str, ...] = (
    "v_actors",
    "v_meetings",
    "v_meeting_participants",
    "v_agreements",
    "v_agreement_parties",
    "v_agreement_sectors",
    "v_aid_flows",
    "v_statements",
    "v_statement_speakers",
    "v_relations",
    "v_roles",
    "v_evidence",
)
