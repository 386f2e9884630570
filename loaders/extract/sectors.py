"""Sectors named in a text, from the keyword lists of ``seeds/sectors.csv``."""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

from entente.loaders.extract.document import Document
from entente.loaders.extract.lexicon import PhraseSet


@cache
def sector_phrases() -> PhraseSet:
    """Each sector keyword (and the sector's own name and code) labelled with the sector code."""
    resource = resources.files("entente.seeds").joinpath("sectors.csv")
    labelled: list[tuple[str, str]] = []
    if resource.is_file():
        for row in csv.DictReader(io.StringIO(resource.read_text(encoding="utf-8"))):
            code = (row.get("code") or "").strip()
            if not code:
                continue
            labelled.append((code.replace("_", " "), code))
            name = (row.get("name") or "").strip()
            if name:
                labelled.append((name, code))
            for keyword in (row.get("keywords") or "").split("|"):
                if keyword.strip():
                    labelled.append((keyword.strip(), code))
    return PhraseSet(labelled)


def sectors_in(doc: Document, start: int, end: int) -> list[str]:
    """Sector codes named in ``doc.text[start:end]``, each once, in order."""
    return list(dict.fromkeys(hit.label for hit in doc.find(sector_phrases(), start, end)))
