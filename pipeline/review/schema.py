"""Validation of decisions with the project's JSON Schemas (``pipeline/schemas/decision*.json``)."""

from __future__ import annotations

from typing import Any

from pipeline.records.decisions import schema_problems as _problems


def payload_problems(obj: Any) -> list[str]:
    """Problems of a decision sent by the page (empty when valid)."""
    return _problems("decision", obj)


def decision_problems(obj: Any) -> list[str]:
    """Problems of one stored line of reviews/decisions.jsonl (empty when valid)."""
    return _problems("decision_record", obj)
