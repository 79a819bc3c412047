"""Fixtures for the output-format tests: a hand-built Report over texts written to tmp_path.

The article mixes German quote marks, umlauts, emoji (outside the BMP) and a musical symbol so
that code-point, UTF-16 and UTF-8 columns all differ; it has two identical quotes, a quote
that spans two lines, a passing quote and an article-level finding.  A second article has a
file name and a message full of characters the GitHub escaping must handle; a third could not
be read; a fourth is an in-memory text with control characters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from quotecheck.formats import FormatOptions
from quotecheck.models import (
    ArticleReport,
    Finding,
    Level,
    MatchInfo,
    QuoteResult,
    Report,
    ToolInfo,
    Verdict,
)

ARTICLE = (
    "# Die Brücke 🌉\n"
    "\n"
    "🎉🎉 „Grüße an alle Bürger“, sagte die Bürgermeisterin.\n"
    'She later added: "We will construct the bridge next year."\n'
    "Der Minister sagte: „Wir zahlen 100 % 😀“ und später wieder: „Wir zahlen 100 % 😀“.\n"
    'Pundits called it "a disaster 𝄞 of a plan".\n'
    '"Taxes will rise,\n'
    'we will fund schools," she said.\n'
    '"We are ready," Ann said.\n'
    '"An opening mark that never closes.\n'
)
SOURCE = "We will build the bridge next year. Wir zahlen 100 %. Grüße an alle Menschen."
ODD_NAME = "odd, name: 100%.md"
ODD_ARTICLE = 'He said: "Less, not more: 50%."\n'
ODD_MESSAGE = "Changed 'less' to 'more', 50% to 60%:\nsee the source, line 2\r\nend"
CONTROL_QUOTE = "bell\x07 vt\x0b esc\x1b & <tag> \"quoted\" 'single'"


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and code-point column of ``offset`` (lines end at \\n only)."""
    before = text[:offset]
    line = before.count("\n") + 1
    return line, offset - (before.rfind("\n") + 1) + 1


def finding(
    text: str,
    start: int,
    end: int,
    code: str,
    name: str,
    level: Level,
    message: str,
    index: int | None,
) -> Finding:
    """A finding over ``text[start:end]`` with its line and column computed here."""
    line, column = line_col(text, start)
    return Finding(
        code=code,
        name=name,
        level=level,
        message=message,
        start=start,
        end=end,
        line=line,
        column=column,
        quote_index=index,
    )


def quote(
    text: str,
    inner: str,
    occurrence: int,
    index: int,
    verdict: Verdict,
    findings: list[tuple[str, str, Level, str]],
    match: MatchInfo | None = None,
    speaker: str | None = "Ann Example",
) -> QuoteResult:
    """A quote result for the ``occurrence``-th (0-based) appearance of ``inner`` in ``text``."""
    if "\r\n" in text:
        inner = inner.replace("\n", "\r\n")
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(inner, start + 1)
    end = start + len(inner)
    line, column = line_col(text, start)
    return QuoteResult(
        text=inner,
        start=start,
        end=end,
        line=line,
        column=column,
        speaker=speaker,
        speaker_mention=speaker,
        verdict=verdict,
        similarity=0.9,
        match=match,
        findings=tuple(
            finding(text, start, end, code, name, level, message, index)
            for code, name, level, message in findings
        ),
    )


def source_match(inner: str, source_path: str) -> MatchInfo:
    """A match of ``inner``'s counterpart in SOURCE."""
    start = SOURCE.index(inner)
    return MatchInfo(
        source=source_path,
        start=start,
        end=start + len(inner),
        text=inner,
        speaker="Ann Example",
    )


@dataclass
class Sample:
    """A report with the texts it was made from."""

    root: Path
    report: Report
    article_path: str
    article_text: str
    options: FormatOptions


def build_report(article_path: str, odd_path: str, source_path: str, text: str = ARTICLE) -> Report:
    """The sample report over ``text``; paths are used as given (relative or absolute)."""
    quotes = [
        quote(
            text,
            "Grüße an alle Bürger",
            0,
            0,
            Verdict.TRANSLATED_ALTERED,
            [("QC401", "translated-altered", Level.ERROR, "„Menschen“ became „Bürger“.")],
            source_match("Grüße an alle Menschen", source_path),
        ),
        quote(
            text,
            "We will construct the bridge next year.",
            0,
            1,
            Verdict.ALTERED,
            [("QC101", "altered-wording", Level.WARNING, "'build' became 'construct'.")],
            source_match("We will build the bridge next year.", source_path),
        ),
        quote(
            text,
            "Wir zahlen 100 % 😀",
            0,
            2,
            Verdict.ALTERED,
            [("QC111", "number-changed", Level.ERROR, "The source has no emoji, 100 % differs.")],
            source_match("Wir zahlen 100 %", source_path),
        ),
        quote(
            text,
            "Wir zahlen 100 % 😀",
            1,
            3,
            Verdict.ALTERED,
            [("QC111", "number-changed", Level.ERROR, "The source has no emoji, 100 % differs.")],
            source_match("Wir zahlen 100 %", source_path),
        ),
        quote(
            text,
            "a disaster 𝄞 of a plan",
            0,
            4,
            Verdict.UNVERIFIABLE,
            [("QC202", "unattributed-quote", Level.INFO, "No speaker found.")],
            speaker=None,
        ),
        quote(
            text,
            "Taxes will rise,\nwe will fund schools,",
            0,
            5,
            Verdict.SPLICED,
            [("QC103", "spliced-quote", Level.ERROR, "Two passages joined without an ellipsis.")],
        ),
        quote(text, "We are ready,", 0, 6, Verdict.VERBATIM, []),
    ]
    lone = text.rindex('"An opening')
    never_closed = "The quote mark is never closed."
    article_findings = (
        finding(
            text,
            lone,
            lone + 1,
            "QC150",
            "unbalanced-quote-mark",
            Level.WARNING,
            never_closed,
            None,
        ),
    )
    odd_inner = "Less, not more: 50%."
    odd_start = ODD_ARTICLE.index(odd_inner)
    odd_quote = QuoteResult(
        text=odd_inner,
        start=odd_start,
        end=odd_start + len(odd_inner),
        line=1,
        column=odd_start + 1,
        speaker=None,
        speaker_mention="He",
        verdict=Verdict.ALTERED,
        similarity=0.5,
        match=None,
        findings=(
            finding(
                ODD_ARTICLE,
                odd_start,
                odd_start + len(odd_inner),
                "QC101",
                "altered-wording",
                Level.WARNING,
                ODD_MESSAGE,
                0,
            ),
        ),
    )
    memory_quote = QuoteResult(
        text=CONTROL_QUOTE,
        start=4,
        end=4 + len(CONTROL_QUOTE),
        line=1,
        column=5,
        speaker=None,
        speaker_mention=None,
        verdict=Verdict.FABRICATED,
        similarity=0.0,
        match=None,
        findings=(
            Finding(
                code="QC301",
                name="fabricated-quote",
                level=Level.ERROR,
                message="No counterpart: a < b & c > d \x0c]]>",
                start=4,
                end=4 + len(CONTROL_QUOTE),
                line=1,
                column=5,
                quote_index=0,
            ),
        ),
    )
    return Report(
        tool=ToolInfo(version="0.1.0"),
        articles=(
            ArticleReport(path=odd_path, quotes=(odd_quote,)),
            ArticleReport(
                path=article_path, language="de", quotes=tuple(quotes), findings=article_findings
            ),
            ArticleReport(path="articles/missing.md", error="file not found [E101]"),
            ArticleReport(path="<stdin>", quotes=(memory_quote,)),
        ),
    )


def write_files(root: Path, text: str = ARTICLE) -> None:
    """Write the article (``text``), the odd-named article and the source under ``root``."""
    (root / "articles").mkdir(parents=True, exist_ok=True)
    (root / "sources").mkdir(parents=True, exist_ok=True)
    (root / "articles" / "berlin.md").write_text(text, encoding="utf-8", newline="")
    (root / "articles" / ODD_NAME).write_text(ODD_ARTICLE, encoding="utf-8")
    (root / "sources" / "statement.txt").write_text(SOURCE, encoding="utf-8")


@pytest.fixture
def make_sample(tmp_path: Path) -> Callable[..., Sample]:
    """Factory: ``make_sample(text=ARTICLE, absolute=False, name="repo")``.

    Writes the files under ``tmp_path/name`` (the root) and builds the report over them, with
    paths relative to the root (not to the current directory) or absolute.
    """

    def make(text: str = ARTICLE, absolute: bool = False, name: str = "repo") -> Sample:
        root = tmp_path / name
        write_files(root, text)
        prefix = f"{root}/" if absolute else ""
        report = build_report(
            f"{prefix}articles/berlin.md",
            f"{prefix}articles/{ODD_NAME}",
            f"{prefix}sources/statement.txt",
            text,
        )
        return Sample(root, report, "articles/berlin.md", text, FormatOptions(root=root))

    return make


@pytest.fixture
def base_article() -> str:
    """The sample article's text."""
    return ARTICLE


@pytest.fixture
def sample(make_sample: Callable[..., Sample]) -> Sample:
    """The sample report with paths relative to the root."""
    return make_sample()
