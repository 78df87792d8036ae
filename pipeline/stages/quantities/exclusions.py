"""What is not a quantity although it reads as a number: times of day, dates, numbers
glued into names, time anchors (the time stage's), years, list markers, identifiers,
capitalised number words and a bare "one"."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.core.years import is_year
from pipeline.stages.quantities.quantity import DIGITS, HYPHENS, Quantity
from pipeline.stages.quantities.vocab import Vocab, norm


def excluded(doc: Doc, q: Quantity, vocab: Vocab) -> bool:
    first = doc[q.num_start]
    before = doc[q.start - 1] if q.start > 0 else None
    after = doc[q.end] if q.end < len(doc) else None
    dimension = q.unit["dimension"] if q.unit else None
    if q.kind == "ordinal":
        return not rank_cue(doc, q, vocab)
    if q.kind == "multiple_verb":
        return False
    # times of day, dates next to month names
    if after is not None and vocab.cue("time_of_day", after):
        return True
    if (before is not None and vocab.cue("month", before)) or (
        after is not None and vocab.cue("month", after) and dimension is None
    ):
        return True
    # numbers glued into names: "COVID-19" split as COVID - 19, "Su-27"
    if (
        q.num_start >= 2
        and doc[q.num_start - 1].text in HYPHENS
        and not doc[q.num_start - 1].whitespace_
        and not doc[q.num_start - 2].whitespace_
        and doc[q.num_start - 2].is_alpha
    ):
        return True
    # durations that anchor time ("five years ago", "the past five years") belong to the time stage
    if dimension == "duration" and anchored(doc, q, vocab):
        return True
    # "2000 workers" may be tagged DATE; a four-digit number counting a plural noun is a count
    counts_plural = (
        after is not None and after.tag_ == "NNS" and dimension is None and len(first.text) == 4
    )
    in_date = any(t.ent_type_ in ("DATE", "TIME") for t in doc[q.num_start : q.num_end])
    if (
        in_date
        and dimension not in ("duration", "currency", "percent", "pp", "age")
        and not counts_plural
    ):
        if not (q.kind == "digits" and q.thousands) and not opens_range(doc, q, vocab):
            return True
    # years: a bare four-digit integer in the year range, unless it counts a plural noun
    if (
        q.kind == "digits"
        and q.unit is None
        and not q.thousands
        and q.mult == 1.0
        and "." not in first.text
    ):
        v = q.value or 0
        if is_year(v, first.text):
            after_prep = (
                before is not None
                and vocab.cue("year_preposition", before)
                and q.qualifier == "exact"
            )
            if not counts_plural or after_prep:
                return True
    # list markers: "1." or "(2)" at the start of a line or sentence
    if (
        q.kind == "digits"
        and q.unit is None
        and q.qualifier == "exact"
        and after is not None
        and after.text in (".", ")")
    ):
        if first.is_sent_start or (
            before is not None and ("\n" in before.text or before.text == "(")
        ):
            return True
    # identifiers: "Article 5", "Phase 2", "Password One"
    if (
        q.unit is None
        and q.qualifier == "exact"
        and before is not None
        and before.is_title
        and before.pos_ in ("PROPN", "NOUN")
        and (after is None or after.pos_ not in ("NOUN",) or after.is_title)
    ):
        return True
    if q.kind == "words":
        if first.is_title and not first.is_sent_start:
            return True  # a capitalised number word inside a name: "Three Centers"
        if q.unit is None and (q.value or 0) <= 1 and q.mult == 1.0:
            return True  # a bare "one"/"a": a pronoun or article far more often than a count
    return False


def opens_range(doc: Doc, q: Quantity, vocab: Vocab) -> bool:
    """ "3-5 days" is tagged DATE as a whole: its first number waits for the range."""
    k = q.end
    return (
        k + 1 < len(doc)
        and vocab.cues.get("range_link", {}).get((norm(doc[k].text),)) is not None
        and (DIGITS.match(doc[k + 1].text) is not None or bool(vocab.words.get(doc[k + 1].lower_)))
    )


def rank_cue(doc: Doc, q: Quantity, vocab: Vocab) -> bool:
    for k in range(q.num_start - 1, max(q.num_start - 4, -1), -1):
        t = doc[k]
        if vocab.cue("rank", t):
            return True
        if t.pos_ not in ("ADV", "DET", "AUX", "PART") and t.lower_ not in ("the", "in", "at"):
            return False
    return False


def anchored(doc: Doc, q: Quantity, vocab: Vocab) -> bool:
    k = q.start - 1
    while k >= 0 and doc[k].lower_ in ("the", "just", "only"):
        k -= 1
    if k >= 0 and vocab.cue("anchor_before", doc[k]):
        return True
    return q.end < len(doc) and vocab.cue("anchor_after", doc[q.end]) is not None
