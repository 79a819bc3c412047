"""Helpers shared by the machine-readable output formats.

Every format presents the same flat list of :class:`Item` values, built once by
:func:`collect`: one item per finding (quote-level and article-level) plus one per unreadable
article (:data:`TOOL_ERROR_CODE`), in a stable order.  An item carries

* the display path (relative to ``options.root``, with ``/`` separators),
* start and end positions in three column units: code points (what :class:`Finding` has),
  UTF-16 code units (SARIF's default) and UTF-8 bytes (reviewdog's), all 1-based, the end
  *exclusive* (the position just after the last character),
* a content-based fingerprint that survives edits elsewhere in the article.

Reports do not carry the article text, so end positions and the UTF-16 / UTF-8 columns are
computed by reading the article again (:class:`TextCache`).  When the file cannot be read (an
in-memory text, a file changed or removed since the run) the item falls back to the finding's
own code-point position, with the end equal to the start.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from quotecheck.budget import checkpoint
from quotecheck.fixes import QuoteFix, quote_fix
from quotecheck.models import ArticleReport, Finding, Level, Location, QuoteResult, Report
from quotecheck.paths import real_path
from quotecheck.rules import FAMILIES, RULES, TOOL_ERROR, Rule, make_finding

__all__ = [
    "FINGERPRINT_VERSION",
    "SUGGESTION_CODES",
    "TOOL_ERROR_CODE",
    "TOOL_ERROR_NAME",
    "TOOL_ERROR_RULE",
    "Item",
    "LineIndex",
    "Position",
    "Suggestion",
    "TextCache",
    "clock",
    "collect",
    "count_levels",
    "display_path",
    "location_label",
    "location_link",
    "message_with_place",
    "normalize_for_fingerprint",
    "one_line",
    "relative_path",
    "rule_for",
    "rules_for_report",
    "visible_controls",
]

TOOL_ERROR_CODE = TOOL_ERROR
"""Code under which an article that could not be read or checked is reported."""
TOOL_ERROR_RULE = RULES[TOOL_ERROR]
"""The rule of :attr:`ArticleReport.error` (in the catalogue)."""
TOOL_ERROR_NAME = TOOL_ERROR_RULE.name
"""Rule name of :data:`TOOL_ERROR_CODE`."""

FINGERPRINT_VERSION = "v1"
"""Changes whenever the fingerprint recipe changes (old fingerprints then no longer match)."""

_IN_MEMORY = re.compile(r"^(-|<.*>)$")


# --------------------------------------------------------------------------- rules


def rule_for(code: str, name: str = "", level: Level = Level.WARNING) -> Rule:
    """The catalogue rule for ``code``; a stand-in built from ``name``/``level`` if unknown."""
    if code in RULES:
        return RULES[code]
    family = FAMILIES.get(code[2:3], "other") if code.startswith("QC") else "other"
    summary = f"{code} {name}".strip()
    return Rule(code, name or code.lower(), level, family, summary, summary)


def rules_for_report(report: Report) -> list[Rule]:
    """Every catalogue rule (:data:`TOOL_ERROR_RULE` among them), and any unknown code the
    report uses.

    Sorted by code, so a rule's index in the list is stable from run to run.
    """
    out: dict[str, Rule] = dict(RULES)
    for art in report.articles:
        for finding in _article_findings(art):
            if finding.code not in out:
                out[finding.code] = rule_for(finding.code, finding.name, finding.level)
    return [out[code] for code in sorted(out)]


# --------------------------------------------------------------------------- paths


def relative_path(path: str, root: Path | None = None) -> str:
    """``path`` relative to ``root`` with ``/`` separators, when it lies inside ``root``.

    A relative ``path`` is taken relative to the current directory; if no such file exists
    there but one does under ``root``, it is taken as already relative to ``root``.  Paths
    outside ``root``, in-memory names (``-``, ``<stdin>``) and all paths when ``root`` is None
    are returned as given, only normalised (``./`` removed, ``/`` separators).
    """
    if _IN_MEMORY.match(path):
        return path
    given = Path(path)
    if root is not None:
        if (
            not given.is_absolute()
            and not given.exists()
            and (root / given).exists()
            and _is_inside(os.path.abspath(root / given), os.path.abspath(root))
        ):
            return _posix(os.path.normpath(given))
        candidates = [
            (os.path.abspath(given), os.path.abspath(root)),
            (str(real_path(given)), str(real_path(Path(root)))),
        ]
        for abs_path, abs_root in candidates:
            if _is_inside(abs_path, abs_root):
                return _posix(os.path.relpath(abs_path, abs_root))
    return _posix(os.path.normpath(given))


def _is_inside(path: str, root: str) -> bool:
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:  # different drives on Windows
        return False


def _posix(path: str) -> str:
    return PurePosixPath(Path(path).as_posix()).as_posix()


# --------------------------------------------------------------------------- positions


@dataclass(frozen=True)
class Position:
    """A 1-based line and column, the column counted in three units."""

    line: int
    column: int
    """Column in code points (Python ``str`` indices), as in :class:`Finding`."""
    column_utf16: int
    """Column in UTF-16 code units (SARIF's default ``columnKind``)."""
    column_utf8: int
    """Column in UTF-8 bytes (reviewdog's Diagnostic Format)."""

    @classmethod
    def plain(cls, line: int, column: int) -> Position:
        """A position whose column is the same in every unit (the fallback without text)."""
        return cls(line, column, column, column)


class LineIndex:
    """Maps code-point offsets of a text to :class:`Position` values.

    Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r``.  Each lookup costs O(log lines +
    :data:`_STEP`), whatever the length of the line: the UTF-16 and UTF-8 lengths of the text
    before every :data:`_STEP`-th character are counted once, when the first position of a
    non-ASCII text is asked (100k findings on one 280 KB line counted each prefix anew).
    """

    _BREAK = re.compile(r"\r\n|\r|\n")
    _STEP = 256

    def __init__(self, text: str) -> None:
        """Index the line starts of ``text``."""
        self.text = text
        self.starts = [0] + [m.end() for m in self._BREAK.finditer(text)]
        self._ascii = text.isascii()
        self._units: list[tuple[int, int]] | None = None

    def _counts(self, offset: int) -> tuple[int, int]:
        """UTF-16 code units and UTF-8 bytes of ``text[:offset]``."""
        if self._ascii:
            return offset, offset
        step, text = self._STEP, self.text
        if self._units is None:
            units, u16, u8 = [(0, 0)], 0, 0
            for k in range(0, len(text), step):
                chunk = text[k : k + step]
                u16 += len(chunk.encode("utf-16-le", "surrogatepass")) // 2
                u8 += len(chunk.encode("utf-8", "surrogatepass"))
                units.append((u16, u8))
            self._units = units
        base = offset // step * step
        u16, u8 = self._units[offset // step]
        rest = text[base:offset]
        return (
            u16 + len(rest.encode("utf-16-le", "surrogatepass")) // 2,
            u8 + len(rest.encode("utf-8", "surrogatepass")),
        )

    def position(self, offset: int) -> Position:
        """The position of code-point ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        index = bisect.bisect_right(self.starts, offset) - 1
        line_start = self.starts[index]
        (u16_start, u8_start), (u16, u8) = self._counts(line_start), self._counts(offset)
        return Position(
            line=index + 1,
            column=offset - line_start + 1,
            column_utf16=u16 - u16_start + 1,
            column_utf8=u8 - u8_start + 1,
        )


class TextCache:
    """Reads article (and source) texts once per render, as the pipeline decoded them.

    A relative path is looked up in the current directory first, then under ``root``.  The
    text is UTF-8 with a BOM removed; anything unreadable or undecodable gives None.
    """

    def __init__(self, root: Path | None = None) -> None:
        """Create an empty cache; ``root`` is the second place relative paths are tried."""
        self.root = root
        self._texts: dict[str, LineIndex | None] = {}

    def index(self, path: str) -> LineIndex | None:
        """The :class:`LineIndex` of the file at ``path``, or None when it cannot be read."""
        if path not in self._texts:
            text = self._read(path)
            self._texts[path] = LineIndex(text) if text is not None else None
        return self._texts[path]

    def _read(self, path: str) -> str | None:
        if not path or _IN_MEMORY.match(path):
            return None
        given = Path(path)
        candidates = [given]
        if self.root is not None and not given.is_absolute():
            candidates.append(self.root / given)
        for candidate in candidates:
            try:
                if not candidate.is_file():
                    continue
                data = candidate.read_bytes()
            except OSError:
                continue
            try:
                return data.decode("utf-8-sig")
            except UnicodeDecodeError:
                return None
        return None


# --------------------------------------------------------------------------- items


@dataclass(frozen=True)
class Suggestion:
    """A replacement of the article text between two positions (a :class:`QuoteFix` placed)."""

    fix: QuoteFix
    start: Position
    end: Position
    """Exclusive end."""


SUGGESTION_CODES = frozenset({"QC101", "QC104"})
"""Codes of the verdict findings a fix is attached to (altered wording, narration inserted)."""


@dataclass(frozen=True)
class Item:
    """One reportable result: a finding, or an article that could not be read."""

    article: ArticleReport
    finding: Finding
    quote: QuoteResult | None
    """The quote the finding belongs to; None for article-level findings and tool errors."""
    rule: Rule
    path: str
    """Display path: relative to ``options.root``, ``/`` separators."""
    start: Position
    end: Position
    """Exclusive end: the position just after the finding's last character."""
    exact: bool
    """True when the positions were computed from the article text, False for the fallback."""
    span_text: str | None
    """The article text between start and end, when the article could be read."""
    fingerprint: str = ""
    """Content-based, unique within the report: see :func:`collect`."""
    tool_error: bool = False
    """True for an :attr:`ArticleReport.error` reported as :data:`TOOL_ERROR_CODE`."""
    source_path: str | None = field(default=None)
    """Display path of the matched source (relative to root when inside it), if any."""
    suggestion: Suggestion | None = field(default=None)
    """The source's words offered in place of the quote's (:mod:`quotecheck.fixes`); only on
    the finding that carries the quote's verdict (QC101, QC104), so a quote gets one."""

    @property
    def code(self) -> str:
        """The finding's code (``QC101``)."""
        return self.finding.code

    @property
    def name(self) -> str:
        """The finding's rule name (``altered-wording``)."""
        return self.finding.name

    @property
    def level(self) -> Level:
        """The finding's level."""
        return self.finding.level

    @property
    def message(self) -> str:
        """The finding's message."""
        return self.finding.message

    def sort_key(self) -> tuple[str, int, int, str, int, int, str]:
        """Path, line, column, code, then end and message: the stable order of :func:`collect`."""
        return (
            self.path,
            self.start.line,
            self.start.column,
            self.code,
            self.end.line,
            self.end.column,
            self.message,
        )


def _article_findings(art: ArticleReport) -> Iterable[Finding]:
    yield from art.findings
    for quote in art.quotes:
        yield from quote.findings


def _tool_error_finding(art: ArticleReport) -> Finding:
    message = art.error or "the article could not be read"
    return make_finding(TOOL_ERROR, message, start=0, end=0, line=1, column=1)


def collect(report: Report, root: Path | None = None) -> list[Item]:
    """Every finding of ``report`` (and each article error) as an :class:`Item`.

    Sorted by path, line, column and code (then end position and message), so that output
    does not depend on the order articles were checked in.

    Fingerprints hash the rule code, the article's display path, the normalised quote text,
    the matched source (path and normalised text) and the speaker; article-level findings use
    the normalised text of their span (or their message when the article cannot be read).
    Line numbers are not part of it, so a fingerprint survives edits elsewhere in the article.
    Identical results in one article are told apart by an occurrence number in document order.
    """
    texts = TextCache(root)
    items: list[Item] = []
    for art in report.articles:
        path = relative_path(art.path, root)
        if art.error is not None:
            finding = _tool_error_finding(art)
            start = Position.plain(1, 1)
            items.append(
                Item(
                    article=art,
                    finding=finding,
                    quote=None,
                    rule=rule_for(TOOL_ERROR_CODE),
                    path=path,
                    start=start,
                    end=start,
                    exact=False,
                    span_text=None,
                    tool_error=True,
                )
            )
        # an article that could not be read (refused, say, as a symlink out) is not read here
        index = texts.index(art.path) if art.error is None else None
        pairs: list[tuple[Finding, QuoteResult | None]] = [(f, None) for f in art.findings]
        for quote_result in art.quotes:
            pairs.extend((f, quote_result) for f in quote_result.findings)
        for n, (finding, quote) in enumerate(pairs):
            if n % 1024 == 0:
                checkpoint("formatting the findings")
            start, end, exact, span = _locate(finding, index)
            source_path = None
            if quote is not None and quote.match is not None:
                source_path = relative_path(quote.match.source, root)
            suggestion = None
            if exact and index is not None and quote is not None:
                suggestion = _suggestion(finding, quote, index, art.language)
            items.append(
                Item(
                    article=art,
                    finding=finding,
                    quote=quote,
                    rule=rule_for(finding.code, finding.name, finding.level),
                    path=path,
                    start=start,
                    end=end,
                    exact=exact,
                    span_text=span,
                    source_path=source_path,
                    suggestion=suggestion,
                )
            )
    items.sort(key=Item.sort_key)
    return _with_fingerprints(items)


def _suggestion(
    finding: Finding, quote: QuoteResult, index: LineIndex, language: str
) -> Suggestion | None:
    """The fix offered with ``finding``, as ``--fix`` would plan it for the article in its
    ``language`` (speaker labels by that language's rules)."""
    if finding.code not in SUGGESTION_CODES:
        return None
    fix = quote_fix(quote, index.text, language)
    if fix is None:
        return None
    return Suggestion(fix, index.position(fix.start), index.position(fix.end))


def _locate(
    finding: Finding, index: LineIndex | None
) -> tuple[Position, Position, bool, str | None]:
    fallback = Position.plain(finding.line, finding.column)
    if index is None or not 0 <= finding.start <= finding.end <= len(index.text):
        return fallback, fallback, False, None
    start = index.position(finding.start)
    if (start.line, start.column) != (finding.line, finding.column):
        # The file changed since the run, or counts lines differently: trust the report.
        return fallback, fallback, False, None
    return start, index.position(finding.end), True, index.text[finding.start : finding.end]


_TYPOGRAPHY = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "‹": "'",
        "›": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "…": "...",
    }
)


def normalize_for_fingerprint(text: str | None) -> str:
    """``text`` with typography, case and whitespace normalised (NFKC, casefold)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY).casefold()
    return " ".join(text.split())


def _base_fingerprint(item: Item) -> str:
    if item.tool_error:
        parts = [item.code, item.path]
    elif item.quote is not None:
        match = item.quote.match
        parts = [
            item.code,
            item.path,
            normalize_for_fingerprint(item.quote.text),
            item.source_path or "",
            normalize_for_fingerprint(match.text if match else None),
            normalize_for_fingerprint(item.quote.speaker),
        ]
    else:
        content = item.span_text if item.span_text else item.message
        parts = [item.code, item.path, normalize_for_fingerprint(content)]
    return "\x1f".join([FINGERPRINT_VERSION, *parts])


def _with_fingerprints(items: list[Item]) -> list[Item]:
    seen: Counter[str] = Counter()
    out = []
    for item in items:
        base = _base_fingerprint(item)
        occurrence = seen[base]
        seen[base] += 1
        digest = hashlib.sha256(f"{base}\x1f{occurrence}".encode()).hexdigest()[:32]
        out.append(replace(item, fingerprint=digest))
    return out


# --------------------------------------------------------------------------- text helpers


_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029\x85\x0b\x0c]+\s*")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def visible_controls(text: str) -> str:
    """``text`` with control characters other than tab, LF and CR shown as ``\\xNN``.

    Keeps terminal escape sequences (ESC …) in article text from acting on a terminal.
    """
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def one_line(text: str) -> str:
    """``text`` on one line: each line break (with whitespace around it) becomes one space,
    other control characters are shown as ``\\xNN``."""
    return visible_controls(_LINE_BREAKS.sub(" ", text).strip())


def display_path(path: str) -> str:
    """A path for a line of human output: on one line, controls visible, and never starting
    with ``::`` (GitHub Actions reads such a line on stdout or stderr as a workflow command)."""
    shown = one_line(path)
    return "./" + shown if shown.startswith(":") else shown


def count_levels(items: Iterable[Item]) -> dict[Level, int]:
    """How many items there are of each level (every level present, possibly 0)."""
    counts = dict.fromkeys(Level, 0)
    for item in items:
        counts[item.level] += 1
    return counts


# --------------------------------------------------------------------------- places in sources


def clock(seconds: float) -> str:
    """``HH:MM:SS`` of a time in seconds (rounded down)."""
    whole = max(0, int(seconds))
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def location_label(location: Location | None) -> str:
    """ "p. 2, l. 14" or "00:14:32–00:14:41" for a match's place in its original ("" if none)."""
    if location is None:
        return ""
    if location.page is not None:
        line = f", l. {location.line}" if location.line is not None else ""
        return f"p. {location.page}{line}"
    if location.start_time is not None:
        end = location.end_time
        tail = (
            f"–{clock(end)}" if end is not None and clock(end) != clock(location.start_time) else ""
        )
        return f"{clock(location.start_time)}{tail}"
    return ""


def location_link(location: Location | None) -> str | None:
    """The location's link into the published original, when it is a web (http/https) URL."""
    url = location.url if location is not None else None
    if url and re.match(r"https?://", url, re.I):
        return url
    return None


def message_with_place(item: Item) -> str:
    """The finding's message, followed by where its quote's match stands in a PDF or a
    recording ("… (sources/statement.pdf, p. 2, l. 14)"), when the match has a location."""
    match = item.quote.match if item.quote is not None else None
    label = location_label(match.location) if match is not None else ""
    if not label:
        return item.message
    return f"{item.message} ({item.source_path or match.source if match else ''}, {label})"
