"""The figure being built (``Quantity``, token offsets until it becomes a Span) and the
shapes of the tokens a figure is read from."""

from __future__ import annotations

import re
from dataclasses import dataclass

DIGITS = re.compile(
    r"^(?P<pre>\D*?)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    # scientific notation: "1.2e3", "4e14", "2.48×10−5", "3x10^5", "3×10⁵", "8x2^10";
    # a power alone: "10^6", "2^10"
    r"(?:[eE](?P<exp>[-+−]?\d+)|[x×](?P<base>\d+)(?:\^|\*\*)(?P<pow>[-+−]?\d+)"
    r"|[x×]10(?:(?P<neg>[-−]\d+)|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))|\^(?P<caret>[-+−]?\d+))?"
    # a unit glued after, possibly squared or cubed: "45kg", "4km2", "4km^3"
    r"(?P<suf>[^\d\s]*(?<=[^\d\s])(?:\^?[23])?|)$"
)
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def exponent(m: re.Match) -> int:
    """The power written in a DIGITS match (0 without scientific notation or a power)."""
    raw = m["exp"] or m["pow"] or m["neg"] or m["caret"]
    raw = raw or (m["sup"] or "").translate(SUPERSCRIPTS)
    return int(raw.replace("−", "-")) if raw else 0


def digits_value(m: re.Match, num: str) -> float:
    """The value of a DIGITS match whose number reads ``num``: "3x10^5" is 300000, "8x2^10"
    8192, "2^10" 1024."""
    value = float(num.replace(",", ""))
    if m["caret"]:
        return value ** exponent(m)
    return value * float(m["base"] or 10) ** exponent(m)


#: a range the tokenizer keeps as one token: "3.5–4.0", "5-7"
RANGE_TOKEN = re.compile(r"^(?P<lo>\d+(?:\.\d+)?)[-‐‑–](?P<hi>\d+(?:\.\d+)?)$")
#: a time taken, as a stopwatch writes it: "2:09:44" (h:mm:ss), "1:43.21" (m:ss.ff); a
#: clock's "10:30" is neither
ELAPSED = re.compile(
    r"^(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d+)?)"
    r"|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d\.\d+))$"
)


def elapsed_seconds(m: re.Match) -> float:
    """The seconds an ELAPSED match reads."""
    if m["h"] is not None:
        return int(m["h"]) * 3600 + int(m["m"]) * 60 + float(m["s"])
    return int(m["m2"]) * 60 + float(m["s2"])


FRACTION = re.compile(r"^(?P<a>\d+)[/⁄](?P<b>\d+)$")
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
HYPHENS = {"-", "‐", "‑", "–"}
CLAUSE_END = {",", ";", ".", ":", "!", "?", ")", "(", "…"}
SIGNS = {"+": 1.0, "-": -1.0, "−": -1.0, "–": -1.0}


@dataclass(frozen=True)
class Quantity:
    """A figure being built; token offsets until it becomes a Span."""

    start: int  # first token of the span (qualifier and currency prefix included)
    end: int  # token after the span
    num_start: int  # first token of the number itself
    num_end: int  # token after number and multipliers
    kind: str  # digits|words|vague|fraction|ordinal|multiple_verb|elapsed
    value: float | None
    low: float | None = None
    high: float | None = None
    mult: float = 1.0
    unit: dict | None = None
    qualifier: str = "exact"
    bound: str | None = None
    item: tuple[int, int] | None = None  # char offsets
    change: str | None = None
    change_from: str | None = None  # "before"|"after"|"verb": where the cue was
    basis: str | None = None
    counterpart: int | None = None  # index into the sentence's figures
    thousands: bool = False  # written with a thousands separator
    date_pending: bool = False  # inside a DATE entity, kept only if it becomes a range with a unit


def per(unit: dict, den: dict) -> dict:
    """``unit`` for each ``den``: a rate rule coded "USD/gal" (id "usd_per_gal")."""
    return {**unit, "id": f"{unit['id']}_per_{den['id']}", "code": f"{unit['code']}/{den['code']}"}
