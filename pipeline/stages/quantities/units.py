"""Around the number: its unit (written after, hyphenated, "of", before), a rate ("per
square foot"), its qualifier ("more than", "about") and a sign word ("minus")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from pipeline.stages.quantities.exchange import exchange_rate, priced_in
from pipeline.stages.quantities.quantity import HYPHENS, Quantity, per
from pipeline.stages.quantities.vocab import Vocab, match_before, norm

SQUARED = re.compile(r"^(?P<base>[A-Za-z]+)(?:\^2|2|²)$")
INVERSE = re.compile(r"^(?P<base>[A-Za-z]+)(?:[-−]1|⁻¹)$")


def extend(doc: Doc, q: Quantity, vocab: Vocab) -> Quantity:
    """``q`` with its unit, qualifier and sign, its span widened over them (an ordinal or
    a multiple verb takes a sign word only)."""
    start, end, unit = q.start, q.num_end, q.unit  # start: a currency's first token ("$US1.9")
    qualifier, bound = q.qualifier, q.bound
    measured = q.kind not in ("ordinal", "multiple_verb")
    if measured:
        unit, end = _unit_after(doc, q, vocab)
        hit = vocab.unit_before(doc, start)
        if (
            hit
            and (unit is None or unit["id"] == hit[0]["id"])
            and (not q.unit or q.unit["dimension"] != "currency")
        ):
            unit, start = hit
        hit = match_before(doc, start, vocab.qualifiers, vocab.longest["qual"])
        if hit:
            rule, start = hit
            if q.kind != "vague":
                qualifier, bound = rule["qualifier"], rule["bound"]
    if unit is None and measured and (rate := exchange_rate(doc, q, end, vocab)) is not None:
        unit, end = rate  # "151 to the dollar"
    if unit is None and measured and vocab.cue_ends_at("multiple_before", doc, start):
        unit = vocab.units.get("times")  # "by a factor of three"
    value = q.value
    if start > 0 and vocab.cue("negative", doc[start - 1]) and value is not None:
        start, value = start - 1, -value  # "minus 3.2 degrees"
    elif value is not None and value > 0 and _accounting(doc, start, max(end, q.num_end), unit):
        start, end, value = start - 1, max(end, q.num_end) + 1, -value  # "was ($3.2m)"
    if (
        unit is not None
        and measured
        and (rate := priced_in(doc, q, unit, max(end, q.num_end), vocab))
    ):
        unit, end = rate  # "₺32.5 per dollar"
    elif unit is not None and measured:
        unit, end = rate_after(doc, unit, max(end, q.num_end), vocab)
        if "/" in unit["code"]:  # "J/m^2 per year"
            unit, end = rate_after(doc, unit, end, vocab)
        else:  # "2m barrels of oil a day"
            unit, end = _per_after_item(doc, unit, end, vocab)
    return replace(
        q,
        start=start,
        end=max(end, q.num_end),
        unit=unit,
        qualifier=qualifier,
        bound=bound,
        value=value,
    )


def _accounting(doc: Doc, start: int, end: int, unit: dict | None) -> bool:
    """ "Operating profit was (£3.1m)": an amount or percentage alone in parentheses
    right after a verb is an accountant's negative; after a number ("£40 ($51)") it is a
    conversion, after a noun ("the fee ($20)") an aside."""
    return (
        unit is not None
        and unit["dimension"] in ("currency", "percent")
        and start >= 2
        and end < len(doc)
        and doc[start - 1].text == "("
        and doc[end].text == ")"
        and doc[start - 2].pos_ in ("AUX", "VERB")
    )


#: units a fraction is not read in: "two-thirds percent" is rare, "a third times" no unit
FRACTION_NOT_OF = frozenset({"count", "percent", "pp", "bp", "multiple", "rank", "fraction"})


def _unit_after(doc: Doc, q: Quantity, vocab: Vocab) -> tuple[dict | None, int]:
    """The unit after the number: "48-hour", "tens of millions of tons", "two more
    hours", "45 kg". A figure that already has a unit keeps it, unless the same one
    follows; a fraction takes only a currency."""
    j = q.num_end
    found = None
    if j < len(doc) and doc[j].text in HYPHENS and not doc[j - 1].whitespace_ and j + 1 < len(doc):
        hit = vocab.unit_after(doc, j + 1) or _hyphenated_form(doc, j + 1, vocab)
        if hit and hit[0]["hyphen"]:
            found = hit
    if found is None and q.kind == "vague" and j + 1 < len(doc) and doc[j].lower_ == "of":
        hit = vocab.unit_after(doc, j + 1)
        if hit and hit[0]["dimension"] not in ("percent", "pp"):
            found = hit
    if found is None and j < len(doc) and vocab.cue("duration_modifier", doc[j]):
        hit = vocab.unit_after(doc, j + 1)
        if hit and hit[0]["dimension"] == "duration":
            found = hit
    if found is None:
        found = vocab.unit_after(doc, j) or _numerator(doc, j, vocab) or _inverse(doc, j, vocab)
        found = found or _slashed_token(doc, j, vocab)
    if found is not None and q.kind == "fraction":
        if found[0]["dimension"] not in FRACTION_NOT_OF:  # "1/4 inch", "½ tbsp"
            return found
    elif found is not None and (q.unit is None or q.unit["id"] == found[0]["id"]):
        return found
    return q.unit, j


def _hyphenated_form(doc: Doc, i: int, vocab: Vocab) -> tuple[dict, int] | None:
    """ "4,500-square-foot", "a 120-square-metre flat": a two-word unit form written with
    a hyphen between its words, at token i."""
    if i + 2 >= len(doc) or doc[i + 1].text not in HYPHENS:
        return None
    if doc[i].whitespace_ or doc[i + 1].whitespace_:
        return None
    rule = vocab.units_after.get((norm(doc[i].text), norm(doc[i + 2].text)))
    return (rule, i + 3) if rule is not None else None


def _numerator(doc: Doc, j: int, vocab: Vocab) -> tuple[dict, int] | None:
    """ "W/min", "J/m^2": a short symbol read only before a slash and a unit."""
    rule = vocab.numerators.get(doc[j].text) if j + 2 < len(doc) else None
    if rule is None or doc[j + 1].text != "/" or len(doc[j + 2].text) == 1 == doc[j + 2].is_upper:
        return None  # not "W/L" (wins and losses): two bare letters
    if vocab.unit_after(doc, j + 2) is None and _squared(doc, j + 2, vocab) is None:
        return None
    return rule, j + 1


def _slashed_token(doc: Doc, j: int, vocab: Vocab) -> tuple[dict, int] | None:
    """ "25m/s", "9.8m/s2": a rate spaCy keeps as one token after the digits, read as its
    two symbols; "km/h" and the rates of the rules are keyed whole already."""
    text = doc[j].text if j < len(doc) else ""
    num, slash, den = text.partition("/")
    if not slash or not num or not den or "/" in den:
        return None
    table = vocab.units_after
    top = vocab.numerators.get(num) or table.get(("=", num)) or table.get((num.lower(),))
    m = SQUARED.match(den)
    base = m["base"] if m else den
    bottom = vocab.numerators.get(base) or table.get(("=", base)) or table.get((base.lower(),))
    if top is None or bottom is None or "currency" in (top["dimension"], bottom["dimension"]):
        return None
    if m:
        bottom = {**bottom, "id": f"{bottom['id']}_squared", "code": f"{bottom['code']}2"}
    return per(top, bottom), j + 1


def _inverse(doc: Doc, j: int, vocab: Vocab) -> tuple[dict, int] | None:
    """ "4e14 s-1", "5 h⁻¹": a unit to the power minus one, coded "1/s"."""
    m = INVERSE.match(doc[j].text) if j < len(doc) else None
    if m is None:
        return None
    text = m["base"]
    table = vocab.units_after
    base = vocab.numerators.get(text) or table.get(("=", text)) or table.get((text.lower(),))
    if base is None or base["dimension"] in ("currency", "percent", "count"):
        return None
    return {**base, "id": f"{base['id']}_inverse", "code": f"1/{base['code']}"}, j + 1


def _squared(doc: Doc, k: int, vocab: Vocab) -> tuple[dict, int] | None:
    """ "s2", "s^2", "s²" after a slash: a squared time ("km/s2")."""
    m = SQUARED.match(doc[k].text)
    if m is None:
        return None
    base = vocab.numerators.get(m["base"]) or vocab.units_after.get((m["base"].lower(),))
    if base is None or base["dimension"] != "duration":
        return None
    return {**base, "id": f"{base['id']}_squared", "code": f"{base['code']}2"}, k + 1


def _slash_symbol(doc: Doc, k: int, vocab: Vocab) -> tuple[dict, int] | None:
    """ "17 km/s", "7,000MB/s": a short symbol too ambiguous to read alone ("s", "h")
    is a unit right after a slash that follows a unit."""
    rule = vocab.numerators.get(doc[k].text) if k < len(doc) else None
    return (rule, k + 1) if rule is not None else None


#: what the noun phrase after "of" may hold before a rate's "a day"
ITEM_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _per_after_item(doc: Doc, unit: dict, end: int, vocab: Vocab) -> tuple[dict, int]:
    """ "2m barrels of oil a day", "4 grams of paracetamol a day": a rate over time whose
    "a day" follows the thing measured (a noun phrase of up to three words after "of")."""
    if end >= len(doc) or doc[end].lower_ != "of" or unit["dimension"] in ("percent", "pp"):
        return unit, end
    k = end + 1
    while k < min(len(doc), end + 4) and doc[k].pos_ in ITEM_POS and not vocab.cue("per", doc[k]):
        k += 1
    if k == end + 1 or k + 1 >= len(doc) or vocab.cue("per", doc[k]) is None:
        return unit, end
    den = vocab.unit_after(doc, k + 1)
    if den is None or den[0]["dimension"] != "duration":
        return unit, end
    if den[1] < len(doc) and vocab.cue("anchor_after", doc[den[1]]):
        return unit, end  # "3 kg of rice a week ago": a time, not a rate
    return rate_after(doc, unit, k, vocab)


def _per_thing(doc: Doc, unit: dict, end: int) -> tuple[dict, int]:
    """ "$1.53 a share", "¥38,000 a night", "$40 per head": money for each of a thing that
    is no unit, coded "USD/share"; a noun that goes on ("a share buyback") is no rate."""
    k = end + 1
    if k >= len(doc) or doc[k].tag_ != "NN":
        return unit, end
    if (
        k + 1 < len(doc)
        and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADP")
        and doc[k + 1].lower_ != "in"
        and doc[k].dep_ != "npadvmod"  # "the $1.41 a share analysts had forecast"
    ):
        return unit, end
    noun = doc[k].lemma_.lower()
    return {**unit, "id": f"{unit['id']}_per_{noun}", "code": f"{unit['code']}/{noun}"}, k + 1


def count_rate(doc: Doc, count: dict, end: int, vocab: Vocab) -> tuple[dict, int] | None:
    """ "200 million queries a day", "24 a day": a count over a period (``end``: the token
    after the number or its counted noun), coded "count/day"; not "a year ago"."""
    if end + 1 >= len(doc) or vocab.cue("per", doc[end]) is None:
        return None
    hit = vocab.unit_after(doc, end + 1)
    if hit is None or hit[0]["dimension"] != "duration":
        return None
    if hit[1] < len(doc) and vocab.cue("anchor_after", doc[hit[1]]):
        return None
    return per(count, hit[0]), hit[1]


def rate_after(doc: Doc, unit: dict, end: int, vocab: Vocab) -> tuple[dict, int]:
    """ "$950 per square foot", "RM120 a month", "80km/hr": a rate, coded "USD/ft2"."""
    if (
        end >= len(doc)
        or vocab.cue("per", doc[end]) is None
        or unit["dimension"] in ("percent", "pp", "bp", "fraction")
    ):
        return unit, end
    hit = vocab.unit_after(doc, end + 1)
    if unit["dimension"] == "multiple" and (hit is None or hit[0]["dimension"] != "duration"):
        return unit, end  # "four times a week" is a frequency; "3 times a share" no rate
    if hit is None and doc[end].text == "/":
        hit = _squared(doc, end + 1, vocab) or _slash_symbol(doc, end + 1, vocab)
    if hit is None and unit["dimension"] == "currency":
        return _per_thing(doc, unit, end)
    if hit is None or hit[0]["dimension"] in ("currency", "percent", "pp", "count"):
        return unit, end
    if (
        hit[0]["dimension"] == "duration"
        and hit[1] < len(doc)
        and vocab.cue("anchor_after", doc[hit[1]])
    ):
        return unit, end  # "$5m a year earlier": a time, not a rate
    if (
        doc[end].lower_ in ("a", "an")
        and hit[0]["dimension"] != "duration"
        and unit["dimension"] != "currency"
    ):  # "300 metres a day", "$2,350 an ounce"
        return unit, end
    return per(unit, hit[0]), hit[1]
