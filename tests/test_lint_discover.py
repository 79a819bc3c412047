"""Directory walks on a static-site repository: .gitignore honoured, generated pages, themes
and read-me files skipped by default, named files still checked."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from quotecheck.cli import main
from quotecheck.config import LintConfig
from quotecheck.lint.discover import discover
from quotecheck.lint.ignore import IgnoreRules

QUOTE = '"We will open the library in May," Ann Lee said.\n'

# The ladder's own levels: these tests are about the lint mechanics, not calibration (a
# changed number, a cell the real-news set never produced, is a warning under the shipped
# table: docs/verdicts.md, *Cells with no evidence of their own*).
LADDER_LEVELS = "[score]\nerror-confidence = 0\n"


def write(path: Path, text: str = QUOTE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def walked(root: Path, **config: object) -> list[str]:
    found = discover([root], root, LintConfig(**config))  # type: ignore[arg-type]
    return sorted(c.path.relative_to(root).as_posix() for c in found)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    write(root / "content" / "news" / "a.md")
    write(root / "content" / "news" / "b.md")
    write(root / "README.md")
    write(root / "CHANGELOG.md")
    write(root / "public" / "news" / "a" / "index.html", f"<p>{QUOTE}</p>")  # Hugo output
    write(root / "_site" / "a.html", f"<p>{QUOTE}</p>")  # Jekyll output
    write(root / "themes" / "paper" / "layouts" / "single.html", "<p>{{ .Title }}</p>")
    return root


def test_static_site_defaults(site: Path) -> None:
    assert walked(site) == ["content/news/a.md", "content/news/b.md"]


@pytest.mark.parametrize(
    ("gitignore", "expected"),
    [
        ("", ["content/news/a.md", "content/news/b.md", "content/tmp/c.md", "drafts/x.md"]),
        ("drafts/\n", ["content/news/a.md", "content/news/b.md", "content/tmp/c.md"]),
        ("*.md\n!content/news/*.md\n", ["content/news/a.md", "content/news/b.md"]),
        ("/content/tmp\n", ["content/news/a.md", "content/news/b.md", "drafts/x.md"]),
        ("b.md\n", ["content/news/a.md", "content/tmp/c.md", "drafts/x.md"]),
    ],
)
def test_root_gitignore(site: Path, gitignore: str, expected: list[str]) -> None:
    write(site / "content" / "tmp" / "c.md")
    write(site / "drafts" / "x.md")
    write(site / ".gitignore", gitignore)
    assert walked(site) == expected


def test_nested_gitignore_overrides_the_root(site: Path) -> None:
    write(site / ".gitignore", "*.md\n")
    write(site / "content" / "news" / ".gitignore", "!a.md\n")
    assert walked(site) == ["content/news/a.md"]


def test_git_info_exclude_counts(site: Path) -> None:
    write(site / ".git" / "info" / "exclude", "content/news/b.md\n")
    assert walked(site) == ["content/news/a.md"]


def test_respect_gitignore_can_be_turned_off(site: Path) -> None:
    write(site / ".gitignore", "content/\n")
    assert walked(site) == []
    assert walked(site, respect_gitignore=False) == ["content/news/a.md", "content/news/b.md"]


def test_walking_a_subfolder_applies_the_root_gitignore(site: Path) -> None:
    write(site / ".gitignore", "b.md\n")
    found = discover([site / "content"], site, LintConfig())
    assert [c.path.name for c in found] == ["a.md"]


def test_named_files_are_checked_unless_force_exclude(site: Path) -> None:
    write(site / ".gitignore", "b.md\n")
    named = [site / "README.md", site / "content" / "news" / "b.md"]
    assert len(discover(named, site, LintConfig())) == 2
    assert discover(named, site, LintConfig(), force_exclude=True) == []


def test_ignore_rules_directory_patterns(tmp_path: Path) -> None:
    write(tmp_path / ".gitignore", "build-*/\n")
    rules = IgnoreRules(tmp_path)
    assert rules.ignored(tmp_path / "build-1", is_dir=True)
    assert not rules.ignored(tmp_path / "build-1", is_dir=False)  # a file of that name
    assert not rules.ignored(tmp_path.parent / "elsewhere.md", is_dir=False)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_changed_since_in_a_shallow_clone_says_how_to_fetch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    origin = tmp_path / "origin"
    write(origin / "a.md")
    _git(origin, "init", "-q", "-b", "main")
    _git(origin, "add", ".")
    _git(origin, "commit", "-q", "-m", "one")
    _git(origin, "checkout", "-q", "-b", "topic")
    write(origin / "b.md")
    _git(origin, "add", ".")
    _git(origin, "commit", "-q", "-m", "topic")
    _git(origin, "checkout", "-q", "main")
    write(origin / "c.md")
    _git(origin, "add", ".")
    _git(origin, "commit", "-q", "-m", "two")
    clone = tmp_path / "clone"
    _git(
        tmp_path,
        "clone", "-q", "--depth", "1", "--no-single-branch", "--branch", "topic",
        origin.as_uri(), str(clone),
    )  # fmt: skip
    code = main(["check", str(clone), "--changed-since", "origin/main", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert "shallow clone" in err and "fetch-depth: 0" in err
    assert "Traceback" not in err


BASELINE_SOURCE = (
    "---\nquotecheck:\n  speaker: Ann Lee\n---\nThe new library will hold 40,000 books.\n"
)
BASELINE_ARTICLE = (
    "---\nquotecheck:\n  sources: [sources/lee.md]\n---\n"
    '"The new library will hold 45,000 books," Ann Lee said.\n'
)


def test_bare_baseline_command_finds_the_default_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "quotecheck.toml", "")
    write(tmp_path / "sources" / "lee.md", BASELINE_SOURCE)
    write(tmp_path / "a.md", BASELINE_ARTICLE)
    monkeypatch.chdir(tmp_path)
    assert main(["baseline", "--no-progress"]) == 2
    assert "quotecheck-baseline.json" in capsys.readouterr().err
    assert main(["check", "--write-baseline", "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["baseline", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "quotecheck-baseline.json: 2 entries, 0 stale" in out


def test_source_folder_for_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "quotecheck.toml", LADDER_LEVELS)
    write(tmp_path / "statements" / "lee.md", BASELINE_SOURCE)
    write(tmp_path / "statements" / "other.txt", "Nothing about books.\n")
    write(tmp_path / "news" / "a.md", BASELINE_ARTICLE.split("---\n")[-1])
    monkeypatch.chdir(tmp_path)
    code = main(["check", "news", "--source", "statements", "-f", "concise", "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 1, err
    assert "QC111" in out  # 45,000 where lee.md has 40,000
    (tmp_path / "empty").mkdir()
    assert main(["check", "news", "--source", "empty", "--no-progress"]) == 2
    assert "empty" in capsys.readouterr().err


@pytest.mark.parametrize("date", ["2024-03-01", "'2024-03-01'"])
def test_occasion_and_date_on_a_declared_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, date: str
) -> None:
    write(tmp_path / "quotecheck.toml", LADDER_LEVELS)
    write(tmp_path / "sources" / "lee.md", BASELINE_SOURCE)
    article = (
        "---\nquotecheck:\n  sources:\n    - path: sources/lee.md\n"
        f"      occasion: the library board meeting\n      date: {date}\n---\n"
        '"The new library will hold 45,000 books," Ann Lee said.\n'
    )
    write(tmp_path / "a.md", article)
    monkeypatch.chdir(tmp_path)
    code = main(["check", "a.md", "-f", "concise", "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 1, err
    assert "QC111" in out and "QC000" not in out


def test_declared_occasion_wins_over_the_source_front_matter() -> None:
    from quotecheck.inputs.sources import make_source

    text = "---\noccasion: a press call\ndate: 2024-01-02\n---\nWords.\n"
    assert make_source(text).occasion == "a press call"
    src = make_source(text, occasion="the board meeting", date="2024-03-01")
    assert (src.occasion, src.date) == ("the board meeting", "2024-03-01")
