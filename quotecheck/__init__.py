"""quotecheck: check that the quotations in news articles are faithful to their primary sources.

The pipeline has three stages with typed values between them::

    article text ──extract──▶ Quote ──match──▶ QuoteMatch ──score──▶ QuoteResult ─▶ Report

Start with :func:`check_text` (one article in memory) or :func:`check` (files).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotecheck._version import __version__
from quotecheck.errors import ConfigError, InputError, QuotecheckError

if TYPE_CHECKING:
    from quotecheck import lineage  # a callable package: quotecheck.lineage(paths, sources=…)
    from quotecheck.api import Checker, check_text, load_source, make_source
    from quotecheck.lint.project import check
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

# The public names of the stages load on first use (PEP 562), so that importing one module of
# the package (``quotecheck.lang``, ``quotecheck.inputs.document``) does not import every stage.
_LAZY = {
    "lineage": "quotecheck.lineage",  # the package itself, callable: quotecheck.lineage(paths, …)
    "check": "quotecheck.lint.project",
    "Checker": "quotecheck.api",
    "check_text": "quotecheck.api",
    "load_source": "quotecheck.api",
    "make_source": "quotecheck.api",
    "ArticleReport": "quotecheck.models",
    "Edit": "quotecheck.models",
    "EditKind": "quotecheck.models",
    "Finding": "quotecheck.models",
    "Level": "quotecheck.models",
    "MatchInfo": "quotecheck.models",
    "Quote": "quotecheck.models",
    "QuoteResult": "quotecheck.models",
    "Report": "quotecheck.models",
    "Source": "quotecheck.models",
    "Verdict": "quotecheck.models",
}


def __getattr__(name: str) -> Any:
    import importlib
    import importlib.util

    module = _LAZY.get(name)
    if module is None:
        # ``quotecheck.api.Settings`` after a bare ``import quotecheck`` worked when the root
        # imported every stage; a submodule still loads on first attribute access.
        if name.startswith("_") or importlib.util.find_spec(f"quotecheck.{name}") is None:
            raise AttributeError(f"module 'quotecheck' has no attribute {name!r}")
        return importlib.import_module(f"quotecheck.{name}")
    loaded = importlib.import_module(module)
    value = loaded if module == f"quotecheck.{name}" else getattr(loaded, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "ArticleReport",
    "Checker",
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
