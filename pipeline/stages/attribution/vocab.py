"""The attribution rules compiled once: the cue matchers, the source words by role, the
company-name pattern and the quote marks. Read-only after ``compile_vocab``; everything
that belongs to one document lives in a ``DocContext`` (see ``context.py``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

#: Match keys of the by-lemma cue patterns end with this (by-form keys are the rule id).
LEMMA_KEY = "#lemma"


@dataclass(frozen=True)
class OneToken:
    """The cues of one exact token, looked up by one attribute ("LEMMA" or "LOWER"): a
    Matcher tries every pattern at every token, and with a pattern per cue word that was
    most of this stage's time; here one vectorised membership test finds the candidates."""

    attr: str
    #: the word's hash -> the match keys of the cues made of that word alone
    keys: dict[int, tuple[str, ...]]
    hashes: np.ndarray

    @classmethod
    def of(cls, attr: str, keys: dict[int, list[str]]) -> OneToken:
        hashes = np.array(sorted(keys), dtype=np.uint64)
        return cls(attr, {h: tuple(ks) for h, ks in keys.items()}, hashes)


@dataclass(frozen=True)
class Vocab:
    #: the cues of several tokens (or of one optional token)
    matcher: Matcher
    #: the cues of one exact token, by attribute
    one_token: tuple[OneToken, ...]
    cue_rules: dict[str, dict[str, Any]]
    #: role -> lower-case words ("document", "unnamed", "vague", "org_head", ...)
    words: dict[str, frozenset[str]]
    #: role -> the words of several tokens, longest first
    phrases: dict[str, tuple[str, ...]]
    #: a company name by its suffix ("... Co., Ltd."), or None without suffix rules
    company: re.Pattern[str] | None
    #: (open, close) quote mark pairs
    pairs: tuple[tuple[str, str], ...]

    def has(self, role: str, *forms: str) -> bool:
        """Whether any of ``forms`` (lower-cased) is a word of ``role``."""
        ws = self.words.get(role, frozenset())
        return any(f.lower() in ws for f in forms)


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


def cue_matches(doc: Doc, vocab: Vocab) -> Iterator[tuple[str, int, int]]:
    """Every cue match (match key, start token, end token), as one Matcher holding all the
    patterns would give them, in no particular order."""
    for m, s, e in vocab.matcher(doc):
        yield doc.vocab.strings[m], s, e
    if not vocab.one_token:
        return
    table = doc.to_array([one.attr for one in vocab.one_token])
    for col, one in enumerate(vocab.one_token):
        values = table[:, col]
        for i in np.flatnonzero(np.isin(values, one.hashes)).tolist():
            for key in one.keys[int(values[i])]:
                yield key, i, i + 1


def _add_cues(nlp: Language, rules: list[dict[str, Any]]) -> tuple[Matcher, tuple[OneToken, ...]]:
    """The cue patterns: those of one exact token into a lookup by attribute, the others
    into a Matcher."""
    matcher = Matcher(nlp.vocab)
    single: dict[str, dict[int, list[str]]] = {}
    for rule in rules:
        for key, pattern in cue_patterns(rule):
            if len(pattern) == 1 and "OP" not in pattern[0]:
                [(attr, word)] = pattern[0].items()
                words = single.setdefault(attr, {})
                words.setdefault(nlp.vocab.strings.add(word), []).append(key)
            else:
                matcher.add(key, [pattern])
    return matcher, tuple(OneToken.of(attr, keys) for attr, keys in sorted(single.items()))


def _company_pattern(rules: list[dict[str, Any]]) -> re.Pattern[str] | None:
    suffixes = sorted(
        (re.escape(w) for r in rules if r["role"] == "org_suffix" for w in r["words"]),
        key=len,
        reverse=True,
    )
    if not suffixes:
        return None
    return re.compile(r"(?:[A-Z][\w&'’.-]*[ ]+)+?(?:" + "|".join(suffixes) + r")(?!\w)")


def compile_vocab(nlp: Language, rules: dict[str, list[dict[str, Any]]]) -> Vocab:
    cue_rules = {rule["id"]: rule for rule in rules.get("attribution_cues", [])}
    matcher, one_token = _add_cues(nlp, rules.get("attribution_cues", []))
    word_rules = rules.get("attribution_words", [])
    words: dict[str, set[str]] = {}
    for rule in word_rules:
        words.setdefault(rule["role"], set()).update(w.lower() for w in rule["words"])
    return Vocab(
        matcher=matcher,
        one_token=one_token,
        cue_rules=cue_rules,
        words={role: frozenset(ws) for role, ws in words.items()},
        phrases={
            role: tuple(sorted((w for w in ws if " " in w), key=len, reverse=True))
            for role, ws in words.items()
        },
        company=_company_pattern(word_rules),
        pairs=tuple((r["open"], r["close"]) for r in rules.get("quote_marks", [])),
    )
