"""The documentation matches the code: generated docs are current, view columns are all described,
the contract columns exist, every model column has a comment, and the fact-file examples load."""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from entente.loaders.factfile import FactBundle
from entente.models import Base
from entente.models.views import VIEW_COLUMNS, VIEW_NAMES, VIEW_ROWS

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
REGENERATE = "run `.venv/bin/python docs/make_docs.py` and commit the result"

# The columns analysts were promised (the issue that defined the views); they must never go away.
CONTRACT: dict[str, tuple[str, ...]] = {
    "v_actors": (
        "actor_id",
        "kind",
        "name",
        "iso3",
        "iso2",
        "country_iso3",
        "wikidata_qid",
        "cameo_code",
    ),
    "v_meetings": (
        "meeting_id",
        "start_date",
        "end_date",
        "date_precision",
        "location",
        "location_country_iso3",
        "kind",
        "title",
        "modality",
        "source_count",
    ),
    "v_meeting_participants": (
        "meeting_id",
        "actor_id",
        "actor_name",
        "actor_kind",
        "country_iso3",
        "role_title",
    ),
    "v_agreements": (
        "agreement_id",
        "title",
        "kind",
        "status",
        "agreement_date",
        "meeting_id",
        "modality",
        "source_count",
    ),
    "v_agreement_parties": ("agreement_id", "actor_id", "actor_name", "country_iso3"),
    "v_agreement_sectors": ("agreement_id", "sector", "sector_code"),
    "v_aid_flows": (
        "aid_flow_id",
        "flow_date",
        "donor_actor_id",
        "donor_name",
        "donor_iso3",
        "recipient_actor_id",
        "recipient_name",
        "recipient_iso3",
        "amount",
        "currency",
        "amount_usd",
        "flow_type",
        "status",
        "purpose",
        "modality",
        "source_count",
    ),
    "v_evidence": (
        "fact_type",
        "fact_id",
        "source_id",
        "source_url",
        "quote",
        "char_start",
        "char_end",
        "method",
        "confidence",
    ),
}


@pytest.fixture(scope="module")
def make_docs() -> ModuleType:
    """docs/make_docs.py, imported from its path (docs/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_docs", DOCS / "make_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _first_difference(current: str, expected: str) -> str:
    for number, (have, want) in enumerate(
        zip(current.splitlines(), expected.splitlines(), strict=False), start=1
    ):
        if have != want:
            return f"first difference at line {number}: file has {have!r}, code gives {want!r}"
    return "the files differ in length"


@pytest.mark.parametrize(
    ("file_name", "renderer"),
    [("schema.md", "render_schema_md"), ("fact-file.schema.json", "render_fact_schema_json")],
)
def test_generated_docs_are_current(make_docs: ModuleType, file_name: str, renderer: str) -> None:
    path = DOCS / file_name
    if not path.exists():
        pytest.fail(f"docs/{file_name} is missing: {REGENERATE}", pytrace=False)
    current = path.read_text(encoding="utf-8")
    expected: str = getattr(make_docs, renderer)()
    if current != expected:
        where = _first_difference(current, expected)
        pytest.fail(
            f"docs/{file_name} is out of date with the code ({where}): {REGENERATE}",
            pytrace=False,
        )


def test_fact_schema_is_what_entente_schema_prints(make_docs: ModuleType) -> None:
    from entente.cli.app import app

    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    assert result.output == make_docs.render_fact_schema_json()
    assert json.loads(result.output)["title"] == "FactBundle"


def test_generated_schema_mentions_every_view_and_table(make_docs: ModuleType) -> None:
    rendered: str = make_docs.render_schema_md()
    headings = set(re.findall(r"^### (\S+)$", rendered, re.MULTILINE))
    assert set(VIEW_NAMES) <= headings
    assert set(Base.metadata.tables) <= headings
    assert "erDiagram" in rendered


def test_every_view_is_described() -> None:
    assert list(VIEW_COLUMNS) == list(VIEW_NAMES)
    assert list(VIEW_ROWS) == list(VIEW_NAMES)
    for view, columns in VIEW_COLUMNS.items():
        for column, description in columns.items():
            assert description.strip(), f"{view}.{column} has no description"
            assert "\n" not in description, f"{view}.{column}: keep descriptions to one line"


@pytest.mark.parametrize("view", VIEW_NAMES)
def test_view_columns_match_the_database(engine: Engine, view: str) -> None:
    with engine.connect() as connection:
        returned = list(connection.execute(text(f"SELECT * FROM {view} LIMIT 0")).keys())
    assert returned == list(VIEW_COLUMNS[view]), (
        f"{view} returns {returned}; describe exactly these columns, in this order, in "
        f"VIEW_COLUMNS (models/views.py), then {REGENERATE}"
    )


@pytest.mark.parametrize("view", sorted(CONTRACT))
def test_contract_columns_exist(engine: Engine, view: str) -> None:
    with engine.connect() as connection:
        returned = list(connection.execute(text(f"SELECT * FROM {view} LIMIT 0")).keys())
    missing = [c for c in CONTRACT[view] if c not in returned]
    assert not missing, f"{view} lost contract columns {missing}"
    undocumented = [c for c in CONTRACT[view] if c not in VIEW_COLUMNS[view]]
    assert not undocumented, f"{view}: contract columns {undocumented} are not documented"


def test_every_model_column_has_a_comment() -> None:
    missing = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if not (column.comment or "").strip()
    ]
    assert not missing, f"columns without a comment (add comment=... to the model): {missing}"


def _examples() -> list[tuple[str, Any]]:
    """The fact-file examples in docs/fact-files.md, as (label, parsed document)."""
    markdown = (DOCS / "fact-files.md").read_text(encoding="utf-8")
    found: list[tuple[str, Any]] = []
    for number, block in enumerate(re.findall(r"```yaml\n(.*?)```", markdown, re.DOTALL)):
        if block.startswith("source:"):
            found.append((f"yaml block {number + 1}", yaml.safe_load(block)))
    for number, block in enumerate(re.findall(r"```json\n(.*?)```", markdown, re.DOTALL)):
        data = json.loads(block)
        if isinstance(data, dict) and "source" in data:
            found.append((f"json block {number + 1}", data))
    return found


def test_fact_file_docs_have_examples() -> None:
    labels = [label for label, _ in _examples()]
    assert any(label.startswith("yaml") for label in labels)
    assert any(label.startswith("json") for label in labels)


@pytest.mark.parametrize(
    ("label", "document"),
    [pytest.param(label, document, id=label.replace(" ", "-")) for label, document in _examples()],
)
def test_fact_file_examples_validate(label: str, document: Any) -> None:
    bundle = FactBundle.model_validate(document)
    assert bundle.fact_count() > 0, f"{label} states no facts"


def test_fact_file_examples_load(cli: Callable[..., Any], engine: Engine, tmp_path: Path) -> None:
    paths = []
    for number, (_, document) in enumerate(_examples()):
        path = tmp_path / f"example{number}.facts.json"
        path.write_text(json.dumps(document, default=str), encoding="utf-8")
        paths.append(str(path))
    result = cli("load", *paths)
    assert result.exit_code == 0, result.output
    with engine.connect() as connection:
        evidence = connection.execute(text("SELECT COUNT(*) FROM v_evidence")).scalar_one()
    assert evidence >= sum(FactBundle.model_validate(d).fact_count() for _, d in _examples())
