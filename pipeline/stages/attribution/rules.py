"""The rule kinds of the attribution stage: one pydantic model per ``rules/KIND.jsonl``.

Pure data models (no spaCy), so ``pipeline validate-rules`` can check the files alone."""

from __future__ import annotations

from typing import Literal

from pydantic import field_validator

from pipeline.rules.loader import Rule


class AttributionCueRule(Rule):
    cue: Literal["speech", "according_to", "as_put", "vague"]
    lemmas: list[str]
    needs: Literal["clause", "clause_or_object"] = "clause"
    sources: list[Literal["PERSON", "ORG", "DOCUMENT", "UNNAMED", "VAGUE"]] = []
    #: the cue spans the verb's object before the content ("told parliament that")
    audience: bool = False

    @field_validator("lemmas")
    @classmethod
    def _not_empty(cls, value: list[str]) -> list[str]:
        if not value or any(not w.strip() for w in value):
            raise ValueError("lemmas must be a non-empty list of non-empty words")
        return value


class AttributionWordRule(Rule):
    role: Literal[
        "document",
        "unnamed",
        "vague",
        "org_head",
        "pronoun",
        "first_person",
        "topic_shift",
        "title",
        "person_noun",
        "org_anaphor",
        "org_suffix",
    ]
    words: list[str]


class QuoteMarkRule(Rule):
    open: str
    close: str

    @field_validator("open", "close")
    @classmethod
    def _one_char(cls, value: str) -> str:
        if len(value) != 1:
            raise ValueError(f"a quote mark is one character, got {value!r}")
        return value


#: rule file stem -> model
RULE_KINDS: dict[str, type[Rule]] = {
    "attribution_cues": AttributionCueRule,
    "attribution_words": AttributionWordRule,
    "quote_marks": QuoteMarkRule,
}
