"""Write output files atomically, sorted by ``doc_id`` then span start, with memory that
does not grow with the number of documents.

Records of each document arrive as one block (already sorted within the document) and
are appended to a spool file in a private temporary directory inside ``--out``; only an
index of (doc_id, offset, length) stays in memory. ``commit()`` writes every final file in
that directory in doc_id order (review decisions attached on the way) and then renames
each into place, ``run.json`` last, so an interrupted run leaves the previous outputs
untouched.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import jsonlines

from pipeline.core.jsonl import dumps, jsonl_text, lines_of
from pipeline.records.build import OUTPUT_KINDS

ORPHANS_FILE = "review_orphans.jsonl"


class Reviewer(Protocol):
    """What ``commit`` needs of the review decisions (``pipeline.run.review.Attacher``)."""

    ORPHANS_FILE: str

    def fix(
        self, kind: str, doc_id: str
    ) -> Callable[[list[dict[str, Any]]], list[dict[str, Any]]] | None: ...

    def orphans(self) -> list[dict[str, Any]]: ...


FILE_KINDS = (*OUTPUT_KINDS, "errors")


def remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary directories left by a killed run (its process is gone) are removed; those
    of a run still going are left alone. They are never read as outputs."""
    for tmp in out_dir.glob(".tmp-*"):
        pid = tmp.name.split("-")[1] if tmp.name.count("-") >= 2 else ""
        if pid.isdigit() and _alive(int(pid)):
            continue
        shutil.rmtree(tmp, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class OutputWriter:
    def __init__(self, out_dir: str | Path):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(self.out_dir)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{os.getpid()}-", dir=self.out_dir))
        self._spools = {kind: open(self.tmp / f"{kind}.spool", "w+b") for kind in FILE_KINDS}
        self._index: dict[str, list[tuple[str, str, int, int]]] = {kind: [] for kind in FILE_KINDS}
        self.counts = dict.fromkeys(FILE_KINDS, 0)
        self._patches: dict[tuple[str, str], dict[str, list[tuple[str, Any]]]] = defaultdict(dict)

    def patch(self, kind: str, doc_id: str, record_id: str, field: str, value: Any) -> None:
        """Append ``value`` to the list ``field`` of a record already added (for findings
        that need the whole run, such as cross-document conflicts)."""
        self._patches[(kind, doc_id)].setdefault(record_id, []).append((field, value))

    def add(
        self, kind: str, sort_key: str, records: list[dict[str, Any]], tiebreak: str = ""
    ) -> None:
        """Append one document's records (in their final order) for ``kind``."""
        if not records:
            return
        buf = io.StringIO()
        with jsonlines.Writer(buf, dumps=dumps) as writer:
            writer.write_all(records)
        data = buf.getvalue().encode("utf-8")
        spool = self._spools[kind]
        offset = spool.seek(0, os.SEEK_END)
        spool.write(data)
        self._index[kind].append((sort_key, tiebreak, offset, len(data)))
        self.counts[kind] += len(records)

    def commit(self, run: dict[str, Any], review: Reviewer | None = None) -> None:
        """Write every final file, then rename them into place, ``run.json`` last.
        ``review`` gives records their review decisions as they are written (and its
        orphans file is part of the same commit); without it a stale orphans file goes."""
        finals = [self._final(kind, review) for kind in FILE_KINDS]
        if review is not None:
            finals.append(self.tmp / review.ORPHANS_FILE)
            finals[-1].write_bytes(jsonl_text(review.orphans(), sort_keys=True).encode("utf-8"))
        run_path = self.tmp / "run.json"
        run_path.write_text(
            json.dumps(run, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
        )
        self._close_spools()
        for path in [*finals, run_path]:
            os.replace(path, self.out_dir / path.name)
        if review is None:
            (self.out_dir / ORPHANS_FILE).unlink(missing_ok=True)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _final(self, kind: str, review: Reviewer | None) -> Path:
        """The final file of ``kind`` in the private directory, in doc_id order."""
        spool = self._spools[kind]
        spool.flush()
        final = self.tmp / f"{kind}.jsonl"
        with open(final, "wb") as out:
            for doc_id, group in itertools.groupby(sorted(self._index[kind]), key=lambda e: e[0]):
                group = list(group)
                patches = self._patches.get((kind, doc_id))
                fix = review.fix(kind, doc_id) if review is not None else None
                if len(group) == 1 and not patches and fix is None:
                    spool.seek(group[0][2])
                    out.write(spool.read(group[0][3]))
                    continue
                records = self._read(spool, group)
                if len(group) > 1 or patches:
                    records = self._merged(records, patches or {})
                out.write(jsonl_text(fix(records) if fix else records).encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        return final

    @staticmethod
    def _read(spool, group) -> list[dict[str, Any]]:
        records: list[dict[str, Any]] = []
        for _key, _tie, offset, length in group:
            spool.seek(offset)
            records.extend(
                json.loads(line) for _, line in lines_of(spool.read(length).decode("utf-8")) if line
            )
        return records

    @staticmethod
    def _merged(
        records: list[dict[str, Any]], patches: dict[str, list[tuple[str, Any]]]
    ) -> list[dict[str, Any]]:
        """Several blocks of one document (or patched records): re-sorted by span start."""
        for rec in records:
            for field, value in patches.get(rec.get("id"), []):
                rec[field] = [*rec.get(field, []), value]
        span = lambda r: r.get("span") or r.get("content") or {}  # noqa: E731
        records.sort(
            key=lambda r: (
                span(r).get("start", -1),
                span(r).get("end", -1),
                str(r.get("id", r.get("input", ""))),
            )
        )
        return records

    def abort(self) -> None:
        self._close_spools()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _close_spools(self) -> None:
        for spool in self._spools.values():
            if not spool.closed:
                spool.close()
