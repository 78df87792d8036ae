"""Find quoted passages in raw text without ever failing on odd quote marks.

News text mixes straight and curly marks, leaves quotes unclosed and uses quote marks for
names ("Silk Road E-commerce") as well as for speech. This module only pairs the marks;
whether a passage is speech is decided by the attribution stage (a cue must claim it).
A quote never crosses a line break: an unclosed quote ends at the end of its paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Quote:
    """One quoted passage: ``open`` is the offset of the opening mark, ``start:end`` the
    text inside the marks, ``close`` the offset of the closing mark or None if unclosed."""

    open: int
    start: int
    end: int
    close: int | None


def find_quotes(text: str, pairs: Iterable[tuple[str, str]]) -> list[Quote]:
    """Pair quote marks paragraph by paragraph, left to right, one level deep.

    A mark that can close the open quote closes it (any closing mark does, so a quote
    opened with a curly mark and closed with a straight one is still one quote); a new
    opening mark inside an open quote ends the open one unclosed; so does a line break.
    """
    openers, closers, marks = _marks(tuple(pairs))
    found: list[Quote] = []
    open_at: int | None = None
    for mark in marks.finditer(text):  # the marks and line breaks only, not every character
        i, ch = mark.start(), mark.group()
        if ch == "\n":
            if open_at is not None:
                found.append(Quote(open_at, open_at + 1, i, None))
                open_at = None
            continue
        if open_at is not None and ch in closers:
            found.append(Quote(open_at, open_at + 1, i, i))
            open_at = None
        elif ch in openers:
            if open_at is not None:
                found.append(Quote(open_at, open_at + 1, i, None))
            open_at = i
    if open_at is not None:
        found.append(Quote(open_at, open_at + 1, len(text), None))
    return found


@lru_cache(maxsize=8)
def _marks(pairs: tuple[tuple[str, str], ...]) -> tuple[frozenset, frozenset, re.Pattern[str]]:
    """The opening and closing marks, and one pattern of every mark and the line break."""
    openers = frozenset(o for o, _ in pairs)
    closers = frozenset(c for _, c in pairs)
    return (
        openers,
        closers,
        re.compile("[" + re.escape("".join(sorted({*openers, *closers, "\n"}))) + "]"),
    )


class QuoteIndex:
    """The quotes of one text, looked up by position. Quotes never overlap, so their
    opening and closing offsets both increase: each lookup is a bisection, where a scan
    of every quote for every cue or sentence grows with the square of the text."""

    def __init__(self, quotes: list[Quote]):
        self.quotes = quotes
        self._opens = [q.open for q in quotes]
        self._closed = [q for q in quotes if q.close is not None]
        self._closes = [q.close for q in self._closed]

    def opening_at(self, offset: int) -> Quote | None:
        """The quote whose opening mark is at ``offset``."""
        i = bisect.bisect_left(self._opens, offset)
        return self.quotes[i] if i < len(self.quotes) and self._opens[i] == offset else None

    def closing_in(self, start: int, end: int) -> list[Quote]:
        """Closed quotes whose closing mark lies in ``[start, end)``, in text order."""
        lo = bisect.bisect_left(self._closes, start)
        hi = bisect.bisect_left(self._closes, end)
        return self._closed[lo:hi]

    def opening_in(self, start: int, end: int) -> bool:
        """Whether a quote opens in ``[start, end)``."""
        i = bisect.bisect_left(self._opens, start)
        return i < len(self._opens) and self._opens[i] < end
