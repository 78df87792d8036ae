"""``make bench``: what the pipeline costs, measured against baselines run on this machine.

(a) words/s of the full pipeline vs bare spaCy (same model, same texts, this process), on the
    corpus x4 and on a varied mix (``varied_mix``), with each component's share of the time;
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
from importlib import resources
from pathlib import Path

CHILD = """
import json, resource, sys, time
from pipeline.run.extract import extract
inputs, out, workers, engine = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
start = sys.argv[6] if len(sys.argv) > 6 else None
t0 = time.perf_counter()
summary = extract(
    [inputs], out, rules=sys.argv[5], workers=workers, engine=engine, force=True,
    start_method=start,
)
seconds = time.perf_counter() - t0
peak = max(
    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
)
print(json.dumps({
    "seconds": seconds, "documents": summary.processed, "peak_mib": peak / 1024,
    "stages": summary.timings,
}))
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


def child_run(
    inputs: Path, out: Path, workers: int, engine: str, rules: str, start: str | None = None
) -> dict:
    """One ``extract`` run in a fresh interpreter: its seconds, documents and peak RSS
    (``start``: the workers' start method, fork or spawn)."""
    args = [str(inputs), str(out), str(workers), engine, rules, *([start] if start else [])]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


TARGET_RATIO = 0.90
"""The full pipeline's words/s over bare spaCy's, on both rows of (a) (issue 17)."""
TARGET_SPEEDUP = 1.7
"""--workers 2 over --workers 1 on 100 documents, start-up included (issue 17)."""
MIX_SENTENCES_PER_DOC = 20


def quantulum_sentences() -> list[str]:
    """The sentences of quantulum3's own test suite, read from the installed package (never
    copied into this repository); empty when quantulum3 is not installed."""
    try:
        tests = resources.files("quantulum3") / "_lang" / "en_US" / "tests"
    except ModuleNotFoundError:
        return []
    out: list[str] = []
    for name in ("quantities.json", "quantities.ambiguity.json"):
        item = tests / name
        if item.is_file():
            out.extend(
                c["req"] for c in json.loads(item.read_text(encoding="utf-8")) if c.get("req")
            )
    return out


def varied_mix(corpus: Path, clean_news: Path) -> list[str]:
    """A varied mix of news text: the corpus, the hand-written articles of
    ``tests/data/clean_news`` and quantulum3's test sentences joined about twenty to a document."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(clean_news.glob("*.txt"))]
    sentences = quantulum_sentences()
    n = MIX_SENTENCES_PER_DOC
    texts += [
        " ".join(s.rstrip() for s in sentences[i : i + n]) for i in range(0, len(sentences), n)
    ]
    return texts


def words_per_second(texts: list[str], full, repeat: int) -> tuple[float, float, dict]:
    """Words/s of bare spaCy and of the ``full`` pipeline (same model) on ``texts``, best of
    ``repeat`` interleaved runs; and the per-component seconds of the best full run."""
    from pipeline.io.inputs import Document
    from pipeline.model import load_model
    from pipeline.run.batch import run_stages

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
        _, timings = run_stages(full, docs)
        seconds = time.perf_counter() - t0
        if seconds < best_full:
            best_full, stages = seconds, timings
    return words / best_bare, words / best_full, stages


def print_throughput(rows: dict[str, list[str]], nlp, repeat: int) -> None:
    """Part (a): one row per input, then the per-component share of the last (varied) row."""
    from pipeline.nlp import STAGES

    print(
        f"(a) throughput, this process, best of {repeat}; target: full/bare >= {TARGET_RATIO:.2f}x"
        " on every row"
    )
    stages: dict = {}
    for label, texts in rows.items():
        words = sum(len(t.split()) for t in texts)
        bare, full, stages = words_per_second(texts, nlp, repeat)
        ratio = full / bare
        print(
            f"    {label:12} {words:7d} words  bare spaCy {bare:6.0f} words/s"
            f"  full {full:6.0f} words/s"
            f"  ratio {ratio:.2f}x  {'met' if ratio >= TARGET_RATIO else 'NOT met'}"
        )
    ours = {"paragraphs", *(n for n, _ in STAGES)}
    total = sum(stages.values())
    print(f"    time share of the whole, {label} (ours marked *):")
    for name, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"      {'*' if name in ours else ' '} {name:16} {seconds / total:6.1%}")
    model = sum(v for k, v in stages.items() if k not in ours)
    mine = sum(v for k, v in stages.items() if k in ours)
    print(
        f"    our stages: {mine / model:.0%} of the model's"
        f" own time (the tokenizer and the model's components)"
    )


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


def _spin(seconds: float) -> float:
    """Busy for ``seconds`` of wall time; the CPU seconds this process got meanwhile."""
    t0, c0 = time.perf_counter(), time.process_time()
    while time.perf_counter() - t0 < seconds:
        pass
    return time.process_time() - c0


def cores_available(seconds: float = 2.0) -> float:
    """CPU that two busy processes get together, over what one gets alone: the most that
    --workers 2 can gain on this machine now (2.00 on two idle cores; less under load)."""
    import multiprocessing as mp

    context = mp.get_context("spawn")
    with context.Pool(1) as pool:
        one = sum(pool.map(_spin, [seconds]))
    with context.Pool(2) as pool:
        two = sum(pool.map(_spin, [seconds, seconds]))
    return two / max(one, 1e-9)


def print_cores(corpus: Path, work: Path, rules: str, sizes: list[int]) -> None:
    """Part (c): --workers 1 vs 2 on ``sizes`` documents, start-up included (and after it:
    start-up = a run over one document), for each start method of the workers."""
    from pipeline.run.engines import start_methods

    tiny = corpus_copies(corpus, 1, work / "in1")
    print(
        f"(c) cores, start-up included; target: --workers 2 >= {TARGET_SPEEDUP:.1f}x"
        " --workers 1 on 100 documents; start-up = a run over one document"
    )
    print(f"    CPU two busy processes get over one, now: {cores_available():.2f}x")
    start = {"one": child_run(tiny, work / "t1", 1, "local", rules)["seconds"]}
    for method in start_methods():
        start[method] = child_run(tiny, work / f"t2{method}", 2, "local", rules, method)["seconds"]
    for n in sizes:
        src = corpus_copies(corpus, n, work / f"in{n}")
        one = child_run(src, work / f"w1-{n}", 1, "local", rules)["seconds"]
        print(f"    {n} docs: --workers 1 {one:6.1f} s (start-up {start['one']:.1f} s)")
        for method in start_methods():
            two = child_run(src, work / f"w2-{n}", 2, "local", rules, method)["seconds"]
            steady = (one - start["one"]) / max(two - start[method], 1e-9)
            met = "" if n != 100 else "  met" if one / two >= TARGET_SPEEDUP else "  NOT met"
            same = outputs_of(work / f"w2-{n}") == outputs_of(work / f"w1-{n}")
            print(
                f"      --workers 2 --start-method {method:5} {two:6.1f} s  speed-up"
                f" {one / two:.2f}x{met}  (after start-up {steady:.2f}x; start-up"
                f" {start[method]:.1f} s; outputs identical: {same})"
            )


def outputs_of(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl"))}


def print_rerun(corpus: Path, work: Path, rules: str) -> None:
    print("(d) re-run with nothing changed (CLI, start-up included)")
    out = work / "rerun"
    cli = [
        sys.executable,
        "-m",
        "pipeline.cli",
        "extract",
        str(corpus),
        "--out",
        str(out),
        "--rules",
        rules,
        "--workers",
        "1",
    ]
    subprocess.run(cli, capture_output=True, check=False)
    t0 = time.perf_counter()
    subprocess.run(cli, capture_output=True, check=False)
    print(f"    {time.perf_counter() - t0:.2f} s for the corpus")


def print_dask(corpus: Path, work: Path, rules: str) -> None:
    print("(e) Dask LocalCluster, 2 workers, 100 documents")
    src = corpus_copies(corpus, 100, work / "in100")
    two = child_run(src, work / "local2", 2, "local", rules)
    dask = child_run(src, work / "dask", 2, "dask", rules)
    same = outputs_of(work / "dask") == outputs_of(work / "local2")
    print(
        f"    dask {dask['seconds']:6.1f} s vs local {two['seconds']:6.1f} s"
        f" (x{dask['seconds'] / two['seconds']:.2f}); outputs identical: {same}"
    )


def print_growth(corpus: Path, nlp, repeat: int) -> None:
    from pipeline.nlp import STAGES

    print("(f) cost per word, corpus x10 as one document vs the corpus (1.00x = linear)")
    growth = per_word_growth(corpus, nlp, repeat)
    for name in ["tokenizer", *(n for n, _ in STAGES)]:
        short, long = growth[name]
        print(
            f"    {name:12} {short * 1000:7.2f} -> {long * 1000:7.2f} ms/1k words"
            f"  x{long / short:.2f}"
        )
    model = [k for k in growth if k not in {n for n, _ in STAGES} | {"tokenizer", "paragraphs"}]
    short, long = sum(growth[k][0] for k in model), sum(growth[k][1] for k in model)
    print(
        f"    {'model':12} {short * 1000:7.2f} -> {long * 1000:7.2f} ms/1k words"
        f"  x{long / short:.2f}  ({', '.join(model)})"
    )


def print_scaling(corpus: Path, work: Path, rules: str, sizes: list[int]) -> None:
    print("(b) scaling with the number of documents (--workers 1, fresh process each)")
    base = None
    for n in sizes:
        src = corpus_copies(corpus, n, work / f"in{n}")
        r = child_run(src, work / f"out{n}", 1, "local", rules)
        per_doc = r["seconds"] / n
        base = base or (per_doc, r["peak_mib"])
        print(
            f"    {n:5d} docs: {per_doc * 1000:7.1f} ms/doc  peak RSS {r['peak_mib']:7.0f} MiB"
            f"   (x{per_doc / base[0]:.2f} time/doc, x{r['peak_mib'] / base[1]:.2f} RSS vs first)"
        )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="corpus", type=Path)
    ap.add_argument("--rules", default="rules")
    ap.add_argument("--clean-news", default="tests/data/clean_news", type=Path)
    ap.add_argument("--sizes", default="10,100,1000", help="document counts of (b)")
    ap.add_argument("--cores", default="100,300", help="document counts of (c)")
    ap.add_argument("--repeat", default=3, type=int)
    ap.add_argument("--parts", default="abcdef", help="which parts to run, e.g. 'ac'")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="a short run: parts a and c only, best of 2, (c) on 100 documents",
    )
    args = ap.parse_args(argv)
    if args.quick:
        args.parts, args.repeat, args.cores = "ac", min(args.repeat, 2), "100"
    return args


def throughput_rows(corpus: Path, clean_news: Path) -> dict[str, list[str]]:
    """The two rows of (a): the corpus x4, and the varied mix."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    return {"corpus x4": texts * 4, "varied mix": varied_mix(corpus, clean_news)}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
    try:
        nlp = None
        if "a" in args.parts or "f" in args.parts:
            from pipeline.nlp import build_nlp

            nlp = build_nlp(None, args.rules)  # the full pipeline, for (a) and (f)
        if "a" in args.parts:
            print_throughput(throughput_rows(args.corpus, args.clean_news), nlp, args.repeat)
        if "b" in args.parts:
            print_scaling(args.corpus, work, args.rules, sizes)
        if "c" in args.parts:
            print_cores(args.corpus, work, args.rules, [int(x) for x in args.cores.split(",")])
        if "d" in args.parts:
            print_rerun(args.corpus, work, args.rules)
        if "e" in args.parts:
            print_dask(args.corpus, work, args.rules)
        if "f" in args.parts:
            print_growth(args.corpus, nlp, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
