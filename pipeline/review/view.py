"""What the review page shows, as plain data: pure functions from a run (and its
decisions) to documents, cards and highlight marks. The page only draws this."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pipeline.review.decisions import (
    KIND_OF,
    attach,
    disagreements,
    key_id,
    make_key,
    standing_by_key,
)
from pipeline.review.documents import REVIEWED_KINDS, DocText, Run

KIND_ORDER = {"defect": 0, "fact": 1, "claim": 2}
#: the common reasons for a rejection, on keys 1-9 of the page (``pipeline review --reason``
#: replaces them)
REJECT_REASONS = [
    "not a figure",
    "wrong value",
    "wrong unit",
    "wrong span",
    "wrong source",
    "wrong period",
    "duplicate",
    "not a claim",
    "false alarm",
]


def format_number(value: float | int | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1e-4 else f"{value:g}"


def _text(span: dict | None) -> str:
    return "" if not span else span.get("text", "")


def fact_fields(rec: dict, claim: dict | None) -> list[list[str]]:
    if rec.get("qualifier") == "range" or (
        rec.get("value") is None and (rec.get("low") is not None or rec.get("high") is not None)
    ):
        value = f"{format_number(rec.get('low')) or '?'} – {format_number(rec.get('high')) or '?'}"
    else:
        value = format_number(rec.get("value")) or "—"
    change = rec.get("change") or {}
    time = rec.get("time") or {}
    period = _text(time.get("span"))
    if time.get("start_date"):
        end = time.get("end_date")
        until = f" to {end}" if end and end != time["start_date"] else ""
        period += f" ({time['start_date']}{until})"
    source = claim or {}
    fields = [
        ["value", f"{value} {rec.get('unit', '')}".strip()],
        ["qualifier", rec.get("qualifier") or ""],
        ["item", rec.get("item") or ""],
        ["change", " ".join(x for x in (change.get("direction"), change.get("basis")) if x)],
        ["measure", _text(rec.get("measure"))],
        ["subject", (rec.get("subject") or {}).get("name", "")],
        ["period", period],
        ["source", ((source.get("source") or {}).get("name") or "") if claim else ""],
        ["cue", _text(source.get("cue")) if claim else ""],
    ]
    return [f for f in fields if f[1]]


def claim_fields(rec: dict) -> list[list[str]]:
    src = rec.get("source") or {}
    fields = [
        ["kind", rec.get("kind", "")],
        ["source", f"{src.get('name') or '(unnamed)'} · {src.get('type', '')}"],
        ["role", src.get("role") or ""],
        ["cue", _text(rec.get("cue"))],
        ["facts", str(len(rec.get("fact_ids") or [])) if rec.get("fact_ids") else ""],
    ]
    return [f for f in fields if f[1]]


def defect_fields(rec: dict) -> list[list[str]]:
    return [
        f
        for f in (
            ["kind", rec.get("kind", "")],
            ["severity", rec.get("severity", "")],
            ["message", rec.get("message", "")],
        )
        if f[1]
    ]


def _valid(span: dict | None, text: str) -> bool:
    return (
        bool(span)
        and 0 <= span["start"] <= span["end"] <= len(text)
        and text[span["start"] : span["end"]] == span.get("text")
    )


def _card(kind: str, rec: dict, doc: DocText, claims: dict, defect_kinds: dict) -> dict:
    """The card of one record: what the panel shows and what a decision on it sends."""
    span = rec["content"] if kind == "claim" else rec["span"]
    if kind == "fact":
        fields = fact_fields(rec, claims.get(rec.get("claim_id") or ""))
        title = rec["span"]["text"]
        defect_ids = list(rec.get("defect_ids") or [])
        extra = {"value": rec.get("value"), "unit": rec.get("unit")}
    elif kind == "claim":
        fields = claim_fields(rec)
        name = (rec.get("source") or {}).get("name") or "unnamed source"
        title = f"{name}: {_text(rec.get('cue')) or 'continued'}"
        defect_ids = []
        extra = {"source": (rec.get("source") or {}).get("name") or ""}
    else:
        fields = defect_fields(rec)
        title = rec["span"]["text"]
        defect_ids = [rec["id"]]
        extra = {}
    return {
        "id": rec["id"],
        "kind": kind,
        "start": span["start"],
        "end": span["end"],
        "title": title,
        "quote": span["text"] if kind == "claim" else "",
        "fields": fields,
        "rule": rec.get("rule", ""),
        "defects": [defect_kinds.get(d, d) for d in defect_ids if kind != "defect"],
        "touches_defect": bool(defect_ids),
        "review": rec.get("review"),
        "key": make_key(kind, rec, doc.text or "", doc.sha256 or None) if doc.usable else None,
        "span": span,
        "extra": extra,
    }


def _record_marks(kind: str, rec: dict, text: str) -> list[dict]:
    """The highlights of one record whose spans hold in ``text``: a claim's content,
    source and cue; a fact's or defect's span."""
    if kind == "claim":
        parts = (
            ("claim-content", rec["content"]),
            ("claim-source", (rec.get("source") or {}).get("mention")),
            ("claim-cue", rec.get("cue")),
        )
    else:
        parts = (("quantity" if kind == "fact" else "defect", rec["span"]),)
    return [
        {"start": s["start"], "end": s["end"], "type": mtype, "card": rec["id"]}
        for mtype, s in parts
        if _valid(s, text)
    ]


def _entity_marks(entities: list[dict], text: str) -> list[dict]:
    return [
        {
            "start": e["span"]["start"],
            "end": e["span"]["end"],
            "type": "entity",
            "card": None,
            "label": e.get("label", ""),
        }
        for e in entities
        if _valid(e.get("span"), text)
    ]


def document_view(
    doc: DocText, records: dict[str, list[dict]], entities: list[dict]
) -> dict[str, Any]:
    """One document: its text, cards in text order and highlight marks (none when the
    text no longer matches the run)."""
    text = doc.text or ""
    claims = {c["id"]: c for c in records["claims"]}
    defect_kinds = {d["id"]: d["kind"] for d in records["defects"]}
    cards, marks = [], []
    for file_kind in REVIEWED_KINDS:
        kind = KIND_OF[file_kind]
        for rec in records[file_kind]:
            cards.append(_card(kind, rec, doc, claims, defect_kinds))
            if doc.usable:
                marks += _record_marks(kind, rec, text)
    if doc.usable:
        marks += _entity_marks(entities, text)
    cards.sort(key=lambda c: (c["start"], c["end"], KIND_ORDER[c["kind"]], c["id"]))
    marks.sort(key=lambda m: (m["start"], -m["end"], m["type"]))
    first_line = next((line.strip() for line in text.split("\n") if line.strip()), doc.doc_id)
    return {
        "doc_id": doc.doc_id,
        "title": (doc.title or first_line)[:140],
        "published": doc.published,
        "input": doc.input,
        "text": text,
        "problem": doc.problem,
        "cards": cards,
        "marks": marks,
        "counts": {
            "facts": len(records["facts"]),
            "claims": len(records["claims"]),
            "defects": len(records["defects"]),
            "unreviewed": sum(1 for c in cards if not c["review"]),
        },
    }


_SHOWN = ("reviewer", "decision", "time", "reason", "correction", "settle")


def _shown(decision: dict) -> dict:
    return {k: decision[k] for k in _SHOWN if k in decision}


def mark_disagreements(docs: list[dict[str, Any]], decisions: list[dict]) -> None:
    """Give each card on which reviewers disagree the latest decision of each reviewer
    (``disagreement``), and each document their number. Each card also gets ``stack``: the
    decisions standing on its key, oldest first, from which the page redoes undo (retract),
    settle and disagreements after each new decision, in server and static mode alike."""
    split = disagreements(decisions) if decisions else {}
    standing = standing_by_key(decisions) if decisions else {}
    for doc in docs:
        doc["counts"]["disagreements"] = 0
        for card in doc["cards"]:
            stack = standing.get(key_id(card["key"])) if card["key"] else None
            card["stack"] = [_shown(d) for d in stack or []]
            found = split.get(key_id(card["key"])) if card["key"] else None
            card["disagreement"] = [_shown(d) for d in found] if found else None
            doc["counts"]["disagreements"] += bool(found)


def page_data(
    run: Run,
    decisions: list[dict],
    *,
    mode: str,
    reviewer: str,
    token: str = "",
    reasons: list[str] | None = None,
) -> dict[str, Any]:
    """Everything the page needs, JSON-ready. Decisions from the file override what the
    outputs carry, so a decision made a minute ago shows without a re-run. ``reasons``: the
    reject reasons on keys 1-9 (default REJECT_REASONS)."""
    base = {kind: run.records[kind] for kind in REVIEWED_KINDS}
    reviewed, orphans = attach(base, run.texts(), decisions) if decisions else (base, [])
    by_doc: dict[str, dict[str, list[dict]]] = {
        d: {k: [] for k in REVIEWED_KINDS} for d in run.documents
    }
    entities: dict[str, list[dict]] = {d: [] for d in run.documents}
    for kind in REVIEWED_KINDS:
        for rec in reviewed[kind]:
            if rec.get("doc_id") in by_doc:
                by_doc[rec["doc_id"]][kind].append(rec)
    for ent in run.records.get("entities", []):
        if ent.get("doc_id") in entities:
            entities[ent["doc_id"]].append(ent)
    docs = [document_view(run.documents[d], by_doc[d], entities[d]) for d in sorted(run.documents)]
    mark_disagreements(docs, decisions)
    fingerprint = hashlib.sha1(
        json.dumps([(d["doc_id"], run.documents[d["doc_id"]].sha256) for d in docs]).encode()
    ).hexdigest()[:12]
    return {
        "mode": mode,
        "reviewer": reviewer,
        "storage_key": f"newsfacts-review-{fingerprint}",
        "token": token,
        "reject_reasons": list(reasons or REJECT_REASONS)[:9],
        "run": {k: run.meta.get(k) for k in ("pipeline_version", "rules_digest")},
        "orphans": len(orphans),
        "docs": docs,
    }
