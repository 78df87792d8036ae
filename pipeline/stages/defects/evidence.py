"""Evidence for and against a stripped-number candidate beyond its own pattern.

A pattern sees a gap ("reached $ trillion"); other stages and the rest of the document
say whether a number really is missing there. Pure functions of the text, the gap
(``[start, end)`` where the number would be) and what other stages found.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from spacy.tokens import Span

#: a number glued to a currency code or symbol: CNY3.45, $US96, RMB2.6, USD480, HK$36, A1.42
_GLUED = re.compile(r"[$€£¥￥]?[A-Za-z]{1,3}[$€£¥￥]?\d[\d.,]*")
#: a currency code, alone or with its symbol: the "US" of "$US96", "HK$"
_CODE = re.compile(r"[A-Z]{1,3}[$€£¥￥]?")
#: what may stand around a word without being part of it
_EDGES = "\"'“”‘’()[]{},;:!?"
_DIGIT = re.compile(r"\d")
#: no quantity span is longer (characters): the search for a cover stops there
_LONGEST = 200


def _word_before(text: str, pos: int) -> str:
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:pos].strip(_EDGES)


def _word_after(text: str, pos: int) -> str:
    end = pos
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[pos:end].strip(_EDGES).rstrip(".")


def glued_number_next(text: str, gap: tuple[int, int]) -> bool:
    """The word just before or after the gap is a number glued to a code or symbol
    ("$US96 trillion": the gap a pattern sees after '$' or before 'trillion' holds one)."""
    return any(
        _GLUED.fullmatch(word) is not None
        for word in (_word_before(text, gap[0]), _word_after(text, gap[1]))
    )


def same_slot(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two gaps are one missing number when they touch, or only a currency code stands
    between them ("$|US| million": one amount, not two)."""
    if a[0] <= b[1] and b[0] <= a[1]:
        return True
    left, right = (a, b) if a[0] <= b[0] else (b, a)
    return _CODE.fullmatch(text[left[1] : right[0]]) is not None


class QuantityCover:
    """Quantity spans by position: a gap inside a quantity that has digits next to the
    gap was read as a number by the quantities stage, so no number is missing there."""

    def __init__(self, quantities: Iterable[Span]):
        spans = sorted(quantities, key=lambda s: (s.start_char, s.end_char))
        self.spans = [(s.start_char, s.end_char) for s in spans]
        self.starts = [s for s, _ in self.spans]

    def covers(self, text: str, gap: tuple[int, int]) -> bool:
        k = bisect_right(self.starts, gap[0]) - 1
        while k >= 0 and self.starts[k] > gap[0] - _LONGEST:
            start, end = self.spans[k]
            if gap[1] <= end and _digits_next(text, gap, start, end):
                return True
            k -= 1
        return False


def _digits_next(text: str, gap: tuple[int, int], start: int, end: int) -> bool:
    """A word with a digit touches the gap inside the quantity ("$|US96", "CNY3.45| trillion");
    a quantity read around a true gap ("between 3 and | yuan") has none there."""
    before = text[start : gap[0]].rstrip()
    after = text[gap[1] : end].lstrip()
    word_before = before.split()[-1] if before.split() else ""
    word_after = after.split()[0] if after.split() else ""
    return bool(_DIGIT.search(word_before) or _DIGIT.search(word_after))
