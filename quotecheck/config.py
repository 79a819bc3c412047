"""Settings for a run: thresholds, alias tables, language and limits.

Settings are a frozen pydantic model, so a bad value is an error that names the key, the value
and what is allowed.  Loading them from ``pyproject.toml``/``quotecheck.toml`` is the CLI's and
the lint layer's business; the library only takes a :class:`Settings`.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from quotecheck.inputs.text import DEFAULT_MAX_BYTES
from quotecheck.models import Level


class Thresholds(BaseModel):
    """Similarity thresholds of the matcher and scorer (see ``docs/verdicts.md``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    found_min: float = Field(0.5, ge=0.0, le=1.0)
    paraphrase_min: float = Field(0.3, ge=0.0, le=1.0)
    paraphrase_overlap: float = Field(0.5, ge=0.0, le=1.0)
    altered_max_changed: float = Field(0.5, ge=0.0, le=1.0)


class Settings(BaseModel):
    """Everything that shapes a run, with the defaults quotecheck ships."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    language: str = "en"
    """Language of the articles (per-language data and pipeline)."""
    models: dict[str, str] = Field(default_factory=dict)
    """Language → spaCy pipeline package to use instead of the default."""
    default_aliases: bool = True
    """Use the alias tables shipped with quotecheck (country and organisation names)."""
    alias_files: tuple[Path, ...] = ()
    """Extra alias tables (TSV or YAML)."""
    aliases: tuple[tuple[str, ...], ...] = ()
    """Extra alias groups given inline."""
    thresholds: Thresholds = Field(default_factory=Thresholds)
    max_file_bytes: int = Field(DEFAULT_MAX_BYTES, gt=0)
    fail_level: Level = Level.ERROR
    """Findings at or above this level make ``quotecheck check`` exit 1."""
