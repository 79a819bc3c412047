"""``quotecheck.check``: article files checked as the command line checks them.

An article's own declarations count: the sources in its front matter or HTML ``<meta>``, the
configuration's ``[tool.quotecheck.sources]`` mapping, its aliases and language, the rule
selection and levels, and inline suppressions.  ``sources=`` adds sources for every article
(files or :class:`~quotecheck.models.Source` objects), as ``--source`` does.  Nothing is
written: the results cache is off and no baseline is applied.

:func:`quotecheck.api.check` is the lower-level call that uses only the sources it is given.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quotecheck.api import SourceLike, require_sequence, require_settings, require_sources
from quotecheck.config import ANALYSIS_FIELDS, LoadedConfig, Settings, load_config, start_folder
from quotecheck.lint.runner import Linter, LintOptions
from quotecheck.models import Report, Source

__all__ = ["check"]


def check(
    paths: Sequence[str | Path],
    *,
    sources: Sequence[SourceLike] = (),
    speaker: str | None = None,
    settings: Settings | None = None,
    nlp: Any = None,
    config: str | Path | None = None,
    isolated: bool = False,
) -> Report:
    """Check article files (or folders of them) with their declared sources.

    ``sources`` are checked against every article besides the ones it declares; ``speaker``
    is the speaker of source files given here.  ``settings`` replaces the analysis settings
    the configuration gives; ``nlp`` is a loaded spaCy pipeline to reuse.  The configuration
    is found as the command line finds it (``quotecheck.toml`` or ``pyproject.toml`` in the
    articles' folder or above), or named by ``config``; ``isolated`` ignores it.

    An article that cannot be read gets an ``error`` (no exception); a configuration error
    raises :class:`~quotecheck.errors.ConfigError`, an unreadable ``sources`` file
    :class:`~quotecheck.errors.InputError`.
    """
    require_sequence(paths, "paths")
    given = require_sources(sources)
    if settings is not None:
        settings = require_settings(settings)
    files = [Path(p) for p in paths]
    loaded = load_config(
        start=start_folder(files),
        config_file=Path(config) if config is not None else None,
        isolated=isolated,
    )
    if settings is not None:  # the caller's analysis options win over the file's
        shared = {name: getattr(settings, name) for name in ANALYSIS_FIELDS}
        loaded = LoadedConfig(loaded.config.model_copy(update=shared), loaded.path, loaded.root)
    options = LintOptions(
        extra_sources=tuple(Path(s) for s in given if not isinstance(s, Source)),
        extra_source_objects=tuple(s for s in given if isinstance(s, Source)),
        speaker=speaker,
        use_cache=False,
        settings=settings,
        nlp=nlp,
    )
    report = Linter(loaded, options).run(files).report
    return _with_absolute_paths(report, loaded.root)


def _with_absolute_paths(report: Report, root: Path) -> Report:
    """Article and source paths made absolute, so that the report's files can be read from
    any working directory (the linter names them relative to the repository root)."""

    def absolute(path: str) -> str:
        if not path or os.path.isabs(path) or path.startswith("<"):
            return path
        full = root / path
        return str(full) if full.exists() else path

    articles = []
    for art in report.articles:
        quotes = tuple(
            q.model_copy(
                update={"match": q.match.model_copy(update={"source": absolute(q.match.source)})}
            )
            if q.match is not None
            else q
            for q in art.quotes
        )
        articles.append(art.model_copy(update={"path": absolute(art.path), "quotes": quotes}))
    return report.model_copy(update={"articles": tuple(articles)})
