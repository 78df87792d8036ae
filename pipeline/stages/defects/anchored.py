"""The defect token patterns, each tried only where its rare word is.

A spaCy ``Matcher`` tries every pattern at every token, and the first token of most
defect patterns is a set predicate (``LIKE_NUM`` false, ``NOT_IN`` a word list, a
``REGEX``) run in Python each time. Nearly every pattern has a later token that must be
one of a few exact words ("a.m.", "percent", a multiplier): one vectorised lookup of the
Doc's hashes finds those tokens, and the pattern is tried on a window there only, as long
as the pattern. A pattern with no such word or with no bounded length (``*``, ``+``)
stays in a Matcher over the whole Doc. The matches are exactly those of one Matcher
holding every pattern (``tests/test_defects_anchored.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab as SpacyVocab

from pipeline.core.matcher_windows import (
    doc_matches,
    longest,
    positions_of,
    sorted_hashes,
    window_matches,
)

#: the attributes an anchor token is looked up by (``TEXT`` is ``ORTH`` in the arrays)
ANCHOR_ATTRS = {"LOWER": "LOWER", "ORTH": "ORTH", "TEXT": "ORTH"}


def anchor(pattern: list[dict[str, Any]]) -> tuple[int, str, tuple[str, ...]] | None:
    """(token index, array attribute, words) of the token with the fewest exact words,
    among the tokens at a fixed offset from the start (no ``OP`` up to it); else None."""
    best: tuple[int, str, tuple[str, ...]] | None = None
    for k, token in enumerate(pattern):
        if "OP" in token:
            break
        for key, attr in ANCHOR_ATTRS.items():
            words = _exact_words(token.get(key))
            if words and (best is None or len(words) < len(best[2])):
                best = (k, attr, words)
    return best


def _exact_words(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
        words = value["IN"]
        return tuple(words) if words and all(isinstance(w, str) for w in words) else None
    return None


@dataclass(frozen=True)
class Anchored:
    """One pattern, tried on a window of ``size`` tokens from ``offset`` before each token
    whose ``attr`` hash is one of ``hashes`` (sorted)."""

    key: str
    attr: str
    hashes: np.ndarray
    offset: int
    size: int
    matcher: Matcher

    def starts(self, values: np.ndarray) -> list[int]:
        """The window starts: ``offset`` before each token whose hash is one of ``hashes``."""
        return [i - self.offset for i in positions_of(self.hashes, values)]


@dataclass(frozen=True)
class PatternIndex:
    #: the patterns with no anchor, tried everywhere
    anywhere: Matcher
    anchored: tuple[Anchored, ...]

    @classmethod
    def of(cls, vocab: SpacyVocab, patterns: list[tuple[str, list[dict[str, Any]]]]):
        anywhere = Matcher(vocab, validate=True)
        anchored = []
        for key, pattern in patterns:
            where, size = anchor(pattern), longest(pattern)
            if where is None or size is None:
                anywhere.add(key, [pattern])
                continue
            matcher = Matcher(vocab, validate=True)
            matcher.add(key, [pattern])
            k, attr, words = where
            anchored.append(Anchored(key, attr, sorted_hashes(vocab, words), k, size, matcher))
        return cls(anywhere, tuple(anchored))

    def matches(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        """Every match (match key, start token, end token), in no particular order."""
        yield from doc_matches(self.anywhere, doc)
        arrays: dict[str, np.ndarray] = {}
        for a in self.anchored:
            if a.attr not in arrays:
                arrays[a.attr] = doc.to_array(a.attr)
            for s in a.starts(arrays[a.attr]):
                if s >= 0:
                    yield from window_matches(a.matcher, doc, s, a.size)
