"""A duration written in several units is one figure: "2 hours, 1 minute and 9 seconds"
is 7269 s, "2 hours and 51 minutes" 10260 s, "3 min 43.2 sec" 223.2 s. The parts are
figures of units with a length in seconds (``seconds`` in ``rules/units.jsonl``), each
smaller than the one before, joined by nothing, a comma or "and"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.stages.quantities.quantity import Quantity
from pipeline.stages.quantities.vocab import Vocab

#: what may stand between two parts of one duration
JOINS = ((), (",",), ("and",), (",", "and"))
# (a run after a part in years or months is left as written: "3 years, 2 months, 14 days
# and 16 hours" has no one length in seconds)


def compound_durations(doc: Doc, figures: list[Quantity], vocab: Vocab) -> list[Quantity]:
    """The figures of a sentence, each run of duration parts added up into one in ``s``."""
    unit = vocab.units.get("s")
    out: list[Quantity] = []
    k = 0
    while k < len(figures):
        run = [figures[k]]
        while k + len(run) < len(figures) and _next_part(doc, run[-1], figures[k + len(run)]):
            run.append(figures[k + len(run)])
        calendar = k > 0 and _calendar_part(doc, figures[k - 1], run[0])
        if len(run) > 1 and unit is not None and not calendar:
            total = sum(q.value * q.unit["seconds"] for q in run)
            out.append(
                replace(run[0], end=run[-1].end, num_end=run[-1].num_end, value=total, unit=unit)
            )
        else:
            out.extend(run)
        k += len(run)
    return out


def _seconds(q: Quantity) -> float | None:
    if q.unit is None or q.value is None or q.kind == "range" or q.low is not None:
        return None
    return q.unit.get("seconds")


def _calendar_part(doc: Doc, a: Quantity, b: Quantity) -> bool:
    """a is a part in years, months or weeks of the same duration as b ("3 years, 2
    months, 14 days, and 16 hours"): no length in seconds, so the parts stay apart."""
    return a.unit is not None and a.unit["dimension"] == "duration" and _joined(doc, a, b)


def _next_part(doc: Doc, a: Quantity, b: Quantity) -> bool:
    """b continues the duration a: a smaller unit, exact, joined by nothing, ',' or 'and'."""
    sa, sb = _seconds(a), _seconds(b)
    if sa is None or sb is None or sb >= sa or b.qualifier != "exact" or b.start != b.num_start:
        return False
    return _joined(doc, a, b)


def _joined(doc: Doc, a: Quantity, b: Quantity) -> bool:
    """Only ``JOINS`` stand between a and b."""
    return tuple(t.lower_ for t in doc[a.end : b.start]) in JOINS
