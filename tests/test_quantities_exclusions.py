"""The quantities stage's exclusions are rules with ids (``rules/quantity_exclusions.jsonl``):
each number dropped as no quantity is traced to the rule that dropped it. Sentences
written for these tests."""

from __future__ import annotations

import typing

import pytest
from spacy.tokens import Doc

from pipeline.core.extensions import QUANTITIES
from pipeline.rules.loader import parse_rule_lines
from pipeline.stages.quantities.component import excluded_numbers, quantity_spans
from pipeline.stages.quantities.exclusions import CHECKS
from pipeline.stages.quantities.rules import (
    EXCLUSION_CHECKS,
    ExclusionCheck,
    QuantityExclusionRule,
)
from pipeline.stages.quantities.vocab import compile_vocab


def dropped(nlp, doc_or_text) -> dict[str, str]:
    doc = nlp(doc_or_text)
    vocab = nlp.get_pipe("quantities").vocab
    return {doc.text[a:b]: why for a, b, why in excluded_numbers(doc, vocab)}


# (sentence, the number as written, the rule that says it is no quantity)
CASES = [
    ("Delegates gathered for the 19th Party Congress.", "19th", "ordinal_not_rank"),
    ("The talks resumed at 10 o'clock in Geneva.", "10", "time_of_day"),
    ("Shares fell on March 12 after the report.", "12", "date_after_month"),
    ("The vote is due on 12 March.", "12", "date_before_month"),
    ("The plant closed five years ago.", "five years", "time_anchor"),
    ("Investors sold five-year German Bunds.", "five-year", "tenor"),
    ("The 15-year mortgage rate eased.", "15-year", "tenor"),
    ("Lenders cut the 30-year fixed mortgage rate.", "30-year", "tenor"),
    ("Spot rates for a 20-foot box doubled.", "20-foot", "box_size"),
    ("Profits doubled in 2023.", "2023", "year"),
    ("The shops reopen on Friday 13 after the strike.", "13", "in_date_entity"),
    ("Exports rose 5% in 2019 to 2000 tonnes.", "2019", "year"),
    ("Arsenal beat Spurs 4-2 at home.", "4", "score"),
    ("Arsenal beat Spurs 4-2 at home.", "2", "score"),
    ("Ring 0345 600 1212 to book.", "0345", "leading_zero"),
    ("Ring 0345 600 1212 to book.", "600", "leading_zero"),
    ("The fare rose to 310 45 pence.", "310", "adjacent_number"),
    ("The fare rose to 310 45 pence.", "45 pence", "adjacent_number"),
    ("Protesters gathered outside 221 Baker Street.", "221", "street_address"),
    ("Key points:\n1. Prices rose.", "1", "list_marker"),
    ("Passengers on Flight LH 441 were rebooked.", "441", "identifier"),
    ("Work on the Dogger 4 offshore project resumed.", "4", "identifier"),
    ("The patient in bed 9 was discharged.", "9", "numbered_noun"),
    ("The jet landed on runway 27L before dawn.", "27L", "numbered_noun"),
    ("The carrier will fly the Boeing 787X from 2027.", "787X", "model_code"),
    ("Delegates at the COP31 talks disagreed.", "COP31", "code_name"),
    ("Witnesses should call 101 with information.", "101", "phone_number"),
    ("She works at the Three Gorges Dam.", "Three", "number_word_in_name"),
    ("The minister said one should not panic.", "one", "bare_one"),
]


@pytest.mark.parametrize("text, number, rule", CASES)
def test_each_dropped_number_names_its_rule(nlp, text, number, rule):
    assert dropped(nlp, text).get(number) == f"quantity_exclusions:{rule}"
    assert number not in {s.text for s in nlp(text).spans[QUANTITIES]}


def test_a_number_glued_to_a_word_by_a_hyphen_is_a_name(nlp):
    # the tokenizer keeps "Su-27" whole; split (as other tokenizers or odd hyphens do),
    # the 27 is still no count
    doc = Doc(nlp.vocab, words=["Su", "-", "27", "jets", "flew"], spaces=[0, 0, 1, 1, 0])
    assert dropped(nlp, doc) == {"27": "quantity_exclusions:glued_to_name"}


def test_a_number_in_a_name_is_traced_to_its_not_quantities_rule(nlp):
    found = dropped(nlp, "The FTSE 100 fell 0.5% on Tuesday.")
    assert found == {"100": "not_quantities:index_ftse"}


def test_every_exclusion_rule_has_a_case(ruleset):
    traced = {rule for _, _, rule in CASES} | {"glued_to_name"}
    assert traced == {r["id"] for r in ruleset["quantity_exclusions"]}


def test_a_numbered_noun_needs_a_singular_noun_it_heads(nlp):
    # the number after a plural noun, or before a noun it counts, is a figure; so is one
    # after a noun the exceptions name ("the death toll 41" is rare, "aged"/"age" are ages)
    for text, number in [
        ("Shoppers bought 3 million units.", "3 million"),
        ("The court heard that 14 people were hurt.", "14"),
        ("The team fielded 11 players in week 3.", "11"),
    ]:
        assert number not in dropped(nlp, text), text


def test_quantities_are_not_traced(nlp):
    found = dropped(nlp, "Exports rose 5% in 2019 to 2000 tonnes.")
    assert "5%" not in found and "2000 tonnes" not in found


def test_the_rules_decide(nlp, ruleset):
    """Without the year rule, "in 2019" is (wrongly) read as the start of a range."""
    doc = nlp("Exports rose 5% in 2019 to 2100 tonnes.")
    assert {s.text for s in doc.spans[QUANTITIES]} == {"5%", "2100 tonnes"}
    rules = dict(ruleset.rules)
    rules["quantity_exclusions"] = [r for r in rules["quantity_exclusions"] if r["id"] != "year"]
    spans = {s.text: s.label_ for s in quantity_spans(doc, compile_vocab(nlp, rules))}
    assert spans == {"5%": "percent", "2019 to 2100 tonnes": "t"}


def test_the_checks_are_one_closed_set():
    assert set(typing.get_args(ExclusionCheck)) == set(EXCLUSION_CHECKS) == set(CHECKS)


@pytest.mark.parametrize(
    "line, problem",
    [
        (
            '{"id": "x", "check": "cue_before", "kinds": ["digits"]}',
            "rule 'x': (rule): check 'cue_before' needs role",
        ),
        (
            '{"id": "x", "check": "in_date_entity", "kinds": ["digits"], "labels": ["DATE"]}',
            "rule 'x': (rule): check 'in_date_entity' needs dimensions",
        ),
        ('{"id": "x", "check": "nearby", "kinds": ["digits"]}', "rule 'x': check: Input"),
        ('{"id": "x", "check": "bare_one", "kinds": ["numeral"]}', "rule 'x': kinds.0: Input"),
    ],
)
def test_bad_exclusion_rules_are_reported(line, problem):
    problems: list[str] = []
    good = parse_rule_lines(
        QuantityExclusionRule, [line], "rules/quantity_exclusions.jsonl", problems
    )
    assert good == []
    assert len(problems) == 1 and problems[0].startswith(
        f"rules/quantity_exclusions.jsonl:1: {problem}"
    ), problems
