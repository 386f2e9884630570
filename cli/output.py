"""Print rows as a Rich table for people, or as CSV or JSON for pipes."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Any


class Format(StrEnum):
    """Output formats of the listing commands."""

    AUTO = "auto"  # a table on a terminal, CSV into a pipe or file
    TABLE = "table"
    CSV = "csv"
    JSON = "json"


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value)
    return value


def print_rows(
    rows: Sequence[dict[str, Any]], fmt: Format, columns: list[str] | None = None
) -> None:
    """Print rows in the chosen format; a table says so when there are none."""
    if fmt is Format.AUTO:
        fmt = Format.TABLE if sys.stdout.isatty() else Format.CSV
    columns = columns or (list(rows[0]) if rows else [])
    if fmt is Format.JSON:
        json.dump(
            [{c: _plain(r.get(c)) for c in columns} for r in rows],
            sys.stdout,
            indent=2,
            ensure_ascii=False,
        )
        sys.stdout.write("\n")
        return
    if fmt is Format.CSV:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else _plain(row.get(c)) for c in columns])
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not rows:
        console.print("no rows")
        return
    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(_plain(row.get(c))) for c in columns))
    console.print(table)


def print_document(document: dict[str, Any], fmt: Format) -> None:
    """Print one record with nested lists (a fact and its evidence)."""
    if fmt is Format.JSON:
        json.dump(document, sys.stdout, indent=2, default=_plain, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    import yaml

    plain = json.loads(json.dumps(document, default=_plain))
    sys.stdout.write(yaml.safe_dump(plain, sort_keys=False, allow_unicode=True, width=100))
