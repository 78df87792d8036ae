"""Bare "degrees" in the scale the story writes: "47.2C in Seville ... 3 degrees above the
record" is 3 degC; a story that writes both scales, or neither, keeps the unit ``deg``
(a temperature whose scale the text does not say)."""

from __future__ import annotations

from dataclasses import replace

from pipeline.stages.quantities.quantity import Quantity

#: the unit code of a temperature whose scale is not written
BARE = "deg"
#: the scales a bare "degrees" can take from the rest of the story
SCALES = ("degC", "degF")


def read_in_story_scale(figures: list[Quantity]) -> list[Quantity]:
    """``figures`` with each bare temperature in the one scale the others are written in."""
    scales = {q.unit["code"]: q.unit for q in figures if q.unit and q.unit["code"] in SCALES}
    if len(scales) != 1 or not any(q.unit and q.unit["code"] == BARE for q in figures):
        return figures
    (scale,) = scales.values()
    return [replace(q, unit=scale) if q.unit and q.unit["code"] == BARE else q for q in figures]
