"""Stage 2, quantities: numbers with their units, qualifiers, ranges and change cues.

A token-level reader, driven entirely by ``rules/numbers.jsonl`` (number words,
multipliers, vague magnitudes, fractions, ordinals), ``rules/units.jsonl`` (codes and
aliases written before or after the number), ``rules/qualifiers.jsonl`` and
``rules/quantity_cues.jsonl`` (change words, bases, rank verbs, time anchors, ranges).

Why hand-written rather than a library: the open extractors (quantulum3, Recognizers-Text,
CQE) rewrite the text, so their offsets drift; they read "reached . trillion yuan" as a
clean "1 trillion", years and times of day as measures, and keep no qualifier. Here the
text is never changed: every figure is a span of the spaCy Doc built on the raw text, and
a number whose digits are missing is never invented (the defects stage reports it).

Order of work per document: read every number (``numbers``), extend it with its unit,
multiplier and qualifier (``units``), drop what is not a quantity (``names``,
``exclusions``: years, dates, times of day, ordinals in names, numbers in names, list
markers, idioms), then look at neighbours in each sentence: ranges (``ranges``),
coordinated lists and "respectively" (``lists``), counted nouns (``counted``), change cues
(``change``). Results go to ``doc.spans["nf_quantities"]`` (``spans``). The component
holds only the compiled rules (``vocab``); nothing of a document stays on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.core.extensions import QUANTITIES
from pipeline.stages.attribution.rules import QuoteMarkRule
from pipeline.stages.base import RuleComponent
from pipeline.stages.quantities.change import change, share_change
from pipeline.stages.quantities.counted import bare_word_count, counted
from pipeline.stages.quantities.currency_context import read_by_document
from pipeline.stages.quantities.degrees import read_in_story_scale
from pipeline.stages.quantities.denominators import denominators_first
from pipeline.stages.quantities.durations import compound_durations
from pipeline.stages.quantities.exclusions import excluded_by, opens_range
from pipeline.stages.quantities.lists import CHANGE_LINKS, coordinated, respectively, share_units
from pipeline.stages.quantities.minor_units import read_by_money_beside
from pipeline.stages.quantities.names import name_rule, named
from pipeline.stages.quantities.numbers import number_starts, read_number
from pipeline.stages.quantities.polls import poll_points
from pipeline.stages.quantities.quantity import Quantity
from pipeline.stages.quantities.ranges import ranges
from pipeline.stages.quantities.restated import restated_units
from pipeline.stages.quantities.rules import RULE_KINDS
from pipeline.stages.quantities.spans import to_span
from pipeline.stages.quantities.units import extend
from pipeline.stages.quantities.vocab import Vocab, compile_vocab


@Language.factory("newsfacts_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityStage:
    return QuantityStage(nlp, name)


class QuantityStage(RuleComponent):
    #: quote marks are attribution's rule kind, read here too
    rule_kinds = {**RULE_KINDS, "quote_marks": QuoteMarkRule}

    def compile(self) -> None:
        self.vocab = compile_vocab(self.nlp, self.rules)

    def annotate(self, doc: Doc) -> Doc:
        doc.spans[QUANTITIES] = quantity_spans(doc, self.vocab)
        return doc


def quantity_spans(doc: Doc, vocab: Vocab) -> list[Span]:
    """Every figure of the Doc as a span, sentence by sentence."""
    found = read_by_document(doc, candidates(doc, vocab), vocab.currency_contexts, vocab.units)
    found = read_by_money_beside(doc, read_in_story_scale(found))
    spans: list[Span] = []
    k = 0
    for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
        in_sent = []
        while k < len(found) and found[k].num_start < sent.end:
            in_sent.append(found[k])
            k += 1
        if not in_sent:
            continue
        figures = in_sentence(doc, sent, in_sent, vocab)
        made = [to_span(doc, q, vocab.units.get("count")) for q in figures]
        for q, span in zip(figures, made, strict=True):
            if q.counterpart is not None:
                other = made[q.counterpart]
                span._.nf_q_counterpart = (other.start_char, other.end_char)
        spans.extend(made)
    return spans


def candidates(doc: Doc, vocab: Vocab) -> list[Quantity]:
    """Every number read with its unit and qualifier, less those that are no quantity."""
    found: list[Quantity] = []
    for q, dropped_by in read_candidates(doc, vocab):
        if dropped_by is None:
            in_date = any(t.ent_type_ in ("DATE", "TIME") for t in doc[q.num_start : q.num_end])
            pending = in_date and q.unit is None and opens_range(doc, q, vocab)
            found.append(replace(q, date_pending=pending))
    return found


def read_candidates(doc: Doc, vocab: Vocab) -> Iterator[tuple[Quantity, str | None]]:
    """Every number read with its unit and qualifier, and the rule that says it is no
    quantity ("quantity_exclusions:year", "not_quantities:index_ftse") or None."""
    i = 0
    for start in number_starts(doc, vocab):
        if start < i:
            continue  # inside the figure just read
        i = start
        q = read_number(doc, i, vocab)
        if q is None:
            continue
        q = extend(doc, q, vocab)
        i = max(q.end, i + 1)
        kept = named(doc, q, vocab)
        if kept is None:
            yield q, f"not_quantities:{name_rule(doc, q, vocab)['id']}"
            continue
        rule = excluded_by(doc, kept, vocab)
        yield kept, None if rule is None else f"quantity_exclusions:{rule['id']}"


def excluded_numbers(doc: Doc, vocab: Vocab) -> list[tuple[int, int, str]]:
    """For debugging a rule: (start_char, end_char, rule) of each number read and dropped
    as no quantity. ``excluded_numbers(doc, nlp.get_pipe("quantities").vocab)``."""
    return [
        (doc[q.start].idx, doc[q.end - 1].idx + len(doc[q.end - 1]), why)
        for q, why in read_candidates(doc, vocab)
        if why is not None
    ]


def in_sentence(doc: Doc, sent: Span, figures: list[Quantity], vocab: Vocab) -> list[Quantity]:
    """The figures of one sentence after looking at their neighbours."""
    figures = undated(doc, ranges(doc, compound_durations(doc, figures, vocab), vocab))
    groups = coordinated(doc, figures)
    figures = share_units(figures, groups)
    figures = poll_points(sent, [counted(doc, sent, q, vocab) for q in figures], vocab)
    figures = denominators_first(doc, restated_units(doc, figures, vocab), vocab)
    figures = [q for q in figures if not bare_word_count(doc, q)]
    groups = coordinated(doc, figures)
    figures = [change(doc, sent, q, vocab) for q in figures]
    figures = share_change(figures, coordinated(doc, figures, CHANGE_LINKS))
    return respectively(sent, figures, groups, vocab)


def undated(doc: Doc, figures: list[Quantity]) -> list[Quantity]:
    """A number the model put in a date waits for a range ("3-5 days"); one that did not
    become a range is dropped, unless it is listed with a figure outside any date
    ("given 45 and 50 mg": the model reads "45" as a DATE)."""
    keep = [not q.date_pending for q in figures]
    for group in coordinated(doc, figures):
        if keep[group[-1]]:
            for k in group:
                keep[k] = True
    return [q for q, kept in zip(figures, keep, strict=True) if kept]
