"""Dates: what parse_iso_date, parse_date and find_dates read from news text."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from importlib.resources import files

import pytest

from entente.loaders.dates import (
    DateError,
    DateMatch,
    DateSpan,
    RelativeDateError,
    find_dates,
    parse_date,
    parse_iso_date,
)
from entente.models.vocab import DatePrecision

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
PUBLISHED = dt.date(2026, 1, 7)  # a Wednesday
D = dt.date


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("5 January 2026", DateSpan(D(2026, 1, 5), None, DAY)),
        ("January 5, 2026", DateSpan(D(2026, 1, 5), None, DAY)),
        ("Jan. 5, 2026", DateSpan(D(2026, 1, 5), None, DAY)),
        ("Jan 5 2026", DateSpan(D(2026, 1, 5), None, DAY)),
        ("5th of January, 2026", DateSpan(D(2026, 1, 5), None, DAY)),
        ("Monday, January 5, 2026", DateSpan(D(2026, 1, 5), None, DAY)),
        ("Monday 5 January 2026", DateSpan(D(2026, 1, 5), None, DAY)),
        ("on Monday, January 5, 2026", DateSpan(D(2026, 1, 5), None, DAY)),
        ("2026-01-05", DateSpan(D(2026, 1, 5), None, DAY)),
        ("Sept. 17, 2025", DateSpan(D(2025, 9, 17), None, DAY)),
        ("29 February 2024", DateSpan(D(2024, 2, 29), None, DAY)),
        ("March 2026", DateSpan(D(2026, 3, 1), None, MONTH)),
        ("in May 2025", DateSpan(D(2025, 5, 1), None, MONTH)),
        ("in 2025", DateSpan(D(2025, 1, 1), None, YEAR)),
        ("2025", DateSpan(D(2025, 1, 1), None, YEAR)),
        ("May 13-16, 2026", DateSpan(D(2026, 5, 13), D(2026, 5, 16), DAY)),
        ("May 13\u201316, 2026", DateSpan(D(2026, 5, 13), D(2026, 5, 16), DAY)),
        ("13-16 May 2026", DateSpan(D(2026, 5, 13), D(2026, 5, 16), DAY)),
        ("from May 13 to 16, 2026", DateSpan(D(2026, 5, 13), D(2026, 5, 16), DAY)),
        ("May 30 - June 2, 2026", DateSpan(D(2026, 5, 30), D(2026, 6, 2), DAY)),
        ("30 May - 2 June 2026", DateSpan(D(2026, 5, 30), D(2026, 6, 2), DAY)),
        (
            "December 30, 2025 - January 2, 2026",
            DateSpan(D(2025, 12, 30), D(2026, 1, 2), DAY),
        ),
        ("December 30 - January 2, 2026", DateSpan(D(2025, 12, 30), D(2026, 1, 2), DAY)),
    ],
)
def test_absolute_dates_need_no_published_date(text: str, span: DateSpan) -> None:
    assert parse_date(text) == span
    assert parse_date(text, published=PUBLISHED) == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("on Monday", DateSpan(D(2026, 1, 5), None, DAY)),
        ("Monday", DateSpan(D(2026, 1, 5), None, DAY)),
        ("Wednesday", DateSpan(D(2026, 1, 7), None, DAY)),  # the published day itself
        ("Thursday", DateSpan(D(2026, 1, 1), None, DAY)),
        ("last Monday", DateSpan(D(2026, 1, 5), None, DAY)),
        ("last Wednesday", DateSpan(D(2025, 12, 31), None, DAY)),
        ("this past Sunday", DateSpan(D(2026, 1, 4), None, DAY)),
        ("next Monday", DateSpan(D(2026, 1, 12), None, DAY)),
        ("this coming Monday", DateSpan(D(2026, 1, 12), None, DAY)),
        ("next Wednesday", DateSpan(D(2026, 1, 14), None, DAY)),
        ("yesterday", DateSpan(D(2026, 1, 6), None, DAY)),
        ("Yesterday", DateSpan(D(2026, 1, 6), None, DAY)),
        ("today", DateSpan(D(2026, 1, 7), None, DAY)),
        ("tomorrow", DateSpan(D(2026, 1, 8), None, DAY)),
        ("the day before yesterday", DateSpan(D(2026, 1, 5), None, DAY)),
        ("the day after tomorrow", DateSpan(D(2026, 1, 9), None, DAY)),
        ("last week", DateSpan(D(2025, 12, 29), D(2026, 1, 4), DAY)),
        ("this week", DateSpan(D(2026, 1, 5), D(2026, 1, 11), DAY)),
        ("next week", DateSpan(D(2026, 1, 12), D(2026, 1, 18), DAY)),
        ("earlier this week", DateSpan(D(2026, 1, 5), D(2026, 1, 7), DAY)),
        ("later this week", DateSpan(D(2026, 1, 7), D(2026, 1, 11), DAY)),
        ("last month", DateSpan(D(2025, 12, 1), None, MONTH)),
        ("this month", DateSpan(D(2026, 1, 1), None, MONTH)),
        ("earlier this month", DateSpan(D(2026, 1, 1), None, MONTH)),
        ("later this month", DateSpan(D(2026, 1, 1), None, MONTH)),
        ("next month", DateSpan(D(2026, 2, 1), None, MONTH)),
        ("last year", DateSpan(D(2025, 1, 1), None, YEAR)),
        ("this year", DateSpan(D(2026, 1, 1), None, YEAR)),
        ("later this year", DateSpan(D(2026, 1, 1), None, YEAR)),
        ("next year", DateSpan(D(2027, 1, 1), None, YEAR)),
        ("in March", DateSpan(D(2025, 3, 1), None, MONTH)),  # after January: the year before
        ("in January", DateSpan(D(2026, 1, 1), None, MONTH)),
        ("since December", DateSpan(D(2025, 12, 1), None, MONTH)),
        ("last March", DateSpan(D(2025, 3, 1), None, MONTH)),
        ("last January", DateSpan(D(2025, 1, 1), None, MONTH)),
        ("next March", DateSpan(D(2026, 3, 1), None, MONTH)),
        ("this March", DateSpan(D(2026, 3, 1), None, MONTH)),
        ("three days ago", DateSpan(D(2026, 1, 4), None, DAY)),
        ("2 weeks ago", DateSpan(D(2025, 12, 24), None, DAY)),
        ("a month ago", DateSpan(D(2025, 12, 1), None, MONTH)),
        ("two years ago", DateSpan(D(2024, 1, 1), None, YEAR)),
        # A day without a year takes the year that puts it nearest the published date.
        ("December 30", DateSpan(D(2025, 12, 30), None, DAY)),
        ("January 10", DateSpan(D(2026, 1, 10), None, DAY)),
        ("July 4", DateSpan(D(2026, 7, 4), None, DAY)),  # 178 days on, 187 days back
        ("July 10", DateSpan(D(2025, 7, 10), None, DAY)),  # 184 days on, 181 days back
        ("May 13-16", DateSpan(D(2026, 5, 13), D(2026, 5, 16), DAY)),
        ("from May 13 to 16", DateSpan(D(2026, 5, 13), D(2026, 5, 16), DAY)),
        ("May 30 - June 2", DateSpan(D(2026, 5, 30), D(2026, 6, 2), DAY)),
        ("December 30 - January 2", DateSpan(D(2025, 12, 30), D(2026, 1, 2), DAY)),
    ],
)
def test_relative_dates_against_the_published_date(text: str, span: DateSpan) -> None:
    assert parse_date(text, published=PUBLISHED) == span
    with pytest.raises(RelativeDateError, match="--published"):
        parse_date(text)


def test_weekdays_move_with_the_published_date() -> None:
    monday = dt.date(2026, 1, 5)
    assert parse_date("on Monday", published=monday).start == monday
    assert parse_date("last Monday", published=monday).start == dt.date(2025, 12, 29)
    assert parse_date("next Monday", published=monday).start == dt.date(2026, 1, 12)
    sunday = dt.date(2026, 1, 11)
    assert parse_date("earlier this week", published=dt.date(2026, 1, 5)) == DateSpan(
        monday, None, DAY
    )
    assert parse_date("later this week", published=sunday) == DateSpan(sunday, None, DAY)


@pytest.mark.parametrize(
    ("text", "found", "month"),
    [
        ("in June", "June", 6),
        ("in July", "July", 7),
        ("since July", "July", 7),
        ("in May", "May", 5),
        ("last June", "last June", 6),
    ],
)
def test_every_month_name_stands_alone(text: str, found: str, month: int) -> None:
    span = DateSpan(D(2025, month, 1), None, MONTH)
    assert parse_date(text, published=PUBLISHED) == span
    matches = find_dates(f"Talks were held {text}.", published=PUBLISHED)
    assert [(m.text, m.span) for m in matches] == [(found, span)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The committee will meet in March.", ("March", D(2026, 3, 1))),
        ("The committee met in March.", ("March", D(2025, 3, 1))),
        ("Talks will resume in January.", ("January", D(2026, 1, 1))),
        ("Officials said a team would return in December.", ("December", D(2026, 12, 1))),
        ("Blackouts were scheduled since September.", ("September", D(2025, 9, 1))),
        ("She is due in Paris on Friday.", ("Friday", D(2026, 1, 9))),
        ("The ministers will meet on Wednesday.", ("Wednesday", D(2026, 1, 7))),
        ("They met on Friday.", ("Friday", D(2026, 1, 2))),
        ("Britain will pay, the minister said on Tuesday.", ("Tuesday", D(2026, 1, 6))),
        ("It said on Monday that it would pay.", ("Monday", D(2026, 1, 5))),
        ("It will pay. The minister spoke on Monday.", ("Monday", D(2026, 1, 5))),
    ],
)
def test_a_future_sentence_looks_ahead(sentence: str, expected: tuple[str, dt.date]) -> None:
    found = find_dates(sentence, published=PUBLISHED)
    assert [(m.text, m.span.start) for m in found] == [expected]


def test_in_a_month_uses_the_published_year_up_to_the_published_month() -> None:
    september = dt.date(2025, 9, 20)
    assert parse_date("in March", published=september).start == dt.date(2025, 3, 1)
    assert parse_date("in September", published=september).start == dt.date(2025, 9, 1)
    assert parse_date("in October", published=september).start == dt.date(2024, 10, 1)


def test_fallback_for_offsets_the_patterns_lack() -> None:
    assert parse_date("in 3 days", published=PUBLISHED) == DateSpan(D(2026, 1, 10), None, DAY)
    assert parse_date("a fortnight ago", published=PUBLISHED) == DateSpan(
        D(2025, 12, 24), None, DAY
    )
    with pytest.raises(RelativeDateError):
        parse_date("10 days from now")


@pytest.mark.parametrize(
    "text",
    [
        "February 30, 2026",
        "30 February 2026",
        "2026-02-30",
        "April 31, 2026",
        "February 29, 2025",
        "May 16-13, 2026",  # ends before it starts
        "2026-13-01",
    ],
)
def test_impossible_dates_raise(text: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text, published=PUBLISHED)
    assert not isinstance(caught.value, RelativeDateError)


@pytest.mark.parametrize(
    "text",
    ["", "garbage", "05/01/2026", "the 5th", "Janury 5, 2026", "on Monday and Tuesday", "5"],
)
def test_parse_date_rejects_what_is_not_one_date(text: str) -> None:
    with pytest.raises(DateError, match="expected a date"):
        parse_date(text, published=PUBLISHED)


def test_impossible_date_message_names_the_date() -> None:
    with pytest.raises(DateError, match="February 30, 2026 is not a real date"):
        parse_date("February 30, 2026")


def test_a_weekday_that_contradicts_its_date() -> None:
    with pytest.raises(DateError, match="January 5, 2026, which is a Monday"):
        parse_date("Tuesday, January 5, 2026")
    text = "They met on Tuesday, January 5, 2026."
    assert [m.text for m in find_dates(text)] == ["January 5, 2026"]


def test_parse_iso_date() -> None:
    assert parse_iso_date("2026-01-05") == dt.date(2026, 1, 5)
    assert parse_iso_date(" 2024-02-29\n") == dt.date(2024, 2, 29)
    with pytest.raises(DateError) as caught:
        parse_iso_date("2026-02-30")
    assert str(caught.value) == "2026-02-30 is not a real date (expected YYYY-MM-DD)"
    for bad in ["2026-1-5", "January 5, 2026", "2026-01-05T10:00", "20260105", "", "2026/01/05"]:
        with pytest.raises(DateError, match=r"expected YYYY-MM-DD"):
            parse_iso_date(bad)
    with pytest.raises(DateError):
        parse_iso_date("\uff12\uff10\uff12\uff16-01-05")  # full-width digits are not ASCII


def test_find_dates_offsets_and_flags() -> None:
    text = "On Monday, January 5, 2026, ministers met; talks end May 13-16."
    matches = find_dates(text, published=PUBLISHED)
    assert [(m.start, m.end, m.text, m.is_relative) for m in matches] == [
        (3, 26, "Monday, January 5, 2026", False),
        (53, 62, "May 13-16", True),
    ]
    assert matches[0].span == DateSpan(D(2026, 1, 5), None, DAY)
    assert matches[1].span == DateSpan(D(2026, 5, 13), D(2026, 5, 16), DAY)
    for m in matches:
        assert isinstance(m, DateMatch)
        assert text[m.start : m.end] == m.text


def test_find_dates_in_running_text() -> None:
    text = (
        "Talks were held on Monday and again last week; the summit runs May 13-16, 2026, "
        "after a visit from May 30 to June 2. In March officials met, and since 2015 trade "
        "grew. Yesterday's note, dated 2026-01-05, cited three days ago and next Friday, "
        "13\u201316 May, mid-March 2025 and a goal for 2030 (not a date) to be met by 2030."
    )
    got = [(m.text, m.span) for m in find_dates(text, published=PUBLISHED)]
    assert got == [
        ("Monday", DateSpan(D(2026, 1, 5), None, DAY)),
        ("last week", DateSpan(D(2025, 12, 29), D(2026, 1, 4), DAY)),
        ("May 13-16, 2026", DateSpan(D(2026, 5, 13), D(2026, 5, 16), DAY)),
        ("May 30 to June 2", DateSpan(D(2026, 5, 30), D(2026, 6, 2), DAY)),
        ("March", DateSpan(D(2025, 3, 1), None, MONTH)),
        ("2015", DateSpan(D(2015, 1, 1), None, YEAR)),
        ("Yesterday", DateSpan(D(2026, 1, 6), None, DAY)),
        ("2026-01-05", DateSpan(D(2026, 1, 5), None, DAY)),
        ("three days ago", DateSpan(D(2026, 1, 4), None, DAY)),
        ("next Friday", DateSpan(D(2026, 1, 9), None, DAY)),
        ("13\u201316 May", DateSpan(D(2026, 5, 13), D(2026, 5, 16), DAY)),
        ("March 2025", DateSpan(D(2025, 3, 1), None, MONTH)),
        ("2030", DateSpan(D(2030, 1, 1), None, YEAR)),
    ]
    for m in find_dates(text, published=PUBLISHED):
        assert text[m.start : m.end] == m.text


def test_find_dates_without_published_skips_relative_ones() -> None:
    text = "Talks on Monday followed the accord of January 5, 2026 and came last week."
    assert [m.text for m in find_dates(text)] == ["January 5, 2026"]
    assert all(not m.is_relative for m in find_dates(text))
    with pytest.raises(RelativeDateError, match=r"'Monday'.*--published"):
        find_dates(text, strict=True)
    assert [m.text for m in find_dates(text, published=PUBLISHED, strict=True)] == [
        "Monday",
        "January 5, 2026",
        "last week",
    ]


def test_find_dates_strict_ignores_weekdays_inside_absolute_dates() -> None:
    text = "Talks opened on Monday, January 5, 2026."
    assert [m.text for m in find_dates(text, strict=True)] == ["Monday, January 5, 2026"]


def test_find_dates_skips_impossible_dates() -> None:
    text = "Dated February 30, 2026, or 2026-02-30, or 31 April 2026."
    assert find_dates(text, published=PUBLISHED) == []


def test_find_dates_skips_look_alikes() -> None:
    text = (
        "Theresa May spoke; the A320 flew 2026 km; Mayor Jan Kowalski and 12 Marines, "
        "05/01/2026, the 1990s, and 2,025 troops."
    )
    assert find_dates(text, published=PUBLISHED) == []


def test_seed_article_date() -> None:
    text = files("entente.seeds").joinpath("seed_article.txt").read_text(encoding="utf-8")
    matches = find_dates(text)
    assert [(m.text, m.span) for m in matches] == [
        ("Monday, January 5, 2026", DateSpan(D(2026, 1, 5), None, DAY))
    ]
    assert text[matches[0].start : matches[0].end] == "Monday, January 5, 2026"


def test_relative_date_error_is_a_date_error() -> None:
    assert issubclass(RelativeDateError, DateError)
    assert issubclass(DateError, ValueError)


def test_dateparser_is_imported_only_for_the_fallback() -> None:
    code = (
        "import sys, datetime as dt\n"
        "from entente.loaders.dates import find_dates, parse_date\n"
        "p = dt.date(2026, 1, 7)\n"
        "find_dates('On Monday, January 5, 2026, and last week', published=p)\n"
        "parse_date('last week', published=p)\n"
        "assert 'dateparser' not in sys.modules, 'dateparser imported too early'\n"
        "parse_date('in 3 days', published=p)\n"
        "assert 'dateparser' in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr


def test_find_dates_is_fast_on_an_article() -> None:
    seed = files("entente.seeds").joinpath("seed_article.txt").read_text(encoding="utf-8")
    runs = 200
    started = time.perf_counter()
    for _ in range(runs):
        find_dates(seed, published=PUBLISHED)
    per_call = (time.perf_counter() - started) / runs
    assert per_call < 0.003, f"find_dates took {per_call * 1e6:.0f} us on the seed article"


def test_two_weekdays_in_running_text_are_a_range() -> None:
    published = dt.date(2025, 3, 5)  # a Wednesday
    [found] = find_dates("held talks on Monday and Tuesday in Nairobi", published=published)
    assert (found.span.start, found.span.end) == (dt.date(2025, 3, 3), dt.date(2025, 3, 4))
    [ahead] = find_dates("will meet on Thursday and Friday", published=published)
    assert (ahead.span.start, ahead.span.end) == (dt.date(2025, 3, 6), dt.date(2025, 3, 7))
    assert len(find_dates("on Tuesday and on Monday", published=published)) == 2


def test_year_after_a_part_of_it_is_read() -> None:
    published = dt.date(2025, 3, 5)
    [found] = find_dates("the council will meet in the early part of 2027", published=published)
    assert (found.text, found.span.start) == ("2027", dt.date(2027, 1, 1))
    assert found.span.precision is DatePrecision.YEAR
    assert find_dates("half of 2027 budget", published=published) == []


def test_half_of_the_year() -> None:
    published = dt.date(2026, 4, 22)
    [second] = find_dates("to meet in Jakarta in the second half of the year", published=published)
    assert (second.span.start, second.span.end) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    [first] = find_dates("in the first half of next year", published=published)
    assert (first.span.start, first.span.end) == (dt.date(2027, 1, 1), dt.date(2027, 6, 30))


def test_half_of_a_written_year() -> None:
    [found] = find_dates("will meet in Bangkok in the second half of 2027.")
    assert (found.span.start, found.span.end) == (dt.date(2027, 7, 1), dt.date(2027, 12, 31))
    assert not found.is_relative


def test_end_or_beginning_of_a_month_or_year() -> None:
    published = dt.date(2025, 3, 5)
    [month] = find_dates("will travel at the end of the month", published=published)
    assert (month.span.start, month.span.precision) == (dt.date(2025, 3, 1), MONTH)
    [year] = find_dates("at the beginning of next year", published=published)
    assert (year.span.start, year.span.precision) == (dt.date(2026, 1, 1), YEAR)
    assert find_dates("until the end of the war", published=published) == []
