"""The rule catalogue is executable: every example of every rule runs as written and holds.

The examples are data (``quotecheck/data/rules/<code>.yml``); ``quotecheck rule CODE`` prints
them and SARIF rule help is generated from them, so what a user reads is what is tested.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quotecheck
from quotecheck.cli import main
from quotecheck.config import Settings
from quotecheck.rules import Example, Rule, all_rules

CASES = [(rule, n, ex) for rule in all_rules() for n, ex in enumerate(rule.examples)]


def _codes_of(articles: list[dict[str, Any]]) -> tuple[set[str], str | None]:
    codes: set[str] = set()
    verdict = None
    for art in articles:
        codes |= {f["code"] for f in art.get("findings", ())}
        if art.get("error"):
            codes.add("QC000")
        for q in art.get("quotes", ()):
            verdict = verdict or q["verdict"]
            codes |= {f["code"] for f in q["findings"]}
    return codes, verdict


def _check(example: Example, nlp: Any) -> tuple[set[str], str | None]:
    """A ``run: check`` example through the library."""
    assert example.article is not None and example.source is not None
    source = quotecheck.make_source(example.source, speaker=example.speaker, kind=example.kind)
    settings = Settings(language=example.language)
    report = quotecheck.check_text(
        example.article,
        sources=[source],
        settings=settings,
        nlp=nlp if example.language == "en" else None,
    )
    return _codes_of([report.model_dump(mode="json")])


def _lint(
    example: Example, root: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> tuple[set[str], str | None]:
    """A ``run: lint`` example through ``quotecheck check`` in an empty repository."""
    (root / "quotecheck.toml").write_text(example.config or "", encoding="utf-8")
    if example.source is not None:
        (root / "sources").mkdir()
        (root / "sources" / "source.txt").write_text(example.source, encoding="utf-8")
    (root / "articles").mkdir()
    if example.article is not None:
        (root / "articles" / "article.md").write_text(example.article, encoding="utf-8")
    monkeypatch.chdir(root)
    status = main(["check", "articles/article.md", "-f", "json", "--no-progress", "--no-cache"])
    out, _err = capsys.readouterr()
    assert status in (0, 1, 2), out  # 2: an article that cannot be read (QC000)
    return _codes_of(json.loads(out)["articles"])


@pytest.mark.parametrize(
    ("rule", "n", "example"), CASES, ids=[f"{r.code}-{n}-{e.expect}" for r, n, e in CASES]
)
def test_example_holds(
    rule: Rule,
    n: int,
    example: Example,
    nlp: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if example.run == "lint":
        codes, verdict = _lint(example, tmp_path, monkeypatch, capsys)
    else:
        codes, verdict = _check(example, nlp)
    if example.expect == "fail":
        assert rule.code in codes, (codes, verdict)
    else:
        assert rule.code not in codes, (codes, verdict)
    assert set(example.codes) <= codes, codes
    assert not set(example.absent) & codes, codes
    if example.verdict is not None:
        assert verdict == example.verdict, codes


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_every_rule_has_a_passing_and_a_failing_example(rule: Rule) -> None:
    expects = [e.expect for e in rule.examples]
    assert "pass" in expects and "fail" in expects
    for e in rule.examples:
        if e.run == "check":
            assert e.source is not None and e.article is not None, "a complete source and article"
            named = e.speaker or e.source.startswith("---") or e.kind == "transcript"
            assert named, "the source's speaker is named (or its turns')"
