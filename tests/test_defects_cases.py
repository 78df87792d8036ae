"""Each shape of issue 13 as a pair: a clean sentence (no stripped_number) and the same
sentence with its number stripped (a stripped_number touching the marker). The sentences
are written for these tests, across sections; the full pipeline runs, so the defects stage
sees the quantity spans it cross-checks against."""

from __future__ import annotations

import pytest

from pipeline.core.extensions import DEFECTS

# (clean sentence, the same sentence damaged, marker in the damaged one)
PAIRS = [
    # numbers glued to a currency code or symbol (markets, companies, property)
    (
        "Bank lending reached CNY3.45 trillion (USD480 billion) in the first half.",
        "Bank lending reached CNY. trillion (USD480 billion) in the first half.",
        ". trillion",
    ),
    (
        "The state grid will spend RMB2.6 trillion on new lines.",
        "The state grid will spend RMB. trillion on new lines.",
        ". trillion",
    ),
    (
        "Household wealth is about $US96 trillion ($140 trillion) by that measure.",
        "Household wealth is about $US96 trillion ($ trillion) by that measure.",
        "$ trillion",
    ),
    (
        "The tower could fetch from between $US150 million and $US165 million.",
        "The tower could fetch from between $US150 million and $US million.",
        "US million",
    ),
    (
        "The striker's new deal is worth $US1.2 million a year.",
        "The striker's new deal is worth $US million a year.",
        "$US million",
    ),
    (
        "Tickets cost HK$36 each, and a season pass HK$900.",
        "Tickets cost HK$ each, and a season pass HK$900.",
        "HK$ each",
    ),
    # feeds that put a space before their punctuation (politics, companies, economy)
    (
        "The airline added 3 routes this winter and may add another route or two .",
        "The airline added  routes this winter and may add another route or two .",
        "added  routes",
    ),
    (
        "Agents keep half of the fees , or about 40 per cent , the report says .",
        "Agents keep half of the fees , or about per cent , the report says .",
        "about per cent",
    ),
    (
        "Retail sales posted a gain of 1.7% in May .",
        "Retail sales posted a gain of .% in May .",
        ".%",
    ),
    (
        "The vote was held in March , and 214 members backed the bill .",
        "The vote was held in March , and  members backed the bill .",
        "and  members",
    ),
    # leading-point decimals (sports, markets, science)
    (
        "The Mariners own a .600 record at home after 14 wins.",
        "The Mariners own a .600 record at home after  wins.",
        "after  wins",
    ),
    (
        "The yield on the note fell to .002 per cent on Friday.",
        "The yield on the note fell to . per cent on Friday.",
        ". per cent",
    ),
    (
        "Shortstop Ana Ruiz is hitting .318, up from .271 in April.",
        "Shortstop Ana Ruiz is hitting .318, up from . in April.",
        "from . in",
    ),
    # page furniture (tech, property)
    (
        "(citynews.example.org) Updated : 2024-11-02 08:45 | Source : Staff",
        "(citynews.example.org) Updated : 2024-11-02 :45 | Source : Staff",
        ":45",
    ),
    (
        "Related : Lenders cut rates by 0.25 points | Page 1 of 2",
        "Related : Lenders cut rates by . points | Page 1 of 2",
        ". points",
    ),
]


def stripped(doc) -> list[tuple[int, int]]:
    return [(d.start_char, d.end_char) for d in doc.spans[DEFECTS] if d.label_ == "stripped_number"]


@pytest.mark.parametrize("clean, damaged, marker", PAIRS, ids=[p[2] for p in PAIRS])
def test_clean_sentence_has_no_stripped_number(nlp, clean, damaged, marker):
    assert stripped(nlp(clean)) == []


@pytest.mark.parametrize("clean, damaged, marker", PAIRS, ids=[p[2] for p in PAIRS])
def test_damaged_sentence_has_one(nlp, clean, damaged, marker):
    at = damaged.index(marker)
    got = stripped(nlp(damaged))
    assert len(got) == 1 and got[0][0] <= at + len(marker) and at <= got[0][1], got
