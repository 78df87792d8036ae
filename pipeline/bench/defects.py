"""``make bench-defects``: false alarms of ``stripped_number`` on clean text, and site
recall and precision on the same text damaged by ``pipeline.bench.corruption``.

Sources: the trade texts and the texts of other sections in ``tests/data/clean_news/``,
and the sentences of quantulum3's own test suite, read from the installed package (never
copied into this repository). The full pipeline runs, so the defects stage sees the
quantity spans. A site is found when a defect lies within 2 characters of it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.bench.corruption import strip_digits
from pipeline.core.extensions import DEFECTS

CLEAN = Path(__file__).resolve().parents[2] / "tests" / "data" / "clean_news"
SEEDS = (1, 2, 3, 4, 5)
SHARE = 0.3
TRADE = ("01", "02", "03", "04", "05", "06", "07")


def sources() -> dict[str, list[str]]:
    texts = sorted(CLEAN.glob("*.txt"))
    out = {
        "trade (clean_news 01-07)": [
            p.read_text(encoding="utf-8") for p in texts if p.name[:2] in TRADE
        ],
        "other sections (08-)": [
            p.read_text(encoding="utf-8") for p in texts if p.name[:2] not in TRADE
        ],
    }
    try:
        import quantulum3
    except ImportError:
        print("quantulum3 is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return out
    path = Path(quantulum3.__file__).parent / "_lang" / "en_US" / "tests" / "quantities.json"
    out["quantulum3 tests"] = [case["req"] for case in json.loads(path.read_text(encoding="utf-8"))]
    return out


def stripped(doc) -> list[tuple[int, int]]:
    return [(d.start_char, d.end_char) for d in doc.spans[DEFECTS] if d.label_ == "stripped_number"]


def near(a: tuple[int, int], b: tuple[int, int], slack: int = 2) -> bool:
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def corrupted_score(nlp, texts: list[str], collapse: bool) -> tuple[int, int, int, int]:
    """(sites, sites found, defects, defects near a site) over every seed."""
    sites_n = found = defects_n = right = 0
    for seed in SEEDS:
        pairs = [strip_digits(t, share=SHARE, seed=seed, collapse_spaces=collapse) for t in texts]
        for doc, (_, sites) in zip(nlp.pipe(p[0] for p in pairs), pairs, strict=True):
            defects, spans = stripped(doc), [(s.start, s.end) for s in sites]
            sites_n += len(spans)
            defects_n += len(defects)
            found += sum(any(near(d, s) for d in defects) for s in spans)
            right += sum(any(near(d, s) for s in spans) for d in defects)
    return sites_n, found, defects_n, right


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print each false alarm on clean text")
    args = ap.parse_args(argv)
    from pipeline.nlp import build_nlp

    nlp = build_nlp()
    print(
        f"{'source':26} {'sents':>6} {'false/1k':>9} {'sites':>6} {'recall':>7} {'prec':>6}"
        f" {'sites*':>6} {'recall*':>8} {'prec*':>6}"
    )
    for name, texts in sources().items():
        docs = list(nlp.pipe(texts))
        sents = sum(len(list(d.sents)) for d in docs)
        false = [(d, s) for d in docs for s in stripped(d)]
        if args.show:
            for d, (s, e) in false:
                print(f"   false: {d.text[max(0, s - 40) : e + 30]!r}")
        row = [corrupted_score(nlp, texts, collapse) for collapse in (False, True)]
        cells = []
        for sites, hit, defects, right in row:
            cells.append(f"{sites:6d} {hit / max(sites, 1):7.3f} {right / max(defects, 1):6.3f}")
        rate = 1000 * len(false) / max(sents, 1)
        print(f"{name:26} {sents:6d} {rate:9.2f} {cells[0]} {cells[1][:-7]} {cells[1][-6:]}")
    print(
        "\n* = the space a vanished number leaves is collapsed too ('from to'); "
        f"seeds {SEEDS[0]}-{SEEDS[-1]}, {SHARE:.0%} of the numbers stripped"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
