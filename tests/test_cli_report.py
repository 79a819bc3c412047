"""`quotecheck report` writes the HTML page; `quotecheck explain ARTICLE[:LINE]` prints one."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.cli import _split_line, main


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "quotecheck.toml").write_text("", encoding="utf-8")
    (tmp_path / "src.txt").write_text(
        "Statement by Ann Lee\n\nWe open the library in May.\n", encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text(
        'Intro.\n\n"We open the library in June," Lee said.\n', encoding="utf-8"
    )
    return tmp_path


def test_report_writes_html(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    code = main(["report", "a.txt", "-s", "src.txt", "-o", "out/report.html", "--no-cache"])
    assert code == 0
    page = (repo / "out" / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "We open the library in June" in page


def test_explain_a_line(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    code = main(["explain", "a.txt:3", "-s", "src.txt", "--no-cache", "--color", "never"])
    out = capsys.readouterr().out
    assert code == 0 and "ALTERED" in out.upper() and "June" in out and "May" in out
    assert "\x1b[" not in out


def test_explain_needs_one_article(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    assert main(["explain", "a.txt", "src.txt", "--no-cache"]) == 2


@pytest.mark.parametrize(
    ("spec", "expected"),
    [("a.md:12", ("a.md", 12)), ("a.md", ("a.md", None)), ("c:/x.md", ("c:/x.md", None))],
)
def test_split_line(spec: str, expected: tuple[str, int | None]) -> None:
    assert _split_line(spec) == expected
