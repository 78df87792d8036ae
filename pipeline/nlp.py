"""Build the full pipeline: the English model plus our stages, rules loaded once."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

import pipeline.stages.factories  # noqa: F401  (registers the factories)
from pipeline import __version__
from pipeline.model import load_model, package_id
from pipeline.rules.loader import RuleSet
from pipeline.stages import load_rules
from pipeline.stages.base import RuleComponent
from pipeline.stages.quantities.tokenizer import (
    capital_ending_symbols,
    currency_signs,
    keep_powers,
    one_letter_forms,
    split_figure_stops,
    split_range_dashes,
)

#: (component name, factory) in pipeline order, all after the model's own components.
STAGES: list[tuple[str, str]] = [
    ("entities", "newsfacts_entities"),
    ("quantities", "newsfacts_quantities"),
    ("time", "newsfacts_time"),
    ("context", "newsfacts_context"),
    ("attribution", "newsfacts_attribution"),
    ("defects", "newsfacts_defects"),
]


def build_nlp(model: str | None = None, rules: RuleSet | str | Path = "rules") -> Language:
    """Load ``model`` and add every stage, initialised with ``rules`` (a RuleSet or a
    directory, validated before anything else happens)."""
    ruleset = rules if isinstance(rules, RuleSet) else load_rules(rules)
    nlp = load_model(model)
    split_figure_stops(nlp, one_letter_forms(ruleset), capital_ending_symbols(ruleset))
    split_range_dashes(nlp, currency_signs(ruleset))
    keep_powers(nlp)
    nlp.add_pipe("newsfacts_paragraphs", name="paragraphs", before="parser")
    for name, factory in STAGES:
        nlp.add_pipe(factory, name=name, last=True)
    initialize_stages(nlp, ruleset)
    nlp.meta["newsfacts"] = {
        "pipeline_version": __version__,
        "rules_digest": ruleset.digest,
        "model": package_id(model),
    }
    return nlp


def initialize_stages(nlp: Language, ruleset: RuleSet) -> None:
    """Give each rule stage its rules. ``nlp.initialize()`` is not used: it would reset
    the trained weights of the model's own components."""
    for _name, component in nlp.pipeline:
        if isinstance(component, RuleComponent):
            component.initialize(nlp=nlp, rules={k: ruleset[k] for k in component.rule_kinds})
