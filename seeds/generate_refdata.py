"""Keep the pycountry-derived parts of the shipped reference data in step with pycountry.

Run ``python -m entente.seeds.generate_refdata`` after upgrading pycountry. It rewrites
``states.csv`` and ``currencies.csv`` so that they hold one row for every ISO 3166-1 country
and every ISO 4217 currency that pycountry knows. Codes, ISO currency names and numeric codes
come from pycountry; the curated columns (common name, official name, Wikidata QID, CAMEO code,
minor unit) are kept exactly as they stand in the file. A country or currency the file lacks is
added with pycountry's values and empty curated columns, to be reviewed by hand; one pycountry no
longer knows is dropped. Running it twice changes nothing.

``aliases.csv``, ``organizations.csv`` and ``sectors.csv`` are curated by hand and not touched.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

import pycountry

STATE_COLUMNS = ("iso3", "iso2", "name", "official_name", "wikidata_qid", "cameo_code")
CURRENCY_COLUMNS = ("code", "name", "numeric_code", "minor_unit")

SEEDS_DIR = Path(__file__).resolve().parent

Row = dict[str, str]


def read_rows(path: Path) -> list[Row]:
    """The rows of a seed CSV, or no rows when the file does not exist yet."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [dict(row) for row in csv.DictReader(handle)]


def render(columns: Iterable[str], rows: Iterable[Mapping[str, str]]) -> str:
    """CSV text with a header row, ``\\n`` line ends and minimal quoting."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    header = list(columns)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    return buffer.getvalue()


def _pycountry_text(record: object, attribute: str) -> str:
    value = getattr(record, attribute, None)
    return value if isinstance(value, str) else ""


def sync_states(existing: Iterable[Mapping[str, str]]) -> list[Row]:
    """One row per pycountry country, sorted by ISO alpha-3, curated columns preserved."""
    by_iso3 = {row["iso3"]: row for row in existing}
    rows: list[Row] = []
    for country in sorted(pycountry.countries, key=lambda c: str(c.alpha_3)):
        iso3 = str(country.alpha_3)
        old = by_iso3.get(iso3)
        if old is None:
            name = _pycountry_text(country, "common_name") or str(country.name)
            official = _pycountry_text(country, "official_name")
            qid = ""
            cameo = ""
        else:
            name = old.get("name", "")
            official = old.get("official_name", "")
            qid = old.get("wikidata_qid", "")
            cameo = old.get("cameo_code", "")
        rows.append(
            {
                "iso3": iso3,
                "iso2": str(country.alpha_2),
                "name": name,
                "official_name": official,
                "wikidata_qid": qid,
                # CAMEO codes countries by their ISO alpha-3 code.
                "cameo_code": cameo or iso3,
            }
        )
    return rows


def sync_currencies(existing: Iterable[Mapping[str, str]]) -> list[Row]:
    """One row per pycountry currency, sorted by code, the curated minor unit preserved."""
    minor_units = {row["code"]: row.get("minor_unit", "") for row in existing}
    return [
        {
            "code": str(currency.alpha_3),
            "name": str(currency.name),
            "numeric_code": str(currency.numeric),
            "minor_unit": minor_units.get(str(currency.alpha_3), ""),
        }
        for currency in sorted(pycountry.currencies, key=lambda c: str(c.alpha_3))
    ]


def regenerate(seeds_dir: Path = SEEDS_DIR) -> list[Path]:
    """Rewrite states.csv and currencies.csv in ``seeds_dir``; return the files that changed."""
    changed: list[Path] = []
    jobs = (
        ("states.csv", STATE_COLUMNS, sync_states),
        ("currencies.csv", CURRENCY_COLUMNS, sync_currencies),
    )
    for filename, columns, sync in jobs:
        path = seeds_dir / filename
        text = render(columns, sync(read_rows(path)))
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def main() -> None:
    """Regenerate the pycountry-derived seed files and say which ones changed."""
    changed = regenerate()
    if changed:
        for path in changed:
            print(f"updated {path.name}")
    else:
        print("reference data already matches pycountry")


if __name__ == "__main__":
    main()
