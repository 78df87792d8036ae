"""Stage 2, quantities: case tables on sentences written for these tests (not the corpus).

Each case names the figure by its exact span text and asserts the normalised fields.
"""

from __future__ import annotations

import re

import pytest

from pipeline.core.extensions import QUANTITIES
from pipeline.stages.quantities.component import QuantityStage, quantity_spans
from pipeline.stages.quantities.vocab import compile_vocab


def figures(nlp, text):
    doc = nlp(text)
    out = {}
    for s in doc.spans[QUANTITIES]:
        item = s._.nf_q_item
        out[s.text] = {
            "value": s._.nf_q_value,
            "low": s._.nf_q_low,
            "high": s._.nf_q_high,
            "unit": s.label_,
            "qualifier": s._.nf_q_qualifier,
            "item": None if item is None else text[item[0] : item[1]],
            "change": s._.nf_q_change,
            "basis": s._.nf_q_basis,
            "counterpart": None
            if s._.nf_q_counterpart is None
            else text[slice(*s._.nf_q_counterpart)],
        }
        assert text[s.start_char : s.end_char] == s.text
    return out


def check(nlp, text, span, **expected):
    found = figures(nlp, text)
    assert span in found, f"{span!r} not among {list(found)}"
    got = {k: found[span][k] for k in expected}
    assert got == expected


NUMBERS = [
    ("Port traffic reached 400,000 containers last month.", "400,000", 400000, "count"),
    ("The index stood at 32.75 points.", "32.75 points", 32.75, "points"),
    ("Ten thousand users signed up within a week.", "Ten thousand", 10000, "count"),
    ("The cooperative employs a dozen drivers.", "a dozen", 12, "count"),
    ("Sales hit 1.5 million units in the spring.", "1.5 million", 1500000, "count"),
    ("Nearly 100 stalls opened at the night market.", "Nearly 100", 100, "count"),
    ("The county built twenty-five cold-storage depots.", "twenty-five", 25, "count"),
    ("A hundred and twenty farmers joined.", "A hundred and twenty", 120, "count"),
    ("One hundred and twenty farmers joined.", "One hundred and twenty", 120, "count"),
    ("The park covers 3,500 square meters.", "3,500 square meters", 3500, "m2"),
    ("Couriers must deliver within a 48-hour window.", "48-hour", 48, "h"),
    ("It offers a 5-day return policy.", "5-day", 5, "day"),
    ("The line runs 120 km along the coast.", "120 km", 120, "km"),
    ("Warehouses shipped 2.4 tonnes of tea.", "2.4 tonnes", 2.4, "t"),
]


@pytest.mark.parametrize("text, span, value, unit", NUMBERS)
def test_numbers(nlp, text, span, value, unit):
    check(nlp, text, span, value=value, unit=unit)


FRACTIONS = [
    ("About one-third of the sellers are new.", "About one-third", 1 / 3),
    ("Two-thirds of the buyers paid online.", "Two-thirds", 2 / 3),
    ("Exporters shipped 1/4 of the stock by air.", "1/4", 0.25),
    ("Half of the firms cut prices.", "Half", 0.5),
]


@pytest.mark.parametrize("text, span, value", FRACTIONS)
def test_fractions(nlp, text, span, value):
    found = figures(nlp, text)
    assert found[span]["unit"] == "fraction"
    assert found[span]["value"] == pytest.approx(value, rel=1e-6)


MONEY = [
    ("The fund invested 4.2 billion yuan in ports.", "4.2 billion yuan", 4.2e9, "CNY"),
    ("Revenue was RMB 500 million last year.", "RMB 500 million", 5e8, "CNY"),
    ("The city raised CNY1.22 trillion in bonds.", "CNY1.22 trillion", 1.22e12, "CNY"),
    ("The startup raised $14.33 billion overall.", "$14.33 billion", 1.433e10, "USD"),
    ("Imports totalled USD168 billion.", "USD168 billion", 1.68e11, "USD"),
    ("The deal is worth US$2 million.", "US$2 million", 2e6, "USD"),
    ("Trade reached 900 billion U.S. dollars.", "900 billion U.S. dollars", 9e11, "USD"),
    ("A ticket costs 35 euros.", "35 euros", 35, "EUR"),
    ("The rebate is 10 yuan per parcel.", "10 yuan per parcel", 10, "CNY/parcel"),
]


@pytest.mark.parametrize("text, span, value, unit", MONEY)
def test_money(nlp, text, span, value, unit):
    check(nlp, text, span, value=value, unit=unit)


def test_money_in_parentheses_keeps_its_qualifier(nlp):
    text = "The pledge was 1.2 trillion yuan (over 170 billion U.S. dollars)."
    check(
        nlp,
        text,
        "over 170 billion U.S. dollars",
        value=1.7e11,
        unit="USD",
        qualifier="over",
        low=1.7e11,
    )


PERCENTS = [
    ("Online sales rose 12.5% in March.", "12.5%", 12.5, "percent"),
    ("About 8 percent of parcels were late.", "About 8 percent", 8, "percent"),
    ("Margins fell to 6 per cent.", "6 per cent", 6, "percent"),
    ("The share climbed by 2.5 percentage points.", "2.5 percentage points", 2.5, "pp"),
    ("Orders grew 3.5-fold in two years.", "3.5-fold", 3.5, "times"),
    ("Traffic is now 1.2 times the 2019 level.", "1.2 times", 1.2, "times"),
]


@pytest.mark.parametrize("text, span, value, unit", PERCENTS)
def test_percent_points_multiples(nlp, text, span, value, unit):
    check(nlp, text, span, value=value, unit=unit)


def test_doubled_is_a_multiple_and_a_change(nlp):
    check(
        nlp,
        "Parcel volume doubled after the new line opened.",
        "doubled",
        value=2,
        unit="times",
        change="increase",
    )


QUALIFIERS = [
    ("More than 300 vendors attended.", "More than 300", "over", 300, None),
    ("Over 40 brands took part.", "Over 40", "over", 40, None),
    ("Orders exceeding 5,000 were flagged.", "exceeding 5,000", "over", 5000, None),
    ("The firm has nearly 90 shops.", "nearly 90", "about", None, 90),
    ("About 70 trucks left the depot.", "About 70", "about", None, None),
    ("Approximately 15 ships docked.", "Approximately 15", "about", None, None),
    ("Less than 2% of goods were returned.", "Less than 2%", "under", None, 2),
    ("At least 600 jobs were created.", "At least 600", "at_least", 600, None),
    ("Each box holds up to 20 kg.", "up to 20 kg", "at_most", None, 20),
]


@pytest.mark.parametrize("text, span, qualifier, low, high", QUALIFIERS)
def test_qualifiers_and_bounds(nlp, text, span, qualifier, low, high):
    check(nlp, text, span, qualifier=qualifier, low=low, high=high)


RANGES = [
    ("Prices range from 10 to 20 yuan.", "10 to 20 yuan", 10, 20, "CNY"),
    ("Delivery takes 3-5 days.", "3-5 days", 3, 5, "day"),
    ("The firm hired between 300 and 400 workers.", "300 and 400", 300, 400, "count"),
    ("Budgets of 3 to 5 million yuan were approved.", "3 to 5 million yuan", 3e6, 5e6, "CNY"),
]


@pytest.mark.parametrize("text, span, low, high, unit", RANGES)
def test_ranges(nlp, text, span, low, high, unit):
    check(nlp, text, span, value=None, low=low, high=high, unit=unit, qualifier="range")


VAGUE = [
    ("Turnover grew to tens of millions of yuan.", "tens of millions of yuan", 1e7, 1e8, "CNY"),
    ("The fair drew hundreds of exhibitors.", "hundreds", 100, 1000, "count"),
    ("Dozens of brokers joined the scheme.", "Dozens", 24, 144, "count"),
    ("Thousands of parcels were delayed.", "Thousands", 1e3, 1e6, "count"),
    ("The scheme reached tens of thousands of households.", "tens of thousands", 1e4, 1e5, "count"),
]


@pytest.mark.parametrize("text, span, low, high, unit", VAGUE)
def test_vague_magnitudes_are_ranges(nlp, text, span, low, high, unit):
    check(nlp, text, span, value=None, low=low, high=high, unit=unit, qualifier="range")


def test_change_from_to_is_two_levels_not_a_range(nlp):
    found = figures(nlp, "Revenue grew from 3 to 5 million yuan.")
    assert found["3"]["value"] == 3e6 and found["3"]["unit"] == "CNY"
    assert found["5 million yuan"]["value"] == 5e6
    assert all(f["qualifier"] != "range" for f in found.values())


COUNTS = [
    ("More than 1,200 rural cooperatives sell online.", "More than 1,200", "rural cooperatives"),
    (
        "The province opened 14 bonded logistics centers with rail links.",
        "14",
        "bonded logistics centers",
    ),
    ("Officials visited 12 factories and 3 ports.", "12", "factories"),
    ('Some 300 "smart" cold-chain trucks were bought.', "Some 300", '"smart" cold-chain trucks'),
    ("Exporters from 25 countries and regions came.", "25", "countries and regions"),
    (
        "The number of registered sellers has exceeded 80,000.",
        "exceeded 80,000",
        "registered sellers",
    ),
    ("The team set seven targets for the year.", "seven", "targets"),
]


@pytest.mark.parametrize("text, span, item", COUNTS)
def test_counts_with_counted_noun(nlp, text, span, item):
    check(nlp, text, span, unit="count", item=item)


@pytest.mark.parametrize(
    "text, item",
    [
        ("Police found 300 'ghost' accounts at the bank.", "'ghost' accounts"),
        ("Police found 300 ‘ghost’ accounts at the bank.", "‘ghost’ accounts"),
        ("Police found 300 “ghost” accounts at the bank.", "“ghost” accounts"),
        ("Police found 300 „ghost“ accounts at the bank.", "„ghost“ accounts"),
        ("The site listed 300 «premium» flats for sale.", "«premium» flats"),
    ],
)
def test_counted_noun_phrase_holds_quote_marks(nlp, text, item):
    """The marks of rules/quote_marks.jsonl, and the single quotes of the stage's own
    ``quote_mark`` cues (left out of that file: an apostrophe is no quote to attribution)."""
    check(nlp, text, "300", unit="count", item=item)


def test_quote_marks_come_from_the_rules(nlp, ruleset):
    text = "Police found 300 “ghost” accounts at the bank."
    doc = nlp(text)
    rules = {**ruleset.rules, "quote_marks": []}
    (span,) = quantity_spans(doc, compile_vocab(nlp, rules))
    assert span.text == "300" and span._.nf_q_item is None


CHANGES = [
    ("Exports were 2.2 trillion yuan, an increase of 8.1%.", "8.1%", "increase", None),
    ("Imports were down by 3.4% in the quarter.", "3.4%", "decrease", None),
    ("Online retail grew by 11.2% on the previous year.", "11.2%", "increase", None),
    ("Freight costs fell 7 percent.", "7 percent", "decrease", None),
    (
        "Revenue was 5 billion yuan, a year-on-year increase of 6.5%.",
        "6.5%",
        "increase",
        "year-on-year",
    ),
    ("Sales reached 3 million units, up 9.5% year-on-year.", "9.5%", "increase", "year-on-year"),
    (
        "The route is 40 minutes faster than the old road.",
        "40 minutes",
        "decrease",
        "than the old road",
    ),
    ("Waiting times were 25% shorter than in 2019.", "25%", "decrease", "than in 2019"),
    ("The plant keeps a growth rate of 6% a year.", "6%", "increase", None),
    ("Output increased nearly 4 times in a decade.", "nearly 4 times", "increase", None),
    ("Unit costs were 12% lower than last year.", "12%", "decrease", "than last year"),
    ("The ECB cut its deposit rate by 25 basis points.", "25 basis points", "decrease", None),
    ("The firm raised prices by 5% in May.", "5%", "increase", None),
]


@pytest.mark.parametrize("text, span, direction, basis", CHANGES)
def test_level_versus_change(nlp, text, span, direction, basis):
    check(nlp, text, span, change=direction, basis=basis)


LEVELS = [
    ("Exports were 2.2 trillion yuan, an increase of 8.1%.", "2.2 trillion yuan"),
    ("The share rose to 14% in June.", "14%"),
    ("The city has set up 40 pilot zones.", "40"),
    ("The share fell from 12% to 9% over the year.", "12%"),
    # the level a change reached: the change cue is not shared across "to"
    ("Exports rose 5% to $3bn.", "$3bn"),
    ("The benchmark yield climbed 12 basis points to 4.31%.", "4.31%"),
]


@pytest.mark.parametrize("text, span", LEVELS)
def test_levels_have_no_change(nlp, text, span):
    check(nlp, text, span, change=None)


def test_respectively_links_counterparts_and_shares_the_cue(nlp):
    text = (
        "Average waits at the two ports were 20.5 minutes and 9.25 minutes respectively,"
        " which was 31.4% and 52.8% shorter than in 2020."
    )
    found = figures(nlp, text)
    assert found["20.5 minutes"]["counterpart"] == "31.4%"
    assert found["9.25 minutes"]["counterpart"] == "52.8%"
    assert found["52.8%"]["counterpart"] == "9.25 minutes"
    assert found["31.4%"]["change"] == found["52.8%"]["change"] == "decrease"
    assert found["31.4%"]["basis"] == "than in 2020"
    assert found["20.5 minutes"]["change"] is None


def test_coordinated_figures_share_a_unit(nlp):
    found = figures(nlp, "Exports and imports were 1.9 and 1.1 trillion yuan.")
    assert found["1.9"]["value"] == 1.9e12 and found["1.9"]["unit"] == "CNY"


RANKS = [
    ("The port ranked 3rd in the world.", "3rd", 3),
    ("The city ranks 12th nationally.", "12th", 12),
    ("The brand ranked first among exporters.", "first", 1),
]


@pytest.mark.parametrize("text, span, value", RANKS)
def test_ranks(nlp, text, span, value):
    check(nlp, text, span, unit="rank", value=value)


NOT_QUANTITIES = [
    ("The law took effect in 2021 after talks in 2019.", ["2021", "2019"]),
    ("The meeting opened on March 3, 2023 in Fuzhou.", ["3", "2023"]),
    ("The fair closed at 8 pm on Sunday.", ["8"]),
    ("Buyers flocked to the 5th Pacific Trade Fair.", ["5th"]),
    ("Visitors met at the first expo in town.", ["first"]),
    ("The 2024 Harbor Logistics Summit drew crowds.", ["2024"]),
    ("Rules set after COVID-19 still apply to B2C sellers.", ["19", "COVID-19"]),
    ("Article 5 of the rules covers returns.", ["5"]),
    ("Two years ago the depot was empty.", ["Two years"]),
    ("In the past three years the town changed.", ["three years"]),
    ("Everyone agreed that one plus one is greater than two.", ["one", "two"]),
    ("Buyers can order with one click in a one-stop shop.", ["one"]),
    ('The "Four Rivers" plan starts soon.', ["Four"]),
    ("Phase Two of the plan is due.", ["Two"]),
    ("Business grew in the first three quarters of the year.", ["three"]),
    (
        "Sales reached . trillion yuan, a year-on-year increase of .%.",
        [". trillion yuan", "trillion yuan", "trillion"],
    ),
    ("The town hosts over industrial firms, of which are in textiles.", ["over"]),
]


@pytest.mark.parametrize("text, spans", NOT_QUANTITIES)
def test_not_quantities(nlp, text, spans):
    doc = nlp(text)
    taken = [(s.start_char, s.end_char, s.text) for s in doc.spans[QUANTITIES]]
    for span in spans:
        for m in re.finditer(re.escape(span), text):
            hits = [t for s, e, t in taken if s < m.end() and m.start() < e]
            assert hits == [], f"{span!r} was read as {hits}"


def test_stripped_digits_yield_nothing(nlp):
    assert (
        figures(nlp, "Exports reached . trillion yuan, up .%, which is . percentage points higher.")
        == {}
    )
    assert (
        figures(nlp, "It contributes more than / of the national share, from to , in January .")
        == {}
    )


def test_duration_that_is_measured_is_kept(nlp):
    found = figures(
        nlp, "The rule has applied for 10 consecutive years; goods now arrive in just four days."
    )
    assert found["10 consecutive years"]["unit"] == "year"
    assert found["four days"]["value"] == 4


def test_the_rules_travel_with_the_stage(nlp, tmp_path):
    """A stage restored from bytes or disk has every rule kind it reads, the exclusions
    and the quote marks of attribution's file included."""
    stage = nlp.get_pipe("quantities")
    text = "In 2019 police found 300 “ghost” accounts at 12 banks."
    doc = nlp(text)
    want = [(s.text, s._.nf_q_item) for s in doc.spans[QUANTITIES]]
    assert [(span, text[slice(*item)]) for span, item in want] == [
        ("300", "“ghost” accounts"),
        ("12", "banks"),
    ]
    stage.to_disk(tmp_path / "quantities")
    for restored in (
        QuantityStage(nlp, "q").from_bytes(stage.to_bytes()),
        QuantityStage(nlp, "q").from_disk(tmp_path / "quantities"),
    ):
        assert restored.rules == stage.rules
        got = [(s.text, s._.nf_q_item) for s in quantity_spans(doc, restored.vocab)]
        assert got == want
