"""``extract``: documents in, sorted JSONL records out, in small steps.

Inputs are read one at a time (``_Intake``: refusals, duplicate ids, reuse of unchanged
documents), go to an engine in batches (``pipeline.run.engines``: this process, a local
pool, or Dask; each runs ``pipeline.run.batch.process_batch``), and their records are
spooled by the atomic writer (``pipeline.run.output``). Cross-document conflicts and
``run.json`` come last, then the one commit.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy

from pipeline import __version__
from pipeline.core.code_digest import code_digest
from pipeline.core.errors import Errors
from pipeline.io.inputs import Document, InputError, iter_documents
from pipeline.model import package_id
from pipeline.records.build import OUTPUT_KINDS
from pipeline.rules.loader import RuleSet
from pipeline.run.batch import (
    BATCH_SIZE,
    DASK_TASK_SIZE,
    BatchResult,
    batches_by_words,
    batches_of,
)
from pipeline.run.conflicts import add_cross_document_conflicts, conflict_row
from pipeline.run.engines import dask_results, local_results
from pipeline.run.output import OutputWriter
from pipeline.run.reuse import previous_blocks, previous_documents
from pipeline.run.review import Attacher, ReviewReport
from pipeline.stages import load_rules

OFFSETS_NOTE = (
    "span offsets are Python str indices (Unicode code points) into the decoded text, end exclusive"
)


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
    review: ReviewReport | None = None  # when decisions were attached


@dataclass
class _Intake:
    """The inputs of a run, read one at a time: refusals and duplicate ids become error
    records, unchanged documents are set aside for reuse, the rest are yielded."""

    writer: OutputWriter
    before: dict[str, dict[str, Any]]
    strict: bool
    documents: int = 0
    meta: dict[str, dict[str, str]] = field(default_factory=dict)
    reused: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)

    def refuse(self, error: InputError, *, read: bool = False) -> None:
        """An error record; ``read``: the document was read, and failed in the pipeline."""
        if self.strict:
            raise RefusedInput(error)
        self.writer.add("errors", error.doc_id or "", [error.record()], tiebreak=error.input)
        if read:
            self.meta.pop(error.doc_id, None)

    def accepted(
        self, inputs: Iterable[str | Path], manifest: str | Path | None
    ) -> Iterator[Document]:
        for item in iter_documents(inputs, manifest):
            self.documents += 1
            if isinstance(item, InputError):
                self.refuse(item)
            elif item.doc_id in self.seen:
                self.refuse(
                    InputError(
                        item.input,
                        item.doc_id,
                        *Errors.DUPLICATE_DOC_ID.format(doc_id=item.doc_id),
                    )
                )
            else:
                self.seen.add(item.doc_id)
                if not self._unchanged(item):
                    yield item

    def _unchanged(self, item: Document) -> bool:
        """Record the document's metadata; True when the previous run has it unchanged."""
        meta = {
            "input": item.input,
            "encoding": item.encoding,
            "sha256": hashlib.sha256(item.text.encode("utf-8")).hexdigest(),
            "published": item.published or "",
            "title": item.title or "",
        }
        self.meta[item.doc_id] = meta
        old = self.before.get(item.doc_id)
        same = (
            old is not None
            and old.get("sha256") == meta["sha256"]
            and old.get("published", "") == meta["published"]
        )
        if same:
            self.reused.add(item.doc_id)
        return same


def _results(
    documents: Iterable[Document],
    *,
    engine: str,
    model: str | None,
    ruleset: RuleSet,
    workers: int,
    scheduler: str | None,
    start_method: str | None,
) -> Iterator[BatchResult]:
    """The results of ``documents``, in tasks sized for the engine (``_batches``)."""
    batches = _batches(documents, engine, workers)
    if engine == "dask":
        return dask_results(
            batches, model=model, ruleset=ruleset, workers=workers, scheduler=scheduler
        )
    if engine == "local":
        return local_results(
            batches, model=model, ruleset=ruleset, workers=workers, start_method=start_method
        )
    raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")


def _batches(documents: Iterable[Document], engine: str, workers: int) -> Iterator[list]:
    """Tasks for the engine: by words for a local pool, by documents otherwise."""
    if engine == "local" and workers > 1:
        return batches_by_words(documents)
    return batches_of(documents, DASK_TASK_SIZE if engine == "dask" else BATCH_SIZE)


def _run_record(
    identity: dict[str, Any],
    intake: _Intake,
    writer: OutputWriter,
    processed: int,
    seconds: float,
    timings: dict[str, float],
    workers: int,
    engine: str,
) -> dict[str, Any]:
    """What ``run.json`` says of the run."""
    return {
        **identity,
        "spacy_version": spacy.__version__,
        "offsets": OFFSETS_NOTE,
        "inputs": {
            "documents": intake.documents,
            "processed": processed,
            "reused": len(intake.reused),
            "errors": writer.counts["errors"],
        },
        "outputs": {f"{k}.jsonl": writer.counts[k] for k in (*OUTPUT_KINDS, "errors")},
        "timings": {
            "seconds_total": round(seconds, 3),
            "workers": workers,
            "engine": engine,
            "stages": {k: round(v, 3) for k, v in sorted(timings.items())},
        },
        "documents": dict(sorted(intake.meta.items())),
    }


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
    start_method: str | None = None,
    force: bool = False,
    strict: bool = False,
    progress: bool = False,
    decisions: str | Path | None = None,
) -> RunSummary:
    """Run the pipeline over ``inputs`` and write the output files into ``out_dir``.

    ``engine``: "local" (this process, or a pool of ``workers`` processes) or "dask" (the
    cluster at ``scheduler``, or a local cluster of ``workers`` processes; ``start_method``:
    the local pool's, see ``pipeline.run.engines.local_results``). Documents unchanged since
    the previous run into ``out_dir`` are reused unless ``force``. With ``strict``, the
    first refused input raises ``RefusedInput`` and nothing is written. ``decisions``: a
    review decisions file whose decisions the records get as they are committed
    (``pipeline.run.review``)."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    ruleset = rules if isinstance(rules, RuleSet) else load_rules(rules)
    identity = _identity(model, ruleset)
    writer = OutputWriter(out_dir)
    intake = _Intake(writer, {} if force else previous_documents(out_dir, identity), strict)
    bar = _progress_bar() if progress else None
    try:
        results = _results(
            intake.accepted(inputs, manifest),
            engine=engine,
            model=model,
            ruleset=ruleset,
            workers=workers,
            scheduler=scheduler,
            start_method=start_method,
        )
        processed, timings, fact_rows = _spool(results, intake, writer, bar)
        fact_rows.extend(_add_reused(out_dir, intake, writer))
        add_cross_document_conflicts(writer, fact_rows)
        seconds = time.perf_counter() - started
        run = _run_record(identity, intake, writer, processed, seconds, timings, workers, engine)
        review = Attacher(decisions, run["documents"]) if decisions is not None else None
        writer.commit(run, review)
    except BaseException:
        writer.abort()
        raise
    finally:
        if bar is not None:
            bar.close()
    report = review.report() if review else None
    return RunSummary(
        intake.documents, processed, writer.counts["errors"], dict(writer.counts), seconds,
        dict(timings), out_dir, len(intake.reused), report,
    )  # fmt: skip


def _identity(model: str | None, ruleset: RuleSet) -> dict[str, str]:
    """What makes two runs comparable: a document is reused only under the same identity."""
    return {
        "pipeline_version": __version__,
        "model": package_id(model),
        "rules_digest": ruleset.digest,
        "code_digest": code_digest(),
    }


def _spool(
    results: Iterable[BatchResult], intake: _Intake, writer: OutputWriter, bar: Any
) -> tuple[int, dict[str, float], list[dict[str, Any]]]:
    """Spool every batch as it arrives: documents processed, stage seconds, conflict rows."""
    timings: dict[str, float] = defaultdict(float)
    fact_rows: list[dict[str, Any]] = []
    processed = 0
    for batch in results:
        for k, v in batch.timings.items():
            timings[k] += v
        processed += _take(batch, intake, writer, fact_rows, bar)
    return processed, timings, fact_rows


def _add_reused(out_dir: Path, intake: _Intake, writer: OutputWriter) -> list[dict[str, Any]]:
    """Copy the blocks of reused documents from the previous run; return their conflict rows."""
    rows: list[dict[str, Any]] = []
    if not intake.reused:
        return rows
    for kind, doc_id, records in previous_blocks(out_dir, intake.reused):
        writer.add(kind, doc_id, records)
        if kind == "facts":
            rows.extend(map(conflict_row, records))
    return rows


def _take(
    batch: BatchResult,
    intake: _Intake,
    writer: OutputWriter,
    fact_rows: list[dict[str, Any]],
    bar: Any,
) -> int:
    """Spool the records of one batch; return how many documents it processed."""
    processed = 0
    for res in batch.results:
        if res.error is not None:
            intake.refuse(res.error, read=True)
            continue
        processed += 1
        for kind in OUTPUT_KINDS:
            writer.add(kind, res.doc_id, res.records[kind])
        fact_rows.extend(map(conflict_row, res.records["facts"]))
        if bar is not None:
            bar.update(1)
    return processed


def _progress_bar():
    from tqdm import tqdm

    return tqdm(unit="doc", file=sys.stderr, desc="extract")
