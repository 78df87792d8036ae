"""The local pool: tasks sized by words, results in order, bounded read-ahead, a dead
worker as a clear error, and the same bytes whichever way the workers start."""

from __future__ import annotations

import multiprocessing as mp
import operator
import os

import pytest
from conftest import ROOT

from pipeline.io.inputs import Document
from pipeline.run.batch import batches_by_words
from pipeline.run.engines import WorkerDied, pooled, start_methods
from pipeline.run.extract import extract

RULES = ROOT / "rules"


def _doc(i: int, words: int) -> Document:
    return Document(f"d{i}", " ".join(["word"] * words), "mem")


def _sizes(batches) -> list[list[int]]:
    return [[len(d.text.split()) for d in b] for b in batches]


def test_tasks_are_sized_by_words():
    docs = [_doc(i, n) for i, n in enumerate([900, 900, 900, 300, 5000, 100, 100])]
    assert _sizes(batches_by_words(docs, words=2000)) == [
        [900, 900],
        [900, 300],
        [5000],
        [100, 100],
    ]


def test_a_big_document_is_a_task_alone_and_nothing_is_lost_or_moved():
    docs = [_doc(i, n) for i, n in enumerate([10, 2500, 10, 1990, 10])]
    batches = list(batches_by_words(docs, words=2000))
    assert _sizes(batches) == [[10], [2500], [10, 1990], [10]]
    assert [d.doc_id for b in batches for d in b] == [d.doc_id for d in docs]


def test_short_documents_are_capped_per_task():
    docs = [_doc(i, 5) for i in range(40)]
    assert [len(b) for b in batches_by_words(docs, words=2000, cap=16)] == [16, 16, 8]


@pytest.mark.parametrize("method", start_methods())
def test_results_come_back_in_task_order(method):
    tasks = [(i, -i) for i in range(30)]
    got = list(pooled(iter(tasks), sum, workers=2, context=mp.get_context(method)))
    assert got == [0] * 30


def test_tasks_are_read_only_a_few_ahead_of_the_results():
    taken = []

    def tasks():
        for i in range(40):
            taken.append(i)
            yield -i

    context = mp.get_context(start_methods()[-1])
    for consumed, result in enumerate(
        pooled(tasks(), operator.neg, workers=2, context=context, in_flight=4), start=1
    ):
        assert result == consumed - 1
        assert len(taken) <= consumed + 4
    assert len(taken) == 40


def test_a_worker_that_dies_is_a_clear_error_not_a_hang():
    context = mp.get_context(start_methods()[-1])
    with pytest.raises(WorkerDied, match="worker process ended"):
        list(pooled(iter([3, 3, 3]), os._exit, workers=2, context=context))


@pytest.mark.parametrize("method", start_methods())
def test_the_same_bytes_with_either_start_method(tmp_path, method):
    src = tmp_path / "in"
    src.mkdir()
    for i, p in enumerate(sorted((ROOT / "corpus").glob("*.txt"))[:3]):
        (src / f"{i}.txt").write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    extract([src], tmp_path / "one", rules=RULES, workers=1)
    extract([src], tmp_path / "two", rules=RULES, workers=2, start_method=method)
    for name in ("facts", "claims", "entities", "defects", "errors"):
        one = (tmp_path / "one" / f"{name}.jsonl").read_bytes()
        assert one == (tmp_path / "two" / f"{name}.jsonl").read_bytes(), name


def test_an_unknown_start_method_is_refused(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Exports rose 4% in 2023.", encoding="utf-8")
    with pytest.raises(ValueError, match="start method 'thread'"):
        extract([src], tmp_path / "out", rules=RULES, workers=2, start_method="thread")


def test_the_cli_reports_a_dead_worker_in_one_line(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import pipeline.run.extract as run_extract
    from pipeline.cli import main

    def dies(*args, **kwargs):
        raise WorkerDied("a worker process ended before returning its documents")

    monkeypatch.setattr(run_extract, "extract", dies)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Exports rose 4% in 2023.", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["extract", str(src), "--out", str(tmp_path / "out"), "--rules", str(RULES)]
    )
    assert result.exit_code == 1
    assert "error: a worker process ended" in result.output
    assert "Traceback" not in result.output
