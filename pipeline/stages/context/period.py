"""When a figure applies: the period of its clause or sentence, or of the sentence before
when this one continues it ("Among them, ...").

Prefers saying nothing to saying something wrong; a time after "than" is a comparison
basis, not the figure's period.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.core.located import Located
from pipeline.stages.context.parse import Cues, Sentences, clause_head, clause_indices, subordinate


def is_basis(doc: Doc, t: Span, cues: Cues, sents: Sentences) -> bool:
    """A time after "than", "over", "compared with" is what a change is measured against,
    not the period of the figure ("up 30% over two years ago"); so is one right after
    "from" that opens no range ("rose 20% from last year"). A span of years up to or from
    the publication date ("over the past decade") is a duration, never a basis."""
    if cues.match("duration", t.text):
        return False  # "over the next five years" is how long, not a basis
    sent = sents.of(t.start)
    before = sents.text[sent.start_char : t.start_char]
    return cues.match("basis_before", before) or cues.match("time_basis_before", before)


def _nearest(q: Span, spans: list[Span]) -> Span | None:
    """The time nearest the figure; of two as near, the one after it ("from $1 billion in
    2021 to $2 billion in 2022": 2022 for the second figure)."""
    if not spans:
        return None
    return min(
        spans,
        key=lambda t: (min(abs(t.start - q.end), abs(q.start - t.end)), t.start < q.start, t.start),
    )


def same_paragraph(sents: Sentences, a: Span, b: Span) -> bool:
    """Sentence ``a`` and the later ``b`` share a paragraph: no line break from the start
    of ``a`` (which may end with its paragraph's line break) to ``b``."""
    return "\n" not in sents.text[a.start_char : b.start_char]


def time_of(doc: Doc, q: Span, periods: Located, cues: Cues, sents: Sentences) -> Span | None:
    """The period of figure ``q``: in its clause, else its sentence, else the single
    period of the previous sentence of the paragraph when this one continues it."""
    sent = sents.of(q.start)
    if cues.match("basis_before", sents.text[sent.start_char : q.start_char]):
        return None  # the figure is itself a basis: "faster than the 48-hour time"
    in_sent = [
        t
        for t in periods.overlapping(sent.start, sent.end)
        if sents.of(t.start).start == sent.start
    ]
    if in_sent:
        clause = clause_indices(clause_head(q.root), q.root)
        in_clause = [t for t in in_sent if t.root.i in clause]
        main = [t for t in in_sent if not subordinate(t.root)]
        return _nearest(q, in_clause) or _nearest(q, main)
    if sent.start == 0:
        return None
    previous = sents.of(sent.start - 1)
    if not same_paragraph(sents, previous, sent) or not cues.match(
        "continuation", sent.text.strip()
    ):
        return None
    before = [
        t
        for t in periods.overlapping(previous.start, previous.end)
        if sents.of(t.start).start == previous.start
    ]
    return before[0] if len({(t.start, t.end) for t in before}) == 1 else None


def continues(doc: Doc, before: Span, q: Span, cues: Cues, sents: Sentences) -> bool:
    """``q`` goes on about the same thing as the figure ``before``: same sentence, or the
    next sentence of the paragraph opening with a continuation cue ("Among them, ...")."""
    sent, first = sents.of(q.start), sents.of(before.start)
    if first.start == sent.start:
        return True
    if sent.start == 0 or sents.of(sent.start - 1).start != first.start:
        return False
    return same_paragraph(sents, first, sent) and cues.match("continuation", sent.text.strip())
