"""A finished figure as a span of ``nf_quantities``: label = unit code, ``span.id_`` =
the unit rule, values scaled by the unit's factor ("42 cents" = USD 0.42)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.stages.quantities.quantity import Quantity


def to_span(doc: Doc, q: Quantity, count: dict | None) -> Span:
    """``count`` is the unit of a figure that has none (the ``count`` unit rule)."""
    unit = q.unit or count or {"id": "count", "code": "count"}
    span = Span(doc, q.start, q.end, label=unit["code"], span_id=f"units:{unit['id']}")
    factor = unit.get("factor", 1.0)
    value, low, high = (None if v is None else v * factor for v in (q.value, q.low, q.high))
    if q.kind in ("vague", "range"):
        value = None
    elif q.qualifier in ("over", "at_least") and value is not None:
        low = value
    elif (q.qualifier in ("under", "at_most") or q.bound == "high") and value is not None:
        high = value
    span._.nf_q_value = clean(value)
    span._.nf_q_low = clean(low)
    span._.nf_q_high = clean(high)
    span._.nf_q_qualifier = "range" if q.kind in ("vague", "range") else q.qualifier
    span._.nf_q_item = q.item
    span._.nf_q_change = q.change
    span._.nf_q_basis = q.basis
    return span


def clean(value: float | None) -> float | int | None:
    """Whole numbers as ints, others rounded to 10 significant digits (1/3, 1.7e12)."""
    if value is None:
        return None
    if float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    return float(f"{value:.10g}")
