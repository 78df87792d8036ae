"""The digest of the code that makes records, so a run never reuses records an older code made.

``pipeline_version`` changes only at a release, and the rules digest only with the rule
files; a change to a stage's code between releases changes neither, yet changes records.
Hashing the package's own source files closes that gap, for a checkout and an installed
wheel alike (both ship the ``.py`` files). The web app and the benchmarks make no records,
so their files are left out: editing them does not invalidate a run.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

#: sub-packages whose code makes no records
NOT_RECORDS = frozenset({"bench", "review"})


def source_files(root: Path) -> list[Path]:
    """The package's ``.py`` files that make records, in a stable order."""
    files = (p for p in root.rglob("*.py") if p.relative_to(root).parts[0] not in NOT_RECORDS)
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def digest_of(root: Path) -> str:
    """``sha256:<hex>`` over each file's relative path and bytes."""
    h = hashlib.sha256()
    for path in source_files(root):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    return f"sha256:{h.hexdigest()}"


@cache
def code_digest() -> str:
    """The digest of this installed ``pipeline`` package (computed once per process)."""
    return digest_of(Path(__file__).resolve().parents[1])
