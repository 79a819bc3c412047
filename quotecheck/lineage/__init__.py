"""Quote lineage across an archive: who introduced each alteration, and who copied it.

Many articles quote the same source passage; this package groups their quotes (renderings) by
the passage they render, orders each group by the articles' dates and folds it into variants:
each distinct wording with its departures from the source (traits), the article that printed it
first (origin), the later ones that carry it (copies) and the evidence, with a confidence.

    >>> import quotecheck
    >>> paths = ["wire.md", "copy.md"]
    >>> report = quotecheck.lineage(paths, sources=["statement.md"])  # doctest: +SKIP

The modules are pure logic on the models: :mod:`~quotecheck.lineage.renderings` (quotes →
renderings), :mod:`~quotecheck.lineage.traits` (departures), :mod:`~quotecheck.lineage.grouping`
(which renderings render one passage), :mod:`~quotecheck.lineage.tree` (one group's lineage),
:mod:`~quotecheck.lineage.build`, and the presentations :mod:`~quotecheck.lineage.text` and
:mod:`~quotecheck.lineage.html`.  :mod:`quotecheck.lineage.dask` runs the grouping on a Dask
data frame of batch records in shuffles.  See ``docs/lineage.md``.

The package module itself is callable: ``quotecheck.lineage(paths, sources=…)`` is
:func:`quotecheck.lineage.api.lineage`.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from quotecheck.lineage.api import lineage, lineage_of_report
from quotecheck.lineage.build import build_lineage
from quotecheck.lineage.model import (
    LINEAGE_SCHEMA_VERSION,
    ArticleRef,
    Copy,
    Evidence,
    Group,
    LineageReport,
    Rendering,
    SourceSpan,
    Trait,
    TraitOrigin,
    Variant,
)

__all__ = [
    "LINEAGE_SCHEMA_VERSION",
    "ArticleRef",
    "Copy",
    "Evidence",
    "Group",
    "LineageReport",
    "Rendering",
    "SourceSpan",
    "Trait",
    "TraitOrigin",
    "Variant",
    "build_lineage",
    "lineage",
    "lineage_of_report",
]


class _CallableModule(types.ModuleType):
    """Lets ``quotecheck.lineage(...)`` call :func:`lineage` while the package stays importable."""

    def __call__(self, *args: Any, **kwargs: Any) -> LineageReport:
        return lineage(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
