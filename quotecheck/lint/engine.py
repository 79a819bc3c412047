"""The rule engine: which rules are reported for which file, and at what level.

Like yamllint's or sqlfluff's rule engines, it stamps every finding with its rule's code, name
and the configured level, and drops what the configuration does not select: ``select`` and
``ignore`` (codes, kebab-case names, code prefixes such as ``QC1``, or ``ALL``), per-rule
``severity`` and ``per-file-ignores``.  ``QC000`` (an unreadable article) is never dropped and
stays an error.  Findings themselves are built by :func:`quotecheck.rules.make_finding` only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from quotecheck.config import LintConfig, rule_selector_codes
from quotecheck.lint.globs import glob_match
from quotecheck.models import ArticleReport, Finding, Level, QuoteResult
from quotecheck.offsets import line_starts, position
from quotecheck.rules import RULES, TOOL_ERROR, make_finding

__all__ = ["RuleEngine", "map_findings", "selector_codes", "span_finding"]


def selector_codes(selectors: Iterable[str]) -> frozenset[str]:
    """Every code the selectors name (``ValueError`` for an unknown selector)."""
    out: set[str] = set()
    for s in selectors:
        out |= rule_selector_codes(s)
    return frozenset(out)


class RuleEngine:
    """Rule selection and levels of one configuration."""

    def __init__(self, config: LintConfig) -> None:
        """Resolve the configuration's selectors once."""
        self.selected = selector_codes(config.select) - selector_codes(config.ignore)
        self.levels: dict[str, Level] = {c: r.level for c, r in RULES.items()}
        for key, level in config.severity.items():
            for code in rule_selector_codes(key):
                self.levels[code] = level
        self.per_file = [
            (glob, selector_codes(codes)) for glob, codes in config.per_file_ignores.items()
        ]

    def enabled(self, code: str, path: str) -> bool:
        """Whether rule ``code`` is reported for the article at relative ``path``."""
        if code == TOOL_ERROR or code not in RULES:
            return True  # an unreadable article, or anything outside the catalogue
        if code not in self.selected:
            return False
        return not any(code in codes and glob_match(g, path) for g, codes in self.per_file)

    def level(self, code: str) -> Level:
        """The configured level of ``code``."""
        if code == TOOL_ERROR:
            return Level.ERROR
        return self.levels.get(code, Level.ERROR)

    def stamp(self, finding: Finding) -> Finding:
        """``finding`` with its rule's name and configured level."""
        rule = RULES.get(finding.code)
        if rule is None:
            return finding
        level = self.level(finding.code)
        if finding.level.rank < rule.level.rank and level.rank > finding.level.rank:
            level = finding.level  # lowered by the scorer as uncertain: it stays lowered
        if finding.level == level and finding.name == rule.name:
            return finding
        return finding.model_copy(update={"level": level, "name": rule.name})

    def keep(self, findings: Iterable[Finding], path: str) -> tuple[Finding, ...]:
        """The findings enabled for ``path``, stamped."""
        return tuple(self.stamp(f) for f in findings if self.enabled(f.code, path))

    def apply(
        self, article: ArticleReport, path: str, extra: Sequence[Finding] = ()
    ) -> ArticleReport:
        """``article`` with its findings (and ``extra`` article-level ones) selected and stamped.

        Each quote's ``codes`` is recomputed from the findings it keeps.
        """
        if extra:
            article = article.model_copy(update={"findings": (*article.findings, *extra)})
        return map_findings(
            article, lambda f, _q: self.stamp(f) if self.enabled(f.code, path) else None
        )


def map_findings(
    article: ArticleReport, fn: Callable[[Finding, QuoteResult | None], Finding | None]
) -> ArticleReport:
    """``article`` with every finding replaced by ``fn(finding, quote)`` (None drops it).

    ``quote`` is None for article-level findings; each quote's ``codes`` follows its findings.
    """

    def each(findings: Iterable[Finding], quote: QuoteResult | None) -> tuple[Finding, ...]:
        return tuple(g for g in (fn(f, quote) for f in findings) if g is not None)

    quotes = []
    for q in article.quotes:
        kept = each(q.findings, q)
        if kept != q.findings:
            q = q.model_copy(
                update={"findings": kept, "codes": tuple(dict.fromkeys(f.code for f in kept))}
            )
        quotes.append(q)
    return article.model_copy(
        update={"quotes": tuple(quotes), "findings": each(article.findings, None)}
    )


def span_finding(
    code: str,
    message: str,
    raw: str,
    start: int,
    end: int,
    starts: list[int] | None = None,
) -> Finding:
    """An article-level finding of rule ``code`` over ``raw[start:end]`` (default level)."""
    line, column = position(starts if starts is not None else line_starts(raw), start)
    return make_finding(code, message, start=start, end=end, line=line, column=column)
