"""Level or change: a cue before the figure ("an increase of", "up by", "grew") or after
it ("67.1% shorter", "16 hours faster"), with the basis of the change ("year-on-year",
"than that in 2017"); a cue at one end of a list applies to the whole list."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from pipeline.stages.quantities.quantity import CLAUSE_END, Quantity
from pipeline.stages.quantities.vocab import Vocab

_FLIP = {"increase": "decrease", "decrease": "increase"}


def change(doc: Doc, sent: Span, q: Quantity, vocab: Vocab) -> Quantity:
    """``q`` with the direction of the change it states, where the cue was and its basis."""
    if q.kind == "multiple_verb":
        return q
    direction, where, cue_at = _cue_before(doc, sent, q, vocab)
    a = q.end
    if direction is None and a < sent.end:
        direction = _cue_after(doc, q, vocab)
        if direction is not None:
            where, a = "after", a + 1
    if direction is None:
        return q
    basis = None
    if cue_at is not None:
        basis = _basis_before(doc, sent, cue_at, vocab)
    if basis is None:
        basis = _basis_after(doc, sent, a, vocab)
    return replace(q, change=direction, change_from=where, basis=basis)


def _cue_before(doc: Doc, sent: Span, q: Quantity, vocab: Vocab):
    """ "an increase of", "up by", "grew", "a growth rate of", "increased nearly":
    (direction, "before", cue token) or (None, None, None)."""
    k = q.start - 1
    links = 0
    while k >= sent.start and links < 3 and vocab.cue("change_link", doc[k]):
        k -= 1
        links += 1
    if k >= sent.start:
        rule = vocab.cue("change_before", doc[k])
        if doc[k].dep_ == "prt" and links == 0:
            rule = None  # the particle of a phrasal verb: "set up 165 zones"
        if rule is not None and not (
            links == 0 and doc[k].pos_ == "NOUN" and doc[k].lower_ not in ("up", "down")
        ):
            return rule["direction"], "before", k
    return _verb_of_by(doc, sent, q, vocab)


def _verb_of_by(doc: Doc, sent: Span, q: Quantity, vocab: Vocab):
    """ "cut its deposit rate by 25 basis points", "raised prices by 5%": the verb that
    governs the "by" before the figure, across its object."""
    by = q.start - 1
    if by < sent.start or doc[by].lower_ != "by":
        return None, None, None
    verb = doc[by].head
    rule = vocab.cue("change_before", verb) if verb.pos_ in ("VERB", "AUX") else None
    if rule is None or not sent.start <= verb.i < by:
        return None, None, None
    return rule["direction"], "before", verb.i


def _cue_after(doc: Doc, q: Quantity, vocab: Vocab) -> str | None:
    """ "67.1% shorter"; "16 hours faster" is less time: a speed word flips for durations."""
    rule = vocab.cue("change_after", doc[q.end])
    if rule is not None:
        return rule["direction"]
    speed = vocab.cue("change_after_speed", doc[q.end])
    if speed is None:
        return None
    duration = q.unit is not None and q.unit["dimension"] == "duration"
    return _FLIP[speed["direction"]] if duration else speed["direction"]


def _basis_before(doc: Doc, sent: Span, cue_at: int, vocab: Vocab) -> str | None:
    """ "a year-on-year increase of": the basis is the modifier before the cue."""
    for n in (5, 3, 2, 1):
        j = cue_at - n
        if j >= sent.start:
            hit = vocab.phrase_cue("change_modifier", doc, j)
            if (
                hit is not None
                and hit[1] == cue_at
                and "on" in hit[0]["words"]
                or (hit and hit[1] == cue_at and "-on-" in "".join(hit[0]["words"]))
            ):
                return doc[j:cue_at].text
    return None


def _basis_after(doc: Doc, sent: Span, a: int, vocab: Vocab) -> str | None:
    """ "over two years ago", "than that in 2017", "year-on-year": up to the clause end."""
    if a >= sent.end:
        return None
    hit = vocab.phrase_cue("basis_after", doc, a)
    if hit is None:
        return None
    end = hit[1]
    if any(w in hit[0]["words"] for w in ("than", "over", "compared", "versus")):
        while (
            end < sent.end
            and doc[end].text not in CLAUSE_END
            and doc[end].lower_ != "respectively"
            and "\n" not in doc[end].text
        ):
            end += 1
    if end <= a:
        return None
    return doc[a:end].text  # (not doc.text: that rebuilds the whole text on every call)


def share_change(figures: list[Quantity], groups: list[list[int]]) -> list[Quantity]:
    """ "67.1% and 91.6% shorter": a cue after the list applies to all of it, one before to
    the rest of it."""
    figures = list(figures)
    for group in groups:
        if len(group) < 2:
            continue
        last, first = figures[group[-1]], figures[group[0]]
        for k in group:
            q = figures[k]
            if q.change is not None:
                continue
            if last.change_from == "after":
                figures[k] = replace(q, change=last.change, change_from="after", basis=last.basis)
            elif first.change_from == "before":
                figures[k] = replace(
                    q, change=first.change, change_from="before", basis=first.basis
                )
    return figures
