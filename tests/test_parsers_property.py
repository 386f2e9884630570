"""Property tests for the money and date parsers: they fail only in their own way, their
spans point at the text they report, and amounts and dates survive being written out."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import ROUND_HALF_EVEN, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entente.loaders.dates import (
    DateError,
    DateSpan,
    find_dates,
    parse_date,
    parse_iso_date,
)
from entente.loaders.money import MoneyError, find_money, find_vague_amounts, parse_money
from entente.models.vocab import DatePrecision

MONEY_TOKENS = [
    "$", "US$", "US $", "Rs", "Rs.", "€", "£", "¥", "CN¥", "R", "Sh", "USD", "CHF", "RMB",
    "1", "12", "397", "1,250", "1,25,000", "0.5", "2026", "999999999999999999999",
    "-", "\u2212", "\u2013", " ", " ", "\u00a0", ",", ".", "(", ")",
    "million", "Million", "bn", "m", "k", "tn", "crore", "lakh", "thousand",
    "billions", "millions", "of", "in", "dollars", "dollar", "euros", "rupees",
    "Pakistani rupees", "U.S.", "half", "a", "an", "one", "two", "twenty", "hundred", "and",
    "to", "between", "multibillion-dollar", "several", "hundreds", "tens", "x", "A", "İ",
]  # fmt: skip
DATE_TOKENS = [
    "Monday", "Tuesday", "January", "Jan.", "Sept", "May", "March", "February",
    "5", "13", "16", "29", "30", "31", "2024", "2026", "2026-01-05", "2026-02-30", "0000",
    "-", "\u2013", " ", " ", ",", ".", "th", "of", "to", "from", "in", "on", "since", "by",
    "last", "next", "this", "coming", "past", "earlier", "later", "week", "month", "year",
    "ago", "days", "weeks", "three", "a", "yesterday", "Today", "tomorrow", "the", "day",
    "before", "after", "mid-", "early", "now", "hence", "fortnight", "İ",
]  # fmt: skip


def _token_text(tokens: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.lists(st.sampled_from(tokens), max_size=14).map("".join),
        st.lists(st.sampled_from(tokens), max_size=14).map(" ".join),
        st.text(max_size=60),
    )


money_texts = _token_text(MONEY_TOKENS)
date_texts = _token_text(DATE_TOKENS)
published_dates = st.one_of(
    st.none(), st.dates(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 1, 1))
)
currencies = st.one_of(st.none(), st.sampled_from(["USD", "PKR", "INR", "AUD", "CNY", "QAR"]))


# --- only their own errors -------------------------------------------------------------------


@given(money_texts, currencies)
def test_parse_money_raises_only_money_error(text: str, default: str | None) -> None:
    try:
        money = parse_money(text, default_currency=default)
    except MoneyError:
        return
    assert money.text == text.strip()
    assert money.amount is None or (money.amount >= 0 and money.amount == int(money.amount))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(date_texts, published_dates)
def test_parse_date_raises_only_date_error(text: str, published: dt.date | None) -> None:
    try:
        span = parse_date(text, published=published)
    except DateError:
        return
    assert span.end is None or span.end > span.start


@given(st.one_of(st.text(max_size=20), st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")))
def test_parse_iso_date_raises_only_date_error(text: str) -> None:
    try:
        day = parse_iso_date(text)
    except DateError:
        return
    assert day.isoformat() == text.strip()


# --- spans point at what they report --------------------------------------------------------


@given(money_texts, currencies)
def test_find_money_spans_match_the_text(text: str, default: str | None) -> None:
    for finder in (find_money, find_vague_amounts):
        spans = finder(text, default_currency=default)
        for span in spans:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == span.money.text
            assert span.money.amount is None or span.money.amount >= 0
        for before, after in itertools.pairwise(spans):
            assert before.end <= after.start


@given(date_texts, published_dates)
def test_find_dates_spans_match_the_text(text: str, published: dt.date | None) -> None:
    matches = find_dates(text, published=published)
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
        assert match.span.end is None or match.span.end > match.span.start
        if published is None:
            assert not match.is_relative
    for before, after in itertools.pairwise(matches):
        assert before.end <= after.start


# --- round trips -----------------------------------------------------------------------------

SCALES = [
    (" million", 6), ("m", 6), (" mn", 6), ("-million", 6), (" thousand", 3), ("k", 3),
    (" billion", 9), ("bn", 9), (" bn", 9), ("-billion", 9), (" trillion", 12), ("tn", 12),
    (" crore", 7), (" lakh", 5),
]  # fmt: skip
CURRENCY_FORMS = [
    ("${}", "USD"), ("US${}", "USD"), ("€{}", "EUR"), ("EUR {}", "EUR"), ("{} euros", "EUR"),
    ("{} CHF", "CHF"), ("£{}", "GBP"), ("{} US dollars", "USD"), ("Tk {}", "BDT"),
]  # fmt: skip


@st.composite
def figures(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A non-negative figure written out, with or without digit groups, and its value."""
    whole = draw(st.integers(0, 10**12))
    places = draw(st.integers(0, 8))
    fraction = draw(st.integers(0, 10**places - 1)) if places else 0
    value = Decimal(whole) + Decimal(fraction).scaleb(-places)
    written = f"{whole:,}" if draw(st.booleans()) else str(whole)
    if places:
        written += "." + str(fraction).rjust(places, "0")
    return written, value


@given(figures(), st.sampled_from(SCALES), st.sampled_from(CURRENCY_FORMS))
def test_written_amounts_parse_back(
    figure: tuple[str, Decimal], scale: tuple[str, int], form: tuple[str, str]
) -> None:
    written, value = figure
    suffix, exponent = scale
    template, currency = form
    text = template.format(written + suffix)
    expected = (value * Decimal(10) ** exponent).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    money = parse_money(text)
    assert (money.amount, money.currency, money.text) == (expected, currency, text)
    sentence = f"Officials said {text} would follow on Monday."
    spans = find_money(sentence)
    assert [(s.money.amount, s.money.currency, s.money.text) for s in spans] == [
        (expected, currency, text)
    ]


@given(figures())
def test_dollar_millions_parse_to_the_figure_times_a_million(figure: tuple[str, Decimal]) -> None:
    written, value = figure
    expected = (value * 1_000_000).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    assert parse_money(f"${written} million").amount == expected


MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(
    st.dates(dt.date(1000, 1, 1), dt.date(2999, 12, 31)),
    st.sampled_from(["{d} {M} {y}", "{M} {d}, {y}", "{W}, {M} {d}, {y}", "{iso}", "{m}. {d}, {y}"]),
)
def test_written_dates_parse_back(day: dt.date, template: str) -> None:
    month = MONTH_NAMES[day.month - 1]
    text = template.format(
        d=day.day,
        M=month,
        m=month[:3],
        y=day.year,
        W=WEEKDAY_NAMES[day.weekday()],
        iso=day.isoformat(),
    )
    if day.month == 5 and "{m}." in template:
        text = text.replace("May.", "May")  # May has no abbreviation
    span = DateSpan(day, None, DatePrecision.DAY)
    assert parse_date(text) == span
    found = find_dates(f"The talks, held {text}, ended.")
    assert [(m.text, m.span) for m in found] == [(text, span)]


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)), st.sampled_from(WEEKDAY_NAMES))
def test_weekdays_fall_in_the_right_week(published: dt.date, weekday: str) -> None:
    number = WEEKDAY_NAMES.index(weekday)
    on = parse_date(f"on {weekday}", published=published).start
    assert on.weekday() == number and 0 <= (published - on).days <= 6
    last = parse_date(f"last {weekday}", published=published).start
    assert last.weekday() == number and 1 <= (published - last).days <= 7
    upcoming = parse_date(f"next {weekday}", published=published).start
    assert upcoming.weekday() == number and 1 <= (upcoming - published).days <= 7


@given(
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
    st.integers(1, 12),
    st.integers(1, 28),
)
def test_days_without_a_year_land_near_the_published_date(
    published: dt.date, month: int, day: int
) -> None:
    span = parse_date(f"{MONTH_NAMES[month - 1]} {day}", published=published)
    assert (span.start.month, span.start.day) == (month, day)
    assert abs((span.start - published).days) <= 183
