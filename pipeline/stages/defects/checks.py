"""Defect checks that need more than a pattern: repeated words, repeated passages, units
that cannot belong to their measure, and figures that contradict each other.

Pure functions from a Doc (or its text) and a check's settings to ``Found`` items; the
defects stage turns them into spans. Texts are normalised for comparison only; every
offset is into the raw text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.core.doctext import text_of
from pipeline.core.extensions import QUANTITIES
from pipeline.stages.defects.conflicts import (
    conflicting_pairs,
    interval,
    normalise_measure,
    normalise_text,
)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    values: tuple[tuple[str, str], ...] = ()  # fills the message template


# --- repeated words -----------------------------------------------------------------

#: a word, then only spaces, quote marks or brackets, then the same word
_REPEAT = re.compile(r"\b(?P<a>[A-Za-z]+)(?P<sep>[\s\"'“”‘’«»()\[\]]+)(?P<b>[A-Za-z]+)\b(?![-‐])")


def repeated_words(text: str, allowed: frozenset[str]) -> Iterator[Found]:
    """'the "the Belt and Road"': the same word twice with only quote marks or spaces between.
    Words in ``allowed`` ("had had", "that that") may be doubled; two capitalised words
    are a name ("Bora Bora"), not a slip."""
    pos = 0
    while True:
        m = _REPEAT.search(text, pos)
        if m is None:
            return
        pos = m.start("b")
        a, b = m["a"], m["b"]
        if a.lower() != b.lower() or a.lower() in allowed or "\n" in m["sep"]:
            continue
        if a[0].isupper() and b[0].isupper():
            continue
        yield Found(m.start(), m.end(), (("word", b),))


# --- repeated passages --------------------------------------------------------------


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines, trimmed: one paragraph, heading or caption per line."""
    out, pos = [], 0
    for line in text.split("\n"):
        s, e = _trimmed(text, pos, pos + len(line))
        if e > s:
            out.append((s, e))
        pos += len(line) + 1
    return out


def duplicates(text: str, passages: Iterable[tuple[int, int]], min_words: int) -> Iterator[Found]:
    """Second and later copies of a passage, equal to an earlier one once quotes,
    apostrophes, case and spacing are normalised."""
    first: dict[str, int] = {}
    for s, e in passages:
        key = normalise_text(text[s:e])
        if len(key.split()) < min_words:
            continue
        if key in first:
            yield Found(s, e, (("first_start", str(first[key])),))
        else:
            first[key] = s


def sentences(doc: Doc) -> list[tuple[int, int]]:
    if not doc.has_annotation("SENT_START"):
        return []
    return [_trimmed(text_of(doc), s.start_char, s.end_char) for s in doc.sents]


# --- units that cannot belong to their measure -----------------------------------------


def _quantities(doc: Doc) -> list[Span]:
    return (
        sorted(doc.spans[QUANTITIES], key=lambda s: (s.start_char, s.end_char))
        if QUANTITIES in doc.spans
        else []
    )


def _head_of(span: Span) -> Token:
    """The token of the span whose head lies outside it."""
    return next(
        (t for t in span if not (span.start <= t.head.i < span.end) or t.head == t), span.root
    )


def _words_in(tokens: Iterable[Token], words: frozenset[str]) -> bool:
    return any(t.lower_ in words or t.lemma_.lower() in words for t in tokens)


def percent_as_amount_level(
    doc: Doc, *, amount: frozenset[str], verbs: frozenset[str], ratio: frozenset[str]
) -> Iterator[Found]:
    """ "exports ... reached 92.7%": a percentage as the level of an amount of money or trade,
    with no change, share or rate word that would make it a ratio."""
    for q in _quantities(doc):
        if q.label_ != "percent" or q._.nf_q_change is not None:
            continue
        head = _head_of(q)
        verb = head.head
        if (
            head.dep_ not in ("dobj", "attr", "acomp", "npadvmod", "oprd")
            or verb.lemma_.lower() not in verbs
        ):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or not _words_in([subjects[0]], amount):
            continue
        subject_tokens = list(subjects[0].subtree)
        after = [t for t in doc[q.end : q.end + 2]]
        if (
            _words_in(subject_tokens, ratio)
            or _words_in(after, ratio)
            or any(t.lower_ == "of" for t in after[:1])
        ):
            continue
        if _words_in([c for c in verb.children if c.dep_ in ("prep", "advmod", "agent")], ratio):
            continue
        yield Found(q.start_char, q.end_char, (("figure", q.text), ("measure", subjects[0].text)))


def share_above_whole(doc: Doc, *, cues: frozenset[str], max_percent: float) -> Iterator[Found]:
    """A share of a whole above 100%: "accounting for 120% of the total"."""
    for q in _quantities(doc):
        value = q._.nf_q_value if q._.nf_q_value is not None else q._.nf_q_low
        if (
            q.label_ != "percent"
            or value is None
            or value <= max_percent
            or q._.nf_q_change is not None
        ):
            continue
        head = _head_of(q)
        verb_is_share = head.head.lemma_.lower() in cues and head.head.pos_ in ("VERB", "NOUN")
        of_whole = doc[q.end : q.end + 1].text.lower() == "of" and _words_in(
            doc[q.end + 1 : q.end + 4], cues
        )
        if (
            verb_is_share
            or of_whole
            or _words_in([c for c in head.head.children if c.dep_ == "nsubj"], cues)
        ):
            yield Found(q.start_char, q.end_char, (("figure", q.text),))


# --- conflicting figures ------------------------------------------------------------


def conflicting_figures(doc: Doc) -> Iterator[Found]:
    """Two figures with the same subject, measure, period and unit whose values cannot both
    be true; the later one is reported, naming the earlier."""
    figures = []
    dated = _dated_times(doc)
    for q in _quantities(doc):
        subject, measure, time = q._.nf_q_subject, q._.nf_q_measure, q._.nf_q_time
        if subject is None or measure is None or time is None:
            continue
        period = dated.get(tuple(time)) or (normalise_text(text_of(doc)[time[0] : time[1]]),)
        key = (
            normalise_text(str(subject[0])),
            normalise_measure(text_of(doc)[measure[0] : measure[1]]),
            period,
            q.label_,
            q._.nf_q_change,
        )
        iv = interval(q._.nf_q_value, q._.nf_q_low, q._.nf_q_high, q._.nf_q_qualifier)
        figures.append((q, key, iv))
    for later, earlier in conflicting_pairs(figures):
        yield Found(
            later.start_char,
            later.end_char,
            (
                ("figure", f"'{later.text}'"),
                ("other", f"'{earlier.text}'"),
                ("other_start", str(earlier.start_char)),
            ),
        )


def _dated_times(doc: Doc) -> dict[tuple[int, int], tuple]:
    """The dates of every time span the time stage resolved, by its offsets (a figure's
    period is compared by its dates; an undated one by its words)."""
    dated: dict[tuple[int, int], tuple] = {}
    for t in doc.spans["nf_times"] if "nf_times" in doc.spans else ():
        if (t._.nf_t_start or t._.nf_t_end) and (t.start_char, t.end_char) not in dated:
            dated[t.start_char, t.end_char] = (t._.nf_t_start, t._.nf_t_end)
    return dated
