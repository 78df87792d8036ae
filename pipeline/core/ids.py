"""Record ids derived from content, never from counters, so they are stable across runs,
worker counts and input order."""

from __future__ import annotations

import hashlib


def make_id(prefix: str, doc_id: str, *parts: object) -> str:
    key = "\x1f".join([doc_id, *map(str, parts)])
    return f"{prefix}_{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


def fact_id(doc_id: str, start: int, end: int) -> str:
    return make_id("f", doc_id, "fact", start, end)


def claim_id(doc_id: str, start: int, end: int) -> str:
    return make_id("c", doc_id, "claim", start, end)


def defect_id(doc_id: str, kind: str, start: int, end: int) -> str:
    return make_id("d", doc_id, "defect", kind, start, end)


def entity_id(doc_id: str, start: int, end: int, label: str) -> str:
    return make_id("e", doc_id, "entity", label, start, end)
