"""The attribution rules compiled once: the cue index, the source words by role, the
company-name pattern and the quote marks. Read-only after ``compile_vocab``; everything
that belongs to one document lives in a ``DocContext`` (see ``context.py``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language

from pipeline.stages.attribution.matching import CueIndex, cue_patterns


@dataclass(frozen=True)
class Vocab:
    cues: CueIndex
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
    patterns = [kp for rule in cue_rules.values() for kp in cue_patterns(rule)]
    word_rules = rules.get("attribution_words", [])
    words: dict[str, set[str]] = {}
    for rule in word_rules:
        words.setdefault(rule["role"], set()).update(w.lower() for w in rule["words"])
    return Vocab(
        cues=CueIndex.of(nlp.vocab, patterns),
        cue_rules=cue_rules,
        words={role: frozenset(ws) for role, ws in words.items()},
        phrases={
            role: tuple(sorted((w for w in ws if " " in w), key=len, reverse=True))
            for role, ws in words.items()
        },
        company=_company_pattern(word_rules),
        pairs=tuple((r["open"], r["close"]) for r in rules.get("quote_marks", [])),
    )
