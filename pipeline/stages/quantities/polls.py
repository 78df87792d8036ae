"""Points in a poll are percentage points: "trails his rival by 2 points in a poll of
1,500 voters" is 2 pp, while "the Dow fell 300 points" and "won by 18 points" stay
``points``. The evidence is a ``poll_word`` cue in the sentence (poll, survey,
pollster...), read from ``rules/quantity_cues.jsonl``."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from pipeline.stages.quantities.names import names_index
from pipeline.stages.quantities.quantity import Quantity
from pipeline.stages.quantities.vocab import Vocab


def poll_points(sent: Span, figures: list[Quantity], vocab: Vocab) -> list[Quantity]:
    """``figures`` with points read as percentage points where the sentence is a poll's."""
    pp = vocab.units.get("pp")
    if pp is None or not any(q.unit and q.unit["id"] == "points" for q in figures):
        return figures
    if not vocab.any_cue("poll_word", sent) or names_index(
        sent.doc, sent.start + 1, sent.end, vocab
    ):
        return figures
    if any(_level(sent, q) for q in figures):
        return figures  # "the survey's gauge fell 4.3 points to 97.1": an index moved
    return [replace(q, unit=pp) if _share_in_points(q) else q for q in figures]


def _share_in_points(q: Quantity) -> bool:
    """A move in points no bigger than the whole poll (a share cannot pass 100)."""
    size = q.high if q.value is None else q.value
    return bool(q.unit) and q.unit["id"] == "points" and size is not None and abs(size) <= 100


def _level(sent: Span, q: Quantity) -> bool:
    """An index reading, in points because the sentence moved something in points ("fell
    4.3 points to 97.1"; "a lead shrank to 3 points" writes its unit and is a share)."""
    return (
        bool(q.unit)
        and q.unit["id"] == "points"
        and q.end == q.num_end
        and q.start > 0
        and sent.doc[q.start - 1].lower_ in ("to", "at")
    )
