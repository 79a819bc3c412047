"""quotecheck: check that the quotations in news articles are faithful to their primary sources.

The pipeline has three stages with typed values between them::

    article text ──extract──▶ Quote ──match──▶ QuoteMatch ──score──▶ QuoteResult ─▶ Report

Start with :func:`check_text` (one article in memory) or :func:`check` (files).
"""

from __future__ import annotations

__version__ = "0.1.0"

from quotecheck import lineage  # a callable package: quotecheck.lineage(paths, sources=…)
from quotecheck.api import check, check_text, load_source, make_source
from quotecheck.errors import ConfigError, InputError, QuotecheckError
from quotecheck.models import (
    ArticleReport,
    Edit,
    EditKind,
    Finding,
    Level,
    MatchInfo,
    Quote,
    QuoteResult,
    Report,
    Source,
    Verdict,
)

__all__ = [
    "ArticleReport",
    "ConfigError",
    "Edit",
    "EditKind",
    "Finding",
    "InputError",
    "Level",
    "MatchInfo",
    "Quote",
    "QuoteResult",
    "QuotecheckError",
    "Report",
    "Source",
    "Verdict",
    "__version__",
    "check",
    "check_text",
    "lineage",
    "load_source",
    "make_source",
]
