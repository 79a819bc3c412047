"""Inline suppressions in Markdown and HTML comments.

::

    <!-- quotecheck-disable-next-line QC101 -- the minister approved the wording -->
    <!-- quotecheck-disable QC302, misattributed-quote -- reason -->   … range …
    <!-- quotecheck-enable QC302, misattributed-quote -->
    <!-- quotecheck-disable-file QC302 -- reason -->

Each directive names the rules it concerns (codes or kebab-case names, separated by commas or
spaces); ``-- reason`` follows.  ``disable-next-line`` concerns findings that start on the line
after the comment, ``disable`` findings from the comment to the matching ``enable`` (a bare
``enable`` ends every open range) or the end of the file, ``disable-file`` the whole file.

Suppressions police themselves: a code or name that does not exist, a directive without codes
or an unknown directive is ``QC601``; a suppression that suppressed nothing is ``QC602``; a
directive without a reason when reasons are required is ``QC603``.  The hygiene findings
(``QC6xx``) and ``QC000`` cannot be suppressed inline (use ``ignore`` or ``per-file-ignores``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from quotecheck.lint.engine import span_finding
from quotecheck.models import Finding
from quotecheck.offsets import line_starts, position
from quotecheck.rules import get_rule

__all__ = ["Directive", "SuppressionResult", "apply_suppressions", "parse_directives"]

KINDS = ("disable-next-line", "disable-file", "disable", "enable")
_COMMENT = re.compile(r"<!--(?P<body>.*?)-->", re.S)
_DIRECTIVE = re.compile(r"\s*quotecheck-(?P<kind>[\w-]*)(?P<rest>.*)\Z", re.S)
_FENCE = re.compile(r"^ {0,3}(?P<fence>```|~~~)[^\n]*\n.*?^ {0,3}(?P=fence)[ \t]*$", re.M | re.S)
_UNSUPPRESSIBLE = re.compile(r"QC6\d\d|QC000")


@dataclass
class Directive:
    """One ``quotecheck-…`` comment."""

    kind: str
    codes: tuple[str, ...]
    """Rule codes named (resolved from codes or names)."""
    unknown: tuple[str, ...]
    """Names that are no rule."""
    reason: str
    start: int
    end: int
    line: int
    """Line of the comment's end (``disable-next-line`` concerns the line after it)."""
    used: set[str] = field(default_factory=set)


def parse_directives(raw: str) -> list[Directive]:
    """Every ``<!-- quotecheck-… -->`` comment outside fenced code, in document order."""
    fences = [(m.start(), m.end()) for m in _FENCE.finditer(raw)]
    starts = line_starts(raw)
    out = []
    for m in _COMMENT.finditer(raw):
        if any(a <= m.start() < b for a, b in fences):
            continue
        d = _DIRECTIVE.match(m.group("body"))
        if d is None:
            continue
        rest = d.group("rest")
        names, _, reason = rest.partition("--")
        codes: list[str] = []
        unknown: list[str] = []
        for token in re.split(r"[\s,]+", names.strip()):
            if not token:
                continue
            try:
                codes.append(get_rule(token).code)
            except KeyError:
                unknown.append(token)
        out.append(
            Directive(
                kind=d.group("kind"),
                codes=tuple(dict.fromkeys(codes)),
                unknown=tuple(unknown),
                reason=" ".join(reason.split()),
                start=m.start(),
                end=m.end(),
                line=position(starts, m.end() - 1)[0],
            )
        )
    return out


@dataclass(frozen=True)
class SuppressionResult:
    """Which findings were suppressed, and the hygiene findings about the directives."""

    suppressed: frozenset[int]
    """Indices (into the findings given) of the suppressed findings."""
    hygiene: tuple[Finding, ...]
    reasons: dict[int, str] = field(default_factory=dict)
    """Index of a suppressed finding → the reason its comment gives."""


def _ranges(directives: Sequence[Directive]) -> list[tuple[Directive, str, int, int]]:
    """(directive, code, start, end) for each code a ``disable`` directive opens."""
    out: list[tuple[Directive, str, int, int]] = []
    open_: dict[str, Directive] = {}
    for d in directives:
        if d.kind == "disable":
            for code in d.codes:
                if code not in open_:
                    open_[code] = d
        elif d.kind == "enable":
            closing = d.codes or tuple(open_)
            for code in closing:
                opened = open_.pop(code, None)
                if opened is not None:
                    out.append((opened, code, opened.end, d.start))
                    d.used.add(code)
    out.extend((d, code, d.end, 1 << 62) for code, d in open_.items())
    return out


def apply_suppressions(
    raw: str,
    findings: Sequence[Finding],
    *,
    enabled: Callable[[str], bool],
    require_reason: bool = False,
) -> SuppressionResult:
    """Match the directives of ``raw`` against ``findings``.

    ``enabled(code)`` says whether a rule is reported for this file at all: a suppression of
    a rule that is not selected is not reported as unused.
    """
    directives = parse_directives(raw)
    if not directives:
        return SuppressionResult(frozenset(), ())
    ranges = _ranges(directives)
    suppressed: set[int] = set()
    reasons: dict[int, str] = {}
    for i, f in enumerate(findings):
        if _UNSUPPRESSIBLE.fullmatch(f.code):
            continue
        for d in directives:
            if f.code not in d.codes:
                continue
            if d.kind == "disable-file" or (d.kind == "disable-next-line" and f.line == d.line + 1):
                d.used.add(f.code)
                suppressed.add(i)
                reasons.setdefault(i, d.reason)
        for d, code, a, b in ranges:
            if code == f.code and a <= f.start < b:
                d.used.add(code)
                suppressed.add(i)
                reasons.setdefault(i, d.reason)
    starts = line_starts(raw)
    hygiene: list[Finding] = []

    def report(code: str, d: Directive, message: str) -> None:
        hygiene.append(span_finding(code, message, raw, d.start, d.end, starts))

    for d in directives:
        label = f"quotecheck-{d.kind}"
        if d.kind not in KINDS:
            report(
                "QC601",
                d,
                f"unknown directive {label!r}; expected one of "
                + ", ".join(f"quotecheck-{k}" for k in KINDS),
            )
            continue
        for name in d.unknown:
            report(
                "QC601",
                d,
                f"{label} names {name!r}, which is no rule code or name "
                "(see 'quotecheck rule --list')",
            )
        if not d.codes and not (d.kind == "enable" or d.unknown):
            report("QC601", d, f"{label} must name the rules it suppresses, e.g. QC101")
        if d.kind != "enable" and require_reason and not d.reason:
            report("QC603", d, f"{label} gives no reason; add '-- reason' after the codes")
        for code in d.codes:
            if code in d.used or not enabled(code):
                continue
            if d.kind == "enable":
                report("QC602", d, f"{label} {code}: no range of {code} was open")
            else:
                report("QC602", d, f"{label} {code} suppresses nothing; remove it")
    return SuppressionResult(frozenset(suppressed), tuple(hygiene), reasons)
