"""Review: audit every fact, claim and defect against its source span, and feed the
decisions back into the next run and the gold files.

- ``decisions``: decision keys and ``attach`` (pure)
- ``store``: the append-only decisions file
- ``documents``: a run read back with its texts
- ``view`` / ``page``: the page's data and HTML (server and static file)
- ``server``: the local web app
- ``feedback``: ``apply_review``, called at the end of ``pipeline extract``
- ``gold``: accepted and corrected decisions as gold lines
"""

from pipeline.review.feedback import ReviewReport, apply_review

__all__ = ["ReviewReport", "apply_review"]
