"""Conflicting figures: the same subject, measure, period and unit given two values that
cannot both be true.

Used twice: inside one document by the defects stage (on quantity spans) and across the
documents of a run (``pipeline.run.conflicts``, on the facts records of the run). Both
compare the same key and the same intervals, defined here once. Pure: no pandas, no
records, so a worker process loads neither.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

_QUOTES = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'"}
)
_DETERMINERS = re.compile(r"^(?:the|a|an|its|their|this|that|these|those)\s+")
_SPACES = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Compare texts without caring about quote style, case or spacing (never used on output)."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return _SPACES.sub(" ", text).strip()


def normalise_measure(text: str) -> str:
    """ "The export volume" and "export volume" name the same measure."""
    return _DETERMINERS.sub("", normalise_text(text).strip(" \"'.,"))


def interval(
    value: float | None, low: float | None, high: float | None, qualifier: str | None
) -> tuple[float, float] | None:
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


def conflicting_pairs(
    figures: Iterable[tuple[Any, tuple, tuple[float, float] | None]],
) -> list[tuple[Any, Any]]:
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
