"""The rule kinds of the quantities stage: one pydantic model per ``rules/KIND.jsonl``.

Pure data models (no spaCy), so ``pipeline validate-rules`` can check the files alone."""

from __future__ import annotations

from typing import Literal

from pipeline.rules.loader import Rule


class NumberWordRule(Rule):
    word: str
    kind: Literal["digit", "scale", "vague", "fraction", "ordinal", "multiple_verb"]
    value: float
    low: float | None = None
    high: float | None = None
    direction: Literal["increase", "decrease"] | None = None
    attached_only: bool = False


class UnitRule(Rule):
    code: str
    dimension: Literal[
        "currency", "percent", "pp", "multiple", "count", "rank", "fraction", "mass", "area",
        "length", "volume", "energy", "power", "duration",
    ]
    after: list[str] = []
    before: list[str] = []
    hyphen: bool = False


class QualifierRule(Rule):
    phrase: str
    qualifier: Literal["exact", "about", "over", "at_least", "under", "at_most"]
    bound: Literal["low", "high"] | None = None


class QuantityCueRule(Rule):
    role: Literal[
        "change_before", "change_after", "change_after_speed", "change_link", "change_modifier",
        "basis_after", "rank", "anchor_before", "anchor_after", "duration_modifier",
        "time_of_day", "month", "year_preposition", "range_link", "range_open", "respectively",
        "number_of",
    ]
    words: list[str]
    direction: Literal["increase", "decrease"] | None = None
    match: Literal["lemma", "lower"] = "lower"


#: rule file stem -> model
RULE_KINDS: dict[str, type[Rule]] = {
    "numbers": NumberWordRule,
    "units": UnitRule,
    "qualifiers": QualifierRule,
    "quantity_cues": QuantityCueRule,
}
