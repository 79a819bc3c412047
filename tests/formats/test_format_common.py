"""Shared helpers: positions in three units, reading texts back, paths, order, fingerprints."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quotecheck.formats import FORMATS, FormatOptions, available_formats, render
from quotecheck.formats._common import (
    TOOL_ERROR_CODE,
    LineIndex,
    TextCache,
    collect,
    normalize_for_fingerprint,
    one_line,
    relative_path,
    rule_for,
    rules_for_report,
)
from quotecheck.models import ArticleReport, Finding, Level, Report, ToolInfo
from quotecheck.rules import RULES

NEW_FORMATS = ("concise", "json-lines", "sarif", "github", "gitlab", "junit", "rdjson", "rdjsonl")


def test_line_index_counts_code_points_utf16_units_and_utf8_bytes() -> None:
    # reviewdog's own example: in 'a𐐀b' the b is column 3 / 4 / 6.
    index = LineIndex("x\na𐐀b")
    pos = index.position(4)
    assert (pos.line, pos.column, pos.column_utf16, pos.column_utf8) == (2, 3, 4, 6)
    start = index.position(2)
    assert (start.column, start.column_utf16, start.column_utf8) == (1, 1, 1)


def test_line_index_line_breaks_and_end_of_text() -> None:
    index = LineIndex("ab\r\ncd\ref\n")
    assert (index.position(4).line, index.position(4).column) == (2, 1)
    assert (index.position(7).line, index.position(7).column) == (3, 1)
    end = index.position(10)
    assert (end.line, end.column) == (4, 1)
    assert index.position(99) == end


def test_text_cache_removes_bom_and_tries_root(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes("\ufeffGrüße".encode())
    cache = TextCache(tmp_path)
    index = cache.index("a.md")
    assert index is not None
    assert index.text == "Grüße"
    assert cache.index("<stdin>") is None
    assert cache.index("missing.md") is None
    (tmp_path / "latin1.md").write_bytes("Gr\xfc\xdfe".encode("latin-1"))
    assert cache.index("latin1.md") is None


def test_relative_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("x", encoding="utf-8")
    assert relative_path(str(tmp_path / "docs" / "a.md"), tmp_path) == "docs/a.md"
    assert relative_path("docs/a.md", tmp_path) == "docs/a.md"
    assert relative_path("./docs/../docs/a.md", None) == "docs/a.md"
    assert relative_path("<stdin>", tmp_path) == "<stdin>"
    monkeypatch.chdir(tmp_path / "docs")
    assert relative_path("a.md", tmp_path) == "docs/a.md"
    outside = tmp_path.parent / "elsewhere.md"
    assert relative_path(str(outside), tmp_path) == outside.as_posix()


def test_items_are_sorted_by_path_line_column_code(sample: Any) -> None:
    items = collect(sample.report, sample.root)
    keys = [(it.path, it.start.line, it.start.column, it.code) for it in items]
    assert keys == sorted(keys)
    assert len(items) == 10  # 9 findings + 1 unreadable article


def test_items_have_exact_end_positions_when_the_text_is_readable(sample: Any) -> None:
    items = {it.message: it for it in collect(sample.report, sample.root)}
    spliced = items["Two passages joined without an ellipsis."]
    assert spliced.exact
    assert (spliced.start.line, spliced.end.line) == (7, 8)
    assert spliced.span_text == "Taxes will rise,\nwe will fund schools,"
    translated = items["„Menschen“ became „Bürger“."]
    assert (translated.start.column, translated.end.column) == (5, 25)
    assert (translated.start.column_utf16, translated.end.column_utf16) == (7, 27)
    assert (translated.start.column_utf8, translated.end.column_utf8) == (13, 36)


def test_fallback_without_readable_text(sample: Any) -> None:
    items = collect(sample.report, sample.root)
    memory = next(it for it in items if it.path == "<stdin>")
    assert not memory.exact
    assert memory.start == memory.end
    assert (memory.start.column, memory.start.column_utf16, memory.start.column_utf8) == (5, 5, 5)
    error = next(it for it in items if it.tool_error)
    assert (error.code, error.level, error.path) == (TOOL_ERROR_CODE, Level.ERROR, error.path)
    assert error.message == "file not found [E101]"


def test_fallback_when_the_file_changed_since_the_run(make_sample: Callable[..., Any]) -> None:
    sample = make_sample()
    (sample.root / sample.article_path).write_text("completely\ndifferent\n", encoding="utf-8")
    items = [it for it in collect(sample.report, sample.root) if it.path == sample.article_path]
    assert items
    assert not any(it.exact for it in items)
    for it in items:
        assert (it.start.line, it.start.column) == (it.finding.line, it.finding.column)


def test_crlf_and_bom_articles_keep_exact_positions(
    make_sample: Callable[..., Any], base_article: str
) -> None:
    crlf = base_article.replace("\n", "\r\n")
    sample = make_sample(text=crlf, name="crlf")
    path = sample.root / sample.article_path
    path.write_bytes(b"\xef\xbb\xbf" + crlf.encode("utf-8"))
    items = [it for it in collect(sample.report, sample.root) if it.path == sample.article_path]
    assert items and all(it.exact for it in items)


def test_fingerprints_unique_and_stable_across_edits_elsewhere(
    make_sample: Callable[..., Any], base_article: str
) -> None:
    before = make_sample(name="before")
    edited = "Ein neuer Absatz 🆕 ganz oben.\n\n" + base_article + "\nNoch ein Satz am Ende.\n"
    after = make_sample(text=edited, name="after")
    fp_before = [(it.code, it.fingerprint) for it in collect(before.report, before.root)]
    fp_after = [(it.code, it.fingerprint) for it in collect(after.report, after.root)]
    assert len({fp for _, fp in fp_before}) == len(fp_before)
    assert sorted(fp_before) == sorted(fp_after)
    lines_before = {it.fingerprint: it.start.line for it in collect(before.report, before.root)}
    lines_after = {it.fingerprint: it.start.line for it in collect(after.report, after.root)}
    moved = [fp for fp in lines_before if lines_before[fp] != lines_after[fp]]
    assert moved  # the lines did change, the fingerprints did not


def test_fingerprints_differ_by_rule_quote_and_path(sample: Any) -> None:
    items = collect(sample.report, sample.root)
    twins = [it for it in items if it.code == "QC111"]
    assert len(twins) == 2
    assert twins[0].fingerprint != twins[1].fingerprint


def test_normalisation_for_fingerprints() -> None:
    assert normalize_for_fingerprint("„Wir  SIND\nbereit“ – ja…") == '"wir sind bereit" - ja...'
    assert normalize_for_fingerprint(None) == ""


def test_one_line_and_controls() -> None:
    assert one_line("a\r\n  b\nc\u2028d") == "a b c d"
    assert one_line("esc\x1b[31m") == "esc\\x1b[31m"


def test_unknown_codes_get_a_stand_in_rule() -> None:
    rule = rule_for("QC799", "future-rule", Level.INFO)
    assert (rule.code, rule.name, rule.level) == ("QC799", "future-rule", Level.INFO)
    assert rule_for("QC101") is RULES["QC101"]
    report = Report(
        tool=ToolInfo(version="1"),
        articles=(
            ArticleReport(
                path="a.md",
                findings=(
                    Finding(
                        code="QC799",
                        name="future-rule",
                        level=Level.INFO,
                        message="m",
                        start=0,
                        end=0,
                        line=1,
                        column=1,
                    ),
                ),
            ),
        ),
    )
    codes = [r.code for r in rules_for_report(report)]
    assert codes == sorted(codes)
    assert {"QC000", "QC799", *RULES} == set(codes)


def test_every_format_is_registered_and_renders(sample: Any) -> None:
    for name in NEW_FORMATS:
        assert name in FORMATS
        assert name in available_formats()
        out = render(sample.report, name, sample.options)
        assert isinstance(out, str) and out


def test_every_format_renders_an_empty_report() -> None:
    empty = Report(tool=ToolInfo(version="0.1.0"))
    for name in NEW_FORMATS:
        render(empty, name, FormatOptions())


def test_render_does_not_depend_on_the_current_directory(
    sample: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = {name: render(sample.report, name, sample.options) for name in NEW_FORMATS}
    monkeypatch.chdir(sample.root)
    second = {name: render(sample.report, name, sample.options) for name in NEW_FORMATS}
    assert first == second
    assert os.getcwd() == str(sample.root)


def test_absolute_paths_become_relative_to_the_root(make_sample: Callable[..., Any]) -> None:
    relative = make_sample(name="rel")
    absolute = make_sample(absolute=True, name="abs")
    for name in NEW_FORMATS:
        a = render(absolute.report, name, absolute.options)
        assert str(absolute.root) not in a, name
        assert a == render(relative.report, name, relative.options).replace(
            str(relative.root), str(absolute.root)
        ), name
