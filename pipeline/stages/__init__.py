"""The stages, one package each: ``component.py`` (the registered spaCy factory), its
helpers, and ``rules.py`` (the pydantic models of the rule files it reads).

Importing this package imports only the rule models (pydantic, no spaCy), so checking the
rule files needs no model. The factories are registered by importing the components
(``pipeline.stages.factories``) or, for ``spacy.load`` of a saved pipeline, through the
``spacy_factories`` entry points in ``pyproject.toml``.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.rules.loader import Rule, RuleSet
from pipeline.rules.loader import load_rules as _load_rules
from pipeline.stages.attribution.rules import RULE_KINDS as _ATTRIBUTION
from pipeline.stages.defects.rules import RULE_KINDS as _DEFECTS
from pipeline.stages.entities.rules import RULE_KINDS as _ENTITIES
from pipeline.stages.quantities.rules import RULE_KINDS as _QUANTITIES
from pipeline.stages.time.rules import RULE_KINDS as _TIME

#: every rule file the stages read: file stem -> model
RULE_KINDS: dict[str, type[Rule]] = {
    **_ENTITIES,
    **_QUANTITIES,
    **_TIME,
    **_ATTRIBUTION,
    **_DEFECTS,
}


def load_rules(directory: str | Path) -> RuleSet:
    """The stages' rules from ``directory`` (``rules/`` by default in the CLI)."""
    return _load_rules(directory, RULE_KINDS)
