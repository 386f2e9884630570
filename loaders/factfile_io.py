"""Read fact files (YAML or JSON) into validated bundles, with errors that name file and field."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from entente.errors import InputError
from entente.loaders.factfile import FactBundle

FACT_FILE_SUFFIXES = (".yaml", ".yml", ".json")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


class _FactLoader(yaml.SafeLoader):
    """Safe YAML that leaves timestamps as text.

    PyYAML turns an unquoted 2026-02-30 into a date itself and fails with a bare ValueError;
    kept as text, the date is checked by the schema, which names the field.
    """


_FactLoader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: loader.construct_scalar(node),  # type: ignore[arg-type]
)


def is_fact_file(path: Path) -> bool:
    """Whether a path is named like a fact file."""
    return path.suffix.lower() in FACT_FILE_SUFFIXES


def _too_big(size: int, max_bytes: int, name: str) -> InputError:
    return InputError(
        f"is {size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)",
        path=name,
    )


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, refusing a missing, unreadable, special or over-large one."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read it ({exc.strerror})", path=str(path)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a directory (expected a file)", path=str(path))
    if not stat.S_ISREG(info.st_mode):
        # A device or a pipe (/dev/zero, a FIFO) could be read for ever.
        raise InputError("is not a regular file (a device or a pipe?)", path=str(path))
    if info.st_size > max_bytes:
        raise _too_big(info.st_size, max_bytes, str(path))
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        raise InputError(f"cannot read it ({exc.strerror})", path=str(path)) from None
    if len(raw) > max_bytes:
        raise _too_big(len(raw), max_bytes, str(path))
    return raw


def _name(key: object) -> str:
    """A key as it appears in a field path, cut short when a file holds an absurd one."""
    text = str(key)
    if not text.isprintable():
        text = repr(text)[1:-1]  # a newline in a key must not break the one-line message
    return text if len(text) <= 40 else text[:37] + "..."


def _location(error: dict[str, Any]) -> str:
    where = ""
    for part in error["loc"]:
        if isinstance(part, int):
            where += f"[{part}]"
        else:
            where += ("." if where else "") + _name(part)
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


def parse_fact_data(raw: bytes, path: Path, name: str | None = None) -> Any:
    """The YAML or JSON document in a fact file (``name`` names it in errors, else ``path``)."""
    name = name or str(path)
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"is not UTF-8 text (bad byte at offset {exc.start})", path=name) from None
    if not content.strip():
        raise InputError("is empty (expected a fact file with a source: section)", path=name)
    kind = "JSON" if path.suffix.lower() == ".json" else "YAML"
    try:
        # _FactLoader is a SafeLoader: no Python objects are built.
        data = json.loads(content) if kind == "JSON" else yaml.load(content, Loader=_FactLoader)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"line {exc.lineno}, column {exc.colno}: broken JSON ({exc.msg})", path=name
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        raise InputError(f"{where}broken YAML ({_one_line(problem)})", path=name) from None
    except RecursionError:
        raise InputError(f"broken {kind} (nested too deeply)", path=name) from None
    except (ValueError, OverflowError, TypeError) as exc:
        # A value the parser cannot build: an integer of thousands of digits, a bad !!float.
        raise InputError(f"broken {kind} ({_one_line(str(exc))})", path=name) from None
    try:
        _check_strings(data, name)
    except RecursionError:
        raise InputError(f"broken {kind} (nested too deeply)", path=name) from None
    return data


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def _check_strings(data: Any, name: str, where: str = "") -> None:
    """Refuse text the databases cannot store: NUL characters and lone surrogates."""
    if isinstance(data, str):
        if "\x00" in data:
            raise InputError(f"{where or '(top level)'}: contains a NUL character", path=name)
        try:
            data.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(
                f"{where or '(top level)'}: contains an invalid character (a lone surrogate)",
                path=name,
            ) from None
    elif isinstance(data, dict):
        for key, value in data.items():
            _check_strings(key, name, where)
            _check_strings(value, name, f"{where}.{_name(key)}" if where else _name(key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            _check_strings(value, name, f"{where}[{i}]")


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
    try:
        raw = read_bytes(text_path, max_bytes)
    except InputError as exc:
        raise InputError(f"source.text_file: {exc}", path=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            f"source.text_file: {text_path} is not UTF-8 text", path=str(path)
        ) from None
    if "\x00" in text:
        raise InputError(f"source.text_file: {text_path} is binary data, not text", path=str(path))
    return bundle, text
