"""Token patterns tried on short windows at hash-looked-up tokens, not at every token.

A spaCy ``Matcher`` tries every pattern at every token. When a pattern has a token that
must be one of a few exact words, one vectorised lookup of the Doc's hashes finds where
those words are, and the pattern is tried there only, on a window as long as the
pattern can be (``longest``). The cue index (``stages/attribution/matching.py``) and the
defect pattern index (``stages/defects/anchored.py``) both work this way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab as SpacyVocab

_REPEAT = re.compile(r"\{(\d*),?(\d*)\}")


def longest(pattern: list[dict[str, Any]]) -> int | None:
    """The most tokens ``pattern`` can match, or None when there is no bound."""
    total = 0
    for token in pattern:
        op = token.get("OP")
        if op is None or op == "?":
            total += 1
        elif op == "!":
            continue
        elif (m := _REPEAT.fullmatch(op)) and (m.group(2) or "," not in op):
            total += int(m.group(2) or m.group(1))
        else:  # "+", "*", "{n,}"
            return None
    return total


def sorted_hashes(vocab: SpacyVocab, words: Iterable[str]) -> np.ndarray:
    """The words' string hashes (added to ``vocab``), sorted, for ``positions_of``."""
    return np.array(sorted({vocab.strings.add(w) for w in words}), dtype=np.uint64)


def positions_of(hashes: np.ndarray, values: np.ndarray) -> list[int]:
    """The positions of ``values`` that are one of ``hashes`` (sorted, never empty): a
    binary search of each, vectorised (``np.isin`` sorts both and imports numpy.ma)."""
    found = hashes[np.minimum(np.searchsorted(hashes, values), len(hashes) - 1)]
    return np.flatnonzero(found == values).tolist()


def doc_matches(matcher: Matcher, doc: Doc) -> Iterator[tuple[str, int, int]]:
    """Every match of ``matcher`` over the whole Doc (match key, start, end token)."""
    if len(matcher):
        strings = doc.vocab.strings
        for m, s, e in matcher(doc):
            yield strings[m], s, e


def window_matches(
    matcher: Matcher, doc: Doc, start: int, size: int
) -> Iterator[tuple[str, int, int]]:
    """The matches of ``matcher`` on the ``size`` tokens from ``start`` that begin at
    ``start`` (the others begin at a token of their own), in Doc token offsets."""
    strings = doc.vocab.strings
    for m, s, e in matcher(doc[start : start + size]):
        if s == 0:
            yield strings[m], start, start + e
