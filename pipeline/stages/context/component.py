"""Stage 3b, context: what each figure measures, whose it is and when.

Every figure in ``nf_quantities`` gets ``_.nf_q_time`` (a span of ``nf_times``, written by
the time stage), ``_.nf_q_measure`` and ``_.nf_q_subject`` (with ``_.nf_q_subject_kind``)
from the dependency parse (``attachment``: ``period``, ``measure``, ``subject``). Cues come
from ``rules/time_cues.jsonl``; the gazetteer tells which entities are places and companies
(figure owners) and which are agencies (sources), and a
saved pipeline keeps its own copy of both.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.core.extensions import ENTITIES, QUANTITIES, TIMES
from pipeline.core.located import Located
from pipeline.stages.base import RuleComponent
from pipeline.stages.context import attachment
from pipeline.stages.context.rules import TimeCueRule
from pipeline.stages.entities.rules import GazetteerRule


@Language.factory("newsfacts_context")
def make_context(nlp: Language, name: str) -> ContextStage:
    return ContextStage(nlp, name)


class ContextStage(RuleComponent):
    rule_kinds = {"time_cues": TimeCueRule, "gazetteer": GazetteerRule}

    def compile(self) -> None:
        self._cues = attachment.compile_cues(
            self.rules.get("time_cues", []), self.rules.get("gazetteer", [])
        )

    def annotate(self, doc: Doc) -> Doc:
        """Give every figure its period, measure and subject (tuples of offsets)."""
        if QUANTITIES not in doc.spans or not doc.has_annotation("DEP"):
            return doc
        times = list(doc.spans[TIMES]) if TIMES in doc.spans else []
        quantities = sorted(doc.spans[QUANTITIES], key=lambda s: (s.start_char, s.end_char))
        cues = self._cues
        sents = attachment.Sentences(doc)
        candidates = Located([t for t in times if not attachment.is_basis(doc, t, cues, sents)])
        named = list(doc.spans[ENTITIES]) if ENTITIES in doc.spans else []
        places = Located(attachment.subject_entities(doc, named, cues))
        measures = attachment.measures(doc, quantities, cues, sents, times)
        owners: list[tuple | None] = []
        for k, (q, measure) in enumerate(zip(quantities, measures, strict=True)):
            period = attachment.time_of(doc, q, candidates, cues, sents)
            if (
                period is not None
                and measure is not None
                and measure[0] <= period.start_char < measure[1]
            ):
                period = None  # "the September crude contract": a name, not the figure's period
            q._.nf_q_time = None if period is None else (period.start_char, period.end_char)
            q._.nf_q_measure = measure
            noun = None
            if measure is not None:
                span = doc.char_span(*measure, alignment_mode="expand")
                noun = span.root if span is not None else None
            counted = q._.nf_q_item is not None
            subject = attachment.subject_of(
                doc, q, noun, places, cues, counted=counted, measure=measure
            )
            if subject is not None and not any(c.isalnum() for c in subject[0]):
                subject = None  # a fragment of punctuation ("-" of "e-commerce") names nobody
            if (
                subject is None
                and k > 0
                and attachment.continues(doc, quantities[k - 1], q, cues, sents)
            ):
                subject = owners[k - 1]
            owners.append(subject)
            q._.nf_q_subject = None if subject is None else subject[:3]
            q._.nf_q_subject_kind = None if subject is None else subject[3]
        return doc
