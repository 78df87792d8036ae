"""One batch of documents through the pipeline, in whatever process runs it.

Every engine (``pipeline.run.engines``) calls ``process_batch``: documents in, plain
records out (never Doc objects). A document that makes a stage raise is isolated by
re-running its batch one document at a time, and becomes an ``internal_error`` record;
the rest of the batch is kept.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.language import Language

from pipeline.core.errors import Errors
from pipeline.io.chunking import pieces
from pipeline.io.inputs import Document, InputError
from pipeline.records.build import OUTPUT_KINDS, doc_records

BATCH_SIZE = 16
#: Words per task sent to a worker process (``batches_by_words``), at most
#: ``POOL_TASK_DOCS`` documents: small, so that two workers stay busy to the end of a run
#: whatever the lengths of the documents; a document that long or longer is a task alone.
#: A Dask task is coarser (its scheduling costs more), see ``DASK_TASK_SIZE``.
POOL_TASK_WORDS = 2000
POOL_TASK_DOCS = 16
DASK_TASK_SIZE = 16


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
        piped = (
            proc.pipe(stream, batch_size=BATCH_SIZE)
            if hasattr(proc, "pipe")
            else _apply(proc, stream)
        )
        stream = _timed(iter(piped), name, inclusive)
        names.append(name)
    docs = list(stream)
    exclusive = {}
    for prev, name in zip([None, *names], names, strict=False):
        exclusive[name] = inclusive[name] - (inclusive[prev] if prev else 0.0)
    return docs, exclusive


def _records_by_document(
    nlp: Language, batch: list[Document]
) -> tuple[list[dict], dict[str, float]]:
    """Records of each document of ``batch``. A document longer than ``nlp.max_length`` is
    processed in pieces (``pipeline.io.chunking``) whose records are shifted back into it."""
    parts: list[tuple[int, int, Document]] = []
    for i, d in enumerate(batch):
        if len(d.text) <= nlp.max_length:
            parts.append((i, 0, d))
        else:
            parts.extend(
                (i, s, replace(d, text=d.text[s:e])) for s, e in pieces(d.text, nlp.max_length)
            )
    docs, timings = run_stages(nlp, [p[2] for p in parts])
    records: list[dict] = [{kind: [] for kind in OUTPUT_KINDS} for _ in batch]
    for (i, offset, part), doc in zip(parts, docs, strict=False):
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
        return BatchResult(
            [DocResult(d.doc_id, d.input, r) for d, r in zip(batch, records, strict=False)], timings
        )
    except Exception:
        if len(batch) == 1:
            err = sys.exc_info()[1]
            d = batch[0]
            return BatchResult(
                [
                    DocResult(
                        d.doc_id,
                        d.input,
                        error=InputError(
                            d.input,
                            d.doc_id,
                            *Errors.INTERNAL_ERROR.format(kind=type(err).__name__, error=err),
                        ),
                    )
                ]
            )
    merged = BatchResult([])
    for d in batch:
        one = process_batch(nlp, [d])
        merged.results.extend(one.results)
        for k, v in one.timings.items():
            merged.timings[k] = merged.timings.get(k, 0.0) + v
    return merged


def batches_of(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def batches_by_words(
    items: Iterable[Document], words: int = POOL_TASK_WORDS, cap: int = POOL_TASK_DOCS
) -> Iterator[list[Document]]:
    """Batches of about ``words`` words (never more, unless one document alone is), at
    most ``cap`` documents each, in input order."""
    batch: list[Document] = []
    count = 0
    for item in items:
        n = len(item.text.split())
        if batch and (count + n > words or len(batch) >= cap):
            yield batch
            batch, count = [], 0
        batch.append(item)
        count += n
        if count >= words:
            yield batch
            batch, count = [], 0
    if batch:
        yield batch
