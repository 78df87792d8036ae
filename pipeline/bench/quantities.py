"""``make bench-quantities``: our quantities stage against quantulum3 on the same texts.

Two inputs: the corpus (five articles, one document each) and the corpus repeated ten
times as ONE document, to show how each tool scales with document length. For each we
report time per 1,000 words of
- quantulum3 (``parser.parse`` on the raw text: it does its own tokenising),
- our stage alone (``QuantityStage`` on Docs the model has already processed), and
- the model plus our stage (what a user pays to get our figures from raw text),
and the ratios. Best of N runs, in this process, one after the other.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path


#: Stages after quantities, left out of "model+stage".
LATER_STAGES = ["time", "attribution", "defects"]


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="corpus", type=Path)
    ap.add_argument("--repeat", default=3, type=int)
    args = ap.parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # its optional classifier is not needed here
            from quantulum3 import parser as q3
    except ImportError:
        print("quantulum3 is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    from pipeline.nlp import build_nlp

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    inputs = {"corpus (5 docs)": texts, "corpus x10 (1 doc)": ["\n".join(texts * 10)]}
    nlp = build_nlp()
    stage = nlp.get_pipe("quantities")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q3.parse(texts[0])  # load quantulum3's data before timing

    rows = []
    for name, docs_text in inputs.items():
        words = sum(len(t.split()) for t in docs_text)
        with nlp.select_pipes(disable=["quantities"]):
            parsed = list(nlp.pipe(docs_text))
        with nlp.select_pipes(disable=LATER_STAGES):
            full = _best(lambda: list(nlp.pipe(docs_text)), args.repeat)
        ours = _best(lambda: [stage(d) for d in parsed], args.repeat)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = _best(lambda: [q3.parse(t) for t in docs_text], max(1, args.repeat - 1))
        rows.append((name, words, theirs, ours, full))

    print(f"{'input':20} {'words':>7} {'quantulum3':>12} {'our stage':>11} {'model+stage':>12} {'q3/stage':>9} {'q3/full':>8}")
    print(f"{'':20} {'':>7} {'s/1k words':>12} {'s/1k words':>11} {'s/1k words':>12}")
    for name, words, theirs, ours, full in rows:
        k = words / 1000
        print(f"{name:20} {words:7d} {theirs / k:12.4f} {ours / k:11.4f} {full / k:12.4f} {theirs / ours:8.1f}x {theirs / full:7.2f}x")
    (_, w1, t1, o1, f1), (_, w2, t2, o2, f2) = rows
    growth = lambda a, b: (b / w2) / (a / w1)  # noqa: E731  per-word cost, long vs short
    print(f"\nper-word cost, 10x longer document vs corpus: quantulum3 {growth(t1, t2):.2f}x, "
          f"our stage {growth(o1, o2):.2f}x, model+stage {growth(f1, f2):.2f}x (1.00x = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
