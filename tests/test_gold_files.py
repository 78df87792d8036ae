"""The gold files themselves: every span is raw[start:end] of the corpus article."""

from __future__ import annotations

import pytest
from gold_matching import GOLD, read_gold


def _spans(record):
    if "start" in record and "text" in record:
        yield record["start"], record["end"], record["text"]
    for key in ("mention", "cue", "content"):
        if isinstance(record.get(key), dict):
            s = record[key]
            yield s["start"], s["end"], s["text"]


@pytest.mark.parametrize("name", sorted(p.name for p in GOLD.glob("*.jsonl")))
def test_gold_spans_match_the_corpus(name, corpus_texts):
    records = read_gold(name)
    assert records
    for r in records:
        raw = corpus_texts[r["doc_id"]]
        for start, end, text in _spans(r):
            assert raw[start:end] == text, (name, r)
