"""Output formats: each is a module with ``render(report, options) -> str``.

Formats never compute anything about quotes; they only present a :class:`~quotecheck.models.Report`.
Names follow ruff's where ruff has the same format.  Modules are imported lazily so that a run
that prints text never imports a template engine.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from quotecheck.models import Level, Report

FORMATS: dict[str, str] = {
    "full": "quotecheck.formats.text",
    "text": "quotecheck.formats.text",
    "json": "quotecheck.formats.json",
    "concise": "quotecheck.formats.concise",
    "json-lines": "quotecheck.formats.jsonlines",
    "sarif": "quotecheck.formats.sarif",
    "github": "quotecheck.formats.github",
    "gitlab": "quotecheck.formats.gitlab",
    "junit": "quotecheck.formats.junit",
    "rdjson": "quotecheck.formats.rdjson",
    "rdjsonl": "quotecheck.formats.rdjson.rdjsonl",
    "html": "quotecheck.formats.html",
}
"""Format name → module path.  Modules added by later work register here."""


@dataclass(frozen=True)
class FormatOptions:
    """Presentation options shared by every format."""

    root: Path | None = None
    """Repository root: paths in the output are made relative to it where a format wants that."""
    color: bool = False
    """Use ANSI colour (only the terminal formats look at it)."""
    fail_level: Level = Level.ERROR
    """The run's ``--fail-level``: formats that pass or fail (JUnit test cases) fail only on
    findings at or above it, so the report agrees with the exit status."""


def available_formats() -> tuple[str, ...]:
    """Names of the output formats."""
    return tuple(FORMATS)


def render(report: Report, fmt: str, options: FormatOptions | None = None) -> str:
    """Render ``report`` in format ``fmt``; ``KeyError`` for an unknown format name."""
    module = importlib.import_module(FORMATS[fmt])
    text: str = module.render(report, options or FormatOptions())
    return text
