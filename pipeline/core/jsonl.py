"""The one JSONL reader and writer of the package, and the one atomic file write.

Lines end at ``"\\n"`` only. ``str.splitlines()`` also splits at U+2028, U+2029, U+0085,
U+001C-U+001E, VT and FF, which JSON writes raw inside strings (``ensure_ascii=False``),
so it cuts records in two: every reader here goes through ``lines_of`` or ``iter_jsonl``.
Writing is ``dumps``: UTF-8 JSON without NaN or Infinity (not JSON), one object a line.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import jsonlines


class JsonlError(ValueError):
    """A line that is not JSON, with its ``where:LINE:`` address."""


def dumps(obj: Any, *, sort_keys: bool = False) -> str:
    """One JSONL line (without its newline): UTF-8 text, no NaN or Infinity."""
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, sort_keys=sort_keys)


def lines_of(text: str) -> Iterator[tuple[int, str]]:
    """(line number from 1, line) of ``text``, split at "\\n" only ("\\r\\n" loses its "\\r")."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        yield lineno, line.removesuffix("\r")


def parse_lines(
    lines: Iterable[tuple[int, str]],
    where: str,
    check: Callable[[Any], list[str]],
    problems: list[str],
    *,
    comments: bool = False,
    describe: Callable[[json.JSONDecodeError], str] | None = None,
) -> Iterator[tuple[int, Any]]:
    """(lineno, object) for each good line; ``where:LINE: problem`` appended to
    ``problems`` for each bad one. Blank lines (and ``//`` comments with ``comments``) are
    skipped; ``check(obj)`` lists the problems of a parsed object (empty: good)."""
    for lineno, line in lines:
        stripped = line.strip()
        if not stripped or (comments and stripped.startswith("//")):
            continue
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as err:
            why = describe(err) if describe else f"not JSON ({err.msg})"
            problems.append(f"{where}:{lineno}: {why}")
            continue
        errs = check(obj)
        if errs:
            problems.extend(f"{where}:{lineno}: {e}" for e in errs)
            continue
        yield lineno, obj


def iter_jsonl(path: str | Path) -> Iterator[Any]:
    """The objects of a JSONL file, one line at a time (memory does not grow with the file).
    A missing file has none; a line that is not JSON raises ``JsonlError`` with its place."""
    path = Path(path)
    if not path.exists():
        return
    with open(path, "rb") as fh:  # binary lines end at b"\n" only
        reader = jsonlines.Reader(fh, loads=json.loads)
        try:
            yield from reader.iter(skip_empty=True)
        except jsonlines.InvalidLineError as err:
            raise JsonlError(f"{path}:{err.lineno}: not JSON ({err})") from err


def read_jsonl(path: str | Path) -> list[Any]:
    """Every object of a JSONL file (a missing file: an empty list)."""
    return list(iter_jsonl(path))


def jsonl_text(records: Iterable[Any], *, sort_keys: bool = False) -> str:
    return "".join(dumps(r, sort_keys=sort_keys) + "\n" for r in records)


def write_atomic(path: str | Path, data: str | bytes, *, mode: int = 0o666) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory, fsync
    and a rename: readers see the old file or the new one, never a part."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, mode & ~umask)  # mkstemp makes 0600; outputs are meant to be shared
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_jsonl_atomic(
    path: str | Path, records: Iterable[Any], *, sort_keys: bool = False
) -> None:
    write_atomic(path, jsonl_text(records, sort_keys=sort_keys))
