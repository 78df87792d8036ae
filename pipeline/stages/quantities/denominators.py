"""Rates whose denominator is written first: "a litre of petrol now costs 152p" and "the
price of a barrel of Brent rose to $84" are money per litre and per barrel, and "a litre"
is then no figure of its own. The money keeps its own span; its ``item`` points at the
denominator's noun phrase, so a reviewer sees where the "/L" came from."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from pipeline.stages.quantities.quantity import Quantity, per
from pipeline.stages.quantities.vocab import Vocab

SUBJECTS = ("nsubj", "nsubjpass")


def denominators_first(doc: Doc, figures: list[Quantity], vocab: Vocab) -> list[Quantity]:
    """The sentence's figures with each money figure priced per an earlier "a <unit>" of
    its clause's subject made a rate, and that "a <unit>" dropped."""
    out = list(figures)
    dropped: set[int] = set()
    for k, q in enumerate(figures):
        verb = _subject_verb(doc, q, vocab) if _article_unit(doc, q) else None
        if verb is None:
            continue
        priced = [j for j in range(k + 1, len(figures)) if _priced_by(doc, figures[j], verb)]
        for j in priced:
            m = out[j]
            out[j] = replace(m, unit=per(m.unit, q.unit), item=m.item or _phrase(doc, q))
        if priced:
            dropped.add(k)
    return [q for k, q in enumerate(out) if k not in dropped]


def _article_unit(doc: Doc, q: Quantity) -> bool:
    """ "a litre": the article read as one of a measure (not of money: "a dollar")."""
    return (
        q.kind == "words"
        and doc[q.num_start].lower_ in ("a", "an")
        and q.unit is not None
        and q.unit["dimension"] not in ("currency", "count")
        and "/" not in q.unit["code"]
    )


def _subject_verb(doc: Doc, q: Quantity, vocab: Vocab) -> Token | None:
    """The verb whose subject the "a <unit>" is, directly ("a litre of petrol costs") or
    after a ``price_word`` ("the price of a barrel of Brent rose")."""
    unit = doc[q.end - 1]
    if unit.dep_ == "pobj" and unit.head.lower_ == "of" and vocab.cue("price_word", unit.head.head):
        unit = unit.head.head
    return unit.head if unit.dep_ in SUBJECTS else None  # the predicate, whatever its tag


def _priced_by(doc: Doc, m: Quantity, verb: Token) -> bool:
    """A money figure, no rate yet, whose nearest verb (or the root) is ``verb`` ("costs
    152p, up from 140p"; not the "$2bn" of another clause)."""
    if m.unit is None or m.unit["dimension"] != "currency" or "/" in m.unit["code"]:
        return False
    tok = doc[m.num_start]
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok.i == verb.i


def _phrase(doc: Doc, q: Quantity) -> tuple[int, int]:
    """Char offsets of the denominator's noun phrase: "litre of petrol"."""
    last = doc[q.end - 1].right_edge
    return doc[q.num_end].idx, last.idx + len(last)
