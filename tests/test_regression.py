"""Snapshot of everything the pipeline extracts from the corpus.

Any change in what is extracted shows as a diff here. Regenerate only on purpose
(``pytest tests/test_regression.py --force-regen``), read the diff line by line, and say
why in the commit message. Left out: timings (they differ on every run) and the absolute
location of the checkout (input paths are made relative to it).
"""

from __future__ import annotations

from conftest import ROOT


def _relative(path: str) -> str:
    return path.replace(str(ROOT) + "/", "")


def test_corpus_outputs(corpus_run, data_regression):
    _, outputs = corpus_run
    run = dict(outputs["run"])
    run.pop("timings")
    run.pop("code_digest")  # changes with any code edit; the records it made are the snapshot
    run["documents"] = {
        k: {**v, "input": _relative(v["input"])} for k, v in run["documents"].items()
    }
    snapshot = {kind: outputs[kind] for kind in ("facts", "claims", "entities", "defects")}
    snapshot["errors"] = [{**e, "input": _relative(e["input"])} for e in outputs["errors"]]
    snapshot["run"] = run
    data_regression.check(snapshot)
