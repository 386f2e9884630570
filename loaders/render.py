"""Write a fact bundle as a fact file (YAML or JSON) that a curator can edit and load."""

from __future__ import annotations

import json
from typing import Any

import yaml

from entente.loaders.factfile import FactBundle


class _Dumper(yaml.SafeDumper):
    """Block style for long text, so the article stays readable in the file."""


def _str(dumper: yaml.SafeDumper, value: str) -> Any:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _tidy(value: Any) -> Any:
    """Drop empty lists and put evidence last, so a curator reads the fact before its quotes."""
    if isinstance(value, list):
        return [_tidy(item) for item in value]
    if not isinstance(value, dict):
        return value
    tidy = {k: _tidy(v) for k, v in value.items() if v != [] and k != "evidence"}
    for key in ("amount", "amount_usd"):  # whole units: numbers, not JSON mode's strings
        if isinstance(tidy.get(key), str):
            tidy[key] = int(tidy[key])
    if value.get("evidence"):
        tidy["evidence"] = _tidy(value["evidence"])
    return tidy


def bundle_data(bundle: FactBundle) -> dict[str, Any]:
    """The bundle as plain data, without empty fields, evidence last in each fact."""
    data: dict[str, Any] = _tidy(bundle.model_dump(mode="json", exclude_none=True))
    return data


def render_bundle(bundle: FactBundle, fmt: str = "yaml") -> str:
    """The bundle as fact-file text."""
    data = bundle_data(bundle)
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
