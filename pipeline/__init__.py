"""News fact extraction with exact source spans.

The package is a set of spaCy components (one per stage, see ``pipeline.stages.factories``),
pure functions that turn a processed ``Doc`` into records (``pipeline.records.build``), and a
thin CLI (``pipeline.cli``) that streams documents through them into JSONL files.
"""

__version__ = "0.1.0"
