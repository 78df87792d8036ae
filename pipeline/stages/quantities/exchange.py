"""An exchange rate written as a bare number against a currency: "the yen weakened past
151 to the dollar" is 151 JPY/USD, "the yuan traded at 7.25 per dollar" 7.25 CNY/USD.
The number's own currency is the one the sentence names elsewhere ("the yen"); with
none named the number is no rate and stays what it was."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.stages.quantities.quantity import Quantity, per
from pipeline.stages.quantities.vocab import Vocab


def exchange_rate(doc: Doc, q: Quantity, end: int, vocab: Vocab) -> tuple[dict, int] | None:
    """(unit "JPY/USD", the token after the rate) for a bare number before an
    ``exchange_link`` cue phrase ("to the", "per", "against the") and a currency."""
    if end >= len(doc) or q.kind != "digits":
        return None
    link = vocab.phrase_cue("exchange_link", doc, end)
    if link is None:
        return None
    den = vocab.unit_after(doc, link[1])
    if den is None or not _money(den[0]):
        return None
    sent = doc[q.start].sent
    num = _named_currency(doc, sent.start, sent.end, (q.start, den[1]), den[0], vocab)
    if num is None:
        return None
    return per(num, den[0]), den[1]


def priced_in(doc: Doc, q: Quantity, unit: dict, end: int, vocab: Vocab):
    """(unit "TRY/USD", the token after) for an amount written in its own currency before an
    ``exchange_link`` and another currency: "₺32.5 per dollar", "Rs 83.2 to the dollar".
    An amount with a scale ("$5bn against the euro") is no rate."""
    if not _money(unit) or q.mult != 1.0 or end >= len(doc):
        return None
    link = vocab.phrase_cue("exchange_link", doc, end)
    den = vocab.unit_after(doc, link[1]) if link is not None else None
    if den is None or not _money(den[0]) or den[0]["code"] == unit["code"]:
        return None
    return per(unit, den[0]), den[1]


def _money(unit: dict) -> bool:
    return unit["dimension"] == "currency" and "_per_" not in unit["id"] and unit["factor"] == 1.0


def _named_currency(
    doc: Doc, start: int, stop: int, skip: tuple[int, int], den: dict, vocab: Vocab
):
    """The currency the sentence names outside the rate (nearest first), other than ``den``;
    a name read whole is not read again from its last word ("the Qatari riyal" is QAR, not
    the bare "riyal")."""
    found = []
    i = start
    while i < stop:
        if skip[0] <= i < skip[1] or (i > 0 and doc[i - 1].like_num):
            i += 1
            continue  # a currency written after a number is that figure's unit
        hit = vocab.unit_after(doc, i)
        if hit is not None and _money(hit[0]) and hit[0]["code"] != den["code"]:
            found.append((abs(i - skip[0]), hit[0]))
        i = hit[1] if hit is not None and hit[1] > i else i + 1
    return min(found, key=lambda f: f[0])[1] if found else None
