"""Turn a matched time expression into a period (start_date, end_date, granularity).

Pure functions of the matched parts and the article's publication date (the anchor).
A part the text leaves out ("this year", a month without a year) is taken from the
anchor; when the anchor is missing or too coarse the answer is ``Unanchored``, never a
guess: the period stays empty and the time stage reports an ``unanchored_date`` defect.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

GRANULARITIES = ("day", "month", "quarter", "half", "year", "range")
PUBLISHED = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class Anchor:
    """The publication date at the precision it is known: month and day may be None."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def text(self) -> str:
        parts = [
            f"{self.year:04d}" if self.year else None,
            f"{self.month:02d}" if self.month else None,
            f"{self.day:02d}" if self.day else None,
        ]
        return "-".join(p for p in parts if p)


def parse_anchor(published: str | None) -> Anchor:
    """``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``; anything else anchors nothing."""
    m = PUBLISHED.match(published or "")
    if not m:
        return Anchor()
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return Anchor()
    return Anchor(year, month, day)


@dataclass(frozen=True)
class Period:
    start: str | None
    end: str | None
    granularity: str


@dataclass(frozen=True)
class Unanchored:
    """The expression needs a part of the publication date that is not known."""

    granularity: str
    needs: str  # "year", "month" or "day"


Resolution = Period | Unanchored


class Need(Exception):
    """Internal signal: the anchor lacks ``part``."""

    def __init__(self, part: str):
        self.part = part


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def month_period(y: int, m: int) -> tuple[str, str]:
    return _iso(y, m, 1), _iso(y, m, _last_day(y, m))


def months_period(y: int, first: int, last: int) -> tuple[str, str]:
    return _iso(y, first, 1), _iso(y, last, _last_day(y, last))


def _anchor_year(anchor: Anchor) -> int:
    if anchor.year is None:
        raise Need("year")
    return anchor.year


def _anchor_month(anchor: Anchor) -> tuple[int, int]:
    year = _anchor_year(anchor)
    if anchor.month is None:
        raise Need("month")
    return year, anchor.month


def anchor_end(anchor: Anchor) -> str:
    """The last day the publication date can be: the day, else its month's or year's end."""
    y = _anchor_year(anchor)
    if anchor.month is None:
        return _iso(y, 12, 31)
    return _iso(y, anchor.month, anchor.day or _last_day(y, anchor.month))


def _year(parts: dict[str, int | None], anchor: Anchor) -> int:
    """The stated year, or the anchor's year moved by a relative word ("last year")."""
    if parts.get("year") is not None:
        return parts["year"]  # type: ignore[return-value]
    return _anchor_year(anchor) + (parts.get("rel") or 0)


def _n(parts: dict[str, int | None], key: str, low: int, high: int) -> int | None:
    value = parts.get(key)
    return value if value is not None and low <= value <= high else None


def resolve(kind: str, parts: dict[str, int | None], anchor: Anchor) -> Resolution | None:
    """Resolve one expression; None when the parts make no period (e.g. "the fifth quarter")."""
    try:
        return _RESOLVERS[kind](parts, anchor)
    except Need as need:
        return Unanchored(_GRANULARITY.get(kind, "range"), need.part)


def _r_year(p, a):
    y = _year(p, a)
    return Period(_iso(y, 1, 1), _iso(y, 12, 31), "year")


def _r_year_range(p, a):
    y1, y2 = p.get("year"), p.get("year2")
    if y1 is None or y2 is None or y2 < y1:
        return None
    return Period(_iso(y1, 1, 1), _iso(y2, 12, 31), "range")


def _r_month(p, a):
    m = _n(p, "month", 1, 12)
    if m is None:
        return None
    if p.get("year") is None and p.get("rel") is None and a.year is not None and a.month is None:
        raise Need("month")  # a month without a year needs the publication month
    y = _unstated_year(p, a, m, m)
    return Period(*month_period(y, m), "month")


def _r_rel_month(p, a):
    y, m = _anchor_month(a)
    shift = (p.get("rel") or 0) + m - 1
    y, m = y + shift // 12, shift % 12 + 1
    return Period(*month_period(y, m), "month")


def _r_rel_week(p, a):
    """ "Last week": the Monday-to-Sunday week before the publication day's, moved by the
    relative word ("this week" is the publication day's own)."""
    if a.year is None or a.month is None or a.day is None:
        raise Need("day" if a.year is not None else "year")
    day = date(a.year, a.month, a.day)
    monday = day.toordinal() - day.weekday() + 7 * (p.get("rel") or 0)
    first, last = date.fromordinal(monday), date.fromordinal(monday + 6)
    return Period(first.isoformat(), last.isoformat(), "range")


def _r_month_range(p, a):
    m1, m2 = _n(p, "month", 1, 12), _n(p, "month2", 1, 12)
    if m1 is None or m2 is None or m2 < m1:
        return None
    return Period(*months_period(_year(p, a), m1, m2), "range")


def _unstated_year(p, a, first: int, last: int) -> int:
    """The year of a period named without one (months ``first``..``last``): the latest
    instance that had started by the publication date, or for a sentence about the future
    (``p["future"]``) the next one that has not ended; the stated year or "last year" wins."""
    if p.get("year") is not None or p.get("rel") is not None:
        return _year(p, a)
    y = _anchor_year(a)
    if a.month is None:
        return y
    if p.get("future"):
        return y if last >= a.month else y + 1
    return y if first <= a.month else y - 1


def _months(p, a, first: int, last: int, granularity: str) -> Period:
    """Months ``first``..``last`` of the stated year, or of the year the tense points to."""
    return Period(*months_period(_unstated_year(p, a, first, last), first, last), granularity)


def _r_quarter(p, a):
    q = _n(p, "ord", 1, 4)
    return None if q is None else _months(p, a, 3 * q - 2, 3 * q, "quarter")


def _r_rel_quarter(p, a):
    """ "Last quarter": the calendar quarter before the publication date's, moved by the
    relative word ("this quarter" is the publication date's own)."""
    y, m = _anchor_month(a)
    shift = (m - 1) // 3 + (p.get("rel") or 0)
    y, q = y + shift // 4, shift % 4 + 1
    return Period(*months_period(y, 3 * q - 2, 3 * q), "quarter")


def _r_months_to(p, a):
    """ "The three months to April", "the year to March": the ``n`` months (12 for a year)
    ending with the named month, of the year the tense points to when none is stated."""
    m = _n(p, "month", 1, 12)
    n = _n(p, "n", 1, 36) if "n" in p else 12
    if m is None or n is None:
        return None
    y = _unstated_year(p, a, m, m)
    first = y * 12 + m - n  # months since year 0 of the first month, counted from 0
    start = _iso(first // 12, first % 12 + 1, 1)
    return Period(start, _iso(y, m, _last_day(y, m)), "range")


def _r_first_quarters(p, a):
    n = _n(p, "n", 1, 4)
    return None if n is None else _months(p, a, 1, 3 * n, "quarter" if n == 1 else "range")


def _r_first_months(p, a):
    n = _n(p, "n", 1, 12)
    return None if n is None else _months(p, a, 1, n, "month" if n == 1 else "range")


def _r_half(p, a):
    h = _n(p, "ord", 1, 2)
    return None if h is None else _months(p, a, 6 * h - 5, 6 * h, "half")


def _r_end_of_year(p, a):
    y = _year(p, a)
    return Period(_iso(y, 12, 31), _iso(y, 12, 31), "day")


def _r_end_of_quarter(p, a):
    q = _n(p, "ord", 1, 4)
    if q is None:
        return None
    y = _year(p, a)
    day = _iso(y, 3 * q, _last_day(y, 3 * q))
    return Period(day, day, "day")


def _r_end_of_month(p, a):
    m = _n(p, "month", 1, 12)
    if m is None:
        return None
    y = _year(p, a)
    day = _iso(y, m, _last_day(y, m))
    return Period(day, day, "day")


def _r_deadline_year(p, a):
    y = _year(p, a)
    return Period(None, _iso(y, 12, 31), "year")


def _r_since_year(p, a):
    y = _year(p, a)
    try:
        end = anchor_end(a)
    except Need:
        end = None  # the start is stated; the end is simply open
    return Period(_iso(y, 1, 1), end, "range")


def _r_since_year_start(p, a):
    y = _year(p, a)
    return Period(_iso(y, 1, 1), anchor_end(a), "range")


def _r_past_years(p, a):
    """ "The past three years", "the past year", "the past decade": the years up to the
    publication date."""
    n = _n(p, "n", 1, 100) if "n" in p else 1
    if n is None:
        return None
    y = _anchor_year(a)
    if a.month is None:
        return Period(_iso(y - n, 1, 1), _iso(y, 12, 31), "range")
    d = a.day or 1
    start = _iso(y - n, a.month, min(d, _last_day(y - n, a.month)))
    return Period(start, anchor_end(a), "range")


def _r_next_years(p, a):
    """ "The next five years", "the coming decade": from the publication date on."""
    n = _n(p, "n", 1, 100) if "n" in p else 1
    if n is None:
        return None
    y = _anchor_year(a)
    if a.month is None:
        return Period(_iso(y, 1, 1), _iso(y + n, 12, 31), "range")
    d = a.day or 1
    end = _iso(y + n, a.month, min(d, _last_day(y + n, a.month)))
    return Period(_iso(y, a.month, d), end, "range")


def _r_years_ago(p, a):
    n = _n(p, "n", 1, 100)
    if n is None:
        return None
    y = _anchor_year(a) - n
    return Period(_iso(y, 1, 1), _iso(y, 12, 31), "year")


def _r_present(p, a):
    y = _anchor_year(a)
    if a.month is None:
        return Period(_iso(y, 1, 1), _iso(y, 12, 31), "year")
    if a.day is None:
        return Period(*month_period(y, a.month), "month")
    return Period(_iso(y, a.month, a.day), _iso(y, a.month, a.day), "day")


def _r_weekday(p, a):
    """ "On Monday": the latest such day on or before the publication day."""
    w = _n(p, "weekday", 0, 6)
    if w is None:
        return None
    if a.year is None or a.month is None or a.day is None:
        raise Need("day" if a.year is not None else "year")
    day = date(a.year, a.month, a.day)
    when = date.fromordinal(day.toordinal() - (day.weekday() - w) % 7)
    return Period(when.isoformat(), when.isoformat(), "day")


def _r_fixed_days(p, a):
    """A yearly holiday on fixed days ("the National Day holiday": 1-7 October); without
    a stated year, the latest one that began by the publication date."""
    m, d = p.get("fixed_month"), p.get("fixed_day")
    if m is None or d is None or not 1 <= m <= 12 or not 1 <= d <= _last_day(2000, m):
        return None
    return _yearly(p, a, lambda y: date(y, m, min(d, _last_day(y, m))))


def _r_nth_weekday(p, a):
    """A yearly event on the nth weekday of a month, moved by some days ("Black Friday":
    the day after the fourth Thursday of November); without a stated year, the latest one
    that began by the publication date."""
    m, w, nth, shift = (
        p.get("fixed_month"),
        p.get("fixed_weekday"),
        p.get("fixed_nth"),
        p.get("fixed_offset") or 0,
    )
    if (
        m is None
        or w is None
        or nth is None
        or not 1 <= m <= 12
        or not 0 <= w <= 6
        or not 1 <= nth <= 5
    ):
        return None

    def first(y: int) -> date:
        first_w = date(y, m, 1 + (w - date(y, m, 1).weekday()) % 7)
        return date.fromordinal(first_w.toordinal() + 7 * (nth - 1) + shift)

    return _yearly(p, a, first)


def _yearly(p, a, first_day) -> Period:
    """The period of a yearly event whose first day in year y is ``first_day(y)`` and that
    lasts ``fixed_days`` days: in the stated year, else the latest that began by the
    publication date (a publication month without a day allows any day of that month)."""
    days = p.get("fixed_days") or 1
    if p.get("year") is not None or p.get("rel") is not None:
        y = _year(p, a)
    else:
        y = _anchor_year(a)
        if a.month is None:
            raise Need("month")
        start = first_day(y)
        if (start.month, start.day) > (a.month, a.day or _last_day(y, a.month)) or start.year > y:
            y -= 1
    first = first_day(y)
    last = date.fromordinal(first.toordinal() + days - 1)
    return Period(first.isoformat(), last.isoformat(), "day" if days == 1 else "range")


def _r_season(p, a):
    """ "This season": its dates depend on the sport and the league, never on the date."""
    return Unanchored("range", "season's dates, which depend on the sport and league")


def _r_fiscal(p, a):
    """A fiscal year or quarter: its months depend on the reporting organisation."""
    return Unanchored("range", "fiscal calendar, which differs by organisation and country")


def _r_damaged(p, a):
    """A date whose numbers were stripped from the text ("in January ,"): never completed."""
    return Period(None, None, "month")


_RESOLVERS = {
    "year": _r_year,
    "year_range": _r_year_range,
    "month": _r_month,
    "rel_month": _r_rel_month,
    "rel_week": _r_rel_week,
    "rel_quarter": _r_rel_quarter,
    "months_to": _r_months_to,
    "month_range": _r_month_range,
    "quarter": _r_quarter,
    "first_quarters": _r_first_quarters,
    "first_months": _r_first_months,
    "half": _r_half,
    "end_of_year": _r_end_of_year,
    "end_of_quarter": _r_end_of_quarter,
    "end_of_month": _r_end_of_month,
    "deadline_year": _r_deadline_year,
    "since_year": _r_since_year,
    "since_year_start": _r_since_year_start,
    "past_years": _r_past_years,
    "years_ago": _r_years_ago,
    "next_years": _r_next_years,
    "present": _r_present,
    "weekday": _r_weekday,
    "fixed_days": _r_fixed_days,
    "nth_weekday": _r_nth_weekday,
    "damaged": _r_damaged,
    "season": _r_season,
    "fiscal": _r_fiscal,
}
RESOLVE_KINDS = tuple(_RESOLVERS)
_GRANULARITY = {
    "year": "year",
    "year_range": "range",
    "month": "month",
    "rel_month": "month",
    "rel_week": "range",
    "rel_quarter": "quarter",
    "months_to": "range",
    "month_range": "range",
    "quarter": "quarter",
    "first_quarters": "range",
    "first_months": "range",
    "half": "half",
    "end_of_year": "day",
    "end_of_quarter": "day",
    "end_of_month": "day",
    "deadline_year": "year",
    "since_year": "range",
    "since_year_start": "range",
    "past_years": "range",
    "years_ago": "year",
    "next_years": "range",
    "present": "day",
    "weekday": "day",
    "fixed_days": "range",
    "nth_weekday": "range",
    "damaged": "month",
    "season": "range",
    "fiscal": "range",
}


# --- dateparser, for written-out dates our patterns do not cover ("February 27th") ------

_PARSER = None
_PERIODS = ("day", "month", "year")
#: dateparser's settings here; part of every cache key, so a change can never reuse answers.
DATEPARSER_SETTINGS = (("PREFER_DAY_OF_MONTH", "first"),)
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_DAY = r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_MONTH = r"(?P<month>" + "|".join(name for name in calendar.month_name if name) + ")"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: Forms whose dateparser answer is certain (tests/test_time_fastpath.py checks each form
#: against dateparser): a month, "May 2024", "May 5", "May 5th, 2024", "5 May 2024", ISO.
_COMMON_FORMS = [
    re.compile(source)
    for source in (
        rf"{_MONTH}(?: {_YEAR})?",
        rf"{_MONTH} {_DAY}(?:,? {_YEAR})?",
        rf"{_DAY} {_MONTH}(?: {_YEAR})?",
        r"(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])",
    )
]


def _parser():
    """One DateDataParser per process, made on first use (loading it takes a while)."""
    global _PARSER
    if _PARSER is None:
        from dateparser.date import DateDataParser

        _PARSER = DateDataParser(languages=["en"], settings=dict(DATEPARSER_SETTINGS))
    return _PARSER


def common_form(text: str, today: date) -> tuple[int, int, int, str] | None:
    """dateparser's answer for a common form, without dateparser; None for anything else
    (dateparser fills a missing year from ``today``, and so does this)."""
    for form in _COMMON_FORMS:
        m = form.fullmatch(text)
        if m is None:
            continue
        parts = m.groupdict()
        month = parts["month"]
        m_num = int(month) if month.isdigit() else _MONTHS[month.lower()]
        year = int(parts["year"]) if parts.get("year") else today.year
        if parts.get("day") is None:
            return year, m_num, 1, "month"
        day = int(parts["day"])
        return (year, m_num, day, "day") if day <= _last_day(year, m_num) else None
    return None


@lru_cache(maxsize=4096)
def _dateparser(text: str, settings: tuple) -> tuple[int, int, int, str] | None:
    data = _parser().get_date_data(text)
    if data is None or data.date_obj is None or data.period not in _PERIODS:
        return None
    return data.date_obj.year, data.date_obj.month, data.date_obj.day, data.period


def _parse(text: str) -> tuple[int, int, int, str] | None:
    """(year, month, day, period) as dateparser reads ``text``: by pattern when the form is
    common, else by dateparser (cached by text and settings)."""
    return common_form(text, date.today()) or _dateparser(text, DATEPARSER_SETTINGS)


@lru_cache(maxsize=4096)
def parse_written_date(text: str, anchor: Anchor, *, has_year: bool) -> Resolution | None:
    """A written date such as "February 27th", "27 Feb 2023" or "July 2021".

    dateparser fills a missing year from today's date; here a date without a year takes
    the publication year instead, and with no publication year it stays unanchored."""
    parsed = _parse(text)
    if parsed is None:
        return None
    y, m, d, period = parsed
    if period == "year":
        return Period(_iso(y, 1, 1), _iso(y, 12, 31), "year") if has_year else None
    if not has_year:
        if period == "month":
            return resolve("month", {"month": m}, anchor)
        if anchor.year is None:
            return Unanchored("day", "year")
        y = anchor.year
    if period == "month":
        return Period(*month_period(y, m), "month")
    if d > _last_day(y, m):
        return None
    return Period(_iso(y, m, d), _iso(y, m, d), "day")
