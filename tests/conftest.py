"""Shared fixtures: the pipeline is built once per session and the corpus run once."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from pipeline.core.jsonl import read_jsonl
from pipeline.nlp import build_nlp
from pipeline.run.extract import extract
from pipeline.stages import load_rules

# hypothesis profiles (see tests/test_properties.py): "ci" runs the same examples every
# time; HYPOTHESIS_PROFILE=dev hunts with many more, randomised
_COMMON = dict(
    deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=40, derandomize=True, database=None, print_blob=True, **_COMMON
)
settings.register_profile("dev", max_examples=1000, print_blob=True, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
RULES = ROOT / "rules"


@pytest.fixture(scope="session")
def ruleset():
    return load_rules(RULES)


@pytest.fixture(scope="session")
def nlp(ruleset):
    return build_nlp(None, ruleset)


def read_outputs(out: Path) -> dict[str, list[dict]]:
    outputs = {}
    for path in sorted(out.glob("*.jsonl")):
        outputs[path.stem] = read_jsonl(path)  # lines end at "\n" only, never at U+2028
    outputs["run"] = json.loads((out / "run.json").read_text(encoding="utf-8"))
    return outputs


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory, ruleset):
    """The corpus processed once: (output directory, records by file)."""
    out = tmp_path_factory.mktemp("corpus_outputs")
    extract([CORPUS], out, rules=ruleset, workers=1)
    return out, read_outputs(out)


@pytest.fixture(scope="session")
def corpus_texts():
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
