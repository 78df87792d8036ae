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
from pipeline.io.inputs import Document, InputError, iter_documents
from pipeline.model import package_id
from pipeline.run.engines import dask_results, local_results
from pipeline.run.output import OutputWriter
from pipeline.run.reuse import previous_blocks, previous_documents
from pipeline.records.build import OUTPUT_KINDS
from pipeline.run.batch import BATCH_SIZE, DASK_TASK_SIZE, POOL_TASK_SIZE, batches_of
from pipeline.run.conflicts import add_cross_document_conflicts, conflict_row
from pipeline.rules.loader import RuleSet
from pipeline.stages import load_rules

OFFSETS_NOTE = "span offsets are Python str indices (Unicode code points) into the decoded text, end exclusive"


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
    started = time.perf_counter()
    out_dir = Path(out_dir)
    ruleset = rules if isinstance(rules, RuleSet) else load_rules(rules)
    identity = {"pipeline_version": __version__, "model": package_id(model), "rules_digest": ruleset.digest}
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
        batches = batches_of(accepted(), size)
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
