"""Read a run back: run.json, the record files and each document's text.

The text is read again from the input named in run.json (``path`` or, for JSONL inputs,
``path:lineno``) and decoded the way ``pipeline extract`` decodes it. Its sha256 must
equal the one in run.json: when the input changed since the run, the offsets of the
records no longer point at the right characters, so the document is shown without
highlights and with the reason, and nothing is raised.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.core.jsonl import read_jsonl
from pipeline.io.inputs import InputError, read_address
from pipeline.review.decisions import text_sha256

REVIEWED_KINDS = ("facts", "claims", "defects")


@dataclass(frozen=True)
class DocText:
    doc_id: str
    input: str
    sha256: str
    published: str
    text: str | None  # the input's Document text (pipeline.io.inputs); None when unreadable
    problem: str | None = None  # why the text cannot be trusted, if so
    title: str = ""  # from the manifest or the JSONL line, when given

    @property
    def usable(self) -> bool:
        return self.text is not None and self.problem is None


@dataclass
class Run:
    out_dir: Path
    meta: dict[str, Any]
    documents: dict[str, DocText]
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def texts(self) -> dict[str, str]:
        """Texts that match the run (the only ones offsets are valid for)."""
        return {
            d: doc.text for d, doc in self.documents.items() if doc.usable and doc.text is not None
        }


def read_input_text(input: str, bases: list[Path]) -> tuple[str | None, str | None]:
    """(text, None) or (None, why not) for an input as named in run.json, read again by
    ``pipeline.io.inputs.read_address`` (the one reader of ``path:lineno``)."""
    doc = read_address(input, bases)
    if isinstance(doc, InputError):
        return None, doc.message
    return doc.text, None


def load_run(out_dir: str | Path, bases: list[Path] | None = None) -> Run:
    """The run in ``out_dir``; inputs are looked up relative to ``bases`` (default: the
    current directory, then the parent of ``out_dir``)."""
    out_dir = Path(out_dir)
    meta = json.loads((out_dir / "run.json").read_text(encoding="utf-8"))
    bases = bases or [Path.cwd(), out_dir.resolve().parent]
    documents = {}
    for doc_id, info in sorted((meta.get("documents") or {}).items()):
        text, problem = read_input_text(str(info.get("input", "")), bases)
        if text is not None and info.get("sha256") and text_sha256(text) != info["sha256"]:
            problem = (
                "the input changed since this run (content hash differs): "
                "re-run pipeline extract; offsets are not shown"
            )
        documents[doc_id] = DocText(
            doc_id,
            str(info.get("input", "")),
            str(info.get("sha256", "")),
            str(info.get("published", "")),
            text,
            problem,
            str(info.get("title") or ""),
        )
    records = {
        kind: read_jsonl(out_dir / f"{kind}.jsonl") for kind in (*REVIEWED_KINDS, "entities")
    }
    return Run(out_dir, meta, documents, records)
