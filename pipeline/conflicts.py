"""Conflicting figures: the same subject, measure, period and unit given two values that
cannot both be true.

Used twice: inside one document by the defects stage (on quantity spans) and across the
documents of a run (``cross_document_conflicts``, on the facts records of the run). Both
compare the same key and the same intervals, defined here once.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import pandas as pd

from pipeline.records import defect_id

CROSS_DOCUMENT_RULE = "conflicts:cross_document"

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'"})
_DETERMINERS = re.compile(r"^(?:the|a|an|its|their|this|that|these|those)\s+")


def normalise_text(text: str) -> str:
    """Compare texts without caring about quote style, case or spacing (never used on output)."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return re.sub(r"\s+", " ", text).strip()


def normalise_measure(text: str) -> str:
    """"The export volume" and "export volume" name the same measure."""
    return _DETERMINERS.sub("", normalise_text(text).strip(" \"'.,"))


def interval(value: float | None, low: float | None, high: float | None, qualifier: str | None) -> tuple[float, float] | None:
    """The values a figure allows; None when it says too little to compare."""
    if qualifier == "range" or value is None:
        if low is None and high is None:
            return None
        return (-math.inf if low is None else low, math.inf if high is None else high)
    if qualifier == "about":
        return (value * 0.9, value * 1.1) if value >= 0 else (value * 1.1, value * 0.9)
    if qualifier in ("over", "at_least"):
        return (value, math.inf)
    if qualifier in ("under", "at_most"):
        return (-math.inf, value)
    return (value, value)


def disagree(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    """Two figures conflict when no value satisfies both (with a tolerance for rounding)."""
    if a is None or b is None:
        return False
    tol = 1e-9 * max(1.0, *(abs(x) for x in (*a, *b) if math.isfinite(x)))
    return a[1] + tol < b[0] or b[1] + tol < a[0]


def describe(text: str) -> str:
    """A figure as the reader sees it in the text: its words carry value and unit."""
    return "'" + " ".join(text.split()) + "'"


# --- across documents ------------------------------------------------------------------


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
                "key": (normalise_text(subject), normalise_measure(measure), start, end, unit, _get(rec, "change", "direction")),
                "doc_id": rec["doc_id"],
                "span": rec["span"],
                "value": rec.get("value"),
                "interval": interval(rec.get("value"), rec.get("low"), rec.get("high"), rec.get("qualifier")),
                "subject": subject,
                "measure": measure,
                "period": start if start == end or end is None else f"{start} to {end}",
            }
        )
    return pd.DataFrame(rows, columns=["key", "doc_id", "span", "value", "interval", "subject", "measure", "period"])


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
            others = [o for o in rows if o["doc_id"] != row["doc_id"] and disagree(row["interval"], o["interval"])]
            if not others:
                continue
            others.sort(key=lambda o: (o["doc_id"], o["span"]["start"]))
            named = "; ".join(f"{describe(o['span']['text'])} in {o['doc_id']}" for o in others)
            span = row["span"]
            out.append(
                {
                    "id": defect_id(row["doc_id"], "conflicting_figures", span["start"], span["end"]),
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


def conflicting_pairs(figures: Iterable[tuple[Any, tuple, tuple[float, float] | None]]) -> list[tuple[Any, Any]]:
    """(later, earlier) pairs of figures with the same key whose intervals disagree; the
    input is (figure, key, interval) in text order."""
    seen: dict[tuple, list[tuple[Any, tuple[float, float] | None]]] = {}
    pairs = []
    for fig, key, iv in figures:
        earlier = next((e for e, eiv in seen.get(key, []) if disagree(iv, eiv)), None)
        if earlier is not None:
            pairs.append((fig, earlier))
        seen.setdefault(key, []).append((fig, iv))
    return pairs
