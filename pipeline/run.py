"""``extract``: documents in, sorted JSONL records out.

Documents stream through in batches. With ``workers > 1`` each worker process builds the
pipeline once and sends back plain records (never Doc objects). A document that makes a
stage raise is isolated by re-running its batch one document at a time, and becomes an
``internal_error`` record; the rest of the batch is kept.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from pipeline import __version__
from pipeline.chunking import pieces
from pipeline.inputs import Document, InputError, iter_documents
from pipeline.model import default_model_name
from pipeline.output import OutputWriter
from pipeline.records import OUTPUT_KINDS, doc_records
from pipeline.ruleset import RuleSet, load_rules

BATCH_SIZE = 16
#: Documents per task sent to a worker process. Small, so that two workers stay busy to
#: the end of a run (100 documents in tasks of 16 leave one worker idle for the last);
#: a Dask task is coarser (its scheduling costs more), see ``DASK_TASK_SIZE``.
POOL_TASK_SIZE = 4
DASK_TASK_SIZE = 16
OFFSETS_NOTE = "span offsets are Python str indices (Unicode code points) into the decoded text, end exclusive"


@dataclass
class DocResult:
    doc_id: str
    input: str
    records: dict[str, list[dict[str, Any]]] | None = None
    error: InputError | None = None


@dataclass
class BatchResult:
    results: list[DocResult]
    timings: dict[str, float] = field(default_factory=dict)


def _timed(stream: Iterator, name: str, clock: dict[str, float]) -> Iterator:
    """Yield from ``stream``, adding the time spent producing each item to clock[name]."""
    while True:
        t0 = time.perf_counter()
        try:
            item = next(stream)
        except StopIteration:
            clock[name] += time.perf_counter() - t0
            return
        clock[name] += time.perf_counter() - t0
        yield item


def _apply(proc, stream: Iterator) -> Iterator:
    """A component without ``pipe``, one doc at a time. (A generator expression here would
    look ``proc`` up late and run the last component of the loop instead.)"""
    for doc in stream:
        yield proc(doc)


def make_doc(nlp: Language, document: Document):
    doc = nlp.make_doc(document.text)
    doc._.nf_doc_id = document.doc_id
    doc._.nf_published = document.published
    return doc


def run_stages(nlp: Language, documents: list[Document]) -> tuple[list, dict[str, float]]:
    """Process ``documents`` with every component's ``pipe``; return Docs and per-stage
    seconds (exclusive: each stage's time without the stages before it)."""
    inclusive: dict[str, float] = defaultdict(float)
    names = ["tokenizer"]
    stream: Iterator = _timed((make_doc(nlp, d) for d in documents), "tokenizer", inclusive)
    for name, proc in nlp.pipeline:
        piped = proc.pipe(stream, batch_size=BATCH_SIZE) if hasattr(proc, "pipe") else _apply(proc, stream)
        stream = _timed(iter(piped), name, inclusive)
        names.append(name)
    docs = list(stream)
    exclusive = {}
    for prev, name in zip([None, *names], names):
        exclusive[name] = inclusive[name] - (inclusive[prev] if prev else 0.0)
    return docs, exclusive


def _records_by_document(nlp: Language, batch: list[Document]) -> tuple[list[dict], dict[str, float]]:
    """Records of each document of ``batch``. A document longer than ``nlp.max_length`` is
    processed in pieces (``pipeline.chunking``) whose records are shifted back into it."""
    parts: list[tuple[int, int, Document]] = []
    for i, d in enumerate(batch):
        if len(d.text) <= nlp.max_length:
            parts.append((i, 0, d))
        else:
            parts.extend((i, s, replace(d, text=d.text[s:e])) for s, e in pieces(d.text, nlp.max_length))
    docs, timings = run_stages(nlp, [p[2] for p in parts])
    records: list[dict] = [{kind: [] for kind in OUTPUT_KINDS} for _ in batch]
    for (i, offset, part), doc in zip(parts, docs):
        for kind, recs in doc_records(doc, part.doc_id, offset=offset).items():
            records[i][kind].extend(recs)
    for i in {i for i, offset, _ in parts if offset}:  # pieces concatenated: restore the order
        for recs in records[i].values():
            recs.sort(key=_record_order)
    return records, timings


def _record_order(rec: dict) -> tuple:
    span = rec.get("span") or rec.get("content")
    return (span["start"], span["end"], rec["id"])


def process_batch(nlp: Language, batch: list[Document]) -> BatchResult:
    try:
        records, timings = _records_by_document(nlp, batch)
        return BatchResult([DocResult(d.doc_id, d.input, r) for d, r in zip(batch, records)], timings)
    except Exception:
        if len(batch) == 1:
            err = sys.exc_info()[1]
            d = batch[0]
            return BatchResult([DocResult(d.doc_id, d.input, error=InputError(
                d.input, d.doc_id, "internal_error",
                f"the pipeline failed on this document ({type(err).__name__}: {err}); please report it with the input",
            ))])
    merged = BatchResult([])
    for d in batch:
        one = process_batch(nlp, [d])
        merged.results.extend(one.results)
        for k, v in one.timings.items():
            merged.timings[k] = merged.timings.get(k, 0.0) + v
    return merged


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class RefusedInput(Exception):
    """A refused input in a ``strict`` run."""

    def __init__(self, error: InputError):
        self.error = error
        super().__init__(f"{error.input}: {error.error}: {error.message}")


@dataclass
class RunSummary:
    documents: int
    processed: int
    errors: int
    counts: dict[str, int]
    seconds: float
    timings: dict[str, float]
    out_dir: Path
    reused: int = 0


def extract(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    manifest: str | Path | None = None,
    model: str | None = None,
    rules: RuleSet | str | Path = "rules",
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    force: bool = False,
    strict: bool = False,
    progress: bool = False,
) -> RunSummary:
    """Run the pipeline over ``inputs`` and write the output files into ``out_dir``.

    ``engine``: "local" (this process, or a pool of ``workers`` processes) or "dask" (the
    cluster at ``scheduler``, or a local cluster of ``workers`` processes). Documents
    unchanged since the previous run into ``out_dir`` are reused unless ``force``. With
    ``strict``, the first refused input raises ``RefusedInput`` and nothing is written.
    """
    from pipeline.engines import dask_results, local_results
    from pipeline.reuse import previous_blocks, previous_documents

    started = time.perf_counter()
    out_dir = Path(out_dir)
    ruleset = rules if isinstance(rules, RuleSet) else load_rules(rules)
    identity = {"pipeline_version": __version__, "model": _model_meta(model), "rules_digest": ruleset.digest}
    before = {} if force else previous_documents(out_dir, identity)
    writer = OutputWriter(out_dir)
    timings: dict[str, float] = defaultdict(float)
    documents_meta: dict[str, dict[str, str]] = {}
    reused: set[str] = set()
    seen: set[str] = set()
    fact_rows: list[dict[str, Any]] = []
    n_docs = n_ok = 0

    def accepted() -> Iterator[Document]:
        nonlocal n_docs
        for item in iter_documents(inputs, manifest):
            n_docs += 1
            if isinstance(item, InputError):
                if strict:
                    raise RefusedInput(item)
                writer.add("errors", item.doc_id or "", [item.record()], tiebreak=item.input)
                continue
            if item.doc_id in seen:
                err = InputError(item.input, item.doc_id, "duplicate_doc_id",
                                 f"doc_id {item.doc_id!r} was already read from another input; ids must be unique in a run")
                writer.add("errors", item.doc_id, [err.record()], tiebreak=item.input)
                continue
            seen.add(item.doc_id)
            meta = {
                "input": item.input,
                "encoding": item.encoding,
                "sha256": hashlib.sha256(item.text.encode("utf-8")).hexdigest(),
                "published": item.published or "",
                "title": item.title or "",
            }
            documents_meta[item.doc_id] = meta
            old = before.get(item.doc_id)
            if old is not None and old.get("sha256") == meta["sha256"] and old.get("published", "") == meta["published"]:
                reused.add(item.doc_id)
                continue
            yield item

    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="doc", file=sys.stderr, desc="extract")
    try:
        size = DASK_TASK_SIZE if engine == "dask" else POOL_TASK_SIZE if workers > 1 else BATCH_SIZE
        batches = _batches(accepted(), size)
        if engine == "dask":
            results = dask_results(batches, model=model, ruleset=ruleset, workers=workers, scheduler=scheduler)
        elif engine == "local":
            results = local_results(batches, model=model, ruleset=ruleset, workers=workers)
        else:
            raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
        for batch in results:
            for k, v in batch.timings.items():
                timings[k] += v
            for res in batch.results:
                if res.error is not None:
                    if strict:
                        raise RefusedInput(res.error)
                    writer.add("errors", res.doc_id, [res.error.record()], tiebreak=res.input)
                    documents_meta.pop(res.doc_id, None)
                    continue
                n_ok += 1
                for kind in OUTPUT_KINDS:
                    writer.add(kind, res.doc_id, res.records[kind])
                fact_rows.extend(map(conflict_row, res.records["facts"]))
                if bar is not None:
                    bar.update(1)
        for kind, doc_id, records in previous_blocks(out_dir, reused) if reused else ():
            writer.add(kind, doc_id, records)
            if kind == "facts":
                fact_rows.extend(map(conflict_row, records))
        add_cross_document_conflicts(writer, fact_rows)
        seconds = time.perf_counter() - started
        run = {
            **identity,
            "spacy_version": spacy.__version__,
            "offsets": OFFSETS_NOTE,
            "inputs": {"documents": n_docs, "processed": n_ok, "reused": len(reused), "errors": writer.counts["errors"]},
            "outputs": {f"{k}.jsonl": writer.counts[k] for k in (*OUTPUT_KINDS, "errors")},
            "timings": {"seconds_total": round(seconds, 3), "workers": workers, "engine": engine,
                        "stages": {k: round(v, 3) for k, v in sorted(timings.items())}},
            "documents": dict(sorted(documents_meta.items())),
        }
        writer.commit(run)
    except BaseException:
        writer.abort()
        raise
    finally:
        if bar is not None:
            bar.close()
    return RunSummary(n_docs, n_ok, writer.counts["errors"], dict(writer.counts), seconds, dict(timings), out_dir, len(reused))


def conflict_row(fact: dict[str, Any]) -> dict[str, Any]:
    """The fields of a fact that cross-document conflicts compare (kept for the whole run)."""
    return {k: fact.get(k) for k in ("id", "doc_id", "span", "value", "low", "high", "unit", "qualifier",
                                      "measure", "subject", "time", "change")}


def add_cross_document_conflicts(writer: OutputWriter, fact_rows: list[dict[str, Any]]) -> None:
    """Figures that another document of the run contradicts become defects, and the facts
    they point at carry their ids."""
    import pandas as pd

    from pipeline.conflicts import cross_document_conflicts

    if not fact_rows:
        return
    defects = cross_document_conflicts(pd.DataFrame(fact_rows))
    by_span = {(r["doc_id"], r["span"]["start"], r["span"]["end"]): r["id"] for r in fact_rows}
    for defect in defects:
        writer.add("defects", defect["doc_id"], [defect])
        fact = by_span.get((defect["doc_id"], defect["span"]["start"], defect["span"]["end"]))
        if fact is not None:
            writer.patch("facts", defect["doc_id"], fact, "defect_ids", defect["id"])


def _model_meta(model: str | None) -> dict[str, str]:
    name = model or default_model_name()
    try:
        meta = spacy.util.get_package_version(name) if spacy.util.is_package(name) else None
    except Exception:  # pragma: no cover - defensive: metadata only
        meta = None
    if meta:
        return {"name": name, "version": meta}
    info = spacy.util.load_meta(Path(name) / "meta.json") if (Path(name) / "meta.json").exists() else {}
    return {"name": name, "version": str(info.get("version", ""))}
