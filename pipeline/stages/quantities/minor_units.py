"""A subunit several currencies name alike, read by the money beside it: "€1.79 a litre,
6 cents more" is 6 euro cents, "US crude added 95 cents to $78.10" 95 US cents. Only the
figure's own sentence is evidence: "the euro rose 0.3 cents" in a story full of euros is
still a move in US cents, so a sentence without money keeps the rule's ``code``."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.stages.quantities.quantity import Quantity


def read_by_money_beside(doc: Doc, figures: list[Quantity]) -> list[Quantity]:
    """``figures`` (a Doc's, in text order) with each shared subunit in the currency of the
    nearest money figure of its sentence, when that currency is one the rule lists."""
    out = list(figures)
    for k, q in enumerate(figures):
        listed = q.unit.get("minor_of") if q.unit is not None else None
        if not listed:
            continue
        code = _nearest_currency(doc, figures, k)
        if code is not None and code in listed and code != _code(q.unit):
            out[k] = replace(q, unit=_in(q.unit, code))
    return out


def _nearest_currency(doc: Doc, figures: list[Quantity], k: int) -> str | None:
    sent = doc[figures[k].start].sent if doc.has_annotation("SENT_START") else doc[:]
    money = [
        (abs(q.start - figures[k].start), _code(q.unit))
        for q in figures
        if q.unit is not None
        and q.unit["dimension"] == "currency"
        and not q.unit.get("minor_of")
        and sent.start <= q.start < sent.end
    ]
    return min(money)[1] if money else None


def _code(unit: dict) -> str:
    """The currency of a unit or of a rate of it ("USD/L" is USD)."""
    return unit["code"].split("/", 1)[0]


def _in(unit: dict, code: str) -> dict:
    """``unit`` as the same subunit of ``code``, a rate of it staying a rate."""
    old = _code(unit)
    return {**unit, "id": f"{unit['id']}_{code.lower()}", "code": code + unit["code"][len(old) :]}
