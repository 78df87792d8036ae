"""The cue patterns, indexed by their first token.

A spaCy ``Matcher`` tries every pattern at every token; with two patterns per cue (by
lemma and by form) that was most of this stage's time. Nearly every cue begins with one
exact word, so one vectorised lookup (each of the Doc's LEMMA and LOWER hashes searched
among the cue words' hashes) finds the tokens where a cue can begin: a cue of that word
alone matches there, a longer one is tried there only, by a Matcher of the cues beginning
with that word, on a window as long as the longest of them. A pattern that can begin
anywhere (an optional or repeated first token, an unbounded length) stays in a Matcher
over the whole Doc. The matches are exactly those of one Matcher holding every pattern.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab as SpacyVocab

from pipeline.core.matcher_windows import doc_matches, longest, positions_of, window_matches

__all__ = ["LEMMA_KEY", "CueIndex", "FirstToken", "cue_patterns", "first_word", "longest"]

#: Match keys of the by-lemma cue patterns end with this (by-form keys are the rule id).
LEMMA_KEY = "#lemma"
#: the attributes a first token is indexed by
INDEXED = ("LEMMA", "LOWER")


def cue_patterns(rule: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Each cue as two token patterns, keyed apart: by lemma (``rule id + LEMMA_KEY``; a
    speech verb's part of speech is checked on the match) and by lower-case form. Tokens
    compare exact values: a set predicate such as ``{"IN": [...]}`` is run in Python for
    every token and pattern, and made this stage the slowest of all."""
    keyed = []
    for attr, key in (("LEMMA", rule["id"] + LEMMA_KEY), ("LOWER", rule["id"])):
        pattern: list[dict[str, Any]] = []
        for word in rule["lemmas"]:
            if word == "*":
                pattern.append({"IS_SENT_START": False, "IS_PUNCT": False, "OP": "{1,8}"})
                continue
            optional = word.endswith("?") and len(word) > 1
            token: dict[str, Any] = {attr: (word.rstrip("?") if optional else word).lower()}
            if optional:
                token["OP"] = "?"
            pattern.append(token)
        keyed.append((key, pattern))
    return keyed


def first_word(pattern: list[dict[str, Any]]) -> tuple[str, str] | None:
    """(attribute, value) of a first token that must be one exact word, else None."""
    first = pattern[0]
    if len(first) != 1 or "OP" in first:
        return None
    [(attr, value)] = first.items()
    return (attr, value) if attr in INDEXED and isinstance(value, str) else None


@dataclass(frozen=True)
class FirstToken:
    """The cues beginning with an exact value of one attribute, by the value's hash."""

    attr: str
    hashes: np.ndarray
    #: hash -> match keys of the cues made of that word alone
    alone: dict[int, tuple[str, ...]]
    #: hash -> a Matcher of the longer cues beginning with it, and their longest length
    longer: dict[int, tuple[Matcher, int]]

    def where(self, values: np.ndarray) -> list[int]:
        """The positions of ``values`` that are one of ``hashes``."""
        return positions_of(self.hashes, values)


@dataclass(frozen=True)
class CueIndex:
    #: the patterns that can begin anywhere, tried everywhere
    anywhere: Matcher
    first: tuple[FirstToken, ...]

    @classmethod
    def of(cls, vocab: SpacyVocab, patterns: list[tuple[str, list[dict[str, Any]]]]) -> CueIndex:
        anywhere = Matcher(vocab)
        alone: dict[str, dict[int, list[str]]] = {a: {} for a in INDEXED}
        longer: dict[str, dict[int, list[tuple[str, list, int]]]] = {a: {} for a in INDEXED}
        for key, pattern in patterns:
            word, size = first_word(pattern), longest(pattern)
            if word is None or size is None:
                anywhere.add(key, [pattern])
                continue
            h = vocab.strings.add(word[1])
            if size == 1 and len(pattern) == 1:
                alone[word[0]].setdefault(h, []).append(key)
            else:
                longer[word[0]].setdefault(h, []).append((key, pattern, size))
        first = []
        for attr in INDEXED:
            if alone[attr] or longer[attr]:
                by_hash = {h: _matcher(vocab, ps) for h, ps in longer[attr].items()}
                hashes = np.array(sorted({*alone[attr], *by_hash}), dtype=np.uint64)
                ones = {h: tuple(ks) for h, ks in alone[attr].items()}
                first.append(FirstToken(attr, hashes, ones, by_hash))
        return cls(anywhere, tuple(first))

    def matches(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        """Every match (match key, start token, end token), in no particular order."""
        yield from doc_matches(self.anywhere, doc)
        for f in self.first:
            values = doc.to_array(f.attr)
            for i in f.where(values):
                h = int(values[i])
                for key in f.alone.get(h, ()):
                    yield key, i, i + 1
                if h in f.longer:
                    matcher, size = f.longer[h]
                    yield from window_matches(matcher, doc, i, size)


def _matcher(vocab: SpacyVocab, patterns: list[tuple[str, list, int]]) -> tuple[Matcher, int]:
    matcher = Matcher(vocab)
    for key, pattern, _ in patterns:
        matcher.add(key, [pattern])
    return matcher, max(size for _, _, size in patterns)
