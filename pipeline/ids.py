"""Record ids derived from content, never from counters, so they are stable across runs,
worker counts and input order."""

from __future__ import annotations

import hashlib


def make_id(prefix: str, doc_id: str, *parts: object) -> str:
    key = "\x1f".join([doc_id, *map(str, parts)])
    return f"{prefix}_{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"
