"""Attribution against the hand-made gold of the five corpus articles (tests/gold/).

A gold claim is matched when a predicted claim's content overlaps its content; its source is
correct when the names match after case-folding (or one contains the other) and the types
are equal. Source accuracy (over matched claims) must reach 0.9, and no sentence the gold
marks as the article's own voice may get a claim with a named source.
"""

from __future__ import annotations

import pytest
from attribution_scoring import overlap, same_name
from gold_matching import gold_or_skip

from pipeline.records.build import claim_records


@pytest.fixture(scope="module")
def predicted(nlp, corpus_texts):
    """Every corpus article through the whole pipeline (nothing may raise)."""
    return {doc_id: claim_records(nlp(text), doc_id) for doc_id, text in corpus_texts.items()}


def test_claim_spans_hold_on_the_corpus(predicted, corpus_texts):
    for doc_id, records in predicted.items():
        text = corpus_texts[doc_id]
        for r in records:
            for span in (r["content"], r["cue"], r["source"]["mention"]):
                if span is not None:
                    assert text[span["start"] : span["end"]] == span["text"]


def test_source_accuracy_on_gold(predicted):
    gold = gold_or_skip("claims.jsonl")
    matched = correct = cue_exact = cue_total = content_exact = 0
    wrong = []
    for g in gold:
        candidates = [
            p for p in predicted.get(g["doc_id"], []) if overlap(p["content"], g["content"]) > 0
        ]
        if not candidates:
            continue
        matched += 1
        best = max(candidates, key=lambda p: overlap(p["content"], g["content"]))
        if (
            same_name(g["source_name"], best["source"]["name"])
            and g["source_type"] == best["source"]["type"]
        ):
            correct += 1
        else:
            wrong.append(
                (
                    g["doc_id"],
                    g["source_name"],
                    g["source_type"],
                    best["source"]["name"],
                    best["source"]["type"],
                )
            )
        if (best["content"]["start"], best["content"]["end"]) == (
            g["content"]["start"],
            g["content"]["end"],
        ):
            content_exact += 1
        if g["cue"] is not None:
            cue_total += 1
            cue = best["cue"]
            cue_exact += cue is not None and (cue["start"], cue["end"]) == (
                g["cue"]["start"],
                g["cue"]["end"],
            )
    n_pred = sum(len(v) for v in predicted.values())
    hits = sum(
        any(overlap(p["content"], g["content"]) > 0 for g in gold if g["doc_id"] == doc_id)
        for doc_id, records in predicted.items()
        for p in records
    )
    accuracy = correct / matched if matched else 0.0
    print(
        f"\nattribution gold: {len(gold)} gold, {n_pred} predicted; "
        f"precision {hits / max(n_pred, 1):.3f}, "
        f"recall {matched / len(gold):.3f}, source accuracy {accuracy:.3f} ({correct}/{matched}), "
        f"cue exact {cue_exact}/{cue_total}, content exact {content_exact}/{matched}"
    )
    for w in wrong:
        print("  wrong source:", w)
    assert accuracy >= 0.9


def test_unattributed_sentences_get_no_named_source(predicted):
    offenders = [
        (u["doc_id"], u["text"][:60], p["source"]["name"])
        for u in gold_or_skip("unattributed.jsonl")
        for p in predicted.get(u["doc_id"], [])
        if p["source"]["name"] is not None and overlap(p["content"], u) > 0
    ]
    assert offenders == []
