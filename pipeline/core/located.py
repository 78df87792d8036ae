"""Spans found by position: the stages look up entities and periods for every cue and
figure, and a scan of all of them each time grows with the square of the article."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.tokens import Span


class Located:
    """Spans that do not overlap (entities, periods) in text order, by binary search."""

    def __init__(self, spans: Iterable[Span]):
        self.spans = sorted(spans, key=lambda s: (s.start, s.end))
        self._starts = [s.start for s in self.spans]
        self._start_chars = [s.start_char for s in self.spans]

    def __iter__(self):
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def holding(self, i: int) -> Span | None:
        """The span holding token ``i``."""
        k = bisect_right(self._starts, i) - 1
        return self.spans[k] if k >= 0 and i < self.spans[k].end else None

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans with a token in ``[start, end)``, in text order."""
        k = max(0, bisect_right(self._starts, start) - 1)
        hi = bisect_left(self._starts, end)
        return [s for s in self.spans[k:hi] if s.end > start]

    def within(self, start: int, end: int) -> list[Span]:
        """Spans inside the tokens ``[start, end)``, in text order."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [s for s in self.spans[lo:hi] if s.end <= end]

    def within_chars(self, start: int, end: int) -> list[Span]:
        """Spans inside the characters ``[start, end)``, in text order."""
        lo, hi = bisect_left(self._start_chars, start), bisect_left(self._start_chars, end)
        return [s for s in self.spans[lo:hi] if s.end_char <= end]
