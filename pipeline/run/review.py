"""Review decisions attached while a run commits, inside its one atomic rename.

``Attacher(decisions_path, documents)`` reads the decisions file once (only the latest
standing decision of each key is kept) and, for each document some decision may concern
(same doc_id, or same content hash), reads the document's text again from its input and
gives its records their ``review`` field as the writer streams them (``fix``). Records of
other documents are copied untouched, so memory grows with the decisions, not the run.
Decisions that match no record are the orphans, written as ``review_orphans.jsonl`` in
the same commit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.io.inputs import Document, read_address
from pipeline.records.decisions import (
    KIND_OF,
    attach,
    key_id,
    latest_by_key,
    read_decisions,
    text_sha256,
)
from pipeline.run.output import ORPHANS_FILE

Record = dict[str, Any]


@dataclass
class ReviewReport:
    decisions: int  # latest decisions (one per key)
    attached: int  # records that now carry a decision
    orphans: list[dict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # unreadable lines of the decisions file

    def summary(self) -> str:
        text = (
            f"review: {self.attached} record(s) carry a decision; "
            f"{len(self.orphans)} orphan decision(s)"
        )
        return text + (
            f"; {len(self.problems)} bad line(s) in the decisions file" if self.problems else ""
        )


class Attacher:
    ORPHANS_FILE = ORPHANS_FILE

    def __init__(
        self,
        decisions_path: str | Path,
        documents: dict[str, dict[str, Any]],
        bases: Iterable[Path] = (Path.cwd(),),
    ):
        decisions, self.problems = read_decisions(decisions_path)
        self.latest = latest_by_key(decisions)
        self.documents = documents  # run.json's documents: input, sha256
        self.bases = list(bases)
        self._by_doc: dict[str, list[Record]] = {}
        self._by_sha: dict[str, list[Record]] = {}
        for d in self.latest.values():
            self._by_doc.setdefault(d["doc_id"], []).append(d)
            self._by_sha.setdefault(d["key"]["doc_sha256"], []).append(d)
        self._texts: dict[str, str | None] = {}
        self._matched: set[str] = set()
        self.attached = 0

    def _relevant(self, kind: str, doc_id: str) -> list[Record]:
        sha = (self.documents.get(doc_id) or {}).get("sha256", "")
        found = {
            key_id(d["key"]): d for d in [*self._by_doc.get(doc_id, []), *self._by_sha.get(sha, [])]
        }
        return [d for d in found.values() if d["key"]["kind"] == KIND_OF.get(kind)]

    def _text(self, doc_id: str) -> str | None:
        """The document's text read again, when it still has the run's content hash."""
        if doc_id not in self._texts:
            info = self.documents.get(doc_id) or {}
            doc = read_address(str(info.get("input", "")), self.bases)
            ok = isinstance(doc, Document) and text_sha256(doc.text) == info.get("sha256")
            self._texts[doc_id] = doc.text if ok else None
        return self._texts[doc_id]

    def fix(self, kind: str, doc_id: str) -> Callable[[list[Record]], list[Record]] | None:
        """What to do to the records of ``kind`` of one document, or None: nothing."""
        relevant = self._relevant(kind, doc_id)
        if not relevant or self._text(doc_id) is None:
            return None

        def apply(records: list[Record]) -> list[Record]:
            bare = [{k: v for k, v in r.items() if k != "review"} for r in records]
            reviewed, orphans = attach({kind: bare}, {doc_id: self._text(doc_id) or ""}, relevant)
            lost = {key_id(o["key"]) for o in orphans}
            self._matched.update(key_id(d["key"]) for d in relevant if key_id(d["key"]) not in lost)
            self.attached += sum(1 for r in reviewed[kind] if "review" in r)
            return reviewed[kind]

        return apply

    def orphans(self) -> list[Record]:
        """Latest decisions no record took, each with ``orphan_reason``."""
        shas = {info.get("sha256") for info in self.documents.values()}
        out = []
        for k, d in sorted(self.latest.items(), key=lambda kv: (kv[1]["time"], kv[0])):
            if k in self._matched:
                continue
            missing = d["doc_id"] not in self.documents and d["key"]["doc_sha256"] not in shas
            out.append(
                {**d, "orphan_reason": "document_missing" if missing else "no_matching_record"}
            )
        return out

    def report(self) -> ReviewReport:
        return ReviewReport(len(self.latest), self.attached, self.orphans(), self.problems)
