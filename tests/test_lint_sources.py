"""Sources declared by articles, path-escape refusal, directory walks and the rule engine."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from quotecheck.cli import main

SOURCE = "---\nquotecheck:\n  speaker: Ann Lee\n---\nThe new library will hold 40,000 books.\n"
GOOD = '"The new library will hold 40,000 books," Ann Lee said.\n'
BAD = '"The new library will hold 45,000 books," Ann Lee said.\n'
SECRET = "Ann Lee: The new library will hold 40,000 books. TOP-SECRET-TOKEN\n"

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
    root = tmp_path / "repo"
    write(root / "quotecheck.toml", LADDER_LEVELS)
    write(root / "sources" / "lee.md", SOURCE)
    write(tmp_path / "outside.txt", SECRET)
    return root


def check(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, dict[str, Any], str]:
    code = main(["check", *map(str, args), "-f", "json", "--no-progress"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def yaml_article(path: str, body: str = GOOD) -> str:
    return f"---\ntitle: T\nquotecheck:\n  sources:\n    - path: {path}\n---\n{body}"


def findings(article: dict[str, Any]) -> list[tuple[str, int]]:
    out = [(f["code"], f["line"]) for f in article["findings"]]
    out += [(f["code"], f["line"]) for q in article["quotes"] for f in q["findings"]]
    return sorted(out)


def test_front_matter_yaml_toml_json_and_html_meta(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(repo / "news" / "yaml.md", yaml_article("../sources/lee.md"))
    write(
        repo / "news" / "toml.md",
        '+++\n[[quotecheck.sources]]\npath = "../sources/lee.md"\n+++\n' + GOOD,
    )
    write(
        repo / "news" / "json.md",
        '{"quotecheck": {"sources": ["../sources/lee.md"]}}\n\n' + GOOD,
    )
    write(
        repo / "news" / "page.html",
        '<html><head><meta name="quotecheck:source" content="../sources/lee.md; kind=statement">'
        "</head><body><p>&ldquo;The new library will hold 40,000 books,&rdquo; Ann Lee said."
        "</p></body></html>\n",
    )
    code, report, _ = check(capsys, repo)
    paths = [a["path"] for a in report["articles"]]
    assert paths == ["news/json.md", "news/page.html", "news/toml.md", "news/yaml.md"]
    for art in report["articles"]:
        assert [q["verdict"] for q in art["quotes"]] == ["verbatim"], art["path"]
        assert art["quotes"][0]["match"]["source"] == "sources/lee.md"
    assert code == 0


@pytest.mark.parametrize(
    ("declared", "needle"),
    [
        ("../../outside.txt", "leaves the repository root"),
        ("../sources/../../../outside.txt", "leaves the repository root"),
        ("{outside}", "absolute path"),
        ("https://example.org/statement.txt", "never fetched from the network"),
        ("../sources/link.txt", "symlink that points outside"),
    ],
)
def test_sources_outside_the_root_are_refused(
    repo: Path, capsys: pytest.CaptureFixture[str], declared: str, needle: str
) -> None:
    outside = repo.parent / "outside.txt"
    if "link" in declared:
        try:
            os.symlink(outside, repo / "sources" / "link.txt")
        except OSError:  # pragma: no cover - platforms without symlinks
            pytest.skip("symlinks are not available")
    declared = declared.format(outside=outside)
    write(repo / "news" / "a.md", yaml_article(json.dumps(declared)))
    code, report, _ = check(capsys, repo / "news" / "a.md")
    art = report["articles"][0]
    qc502 = [f for f in art["findings"] if f["code"] == "QC502"]
    assert len(qc502) == 1 and needle in qc502[0]["message"]
    assert qc502[0]["line"] == 5  # placed on the declaration in the front matter
    assert "TOP-SECRET-TOKEN" not in json.dumps(report)
    assert all(q["match"] is None for q in art["quotes"])
    assert code == 1


def test_missing_source_is_qc501_and_the_rest_is_still_checked(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        repo / "a.md",
        "---\nquotecheck:\n  sources: [sources/nope.md, sources/lee.md]\n---\n" + BAD,
    )
    code, report, _ = check(capsys, repo / "a.md")
    art = report["articles"][0]
    assert findings(art) == [("QC101", 5), ("QC111", 5), ("QC501", 3)]
    assert "no such file" in art["findings"][0]["message"]
    assert code == 1


@pytest.mark.parametrize(
    ("front", "told"),
    [
        ("---\nsources:\n  - path: sources/lee.md\n---\n", True),
        ("---\ntitle: Library\n---\n", False),
    ],
    ids=["top-level sources", "no sources key"],
)
def test_a_top_level_sources_key_is_named(
    repo: Path, capsys: pytest.CaptureFixture[str], front: str, told: bool
) -> None:
    """Red team 22 (smaller): a front matter's own 'sources:' (not under 'quotecheck:') was
    ignored with only "declare them in front matter": the note now says where it belongs."""
    write(repo / "a.md", front + GOOD)
    _, report, err = check(capsys, repo / "a.md")
    assert [q["verdict"] for q in report["articles"][0]["quotes"]] == ["unverifiable"]
    assert ("top-level 'sources:' is not read" in err) is told


def test_config_glob_mapping(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        repo / "quotecheck.toml",
        '[sources]\n"briefs/*.md" = [{ path = "sources/lee.md", speaker = "Ann Lee" }]\n',
    )
    write(repo / "briefs" / "b.md", GOOD)
    write(repo / "other" / "c.md", GOOD)
    code, report, err = check(capsys, repo)
    verdicts = {a["path"]: [q["verdict"] for q in a["quotes"]] for a in report["articles"]}
    assert verdicts == {"briefs/b.md": ["verbatim"], "other/c.md": ["unverifiable"]}
    assert "other/c.md" in err and "no usable sources" in err
    assert code == 0


def test_each_configured_source_is_resolved_once(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run's memo of resolved paths serves both the articles' declarations and the list of
    declared source files (which keeps sources from being checked as articles)."""
    import quotecheck.lint.declared as declared
    import quotecheck.lint.runner as runner

    calls: list[tuple[str, str]] = []
    real = declared.resolve_path

    def counted(path: str, base: str, root: Path) -> Any:
        calls.append((path, base))
        return real(path, base, root)

    monkeypatch.setattr(declared, "resolve_path", counted)
    monkeypatch.setattr(runner, "resolve_path", counted)
    write(
        repo / "quotecheck.toml",
        '[sources]\n"briefs/*.md" = [{ path = "sources/lee.md", speaker = "Ann Lee" }]\n'
        '"unmatched/*.md" = [{ path = "sources/none.md" }]\n',
    )
    write(repo / "briefs" / "b.md", GOOD)
    write(repo / "briefs" / "c.md", GOOD)
    code, report, _ = check(capsys, repo / "briefs")
    assert [q["verdict"] for a in report["articles"] for q in a["quotes"]] == ["verbatim"] * 2
    assert sorted(calls) == [("sources/lee.md", ""), ("sources/none.md", "")]
    assert code == 0


@pytest.mark.parametrize("extra", [False, True], ids=["declared only", "with --source"])
def test_a_group_of_articles_gets_its_sources_key_once(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, extra: bool
) -> None:
    """Articles the configuration gives the same sources share one sources key, computed once
    per group whether or not the command line adds sources to every article."""
    import quotecheck.lint.runner as runner

    keys: list[int] = []
    real = runner.sources_key

    def counted(digests: Any) -> str:
        keys.append(len(digests))
        return real(digests)

    monkeypatch.setattr(runner, "sources_key", counted)
    write(
        repo / "sources" / "moss.md",
        "---\nquotecheck:\n  speaker: Kim Moss\n---\nThe pier opens at six.\n",
    )
    write(
        repo / "quotecheck.toml",
        '[sources]\n"lee/*.md" = [{ path = "sources/lee.md" }]\n'
        '"both/*.md" = [{ path = "sources/lee.md" }, { path = "sources/moss.md" }]\n',
    )
    for name in ("a", "b", "c"):
        write(repo / "lee" / f"{name}.md", GOOD)
    for name in ("d", "e"):
        write(repo / "both" / f"{name}.md", GOOD)
    more = ["--source", str(repo / "sources" / "moss.md")] if extra else []
    code, report, _ = check(capsys, repo / "lee", repo / "both", *more)
    assert [q["verdict"] for a in report["articles"] for q in a["quotes"]] == ["verbatim"] * 5
    assert sorted(keys) == ([2, 3] if extra else [1, 2])
    assert code == 0


def test_malformed_quotecheck_table_is_an_error(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(repo / "a.md", "---\nquotecheck:\n  source: sources/lee.md\n---\n" + GOOD)
    code, report, err = check(capsys, repo / "a.md")
    assert code == 2
    assert "unknown key 'quotecheck.source'" in err and "a.md" in err
    assert report["articles"][0]["error"]


def test_directory_walk(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(repo / "quotecheck.toml", 'exclude = ["drafts"]\n')
    write(repo / "news" / "a.md", yaml_article("../sources/lee.md"))
    write(repo / "news" / "notes.rst", GOOD)  # not included
    write(repo / "drafts" / "d.md", GOOD)  # excluded by the config
    write(repo / "node_modules" / "pkg" / "README.md", GOOD)  # vendor folder
    write(repo / "sources" / "plain.txt", "Bob Tan: words.\n")  # declares itself? no: kept
    code, report, _ = check(capsys, repo)
    # sources/lee.md is a declared source (and declares a speaker): never an article.
    assert [a["path"] for a in report["articles"]] == ["news/a.md", "sources/plain.txt"]
    # Named explicitly, an excluded file is checked, unless --force-exclude.
    _, report, _ = check(capsys, repo / "drafts" / "d.md", repo / "sources" / "lee.md")
    assert [a["path"] for a in report["articles"]] == ["drafts/d.md", "sources/lee.md"]
    _, report, _ = check(
        capsys, repo / "drafts" / "d.md", repo / "sources" / "lee.md", "--force-exclude"
    )
    assert report["articles"] == []
    del code


def test_rule_engine_select_ignore_severity_per_file(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(repo / "a.md", yaml_article("sources/lee.md", BAD))
    write(repo / "sub" / "b.md", yaml_article("../sources/lee.md", BAD))
    code, report, _ = check(capsys, repo)
    assert [findings(a) for a in report["articles"]] == [[("QC101", 7), ("QC111", 7)]] * 2
    assert code == 1
    write(
        repo / "quotecheck.toml",
        'ignore = ["altered-wording"]\n'
        '[severity]\nnumber-changed = "warning"\n'
        '[per-file-ignores]\n"sub/**" = ["QC1"]\n' + LADDER_LEVELS,
    )
    code, report, _ = check(capsys, repo)
    a, b = report["articles"]
    assert findings(a) == [("QC111", 7)] and findings(b) == []
    quote = a["quotes"][0]
    assert quote["findings"][0]["level"] == "warning" and quote["codes"] == ["QC111"]
    assert code == 0
    # The command line wins over the file.
    code, report, _ = check(capsys, repo, "--select", "QC101", "--ignore", "QC111")
    assert findings(report["articles"][0]) == [("QC101", 7)]
    code, report, _ = check(capsys, repo, "--isolated")
    assert findings(report["articles"][1]) == [("QC101", 7), ("QC111", 7)]


def test_unreadable_and_speakerless_sources(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "sources" / "latin1.txt").write_bytes("caf\xe9 statement".encode("latin-1"))
    write(repo / "sources" / "anon.txt", "The new library will hold 40,000 books.\n")
    write(
        repo / "a.md",
        "---\nquotecheck:\n  sources:\n    - sources/latin1.txt\n    - sources/anon.txt\n---\n"
        + GOOD,
    )
    code, report, _ = check(capsys, repo / "a.md")
    art = report["articles"][0]
    problems = {f["code"]: f for f in art["findings"]}
    assert problems["QC501"]["line"] == 4 and "not valid UTF-8" in problems["QC501"]["message"]
    assert problems["QC503"]["line"] == 5 and "no speaker" in problems["QC503"]["message"]
    assert code == 1


@pytest.mark.parametrize(
    ("source", "told"),
    [
        pytest.param(
            "---\nspeaker: [Ann Lee\n---\nThe library opens.\n", "could be read", id="bad YAML"
        ),
        pytest.param(None, "could be read", id="a missing file"),
        pytest.param(SOURCE, None, id="readable"),
    ],
)
def test_declared_but_unreadable_sources_are_not_called_undeclared(
    repo: Path, capsys: pytest.CaptureFixture[str], source: str | None, told: str | None
) -> None:
    """Red team 23 (CI): an article whose only declared source has broken YAML front matter
    (QC501 names it) was told to "declare them in front matter" — it had; the note now says
    that none of the sources it declares could be read."""
    if source is not None:
        write(repo / "sources" / "only.md", source)
    write(repo / "a.md", yaml_article("sources/only.md"))
    _, report, err = check(capsys, repo / "a.md")
    assert ("QC501" in {f["code"] for f in report["articles"][0]["findings"]}) is bool(told)
    assert "declare them in front matter" not in err, err
    assert (told is not None and told in err) or (told is None and "no usable" not in err), err
