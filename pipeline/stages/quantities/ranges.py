"""Two figures joined by a range link ("10 to 20 yuan", "3-5 days", "between 300 and
400") become one range figure; the later scale reaches back to a bare earlier number."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.stages.quantities.quantity import HYPHENS, Quantity
from pipeline.stages.quantities.units import rate_after
from pipeline.stages.quantities.vocab import Vocab, norm


def between(doc: Doc, a: Quantity, b: Quantity) -> list[str]:
    """The normalised words between two figures."""
    return [norm(t.text) for t in doc[a.end : b.start]]


def ranges(doc: Doc, figures: list[Quantity], vocab: Vocab) -> list[Quantity]:
    """The figures of a sentence, each linked pair merged into one range."""
    out: list[Quantity] = []
    k = 0
    while k < len(figures):
        a = figures[k]
        b = figures[k + 1] if k + 1 < len(figures) else None
        if b is not None and _plus_minus(doc, a, b, vocab):
            # "5.2 ± 0.3 kg" is 5.2 kg, give or take: one figure, the error left out
            out.append(replace(a, end=b.end, unit=a.unit or b.unit))
            k += 2
            continue
        if b is not None and _is_ratio(doc, a, b, vocab):
            # "one in five adults", "3 out of 4 voters": one share, a fraction
            ratio = a.value / b.value  # type: ignore[operator]
            out.append(
                replace(
                    a, end=b.end, num_end=b.num_end, value=ratio, unit=vocab.units.get("fraction")
                )
            )
            k += 2
            continue
        c = figures[k + 2] if k + 2 < len(figures) else None
        if b is not None and c is not None and _tighter(doc, a, b, c, vocab):
            out.append(a)  # "from 12.5 to 15-18 billion euros": "15-18" binds first
            k += 1
            continue
        if b is not None and _is_range(doc, a, b, vocab):
            merged, hyphen = merge_range(a, b), between(doc, a, b)[0] in HYPHENS
            opener = doc[a.start - 1].lower_ if a.start > 0 else ""
            if (
                _falls(merged, hyphen)
                and not hyphen
                and (opener == "between" or (opener == "from" and not _levels_from(doc, a, vocab)))
            ):
                # "ranged from -18 °C to -34 °C": a range, its bounds in either order
                merged = replace(merged, low=merged.high, high=merged.low)
            if not _falls(merged, hyphen):
                if b.unit is None and merged.unit is not None:
                    # "$900-1,200 a month": the rate after the bare second number
                    unit, end = rate_after(doc, merged.unit, merged.end, vocab)
                    merged = replace(merged, unit=unit, end=end)
                out.append(merged)
                k += 2
                continue
            if hyphen:
                k += 2  # "won 3-1", "a 52-48 vote", "drew 2-2": a score, not two figures
                continue
        out.append(a)  # "70 votes to 29": two figures
        k += 1
    return out


def _tighter(doc: Doc, a: Quantity, b: Quantity, c: Quantity, vocab: Vocab) -> bool:
    """b and c are a range written with a hyphen and no space, and a joins b with a
    word: the hyphen binds tighter ("12.5 to 15-18 billion")."""
    ab, bc = between(doc, a, b), between(doc, b, c)
    return (
        len(bc) == 1
        and bc[0] in HYPHENS
        and not doc[b.end - 1].whitespace_
        and not (ab and ab[0] in HYPHENS)
        and _is_range(doc, b, c, vocab)
    )


def _falls(q: Quantity, hyphen: bool) -> bool:
    """A "range" that does not increase is none, but a score or a tally written like
    one: with a hyphen when equal or falling ("2-2", "3-1"), with a word when falling."""
    if q.low is None or q.high is None:
        return False
    return q.low > q.high or (hyphen and q.low == q.high)


def _plus_minus(doc: Doc, a: Quantity, b: Quantity, vocab: Vocab) -> bool:
    link = "".join(between(doc, a, b))
    return bool(link) and vocab.cues.get("plus_minus", {}).get((link,)) is not None


def _is_ratio(doc: Doc, a: Quantity, b: Quantity, vocab: Vocab) -> bool:
    """Two plain numbers joined by a ``ratio_link`` ("in", "out of"), the first smaller:
    "1 in 5", "nine out of 10" (not "2 in 10 years": the second has a unit)."""
    plain = all(
        q.unit is None and q.kind in ("digits", "words") and q.value is not None and q.mult == 1.0
        for q in (a, b)
    )
    if not plain or not 0 < a.value < b.value:  # type: ignore[operator]
        return False
    return vocab.cues.get("ratio_link", {}).get(tuple(between(doc, a, b))) is not None


def _is_range(doc: Doc, a: Quantity, b: Quantity, vocab: Vocab) -> bool:
    if a.kind in ("ordinal", "multiple_verb") or b.kind in ("ordinal", "multiple_verb"):
        return False
    link = between(doc, a, b)
    opener = doc[a.start - 1] if a.start > 0 else None
    is_link = len(link) == 1 and vocab.cues.get("range_link", {}).get((link[0],)) is not None
    if is_link and link[0] in ("and", "or"):
        is_link = opener is not None and opener.lower_ == "between"
    if is_link and link[0] in HYPHENS and (doc[a.end - 1].whitespace_ or doc[a.end].whitespace_):
        is_link = False
    if is_link and opener is not None and opener.lower_ == "from" and a.start >= 2:
        verb = doc[a.start - 2]
        if vocab.cue("change_before", verb) or _from_of_change(opener, vocab):
            is_link = False  # "grew from X to Y", "raised rates from X to Y": two levels
        elif opener.dep_ == "prep" and vocab.cue("level_verb", opener.head):
            is_link = False  # "recharged from 10% to 80%": two levels
    # "$8-11bn", "£2 to 3 billion": the currency written once, before the first number
    money_first = b.unit is None and a.unit is not None and a.unit["dimension"] == "currency"
    if (
        is_link
        and link[0] not in HYPHENS  # "raised 2-3 billion", "rose 2-3%": a range
        and ((a.unit is None) == (b.unit is None) or (money_first and b.mult == a.mult))
        and _after_change(doc, a, vocab)
    ):
        # "fell 45p to 1,232p", "dropped by €4.1bn to €97bn", "rose by 12,000 to 61,300":
        # change, level ("rose by 2 to 3 percent", one unit for both, is a range)
        is_link = False
    same_unit = (
        a.unit is None
        or b.unit is None
        or a.unit["id"] == b.unit["id"]
        or b.unit["id"].startswith(a.unit["id"] + "_per_")  # "from $500 to $10,000 per fine"
    )
    return is_link and same_unit and (a.unit is None or b.unit is not None or money_first)


def _from_of_change(opener, vocab: Vocab) -> bool:
    """ "raised rates from 45% to 50%", "a cut from 5% to 4%": "from" attached to a change
    word before it (a verb over its object, or a noun)."""
    head = opener.head
    return (
        opener.dep_ == "prep" and head.i < opener.i and vocab.cue("change_before", head) is not None
    )


def _levels_from(doc: Doc, a: Quantity, vocab: Vocab) -> bool:
    """ "went from 5.25% to 5%": a falling "from X to Y" attached to a verb is a move
    between two levels, unless the verb is a ``range_verb`` ("ranged from -5C to -12C");
    with no verb ("lows from -5C to -12C") it is a range written downwards."""
    head = doc[a.start - 1].head
    return head.pos_ in ("VERB", "AUX") and vocab.cue("range_verb", head) is None


def _after_change(doc: Doc, a: Quantity, vocab: Vocab) -> bool:
    """The figure follows a change verb, directly or after "by" ("fell 45p", "rose by 3%",
    "raised the fare by R2")."""
    k = a.start - 1
    if k >= 1 and doc[k].lower_ == "by":
        by = doc[k]
        if by.head.i < k and vocab.cue("change_before", by.head) is not None:
            return True  # "raised the fare by R2 to R17": "by" of a change verb over its object
        k -= 1
    return k >= 0 and vocab.cue("change_before", doc[k]) is not None


def merge_range(a: Quantity, b: Quantity) -> Quantity:
    lo = a.low if a.kind == "vague" else a.value
    hi = b.high if b.kind == "vague" else b.value
    # the later scale reaches back only to a bare number without a scale or thousands
    # separator of its own, and only if the range still increases ("3 to 5 billion",
    # not "$250,000 to $1 million")
    if (
        a.kind != "vague"
        and a.mult == 1.0
        and b.mult != 1.0
        and lo is not None
        and not a.thousands
        and (hi is None or lo * b.mult <= hi)
    ):
        lo *= b.mult
    return replace(
        b,
        start=a.start,
        num_start=a.num_start,
        kind="range",
        value=None,
        low=lo,
        high=hi,
        qualifier="range",
        bound=None,
        unit=b.unit or a.unit,
    )
