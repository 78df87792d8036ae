"""One row per fact, for analysts: ``facts.jsonl`` (and the source from ``claims.jsonl``)
flattened into a pandas DataFrame, written as CSV or Parquet.

A fact's nested fields become plain columns (subject name, measure text, period start
and end, source name), so "all Guangdong figures for 2023" is one filter away.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.core.jsonl import read_jsonl

COLUMNS = (
    "doc_id",
    "fact_id",
    "subject",
    "measure",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "item",
    "change",
    "period_start",
    "period_end",
    "granularity",
    "period_text",
    "source",
    "span_start",
    "span_end",
    "span_text",
)


def _get(record: dict[str, Any] | None, *keys: str) -> Any:
    for key in keys:
        if not isinstance(record, dict):
            return None
        record = record.get(key)
    return record


def fact_rows(facts: list[dict[str, Any]], claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flatten fact records; the source is the name of the claim that holds the fact."""
    sources = {c["id"]: _get(c, "source", "name") for c in claims if "id" in c}
    rows = []
    for f in facts:
        change = f.get("change")
        rows.append(
            {
                "doc_id": f.get("doc_id"),
                "fact_id": f.get("id"),
                "subject": _get(f, "subject", "name"),
                "measure": _get(f, "measure", "text"),
                "value": f.get("value"),
                "low": f.get("low"),
                "high": f.get("high"),
                "unit": f.get("unit"),
                "qualifier": f.get("qualifier"),
                "item": f.get("item"),
                "change": change.get("direction") if isinstance(change, dict) else change,
                "period_start": _get(f, "time", "start_date"),
                "period_end": _get(f, "time", "end_date"),
                "granularity": _get(f, "time", "granularity"),
                "period_text": _get(f, "time", "span", "text"),
                "source": sources.get(f.get("claim_id")),
                "span_start": _get(f, "span", "start"),
                "span_end": _get(f, "span", "end"),
                "span_text": _get(f, "span", "text"),
            }
        )
    return rows


def facts_table(outputs: str | Path) -> pd.DataFrame:
    """The facts of an outputs directory as a DataFrame with ``COLUMNS``, in file order."""
    outputs = Path(outputs)
    rows = fact_rows(read_jsonl(outputs / "facts.jsonl"), read_jsonl(outputs / "claims.jsonl"))
    table = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("value", "low", "high"):
        table[column] = pd.to_numeric(table[column]).astype("float64")
    for column in ("span_start", "span_end"):
        table[column] = table[column].astype("Int64")
    return table


def write_table(table: pd.DataFrame, out: str | Path) -> Path:
    """Parquet when ``out`` ends in ``.parquet``, else CSV (UTF-8)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".parquet":
        table.to_parquet(out, index=False)
    else:
        table.to_csv(out, index=False, encoding="utf-8")
    return out
