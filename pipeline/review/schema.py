"""Validation of decisions with the project's JSON Schemas (``pipeline/schemas/decision*.json``)."""

from __future__ import annotations

from typing import Any

from pipeline.records.schema import validator


def _problems(name: str, obj: Any) -> list[str]:
    errors = sorted(validator(name).iter_errors(obj), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(decision)'}: {e.message}" for e in errors]


def payload_problems(obj: Any) -> list[str]:
    """Problems of a decision sent by the page (empty when valid)."""
    return _problems("decision", obj)


def decision_problems(obj: Any) -> list[str]:
    """Problems of one stored line of reviews/decisions.jsonl (empty when valid)."""
    return _problems("decision_record", obj)
