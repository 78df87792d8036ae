"""Review decisions: the pure functions live in ``pipeline.records.decisions`` (so that
``pipeline.run`` can attach decisions while it commits, without importing the review app)."""

from pipeline.records.decisions import *  # noqa: F403
from pipeline.records.decisions import (  # noqa: F401 - private helpers used by tests
    CONTEXT,
    DECISIONS,
    FILE_OF,
    KIND_OF,
    MIN_CONTEXT_AGREEMENT,
    Record,
    anchor,
    attach,
    disagreements,
    key_id,
    latest_by_key,
    make_key,
    parse_lines,
    review_field,
    standing_by_key,
    text_sha256,
)
