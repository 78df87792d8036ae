"""The word-start scanner gives exactly the matches of ``finditer``, pattern by pattern."""

from __future__ import annotations

import re

import pytest

from pipeline.stages.time.scan import Scanner, first_chars

SENTENCES = [
    "In the first three quarters of 2023, exports rose; by the end of the year they fell.",
    "The THE the-end: since the start of last year, Q3 2024 and H1 2025 were weak.",
    "Sales (in May 2024) beat April's; on Monday, 12 June, the board met at 3 p.m.",
    "«The» end of May, 2021… the second half of this year, FY 2022 and fiscal 2023.",
    "",
    "the",
]


@pytest.mark.parametrize(
    "source, flags, text",
    [
        (r"\b\w+ \w+", 0, "a b c d e"),  # consecutive matches: the next starts at the end
        (r"\bthe \w+", re.I, "The the the end THE x"),
        (r"(?<!\d )\b(?P<t>May|June) (?P<y>\d{4})", 0, "1 May 2024, May 2024 and June 2025"),
        (r"\b(?:on|in) (?-i:May)", re.I, "ON May, in may, In May"),
        (r"\b[0-9]{4}\b", 0, "x2024 2024 20245 1999"),
        (r"\bé\w+", re.I, "été Été ÉTÉ"),
    ],
)
def test_scan_is_finditer(source, flags, text):
    regex = re.compile(source, flags)
    [found] = Scanner([regex]).scan(text)
    assert [m.span() for m in found] == [m.span() for m in regex.finditer(text)]
    assert first_chars(regex) is not None


def test_the_time_patterns_scan_as_finditer(nlp, corpus_texts):
    stage = nlp.get_pipe("time")
    regexes = [regex for _, regex in stage._patterns]
    scanner = Scanner(regexes)
    assert sum(f is not None for f in scanner.firsts) > len(regexes) // 2
    for text in [*SENTENCES, *corpus_texts.values()]:
        got = [[m.span() for m in found] for found in scanner.scan(text)]
        assert got == [[m.span() for m in r.finditer(text)] for r in regexes]


@pytest.mark.parametrize(
    "source",
    [
        r"(?<=\n)\d{4}",  # no \b: a match may begin anywhere
        r"\b\w*",  # can match the empty string
        r"\b[\"“]?Black",  # may begin with a quote, not a word character
        r"\b(?:x|[^a])",  # a negated class
    ],
)
def test_patterns_not_read_are_left_to_finditer(source):
    regex = re.compile(source)
    assert first_chars(regex) is None
    text = 'a "Black" x\n2024 b'
    [found] = Scanner([regex]).scan(text)
    assert [m.span() for m in found] == [m.span() for m in regex.finditer(text)]


def test_first_characters_follow_the_case_flags():
    first = first_chars(re.compile(r"\b(?:the|(?-i:May))", re.I))
    assert {c for c in "TtMmx" if first.fullmatch(c)} == {"T", "t", "M"}
