"""``junit``: JUnit XML for CI test-report views (GitLab, Jenkins, Azure, …).

``<testsuites>`` holds one ``<testsuite>`` per article (name and ``classname``: the article's
path relative to the repository root), sorted by path.  Each quote is one ``<testcase>``, in
document order: a quote with a finding at or above the run's ``--fail-level`` has one
``<failure>`` whose ``message`` names the most severe finding and whose text lists them all; a
quote with findings below it passes, and they are listed in its ``<system-out>`` (so the test
report agrees with the exit status: a run that passes CI shows no red test).  Article-level
findings share one extra test case named ``(article)``; an article that could not be read is a
suite with a single test case ``(read article)`` carrying an ``<error>``.

Only the attributes of the strict Jenkins/Ant JUnit schema are written (``name`` and
``classname`` on a test case; no ``file``/``line``): the place of each finding is in the text,
``path:line:column: CODE [level] rule-name: message``.

Test-case names are the quote text (whitespace collapsed, shortened to 80 characters); a name
that already occurs in the suite gets `` (2)``, `` (3)``… so names are unique even for
identical quotes.  Text is escaped by the XML serializer, and characters XML 1.0 cannot carry
at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are written as ``\\xNN`` /
``\\uNNNN``.  No timings or timestamps are written, so the output is reproducible.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TYPE_CHECKING

from quotecheck.formats._common import Item, collect, relative_path
from quotecheck.models import ArticleReport, Level, Report

if TYPE_CHECKING:
    from quotecheck.formats import FormatOptions

NAME_LIMIT = 80
"""Longest test-case name taken from a quote's text (before a de-duplicating suffix)."""
ARTICLE_CASE = "(article)"
"""Name of the test case that carries article-level findings."""
READ_CASE = "(read article)"
"""Name of the test case of an article that could not be read."""

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with characters XML 1.0 forbids replaced by visible ``\\xNN``/``\\uNNNN``."""

    def visible(m: re.Match[str]) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _XML_INVALID.sub(visible, text)


def case_name(text: str) -> str:
    """A test-case name from a quote: whitespace collapsed, at most :data:`NAME_LIMIT` chars."""
    name = " ".join(text.split()) or "(empty quote)"
    if len(name) > NAME_LIMIT:
        name = name[: NAME_LIMIT - 1].rstrip() + "…"
    return name


class _Names:
    """Hands out names unique within one suite."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.next: dict[str, int] = {}
        """Wanted name → the suffix number to try next (so n equal names cost O(n), not n²)."""

    def take(self, wanted: str) -> str:
        name, n = wanted, self.next.get(wanted, 1)
        if n > 1:
            name = f"{wanted} ({n})"
        while name in self.used:
            n += 1
            name = f"{wanted} ({n})"
        self.next[wanted] = n + 1
        self.used.add(name)
        return name


def _sub(parent: ET.Element, tag: str, attrib: dict[str, str], text: str | None = None) -> None:
    el = ET.SubElement(parent, tag, {k: xml_safe(v) for k, v in attrib.items()})
    if text:
        el.text = xml_safe(text)


def _failure_text(items: list[Item]) -> str:
    first = items[0]
    lines = [
        f"{it.path}:{it.start.line}:{it.start.column}: {it.code} [{it.level.value}] "
        f"{it.name}: {it.message}"
        for it in items
    ]
    quote = first.quote
    if quote is not None:
        lines.append(f"Quote: {quote.shown}")
        if quote.speaker:
            lines.append(f"Speaker: {quote.speaker}")
        if quote.match is not None:
            lines.append(f"Source ({first.source_path}): {quote.match.text}")
        lines.append(f"Verdict: {quote.verdict.value}")
    return "\n".join(lines)


def _failure(case: ET.Element, items: list[Item], fail_level: Level) -> bool:
    """A ``<failure>`` when a finding reaches ``fail_level``, else ``<system-out>``; True
    when the case failed."""
    worst = sorted(items, key=lambda it: (-it.level.rank, *it.sort_key()))
    first = worst[0]
    if first.level.rank < fail_level.rank:
        _sub(case, "system-out", {}, _failure_text(worst))
        return False
    message = f"{first.code} {first.name}: {first.message}"
    if len(items) > 1:
        message += f" (+{len(items) - 1} more)"
    codes = " ".join(sorted({it.code for it in items}))
    _sub(case, "failure", {"message": message, "type": codes}, _failure_text(worst))
    return True


def _suite(
    art: ArticleReport, path: str, items: list[Item], fail_level: Level
) -> tuple[ET.Element, int, int]:
    suite = ET.Element("testsuite", {"name": xml_safe(path)})
    names = _Names()
    tests = failures = errors = 0
    errored = [it for it in items if it.tool_error]
    if errored:
        case = ET.SubElement(
            suite, "testcase", {"name": names.take(READ_CASE), "classname": xml_safe(path)}
        )
        msg = errored[0].message
        _sub(case, "error", {"message": msg, "type": errored[0].code}, msg)
        tests, errors = 1, 1
    article_level = [it for it in items if it.quote is None and not it.tool_error]
    if article_level:
        case = ET.SubElement(
            suite, "testcase", {"name": names.take(ARTICLE_CASE), "classname": xml_safe(path)}
        )
        tests += 1
        failures += _failure(case, article_level, fail_level)
    by_quote: dict[int, list[Item]] = defaultdict(list)
    for it in items:
        if it.quote is not None:
            by_quote[id(it.quote)].append(it)
    for quote in sorted(art.quotes, key=lambda q: (q.start, q.end)):
        attrib = {
            "name": xml_safe(names.take(case_name(xml_safe(quote.text)))),
            "classname": xml_safe(path),
        }
        case = ET.SubElement(suite, "testcase", attrib)
        tests += 1
        found = by_quote.get(id(quote), [])
        if found:
            failures += _failure(case, found, fail_level)
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", "0")
    return suite, failures, errors


def junit_tree(report: Report, options: FormatOptions) -> ET.Element:
    """The ``<testsuites>`` element of ``report``."""
    items = collect(report, options.root)
    per_article: dict[int, list[Item]] = defaultdict(list)
    for it in items:
        per_article[id(it.article)].append(it)
    arts = sorted(
        ((relative_path(art.path, options.root), i, art) for i, art in enumerate(report.articles)),
        key=lambda t: (t[0], t[1]),
    )
    root = ET.Element("testsuites", {"name": xml_safe(report.tool.name)})
    total = total_failures = total_errors = 0
    for path, _, art in arts:
        suite, failures, errors = _suite(
            art, path, per_article.get(id(art), []), options.fail_level
        )
        root.append(suite)
        total += int(suite.get("tests", "0"))
        total_failures += failures
        total_errors += errors
    root.set("tests", str(total))
    root.set("failures", str(total_failures))
    root.set("errors", str(total_errors))
    return root


def render(report: Report, options: FormatOptions) -> str:
    """``report`` as JUnit XML (UTF-8, with an XML declaration)."""
    tree = junit_tree(report, options)
    ET.indent(tree)
    body = ET.tostring(tree, encoding="unicode", short_empty_elements=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
