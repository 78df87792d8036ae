"""The rule kind of the parse cues (``rules/time_cues.jsonl``): the words by which the
context stage reads a figure's period, measure and subject from the dependency parse.

The time stage reads the same file for its tense cues (``future_aux``, ``future_verb``) and
for comparison bases, through this package: time depends on context's parse helpers, never
the other way round. Pure data model (no spaCy)."""

from __future__ import annotations

from typing import Literal

from pipeline.rules.loader import Regex, Rule


class TimeCueRule(Rule):
    role: Literal[
        "basis_before",
        "time_basis_before",
        "duration",
        "region_kind",
        "share_verb",
        "continuation",
        "subject_preposition",
        "subject_kind",
        "change_noun",
        "number_of",
        "parse_gate",
        "measure_preposition",
        "measure_link",
        "figure_link",
        "level_comparative",
        "level_verb",
        "changed_preposition",
        "report_verb",
        "future_aux",
        "future_verb",
    ]
    pattern: Regex


#: rule file stem -> model
RULE_KINDS: dict[str, type[Rule]] = {"time_cues": TimeCueRule}
