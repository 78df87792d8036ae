"""Cross-document conflicts: figures that another document of the run contradicts.

Runs in the driver at the end of a run, on the facts records of every document (pandas
groups them by key); the key and intervals are the defects stage's
(``pipeline.stages.defects.conflicts``), so both compare figures the same way.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from pipeline.core.ids import defect_id
from pipeline.run.output import OutputWriter
from pipeline.stages.defects.conflicts import (
    describe,
    disagree,
    interval,
    normalise_measure,
    normalise_text,
)

CROSS_DOCUMENT_RULE = "conflicts:cross_document"


def _get(obj: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _keyed(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per comparable fact, with its key; facts without subject, measure, dated
    period or unit cannot be compared and are left out."""
    rows = []
    for rec in facts.to_dict("records"):
        subject = _get(rec, "subject", "name")
        measure = _get(rec, "measure", "text")
        start, end = _get(rec, "time", "start_date"), _get(rec, "time", "end_date")
        unit = rec.get("unit")
        if not (subject and measure and (start or end) and unit):
            continue
        rows.append(
            {
                "key": (
                    normalise_text(subject),
                    normalise_measure(measure),
                    start,
                    end,
                    unit,
                    _get(rec, "change", "direction"),
                ),
                "doc_id": rec["doc_id"],
                "span": rec["span"],
                "value": rec.get("value"),
                "interval": interval(
                    rec.get("value"), rec.get("low"), rec.get("high"), rec.get("qualifier")
                ),
                "subject": subject,
                "measure": measure,
                "period": start if start == end or end is None else f"{start} to {end}",
            }
        )
    return pd.DataFrame(
        rows, columns=["key", "doc_id", "span", "value", "interval", "subject", "measure", "period"]
    )


def cross_document_conflicts(facts: pd.DataFrame) -> list[dict[str, Any]]:
    """Defect records for figures that another document of the run contradicts.

    ``facts``: the facts records of a run, one row per record as in facts.jsonl. Each
    conflicting figure gets one record in its own document, naming the other values and
    documents in the message and in ``related``; sorted by doc_id, then span.
    """
    if facts is None or facts.empty:
        return []
    keyed = _keyed(facts)
    out: list[dict[str, Any]] = []
    for _key, group in keyed.groupby("key", sort=False):
        if group["doc_id"].nunique() < 2:
            continue
        rows = group.to_dict("records")
        for row in rows:
            others = [
                o
                for o in rows
                if o["doc_id"] != row["doc_id"] and disagree(row["interval"], o["interval"])
            ]
            if not others:
                continue
            others.sort(key=lambda o: (o["doc_id"], o["span"]["start"]))
            named = "; ".join(f"{describe(o['span']['text'])} in {o['doc_id']}" for o in others)
            span = row["span"]
            out.append(
                {
                    "id": defect_id(
                        row["doc_id"], "conflicting_figures", span["start"], span["end"]
                    ),
                    "doc_id": row["doc_id"],
                    "kind": "conflicting_figures",
                    "severity": "warning",
                    "span": dict(span),
                    "message": (
                        f"{describe(span['text'])} for the {row['measure']} of {row['subject']} "
                        f"({row['period']}) conflicts with {named}"
                    ),
                    "related": [{"doc_id": o["doc_id"], "span": dict(o["span"])} for o in others],
                    "rule": CROSS_DOCUMENT_RULE,
                }
            )
    return sorted(out, key=lambda r: (r["doc_id"], r["span"]["start"], r["span"]["end"], r["id"]))


def conflict_row(fact: dict[str, Any]) -> dict[str, Any]:
    """The fields of a fact that cross-document conflicts compare (kept for the whole run)."""
    return {
        k: fact.get(k)
        for k in (
            "id",
            "doc_id",
            "span",
            "value",
            "low",
            "high",
            "unit",
            "qualifier",
            "measure",
            "subject",
            "time",
            "change",
        )
    }


def add_cross_document_conflicts(writer: OutputWriter, fact_rows: list[dict[str, Any]]) -> None:
    """Figures that another document of the run contradicts become defects, and the facts
    they point at carry their ids."""
    if not fact_rows:
        return
    defects = cross_document_conflicts(pd.DataFrame(fact_rows))
    by_span = {(r["doc_id"], r["span"]["start"], r["span"]["end"]): r["id"] for r in fact_rows}
    for defect in defects:
        writer.add("defects", defect["doc_id"], [defect])
        fact = by_span.get((defect["doc_id"], defect["span"]["start"], defect["span"]["end"]))
        if fact is not None:
            writer.patch("facts", defect["doc_id"], fact, "defect_ids", defect["id"])
