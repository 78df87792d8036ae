"""Every record of every corpus output: the span invariant, its JSON Schema, sort order."""

from __future__ import annotations

import pytest

from pipeline.records.schema import schema_errors

KINDS = ["facts", "claims", "entities", "defects", "errors"]


def iter_spans(obj):
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys() and isinstance(obj["start"], int):
            yield obj
        for value in obj.values():
            yield from iter_spans(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from iter_spans(value)


def test_all_output_files_exist(corpus_run):
    out, _ = corpus_run
    for name in [*(f"{k}.jsonl" for k in KINDS), "run.json"]:
        assert (out / name).is_file(), name
    assert not list(out.glob(".tmp-*")), "temporary files left behind"


@pytest.mark.parametrize("kind", KINDS)
def test_span_invariant(corpus_run, corpus_texts, kind):
    _, outputs = corpus_run
    checked = 0
    for record in outputs[kind]:
        raw = corpus_texts[record["doc_id"]]
        for span in iter_spans(record):
            assert 0 <= span["start"] <= span["end"] <= len(raw)
            assert raw[span["start"] : span["end"]] == span["text"], (kind, record["id"], span)
            checked += 1
    if kind in ("facts", "entities"):
        assert checked > 0, f"no {kind} spans were checked"


@pytest.mark.parametrize("kind", KINDS)
def test_records_match_schema(corpus_run, kind):
    _, outputs = corpus_run
    for record in outputs[kind]:
        assert schema_errors(kind, record) == [], record


def test_run_json_matches_schema(corpus_run):
    _, outputs = corpus_run
    run = outputs["run"]
    assert schema_errors("run", run) == []
    assert run["inputs"] == {"documents": 5, "processed": 5, "reused": 0, "errors": 0}
    assert run["model"]["version"].startswith("3.8")


@pytest.mark.parametrize("kind", ["facts", "claims", "entities", "defects"])
def test_sorted_by_doc_then_start(corpus_run, kind):
    _, outputs = corpus_run
    key = "content" if kind == "claims" else "span"
    order = [(r["doc_id"], r[key]["start"]) for r in outputs[kind]]
    assert order == sorted(order)


@pytest.mark.parametrize("kind", ["facts", "claims", "entities", "defects"])
def test_ids_unique(corpus_run, kind):
    _, outputs = corpus_run
    ids = [r["id"] for r in outputs[kind]]
    assert len(ids) == len(set(ids))


def test_schema_rejects_a_broken_record():
    bad = {
        "id": "f_1",
        "doc_id": "x",
        "span": {"start": 0, "end": 1},
        "unit": "",
        "qualifier": "roughly",
    }
    problems = "\n".join(schema_errors("facts", bad))
    assert (
        "text" in problems
        and "qualifier" in problems
        and "'value' is a required property" in problems
    )
