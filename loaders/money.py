"""Amounts of money in news text: ``$397 million``, ``Rs10bn``, ``half a billion dollars``.

``parse_money`` reads a string that is one amount (a fact file's ``amount_text``);
``find_money`` finds every amount in running text (the article extractor);
``find_vague_amounts`` finds quantities with no figure (``billions of ...``).

The rules, in one place:

* **Amounts** are exact ``Decimal`` whole currency units: ``$397 million`` is 397000000.
  Text with sub-unit precision (``$1.2345678 million``, ``1,250,000.50 dollars``) is
  rounded half-even to whole units. Digits may be grouped ``1,250,000`` or, the South Asian
  way, ``1,25,00,000``; a decimal comma (``1,5 million``) is not read. Negative amounts
  (``-$5 million``) are not money. ``€1,2 milliard`` (a decimal comma, a scale word that is
  not English) is refused, not guessed.
* **Scales**, in any case: thousand, k, million, m, mn, mln, billion, b, bn, bln, trillion,
  tn, trn, tr, crore or cr (10^7), lakh or lac (10^5), and ``lakh crore`` / ``thousand crore``.
  One-letter scales attach to the figure (``$5m``; ``$5 m`` is five dollars and a stray m);
  the others may follow a space or a hyphen (``$397-million``).
  Number words (``one``, ``a``, ``half a``, ``two and a half``, ``twenty-five``) count only
  before a scale word (``a billion dollars``); ``five dollars`` is not read.
* **Currencies** come from ``seeds/currency_words.csv`` (``token,code,kind``) plus every ISO
  4217 code pycountry knows (``XXX`` and ``XTS``, which name no currency, left out):
  ``symbol`` and ``prefix`` tokens stand before the figure (``€500m``, ``Rs 10 crore``),
  ``word`` tokens after it (``500 million euros``, any case), ``code`` tokens and ISO codes
  before or after (``USD 1.2bn``, ``5 million CHF``, ``RMB 3bn``). Symbols, prefixes and codes
  match case-sensitively and never straight after a letter or digit (so ``a$2m`` is skipped).
  A one-letter prefix (``R`` for the rand) needs a scale: ``R2 billion`` yes, ``R 20`` no.
  A currency word that repeats the prefix joins the amount (``$5 million dollars``).
  Bare ``won`` (a verb too) names the currency only after a scale (``4 trillion won``);
  bare ``pounds`` (a weight too) is not in the table, ``pounds sterling`` and
  ``Egyptian pounds`` are.
* **Ambiguous currencies**: the ``code`` column may list several codes separated by ``|``.
  The token then means ``default_currency`` when that is one of them; otherwise the code
  marked ``*`` (``$`` is USD unless the default is another dollar; ``¥`` is JPY unless it is
  CNY), or no currency (``None``) when none is marked: ``Rs``, ``₨`` and bare ``rupees`` are
  ``None`` unless ``default_currency`` is a rupee currency such as PKR or INR.
* **Ranges** whose first figure has no scale (``$3-5 million``, ``two to three billion
  dollars``, ``between $3 and 5 billion``) are one amount with ``amount=None``: they are not
  one figure. ``$3 million to $5 million`` is two amounts, and a year is never the first
  figure of a range (``since 2021 to $1 billion`` is ``$1 billion``).
* **Vague quantities** (``billions``, ``hundreds of millions``, ``several billion``,
  ``multibillion``) have ``amount=None``. ``find_money`` reports them only when a currency is
  named (``billions of dollars``, ``a multibillion-dollar loan``); ``find_vague_amounts``
  reports them all (``billions of Chinese investment`` gives the span ``billions``).
* ``find_money`` needs a currency marker: ``5 million people`` is not money, nor is a
  comma-less four-digit figure that reads as a year (``in 2019 dollars``). ``parse_money``
  also takes a bare figure (``397 million``), whose currency is then ``default_currency``.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal
from importlib.resources import files

from entente.loaders.text import lower_keeping_offsets, non_overlapping

__all__ = [
    "Money",
    "MoneyError",
    "MoneySpan",
    "find_money",
    "find_vague_amounts",
    "parse_money",
]


class MoneyError(ValueError):
    """A string is not one amount of money; the message says what was expected."""


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money as a text states it."""

    amount: Decimal | None
    """Whole currency units (397000000 for ``$397 million``); None for ``billions of dollars``."""
    currency: str | None
    """ISO 4217 code; None when the text names no currency or an ambiguous one."""
    text: str
    """The matched text."""


@dataclass(frozen=True, slots=True)
class MoneySpan:
    """Where an amount of money stands in a searched text."""

    start: int
    end: int
    money: Money


# --- the currency table ---------------------------------------------------------------------

_KINDS = frozenset({"symbol", "prefix", "word", "code"})
_NOT_CURRENCIES = frozenset({"XXX", "XTS"})  # ISO "no currency" and "testing" codes


@dataclass(frozen=True, slots=True)
class _Marker:
    """What a currency token can stand for."""

    codes: frozenset[str]
    fallback: str | None

    def resolve(self, default: str | None) -> str | None:
        if default is not None and default in self.codes:
            return default
        return self.fallback


@dataclass(frozen=True, slots=True)
class _Table:
    before: dict[str, _Marker]  # symbols, prefixes, codes: exact text before a figure
    after_words: dict[str, _Marker]  # currency words, casefolded, single spaces
    after_codes: dict[str, _Marker]  # codes after a figure, exact text
    longest_before: int
    iso: frozenset[str]
    # Cheap first looks that spare most figures the full lookups:
    before_ends: frozenset[str]  # the last character of every token in ``before``
    after_starts: frozenset[str]  # the first word of every key in ``after_words``


def _word_key(phrase: str) -> str:
    return " ".join(phrase.replace("-", " ").replace("\u2019", "'").split()).casefold()


def _parse_codes(field: str, iso: frozenset[str], where: str) -> _Marker:
    codes: list[str] = []
    starred: list[str] = []
    for part in field.split("|"):
        code = part.strip().rstrip("*")
        if code not in iso:
            raise ValueError(f"{where}: {code!r} is not an ISO 4217 currency code")
        codes.append(code)
        if part.strip().endswith("*"):
            starred.append(code)
    if len(starred) > 1:
        raise ValueError(f"{where}: at most one code may be marked with *")
    if len(codes) == 1:
        return _Marker(frozenset(codes), codes[0])
    return _Marker(frozenset(codes), starred[0] if starred else None)


def _iso_codes() -> frozenset[str]:
    import pycountry  # imported here: only the first call pays for it

    return frozenset(c.alpha_3 for c in pycountry.currencies) - _NOT_CURRENCIES


def _load_table(csv_text: str) -> _Table:
    iso = _iso_codes()
    before: dict[str, _Marker] = {}
    after_words: dict[str, _Marker] = {}
    after_codes: dict[str, _Marker] = {}

    def put(target: dict[str, _Marker], key: str, marker: _Marker, where: str) -> None:
        if key in target:
            raise ValueError(f"{where}: {key!r} is listed twice")
        target[key] = marker

    reader = csv.DictReader(io.StringIO(csv_text))
    if reader.fieldnames != ["token", "code", "kind"]:
        raise ValueError("currency_words.csv must have the columns token,code,kind")
    for line, row in enumerate(reader, start=2):
        where = f"currency_words.csv line {line}"
        token, kind = row["token"], row["kind"]
        if not token or token != token.strip():
            raise ValueError(f"{where}: empty token or spaces around it")
        if kind not in _KINDS:
            raise ValueError(f"{where}: kind must be one of {sorted(_KINDS)}, got {kind!r}")
        marker = _parse_codes(row["code"], iso, where)
        if kind == "word":
            put(after_words, _word_key(token), marker, where)
        else:
            put(before, token, marker, where)
            if kind == "code":
                put(after_codes, token, marker, where)
    for code in iso:
        marker = _Marker(frozenset({code}), code)
        before.setdefault(code, marker)
        after_codes.setdefault(code, marker)
    return _Table(
        before,
        after_words,
        after_codes,
        max(map(len, before)),
        iso,
        frozenset(token[-1] for token in before),
        frozenset(key.split()[0] for key in after_words),
    )


@functools.cache
def _table() -> _Table:
    resource = files("entente.seeds").joinpath("currency_words.csv")
    return _load_table(resource.read_text(encoding="utf-8"))


# --- patterns --------------------------------------------------------------------------------

_SP = " \u00a0"  # the spaces allowed inside an amount
_EXACT = Context(prec=60)  # wide enough that scaling a figure never rounds
_ONE = Decimal(1)

_SCALES: dict[str, int] = {
    "thousand": 3, "k": 3,
    "million": 6, "m": 6, "mn": 6, "mln": 6,
    "billion": 9, "b": 9, "bn": 9, "bln": 9,
    "trillion": 12, "tn": 12, "trn": 12, "tr": 12,
    "crore": 7, "crores": 7, "cr": 7,
    "lakh": 5, "lakhs": 5, "lac": 5, "lacs": 5,
}  # fmt: skip

# A figure: Western or South Asian digit groups, or a plain run of digits, with decimals.
# It starts with the digit (its left edge is checked in code) so that re can skip to digits fast.
_DIGIT_CORE = re.compile(
    r"(?P<num>[0-9](?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]?(?:,[0-9]{2})+,[0-9]{3}|[0-9]{0,17}))"
    r"(?P<frac>\.[0-9]{1,12})?"
    r"(?![0-9]|[.,][0-9])"
    r"(?:(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0])?"
    r"(?P<scale>(?i:thousand|trillion|billion|million|crores|crore|lakhs|lakh|lacs|lac|cr"
    r"|mln|bln|trn|mn|bn|tn|tr))(?!\w)"
    r"|(?P<short>(?i:[kmb]))(?!\w))?"
)
_CRORE_AFTER = re.compile(r"[ \u00a0](?i:crores?)(?!\w)")
# Word figures and vague quantities always hold a scale word. These pieces of one keep their
# case in "million", "Million" and "MILLION" alike, so str.find spots them fast; the patterns
# below then run on a lower-cased copy of the text near them only.
_ANCHOR_PIECES = ("illion", "ILLION", "housand", "HOUSAND", "rore", "RORE", "akh", "AKH")
_SCALE_WORD = re.compile(r"\b(?:thousand|million|billion|trillion|crores?|lakhs?)\b")

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_NUMBER_WORDS = "|".join(
    sorted([*_UNITS, *_TENS, "hundred", "half", "and", "an", "a"], key=len, reverse=True)
)
_WORDS_BEFORE = re.compile(r"(?<![^\W_])(?:(?:" + _NUMBER_WORDS + r")(?:[ \u00a0]+|-))+\Z")
_WORD_TOKEN = re.compile(r"[A-Za-z]+")
_WHOLE_WORDS = "|".join(
    sorted([*_UNITS, *_TENS, "hundred", "and", "an", "a"], key=len, reverse=True)
)
# The first figure of a range in words: "two to three billion", "between two and three billion".
_RANGE_HEAD = re.compile(
    r"(?<![^\W_])(?P<words>(?:"
    + _WHOLE_WORDS
    + r")(?:(?:[ \u00a0]+|-)(?:"
    + _WHOLE_WORDS
    + r"))*?)(?:[ \u00a0]+(?:to|and)[ \u00a0]+|[ \u00a0]*[-\u2013][ \u00a0]*)\Z"
)

_VAGUE = re.compile(
    r"(?<![^\W_])(?:"
    r"(?P<plural>(?:(?:tens|hundreds)[ \u00a0]+of[ \u00a0]+)?(?:millions|billions|trillions"
    r"|crores|lakhs))"
    r"|(?P<multi>multi-?(?:million|billion|trillion))"
    r"|(?P<several>(?:several|a[ \u00a0]+few|a[ \u00a0]+couple[ \u00a0]+of)(?:[ \u00a0]+hundred)?"
    r"[ \u00a0]+(?:million|billion|trillion))"
    r")(?!\w)"
)
_OF = re.compile(r"[ \u00a0]+of(?=[ \u00a0])")

# a word may hold an apostrophe ("pa'anga", "pa\u2019anga")
_WORD = r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?(?:\.[^\W\d_]+)*\.?"
_SUFFIX = re.compile(
    rf"[ \u00a0-](?P<w1>{_WORD})(?:[ \u00a0-](?P<w2>{_WORD}))?(?:[ \u00a0-](?P<w3>{_WORD}))?"
)
_RANGE_SEP = re.compile(r"[ \u00a0]*[-\u2013][ \u00a0]*|[ \u00a0]+to[ \u00a0]+")
_AND_SEP = re.compile(r"[ \u00a0]+and[ \u00a0]+")
_BETWEEN = re.compile(r"(?i)\bbetween[ \u00a0]+\Z")
_DIGITS = frozenset("0123456789")
_MINUS = "-\u2212"
# Currency words that are everyday English words too ("in 1987 won the seat"): they name a
# currency only after a scale ("4 trillion won").
_NEEDS_A_SCALE = frozenset({"won"})


# --- scanning --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Core:
    """A figure with its scale, before currency markers are looked for."""

    start: int
    end: int
    value: Decimal | str | None  # a figure's digits stay a string until it proves to be money
    scaled: bool
    year_like: bool = False
    vague: str | None = None  # "plural", "multi" or "several" for a quantity with no figure


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    value: Decimal | str | None
    marker: _Marker | None
    scaled: bool
    negative: bool = False


def _digit_cores(text: str) -> list[_Core]:
    cores: list[_Core] = []
    for m in _DIGIT_CORE.finditer(text):
        if m.start() > 0 and (text[m.start() - 1] in _DIGITS or text[m.start() - 1] in ".,"):
            continue  # the tail of a longer figure or of "1,5"
        num, frac = m.group("num"), m.group("frac") or ""
        scale = (m.group("scale") or m.group("short") or "").casefold()
        end = m.end()
        exponent = _SCALES.get(scale, 0)
        if scale in ("thousand", "lakh", "lakhs", "lac", "lacs"):
            crore = _CRORE_AFTER.match(text, end)
            if crore:
                exponent += 7
                end = crore.end()
        year_like = not scale and not frac and len(num) == 4 and num[0] in "12"
        value = f"{num.replace(',', '')}{frac}e{exponent}"
        cores.append(_Core(m.start(), end, value, bool(scale), year_like))
    return cores


def _int_words(tokens: list[str]) -> int | None:
    """The value of ``a``, ``seven``, ``twenty five``, ``three hundred and fifty``."""
    if tokens in (["a"], ["an"]):
        return 1
    total = 0
    if "hundred" in tokens:
        at = tokens.index("hundred")
        head, tokens = tokens[:at], tokens[at + 1 :]
        if head in (["a"], ["an"]):
            total = 100
        elif len(head) == 1 and head[0] in _UNITS and _UNITS[head[0]] < 10:
            total = 100 * _UNITS[head[0]]
        else:
            return None
        if tokens[:1] == ["and"]:
            tokens = tokens[1:]
            if not tokens:
                return None
        if not tokens:
            return total
    if len(tokens) == 1 and tokens[0] in _UNITS:
        return total + _UNITS[tokens[0]]
    if len(tokens) == 1 and tokens[0] in _TENS:
        return total + _TENS[tokens[0]]
    if len(tokens) == 2 and tokens[0] in _TENS and tokens[1] in _UNITS and _UNITS[tokens[1]] < 10:
        return total + _TENS[tokens[0]] + _UNITS[tokens[1]]
    return None


def _words_value(tokens: list[str]) -> Decimal | None:
    """The value of number words before a scale, or None when they do not make a number."""
    if tokens in (["half", "a"], ["half", "an"], ["a", "half"]):
        return Decimal("0.5")
    if len(tokens) > 3 and tokens[-3:] == ["and", "a", "half"]:
        whole = _int_words(tokens[:-3])
        return None if whole is None else whole + Decimal("0.5")
    whole = _int_words(tokens)
    return None if whole is None else Decimal(whole)


def _word_cores(low: str, anchors: list[int]) -> list[_Core]:
    cores: list[_Core] = []
    seen: set[int] = set()
    for anchor in anchors:
        m = _SCALE_WORD.search(low, max(0, anchor - 3), min(len(low), anchor + 12))
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        run = _WORDS_BEFORE.search(low, max(0, m.start() - 60), m.start())
        if run is None:
            continue
        words = list(_WORD_TOKEN.finditer(low, run.start(), run.end()))
        # Drop leading words until the rest makes a number: "trade and two billion".
        for i in range(len(words)):
            value = _words_value([w.group() for w in words[i:]])
            if value is not None:
                exponent = _SCALES[m.group()]
                end = m.end()
                if exponent in (3, 5):
                    crore = _CRORE_AFTER.match(low, end)
                    if crore:
                        exponent += 7
                        end = crore.end()
                cores.append(_Core(words[i].start(), end, value.scaleb(exponent, _EXACT), True))
                head = _RANGE_HEAD.search(low, max(0, words[i].start() - 60), words[i].start())
                if head is not None:
                    first = _int_words(_WORD_TOKEN.findall(head.group("words")))
                    if first is not None:
                        cores.append(_Core(head.start(), head.end("words"), Decimal(first), False))
                break
    return cores


def _vague_cores(low: str, anchors: list[int]) -> list[_Core]:
    cores: dict[int, _Core] = {}
    for anchor in anchors:
        for m in _VAGUE.finditer(low, max(0, anchor - 30), min(len(low), anchor + 12)):
            if m.start() <= anchor < m.end() and m.start() not in cores:
                cores[m.start()] = _Core(m.start(), m.end(), None, True, vague=m.lastgroup)
    return list(cores.values())


def _anchors(text: str) -> list[int]:
    """Offsets inside every scale word (million, Thousand, CRORE...), found with str.find."""
    found: list[int] = []
    for piece in _ANCHOR_PIECES:
        at = text.find(piece)
        while at >= 0:
            found.append(at)
            at = text.find(piece, at + 1)
    return found


def _prefix_before(text: str, pos: int, table: _Table) -> tuple[int, str, _Marker] | None:
    """The currency token written just before ``pos``, allowing one space."""
    end = pos
    if end > 0 and text[end - 1] in _SP:
        end -= 1
    if end == 0 or text[end - 1] not in table.before_ends:
        return None
    for length in range(min(table.longest_before, end), 0, -1):
        token = text[end - length : end]
        marker = table.before.get(token)
        if marker is not None and not (end - length > 0 and text[end - length - 1].isalnum()):
            return end - length, token, marker
    return None


def _suffix_after(
    text: str, pos: int, table: _Table, *, scaled: bool = True
) -> tuple[int, _Marker] | None:
    """The currency word or code written just after ``pos`` (a figure with a scale if
    ``scaled``: only then may the word be one that is also an everyday word, like won)."""
    m = _SUFFIX.match(text, pos)
    if m is None:
        return None
    first = m.group("w1").replace("\u2019", "'")
    if (
        first.casefold() not in table.after_starts
        and first.rstrip(".").casefold() not in table.after_starts
        and first.rstrip(".") not in table.after_codes
    ):
        return None
    start = m.start("w1")
    for group in ("w3", "w2", "w1"):
        end = m.end(group)
        if end < 0:
            continue
        phrase = text[start:end]
        key = _word_key(phrase)
        if key.endswith(".") and key not in table.after_words:
            key, end = key[:-1], end - 1
        marker = table.after_words.get(key)
        if marker is not None and not scaled and key in _NEEDS_A_SCALE:
            marker = None
        if marker is None and group == "w1":
            marker = table.after_codes.get(phrase.rstrip("."))
            end = start + len(phrase.rstrip("."))
        if marker is not None:
            return end, marker
    return None


def _is_minus(text: str, pos: int) -> bool:
    """Whether a minus sign (not a hyphen between words) stands just before ``pos``."""
    return pos > 0 and text[pos - 1] in _MINUS and not (pos > 1 and text[pos - 2].isalnum())


def _locate(text: str, core: _Core, table: _Table, *, need_marker: bool) -> _Found | None:
    """Attach the currency markers around a figure; None when it is not an amount."""
    start, end, marker = core.start, core.end, None
    prefix = _prefix_before(text, core.start, table)
    if prefix is not None:
        prefix_start, token, found = prefix
        if len(token) == 1 and token.isalpha() and not core.scaled:
            prefix = None  # "R 20" is not rand; "R2 billion" is
        else:
            start, marker = prefix_start, found
            # "$5 million dollars": take a redundant currency word that agrees with the prefix.
            again = _suffix_after(text, core.end, table, scaled=core.scaled)
            if again is not None and again[1].codes & found.codes:
                end = again[0]
    if prefix is None and core.start > 0 and text[core.start - 1].isalnum():
        return None  # "A380", or a prefix that is glued to a word
    if marker is None:
        suffix = None
        if core.vague == "plural":
            of = _OF.match(text, core.end)
            if of is not None:
                suffix = _suffix_after(text, of.end(), table)
        else:
            suffix = _suffix_after(text, core.end, table, scaled=core.scaled)
        if suffix is not None:
            end, marker = suffix
    if need_marker and (marker is None or (core.year_like and prefix is None)):
        return None
    return _Found(start, end, core.value, marker, core.scaled, _is_minus(text, start))


def _merge_ranges(
    text: str, cores: list[_Core], table: _Table, *, need_marker: bool
) -> list[_Found]:
    """Join ``$3-5 million`` into one amount-less range; locate every other figure."""
    found: list[_Found] = []
    i = 0
    while i < len(cores):
        core = cores[i]
        if not core.scaled and core.vague is None and i + 1 < len(cores):
            nxt = cores[i + 1]
            range_found = _as_range(text, core, nxt, table)
            if range_found is not None:
                found.append(range_found)
                i += 2
                continue
        located = _locate(text, core, table, need_marker=need_marker)
        if located is not None:
            found.append(located)
        i += 1
    return found


def _as_range(text: str, first: _Core, second: _Core, table: _Table) -> _Found | None:
    if not second.scaled or second.vague is not None or second.start - first.end > 16:
        return None
    if first.year_like:
        return None  # "since 2021 to $1 billion": a year, then an amount
    head = _locate(text, first, table, need_marker=False)
    tail = _locate(text, second, table, need_marker=False)
    if head is None or tail is None or (head.marker is not None and head.end != first.end):
        return None  # the first figure took a currency word after it: "5 dollars to 3 million"
    gap = text[first.end : tail.start]
    between = _BETWEEN.search(text, max(0, head.start - 12), head.start)
    dash = _RANGE_SEP.fullmatch(gap) is not None
    if not (dash or (between is not None and _AND_SEP.fullmatch(gap))):
        return None
    marker = head.marker or tail.marker
    start = head.start if dash or between is None else between.start()
    return _Found(start, tail.end, None, marker, True, head.negative)


def _check_default(default_currency: str | None, table: _Table) -> None:
    if default_currency is not None and default_currency not in table.iso:
        raise MoneyError(
            f"default_currency must be an ISO 4217 code such as USD, got {default_currency!r}"
        )


def _whole_units(value: Decimal | str | None) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = Decimal(value)
    return Decimal(int(value.quantize(_ONE, rounding=ROUND_HALF_EVEN, context=_EXACT)))


def _scan(text: str, default_currency: str | None, *, need_marker: bool) -> list[_Found]:
    table = _table()
    _check_default(default_currency, table)
    cores = _digit_cores(text)
    anchors = _anchors(text)
    if anchors:
        low = lower_keeping_offsets(text)
        cores += _word_cores(low, anchors)
        cores += _vague_cores(low, anchors)
    cores.sort(key=lambda c: (c.start, -c.end))
    found = [
        f
        for f in _merge_ranges(text, cores, table, need_marker=need_marker)
        if not f.negative and (f.marker is not None or not need_marker)
    ]
    return non_overlapping(found)


def _span(text: str, found: _Found, default: str | None, *, bare_default: bool) -> MoneySpan:
    """The public span; ``bare_default`` gives a figure with no marker the default currency."""
    if found.marker is not None:
        currency = found.marker.resolve(default)
    else:
        currency = default if bare_default else None
    money = Money(_whole_units(found.value), currency, text[found.start : found.end])
    return MoneySpan(found.start, found.end, money)


# --- public API ------------------------------------------------------------------------------


def find_money(text: str, *, default_currency: str | None = None) -> list[MoneySpan]:
    """Every amount of money in running text, in order and non-overlapping.

    Only amounts with a currency marker count. Vague quantities count when they name a
    currency (``billions of dollars``, amount None). ``default_currency`` settles
    ambiguous markers (``Rs``, ``rupees``, ``$``) as the module docstring says.
    """
    if not text:
        _check_default(default_currency, _table())
        return []
    return [
        _span(text, f, default_currency, bare_default=False)
        for f in _scan(text, default_currency, need_marker=True)
    ]


def find_vague_amounts(text: str, *, default_currency: str | None = None) -> list[MoneySpan]:
    """Quantities of money with no figure (``billions of ...``, ``several million ...``).

    Every such phrase is returned, with or without a currency: ``billions of Chinese
    investment`` gives the span ``billions`` with ``Money(None, None, "billions")``, and
    ``millions of dollars`` the span ``millions of dollars`` with currency USD. Whether the
    phrase is about money is for the caller to judge from its context.
    """
    table = _table()
    _check_default(default_currency, table)
    located = [
        _locate(text, core, table, need_marker=False)
        for core in _vague_cores(lower_keeping_offsets(text), _anchors(text))
    ]
    found = [f for f in located if f is not None and not f.negative]
    return [_span(text, f, default_currency, bare_default=False) for f in non_overlapping(found)]


def parse_money(text: str, *, default_currency: str | None = None) -> Money:
    """Read a string that is exactly one amount of money.

    A bare figure (``397 million``) is allowed and takes ``default_currency``. Raises
    ``MoneyError`` for anything else: empty text, other words around the amount, two
    amounts, negative amounts.
    """
    stripped = text.strip()
    if not stripped:
        raise MoneyError("expected an amount of money such as '$397 million', got empty text")
    if stripped[0] in _MINUS:
        raise MoneyError(f"expected a positive amount of money, got {text!r}: negative amounts "
                         "are not money")  # fmt: skip
    found = _scan(stripped, default_currency, need_marker=False)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return _span(stripped, found[0], default_currency, bare_default=True).money
    if not found:
        raise MoneyError(
            "expected an amount of money such as '$397 million', '1.2 billion euros' or "
            f"'Rs 10 crore', got {text!r}"
        )
    parts = ", ".join(repr(stripped[f.start : f.end]) for f in found)
    raise MoneyError(f"expected exactly one amount of money and nothing else, got {text!r} "
                     f"(amounts found: {parts})")  # fmt: skip
