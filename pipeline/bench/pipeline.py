"""``make bench``: what the pipeline costs, measured against baselines run on this machine.

(a) words/s of the full pipeline vs bare spaCy (same model, same texts, this process);
(b) time per document and peak RSS for 10, 100 and 1,000 documents (the corpus
    repeated, every copy varied so that nothing can be cached), each run in a fresh
    subprocess so that its peak RSS is its own;
(c) --workers 2 vs --workers 1 (100 and 300 documents), whole runs and after start-up;
(d) a re-run with nothing changed, through the CLI, start-up included;
(e) the Dask engine on a local 2-worker cluster vs the local 2-worker run;
(f) each of our stages' cost per word on the corpus and on the corpus x10 as one
    document (1.00x = linear in document length).
Figures only: nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import json, resource, sys, time
from pipeline.run.extract import extract
inputs, out, workers, engine = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
t0 = time.perf_counter()
summary = extract([inputs], out, rules=sys.argv[5], workers=workers, engine=engine, force=True)
seconds = time.perf_counter() - t0
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"seconds": seconds, "documents": summary.processed, "peak_mib": peak / 1024, "stages": summary.timings}))
"""


def corpus_copies(corpus: Path, n: int, dest: Path) -> Path:
    """``n`` documents from the corpus, each copy with its figures nudged and a marker line,
    so no two documents are the same text."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    rng = random.Random(n)
    dest.mkdir(parents=True, exist_ok=True)
    with open(dest / "docs.jsonl", "w", encoding="utf-8") as fh:
        for i in range(n):
            text = texts[i % len(texts)].replace("1", str(rng.randint(1, 9)), 1)
            fh.write(
                json.dumps(
                    {
                        "id": f"doc{i:05d}",
                        "text": f"Copy {i} of the corpus.\n{text}",
                        "published": "2023-11",
                    }
                )
                + "\n"
            )
    return dest / "docs.jsonl"


def child_run(inputs: Path, out: Path, workers: int, engine: str, rules: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(inputs), str(out), str(workers), engine, rules],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def words_per_second(corpus: Path, full, repeat: int) -> tuple[float, float, dict]:
    """Words/s of bare spaCy and of the ``full`` pipeline (same model), corpus x4."""
    from pipeline.io.inputs import Document
    from pipeline.model import load_model
    from pipeline.run.batch import run_stages

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))] * 4
    words = sum(len(t.split()) for t in texts)
    bare = load_model()
    docs = [Document(f"d{i}", t, "mem", published="2023-11") for i, t in enumerate(texts)]
    list(bare.pipe(texts[:2])), run_stages(full, docs[:2])  # warm up both
    best_bare = best_full = float("inf")
    stages: dict = {}
    for _ in range(repeat):  # interleaved, so both see the same machine load
        t0 = time.perf_counter()
        list(bare.pipe(texts, batch_size=16))
        best_bare = min(best_bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        _, stages = run_stages(full, docs)
        best_full = min(best_full, time.perf_counter() - t0)
    return words / best_bare, words / best_full, stages


def per_word_growth(corpus: Path, nlp, repeat: int) -> dict[str, tuple[float, float]]:
    """Seconds per 1,000 words of every stage, on the corpus (one document per article)
    and on the corpus x10 joined into one document; best of ``repeat``."""
    from pipeline.io.inputs import Document
    from pipeline.run.batch import run_stages

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    out: dict[str, list[float]] = {}
    for inputs in (texts, ["\n".join(texts * 10)]):
        words = sum(len(t.split()) for t in inputs)
        docs = [Document(f"d{i}", t, "mem", published="2023-11") for i, t in enumerate(inputs)]
        best: dict[str, float] = {}
        for _ in range(repeat):
            _, stages = run_stages(nlp, docs)
            for k, v in stages.items():
                best[k] = min(best.get(k, float("inf")), v)
        for k, v in best.items():
            out.setdefault(k, []).append(v / words * 1000)
    return {k: (v[0], v[1]) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="corpus", type=Path)
    ap.add_argument("--rules", default="rules")
    ap.add_argument("--sizes", default="10,100,1000")
    ap.add_argument("--repeat", default=3, type=int)
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
    try:
        from pipeline.nlp import STAGES, build_nlp

        nlp = build_nlp(None, args.rules)  # the full pipeline, for (a) and (f)
        print("(a) throughput, this process, corpus x4")
        bare, full, stages = words_per_second(args.corpus, nlp, args.repeat)
        print(
            f"    bare spaCy {bare:8.0f} words/s   full pipeline {full:8.0f} words/s   ratio {full / bare:.2f}"
        )
        total = sum(stages.values())
        print(
            "    time per stage (share of the full pipeline): "
            + ", ".join(f"{k} {v / total:.0%}" for k, v in stages.items())
        )

        print("(b) scaling with the number of documents (--workers 1, fresh process each)")
        base = None
        for n in [int(x) for x in args.sizes.split(",")]:
            src = corpus_copies(args.corpus, n, work / f"in{n}")
            r = child_run(src, work / f"out{n}", 1, "local", args.rules)
            per_doc = r["seconds"] / n
            base = base or (per_doc, r["peak_mib"])
            print(
                f"    {n:5d} docs: {per_doc * 1000:7.1f} ms/doc  peak RSS {r['peak_mib']:7.0f} MiB"
                f"   (x{per_doc / base[0]:.2f} time/doc, x{r['peak_mib'] / base[1]:.2f} RSS vs first)"
            )

        src = corpus_copies(args.corpus, 100, work / "in100")
        many = corpus_copies(args.corpus, 300, work / "in300")
        tiny = corpus_copies(args.corpus, 1, work / "in1")
        print("(c) cores: 100 and 300 documents; start-up = a run over one document")
        start = {
            w: child_run(tiny, work / f"t{w}", w, "local", args.rules)["seconds"] for w in (1, 2)
        }
        local2 = {}
        for label, inputs in (("100", src), ("300", many)):
            one = child_run(inputs, work / f"w1-{label}", 1, "local", args.rules)
            two = local2[label] = child_run(inputs, work / f"w2-{label}", 2, "local", args.rules)
            steady = (one["seconds"] - start[1]) / (two["seconds"] - start[2])
            print(
                f"    {label} docs: --workers 1 {one['seconds']:6.1f} s   --workers 2 {two['seconds']:6.1f} s"
                f"   speed-up {one['seconds'] / two['seconds']:.2f}x (after start-up {steady:.2f}x;"
                f" start-up {start[1]:.1f} s / {start[2]:.1f} s)"
            )
        two = local2["100"]

        print("(d) re-run with nothing changed (CLI, start-up included)")
        out = work / "rerun"
        cli = [
            sys.executable,
            "-m",
            "pipeline.cli",
            "extract",
            str(args.corpus),
            "--out",
            str(out),
            "--rules",
            args.rules,
            "--workers",
            "1",
        ]
        subprocess.run(cli, capture_output=True, check=False)
        t0 = time.perf_counter()
        subprocess.run(cli, capture_output=True, check=False)
        print(f"    {time.perf_counter() - t0:.2f} s for the corpus")

        print("(e) Dask LocalCluster, 2 workers, 100 documents")
        dask = child_run(src, work / "dask", 2, "dask", args.rules)
        same = all(
            (work / "dask" / f).read_bytes() == (work / "w2-100" / f).read_bytes()
            for f in ("facts.jsonl", "claims.jsonl", "entities.jsonl", "defects.jsonl")
        )
        print(
            f"    dask {dask['seconds']:6.1f} s vs local {two['seconds']:6.1f} s (x{dask['seconds'] / two['seconds']:.2f}); outputs identical: {same}"
        )

        print("(f) cost per word, corpus x10 as one document vs the corpus (1.00x = linear)")
        growth = per_word_growth(args.corpus, nlp, args.repeat)
        for name in ["tokenizer", *(n for n, _ in STAGES)]:
            short, long = growth[name]
            print(
                f"    {name:12} {short * 1000:7.2f} -> {long * 1000:7.2f} ms/1k words  x{long / short:.2f}"
            )
        model = [k for k in growth if k not in {n for n, _ in STAGES} | {"tokenizer", "paragraphs"}]
        short, long = sum(growth[k][0] for k in model), sum(growth[k][1] for k in model)
        print(
            f"    {'model':12} {short * 1000:7.2f} -> {long * 1000:7.2f} ms/1k words  x{long / short:.2f}  ({', '.join(model)})"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
