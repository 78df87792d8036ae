"""The rule kinds of the defects stage: one pydantic model per ``rules/KIND.jsonl``.

Pure data models (no spaCy), so ``pipeline validate-rules`` can check the files alone."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import model_validator

from pipeline.rules.loader import Rule

Kind = Literal[
    "stripped_number",
    "duplicate_passage",
    "repeated_word",
    "unit_mismatch",
    "conflicting_figures",
    "boilerplate",
]
Severity = Literal["error", "warning"]
#: ``high``: the pattern alone is evidence; ``medium``: reported only with a second signal
#: at the site (see ``evidence.second_signal``), and never as an error
Confidence = Literal["high", "medium"]
#: the second signals ``evidence.signals_at`` finds next to a gap
Signal = Literal[
    "unit",
    "qualifier",
    "currency",
    "date",
    "comma",
    "preposition",
    "range_start",
    "lone_point",
    "count",
]


class DefectPatternRule(Rule):
    """A regex on the raw text (groups: ``span`` reported, else the whole match; ``gap`` or
    ``gap2`` where the number was; ``before``/``after`` for the message) or a token pattern
    (``gap_token``: the token the number should precede; ``report``: [first, end] token
    offsets in the match, an end <= 0 counting back from the match end). Only a ``high``
    confidence rule may report an ``error``. ``states``: the second signals a ``medium``
    rule's own pattern and message already say (a month with no day, for "a day or year
    seems to be missing after 'January'"); they support a candidate but its message does
    not repeat them."""

    kind: Kind
    severity: Severity
    confidence: Confidence
    message: str
    regex: str | None = None
    tokens: list[dict[str, Any]] | None = None
    gap_token: int | None = None
    report: tuple[int, int] | None = None
    states: list[Signal] = []

    @model_validator(mode="after")
    def _one_pattern(self) -> DefectPatternRule:
        if (self.regex is None) == (self.tokens is None):
            raise ValueError("give exactly one of 'regex' and 'tokens'")
        if self.tokens is not None and self.gap_token is None:
            raise ValueError("a token pattern needs 'gap_token'")
        if self.confidence == "medium" and self.severity == "error":
            raise ValueError(
                "a 'medium' confidence rule reports only with a second signal, so its "
                "severity must be 'warning'; give 'confidence': 'high' for an error"
            )
        if self.states and self.confidence != "medium":
            raise ValueError("'states' names second signals, which only a 'medium' rule uses")
        return self


class DefectWordsRule(Rule):
    """A named word list; ``id`` is its name."""

    words: list[str]


class DefectCheckRule(Rule):
    check: Literal[
        "repeated_word",
        "duplicate_paragraph",
        "duplicate_sentence",
        "percent_as_amount_level",
        "share_above_whole",
        "conflicting_figures",
    ]
    kind: Kind
    severity: Severity
    message: str
    min_words: int = 0
    max_percent: float = 100.0


#: rule file stem -> model
RULE_KINDS: dict[str, type[Rule]] = {
    "defect_patterns": DefectPatternRule,
    "defect_words": DefectWordsRule,
    "defect_checks": DefectCheckRule,
}
