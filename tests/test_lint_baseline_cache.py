"""Baseline round trip, the results cache (measured by counters), --jobs and --changed-since."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from quotecheck.cli import main
from quotecheck.extract import nlp as nlp_module

SOURCE = (
    "---\nquotecheck:\n  speaker: Ann Lee\n---\n"
    "The new library will hold 40,000 books. It will open every day until 21:00.\n"
)
BAD = '"The new library will hold 45,000 books," Ann Lee said.\n'
OTHER = '"It will open every day until 22:00," Ann Lee said.\n'
HEAD = "---\nquotecheck:\n  sources: [sources/lee.md]\n---\n"

# The ladder's own levels: these tests are about the lint mechanics, not calibration (a
# changed number, a cell the real-news set never produced, is a warning under the shipped
# table: docs/verdicts.md, *Cells with no evidence of their own*).
LADDER_LEVELS = "[score]\nerror-confidence = 0\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    write(tmp_path / "quotecheck.toml", LADDER_LEVELS)
    write(tmp_path / "sources" / "lee.md", SOURCE)
    write(tmp_path / "a.md", HEAD + BAD)
    return tmp_path


def check(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["check", *map(str, args), "--no-progress"])
    out, err = capsys.readouterr()
    return code, out, err


def codes(out: str) -> list[str]:
    report: dict[str, Any] = json.loads(out)
    return sorted(
        f["code"]
        for a in report["articles"]
        for f in [*a["findings"], *(f for q in a["quotes"] for f in q["findings"])]
    )


def test_baseline_round_trip(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check(capsys, repo)[0] == 1
    code, out, err = check(capsys, repo, "--write-baseline", "-f", "json")
    assert code == 0 and codes(out) == [] and "wrote 2 finding(s)" in err
    baseline = json.loads((repo / "quotecheck-baseline.json").read_text(encoding="utf-8"))
    entries = baseline["articles"]["a.md"]
    assert sorted(e["code"] for e in entries) == ["QC101", "QC111"]
    assert all("line" not in e for e in entries)  # keyed on content, not on positions

    args = ("--baseline", str(repo / "quotecheck-baseline.json"), "-f", "json")
    code, out, err = check(capsys, repo, *args)
    assert code == 0 and codes(out) == [] and "2 finding(s) hidden by the baseline" in err
    # Edits elsewhere (lines added above) keep the entries matching.
    write(repo / "a.md", HEAD + "# Title\n\nA new paragraph.\n\n" + BAD)
    assert check(capsys, repo, *args)[0] == 0
    # A new finding is reported; the known ones stay hidden.
    write(repo / "a.md", HEAD + BAD + "\n" + OTHER)
    code, out, _ = check(capsys, repo, *args)
    assert code == 1 and codes(out) == ["QC101", "QC111"]
    assert json.loads(out)["articles"][0]["quotes"][0]["findings"] == []
    # Fixing the known quote leaves stale entries, reported and pruned.
    write(repo / "a.md", HEAD + OTHER)
    code, out, err = check(capsys, repo, *args)
    assert "2 baseline entries no longer match" in err and "baseline --prune" in err
    assert main(["baseline", str(repo), "--baseline", args[1], "--no-progress"]) == 0
    status = capsys.readouterr().out
    assert "2 entries, 2 stale" in status and "QC111" in status
    assert main(["baseline", str(repo), "--baseline", args[1], "--prune"]) == 0
    assert "pruned 2 stale entries" in capsys.readouterr().out
    assert json.loads((repo / "quotecheck-baseline.json").read_text())["articles"] == {}
    code, out, err = check(capsys, repo, *args)
    assert "no longer match" not in err and code == 1


def test_configured_baseline_and_missing_file(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(repo / "quotecheck.toml", 'baseline = "ci/known.json"\n' + LADDER_LEVELS)
    code, _, err = check(capsys, repo)
    assert code == 2 and "no such baseline file" in err and "--write-baseline" in err
    assert check(capsys, repo, "--write-baseline")[0] == 0
    assert (repo / "ci" / "known.json").is_file()
    assert check(capsys, repo)[0] == 0
    write(repo / "ci" / "known.json", "{not json")
    code, _, err = check(capsys, repo)
    assert code == 2 and "cannot read the baseline" in err


def test_cache_second_run_does_no_nlp_work(
    repo: Path, capsys: pytest.CaptureFixture[str], nlp: Any, analysed: list[int]
) -> None:
    write(repo / "b.md", HEAD + OTHER)
    loads = nlp_module.loaded_pipelines()
    first = check(capsys, repo, "-f", "json")
    assert sum(analysed) == 2
    cached = sorted((repo / ".quotecheck_cache").rglob("*.json"))
    assert len(cached) == 2
    json.loads(cached[0].read_text(encoding="utf-8"))  # JSON, never pickle
    assert (repo / ".quotecheck_cache" / "CACHEDIR.TAG").is_file()

    second = check(capsys, repo, "-f", "json")
    assert sum(analysed) == 2  # nothing analysed again
    assert second[:2] == first[:2]
    assert loads == nlp_module.loaded_pipelines()  # the pipeline is loaded once per process

    write(repo / "b.md", HEAD + OTHER + "\nMore text.\n")  # one article changed
    check(capsys, repo)
    assert sum(analysed) == 3
    write(repo / "sources" / "lee.md", SOURCE + "Another sentence.\n")  # the source changed
    check(capsys, repo)
    assert sum(analysed) == 5
    check(capsys, repo, "--select", "QC111", "--fail-level", "info")  # rules: no re-analysis
    assert sum(analysed) == 5

    for f in (repo / ".quotecheck_cache").rglob("*.json"):
        f.write_text('{"key": "x", "report": [', encoding="utf-8")  # corrupt every entry
    assert (
        check(capsys, repo, "-f", "json")[1] == check(capsys, repo, "-f", "json", "--no-cache")[1]
    )
    assert sum(analysed) == 9  # two re-analysed, and two with --no-cache
    check(capsys, repo)
    assert sum(analysed) == 9  # the corrupt entries were rewritten


def test_jobs_give_identical_results_in_input_order(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(repo / "b.md", HEAD + OTHER)
    write(repo / "c.md", HEAD + BAD + OTHER)
    one = check(capsys, repo, "-f", "json", "--no-cache")
    two = check(capsys, repo, "-f", "json", "--no-cache", "--jobs", "2")
    assert one[0] == two[0] == 1
    assert one[1] == two[1]
    assert [a["path"] for a in json.loads(two[1])["articles"]] == ["a.md", "b.md", "c.md"]


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_changed_since(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(repo / "b.md", HEAD + OTHER)
    write(repo / "c.md", "No quotes and no sources.\n")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "start")
    git(repo, "checkout", "-q", "-b", "topic")

    def checked(*extra: str) -> list[str]:
        code, out, _ = check(capsys, repo, "-f", "json", "--changed-since", "main", *extra)
        assert code in (0, 1)
        return [a["path"] for a in json.loads(out)["articles"]]

    assert checked() == []
    write(repo / "c.md", "Still no quotes.\n")
    git(repo, "commit", "-q", "-am", "edit c")
    assert checked() == ["c.md"]
    write(repo / "sources" / "lee.md", SOURCE + "More.\n")  # uncommitted source change
    assert checked() == ["a.md", "b.md", "c.md"]
    code, _, err = check(capsys, repo, "--changed-since", "no-such-branch")
    assert code == 2 and "--changed-since" in err and "no-such-branch" in err
