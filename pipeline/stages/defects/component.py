"""Last stage, defects: what is wrong with the text itself.

Scraped and translated news arrives damaged; extracting silently from damaged text gives
confident wrong data. The stage reports, as spans in ``doc.spans["nf_defects"]`` (label =
kind, ``span.id_`` = rule id, ``_.nf_d_severity``, ``_.nf_d_message``):

- ``stripped_number``: where the digits of a number vanished and only its punctuation or
  an empty slot is left (". trillion yuan", "more than %", "from to", "in January ,");
- ``boilerplate``: photo captions and credits inside the body;
- ``repeated_word``, ``duplicate_passage``, ``unit_mismatch``, ``conflicting_figures``.

Everything it looks for is data: ``rules/defect_patterns.jsonl`` (regular expressions on
the raw text, or spaCy token patterns, each with kind, severity and message template),
``rules/defect_words.jsonl`` (named word lists the patterns refer to as ``{name}`` in a
regex or ``"@name"`` in a token pattern) and ``rules/defect_checks.jsonl`` (the checks
that need code, with their severity and message). Other stages (time) also add defects:
this stage appends and never drops what is there.

One stripped number is one record: candidates from several patterns for the same gap
(the place the number was) are merged, first rule in file order wins.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Any, get_args

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from pipeline.core.doctext import text_of
from pipeline.core.extensions import DEFECTS, QUANTITIES
from pipeline.rules.loader import RulesError
from pipeline.stages.base import RuleComponent
from pipeline.stages.defects import checks, evidence
from pipeline.stages.defects.anchored import PatternIndex
from pipeline.stages.defects.rules import (
    RULE_KINDS,
    Kind,
)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    gap: tuple[int, int]
    kind: str
    rule: str
    severity: str
    message: str
    confidence: str = "high"


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def fill(template: str, values: dict[str, str]) -> str:
    """The message template with its fields; an unknown field stays empty, never raises."""
    return template.format_map(_Blank({k: " ".join(v.split()) for k, v in values.items()}))


@Language.factory("newsfacts_defects")
def make_defects(nlp: Language, name: str) -> DefectStage:
    return DefectStage(nlp, name)


class DefectStage(RuleComponent):
    rule_kinds = RULE_KINDS

    def compile(self) -> None:
        problems: list[str] = []
        self.words = {r["id"]: r["words"] for r in self.rules.get("defect_words", [])}
        self.regexes: list[tuple[dict, re.Pattern[str]]] = []
        self.token_rules: dict[str, dict] = {}
        # every token pattern in one Matcher: the reference the index must equal
        self.matcher = Matcher(self.nlp.vocab, validate=True)
        patterns: list[tuple[str, list[dict[str, Any]]]] = []
        self.order: dict[str, int] = {}
        self.states: dict[str, tuple[str, ...]] = {}
        for n, rule in enumerate(self.rules.get("defect_patterns", [])):
            self.order[rule["id"]] = n
            self.states[rule["id"]] = tuple(rule.get("states") or ())
            where = f"{self.name}:defect_patterns: rule {rule['id']!r}"
            if rule["regex"] is not None:
                try:
                    self.regexes.append((rule, re.compile(self._expand_regex(rule["regex"]))))
                except (KeyError, re.error) as err:
                    problems.append(f"{where}: regex: {err}; word lists are {sorted(self.words)}")
            else:
                try:
                    pattern = self._expand_tokens(rule["tokens"])
                    self.matcher.add(rule["id"], [pattern])
                    patterns.append((rule["id"], pattern))
                    self.token_rules[rule["id"]] = rule
                except (KeyError, ValueError) as err:
                    problems.append(f"{where}: tokens: {err}")
        self.token_index = PatternIndex.of(self.nlp.vocab, patterns)
        self.checks = {r["check"]: r for r in self.rules.get("defect_checks", [])}
        self.word_sets = {name: frozenset(w.lower() for w in ws) for name, ws in self.words.items()}
        self.signal_words = self._signal_words()
        if problems:
            raise RulesError(problems)

    def _signal_words(self) -> evidence.SignalWords:
        sets, empty = self.word_sets, frozenset()
        return evidence.SignalWords(
            units=sets.get("multiplier", empty)
            | sets.get("unit_word", empty)
            | sets.get("scale_after", empty),
            qualifiers=sets.get("number_qualifier", empty),
            objects=sets.get("needs_object", empty),
            dates=frozenset(self.words.get("month", [])),
            day_before=sets.get("day_preposition", empty),
            currencies=sets.get("currency_symbol", empty),
            counted=sets.get("count_slot_before", empty) | sets.get("count_follows", empty),
        )

    def _list(self, name: str) -> list[str]:
        if name not in self.words:
            raise KeyError(f"unknown word list {name!r}")
        return self.words[name]

    def _expand_regex(self, regex: str) -> str:
        """``{name}`` becomes an alternation of the list's words (longest first)."""

        def alternation(m: re.Match[str]) -> str:
            words = sorted(self._list(m[1]), key=lambda w: (-len(w), w))
            return "(?:" + "|".join(re.escape(w) for w in words) + ")"

        return re.sub(r"\{([a-z_]+)\}", alternation, regex)

    def _expand_tokens(self, pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``"@name"`` in a token pattern becomes the list's words, also inside a list
        (``["@unit_word", "%"]``)."""

        def expand(value: Any) -> Any:
            if isinstance(value, str) and value.startswith("@"):
                return self._list(value[1:])
            if isinstance(value, list):
                return [w for v in value for w in (expand(v) if _named(v) else [v])]
            if isinstance(value, dict):
                return {k: expand(v) for k, v in value.items()}
            return value

        return [expand(t) for t in pattern]

    # -- processing -------------------------------------------------------------------------
    def annotate(self, doc: Doc) -> Doc:
        found = self.stripped_and_boilerplate(doc)
        found.extend(self.checked(doc))
        existing = list(doc.spans[DEFECTS]) if DEFECTS in doc.spans else []
        taken = {(d.start_char, d.end_char) for d in existing}
        spans = []
        for c in merge_same_place(found):
            # spans are whole tokens: an edge inside a token ('.' of '.%') widens to it
            span = doc.char_span(
                c.start, c.end, label=c.kind, span_id=c.rule, alignment_mode="expand"
            )
            if span is None or (span.start_char, span.end_char) in taken:
                continue  # spaCy keys extension values by offsets: one defect per place
            taken.add((span.start_char, span.end_char))
            span._.nf_d_severity = c.severity
            span._.nf_d_message = c.message
            spans.append(span)
        doc.spans[DEFECTS] = [*existing, *spans]
        return doc

    def stripped_and_boilerplate(self, doc: Doc) -> list[Candidate]:
        text = text_of(doc)
        candidates = []
        for rule, regex in self.regexes:
            for m in regex.finditer(text):
                candidates.append(self._from_regex(text, rule, m))
        for key, start, end in sorted(self.token_index.matches(doc), key=lambda m: m[1:]):
            candidates.append(self._from_tokens(doc, self.token_rules[key], start, end))
        candidates = self.supported(doc, self.read_elsewhere(doc, candidates))
        candidates.sort(key=lambda c: (self.order[c.rule], c.start, c.end))
        kept: list[Candidate] = []
        for c in candidates:
            if c.kind == "stripped_number" and any(
                k.kind == "stripped_number" and evidence.same_slot(text, k.gap, c.gap) for k in kept
            ):
                continue  # the same missing number, already reported
            kept.append(c)
        return kept

    @staticmethod
    def read_elsewhere(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """Drop gaps where a number is after all: inside a quantity the quantities stage
        read with digits next to the gap, or next to a number glued to a code or symbol
        ("CNY3.45 trillion", "$US96")."""
        text = text_of(doc)
        cover = evidence.QuantityCover(doc.spans[QUANTITIES] if QUANTITIES in doc.spans else [])
        return [
            c
            for c in candidates
            if c.kind != "stripped_number"
            or not (evidence.glued_number_next(text, c.gap) or cover.covers(text, c.gap))
        ]

    def supported(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """A medium-confidence candidate stays only with a second signal at its gap, which
        its message then names unless the rule states it already; in a document that spaces
        its punctuation as a habit, a space before punctuation is no evidence, so none stays."""
        if all(c.confidence == "high" for c in candidates):
            return candidates
        text = text_of(doc)
        near = evidence.Neighbours(doc)
        habit = evidence.spaces_punctuation(text)
        out = []
        for c in candidates:
            if c.confidence == "high":
                out.append(c)
                continue
            if habit and evidence.at_spaced_punctuation(text, c.gap):
                continue
            signals = list(evidence.signals_at(near, c.gap, self.signal_words))
            if signals:
                states = self.states.get(c.rule, ())
                out.append(replace(c, message=evidence.with_evidence(c.message, signals, states)))
        return out

    def _from_regex(self, text: str, rule: dict, m: re.Match[str]) -> Candidate:
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        start, end = (m.start("span"), m.end("span")) if "span" in groups else m.span()
        gap_name = "gap" if "gap" in groups else "gap2" if "gap2" in groups else None
        gap = m.span(gap_name) if gap_name else (start, end)
        values = {
            "text": text[start:end],
            "gap": text[gap[0] : gap[1]],
            "before": groups.get("before") or _word_before(text, gap[0]),
            "after": groups.get("after") or _words_after(text, gap[1], end),
        }
        s, e = _trim(text, start, end)
        message = fill(rule["message"], values)
        return Candidate(
            s, e, gap, rule["kind"], rule["id"], rule["severity"], message, rule["confidence"]
        )

    def _from_tokens(self, doc: Doc, rule: dict, start: int, end: int) -> Candidate:
        gap_tok = doc[min(start + rule["gap_token"], end - 1)]
        gap_start = doc[gap_tok.i - 1].idx + len(doc[gap_tok.i - 1]) if gap_tok.i > 0 else 0
        gap = (gap_start, gap_tok.idx)
        first, last = rule["report"] or (0, 0)
        span = doc[start + first : end + last if last <= 0 else start + last]
        values = {
            "text": span.text,
            "gap": text_of(doc)[gap[0] : gap[1]],
            "before": doc[gap_tok.i - 1].text if gap_tok.i > 0 else "",
            "after": text_of(doc)[gap[1] : span.end_char],
        }
        return Candidate(
            span.start_char,
            span.end_char,
            gap,
            rule["kind"],
            rule["id"],
            rule["severity"],
            fill(rule["message"], values),
            rule["confidence"],
        )

    def checked(self, doc: Doc) -> list[Candidate]:
        text = text_of(doc)
        words = self.word_sets
        empty: frozenset[str] = frozenset()
        runs = {
            "repeated_word": lambda r: checks.repeated_words(
                text, words.get("double_word_ok", empty)
            ),
            "duplicate_paragraph": lambda r: checks.duplicates(
                text, checks.paragraphs(text), r["min_words"]
            ),
            "duplicate_sentence": lambda r: checks.duplicates(
                text, checks.sentences(doc), r["min_words"]
            ),
            "percent_as_amount_level": lambda r: checks.percent_as_amount_level(
                doc,
                amount=words.get("amount_measure", empty),
                verbs=words.get("level_verb", empty),
                ratio=words.get("ratio_word", empty),
            ),
            "share_above_whole": lambda r: checks.share_above_whole(
                doc, cues=words.get("share_cue", empty), max_percent=r["max_percent"]
            ),
            "conflicting_figures": lambda r: checks.conflicting_figures(doc),
        }
        out: list[Candidate] = []
        for name, rule in self.checks.items():
            for f in runs[name](rule):
                out.append(
                    Candidate(
                        f.start,
                        f.end,
                        (f.start, f.end),
                        rule["kind"],
                        rule["id"],
                        rule["severity"],
                        fill(rule["message"], {"text": text[f.start : f.end], **dict(f.values)}),
                    )
                )
        if "duplicate_paragraph" in self.checks:
            # a repeated paragraph is one defect, not one per sentence inside it
            paras = sorted(
                (c.start, c.end) for c in out if c.rule == self.checks["duplicate_paragraph"]["id"]
            )
            sentence_rule = self.checks.get("duplicate_sentence", {}).get("id")
            out = [
                c for c in out if c.rule != sentence_rule or not _inside_any(paras, c.start, c.end)
            ]
        return out


def _named(value: Any) -> bool:
    return isinstance(value, str) and value.startswith("@")


KIND_ORDER = get_args(Kind)  # the label a merged site keeps: the first of its kinds


def _inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """``[start, end)`` lies inside one of ``spans`` (sorted, not overlapping: lines)."""
    k = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


def merge_same_place(found: list[Candidate]) -> list[Candidate]:
    """Defects on exactly the same characters become one (spaCy keeps one extension value
    per offsets): the first kind in ``KIND_ORDER`` keeps its label, messages are joined."""
    by_place: dict[tuple[int, int], list[Candidate]] = {}
    for c in sorted(set(found), key=lambda c: (c.start, c.end, KIND_ORDER.index(c.kind), c.rule)):
        by_place.setdefault((c.start, c.end), []).append(c)
    merged = []
    for group in by_place.values():
        first = group[0]
        messages = list(dict.fromkeys(c.message for c in group))
        severity = "error" if any(c.severity == "error" for c in group) else first.severity
        merged.append(
            Candidate(
                first.start,
                first.end,
                first.gap,
                first.kind,
                first.rule,
                severity,
                "; ".join(messages),
            )
        )
    return merged


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    s, e = start, end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else (start, end)


_LAST_WORD = re.compile(r"(\S+)\s*$")


def _word_before(text: str, pos: int) -> str:
    m = _LAST_WORD.search(text[max(0, pos - 40) : pos])
    return m[1] if m else ""


def _words_after(text: str, pos: int, end: int) -> str:
    return text[pos:end].strip()
