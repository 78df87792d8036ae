"""JSON Schemas of the output records (``pipeline/schemas/*.json``), validated with the
``jsonschema`` library."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

RECORD_SCHEMAS = {
    "facts": "fact",
    "claims": "claim",
    "entities": "entity",
    "defects": "defect",
    "errors": "error",
    "run": "run",
}


@cache
def _registry() -> Registry:
    registry = Registry()
    for file in resources.files("pipeline.records.schemas").iterdir():
        if file.name.endswith(".json"):
            schema = json.loads(file.read_text(encoding="utf-8"))
            registry = registry.with_resource(schema["$id"], Resource.from_contents(schema))
    return registry


@cache
def validator(name: str) -> Draft202012Validator:
    """Validator for a schema by name ("fact") or output kind ("facts")."""
    name = RECORD_SCHEMAS.get(name, name)
    schema = json.loads(
        resources.files("pipeline.records.schemas")
        .joinpath(f"{name}.json")
        .read_text(encoding="utf-8")
    )
    return Draft202012Validator(schema, registry=_registry())


def schema_errors(kind: str, record: dict[str, Any]) -> list[str]:
    """Human-readable schema violations of one record (empty when valid)."""
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(record)'}: {e.message}"
        for e in validator(kind).iter_errors(record)
    ]
