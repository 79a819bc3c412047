"""Renderings → groups → lineage report: the in-process pipeline of a lineage.

:func:`build_lineage` groups the renderings (:mod:`quotecheck.lineage.grouping`) and analyses
each group (:mod:`quotecheck.lineage.tree`).  Groups come sorted by source and span, groups of
unmatched quotes last.  Pure: no file is read, nothing is printed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quotecheck._version import __version__
from quotecheck.lineage.grouping import group_renderings
from quotecheck.lineage.model import Group, LineageReport, Rendering
from quotecheck.lineage.tree import analyse_group

__all__ = ["build_lineage", "group_sort_key"]


def group_sort_key(group: Group) -> tuple[int, str, int, str]:
    """Matched groups by source and start, then groups of unmatched quotes by id."""
    span = group.span
    if span.source is None:
        return (1, "", 0, group.id)
    return (0, span.source, span.start or 0, group.id)


def build_lineage(
    renderings: Sequence[Rendering],
    *,
    sources: Mapping[str, str] | None = None,
    articles: int | None = None,
    errors: Sequence[str] = (),
) -> LineageReport:
    """The lineage of ``renderings``; ``sources`` maps source names (as in the matches) to
    their text, for elided words, sentence boundaries and the speaker's titles."""
    groups = [
        analyse_group(
            gid, members, sources, "similarity" if gid.startswith("similar:") else "source-span"
        )
        for gid, members in group_renderings(renderings).items()
    ]
    groups.sort(key=group_sort_key)
    return LineageReport(
        version=__version__,
        articles=articles if articles is not None else len({r.article for r in renderings}),
        renderings=len(renderings),
        groups=tuple(groups),
        errors=tuple(errors),
    )
