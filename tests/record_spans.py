"""The span objects nested in output records (shared by the round-trip and property tests)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def spans_in(obj: Any, path: str = "") -> Iterator[tuple[str, dict]]:
    """Every span object nested in a record, with where it is (``/key/0/...``). A dict with
    span keys whose values have the wrong types is yielded too, so that checks catch it."""
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys():
            yield path, obj
        for key, value in obj.items():
            yield from spans_in(value, f"{path}/{key}")
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from spans_in(value, f"{path}/{i}")
