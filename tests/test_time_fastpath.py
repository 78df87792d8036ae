"""The common forms answered without dateparser give dateparser's own answer, form by form."""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from pipeline.stages.time import periods

FORMS = [
    "{month}",
    "{month} 2023",
    "{month} 1",
    "{month} 2nd",
    "{month} 23rd, 2019",
    "{month} 28, 2024",
    "{month} 11 2020",
    "21st {month}",
    "9 {month} 2024",
    "2024-{m:02d}-03",
    "1999-{m:02d}-28",
]
CASES = [
    form.format(month=name, m=m)
    for m, name in enumerate(calendar.month_name)
    if name
    for form in FORMS
]


@pytest.mark.parametrize("text", CASES)
def test_a_common_form_reads_as_dateparser_reads_it(text):
    fast = periods.common_form(text, date.today())
    assert fast is not None
    assert fast == periods._dateparser(text, periods.DATEPARSER_SETTINGS)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("May 2024", (2024, 5, 1, "month")),
        ("February 29, 2024", (2024, 2, 29, "day")),
        ("5th June 2023", (2023, 6, 5, "day")),
        ("2023-11-30", (2023, 11, 30, "day")),
    ],
)
def test_common_forms_mean_what_they_say(text, expected):
    assert periods.common_form(text, date.today()) == expected


@pytest.mark.parametrize(
    "text",
    [
        "February 29, 2023",  # no such day: dateparser decides
        "2023-02-30",
        "June 1 to June 18",
        "late September",
        "may",  # the verb, or a month: dateparser decides
        "Sept. 5",
        "May 05",
        "the May 5 vote",
    ],
)
def test_anything_else_is_left_to_dateparser(text):
    assert periods.common_form(text, date.today()) is None


def test_a_missing_year_is_the_current_one_as_in_dateparser():
    assert periods.common_form("July 16", date(2031, 1, 2)) == (2031, 7, 16, "day")
    assert periods.common_form("February 29", date(2023, 1, 2)) is None
