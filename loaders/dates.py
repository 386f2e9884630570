"""Dates in news text: ``5 January 2026``, ``May 13-16``, ``on Monday``, ``last week``.

``parse_iso_date`` reads a strict ``YYYY-MM-DD`` (command-line options, fact files);
``parse_date`` reads a string that is one date expression; ``find_dates`` finds every date
expression in running text (the article extractor).

A result is a ``DateSpan``: ``start`` is the first day, ``precision`` says how much of it the
text gives (a month or year span starts on its first day), and ``end`` is the last day of a
range of days, inclusive, or None for a single day, month or year.

The rules, in one place:

* **Absolute** forms: ``5 January 2026``, ``5th of Jan. 2026``, ``January 5, 2026``,
  ``Monday, January 5, 2026``, ``2026-01-05``, ``March 2026`` (month), ``in 2025`` (year; a
  bare year counts only after in, since, during, by, until, before, after, from, through, as
  in ``since 2015`` or ``by mid-2030``), and day ranges ``May 13-16, 2026``,
  ``13-16 May 2026``, ``May 30 - June 2, 2026``, ``from May 13 to 16``. Numeric day/month
  forms (``05/01/2026``) are ambiguous and not read. Month names are capitalised; the
  abbreviations are Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec, with or without a dot.
* Impossible dates (``February 30, 2026``) are never found, and ``parse_date`` raises
  ``DateError``. A weekday that contradicts its date (``Tuesday, January 5, 2026``) makes
  ``parse_date`` raise; ``find_dates`` then reports the date without the weekday.
* **Relative** forms need the published date, which anchors them:
  - ``today``, ``yesterday``, ``tomorrow``, ``the day before yesterday``,
    ``the day after tomorrow``, ``three days ago``, ``two weeks ago``: days.
  - ``on Monday`` / ``this Monday``: the latest Monday on or before the published date;
    ``last Monday`` / ``this past Monday``: the latest strictly before;
    ``next Monday`` / ``this coming Monday``: the first strictly after. In running text a
    sentence that speaks of the future before the weekday (``will meet on Monday``, ``is due
    on Monday``: will, would, due, expected to, scheduled... with no said/announced after it)
    makes it the first Monday on or after the published date. ``Britain will pay, the
    minister said on Monday`` stays in the past: the date goes with ``said``.
  - ``last week``, ``this week``, ``next week``: the Monday-to-Sunday week, as a range of days;
    ``earlier this week`` runs from its Monday to the published date, ``later this week`` from
    the published date to its Sunday.
  - ``last month``, ``this month``, ``earlier this month``, ``later this month``,
    ``next month``, ``a month ago``: month precision. Likewise ``... year``: year precision.
  - ``in March`` (also since, during, until, before, after, by, from, early, late, mid-):
    March of the published year when March is not after the published month, else of the
    year before. In running text, a future sentence as for weekdays (``will meet in March``)
    turns this round: the published year when March is not before the published month, else
    the year after; ``since March`` always looks back. ``last March`` is the latest March
    before the published month, ``next March`` the first after it, ``this March`` the one in
    the published year.
  - A day or range with no year (``January 5``, ``May 13-16``) takes the year that puts it
    nearest the published date (a tie goes to the past): in a January 2026 article
    ``December 30`` is 2025-12-30 and ``January 10`` is 2026-01-10.
* With no published date, ``parse_date`` raises ``RelativeDateError`` for a relative form;
  ``find_dates`` leaves relative forms out, or raises ``RelativeDateError`` with
  ``strict=True``.
* ``find_dates`` uses patterns only. ``parse_date`` falls back on dateparser (imported on
  first need: it is slow to import and to run) for offsets the patterns lack, such as
  ``in 3 days``, ``10 days from now`` or ``a fortnight ago``; the result has day precision.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from entente.loaders.text import lower_keeping_offsets, non_overlapping
from entente.models.vocab import DatePrecision

__all__ = [
    "DateError",
    "DateMatch",
    "DateSpan",
    "RelativeDateError",
    "find_dates",
    "parse_date",
    "parse_iso_date",
]


class DateError(ValueError):
    """A string is not a date this module can read; the message says what was expected."""


class RelativeDateError(DateError):
    """A relative date (``on Monday``, ``last week``) was given no published date."""


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The days a date expression covers."""

    start: dt.date
    end: dt.date | None
    """The last day of a range of days, inclusive; None for one day, month or year."""
    precision: DatePrecision


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a text."""

    start: int
    end: int
    span: DateSpan
    is_relative: bool
    """Whether the published date was needed to read it."""
    text: str


# --- words -----------------------------------------------------------------------------------

_MONTH_NAMES: list[tuple[str, ...]] = [
    # the full name first, then its abbreviations (written with or without a dot)
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept", "Sep"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
]
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
_WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    )
}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_FULL_MONTH = "|".join(names[0] for names in _MONTH_NAMES)
_SHORT_MONTH = "|".join(short for names in _MONTH_NAMES for short in names[1:])
_MONTH_RE = rf"(?:{_FULL_MONTH}|(?:{_SHORT_MONTH})\.?)(?![A-Za-z])"
_WEEKDAY_RE = "(?:" + "|".join(_WEEKDAYS) + r")(?![A-Za-z])"


def _mon(name: str) -> str:
    return rf"(?P<{name}>{_MONTH_RE})"


def _day(name: str) -> str:
    return rf"(?P<{name}>[0-9]{{1,2}})(?:st|nd|rd|th)?(?![0-9A-Za-z])"


def _year(name: str) -> str:
    return rf"(?P<{name}>[12][0-9]{{3}})(?![0-9])"


_SEP = r"(?:\s*[-\u2013\u2014]\s*|\s+(?:to|through|until|till)\s+)"
_OF = r"(?:\s+of)?"
# Between two day figures of one month a pair of days is a range too ("on 5 and 6 October").
_DS = r"(?:" + _SEP + r"|\s+and\s+)"

# Forms that start with a day figure, longest first.
_DAY_FIRST = [
    re.compile(
        _day("d1") + _OF + r"\s+" + _mon("m1") + rf"(?:,?\s+{_year('y1')})?"
        + _SEP + _day("d2") + _OF + r"\s+" + _mon("m2") + rf"(?:,?\s+{_year('y2')})?"
    ),
    re.compile(_day("d1") + _DS + _day("d2") + r"\s+" + _mon("m1") + rf"(?:,?\s+{_year('y1')})?"),
    re.compile(_day("d1") + _OF + r"\s+" + _mon("m1") + rf"(?:,?\s+{_year('y1')})?"),
]  # fmt: skip
# Forms that start with a month name, longest first.
_MONTH_FIRST = [
    re.compile(
        _mon("m1") + r"\s+" + _day("d1") + rf"(?:,?\s+{_year('y1')})?"
        + _SEP + _mon("m2") + r"\s+" + _day("d2") + rf"(?:,?\s+{_year('y2')})?"
    ),
    re.compile(_mon("m1") + r"\s+" + _day("d1") + _DS + _day("d2") + rf"(?:,?\s+{_year('y1')})?"),
    re.compile(_mon("m1") + r"\s+" + _day("d1") + rf"(?:,?\s+{_year('y1')})?"),
    re.compile(_mon("m1") + r",?\s+" + _year("y1")),
]  # fmt: skip
_MONTH_ALONE = re.compile(rf"(?P<m1>{_FULL_MONTH})(?![A-Za-z])")
_ISO = re.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})(?![0-9])")
_ISO_STRICT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YEAR = re.compile(_year("y1"))
_WEEKDAY = re.compile(rf"(?P<wd>{_WEEKDAY_RE})")
_PART_WORDS = re.compile(r"(?:end|beginning|start|middle) of")
_PART_OF_PERIOD = re.compile(
    r"\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?P<which>the|this|next)\s+"
    r"(?P<unit>month|year)\b"
)
_HALF_YEAR = re.compile(
    r"\b(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+"
    r"(?:(?P<which>the|this|next)\s+year\b|(?P<year>(?:19|20)[0-9]{2})(?![0-9]))"
)
_WEEKDAY_PAIR = re.compile(rf"\s*(?:and|to|through|-|\u2013)\s*(?P<wd2>{_WEEKDAY_RE})")

# Context read backwards from a figure or a name; they end at the position they are asked about.
_CONTEXT = r"(?:in|since|during|by|until|till|before|after|from|through|throughout)"
_YEAR_CONTEXT = re.compile(
    rf"(?i)\b{_CONTEXT}\s+(?:(?:early|late|mid)(?:\s+|-))?\Z"
    r"|\b(?:first|second|latter|last|early|later)\s+(?:half|part|quarter|months)\s+of\s+\Z"
)
_MONTH_CONTEXT = re.compile(
    rf"(?i)\b(?:{_CONTEXT}\s+(?:(?:early|late|mid)(?:\s+|-))?|(?:early|late)\s+|mid-)\Z"
)
_MONTH_MODIFIER = re.compile(r"(?i)\b(?P<mod>last|next|this)\s+\Z")
_WEEKDAY_BEFORE = re.compile(rf"(?P<wd>{_WEEKDAY_RE}),?\s+(?:the\s+)?\Z")
_WEEKDAY_MODIFIER = re.compile(
    r"(?i)\b(?P<mod>this\s+coming|this\s+past|next|last|this|coming|past)\s+\Z"
)
_AGO_AFTER_FIGURE = re.compile(r"(?i)[0-9]{1,3}\s+(?P<unit>day|week|month|year)s?\s+ago\b")
_AGO_BEFORE = re.compile(
    r"\b(?P<n>[0-9]{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<unit>day|week|month|year)s?\s+\Z"
)
_DAY_WORD_BEFORE = re.compile(r"\bthe\s+day\s+(?P<dir>before|after)\s+\Z")
_PERIOD_BEFORE = re.compile(r"\b(?:(?:(?P<when>earlier|later)\s+)?this|(?P<dir>last|next))\s+\Z")

# Words that put what follows them in the sentence in the future.
_FUTURE = re.compile(
    r"(?i)\b(?:will|would|shall|won't|wouldn't|due|expected\s+to|set\s+to|plans?\s+to"
    r"|planned\s+to|planning\s+to|intends?\s+to|scheduled|to\s+be\s+held|agreed\s+to"
    r"|is\s+to|are\s+to|upcoming|next)\b|\w'll\b"
)

_ATTRIBUTION = re.compile(
    r"(?i)\b(?:said|says|announced|told|added|stated|reported|confirmed|noted|according)\b"
)

# Where to look: figures, capitalised words that may name a month or weekday, relative words.
_FIGURE = re.compile(r"[0-9]+")
_CAPITAL = re.compile(r"[ADFJMNOSTW][a-z]")
_NAME_STARTS = frozenset(name[:2] for name in [*_MONTHS, *_WEEKDAYS])
_RELATIVE_WORDS = ("yesterday", "today", "tomorrow", "week", "month", "year", "ago")


# --- candidates ------------------------------------------------------------------------------


class _NeedsPublished(Exception):
    pass


class _Impossible(Exception):
    pass


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    span: DateSpan | None  # None when the date is impossible or needs the published date
    relative: bool
    error: str | None = None  # why it is impossible
    needs_published: bool = False
    # An impossible date hides the shorter dates inside it ("31 April 2026" is not
    # "April 2026"), except a date whose written weekday is wrong: the date still stands.
    blocks: bool = True


def _make_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        if 1 <= month <= 12:
            raise _Impossible(f"{_month_name(month)} {day}, {year} is not a real date") from None
        raise _Impossible(f"{year:04d}-{month:02d}-{day:02d} is not a real date") from None


def _month_name(month: int) -> str:
    return _MONTH_NAMES[month - 1][0]


def _month_of(token: str) -> int:
    return _MONTHS[token.rstrip(".")]


def _need(published: dt.date | None) -> dt.date:
    if published is None:
        raise _NeedsPublished
    return published


def _nearest_year(published: dt.date, month: int, day: int) -> int:
    """The year that puts month/day nearest the published date; a tie goes to the past."""
    best: tuple[int, bool] | None = None
    best_year = published.year
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # out of range, or 29 February in a common year
        key = (abs((candidate - published).days), candidate > published)
        if best is None or key < best:
            best, best_year = key, year
    if best is None:
        raise _Impossible(f"{_month_name(month)} {day} is not a real date")
    return best_year


def _month_start(year: int, month: int, shift: int = 0) -> dt.date:
    index = year * 12 + (month - 1) + shift
    return dt.date(index // 12, index % 12 + 1, 1)


def _cand(
    start: int, end: int, resolve: Callable[[], tuple[DateSpan, bool]], relative: bool
) -> _Cand:
    """Run a resolver and record what came of it."""
    try:
        span, relative = resolve()
    except _NeedsPublished:
        return _Cand(start, end, None, True, needs_published=True)
    except _Impossible as exc:
        return _Cand(start, end, None, relative, error=str(exc))
    except (ValueError, OverflowError):
        return _Cand(start, end, None, relative, error="the date falls outside years 1 to 9999")
    return _Cand(start, end, span, relative)


def _day_range(
    published: dt.date | None,
    m1: int,
    d1: int,
    y1: int | None,
    m2: int | None,
    d2: int | None,
    y2: int | None,
) -> tuple[DateSpan, bool]:
    """A day, or a range of days, from the parts a form gave; missing years are inferred."""
    relative = False
    if m2 is None or d2 is None:  # a single day
        if y1 is None:
            y1 = _nearest_year(_need(published), m1, d1)
            relative = True
        return DateSpan(_make_date(y1, m1, d1), None, DatePrecision.DAY), relative
    if y1 is None and y2 is None:
        y1 = _nearest_year(_need(published), m1, d1)
        relative = True
    if y1 is None:
        assert y2 is not None
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if y2 is None:
        y2 = y1 if (m1, d1) <= (m2, d2) else y1 + 1
    first, last = _make_date(y1, m1, d1), _make_date(y2, m2, d2)
    if last < first:
        raise _Impossible(f"the range ends ({last}) before it starts ({first})")
    return DateSpan(first, None if last == first else last, DatePrecision.DAY), relative


def _int(m: re.Match[str], group: str) -> int | None:
    value = m.group(group) if group in m.re.groupindex else None
    return None if value is None else int(value)


def _month(m: re.Match[str], group: str) -> int | None:
    value = m.group(group) if group in m.re.groupindex else None
    return None if value is None else _month_of(value)


def _with_weekday(text: str, m: re.Match[str], published: dt.date | None, out: list[_Cand]) -> None:
    """Record a day form, and the same form with the weekday written before it, if any."""
    m1, d1, y1 = _month(m, "m1"), _int(m, "d1"), _int(m, "y1")
    assert m1 is not None and d1 is not None
    m2, d2, y2 = _month(m, "m2"), _int(m, "d2"), _int(m, "y2")
    if d2 is not None and m2 is None:  # "May 13-16", "13-16 May": both days in one month
        m2, y2 = m1, y1

    def resolve() -> tuple[DateSpan, bool]:
        return _day_range(published, m1, d1, y1, m2, d2, y2)

    plain = _cand(m.start(), m.end(), resolve, relative=y1 is None and y2 is None)
    out.append(plain)
    before = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if before is None or (before.start() > 0 and text[before.start() - 1].isalnum()):
        return
    weekday = _WEEKDAYS[before.group("wd")]
    extended = _Cand(before.start(), m.end(), plain.span, plain.relative, plain.error)
    extended.needs_published = plain.needs_published
    if plain.span is not None and plain.span.start.weekday() != weekday:
        extended.span = None
        extended.blocks = False
        real = _month_name(plain.span.start.month)
        extended.error = (
            f"{before.group('wd')} does not match {real} {plain.span.start.day}, "
            f"{plain.span.start.year}, which is a {list(_WEEKDAYS)[plain.span.start.weekday()]}"
        )
    out.append(extended)


def _figure_candidates(
    text: str, published: dt.date | None, parse_mode: bool, out: list[_Cand]
) -> None:
    for figure in _FIGURE.finditer(text):
        pos = figure.start()
        if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in ".,"):
            continue
        iso = _ISO.match(text, pos)
        if iso is not None:
            y, mo, d = int(iso["y"]), int(iso["m"]), int(iso["d"])
            out.append(
                _cand(
                    pos,
                    iso.end(),
                    partial(_absolute, y, mo, d, DatePrecision.DAY),
                    False,
                )
            )
            continue
        for form in _DAY_FIRST:
            m = form.match(text, pos)
            if m is not None:
                _with_weekday(text, m, published, out)
                break
        year = _YEAR.fullmatch(text, pos, figure.end())
        if year is not None and (
            parse_mode or _YEAR_CONTEXT.search(text, max(0, pos - 24), pos) is not None
        ):
            value = int(year.group("y1"))
            out.append(
                _cand(
                    pos,
                    figure.end(),
                    partial(_absolute, value, 1, 1, DatePrecision.YEAR),
                    False,
                )
            )
        ago = _AGO_AFTER_FIGURE.match(text, pos)
        if ago is not None:
            count, unit = int(figure.group()), ago.group("unit").lower()
            out.append(_cand(pos, ago.end(), partial(_ago, published, count, unit), True))


def _absolute(year: int, month: int, day: int, precision: DatePrecision) -> tuple[DateSpan, bool]:
    return DateSpan(_make_date(year, month, day), None, precision), False


def _ago(published: dt.date | None, count: int, unit: str) -> tuple[DateSpan, bool]:
    day = _need(published)
    if unit == "day":
        return DateSpan(day - dt.timedelta(days=count), None, DatePrecision.DAY), True
    if unit == "week":
        return DateSpan(day - dt.timedelta(weeks=count), None, DatePrecision.DAY), True
    if unit == "month":
        return DateSpan(_month_start(day.year, day.month, -count), None, DatePrecision.MONTH), True
    return DateSpan(dt.date(day.year - count, 1, 1), None, DatePrecision.YEAR), True


def _weekday_span(published: dt.date | None, weekday: int, mod: str) -> tuple[DateSpan, bool]:
    day = _need(published)
    mod = " ".join(mod.lower().split())
    if mod in ("next", "this coming", "coming"):
        delta = (weekday - day.weekday() - 1) % 7 + 1
        return DateSpan(day + dt.timedelta(days=delta), None, DatePrecision.DAY), True
    if mod == "future":  # "will meet on Monday": on or after the published date
        delta = (weekday - day.weekday()) % 7
        return DateSpan(day + dt.timedelta(days=delta), None, DatePrecision.DAY), True
    if mod in ("last", "this past", "past"):
        delta = (day.weekday() - weekday - 1) % 7 + 1
    else:
        delta = (day.weekday() - weekday) % 7
    return DateSpan(day - dt.timedelta(days=delta), None, DatePrecision.DAY), True


def _weekday_range(
    published: dt.date | None, weekday: int, mod: str, days: int
) -> tuple[DateSpan, bool]:
    # the first day is read as a weekday alone is; the range may run past the published
    # date ("talks on Wednesday and Thursday" in copy of Wednesday)
    first, relative = _weekday_span(published, weekday, mod)
    return DateSpan(first.start, first.start + dt.timedelta(days=days), DatePrecision.DAY), relative


def _month_alone(published: dt.date | None, month: int, mod: str) -> tuple[DateSpan, bool]:
    day = _need(published)
    mod = mod.lower()
    if mod == "last":
        year = day.year if month < day.month else day.year - 1
    elif mod == "next":
        year = day.year if month > day.month else day.year + 1
    elif mod == "this":
        year = day.year
    elif mod == "future":  # "will meet in March": this March or, once it has passed, the next
        year = day.year if month >= day.month else day.year + 1
    else:
        year = day.year if month <= day.month else day.year - 1
    return DateSpan(dt.date(year, month, 1), None, DatePrecision.MONTH), True


def _future_context(text: str, pos: int) -> bool:
    """Whether the sentence, up to ``pos``, speaks of what is to come ("will meet on").

    It does when a future word (will, would, due, expected to, scheduled...) stands before
    ``pos`` in the sentence and no attribution verb (said, announced...) comes after it.
    """
    low = max(0, pos - 300)
    start = max(text.rfind(". ", low, pos), text.rfind("? ", low, pos), text.rfind("! ", low, pos))
    start = max(start, text.rfind("\n", low, pos), low)
    future = [m.start() for m in _FUTURE.finditer(text, start, pos)]
    if not future:
        return False
    # "Britain will provide £40m, the government said on Tuesday": the date goes with "said".
    said = [m.start() for m in _ATTRIBUTION.finditer(text, start, pos)]
    return not said or future[-1] > said[-1]


def _name_candidates(
    text: str, published: dt.date | None, parse_mode: bool, out: list[_Cand]
) -> None:
    for capital in _CAPITAL.finditer(text):
        pos = capital.start()
        if capital.group() not in _NAME_STARTS or (pos > 0 and text[pos - 1].isalnum()):
            continue
        found_day = False
        for form in _MONTH_FIRST:
            m = form.match(text, pos)
            if m is not None:
                if "d1" in m.re.groupindex:
                    _with_weekday(text, m, published, out)
                else:
                    month, year = _month_of(m["m1"]), int(m["y1"])
                    out.append(
                        _cand(
                            pos,
                            m.end(),
                            partial(_absolute, year, month, 1, DatePrecision.MONTH),
                            False,
                        )
                    )
                found_day = True
                break
        if not found_day:
            alone = _MONTH_ALONE.match(text, pos)
            if alone is not None:
                month = _MONTHS[alone["m1"]]
                modifier = _MONTH_MODIFIER.search(text, max(0, pos - 8), pos)
                context = _MONTH_CONTEXT.search(text, max(0, pos - 28), pos)
                # "since March" looks back, whatever the verb.
                since = context is not None and context.group().lower().startswith("since")
                future = not since and _future_context(text, pos)
                start, mod = pos, "future" if future else ""
                if modifier is not None:
                    start, mod = modifier.start(), modifier.group("mod")
                if modifier is not None or parse_mode or context is not None:
                    out.append(
                        _cand(
                            start,
                            alone.end(),
                            partial(_month_alone, published, month, mod),
                            True,
                        )
                    )
        weekday = _WEEKDAY.match(text, pos)
        if weekday is not None:
            modifier = _WEEKDAY_MODIFIER.search(text, max(0, pos - 16), pos)
            start, mod = pos, "future" if _future_context(text, pos) else ""
            if modifier is not None:
                start, mod = modifier.start(), modifier.group("mod")
            wd = _WEEKDAYS[weekday.group("wd")]
            out.append(
                _cand(
                    start,
                    weekday.end(),
                    partial(_weekday_span, published, wd, mod),
                    True,
                )
            )
            # (in running text only: a string given as one date is not two weekdays)
            pair = None if parse_mode else _WEEKDAY_PAIR.match(text, weekday.end())
            if pair is not None:
                # "on Tuesday and Wednesday": the days from the first to the second
                days = (_WEEKDAYS[pair.group("wd2")] - wd) % 7
                if 0 < days <= 3:
                    out.append(
                        _cand(
                            start,
                            pair.end(),
                            partial(_weekday_range, published, wd, mod, days),
                            True,
                        )
                    )


def _period_span(
    published: dt.date | None, word: str, when: str, direction: str
) -> tuple[DateSpan, bool]:
    day = _need(published)
    if word == "week":
        monday = day - dt.timedelta(days=day.weekday())
        if direction:
            monday += dt.timedelta(weeks=-1 if direction == "last" else 1)
        sunday = monday + dt.timedelta(days=6)
        if when == "earlier":
            sunday = day
        elif when == "later":
            monday = day
        return DateSpan(monday, None if sunday == monday else sunday, DatePrecision.DAY), True
    shift = {"last": -1, "next": 1}.get(direction, 0)
    if word == "month":
        return DateSpan(_month_start(day.year, day.month, shift), None, DatePrecision.MONTH), True
    return DateSpan(dt.date(day.year + shift, 1, 1), None, DatePrecision.YEAR), True


def _half_year(
    published: dt.date | None, half: str, which: str | None, written: str | None
) -> tuple[DateSpan, bool]:
    if written is not None:
        year = int(written)
    else:
        day = _need(published)
        year = day.year + (1 if which == "next" else 0)
    relative = written is None
    if half == "first":
        return DateSpan(dt.date(year, 1, 1), dt.date(year, 6, 30), DatePrecision.MONTH), relative
    return DateSpan(dt.date(year, 7, 1), dt.date(year, 12, 31), DatePrecision.MONTH), relative


def _relative_candidates(text: str, published: dt.date | None, out: list[_Cand]) -> None:
    low = lower_keeping_offsets(text)
    # "at the end of the month", "the beginning of next year": that month or year
    parts = _PART_OF_PERIOD.finditer(low) if _PART_WORDS.search(low) else ()
    for part in parts:
        direction = "next" if part.group("which") == "next" else ""
        out.append(
            _cand(
                part.start(),
                part.end(),
                partial(_period_span, published, part.group("unit"), "", direction),
                True,
            )
        )
    # "in the second half of the year", "the first half of next year"
    for half in _HALF_YEAR.finditer(low) if "half of" in low else ():
        which, written = half.group("which"), half.group("year")
        out.append(
            _cand(
                half.start(),
                half.end(),
                partial(_half_year, published, half.group("half"), which, written),
                written is None,
            )
        )
    for word in _RELATIVE_WORDS:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            whole = (at == 0 or not low[at - 1].isalnum()) and (
                end == len(low) or not low[end].isalnum()
            )
            if whole:
                _relative_at(low, at, end, word, published, out)
            at = low.find(word, end)


def _offset_day(published: dt.date | None, offset: int) -> tuple[DateSpan, bool]:
    return DateSpan(_need(published) + dt.timedelta(days=offset), None, DatePrecision.DAY), True


def _relative_at(
    low: str, at: int, end: int, word: str, published: dt.date | None, out: list[_Cand]
) -> None:
    if word in ("yesterday", "today", "tomorrow"):
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[word]
        start = at
        before = _DAY_WORD_BEFORE.search(low, max(0, at - 20), at)
        if before is not None and word != "today":
            wanted = "before" if word == "yesterday" else "after"
            if before.group("dir") == wanted:
                offset *= 2
                start = before.start()

        out.append(_cand(start, end, partial(_offset_day, published, offset), True))
    elif word == "ago":
        before = _AGO_BEFORE.search(low, max(0, at - 24), at)
        if before is not None and not before.group("n").isdigit():
            count = _NUMBER_WORDS[before.group("n")]
            unit = before.group("unit")
            out.append(_cand(before.start(), end, partial(_ago, published, count, unit), True))
    else:
        period = _PERIOD_BEFORE.search(low, max(0, at - 20), at)
        if period is not None:
            when, direction = period.group("when") or "", period.group("dir") or ""
            out.append(
                _cand(
                    period.start(),
                    end,
                    partial(_period_span, published, word, when, direction),
                    True,
                )
            )


def _candidates(text: str, published: dt.date | None, *, parse_mode: bool) -> list[_Cand]:
    out: list[_Cand] = []
    _figure_candidates(text, published, parse_mode, out)
    _name_candidates(text, published, parse_mode, out)
    _relative_candidates(text, published, out)
    return out


# --- public API ------------------------------------------------------------------------------


def parse_iso_date(value: str) -> dt.date:
    """A strict ``YYYY-MM-DD`` date (surrounding spaces allowed)."""
    text = value.strip()
    if not _ISO_STRICT.fullmatch(text):
        raise DateError(f"{value!r} is not a date (expected YYYY-MM-DD)")
    try:
        return dt.date(int(text[:4]), int(text[5:7]), int(text[8:]))
    except ValueError:
        raise DateError(f"{text} is not a real date (expected YYYY-MM-DD)") from None


def find_dates(
    text: str, *, published: dt.date | None = None, strict: bool = False
) -> list[DateMatch]:
    """Every date expression in running text, in order and non-overlapping.

    Impossible dates are left out. Relative expressions are read against ``published``;
    without it they are left out, or, with ``strict=True``, the first one raises
    ``RelativeDateError``.
    """
    cands = [c for c in _candidates(text, published, parse_mode=False) if c.blocks]
    matches: list[DateMatch] = []
    for cand in non_overlapping(cands):
        if cand.error is not None:
            continue
        if cand.span is None:
            if strict:
                raise RelativeDateError(_relative_message(text[cand.start : cand.end]))
            continue
        matches.append(
            DateMatch(cand.start, cand.end, cand.span, cand.relative, text[cand.start : cand.end])
        )
    return matches


def _relative_message(expression: str) -> str:
    return (
        f"{expression!r} is relative to the day the article was published; "
        "give the published date (--published YYYY-MM-DD)"
    )


_LEADING_PREPOSITION = re.compile(r"(?i)(?:on|in|from|since|during|by|until|till)\s+")
_FALLBACK_DIRECTION = re.compile(r"(?i)\b(?:ago|from\s+now|hence)\b|\A\s*in\s")
_FALLBACK_UNIT = re.compile(r"(?i)\b(?:second|minute|hour|day|week|fortnight|month|year)s?\b")


def parse_date(text: str, *, published: dt.date | None = None) -> DateSpan:
    """Read a string that is one date expression (a leading on/in/from/since... is allowed).

    The string has no sentence around it, so ``in March`` and ``on Monday`` look back from
    ``published`` (see the module docstring). Raises ``RelativeDateError`` for a relative
    expression without ``published`` and ``DateError`` for anything else that is not one
    readable date.
    """
    stripped = text.strip()
    lead = _LEADING_PREPOSITION.match(stripped)
    bodies = [stripped] if lead is None else [stripped, stripped[lead.end() :]]
    for body in bodies:
        whole = [
            c
            for c in _candidates(body, published, parse_mode=True)
            if c.start == 0 and c.end == len(body)
        ]
        if not whole:
            continue
        cand = next((c for c in whole if c.span is not None), whole[0])
        if cand.span is not None:
            return cand.span
        if cand.needs_published:
            raise RelativeDateError(_relative_message(stripped))
        raise DateError(f"{stripped!r}: {cand.error}")
    if _FALLBACK_DIRECTION.search(stripped) and _FALLBACK_UNIT.search(stripped):
        if published is None:
            raise RelativeDateError(_relative_message(stripped))
        span = _dateparser_fallback(stripped, published)
        if span is not None:
            return span
    raise DateError(
        f"expected a date such as '5 January 2026', 'January 5, 2026', '2026-01-05', "
        f"'March 2026', 'May 13-16, 2026' or 'last week', got {text!r}"
    )


def _dateparser_fallback(text: str, published: dt.date) -> DateSpan | None:
    import dateparser  # slow to import: only here, for the few strings the patterns miss

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        when = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # a third-party parser on arbitrary text: any failure means "no date"
        return None
    if when is None:
        return None
    return DateSpan(when.date(), None, DatePrecision.DAY)
