"""Coordinated figures ("32.02 hours and 1.03 hours"): a unit written once for the list
("1.7 and 1.3 trillion yuan"), and "respectively" pairing the n-th figures of two lists."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from pipeline.stages.quantities.quantity import Quantity
from pipeline.stages.quantities.ranges import between
from pipeline.stages.quantities.vocab import Vocab

#: what joins the figures of a list ("70 votes to 29" too); a change cue is not shared
#: across "to", which leads from a change to the level it reached ("rose 5% to $3bn")
LIST_LINKS = frozenset({",", "and", "or", ";", "to"})
CHANGE_LINKS = LIST_LINKS - {"to"}


def coordinated(
    doc: Doc, figures: list[Quantity], links: frozenset[str] = LIST_LINKS
) -> list[list[int]]:
    """Indices of figures joined only by ``links``: "32.02 hours and 1.03 hours"."""
    groups: list[list[int]] = []
    for k, q in enumerate(figures):
        if groups and k - 1 == groups[-1][-1]:
            link = between(doc, figures[k - 1], q)
            if link and all(t in links for t in link) and len(link) <= 2:
                groups[-1].append(k)
                continue
        groups.append([k])
    return groups


def share_units(figures: list[Quantity], groups: list[list[int]]) -> list[Quantity]:
    """ "1.7 and 1.3 trillion yuan", "10-12 and 15-20 yuan": the first takes the last
    one's multiplier and unit."""
    figures = list(figures)
    for group in groups:
        last = figures[group[-1]]
        if last.unit is None:
            continue
        for k in group[:-1]:
            q = figures[k]
            if q.unit is None and q.kind in ("digits", "words"):
                value = q.value * last.mult if q.mult == 1.0 and q.value is not None else q.value
                figures[k] = replace(q, unit=last.unit, value=value, mult=last.mult)
            elif q.unit is None and q.kind == "range" and q.low is not None and q.high is not None:
                # "10-12 and 15-20 yuan": a bare range before the list's unit
                f = last.mult if q.mult == 1.0 else 1.0
                figures[k] = replace(q, unit=last.unit, low=q.low * f, high=q.high * f)
    return figures


def respectively(
    sent: Span, figures: list[Quantity], groups: list[list[int]], vocab: Vocab
) -> list[Quantity]:
    """ "32.02 hours and 1.03 hours respectively, which was 67.1% and 91.6% shorter": the
    n-th figure of one list is the counterpart of the n-th of the next list."""
    if not vocab.any_cue("respectively", sent):
        return figures
    lists = [g for g in groups if len(g) >= 2]
    figures = list(figures)
    for g1, g2 in zip(lists, lists[1:], strict=False):
        if len(g1) != len(g2):
            continue
        for a, b in zip(g1, g2, strict=True):
            figures[a] = replace(figures[a], counterpart=b)
            figures[b] = replace(figures[b], counterpart=a)
        break
    return figures
