"""Read fact files (YAML or JSON) into validated bundles, with errors that name file and field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from entente.errors import InputError
from entente.loaders.factfile import FactBundle

FACT_FILE_SUFFIXES = (".yaml", ".yml", ".json")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def is_fact_file(path: Path) -> bool:
    """Whether a path is named like a fact file."""
    return path.suffix.lower() in FACT_FILE_SUFFIXES


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, refusing a missing, unreadable or over-large one."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read it ({exc.strerror})", path=str(path)) from None
    if path.is_dir():
        raise InputError("is a directory (expected a file)", path=str(path))
    if size > max_bytes:
        raise InputError(
            f"is {size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)",
            path=str(path),
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read it ({exc.strerror})", path=str(path)) from None


def _location(error: dict[str, Any]) -> str:
    where = ""
    for part in error["loc"]:
        if isinstance(part, int):
            where += f"[{part}]"
        else:
            where += ("." if where else "") + str(part)
    return where or "(top level)"


def describe_validation_error(exc: ValidationError) -> str:
    """The first problem of a pydantic error as 'field.path: what was expected'."""
    errors = exc.errors()
    first = errors[0]
    message = str(first["msg"]).removeprefix("Value error, ")
    text = f"{_location(dict(first))}: {message}"
    if first.get("type") not in ("missing", "extra_forbidden") and "input" in first:
        shown = repr(first["input"])
        if len(shown) < 60:
            text += f" (got {shown})"
    if len(errors) > 1:
        text += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return text


def parse_fact_data(raw: bytes, path: Path) -> Any:
    """The YAML or JSON document in a fact file."""
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"is not UTF-8 text (bad byte at offset {exc.start})", path=str(path)
        ) from None
    if not content.strip():
        raise InputError("is empty (expected a fact file with a source: section)", path=str(path))
    try:
        if path.suffix.lower() == ".json":
            return json.loads(content)
        return yaml.safe_load(content)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"line {exc.lineno}, column {exc.colno}: broken JSON ({exc.msg})", path=str(path)
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        raise InputError(f"{where}broken YAML ({problem})", path=str(path)) from None


def validate_bundle(data: Any, name: str) -> FactBundle:
    """A fact file's document as a bundle, or an InputError naming the first bad field."""
    if not isinstance(data, dict) or "source" not in data:
        raise InputError(
            "is not a fact file (expected a mapping with a source: section; see `entente schema`)",
            path=name,
        )
    try:
        return FactBundle.model_validate(data)
    except ValidationError as exc:
        raise InputError(describe_validation_error(exc), path=name) from None


def read_fact_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[FactBundle, str]:
    """A validated bundle and the article text it refers to."""
    data = parse_fact_data(read_bytes(path, max_bytes), path)
    bundle = validate_bundle(data, str(path))
    if bundle.source.text is not None:
        return bundle, bundle.source.text
    text_path = path.parent / str(bundle.source.text_file)
    raw = read_bytes(text_path, max_bytes)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            f"source.text_file: {text_path} is not UTF-8 text", path=str(path)
        ) from None
    return bundle, text
