"""Accepted and corrected decisions as gold lines (the formats of tests/gold/README.md).

Existing gold files are never rewritten: a line is added only for a site the file does
not have yet (same document and offsets), so hand-made annotations always win.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.core.jsonl import jsonl_text, read_jsonl, write_atomic
from pipeline.review.decisions import KIND_OF, anchor, attach
from pipeline.review.documents import REVIEWED_KINDS, Run

GOLD_FILES = {"facts": "quantities.jsonl", "claims": "claims.jsonl", "defects": "defects.jsonl"}


def _note(review: dict) -> str:
    note = f"from review: {review['decision']} by {review['reviewer']} at {review['time']}"
    extra = (review.get("correction") or {}).get("note")
    return f"{note}; {extra}" if extra else note


def _corrected_span(
    kind: str, record: dict, review: dict, decision_span: dict | None, text: str
) -> tuple[int, int] | None:
    """The corrected span moved by as much as the record moved since the decision; None
    when it no longer holds the text the reviewer chose."""
    span = (review.get("correction") or {}).get("span")
    if span is None:
        return anchor(kind, record)
    delta = anchor(kind, record)[0] - (decision_span or {}).get("start", anchor(kind, record)[0])
    start, end = span["start"] + delta, span["end"] + delta
    if not (0 <= start < end <= len(text)) or ("text" in span and text[start:end] != span["text"]):
        return None
    return start, end


def gold_line(
    file_kind: str, record: dict, text: str, decision_span: dict | None = None
) -> dict[str, Any] | None:
    """One gold line for a record carrying an accept or correct decision."""
    review = record.get("review") or {}
    if review.get("decision") not in ("accept", "correct"):
        return None
    kind = KIND_OF[file_kind]
    where = _corrected_span(kind, record, review, decision_span, text)
    if where is None:
        return None
    fix = review.get("correction") or {}
    span = {"start": where[0], "end": where[1], "text": text[where[0] : where[1]]}
    if file_kind == "facts":
        change = record.get("change")
        return {
            "doc_id": record["doc_id"],
            **span,
            "value": fix.get("value", record.get("value")),
            "low": record.get("low"),
            "high": record.get("high"),
            "unit": fix.get("unit", record.get("unit")),
            "qualifier": record.get("qualifier"),
            "item": record.get("item"),
            "change": change.get("direction") if change else None,
            "note": _note(review),
        }
    if file_kind == "claims":
        source = record.get("source") or {}
        return {
            "doc_id": record["doc_id"],
            "kind": record.get("kind"),
            "source_name": fix.get("source", source.get("name")),
            "source_type": source.get("type"),
            "role": source.get("role"),
            "mention": source.get("mention"),
            "cue": record.get("cue"),
            "content": span,
            "note": _note(review),
        }
    return {"doc_id": record["doc_id"], "kind": record.get("kind"), **span, "note": _note(review)}


def _site(file_kind: str, line: dict) -> tuple:
    span = line["content"] if file_kind == "claims" else line
    return (
        line.get("doc_id"),
        line.get("kind") if file_kind == "defects" else None,
        span.get("start"),
        span.get("end"),
    )


def export_gold(run: Run, decisions: list[dict], gold_dir: str | Path) -> dict[str, int]:
    """Add gold lines for accepted and corrected decisions to ``gold_dir``; returns the
    number of lines added per file, and under "skipped" those not placed (orphans, or a
    corrected span that no longer holds its text)."""
    gold_dir = Path(gold_dir)
    texts = run.texts()
    records = {kind: run.records[kind] for kind in REVIEWED_KINDS}
    reviewed, orphans = attach(records, texts, decisions)
    added: dict[str, int] = {
        "skipped": sum(1 for o in orphans if o["decision"] in ("accept", "correct"))
    }
    for file_kind, name in GOLD_FILES.items():
        path = gold_dir / name
        existing = path.read_text(encoding="utf-8") if path.exists() else ""
        sites = {_site(file_kind, line) for line in read_jsonl(path)}
        new = []
        for rec in reviewed[file_kind]:
            if (rec.get("review") or {}).get("decision") not in ("accept", "correct"):
                continue
            line = gold_line(file_kind, rec, texts[rec["doc_id"]], rec["review"].get("span"))
            if line is None:
                added["skipped"] += 1
            elif _site(file_kind, line) not in sites:
                sites.add(_site(file_kind, line))
                new.append(line)
        added[name] = len(new)
        if new:
            if existing and not existing.endswith("\n"):
                existing += "\n"
            write_atomic(path, existing + jsonl_text(new))
    return added
