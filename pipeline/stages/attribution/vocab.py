"""The attribution rules compiled once: the cue matcher, the source words by role, the
company-name pattern and the quote marks. Read-only after ``compile_vocab``; everything
that belongs to one document lives in a ``DocContext`` (see ``context.py``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher

#: Match keys of the by-lemma cue patterns end with this (by-form keys are the rule id).
LEMMA_KEY = "#lemma"


@dataclass(frozen=True)
class Vocab:
    matcher: Matcher
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
    matcher = Matcher(nlp.vocab)
    cue_rules: dict[str, dict[str, Any]] = {}
    for rule in rules.get("attribution_cues", []):
        cue_rules[rule["id"]] = rule
        for key, pattern in cue_patterns(rule):
            matcher.add(key, [pattern])
    word_rules = rules.get("attribution_words", [])
    words: dict[str, set[str]] = {}
    for rule in word_rules:
        words.setdefault(rule["role"], set()).update(w.lower() for w in rule["words"])
    return Vocab(
        matcher=matcher,
        cue_rules=cue_rules,
        words={role: frozenset(ws) for role, ws in words.items()},
        phrases={
            role: tuple(sorted((w for w in ws if " " in w), key=len, reverse=True))
            for role, ws in words.items()
        },
        company=_company_pattern(word_rules),
        pairs=tuple((r["open"], r["close"]) for r in rules.get("quote_marks", [])),
    )
