"""Where batches of documents are processed: in this process, in a local process pool,
or on a Dask cluster. Every engine runs the same ``process_batch`` and yields the same
``BatchResult``s (plain records), so outputs are byte-identical whichever is used.

Engines start lazily, on the first batch: a run in which every document is reused from
the previous outputs never loads the model.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from spacy.language import Language

from pipeline.nlp import build_nlp
from pipeline.rules.loader import RuleSet
from pipeline.run.batch import BatchResult, process_batch

# local process pool ---------------------------------------------------------------------
_WORKER_NLP: Language | None = None
#: Tasks handed to the pool ahead of the results read, per worker: enough that a worker
#: never waits for the parent, few enough that memory stays flat however long the input.
IN_FLIGHT_PER_WORKER = 3


class WorkerDied(RuntimeError):
    """A worker process ended without returning its task (killed, out of memory)."""


def start_methods() -> tuple[str, ...]:
    """The start methods of the worker processes here, the default first: ``fork`` on
    Linux (the model is loaded once, in the parent), ``spawn`` elsewhere."""
    return ("fork", "spawn") if sys.platform.startswith("linux") else ("spawn",)


def _quiet_worker() -> None:
    """Ctrl-C is the parent's to handle: it stops the workers and cleans up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _init_worker(model: str | None, ruleset: RuleSet) -> None:
    global _WORKER_NLP
    _quiet_worker()
    _WORKER_NLP = build_nlp(model, ruleset)


def _work(batch) -> BatchResult:
    assert _WORKER_NLP is not None, "worker not initialised"
    return process_batch(_WORKER_NLP, batch)


def local_results(
    batches: Iterable[list],
    *,
    model: str | None,
    ruleset: RuleSet,
    workers: int,
    start_method: str | None = None,
) -> Iterator[BatchResult]:
    """One process (``workers == 1``) or a pool of worker processes, each with the
    pipeline built once; results come back in input order.

    ``start_method`` (default: the first of ``start_methods()``): ``fork`` builds the
    pipeline once in this process and the workers inherit it; ``spawn`` starts fresh
    interpreters that build it themselves, while this process goes on reading inputs."""
    global _WORKER_NLP
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
    method = start_method or start_methods()[0]
    if method not in start_methods():
        raise ValueError(f"start method {method!r}: use one of {', '.join(start_methods())}")
    setup: tuple = (_init_worker, (model, ruleset))
    if method == "fork":
        _WORKER_NLP, setup = build_nlp(model, ruleset), (_quiet_worker, ())
    try:
        yield from pooled(
            _chain(first, batches),
            _work,
            workers=workers,
            context=mp.get_context(method),
            initializer=setup[0],
            initargs=setup[1],
        )
    finally:
        _WORKER_NLP = None


def pooled(
    tasks: Iterable,
    work: Callable,
    *,
    workers: int,
    context,
    initializer: Callable | None = None,
    initargs: tuple = (),
    in_flight: int | None = None,
) -> Iterator:
    """``work(task)`` for each task on a pool of ``workers`` processes, results in task
    order, at most ``in_flight`` tasks handed out ahead (default: 3 per worker). A task
    goes to whichever worker is free first. A worker that dies raises ``WorkerDied``;
    on any exit the workers are stopped at once."""
    limit = in_flight or IN_FLIGHT_PER_WORKER * workers
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=initializer, initargs=initargs
    )
    pending: deque = deque()
    try:
        for task in tasks:
            pending.append(pool.submit(work, task))
            if len(pending) >= limit:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        _stop(pool)


def _result(future):
    try:
        return future.result()
    except BrokenProcessPool as err:
        raise WorkerDied(
            "a worker process ended before returning its documents (killed, or out of"
            " memory); nothing was written: run again, with fewer --workers if memory is short"
        ) from err


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now, whether busy or not (``shutdown`` alone waits for them)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join()


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
