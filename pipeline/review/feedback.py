"""Decisions back into a finished run's outputs, afterwards (``pipeline extract`` attaches
them inside its commit instead: ``pipeline.run.review``).

``apply_review(out_dir, decisions_path)`` gives every fact, claim and defect its latest
decision as a ``review`` field (rewriting those files atomically, order and format kept)
and lists the decisions that match no record in ``review_orphans.jsonl``, so a decision
is never dropped silently.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.review.decisions import attach, latest_by_key
from pipeline.review.documents import REVIEWED_KINDS, load_run, read_jsonl
from pipeline.review.store import DEFAULT_DECISIONS, load_decisions, write_jsonl_atomic
from pipeline.run.output import ORPHANS_FILE
from pipeline.run.review import ReviewReport

__all__ = ["ORPHANS_FILE", "ReviewReport", "apply_review"]


def apply_review(
    out_dir: str | Path,
    decisions_path: str | Path | None = None,
    *,
    bases: list[Path] | None = None,
) -> ReviewReport | None:
    """Attach the decisions in ``decisions_path`` (default reviews/decisions.jsonl) to the
    outputs in ``out_dir``. Returns None (and removes a stale orphans file and stale
    reviews) when there is no decisions file."""
    out_dir = Path(out_dir)
    path = Path(decisions_path) if decisions_path is not None else DEFAULT_DECISIONS
    if not path.exists():
        for kind in REVIEWED_KINDS:
            recs = read_jsonl(out_dir / f"{kind}.jsonl")
            if any("review" in r for r in recs):
                write_jsonl_atomic(
                    out_dir / f"{kind}.jsonl",
                    [{k: v for k, v in r.items() if k != "review"} for r in recs],
                )
        (out_dir / ORPHANS_FILE).unlink(missing_ok=True)
        return None
    decisions, problems = load_decisions(path)
    run = load_run(out_dir, bases)
    on_disk = {kind: run.records[kind] for kind in REVIEWED_KINDS}
    # the decisions file is the only truth: a review carried by reused records is dropped
    records = {
        kind: [{k: v for k, v in r.items() if k != "review"} for r in recs]
        for kind, recs in on_disk.items()
    }
    reviewed, orphans = attach(records, run.texts(), decisions)
    for kind in REVIEWED_KINDS:
        if reviewed[kind] != on_disk[kind]:
            write_jsonl_atomic(out_dir / f"{kind}.jsonl", reviewed[kind])
    write_jsonl_atomic(out_dir / ORPHANS_FILE, orphans, sort_keys=True)
    attached = sum(1 for kind in REVIEWED_KINDS for r in reviewed[kind] if r.get("review"))
    return ReviewReport(len(latest_by_key(decisions)), attached, orphans, problems)
