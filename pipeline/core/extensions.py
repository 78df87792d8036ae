"""Every Doc and Span extension the stages use, declared in one place.

Values are primitives only (str, float, tuples of ints and strs): a Span or another
object stored in an extension breaks ``doc.to_bytes()`` and multi-process runs. spaCy 3
keys span extension values by (name, start_char, end_char), so two stages that annotate
the same characters must use different names: hence one name prefix per stage.

Span groups written by the stages (``doc.spans[...]``), each span's ``id_`` is the id of
the rule that made it:
- ``nf_entities``: named entities (label = spaCy label), ``_.nf_canonical``.
- ``nf_quantities``: figures (label = unit code), ``_.nf_q_*`` below.
- ``nf_times``: time expressions (label = granularity), ``_.nf_t_*``.
- ``nf_claims``: claim contents (label = claim kind), ``_.nf_c_*``.
- ``nf_defects``: text defects (label = defect kind), ``_.nf_d_*``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

ENTITIES = "nf_entities"
QUANTITIES = "nf_quantities"
TIMES = "nf_times"
CLAIMS = "nf_claims"
DEFECTS = "nf_defects"

DOC_EXTENSIONS: dict[str, object] = {
    "nf_doc_id": None,  # str: the document id given by the caller
    "nf_published": None,  # str: "YYYY", "YYYY-MM" or "YYYY-MM-DD", or None
}

SPAN_EXTENSIONS: dict[str, object] = {
    # entities
    "nf_canonical": None,  # str: canonical name from the gazetteer
    # quantities
    "nf_q_value": None,  # float
    "nf_q_low": None,  # float
    "nf_q_high": None,  # float
    "nf_q_qualifier": "exact",  # exact|about|over|at_least|under|at_most|range
    "nf_q_item": None,  # (start_char, end_char) of the counted noun phrase
    "nf_q_change": None,  # "increase" | "decrease"
    "nf_q_basis": None,  # str: what the change is measured against
    "nf_q_counterpart": None,  # (start_char, end_char) of the paired figure
    # time and measure (set on quantity spans by the time stage)
    "nf_q_time": None,  # (start_char, end_char) of a span in nf_times
    "nf_q_measure": None,  # (start_char, end_char)
    "nf_q_subject": None,  # (name, start_char, end_char)
    "nf_q_subject_kind": None,  # "entity" | "gazetteer" | "noun_phrase"
    # time expressions
    "nf_t_start": None,  # "YYYY-MM-DD" or None
    "nf_t_end": None,  # "YYYY-MM-DD" or None
    # claims
    "nf_c_source_name": None,  # str
    "nf_c_source_type": None,  # PERSON|ORG|DOCUMENT|UNNAMED|VAGUE
    "nf_c_mention": None,  # (start_char, end_char)
    "nf_c_role": None,  # str
    "nf_c_cue": None,  # (start_char, end_char)
    "nf_c_carried_from": None,  # (start_char, end_char): content of the claim carried from
    # defects
    "nf_d_severity": "warning",  # error|warning
    "nf_d_message": "",  # plain words for a reviewer
}


def register_extensions() -> None:
    """Declare all extensions; safe to call any number of times."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()
