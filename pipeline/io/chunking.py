"""Long documents in pieces: spaCy refuses texts over ``nlp.max_length`` characters, and
a 20 MB dump on one line must still be processed whole, never truncated.

``pieces`` cuts at line breaks when it can, else after a sentence end (". ", "? ", "! ",
"; "), else at a space, else hard; every piece is at most ``limit`` characters and the
pieces tile the text exactly, so a record's offset in the whole text is its offset in the
piece plus the piece's start. A claim or defect that would span a cut is lost at that
cut (pieces are independent); cuts fall on paragraph boundaries whenever there are any.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?;][\"'”’)]*\s+")


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """``[(start, end), ...]`` covering ``text`` exactly, each at most ``limit`` long."""
    if limit < 1:
        raise ValueError("limit must be positive")
    out = []
    start = 0
    n = len(text)
    while n - start > limit:
        window_end = start + limit
        cut = text.rfind("\n", start + 1, window_end)
        if cut != -1:
            cut += 1
        else:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, start + 1, window_end)]
            cut = ends[-1] if ends else text.rfind(" ", start + 1, window_end) + 1 or window_end
            if cut <= start:
                cut = window_end
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out
