"""The HTML report: one self-contained page to read a run's quotes side by side with the sources.

The page has no external resources (CSS and JavaScript are inline; no fonts, images or network
requests), so it works from a ``file://`` URL and as a CI artifact.  It shows

* a summary: articles, quotes, findings by level, and the verdicts as a bar chart whose rows are
  also the verdict filter (checkboxes);
* per article, the article text with each quote highlighted in its verdict colour (the article
  is read again from :attr:`ArticleReport.path`, relative to the current directory or
  ``options.root``; when it cannot be read, or no longer matches the report, the article's
  quotes are shown without it);
* per quote, a card with the article's words beside the source span (word-level diff from
  :func:`quotecheck.formats.explain.side_by_side`; meaning-changing edits marked apart from
  cosmetic ones), the speaker as the article names them and as resolved, the explanation, and
  each finding with its rule's one-line summary.

Templates live in ``quotecheck/formats/templates/`` and are rendered by Jinja2 with
autoescaping on: every piece of article and source text reaches the page escaped.  The report
is also embedded as JSON (the :doc:`json-contract`) in a ``<script type="application/json">``
element, escaped so that no text can end the element (see :func:`script_json`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from quotecheck.formats._common import (
    TextCache,
    location_label,
    location_link,
    one_line,
    relative_path,
    rule_for,
)
from quotecheck.formats.explain import (
    VERDICT_FAMILY,
    Run,
    SideBySide,
    describe_edit,
    end_line,
    side_by_side,
)
from quotecheck.models import (
    COSMETIC_EDITS,
    ArticleReport,
    AttributionRule,
    Edit,
    Finding,
    Level,
    QuoteResult,
    Report,
    Verdict,
)
from quotecheck.rules import Rule

if TYPE_CHECKING:
    from jinja2 import Environment

    from quotecheck.formats import FormatOptions

__all__ = ["VERDICT_HELP", "inline_asset", "page_environment", "render", "script_json"]

TEMPLATES = Path(__file__).with_name("templates")

VERDICT_HELP: dict[Verdict, str] = {
    Verdict.VERBATIM: "The quote is the source's words, exactly.",
    Verdict.NORMALIZED: "The same words after house style (spelling, numerals, contractions).",
    Verdict.ELIDED: "The source's words with a marked cut (an ellipsis or a bracketed insertion).",
    Verdict.ALTERED: "The same passage, but words inside the quote marks were changed.",
    Verdict.PARAPHRASED: "The source's passage reworded throughout: a paraphrase in quote marks.",
    Verdict.SPLICED: "Pieces from different places were joined without marking the cut.",
    Verdict.NARRATION_INSERTED: "The reporter's own narration stands inside the quote marks.",
    Verdict.TRANSLATED: "A faithful translation of the source.",
    Verdict.TRANSLATED_ALTERED: "A translation that changes what the source says.",
    Verdict.FABRICATED: "Nothing like it is in the speaker's source of the quote's occasion.",
    Verdict.MISATTRIBUTED: "The words are in a source, but someone else said them.",
    Verdict.UNVERIFIABLE: (
        "The sources given cannot settle it (none is the speaker's, or of the quote's "
        "occasion), so the quote cannot be checked."
    ),
}
"""One line per verdict, for the legend and tooltips."""

_CHANGE_LABEL = {
    "ins": "only in the article",
    "del": "only in the source",
    "sub": "changed",
    "case": "cosmetic difference",
    "elided": "left out by the ellipsis",
    "ellipsis": "the article's ellipsis",
    "bracket": "the reporter's bracketed words",
    "label": "a transcript's speaker label",
}


# --------------------------------------------------------------------------- view model


@dataclass(frozen=True)
class Piece:
    """A piece of the article text: plain text, or the start or end of a quote highlight."""

    kind: str  # "text" | "open" | "close"
    text: str = ""
    style: str = ""
    """For text: "front-matter" or "heading" (a Markdown heading line), shown apart."""
    quote: QuoteView | None = None


@dataclass(frozen=True)
class EditView:
    """An edit as shown in a card's list of changes."""

    kind: str
    words: str
    impact: str  # "meaning" | "cosmetic" | ""
    note: str


@dataclass(frozen=True)
class FindingView:
    """A finding with its rule's one-line summary."""

    finding: Finding
    rule: Rule


@dataclass(frozen=True)
class RunView:
    """A run of quote or source text with its CSS classes and tooltip."""

    text: str
    classes: str
    title: str
    tag: str = "span"
    """``ins`` for the article's side of a change, ``del`` for the source's, else ``span``."""


@dataclass
class QuoteView:
    """Everything a quote card shows."""

    id: str
    number: int
    result: QuoteResult
    verdict: str
    label: str
    family: str
    help: str
    end_line: int
    quote_runs: list[RunView]
    source_runs: list[RunView]
    before: str
    after: str
    source_path: str | None
    source_line: int | None
    edits: list[EditView]
    findings: list[FindingView]
    worst: str | None
    attribution_note: str
    place: str | None = None
    """Page and line, or cue times, of the match in its original ("p. 2, l. 14")."""
    place_url: str | None = None
    """Link to that place in the published original (``#page=2``, ``?t=872``)."""
    in_text: bool = False
    """True when the quote is highlighted in the article text shown above it."""


@dataclass
class ArticleView:
    """One article: its text as pieces (or None), its quote cards and counts."""

    id: str
    path: str
    report: ArticleReport
    pieces: list[Piece] | None
    unreadable_reason: str | None
    quotes: list[QuoteView]
    counts: list[tuple[str, str, int]]
    article_findings: list[FindingView] = field(default_factory=list)


def _label(verdict: Verdict) -> str:
    return verdict.value.replace("_", " ")


def _runs(runs: tuple[Run, ...], side: str) -> list[RunView]:
    out = []
    for run in runs:
        classes = []
        if run.change:
            classes.append(f"d-{run.change}")
        if run.impact:
            classes.append(f"i-{run.impact}")
        title = _CHANGE_LABEL.get(run.change, "")
        if run.change == "sub":
            title = "changed (the source has other words)" if side == "quote" else "replaced"
        if run.impact == "meaning":
            title = "changes the meaning: " + title
        elif run.impact == "cosmetic":
            title = "cosmetic: " + title
        if run.note:
            title = f"{title} — {run.note}" if title else run.note
        if run.change in ("ins", "sub") and side == "quote":
            tag = "ins"
        elif run.change in ("del", "sub", "elided") and side == "source":
            tag = "del"
        else:
            tag = "span"
        out.append(RunView(run.text, " ".join(classes), title, tag))
    return out


def _edit_view(edit: Edit) -> EditView:
    if edit.meaning_changing:
        impact = "meaning"
    elif edit.kind in COSMETIC_EDITS:
        impact = "cosmetic"
    else:
        impact = ""
    return EditView(edit.kind.value, describe_edit(edit), impact, edit.note or "")


def _findings(findings: tuple[Finding, ...]) -> list[FindingView]:
    return [FindingView(f, rule_for(f.code, f.name, f.level)) for f in findings]


def _worst(findings: tuple[Finding, ...]) -> str | None:
    if not findings:
        return None
    return max((f.level for f in findings), key=lambda lv: lv.rank).value


def _attribution_note(q: QuoteResult) -> str:
    a = q.attribution
    parts = []
    if a.cue:
        parts.append(f"cue “{one_line(a.cue)}”")
    if a.rule and a.rule != AttributionRule.NONE:
        parts.append(f"rule {a.rule}")
    if a.confidence:
        parts.append(f"confidence {a.confidence:.2f}")
    if a.reason:
        parts.append(one_line(a.reason))
    if a.occasion:
        parts.append(f"occasion “{one_line(a.occasion)}”")
    return "; ".join(parts)


def _quote_view(
    q: QuoteResult, article_id: str, number: int, texts: TextCache, options: FormatOptions
) -> QuoteView:
    source_text = None
    source_path = None
    source_line = None
    place = place_url = None
    if q.match is not None:
        index = texts.index(q.match.source)
        source_path = relative_path(q.match.source, options.root)
        if index is not None and index.text[q.match.start : q.match.end] == q.match.text:
            source_text = index.text
            source_line = index.position(q.match.start).line
        place = location_label(q.match.location) or None
        place_url = location_link(q.match.location)
    sbs: SideBySide = side_by_side(q, source_text)
    return QuoteView(
        id=f"{article_id}-q{number}",
        number=number,
        result=q,
        verdict=q.verdict.value,
        label=_label(q.verdict),
        family=VERDICT_FAMILY[q.verdict],
        help=VERDICT_HELP[q.verdict],
        end_line=end_line(q),
        quote_runs=_runs(sbs.quote, "quote"),
        source_runs=_runs(sbs.source, "source"),
        before=sbs.before,
        after=sbs.after,
        source_path=source_path,
        source_line=source_line,
        place=place,
        place_url=place_url,
        edits=[_edit_view(e) for e in q.edits],
        findings=_findings(q.findings),
        worst=_worst(q.findings),
        attribution_note=_attribution_note(q),
    )


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?^---[ \t]*$", re.MULTILINE | re.DOTALL)
_HEADING = re.compile(r"^#{1,6}[ \t][^\r\n]*", re.MULTILINE)


def _styled_ranges(text: str) -> list[tuple[int, int, str]]:
    """YAML front matter and Markdown heading lines: text shown apart, in document order."""
    out: list[tuple[int, int, str]] = []
    front = _FRONT_MATTER.match(text)
    if front:
        out.append((0, front.end(), "front-matter"))
    start = front.end() if front else 0
    out.extend((m.start(), m.end(), "heading") for m in _HEADING.finditer(text, start))
    return out


def _pieces(text: str, quotes: list[QuoteView]) -> list[Piece]:
    """The article text cut at the quotes' boundaries, with nested highlights well formed.

    A quote that overlaps another without nesting in it is clipped to the enclosing one.
    """
    ordered = sorted(quotes, key=lambda v: (v.result.start, -v.result.end, v.number))
    out: list[Piece] = []
    stack: list[tuple[QuoteView, int]] = []  # open quotes and where each ends
    pos = 0

    styled = _styled_ranges(text)

    def emit(upto: int) -> None:
        nonlocal pos
        while upto > pos:
            style, end = "", upto
            for r_start, r_end, r_style in styled:
                if r_start <= pos < r_end:
                    style, end = r_style, min(upto, r_end)
                    break
                if pos < r_start < end:
                    end = r_start
            out.append(Piece("text", text[pos:end], style=style))
            pos = end

    def close_until(offset: int) -> None:
        while stack and stack[-1][1] <= offset:
            _, end = stack.pop()
            emit(end)
            out.append(Piece("close"))

    for view in ordered:
        start = view.result.start
        close_until(start)
        end = min(view.result.end, stack[-1][1]) if stack else view.result.end
        if end <= start:
            continue
        emit(start)
        out.append(Piece("open", quote=view))
        view.in_text = True
        stack.append((view, end))
    close_until(len(text))
    emit(len(text))
    return out


def _article_view(
    art: ArticleReport, number: int, texts: TextCache, options: FormatOptions
) -> ArticleView:
    article_id = f"a{number}"
    quotes = [
        _quote_view(q, article_id, i, texts, options) for i, q in enumerate(art.quotes, start=1)
    ]
    pieces = None
    reason = None
    if art.error is None:
        index = texts.index(art.path)
        if index is None:
            reason = "The article text could not be read again, so only its quotes are shown."
        elif any(index.text[q.start : q.end] != q.text for q in art.quotes):
            reason = "The article changed since it was checked, so only its quotes are shown."
        else:
            pieces = _pieces(index.text, quotes)
    counts = Counter(q.verdict for q in art.quotes)
    return ArticleView(
        id=article_id,
        path=relative_path(art.path, options.root),
        report=art,
        pieces=pieces,
        unreadable_reason=reason,
        quotes=quotes,
        counts=[(v.value, _label(v), counts[v]) for v in Verdict if counts[v]],
        article_findings=_findings(art.findings),
    )


# --------------------------------------------------------------------------- rendering


def script_json(value: Any) -> Markup:
    """``value`` as JSON that is safe as the content of an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e`` and ``\\u0026`` (so no
    ``</script>`` or ``<!--`` can appear), and U+2028/U+2029 as escapes (line terminators in
    older JavaScript).  These characters only occur inside JSON strings, where the escapes
    decode to the same text.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return Markup(text)


def page_environment(folder: Path) -> Environment:
    """The template engine of every page quotecheck writes (this report, the lineage page):
    templates from ``folder``, every value escaped unless marked safe (article and source text
    can hold any markup), and an undefined name an error rather than an empty string."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(folder),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def inline_asset(path: Path) -> Markup:
    """The CSS or script at ``path``, to be put inline in a ``<style>`` or ``<script>``
    element: refused (:class:`ValueError`) when it holds text that would end that element
    early or open an HTML comment."""
    text = path.read_text(encoding="utf-8")
    end = "</script" if path.suffix == ".js" else "</style"
    if end in text.lower() or "<!--" in text:
        raise ValueError(f"{path.name} must not contain {end!r} or '<!--'")
    return Markup(text)


@cache
def _environment() -> Environment:
    env = page_environment(TEMPLATES)
    env.filters["script_json"] = script_json
    return env


@cache
def _assets() -> tuple[Markup, Markup, str]:
    """The inline CSS and script, and the script's CSP hash source."""
    css, script = inline_asset(TEMPLATES / "report.css"), inline_asset(TEMPLATES / "report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return css, script, f"sha256-{digest}"


def render(report: Report, options: FormatOptions) -> str:
    """The report as one self-contained HTML page."""
    texts = TextCache(options.root)
    articles = [
        _article_view(art, i, texts, options) for i, art in enumerate(report.articles, start=1)
    ]
    verdicts: Counter[Verdict] = Counter()
    levels: Counter[str] = Counter()
    for art in report.articles:
        verdicts.update(q.verdict for q in art.quotes)
        for f in art.findings:
            levels[f.level.value] += 1
        for q in art.quotes:
            for f in q.findings:
                levels[f.level.value] += 1
    n_quotes = sum(verdicts.values())
    chart = [
        {
            "verdict": v.value,
            "label": _label(v),
            "family": VERDICT_FAMILY[v],
            "help": VERDICT_HELP[v],
            "count": verdicts[v],
            "percent": 100.0 * verdicts[v] / n_quotes if n_quotes else 0.0,
        }
        for v in Verdict
        if verdicts[v]
    ]
    used: dict[str, str] = {}
    for art in report.articles:
        for f in art.findings:
            used.setdefault(f.code, f.name)
        for q in art.quotes:
            for f in q.findings:
                used.setdefault(f.code, f.name)
    css, script, script_hash = _assets()
    template = _environment().get_template("report.html.j2")
    return template.render(
        rules_used=sorted(used.items()),
        report=report,
        articles=articles,
        chart=chart,
        n_quotes=n_quotes,
        n_errors=sum(1 for a in report.articles if a.error),
        levels=[(lv.value, levels[lv.value]) for lv in reversed(Level)],
        report_data=report.model_dump(mode="json"),
        title=_title(report),
        css=css,
        script=script,
        script_hash=script_hash,
    )


def _title(report: Report) -> str:
    paths = [Path(a.path).name for a in report.articles]
    if len(paths) == 1:
        return f"quotecheck: {paths[0]}"
    return f"quotecheck report: {len(paths)} articles"
