"""Recall and precision of ``stripped_number`` on clean news prose damaged by the seeded
generator in pipeline/bench/corruption.py (digits vanish; '.', ',', '%', '/' and spaces stay).

A site is found when a stripped_number defect overlaps it or lies within 2 characters;
a defect is right when it is near a site. Figures are printed per seed (``pytest -s``).
Recall is asserted on the trade texts the rules were written from; on the texts of other
sections (sports scores, page furniture) it is measured by ``make bench-defects``.
Precision is asserted on all of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.bench.corruption import strip_digits
from pipeline.bench.defects import TRADE
from pipeline.core.extensions import DEFECTS
from tests.defects_support import defects_nlp, touches

CLEAN = sorted((Path(__file__).resolve().parent / "data" / "clean_news").glob("*.txt"))
TRADE_TEXTS = [p for p in CLEAN if p.name[:2] in TRADE]
SEEDS = (1, 2, 3, 4, 5)
SHARE = 0.3


@pytest.fixture(scope="module")
def dnlp():
    return defects_nlp()


def stripped(doc) -> list[tuple[int, int]]:
    return [(d.start_char, d.end_char) for d in doc.spans[DEFECTS] if d.label_ == "stripped_number"]


def score(dnlp, seed: int, collapse_spaces: bool, paths=CLEAN) -> tuple[int, int, int, int]:
    """(sites, sites found, defects, defects near a site) over the clean texts."""
    sites_n = found = defects_n = right = 0
    for path in paths:
        corrupted, sites = strip_digits(
            path.read_text(encoding="utf-8"),
            share=SHARE,
            seed=seed,
            collapse_spaces=collapse_spaces,
        )
        defects = stripped(dnlp(corrupted))
        spans = [(s.start, s.end) for s in sites]
        sites_n += len(spans)
        defects_n += len(defects)
        found += sum(any(touches(d, s) for d in defects) for s in spans)
        right += sum(any(touches(d, s) for s in spans) for d in defects)
    return sites_n, found, defects_n, right


def test_clean_texts_are_there():
    assert len(CLEAN) >= 5


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.stem)
def test_no_stripped_number_on_clean_text(dnlp, path):
    assert stripped(dnlp(path.read_text(encoding="utf-8"))) == []


def rates(dnlp, seed: int, collapse_spaces: bool) -> tuple[float, float]:
    """Recall on the trade texts, precision on all texts; printed."""
    sites, found, _, _ = score(dnlp, seed, collapse_spaces, TRADE_TEXTS)
    _, _, defects, right = score(dnlp, seed, collapse_spaces)
    recall, precision = found / sites, right / max(defects, 1)
    print(f"\nseed {seed}, collapsed {collapse_spaces}: trade recall {recall:.3f} ({sites} sites),")
    print(f" precision {precision:.3f} ({defects} defects on all texts)")
    assert sites >= 60
    return recall, precision


@pytest.mark.parametrize("seed", SEEDS)
def test_recall_and_precision_per_seed(dnlp, seed):
    recall, precision = rates(dnlp, seed, collapse_spaces=False)
    assert recall >= 0.95
    assert precision >= 0.98


@pytest.mark.parametrize("seed", SEEDS)
def test_collapsed_spaces_keep_precision(dnlp, seed):
    """When the space left by a vanished number is dropped too ("from to", as in the
    corpus), many gaps leave no trace at all ("opened new metro lines"); the recall is
    measured and printed, precision must stay high."""
    recall, precision = rates(dnlp, seed, collapse_spaces=True)
    assert precision >= 0.95
    assert recall >= 0.7
