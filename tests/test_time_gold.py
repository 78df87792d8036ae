"""The time stage against the hand-made gold of the five corpus articles (tests/gold/).

``times.jsonl``: every time expression with its period for the manifest's publication
date. ``fact_context.jsonl``: for every gold figure, the expression giving its period (or
null), the acceptable measures and the acceptable subjects (null = none named).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from gold_matching import GOLD, gold_or_skip, read_gold

from pipeline.core.extensions import TIMES

ROOT = Path(__file__).resolve().parent.parent

#: Gold expressions the stage misses, by (doc_id prefix, text): known, kept visible.
KNOWN_MISSES: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def corpus_times(nlp, corpus_texts):
    """Every document's time spans, with the manifest's publication date."""
    with open(ROOT / "corpus" / "manifest.csv", encoding="utf-8") as f:
        published = {row["doc_id"]: row["published"] or None for row in csv.DictReader(f)}
    found = {}
    for doc_id, text in corpus_texts.items():
        doc = nlp.make_doc(text)
        doc._.nf_published = published.get(doc_id)
        doc = nlp(doc)
        found[doc_id] = {
            (t.start_char, t.end_char): (t._.nf_t_start, t._.nf_t_end, t.label_)
            for t in doc.spans[TIMES]
        }
    return found


def _gold_times():
    if not (GOLD / "times.jsonl").is_file():
        return []
    rows = read_gold("times.jsonl")
    params = []
    for row in rows:
        reason = KNOWN_MISSES.get((row["doc_id"][:3], row["text"]))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(
            pytest.param(row, id=f"{row['doc_id'][:3]}:{row['start']}:{row['text']}", marks=marks)
        )
    return params


@pytest.mark.parametrize("gold", _gold_times())
def test_gold_time_expression(corpus_times, gold):
    found = corpus_times[gold["doc_id"]]
    assert found.get((gold["start"], gold["end"])) == (
        gold["start_date"],
        gold["end_date"],
        gold["granularity"],
    )


def test_no_time_expression_outside_gold(corpus_times):
    gold = {(g["doc_id"], g["start"], g["end"]) for g in gold_or_skip("times.jsonl")}
    extra = [
        (d, s, e) for d, spans in corpus_times.items() for s, e in spans if (d, s, e) not in gold
    ]
    assert extra == []


def _fact_scores(corpus_run):
    _, outputs = corpus_run
    facts = {(f["doc_id"], f["span"]["start"], f["span"]["end"]): f for f in outputs["facts"]}
    gold = gold_or_skip("fact_context.jsonl")
    scores = {
        "found": 0,
        "time": 0,
        "measure": 0,
        "subject": 0,
        "time_filled": 0,
        "measure_filled": 0,
        "subject_filled": 0,
    }
    wrong: dict[str, list] = {"time": [], "measure": [], "subject": []}
    for g in gold:
        fact = facts.get((g["doc_id"], g["start"], g["end"]))
        if fact is None:
            continue
        scores["found"] += 1
        time = fact["time"]["span"] if fact["time"] else None
        gold_time = g["time"]
        same_time = (time is None and gold_time is None) or (
            time is not None
            and gold_time is not None
            and (time["start"], time["end"]) == (gold_time["start"], gold_time["end"])
        )
        measure = fact["measure"]["text"] if fact["measure"] else None
        subject = fact["subject"]["name"] if fact["subject"] else None
        for field, ok, value in (
            ("time", same_time, time),
            ("measure", measure in g["measure"], measure),
            ("subject", subject in g["subject"], subject),
        ):
            scores[field] += ok
            scores[field + "_filled"] += value is not None
            if not ok:
                wrong[field].append((g["doc_id"][:3], g["text"], value))
    return scores, len(gold), wrong


@pytest.mark.parametrize("field,floor", [("time", 0.95), ("measure", 0.95), ("subject", 0.9)])
def test_fact_context_accuracy(corpus_run, field, floor):
    scores, total, wrong = _fact_scores(corpus_run)
    share = scores[field] / total
    print(
        f"{field}: {scores[field]}/{total} correct ({share:.3f}), "
        f"{scores[field + '_filled']} filled; wrong: {wrong[field]}"
    )
    assert share >= floor


def test_fact_context_target(corpus_run):
    """The issue's target: 0.9 of corpus facts with a correct measure and subject."""
    scores, total, _ = _fact_scores(corpus_run)
    assert scores["measure"] / total >= 0.9 and scores["subject"] / total >= 0.9
