"""Natural keys: what makes a fact the same fact when another article (or a reload) states it.

Keys are readable strings built from actor keys (ISO3 for states, ``kind:name`` otherwise) so that
a curator can see why two facts merged. Long keys end in a hash to stay within the column.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable

MAX_KEY = 500
_NON_WORD = re.compile(r"[^\w]+")


def norm_words(text: str | None) -> str:
    """Lower-case words joined by single spaces, without punctuation."""
    if not text:
        return ""
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def _join(parts: Iterable[object]) -> str:
    key = "|".join("" if part is None else str(part) for part in parts)
    if len(key) <= MAX_KEY:
        return key
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return key[: MAX_KEY - 18] + "#" + digest


def _set(keys: Iterable[str]) -> str:
    return "+".join(sorted(set(keys)))


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else "?"


def meeting_key(
    sides: Iterable[str], start: dt.date | None, kind: str, location: str | None
) -> str:
    """Same meeting: same sides on the same first day (place and kind only when undated)."""
    if start is not None:
        return _join(("meeting", _day(start), _set(sides)))
    return _join(("meeting", "?", _set(sides), kind, norm_words(location)))


def agreement_key(parties: Iterable[str], title: str, modality: str) -> str:
    """Same agreement: same parties, same title words, same modality."""
    return _join(("agreement", _set(parties), norm_words(title), modality))


def aid_flow_key(
    donor: str,
    recipient: str | None,
    amount: int | None,
    currency: str | None,
    status: str,
    modality: str,
    purpose: str | None,
    program: str | None,
) -> str:
    """Same flow: same donor, recipient, amount, currency, status and modality.

    A flow with no amount is told apart by its programme or purpose instead.
    """
    detail = "" if amount is not None else (program or norm_words(purpose))
    return _join(
        (
            "aid",
            donor,
            recipient or "-",
            amount if amount is not None else "?",
            currency or "-",
            status,
            modality,
            detail,
        )
    )


def statement_key(
    kind: str, speakers: Iterable[str], target: str | None, topic: str | None, modality: str
) -> str:
    """Same statement: same kind, speakers, target, topic and modality."""
    return _join(("statement", kind, _set(speakers), target or "-", norm_words(topic), modality))


def relation_key(kind: str, actor: str, other: str, modality: str) -> str:
    """Same relation: same kind between the same pair (in either order)."""
    first, second = sorted((actor, other))
    return _join(("relation", kind, first, second, modality))


def role_key(person: str, title: str, organization: str | None) -> str:
    """Same role: same person, title words and organisation."""
    return _join(("role", person, norm_words(title), organization or "-"))
