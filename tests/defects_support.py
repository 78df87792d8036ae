"""A small pipeline for the defects tests: the model, paragraph boundaries and the defects
stage with the rules in ``rules/defect_*.jsonl``, so these tests depend on no other stage
(quantity spans, when a test needs them, are built by hand)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.core.extensions import DEFECTS
from pipeline.model import load_model
from pipeline.rules.loader import RulesError, parse_rule_lines
from pipeline.stages.defects.component import DefectStage

RULES = Path(__file__).resolve().parent.parent / "rules"


def defect_rules(directory: Path = RULES) -> dict[str, list[dict]]:
    problems: list[str] = []
    rules = {
        kind: parse_rule_lines(
            model,
            (directory / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines(),
            kind,
            problems,
        )
        for kind, model in DefectStage.rule_kinds.items()
    }
    if problems:
        raise RulesError(problems)
    return rules


@lru_cache(maxsize=1)
def defects_nlp() -> Language:
    nlp = load_model(None)
    nlp.add_pipe("newsfacts_paragraphs", name="paragraphs", before="parser")
    nlp.add_pipe("newsfacts_defects", name="defects", last=True)
    nlp.get_pipe("defects").initialize(nlp=nlp, rules=defect_rules())
    return nlp


def found(doc: Doc, kind: str | None = None) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, text) of the defects in ``doc``, in text order."""
    return sorted(
        (d.label_, d.start_char, d.end_char, d.text)
        for d in doc.spans[DEFECTS]
        if kind is None or d.label_ == kind
    )


def touches(a: tuple[int, int], b: tuple[int, int], slack: int = 2) -> bool:
    """Spans overlap or lie within ``slack`` characters of each other."""
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack
