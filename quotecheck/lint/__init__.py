"""quotecheck as a linter for editorial repositories.

The lint layer sits between the library (:mod:`quotecheck.api`) and the command line: it finds
the articles of a repository, resolves the sources each one declares (front matter, HTML
``<meta>``, or the configuration), reuses cached results for unchanged articles, and applies the
configuration's rule selection and levels (:mod:`~quotecheck.lint.engine`), inline suppressions
(:mod:`~quotecheck.lint.suppressions`) and the baseline (:mod:`~quotecheck.lint.baseline`).
Like the library, it never prints and never exits.
"""

from __future__ import annotations

from quotecheck.lint.baseline import Baseline, finding_key
from quotecheck.lint.engine import RuleEngine
from quotecheck.lint.runner import Linter, LintOptions, LintResult, LintStats

__all__ = [
    "Baseline",
    "LintOptions",
    "LintResult",
    "LintStats",
    "Linter",
    "RuleEngine",
    "finding_key",
]
