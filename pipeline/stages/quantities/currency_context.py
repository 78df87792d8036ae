"""A currency symbol two currencies write, read by the document ("¥5.35tn" in a story
about Japan is yen, in one about China yuan): ``rules/currency_contexts.jsonl``.

The evidence is the document's own words (country, capital, currency and market names
as written), counted once per Doc; a tie, or no such word, keeps the rule's default."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from pipeline.stages.quantities.quantity import Quantity


def read_by_document(doc: Doc, figures: list[Quantity], rules: list[dict], units: dict) -> list:
    """``figures`` with each shared symbol's unit chosen by the document's words."""
    chosen: dict[str, dict] = {}
    counts: Counter | None = None
    for rule in rules:
        if not any(_written_with(doc, q, rule) for q in figures):
            continue
        if counts is None:
            counts = Counter(t.text for t in doc)
        for_unit = sum(counts[w] for w in rule["words"])
        against = sum(counts[w] for w in rule["against"])
        if for_unit > against and rule["unit"] in units:
            chosen[rule["default"]] = units[rule["unit"]]
    if not chosen:
        return figures
    return [
        replace(q, unit=_swap(q.unit, chosen[_currency(q.unit)]))
        if q.unit is not None and _currency(q.unit) in chosen and _symbol_of(doc, q, rules)
        else q
        for q in figures
    ]


def _currency(unit: dict) -> str:
    """The currency of a unit or of a rate of it ("cny_per_m2" is yuan)."""
    return unit["id"].split("_per_", 1)[0]


def _swap(unit: dict, currency: dict) -> dict:
    """``unit`` in ``currency``: the currency itself, or the same rate of it."""
    if "_per_" not in unit["id"]:
        return currency
    per_id = unit["id"].split("_per_", 1)[1]
    per_code = unit["code"].split("/", 1)[1]
    return {
        **unit,
        "id": f"{currency['id']}_per_{per_id}",
        "code": f"{currency['code']}/{per_code}",
    }


def _written_with(doc: Doc, q: Quantity, rule: dict) -> bool:
    """The figure is written with the bare symbol ("¥5bn", not "RMB¥5bn")."""
    if q.unit is None or _currency(q.unit) != rule["default"]:
        return False
    text = doc[q.start : q.end].text
    written = any(s in text for s in [rule["symbol"], *rule.get("forms", [])])
    return written and not any(w in text for w in rule["against"])


def _symbol_of(doc: Doc, q: Quantity, rules: list[dict]) -> bool:
    return any(_written_with(doc, q, r) for r in rules)
