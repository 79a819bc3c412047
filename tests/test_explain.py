"""The terminal side-by-side view (``quotecheck explain``) and the word diff it shares with HTML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import quotecheck
from quotecheck.formats import FormatOptions
from quotecheck.formats.explain import (
    explain,
    render,
    select_quotes,
    side_by_side,
    source_context,
)
from quotecheck.models import (
    ArticleReport,
    Edit,
    EditKind,
    MatchInfo,
    QuoteResult,
    Report,
    Segment,
    SegmentKind,
    ToolInfo,
    Verdict,
)
from quotecheck.rules import get_rule

ANSI = re.compile(r"\x1b\[[0-9;]*m")

SOURCE = (
    "Statement.\n\n"
    "We will serve 4,200 vessels a year and will create jobs. "
    "We may need to delay the second phase, but the first phase will start.\n"
)
ARTICLE = (
    "Title\n\n"
    'She said "we will serve 4,800 vessels a year" and "the towns will be paid."\n'
    'Later: "We will serve 4,200 vessels a year and … create jobs," she said.\n'
    'And "bell\x07 and esc\x1b[31m red" too.\n'
)


def _quote(
    needle: str,
    verdict: Verdict,
    source: str | None = None,
    edits: tuple[Edit, ...] = (),
    codes: tuple[str, ...] = (),
    pieces: tuple[tuple[int, int], ...] = (),
    segments: tuple[Segment, ...] = (),
) -> QuoteResult:
    start = ARTICLE.index(needle)
    line = ARTICLE.count("\n", 0, start) + 1
    column = start - (ARTICLE.rfind("\n", 0, start) + 1) + 1
    match = None
    if source is not None:
        s = SOURCE.index(source)
        match = MatchInfo(
            source="source.txt",
            start=s,
            end=s + len(source),
            text=source,
            speaker="Mara Lindqvist",
            pieces=pieces or ((s, s + len(source)),),
        )
    from quotecheck.models import Finding

    findings = tuple(
        Finding(
            code=c,
            name=get_rule(c).name,
            level=get_rule(c).level,
            message=f"message of {c}",
            start=start,
            end=start + len(needle),
            line=line,
            column=column,
        )
        for c in codes
    )
    return QuoteResult(
        text=needle,
        start=start,
        end=start + len(needle),
        line=line,
        column=column,
        speaker="Mara Lindqvist",
        speaker_mention="She",
        verdict=verdict,
        similarity=0.75,
        match=match,
        edits=edits,
        codes=codes,
        segments=segments,
        findings=findings,
        explanation=f"why {verdict.value}",
    )


def _number_edit() -> Edit:
    q = ARTICLE.index("4,800")
    s = SOURCE.index("4,200")
    return Edit(
        kind=EditKind.NUMBER,
        quote="4,800",
        source="4,200",
        quote_start=q,
        quote_end=q + 5,
        source_start=s,
        source_end=s + 5,
        meaning_changing=True,
    )


def _elided() -> QuoteResult:
    needle = "We will serve 4,200 vessels a year and … create jobs,"
    start = ARTICLE.index(needle)
    ell = ARTICLE.index("…", start)
    first = SOURCE.index("We will serve")
    second = SOURCE.index("create jobs")
    return _quote(
        needle,
        Verdict.ELIDED,
        source="We will serve 4,200 vessels a year and will create jobs",
        pieces=((first, SOURCE.index(" will create")), (second, second + len("create jobs"))),
        segments=(
            Segment(kind=SegmentKind.TEXT, text=ARTICLE[start : ell - 1], start=start, end=ell - 1),
            Segment(kind=SegmentKind.ELLIPSIS, text="…", start=ell, end=ell + 1),
            Segment(
                kind=SegmentKind.TEXT,
                text="create jobs",
                start=ell + 2,
                end=ell + 2 + len("create jobs"),
            ),
        ),
    )


@pytest.fixture
def report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Report:
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "source.txt").write_text(SOURCE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    quotes = (
        _quote(
            "we will serve 4,800 vessels a year",
            Verdict.ALTERED,
            "We will serve 4,200 vessels a year",
            edits=(_number_edit(),),
            codes=("QC101", "QC111"),
        ),
        _quote("the towns will be paid.", Verdict.FABRICATED, codes=("QC301",)),
        _elided(),
        _quote("bell\x07 and esc\x1b[31m red", Verdict.UNVERIFIABLE, codes=("QC302",)),
    )
    return Report(
        tool=ToolInfo(version="1"),
        articles=(
            ArticleReport(path="article.md", quotes=quotes),
            ArticleReport(path="broken.md", error="broken.md: not UTF-8"),
        ),
    )


def plain(report: Report, **kwargs: object) -> str:
    return explain(report, options=FormatOptions(color=False), width=110, **kwargs)  # type: ignore[arg-type]


def test_plain_output_shows_both_sides_with_diff_markers(report: Report) -> None:
    out = plain(report)
    assert "\x1b[" not in out
    assert "{~!4,800~} vessels a year" in out
    assert "[~!4,200~]" in out
    assert "ALTERED" in out and "line 3:11" in out
    assert "“She” → Mara Lindqvist" in out
    assert "why altered" in out
    assert "!number “4,800” for “4,200”" in out
    for code in ("QC101", "QC111", "QC301"):
        assert code in out and get_rule(code).summary in out
    assert "message of QC111" in out
    assert "no counterpart in the sources" in out
    assert "source.txt:3" in out  # where the span is in the source
    assert "legend:" in out
    assert "broken.md" in out and "error: broken.md: not UTF-8" in out
    assert max(len(line) for line in out.splitlines()) <= 110


def test_elided_words_and_the_ellipsis(report: Report) -> None:
    out = plain(report)
    assert "[…will…]" in out
    q = report.articles[0].quotes[2]
    sbs = side_by_side(q)
    assert [r.text for r in sbs.source if r.change == "elided"] == ["will"]
    assert [r.text for r in sbs.quote if r.change == "ellipsis"] == ["…"]
    assert not [r for r in sbs.quote if r.change in ("ins", "sub", "del")]


def test_colour_only_when_asked(report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    assert "\x1b[" not in plain(report)
    monkeypatch.setenv("NO_COLOR", "1")
    coloured = explain(report, options=FormatOptions(color=True), width=110)
    assert "\x1b[" in coloured  # the caller decided (e.g. --color always)
    stripped = ANSI.sub("", coloured)
    assert "4,800 vessels a year" in stripped
    assert "{~" not in stripped and "[~" not in stripped and "legend:" not in stripped


def test_control_characters_cannot_reach_the_terminal(report: Report) -> None:
    for color in (False, True):
        out = explain(report, options=FormatOptions(color=color), width=110)
        assert "\x07" not in out
        assert "\x1b[31m red" not in out
    assert "\\x1b[31m red" in plain(report) or "\\x1b" in plain(report)


def test_line_selects_the_quote_on_that_line(report: Report) -> None:
    out = plain(report, line=4)
    assert "and … create" in out
    assert "4,800" not in out and "the towns will be paid" not in out
    assert "no quote on line" not in out
    # Two quotes stand on line 3: both are shown.
    out = plain(report, line=3)
    assert "4,800" in out and "the towns will be paid" in out


def test_line_without_a_quote_shows_the_nearest(report: Report) -> None:
    out = plain(report, line=1)
    assert "no quote on line 1; the nearest is on line 3, 3" in out
    chosen, note = select_quotes(report.articles[0].quotes, 99)
    assert [q.line for q in chosen] == [5] and note is not None


def test_article_selection(report: Report) -> None:
    out = plain(report, article="article.md")
    assert "broken.md" not in out
    assert "no article 'nope.md'" in plain(report, article="nope.md")


def test_render_is_the_whole_report(report: Report) -> None:
    assert "4,800" in render(report, FormatOptions())


def test_source_context_stays_in_the_sentence(report: Report) -> None:
    altered = report.articles[0].quotes[0]
    before, after = source_context(altered, SOURCE)
    assert (before, after) == ("", " and will create jobs.")
    assert source_context(altered, None) == ("", "")
    assert source_context(altered, "something else") == ("", "")
    words = "We may need to delay the second phase"
    at = SOURCE.index(words)
    cut = altered.model_copy(
        update={"match": MatchInfo(source="source.txt", start=at, end=at + len(words), text=words)}
    )
    assert source_context(cut, SOURCE) == ("", ", but the first phase will start.")


def test_bundled_example_terminal(examples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(examples.parent)
    base = Path("examples/newsroom")
    report = quotecheck.check(
        [base / "articles" / "drifted.md"], sources=[base / "sources" / "harbour-statement.txt"]
    )
    out = explain(report, line=9, options=FormatOptions(root=examples.parent), width=100)
    assert "The Eastport harbour plan will [-!not-] be" in out
    assert "{+only if the towns reject it+}" in out
    assert "QC110" in out and get_rule("QC110").summary in out
    assert "examples/newsroom/sources/harbour-statement.txt:9" in out


_NOTES = (
    "Harbour notes for the week{0}the ferries run at dawn and the gulls follow them home{0}Tides"
)


@pytest.mark.parametrize(
    ("between", "parted"),
    [
        ("\n\n", True),
        ("\r\n\r\n", True),  # written with CRLF line ends
        ("\n \t\n", True),
        ("\n\u00a0\n", True),  # a blank line holding a no-break space
        ("\n\u3000\r\n", True),
        ("\n", False),  # a wrapped line, not a paragraph break
        ("\r\n", False),  # a wrapped line in a CRLF text (its own pattern parted "\r" "\n")
    ],
)
def test_source_context_stops_at_the_package_s_paragraph_break(
    report: Report, between: str, parted: bool
) -> None:
    """The context never crosses a paragraph break, read as the rest of the package reads one
    (``lang.sentences.BLANK_LINE``): the scanner and the checks see the same paragraphs."""
    source = _NOTES.format(between)
    words = "the ferries run at dawn"
    at = source.index(words)
    q = (
        report.articles[0]
        .quotes[0]
        .model_copy(
            update={
                "match": MatchInfo(source="notes.txt", start=at, end=at + len(words), text=words)
            }
        )
    )
    before, after = source_context(q, source)
    if parted:
        assert (before, after) == ("", " and the gulls follow them home")
    else:
        assert before == "Harbour notes for the week "
        assert after == " and the gulls follow them home Tides"
