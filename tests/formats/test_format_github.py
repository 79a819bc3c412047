"""GitHub workflow commands: escaping, order, multi-line findings, the job summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quotecheck.formats import FormatOptions, render
from quotecheck.formats.github import (
    escape_data,
    escape_property,
    step_summary,
    write_step_summary,
    write_step_summary_from_env,
)
from quotecheck.models import Report, ToolInfo


def lines(sample: Any) -> list[str]:
    """The sample rendered in the github format, as lines."""
    out = render(sample.report, "github", sample.options)
    assert out.endswith("\n")
    return out.splitlines()


def test_escaping() -> None:
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("a, b: 100%\n") == "a%2C b%3A 100%25%0A"
    assert escape_property("%3A") == "%253A"  # % first, so escapes are not re-read
    assert escape_data("esc\x1b[1m") == "esc\\x1b[1m"


def test_command_line_format(sample: Any) -> None:
    out = lines(sample)
    assert (
        "::warning file=articles/berlin.md,line=4,col=19,endLine=4,endColumn=58,"
        "title=QC101 altered-wording::'build' became 'construct'."
    ) in out
    odd = next(line for line in out if "odd" in line)
    assert odd == (
        "::warning file=articles/odd%2C name%3A 100%25.md,line=1,col=11,endLine=1,endColumn=31,"
        "title=QC101 altered-wording::"
        "Changed 'less' to 'more', 50%25 to 60%25:%0Asee the source, line 2%0D%0Aend"
    )
    assert all(line.count("::") == 2 for line in out)


def test_errors_then_warnings_then_notices(sample: Any) -> None:
    out = lines(sample)
    commands = [line.split(" ", 1)[0] for line in out]
    rank = {"::error": 0, "::warning": 1, "::notice": 2}
    assert [rank[c] for c in commands] == sorted(rank[c] for c in commands)
    assert set(commands) == set(rank)
    errors = [line for line in out if line.startswith("::error")]
    assert errors == sorted(errors, key=lambda s: (s.split("file=")[1].split(",")[0],))
    assert commands.count("::error") == 6


def test_multi_line_finding_has_no_columns(sample: Any) -> None:
    spliced = next(line for line in lines(sample) if "QC103" in line)
    assert "line=7,endLine=8,title=" in spliced
    assert "col=" not in spliced and "endColumn=" not in spliced


def test_unreadable_article(sample: Any) -> None:
    error = next(line for line in lines(sample) if "QC000" in line)
    assert error.startswith("::error file=articles/missing.md,line=1,")
    assert error.endswith("::file not found [E101]")


def test_step_summary_table(sample: Any) -> None:
    summary = step_summary(sample.report, sample.options)
    assert "| Level | Location | Rule | Message |" in summary
    assert "6 errors, 3 warnings, 1 notice (4 articles, 9 quotes checked)." in summary
    rows = [line for line in summary.splitlines() if line.startswith("| ") and "QC" in line]
    assert len(rows) == 10
    assert rows[0].startswith("| error |") and rows[-1].startswith("| notice |")
    for row in rows:
        # every row has exactly five unescaped pipes: four cells
        assert row.replace("\\|", "").count("|") == 5
    assert "&lt;stdin&gt;" in summary and "<stdin>" not in summary
    assert "60%:<br>see the source, line 2<br>end" in summary


def test_step_summary_without_findings() -> None:
    summary = step_summary(Report(tool=ToolInfo(version="0.1.0")))
    assert "No findings (0 articles, 0 quotes checked)." in summary
    assert "|" not in summary


def test_write_step_summary_appends(sample: Any, tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_text("# Earlier step\n", encoding="utf-8")
    write_step_summary(sample.report, target, sample.options)
    write_step_summary(sample.report, target, sample.options)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Earlier step\n")
    assert text.count("| Level | Location | Rule | Message |") == 2


def test_write_step_summary_from_env(sample: Any, tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    assert write_step_summary_from_env(sample.report, sample.options, environ={}) is None
    assert not target.exists()
    env = {"GITHUB_STEP_SUMMARY": str(target)}
    assert write_step_summary_from_env(sample.report, sample.options, environ=env) == target
    assert "QC101" in target.read_text(encoding="utf-8")


def test_render_is_pure(sample: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    render(sample.report, "github", sample.options)
    assert not target.exists()


def test_empty_report() -> None:
    assert render(Report(tool=ToolInfo(version="0.1.0")), "github", FormatOptions()) == ""
