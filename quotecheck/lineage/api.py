"""``quotecheck.lineage(paths, sources=…)``: check the articles, read their dates, trace quotes.

The articles are checked exactly as :func:`quotecheck.check` does (same sources, settings and
verdicts); each article's date comes from its own front matter or HTML meta
(:mod:`quotecheck.inputs.dates`), and the input order of ``paths`` stands in for articles
without one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quotecheck._version import __version__
from quotecheck.api import Checker, SourceLike, _sources, require_settings
from quotecheck.config import Settings
from quotecheck.errors import QuotecheckError
from quotecheck.inputs.dates import ArticleInfo, article_info
from quotecheck.inputs.document import load_document
from quotecheck.lineage.build import build_lineage
from quotecheck.lineage.model import LineageReport, Rendering
from quotecheck.lineage.renderings import from_report, order_key
from quotecheck.models import ArticleReport, Report, ToolInfo

__all__ = ["lineage", "lineage_of_report"]


def lineage(
    paths: Sequence[str | Path],
    *,
    sources: Sequence[SourceLike],
    speaker: str | None = None,
    settings: Settings | None = None,
    nlp: Any = None,
) -> LineageReport:
    """Check the articles at ``paths`` against ``sources`` and trace each quoted passage.

    An unreadable article is listed in the report's ``errors`` and left out; sources that
    cannot be read raise :class:`~quotecheck.errors.InputError`.
    """
    checker = Checker(_sources(sources, speaker), require_settings(settings), nlp)
    reports: list[ArticleReport] = []
    infos: dict[str, ArticleInfo] = {}
    for p in paths:
        try:
            doc = load_document(p, max_bytes=checker.settings.max_file_bytes)
        except QuotecheckError as exc:
            reports.append(ArticleReport(path=str(p), error=str(exc)))
            continue
        infos[doc.path] = article_info(doc.raw, doc.meta, doc.format)
        reports.append(checker.check_document(doc))
    texts = {name: s.text for name, s in zip(checker.source_names, checker.sources, strict=True)}
    report = Report(tool=ToolInfo(version=__version__), articles=tuple(reports))
    return lineage_of_report(report, infos, texts)


def lineage_of_report(
    report: Report,
    infos: dict[str, ArticleInfo],
    sources: dict[str, str] | None = None,
) -> LineageReport:
    """The lineage of an already checked ``report``; ``infos`` maps article paths to what
    they declare (date, title, outlet), ``sources`` source names to their text."""
    renderings: list[Rendering] = []
    errors = []
    for position, art in enumerate(report.articles):
        if art.error is not None:
            errors.append(art.error)
            continue
        info = infos.get(art.path) or ArticleInfo()
        renderings.extend(from_report(art, info, order_key(position)))
    return build_lineage(
        renderings,
        sources=sources,
        articles=len(report.articles),
        errors=errors,
    )


def read_infos(
    report: Report, root: Path | None = None
) -> tuple[dict[str, ArticleInfo], dict[str, str]]:
    """What each checked article declares about itself, and the text of each matched source,
    read again from the files (relative paths are tried in the current folder, then under
    ``root``); a file that cannot be read gives no date and no text."""
    from quotecheck.formats._common import TextCache

    texts = TextCache(root)
    infos: dict[str, ArticleInfo] = {}
    sources: dict[str, str] = {}
    for art in report.articles:
        if art.error is not None:
            continue
        index = texts.index(art.path)
        if index is not None:
            doc = _document(index.text, art.path)
            if doc is not None:
                infos[art.path] = article_info(doc.raw, doc.meta, doc.format)
        for q in art.quotes:
            if q.match is not None and q.match.source not in sources:
                found = texts.index(q.match.source)
                if found is not None:
                    sources[q.match.source] = found.text
    return infos, sources


def _document(text: str, path: str) -> Any:
    from quotecheck.inputs.document import make_document

    try:
        return make_document(text, path=path)
    except QuotecheckError:
        return None
