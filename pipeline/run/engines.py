"""Where batches of documents are processed: in this process, in a local process pool,
or on a Dask cluster. Every engine runs the same ``process_batch`` and yields the same
``BatchResult``s (plain records), so outputs are byte-identical whichever is used.

Engines start lazily, on the first batch: a run in which every document is reused from
the previous outputs never loads the model.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator

from spacy.language import Language

from pipeline.nlp import build_nlp
from pipeline.rules.loader import RuleSet
from pipeline.run.batch import BatchResult, process_batch

# local process pool ---------------------------------------------------------------------
_WORKER_NLP: Language | None = None


def _init_worker(model: str | None, ruleset: RuleSet) -> None:
    global _WORKER_NLP
    _WORKER_NLP = build_nlp(model, ruleset)


def _work(batch) -> BatchResult:
    assert _WORKER_NLP is not None, "worker not initialised"
    return process_batch(_WORKER_NLP, batch)


def local_results(
    batches: Iterable[list], *, model: str | None, ruleset: RuleSet, workers: int
) -> Iterator[BatchResult]:
    """One process (``workers == 1``) or a pool of spawned workers, each building the
    pipeline once; results come back in input order."""
    batches = iter(batches)
    first = next(batches, None)
    if first is None:
        return
    if workers <= 1:
        nlp = build_nlp(model, ruleset)
        yield process_batch(nlp, first)
        for batch in batches:
            yield process_batch(nlp, batch)
        return
    pool = mp.get_context("spawn").Pool(
        workers, initializer=_init_worker, initargs=(model, ruleset)
    )
    try:
        yield from pool.imap(_work, _chain(first, batches))
    finally:
        pool.terminate()
        pool.join()


def _chain(first, rest: Iterator) -> Iterator:
    yield first
    yield from rest


# Dask ---------------------------------------------------------------------------------
_DASK_NLP: dict[tuple[str | None, str], Language] = {}


def _dask_task(batch, model: str | None, ruleset: RuleSet) -> BatchResult:
    """Runs on a Dask worker: the pipeline is built once per worker process and rules."""
    key = (model, ruleset.digest)
    if key not in _DASK_NLP:
        _DASK_NLP.clear()
        _DASK_NLP[key] = build_nlp(model, ruleset)
    return process_batch(_DASK_NLP[key], batch)


def dask_results(
    batches: Iterable[list],
    *,
    model: str | None,
    ruleset: RuleSet,
    workers: int,
    scheduler: str | None = None,
    in_flight: int | None = None,
) -> Iterator[BatchResult]:
    """Batches as Dask tasks on the cluster at ``scheduler`` (an address such as
    ``tcp://host:8786``), or on a local cluster of ``workers`` processes when None.

    At most ``in_flight`` tasks are submitted ahead (default: 2 per worker), so the
    driver's memory stays flat however many documents there are. Results are returned
    to the driver, which writes the output files: the workers need no shared filesystem.
    """
    from dask.distributed import Client, LocalCluster, as_completed

    batches = iter(batches)
    first = next(batches, None)
    if first is None:
        return
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        limit = in_flight or 2 * n_workers
        rules = client.scatter(ruleset, broadcast=True)
        pending = as_completed()
        for batch in _chain(first, batches):
            pending.add(client.submit(_dask_task, batch, model, rules, pure=False))
            if pending.count() >= limit:
                yield next(pending).result()
        for future in pending:
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
