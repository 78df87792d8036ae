"""The decisions file (append-only JSONL) and atomic file writes.

Appends take an exclusive ``flock`` on the file, write whole lines in one ``write`` on a
descriptor opened with O_APPEND, and ``fsync`` before releasing the lock, so concurrent
reviewers (threads or processes) never interleave or lose lines and earlier lines are
never rewritten. Other files are written with ``pipeline.core.jsonl.write_atomic``.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.core import jsonl
from pipeline.core.jsonl import write_atomic, write_jsonl_atomic
from pipeline.records.decisions import read_decisions

__all__ = [
    "append_decisions",
    "dumps",
    "load_decisions",
    "utc_now",
    "write_atomic",
    "write_jsonl_atomic",
]

DEFAULT_DECISIONS = Path("reviews") / "decisions.jsonl"
_THREAD_LOCK = threading.Lock()


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def dumps(obj: Any) -> str:
    return jsonl.dumps(obj, sort_keys=True)


def load_decisions(path: str | Path) -> tuple[list[dict], list[str]]:
    """Valid decisions of the file in file order, and ``FILE:LINE: problem`` for bad lines.
    A missing file has no decisions."""
    return read_decisions(path)


def append_decisions(path: str | Path, decisions: Iterable[dict]) -> int:
    """Append decisions as JSONL lines; returns how many. Never touches earlier lines."""
    decisions = list(decisions)
    data = "".join(dumps(d) + "\n" for d in decisions).encode("utf-8")
    if not data:
        return 0
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _THREAD_LOCK:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            size = os.fstat(fd).st_size
            if size:  # a hand-edited file without a final newline must not glue two lines
                with open(path, "rb") as fh:
                    fh.seek(size - 1)
                    if fh.read(1) != b"\n":
                        data = b"\n" + data
            os.write(fd, data)
            os.fsync(fd)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
    return len(decisions)
