"""Stage 4, attribution: who says so, for every claim, with source, role, cue and content.

Cues come from ``rules/attribution_cues.jsonl`` (speech and data verbs by lemma, "according
to", "as X put it", vague phrases), source words from ``rules/attribution_words.jsonl``
and quote marks from ``rules/quote_marks.jsonl``. One claim per statement goes to
``doc.spans["nf_claims"]``: the span is the CONTENT (label = kind, ``span.id_`` = the cue
rule), and ``_.nf_c_*`` carry the source, its role, the mention, the cue and, for a claim
carried from another, that claim's content offsets.

Why rules over the parse rather than a library: textacy's quote extractor finds direct
quotes only and fails on possessive apostrophes; in news most attributions are reported
speech ("X pointed out that ..."), data releases and "according to". The parser gives the
subject and the complement clause of each cue verb; the rules say which verbs and which
subjects count. The modules: ``cues`` (a cue -> a claim), ``sources`` and ``people`` (who),
``content`` (what), ``carry`` (across sentences), ``quotes`` (pairing the marks). The
article's own statements have no cue and get no claim.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.core.extensions import CLAIMS
from pipeline.stages.attribution.carry import carry_claims
from pipeline.stages.attribution.context import Claim, DocContext
from pipeline.stages.attribution.cues import cue_claims, find_cues
from pipeline.stages.attribution.rules import RULE_KINDS
from pipeline.stages.attribution.vocab import compile_vocab
from pipeline.stages.base import RuleComponent


@Language.factory("newsfacts_attribution")
def make_attribution(nlp: Language, name: str) -> AttributionStage:
    return AttributionStage(nlp, name)


class AttributionStage(RuleComponent):
    """Holds only the compiled rules: each call builds its own ``DocContext``, so the
    same object gives the same result on documents processed interleaved."""

    rule_kinds = RULE_KINDS

    def compile(self) -> None:
        self.vocab = compile_vocab(self.nlp, self.rules)

    def annotate(self, doc: Doc) -> Doc:
        existing = list(doc.spans[CLAIMS]) if CLAIMS in doc.spans else []
        if not doc.has_annotation("DEP") or not len(doc):
            doc.spans[CLAIMS] = existing
            return doc
        doc.spans[CLAIMS] = [*existing, *claim_spans(doc, attribute(doc, self.vocab))]
        return doc


def attribute(doc: Doc, vocab) -> list[Claim]:
    """Every claim of a parsed Doc: one per cue, then the ones carried across sentences."""
    ctx = DocContext.of(doc, vocab)
    cues = find_cues(doc, vocab)
    claims = cue_claims(ctx, cues)
    return carry_claims(ctx, claims, (start for _, start, _ in cues))


def claim_spans(doc: Doc, claims: list[Claim]):
    """The claims as spans of the content, in a total order."""
    made = []
    for c in sorted(claims, key=lambda c: (c.start, c.end, c.rule)):
        span = doc.char_span(
            c.start, c.end, label=c.kind, span_id=c.rule, alignment_mode="contract"
        )
        if span is not None and len(span):
            made.append((c, span))
    # a claim carried from another points at that claim's span as made
    where = {(c.start, c.end): (s.start_char, s.end_char) for c, s in made}
    spans = []
    for c, span in made:
        span._.nf_c_source_name = c.name
        span._.nf_c_source_type = c.type
        span._.nf_c_mention = c.mention
        span._.nf_c_role = c.role
        span._.nf_c_cue = c.cue
        span._.nf_c_carried_from = where.get(c.carried_from) if c.carried_from else None
        spans.append(span)
    return spans
