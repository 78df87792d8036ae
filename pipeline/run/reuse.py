"""Incremental runs: documents unchanged since the last run into the same ``--out`` are
not processed again; their records are copied from the previous output files.

A document is reused when its content hash and publication date are the same as in the
previous ``run.json``, and the pipeline version, model and rules digest of that run are
the same as now. Records are copied one document at a time (the files are sorted by
doc_id), so memory does not grow with the archive. Cross-document conflicts are not
copied: they are recomputed over the whole run every time.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.core.jsonl import iter_jsonl
from pipeline.run.conflicts import CROSS_DOCUMENT_RULE

#: order matters: defects first, to know which defect ids to drop from facts
KINDS = ("defects", "facts", "claims", "entities")


def previous_documents(out_dir: Path, identity: dict[str, Any]) -> dict[str, dict[str, str]]:
    """doc_id -> {sha256, published} of the last run, if it was made by the same pipeline,
    model and rules (``identity``); empty otherwise."""
    try:
        run = json.loads((out_dir / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if any(run.get(k) != v for k, v in identity.items()):
        return {}
    if not all((out_dir / f"{kind}.jsonl").exists() for kind in KINDS):
        return {}
    return {k: v for k, v in run.get("documents", {}).items() if isinstance(v, dict)}


def previous_blocks(
    out_dir: Path, doc_ids: set[str]
) -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    """(kind, doc_id, records) of the reused documents, read from the previous outputs."""
    dropped: set[str] = set()
    for kind in KINDS:
        records = iter_jsonl(out_dir / f"{kind}.jsonl")
        for doc_id, group in itertools.groupby(records, key=lambda r: r["doc_id"]):
            if doc_id not in doc_ids:
                continue
            block = []
            for rec in group:
                rec.pop("review", None)  # decisions are attached again while the run commits
                if kind == "defects" and rec.get("rule") == CROSS_DOCUMENT_RULE:
                    dropped.add(rec["id"])
                    continue
                if kind == "facts":
                    rec["defect_ids"] = [d for d in rec.get("defect_ids", []) if d not in dropped]
                block.append(rec)
            yield kind, doc_id, block
