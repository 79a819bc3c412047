"""The extraction stage's options: the ``[tool.quotecheck.extract]`` section."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from quotecheck.models import SettingsSection
from quotecheck.scanner import DEFAULT_MAX_QUOTE_CHARS

__all__ = ["ExtractSettings"]


class ExtractSettings(SettingsSection):
    """How quotes are found (see ``docs/limits.md`` and ``docs/performance.md``)."""

    max_quote_chars: int = Field(DEFAULT_MAX_QUOTE_CHARS, gt=0)
    """Longer quotes are reported (QC150) and not checked."""
    parse: Literal["focused", "full"] = "focused"
    """``focused``: run the spaCy pipeline on the lines around quotes only (and the entity
    recogniser alone on other lines that name people); ``full``: parse whole articles (slower,
    for comparison)."""
