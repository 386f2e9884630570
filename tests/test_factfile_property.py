"""Property-based tests of fact-file reading and validation (hypothesis).

No input, however broken, makes reading or validating a fact file raise anything but our own
InputError, whose message is one line naming the file. Bundles that pass validation survive a
round trip. And loading any such input into a database either loads it whole or fails with a
reported error and leaves the database as it was.
"""

from __future__ import annotations

import copy
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

sys.path.insert(0, str(Path(__file__).parent / "fixtures_reliability"))
from reliability import rows

from entente.errors import InputError
from entente.loaders.factfile import FactBundle
from entente.loaders.factfile_io import parse_fact_data, read_fact_file, validate_bundle
from entente.loaders.pipeline import Input, Loader
from entente.models.engine import make_engine

TEXT = (
    "Kenya and Japan held talks in Nairobi on 3 March 2026. "
    "Japan pledged $50 million to Kenya for geothermal wells. "
    "Kenya and Japan are strategic partners."
)
VALID: dict[str, Any] = {
    "source": {"text": TEXT, "title": "Kenya and Japan", "published_date": "2026-03-04"},
    "actors": [{"name": "Nyota Fund", "kind": "organization", "country": "KEN"}],
    "meetings": [
        {
            "start_date": "2026-03-03",
            "location": "Nairobi",
            "participants": [{"actor": "Kenya"}, {"actor": "Japan"}],
            "evidence": [{"quote": "Kenya and Japan held talks in Nairobi on 3 March 2026."}],
        }
    ],
    "aid_flows": [
        {
            "donor": "Japan",
            "recipient": "Kenya",
            "amount": 50_000_000,
            "currency": "USD",
            "status": "pledged",
            "evidence": [{"quote": "Japan pledged $50 million to Kenya for geothermal wells."}],
        }
    ],
    "relations": [
        {
            "actor": "Kenya",
            "other": "Japan",
            "kind": "strategic partner",
            "evidence": [{"quote": "Kenya and Japan are strategic partners."}],
        }
    ],
}

# Values a careless or hostile fact file might hold anywhere.
EDGE_TEXT = st.sampled_from(
    [
        "",
        " ",
        "2026-02-30",
        "2026-13-01",
        "0000-00-00",
        "NaN",
        "-1",
        "1e400",
        "usd",
        "XYZ",
        "alien",
        "Robert'); DROP TABLE actors;--",
        "\x00",
        "\ud800",
        "x" * 5000,
        "Kenya",
        "KEN",
        "state",
        "asserted",
        "{{",
        "- a",
    ]
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    EDGE_TEXT,
)
JSONISH = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.text(max_size=12), EDGE_TEXT), inner, max_size=4),
    ),
    max_leaves=20,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path into a nested document."""
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*prefix, i))


VALID_PATHS = list(_paths(VALID))[1:]


@st.composite
def mutated(draw: st.DrawFn) -> dict[str, Any]:
    """The valid bundle with one to three places replaced, deleted or given an extra key."""
    bundle = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        path = draw(st.sampled_from(VALID_PATHS))
        parent: Any = bundle
        try:
            for part in path[:-1]:
                parent = parent[part]
            action = draw(st.sampled_from(["replace", "delete", "extra"]))
            if action == "replace":
                parent[path[-1]] = draw(JSONISH)
            elif action == "delete" and isinstance(parent, dict):
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[draw(st.text(min_size=1, max_size=10))] = draw(JSONISH)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier change removed this place
    return bundle


def _json(document: Any) -> bytes:
    return json.dumps(document, allow_nan=True).encode("utf-8", "surrogatepass")


def _yaml(document: Any) -> bytes:
    try:
        return yaml.safe_dump(document, allow_unicode=True).encode("utf-8", "surrogatepass")
    except yaml.YAMLError:
        return b"source: [unrepresentable"


def _validate(raw: bytes, suffix: str) -> FactBundle | None:
    """Parse and validate like the loader; None when refused with our own error."""
    name = f"fuzz{suffix}"
    try:
        return validate_bundle(parse_fact_data(raw, Path(name)), name)
    except InputError as exc:
        message = str(exc)
        assert message.startswith(f"{name}: "), message
        assert "\n" not in message and len(message) < 1000, message
        return None


FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=400), st.sampled_from([".json", ".yaml", ".yml"]))
def test_any_bytes_are_read_or_refused_with_our_error(raw: bytes, suffix: str) -> None:
    _validate(raw, suffix)


@FAST
@given(JSONISH, st.sampled_from([".json", ".yaml"]))
def test_any_document_is_validated_or_refused_with_our_error(document: Any, suffix: str) -> None:
    raw = _json(document) if suffix == ".json" else _yaml(document)
    _validate(raw, suffix)


@FAST
@given(mutated(), st.sampled_from([".json", ".yaml"]))
def test_a_broken_bundle_is_refused_with_our_error_or_round_trips(
    bundle: dict[str, Any], suffix: str
) -> None:
    raw = _json(bundle) if suffix == ".json" else _yaml(bundle)
    validated = _validate(raw, suffix)
    if validated is not None:
        again = FactBundle.model_validate(validated.model_dump(mode="json"))
        assert again == validated
        for flow in validated.aid_flows:
            assert flow.amount is None or (flow.amount >= 0 and flow.amount == int(flow.amount))
            assert flow.amount is None or flow.currency is not None


@settings(max_examples=60, deadline=None)
@given(
    st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.sampled_from(["facts.yaml", "facts.json"]),
    st.one_of(st.none(), st.binary(max_size=200)),
)
def test_reading_a_file_from_disk_is_refused_with_our_error(
    raw: bytes, name: str, article: bytes | None
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        if article is not None:
            (Path(folder) / "article.txt").write_bytes(article)
            raw = raw + b"\nsource: {text_file: article.txt}\n" if name.endswith("yaml") else raw
        path.write_bytes(raw)
        try:
            read_fact_file(path)
        except InputError as exc:
            assert str(exc).startswith(f"{path}: ") and "\n" not in str(exc)


def test_the_generators_reach_valid_bundles() -> None:
    """The unbroken bundle is valid, so refusals above come from the breakage."""
    assert _validate(_json(VALID), ".json") is not None
    assert _validate(_yaml(VALID), ".yaml") is not None


@pytest.fixture(scope="module")
def fuzz_engine(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """A migrated SQLite database for the loading property, shared by its examples."""
    path = tmp_path_factory.mktemp("fuzz") / "entente.db"
    shutil.copyfile(sqlite_template, path)
    engine = make_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bundle=mutated())
def test_loading_any_broken_bundle_is_whole_or_nothing(
    fuzz_engine: Engine, bundle: dict[str, Any]
) -> None:
    url = fuzz_engine.url.render_as_string(hide_password=False)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.json"
        path.write_bytes(_json(bundle))
        before = rows(url)
        loader = Loader(fuzz_engine)
        try:
            outcome = loader.load(Input(str(path), path))
        finally:
            loader.close()
    after = rows(url)
    if outcome.status == "failed":
        assert outcome.error is not None and outcome.error.startswith(f"{path}: ")
        assert "\n" not in outcome.error
        assert after == before
    else:
        assert outcome.status in ("new", "replaced", "unchanged"), outcome
        assert (after == before) == (outcome.status == "unchanged")
        assert any(r[0] == outcome.source_id for r in after["sources"])
