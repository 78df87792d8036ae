"""A bare number that restates the measure of the figure before it takes that figure's
unit: the earlier level after "from" ("cut transits to 24 a day, from about 36") and a
difference before a comparison word ("14.2 million square kilometres in March, 0.6
million below the average"; cue role ``comparison_after``). Bare means a count with
nothing counted; the scale of the first reaches the second only where the two stay
within a factor of ten ("to $2.5bn, from 1.9", not "to 1.2 million, from 900")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.stages.quantities.quantity import Quantity
from pipeline.stages.quantities.ranges import between
from pipeline.stages.quantities.vocab import Vocab

#: units no restatement takes (a bare count restates nothing)
NOT_LEVEL = frozenset({"count", "rank"})
#: nor a difference: a difference of shares is in points, not percent
NOT_DIFFERENCE = NOT_LEVEL | {"percent", "pp", "bp", "fraction", "times"}


def restated_units(doc: Doc, figures: list[Quantity], vocab: Vocab) -> list[Quantity]:
    """``figures`` of a sentence with each bare restatement in the unit it restates."""
    out = list(figures)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if not _bare(b) or a.unit is None:
            continue
        link = [t for t in between(doc, a, b) if t != ","]
        if link == ["from"] and a.unit["code"] not in NOT_LEVEL:
            out[k] = replace(b, unit=a.unit, value=_scaled(a, b))
        elif _difference(doc, b, vocab) and a.unit["code"] not in NOT_DIFFERENCE:
            out[k] = replace(b, unit=a.unit)
    return out


def _difference(doc: Doc, q: Quantity, vocab: Vocab) -> bool:
    """ "0.6 million below the average": before a comparison word that counts no noun
    ("2,000 more workers" counts workers)."""
    k = q.end
    if k >= len(doc) or not vocab.cue("comparison_after", doc[k]):
        return False
    return k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN")


def _bare(q: Quantity) -> bool:
    return (
        q.unit is not None
        and q.unit["id"] == "count"
        and q.item is None
        and q.kind in ("digits", "words")
        and q.value is not None
    )


def _scaled(a: Quantity, b: Quantity) -> float | None:
    """b's value, in a's scale when b has none and the two then stay within tenfold."""
    if b.mult != 1.0 or a.mult == 1.0 or b.thousands or not a.value:
        return b.value
    scaled = b.value * a.mult
    return scaled if 0.1 <= scaled / a.value <= 10 else b.value
