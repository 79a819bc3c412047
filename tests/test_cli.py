"""The command line: every exit code, bad input, and the JSON contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck.cli import main
from quotecheck.models import Report

STATEMENT = "Statement by Ann Lee\n\nWe will open the new library in May. It has 40,000 books.\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "src.txt").write_text(STATEMENT, encoding="utf-8")
    (tmp_path / "good.txt").write_text(
        '"We will open the new library in May," Lee said.\n', encoding="utf-8"
    )
    (tmp_path / "bad.txt").write_text(
        '"We will open the new library in June," Lee said.\n', encoding="utf-8"
    )
    (tmp_path / "info.txt").write_text('"Books are great," said Tom Reyes.\n', encoding="utf-8")
    return tmp_path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_0_when_faithful(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", str(repo / "good.txt"), "-s", str(repo / "src.txt")], capsys)
    assert code == 0 and "verbatim" in out


def test_exit_1_on_error_finding(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["check", str(repo / "bad.txt"), "-s", str(repo / "src.txt"), "--fail-level", "warning"],
        capsys,
    )
    assert code == 1 and "altered" in out


def test_fail_level_and_exit_zero(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["check", str(repo / "info.txt"), "-s", str(repo / "src.txt")]
    assert run(args, capsys)[0] == 0
    assert run([*args, "--fail-level", "info"], capsys)[0] == 1
    assert run([*args, "--fail-level", "info", "--exit-zero"], capsys)[0] == 0


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("missing.txt", None, "no such file"),
        ("binary.txt", b"\x00\x01\x02", "NUL bytes"),
        ("latin1.txt", "caf\xe9".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_exit_2_on_bad_article_and_others_still_checked(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | str | None,
    needle: str,
) -> None:
    target = repo / name
    if isinstance(content, bytes):
        target.write_bytes(content)
    code, out, err = run(
        ["check", str(target), str(repo / "good.txt"), "-s", str(repo / "src.txt"), "-f", "json"],
        capsys,
    )
    assert code == 2
    assert needle in err and name in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    report = Report.model_validate_json(out)
    assert report.articles[0].error and report.articles[0].quotes == ()
    assert report.articles[1].quotes[0].verdict.value == "verbatim"


def test_exit_2_on_bad_source(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", str(repo / "good.txt"), "-s", str(repo / "nope.txt")], capsys)
    assert code == 2 and "nope.txt" in err


def test_exit_2_on_unknown_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["check", "a.txt", "--bogus"])
    assert info.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_empty_article_is_not_an_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "empty.txt").write_text("", encoding="utf-8")
    code, out, _ = run(
        ["check", str(repo / "empty.txt"), "-s", str(repo / "src.txt"), "-f", "json"], capsys
    )
    assert code == 0
    assert Report.model_validate_json(out).articles[0].quotes == ()


def test_json_contract(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        [
            "check",
            str(repo / "bad.txt"),
            "-s",
            str(repo / "src.txt"),
            "-f",
            "json",
            "--speaker",
            "Ann Lee",
        ],
        capsys,
    )
    data = json.loads(out)
    assert data["schema_version"] == 1 and data["tool"]["name"] == "quotecheck"
    art = data["articles"][0]
    # Paths are relative to the root (here the folder of the articles: no config, no git).
    assert art["path"] == "bad.txt" and art["language"] == "en"
    q = art["quotes"][0]
    for key in (
        "text",
        "start",
        "end",
        "line",
        "column",
        "speaker",
        "speaker_mention",
        "verdict",
        "similarity",
        "match",
        "edits",
        "codes",
    ):
        assert key in q
    text = (repo / "bad.txt").read_text(encoding="utf-8")
    assert text[q["start"] : q["end"]] == q["text"]
    assert q["match"]["text"] == STATEMENT[q["match"]["start"] : q["match"]["end"]]
    assert q["match"]["source"] == "src.txt"
    assert {"kind", "quote", "source"} <= set(q["edits"][0])
    Report.model_validate(data)  # the output validates against the pydantic models
    del code


def test_rule_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["rule", "QC101"], capsys)
    assert code == 0 and "altered-wording" in out and "Passes:" in out and "Fails:" in out
    code, out, _ = run(["rule", "narration-inserted"], capsys)
    assert code == 0 and "QC104" in out
    code, _, err = run(["rule", "QC999"], capsys)
    assert code == 2 and "unknown rule" in err
    # The examples as data: the same cases tests/test_rule_examples.py runs.
    code, out, _ = run(["rule", "--list", "--output-format", "json"], capsys)
    rules = json.loads(out)
    assert code == 0 and {r["code"] for r in rules} >= {"QC000", "QC101", "QC603"}
    for r in rules:
        assert {"code", "name", "level", "summary", "examples"} <= set(r)
        assert {e["expect"] for e in r["examples"]} == {"pass", "fail"}
        assert all(list(e)[:4] == ["expect", "source", "speaker", "article"] for e in r["examples"])
    code, out, _ = run(["rule", "QC113", "--output-format", "json"], capsys)
    (one,) = json.loads(out)
    assert one["code"] == "QC113" and one["name"] == "entity-changed"
    fail = next(e for e in one["examples"] if e["expect"] == "fail")
    assert fail["speaker"] == "Ann Lee" and "Spain" in fail["article"]
    code, out, _ = run(["rule", "QC115"], capsys)
    assert "Passes:" in out and "Fails:" in out and "had approved" in out


def test_console_script_runs_as_a_module(repo: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "quotecheck", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0 and proc.stdout.startswith("quotecheck ")
