"""Matching predicted records against gold records by span overlap (shared by the gold
tests): greedy one-to-one, largest overlap first, ties broken by position."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core.jsonl import read_jsonl

GOLD = Path(__file__).resolve().parent / "gold"


def read_gold(name: str, directory: Path = GOLD) -> list[dict]:
    """The lines of a gold file (lines end at "\\n" only: a note may hold U+2028)."""
    path = directory / name
    if not path.is_file():
        raise FileNotFoundError(path)
    return read_jsonl(path)


def gold_or_skip(name: str) -> list[dict]:
    """The lines of a gold file, or the test skipped while that file is not written yet."""
    if not (GOLD / name).is_file():
        pytest.skip(f"tests/gold/{name} not written yet")
    return read_gold(name)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[dict], predicted: list[dict], gold_span, pred_span) -> list[tuple[dict, dict]]:
    """Pairs (gold, predicted) in the same document whose spans overlap."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if g["doc_id"] != p["doc_id"]:
                continue
            o = overlap(gold_span(g), pred_span(p))
            if o > 0:
                candidates.append((-o, gi, pi))
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in sorted(candidates):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    return pairs
