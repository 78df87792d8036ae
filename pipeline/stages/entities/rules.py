"""The rule kinds of the entities stage: one pydantic model per ``rules/KIND.jsonl``.

Pure data models (no spaCy), so ``pipeline validate-rules`` can check the files alone."""

from __future__ import annotations

from typing import Literal

from pipeline.rules.loader import Rule


class GazetteerRule(Rule):
    label: Literal["ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "NORP", "PERSON"]
    kind: Literal[
        "agency",
        "ministry",
        "organisation",
        "company",
        "platform",
        "country",
        "province",
        "city",
        "district",
        "region",
        "zone",
        "event",
        "agreement",
        "person",
    ]
    canonical: str
    aliases: list[str] = []
    case_sensitive: bool = True


#: rule file stem -> model
RULE_KINDS: dict[str, type[Rule]] = {
    "gazetteer": GazetteerRule,
}
