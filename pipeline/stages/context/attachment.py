"""Which period, measure and subject a figure belongs to, read from the dependency parse.

The work is in modules named for what they find: ``period`` (when), ``measure`` (what),
``subject`` (whose), over the helpers of ``parse``. This module gathers their entry points
for the context and time stages.
"""

from __future__ import annotations

from pipeline.stages.context.measure import measures, noun_phrase
from pipeline.stages.context.parse import Cues, Sentences, clause_head, compile_cues
from pipeline.stages.context.period import continues, is_basis, time_of
from pipeline.stages.context.subject import subject_entities, subject_of

__all__ = [
    "Cues",
    "Sentences",
    "clause_head",
    "compile_cues",
    "continues",
    "is_basis",
    "measures",
    "noun_phrase",
    "subject_entities",
    "subject_of",
    "time_of",
]
