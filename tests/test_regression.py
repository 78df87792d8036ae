"""Snapshot of everything the pipeline extracts from the corpus.

Any change in what is extracted shows as a diff here. Regenerate only on purpose
(``pytest tests/test_regression.py --force-regen``), read the diff line by line, and say
why in the commit message. Timings are left out: they differ on every run.
"""

from __future__ import annotations


def test_corpus_outputs(corpus_run, data_regression):
    _, outputs = corpus_run
    run = dict(outputs["run"])
    run.pop("timings")
    snapshot = {kind: outputs[kind] for kind in ("facts", "claims", "entities", "defects", "errors")}
    snapshot["run"] = run
    data_regression.check(snapshot)
