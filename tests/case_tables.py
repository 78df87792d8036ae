"""What the blind quantities case tables share: figures written as ``v``/``r``, cases as
pytest params (ids by section, strict xfail where a reason is given), and the check of
one sentence's figures against the stage's spans."""

from __future__ import annotations

import math

import pytest

from pipeline.core.extensions import QUANTITIES


def v(value, unit):
    """A figure with one value (qualified figures keep their stated value)."""
    return ("value", value, unit)


def r(low, high, unit):
    """A range figure: its bounds."""
    return ("range", (low, high), unit)


def params(cases):
    """(section, sentence, figures[, xfail reason]) cases as pytest params."""
    counts: dict[str, int] = {}
    out = []
    for case in cases:
        section, text, figures = case[:3]
        counts[section] = counts.get(section, 0) + 1
        marks = [pytest.mark.xfail(strict=True, reason=case[3])] if len(case) > 3 else []
        out.append(pytest.param(text, figures, id=f"{section}-{counts[section]:02d}", marks=marks))
    return out


def spread(cases):
    """(cases, distinct sections, cases with no figure) of a table: what each table's
    size test asserts against its own bounds."""
    return len(cases), len({case[0] for case in cases}), sum(1 for case in cases if not case[2])


def _close(actual, expected):
    return actual is not None and math.isclose(actual, expected, rel_tol=1e-4, abs_tol=1e-9)


def _matches(span, figure):
    kind, value, unit = figure
    if span.label_ != unit:
        return False
    if kind == "range":
        return _close(span._.nf_q_low, value[0]) and _close(span._.nf_q_high, value[1])
    return _close(span._.nf_q_value, value)


def _found(span):
    q = span._
    return (span.text, span.label_, q.nf_q_value, q.nf_q_low, q.nf_q_high)


def assert_figures(doc, figures):
    """The Doc's figures, in text order, are ``figures``, each span the raw text's."""
    spans = sorted(doc.spans[QUANTITIES], key=lambda s: (s.start_char, s.end_char))
    found = [_found(s) for s in spans]
    assert len(spans) == len(figures), found
    for span, figure in zip(spans, figures, strict=True):
        assert _matches(span, figure), (found, figures)
        assert doc.text[span.start_char : span.end_char] == span.text
