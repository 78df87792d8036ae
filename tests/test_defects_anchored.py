"""The anchored token patterns of the defects stage (``pipeline.stages.defects.anchored``)
find exactly what one spaCy Matcher holding every pattern finds, on sentences written for
these tests (damaged the way scraped news is) and on the clean texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages.defects.anchored import anchor

CLEAN = Path(__file__).parent / "data" / "clean_news"

SENTENCES = [
    "The market opened at a.m. and closed at 4 p.m. on Friday.",
    "Sales rose percent in March, and exports fell 3 percent to a record.",
    "Profit was billion yuan, up from 2.1 billion a year earlier.",
    "The rate rose per cent, while costs rose 4 per cent over the year.",
    "Yields climbed percentage points; spreads widened 0.3 percentage points.",
    "Shares climbed since at the open, and up to hours of trading were lost.",
    "It takes about hours to clear customs in to the port.",
    "Inflation ran at percent. Unemployment fell percent",
    "percent",
    "a.m.",
    "",
    "The port handled over new containers and employed more than skilled workers.",
    "Exports grew by more than 4 percent, with nearly 300 ships. It had over refrigerated trucks",
    "Output rose 5 in to the year, with more than workers idle and nearly tonnes lost.",
]


def _texts() -> list[str]:
    return SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(CLEAN.glob("*.txt"))]


@pytest.fixture(scope="module")
def stage(nlp):
    return nlp.get_pipe("defects")


@pytest.mark.parametrize("text", _texts(), ids=range(len(_texts())))
def test_same_matches_as_one_matcher(nlp, stage, text):
    doc = nlp(text)
    strings = nlp.vocab.strings
    expected = {(strings[m], s, e) for m, s, e in stage.matcher(doc)}
    assert set(stage.token_index.matches(doc)) == expected


def test_the_damage_a_reader_sees(nlp, stage):
    doc = nlp("The market opened at a.m. and sales rose percent in March.")
    found = {(k, doc[s:e].text) for k, s, e in stage.token_index.matches(doc)}
    assert ("clock_without_hour", "at a.m.") in found
    assert ("percent_without_number", "rose percent in") in found
    doc = nlp("The port handled over new containers and employed more than skilled workers.")
    found = {(k, doc[s:e].text) for k, s, e in stage.token_index.matches(doc)}
    assert ("qualifier_without_count", "handled over new containers") in found
    assert ("more_than_without_count", "employed more than skilled workers") in found


def test_the_anchor_is_the_rare_exact_word():
    pattern = [{"LIKE_NUM": False}, {"LOWER": {"IN": ["a.m.", "p.m."]}}]
    assert anchor(pattern) == (1, "LOWER", ("a.m.", "p.m."))
    assert anchor([{"LOWER": {"IN": ["a", "b", "c"]}}, {"TEXT": "%"}]) == (1, "ORTH", ("%",))
    # after an operator the offset is not fixed: no anchor there
    assert anchor([{"LIKE_NUM": False}, {"POS": "NOUN", "OP": "*"}, {"LOWER": "x"}]) is None
