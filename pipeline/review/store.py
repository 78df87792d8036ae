"""The decisions file (append-only JSONL) and atomic file writes.

Appends take an exclusive ``flock`` on the file, write whole lines in one ``write`` on a
descriptor opened with O_APPEND, and ``fsync`` before releasing the lock, so concurrent
reviewers (threads or processes) never interleave or lose lines and earlier lines are
never rewritten. Other outputs are written to a temporary file in the same directory
and renamed into place.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
import threading
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline.review.decisions import parse_lines

DEFAULT_DECISIONS = Path("reviews") / "decisions.jsonl"
_THREAD_LOCK = threading.Lock()


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, sort_keys=True)


def load_decisions(path: str | Path) -> tuple[list[dict], list[str]]:
    """Valid decisions of the file in file order, and ``FILE:LINE: problem`` for bad lines.
    A missing file has no decisions."""
    path = Path(path)
    if not path.exists():
        return [], []
    return parse_lines(path.read_text(encoding="utf-8").splitlines(), str(path))


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


def write_atomic(path: str | Path, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes 0600; a review file is meant to be shared
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_jsonl_atomic(path: str | Path, records: Iterable[dict], *, sort_keys: bool = False) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False, allow_nan=False, sort_keys=sort_keys) + "\n" for r in records)
    write_atomic(path, text)
