"""Pure functions from a processed Doc to output records (the output contract).

The JSONL writer and the regression tests call the same functions. Every span is
``{"start", "end", "text"}`` with ``text == doc.text[start:end]``; the Doc is made from
the raw text, so these are offsets into the raw text. Records come sorted by start, then
end, then id: a total order, so output never depends on set or dict order.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from pipeline.core.doctext import text_of
from pipeline.core.extensions import CLAIMS, DEFECTS, ENTITIES, QUANTITIES, TIMES
from pipeline.core.ids import claim_id, defect_id, entity_id, fact_id  # noqa: F401  (part of this module's API)

Record = dict[str, Any]
OUTPUT_KINDS = ("facts", "claims", "entities", "defects")


def span_of(doc: Doc, start: int, end: int, offset: int = 0) -> dict[str, Any]:
    """A span of ``doc``; ``offset`` is where the Doc starts in the whole text when a long
    document was processed in pieces."""
    return {"start": start + offset, "end": end + offset, "text": text_of(doc)[start:end]}


def _span(doc: Doc, offsets: tuple[int, int] | None, offset: int = 0) -> dict[str, Any] | None:
    return None if offsets is None else span_of(doc, offsets[0], offsets[1], offset)


def _group(doc: Doc, name: str) -> list[Span]:
    return (
        sorted(doc.spans[name], key=lambda s: (s.start_char, s.end_char, s.label_, s.id_))
        if name in doc.spans
        else []
    )


def _touches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _doc_id(doc: Doc, doc_id: str | None) -> str:
    return doc_id if doc_id is not None else (doc._.nf_doc_id or "")


def entity_records(doc: Doc, doc_id: str | None = None, *, offset: int = 0) -> list[Record]:
    doc_id = _doc_id(doc, doc_id)
    return [
        {
            "id": entity_id(doc_id, s.start_char + offset, s.end_char + offset, s.label_),
            "doc_id": doc_id,
            "span": span_of(doc, s.start_char, s.end_char, offset),
            "label": s.label_,
            "canonical": s._.nf_canonical,
            "rule": s.id_,
        }
        for s in _group(doc, ENTITIES)
    ]


def _time_record(
    doc: Doc, offsets: tuple[int, int] | None, offset: int = 0
) -> dict[str, Any] | None:
    if offsets is None:
        return None
    for t in doc.spans[TIMES] if TIMES in doc.spans else ():
        if (t.start_char, t.end_char) == tuple(offsets):
            return {
                "span": span_of(doc, t.start_char, t.end_char, offset),
                "start_date": t._.nf_t_start,
                "end_date": t._.nf_t_end,
                "granularity": t.label_,
            }
    return {
        "span": _span(doc, offsets, offset),
        "start_date": None,
        "end_date": None,
        "granularity": None,
    }


def fact_records(doc: Doc, doc_id: str | None = None, *, offset: int = 0) -> list[Record]:
    doc_id = _doc_id(doc, doc_id)
    claims = [(c.start_char + offset, c.end_char + offset) for c in _group(doc, CLAIMS)]
    defects = [(d.start_char + offset, d.end_char + offset, d.label_) for d in _group(doc, DEFECTS)]
    records = []
    for q in _group(doc, QUANTITIES):
        where = (q.start_char + offset, q.end_char + offset)
        sent = q.sent if doc.has_annotation("SENT_START") else doc[:]
        claim = next((c for c in claims if c[0] <= where[0] and where[1] <= c[1]), None)
        counterpart = q._.nf_q_counterpart
        change = q._.nf_q_change
        subject = q._.nf_q_subject
        item = q._.nf_q_item
        records.append(
            {
                "id": fact_id(doc_id, *where),
                "doc_id": doc_id,
                "span": span_of(doc, q.start_char, q.end_char, offset),
                "sentence": span_of(doc, sent.start_char, sent.end_char, offset),
                "value": q._.nf_q_value,
                "low": q._.nf_q_low,
                "high": q._.nf_q_high,
                "unit": q.label_,
                "item": None if item is None else text_of(doc)[item[0] : item[1]],
                "item_span": _span(doc, item, offset),
                "qualifier": q._.nf_q_qualifier,
                "change": None
                if change is None
                else {"direction": change, "basis": q._.nf_q_basis},
                "measure": _span(doc, q._.nf_q_measure, offset),
                "subject": None
                if subject is None
                else {
                    "name": subject[0],
                    "span": span_of(doc, subject[1], subject[2], offset),
                    "kind": q._.nf_q_subject_kind or "entity",
                },
                "time": _time_record(doc, q._.nf_q_time, offset),
                "claim_id": None if claim is None else claim_id(doc_id, *claim),
                "counterpart_id": None
                if counterpart is None
                else fact_id(doc_id, counterpart[0] + offset, counterpart[1] + offset),
                "defect_ids": [
                    defect_id(doc_id, k, s, e) for s, e, k in defects if _touches(where, (s, e))
                ],
                "rule": q.id_,
            }
        )
    return records


def claim_records(doc: Doc, doc_id: str | None = None, *, offset: int = 0) -> list[Record]:
    doc_id = _doc_id(doc, doc_id)
    facts = [(q.start_char + offset, q.end_char + offset) for q in _group(doc, QUANTITIES)]
    records = []
    for c in _group(doc, CLAIMS):
        where = (c.start_char + offset, c.end_char + offset)
        records.append(
            {
                "id": claim_id(doc_id, *where),
                "doc_id": doc_id,
                "kind": c.label_,
                "source": {
                    "name": c._.nf_c_source_name,
                    "type": c._.nf_c_source_type,
                    "mention": _span(doc, c._.nf_c_mention, offset),
                    "role": c._.nf_c_role,
                },
                "cue": _span(doc, c._.nf_c_cue, offset),
                "carried_from": None
                if c._.nf_c_carried_from is None
                else claim_id(doc_id, *(o + offset for o in c._.nf_c_carried_from)),
                "content": span_of(doc, c.start_char, c.end_char, offset),
                "fact_ids": [
                    fact_id(doc_id, s, e) for s, e in facts if where[0] <= s and e <= where[1]
                ],
                "rule": c.id_,
            }
        )
    return records


def defect_records(doc: Doc, doc_id: str | None = None, *, offset: int = 0) -> list[Record]:
    doc_id = _doc_id(doc, doc_id)
    return [
        {
            "id": defect_id(doc_id, d.label_, d.start_char + offset, d.end_char + offset),
            "doc_id": doc_id,
            "kind": d.label_,
            "severity": d._.nf_d_severity,
            "span": span_of(doc, d.start_char, d.end_char, offset),
            "message": d._.nf_d_message,
            "rule": d.id_,
        }
        for d in _group(doc, DEFECTS)
    ]


def doc_records(doc: Doc, doc_id: str | None = None, *, offset: int = 0) -> dict[str, list[Record]]:
    """All records of one document, by output kind (``offset``: where this Doc starts in
    the whole text, for long documents processed in pieces)."""
    return {
        "facts": fact_records(doc, doc_id, offset=offset),
        "claims": claim_records(doc, doc_id, offset=offset),
        "entities": entity_records(doc, doc_id, offset=offset),
        "defects": defect_records(doc, doc_id, offset=offset),
    }
