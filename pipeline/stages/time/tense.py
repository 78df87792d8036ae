"""Whether a sentence speaks of the future: a period named without a year ("the third
quarter") is the next one then, and the latest one that had started otherwise.

The future is an auxiliary ("will", "shall") on the time's verb or a verb above it, or a
verb of expectation or plan ("expects", "plans", "forecast"): cues ``future_aux`` and
``future_verb`` of ``rules/time_cues.jsonl``.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.stages.context.parse import Cues, clause_head

#: How many clauses up from the time's own a future cue is looked for.
LEVELS = 3


def speaks_of_future(span: Span, cues: Cues) -> bool:
    if not span.doc.has_annotation("DEP"):
        return False
    token = clause_head(span.root)
    for _ in range(LEVELS):
        if any(c.dep_ == "aux" and cues.match("future_aux", c.lower_) for c in token.children):
            return True
        if token.pos_ == "VERB" and cues.match("future_verb", token.lemma_.lower()):
            return True
        if token.head == token:
            return False
        token = clause_head(token.head)
    return False
