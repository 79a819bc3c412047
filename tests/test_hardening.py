"""Hardening: limits with clear messages, a per-file time budget, confinement of sources, safe
parsing, a cache that survives corruption and concurrent runs, and a CLI run that changes no
article or source.  See docs/limits.md."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import quotecheck
import quotecheck.budget
from quotecheck.cli import main
from quotecheck.config import Settings, load_config
from quotecheck.errors import (
    BinaryFileError,
    ConfigError,
    DecodeError,
    FrontMatterError,
    InputTooLarge,
    TimeBudgetExceeded,
)
from quotecheck.extract import MAX_QUOTE_DEPTH
from quotecheck.inputs.document import make_document
from quotecheck.inputs.text import decode_bytes, read_text
from quotecheck.lint.baseline import Baseline
from quotecheck.lint.cache import ResultCache
from quotecheck.lint.declared import Problem, resolve_path
from quotecheck.models import ArticleReport

PACKAGE = Path(quotecheck.__file__).resolve().parent
SOURCE_TEXT = (
    "---\nspeaker: Ida Varga\n---\nStatement by Ida Varga.\n\n"
    "We will not close the ferry line in May. The pier carries 3,100 cars a day.\n"
)


@pytest.fixture
def source() -> quotecheck.Source:
    return quotecheck.make_source(SOURCE_TEXT)


# --------------------------------------------------------------------------- limits


def test_file_size_limit_names_file_and_limit(tmp_path: Path) -> None:
    f = tmp_path / "big.md"
    f.write_bytes(b"x" * 101)
    with pytest.raises(InputTooLarge, match=r"big\.md: is 101 bytes, larger than the limit of 100"):
        read_text(f, max_bytes=100)
    report = quotecheck.check([f], sources=[], settings=Settings(max_file_bytes=100))
    assert "E105" in (report.articles[0].error or "")


def test_overlong_quote_is_a_finding_not_checked(nlp: Any, source: quotecheck.Source) -> None:
    text = "\u201cWe will not close " + "the line " * 30 + "in May,\u201d Ida Varga said."
    report = quotecheck.check_text(
        text, sources=[source], nlp=nlp, settings=Settings(max_quote_chars=100)
    )
    assert report.quotes == ()
    messages = [f.message for f in report.findings]
    assert any("not closed within 100 characters (max_quote_chars)" in m for m in messages)
    assert all(f.code == "QC150" for f in report.findings)


def test_overlong_block_quote_is_a_finding(nlp: Any, source: quotecheck.Source) -> None:
    text = "Ida Varga wrote:\n\n> " + "We will not close the line. " * 10 + "\n"
    report = quotecheck.check_text(
        text, sources=[source], nlp=nlp, fmt="markdown", settings=Settings(max_quote_chars=50)
    )
    assert report.quotes == ()
    assert any("block quote of" in f.message for f in report.findings)


def test_deep_nesting_is_reported_not_checked(nlp: Any, source: quotecheck.Source) -> None:
    depth = MAX_QUOTE_DEPTH + 4
    text = "\u201cx " * depth + "y" + "\u201d" * depth
    report = quotecheck.check_text(text, sources=[source], nlp=nlp)
    assert len(report.quotes) == MAX_QUOTE_DEPTH
    deep = [f for f in report.findings if "levels deep" in f.message]
    assert len(deep) == depth - MAX_QUOTE_DEPTH


class _Jump:
    """A clock that jumps an hour each time it is read while ``path`` is being checked."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.now = 0.0

    def __call__(self) -> float:
        current = quotecheck.budget._CURRENT.get()
        if current is not None and current.path.endswith(self.path):
            self.now += 3600.0
        return self.now


def test_time_budget_error_names_file_and_limit(
    nlp: Any, source: quotecheck.Source, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow, fine = tmp_path / "slow.md", tmp_path / "fine.md"
    slow.write_text('"We will close the line," Ida Varga said.\n', encoding="utf-8")
    fine.write_text('"We will not close the line," Ida Varga said.\n', encoding="utf-8")
    monkeypatch.setattr(quotecheck.budget, "_clock", _Jump("slow.md"))
    report = quotecheck.check(
        [slow, fine], sources=[source], nlp=nlp, settings=Settings(time_budget=5)
    )
    bad, good = report.articles
    assert bad.error is not None and "slow.md" in bad.error
    assert "time budget of 5 s" in bad.error and "E107" in bad.error
    assert good.error is None and len(good.quotes) == 1
    with pytest.raises(TimeBudgetExceeded):
        quotecheck.check_text(
            slow.read_text(encoding="utf-8"),
            path=str(slow),
            sources=[source],
            nlp=nlp,
            settings=Settings(time_budget=5),
        )
    # 0 means no limit
    assert quotecheck.check([slow], sources=[source], nlp=nlp, settings=Settings(time_budget=0))


def test_cli_goes_on_after_an_article_over_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _repo(tmp_path)
    monkeypatch.chdir(repo)
    (repo / "quotecheck.toml").write_text("time-budget = 5\n", encoding="utf-8")
    monkeypatch.setattr(quotecheck.budget, "_clock", _Jump("slow.md"))
    (repo / "articles" / "slow.md").write_text(
        (repo / "articles" / "a.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    code = main(["check", "articles", "--no-cache", "--no-progress", "-f", "concise"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "slow.md" in err and "time budget of 5 s" in err
    assert "a.md" in out  # the other articles were still checked and reported


def test_pipeline_length_limit_is_an_input_error(nlp: Any, source: quotecheck.Source) -> None:
    class Tiny:
        max_length = 50
        pipe_names: tuple[str, ...] = ()

    text = '"We will not close the line," Ida Varga said. ' * 3
    with pytest.raises(InputTooLarge, match="more than the 50 the language pipeline reads"):
        quotecheck.check_text(text, sources=[source], nlp=Tiny())


# --------------------------------------------------------------------------- broken input


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ('{"a":' + "[" * 5000 + "]" * 5000 + "}\n\ntext", FrontMatterError),
        ("---\n" + "[" * 3000 + "\n---\ntext", FrontMatterError),
        ("+++\na = " + "[" * 3000 + "\n+++\ntext", FrontMatterError),
        ("---\na: !!python/object/apply:os.system ['true']\n---\n", FrontMatterError),
        ("caf\udce9", DecodeError),
    ],
    ids=["json-deep", "yaml-deep", "toml-deep", "yaml-python-tag", "lone-surrogate"],
)
def test_hostile_front_matter_is_a_documented_error(raw: str, error: type[Exception]) -> None:
    for fmt in ("text", "markdown"):
        with pytest.raises(error):
            make_document(raw, fmt=fmt)


@pytest.mark.parametrize(
    "table",
    ["  ? null\n  : 1", "  1: x", "  &anchor: [x]", "  zzz: 1\n  ? null\n  : 2"],
    ids=["null-key", "int-key", "anchored-null-key", "mixed-keys"],
)
def test_source_front_matter_with_keys_that_are_not_strings(table: str) -> None:
    """Found by fuzz_inputs (an anchor where a key should be): keys that are not strings
    are named in the error, not a TypeError."""
    raw = f"---\nquotecheck:\n{table}\n---\nWe will build it.\n"
    with pytest.raises(FrontMatterError, match="unknown key"):
        quotecheck.make_source(raw, id="s")


def test_binary_and_odd_encodings(tmp_path: Path) -> None:
    assert decode_bytes(b"", path="f") == ""
    assert decode_bytes(b"\xef\xbb\xbf \n", path="f") == " \n"
    assert decode_bytes("\ufeff\u201cja\u201d".encode("utf-16-le"), path="f") == "\u201cja\u201d"
    with pytest.raises(BinaryFileError, match="byte 3"):
        decode_bytes(b"abc\x00", path="f")
    with pytest.raises(BinaryFileError, match="character 1"):
        decode_bytes("\ufeffa\x00".encode("utf-16-be"), path="f")
    with pytest.raises(DecodeError, match="0xe9 at offset 3"):
        decode_bytes("caf\u00e9".encode("latin-1"), path="f")


def test_deep_config_baseline_and_cache_files_are_errors_or_misses(tmp_path: Path) -> None:
    cfg = tmp_path / "quotecheck.toml"
    cfg.write_text("a = " + "[" * 3000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="nested too deeply"):
        load_config(start=tmp_path, environ={})
    base = tmp_path / "b.json"
    base.write_text("[" * 100000, encoding="utf-8")
    with pytest.raises(ConfigError):
        Baseline.load(base)
    cache = ResultCache(tmp_path / "cache")
    key = "ab" * 32
    cache.put(key, ArticleReport(path="a.md", language="en"))
    cache._file(key).write_text("[" * 100000, encoding="utf-8")
    assert cache.get(key) is None


@pytest.mark.parametrize("kind", ["deep-yaml", "latin-1-tsv"])
def test_broken_alias_tables_are_config_errors(tmp_path: Path, kind: str) -> None:
    from quotecheck.match.normalize import load_alias_file

    if kind == "deep-yaml":
        f = tmp_path / "a.yaml"
        f.write_text("[" * 3000, encoding="utf-8")
    else:
        f = tmp_path / "a.tsv"
        f.write_bytes("Caf\u00e9\tCafe\n".encode("latin-1"))
    with pytest.raises(ConfigError):
        load_alias_file(f)


# --------------------------------------------------------------------------- security


@pytest.fixture
def confined(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "src").mkdir(parents=True)
    (root / "src" / "s.txt").write_text("x", encoding="utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text("secret", encoding="utf-8")
    (root / "link1").symlink_to(root / "link2")
    (root / "link2").symlink_to(outside)
    (root / "loop1").symlink_to(root / "loop2")
    (root / "loop2").symlink_to(root / "loop1")
    (root / "dirlink").symlink_to(tmp_path)
    return root.resolve()


@pytest.mark.parametrize(
    ("declared", "code"),
    [
        ("../secret.txt", "QC502"),
        ("src/../../secret.txt", "QC502"),
        ("./../secret.txt", "QC502"),
        ("..\\secret.txt", "QC502"),
        ("/etc/passwd", "QC502"),
        ("~/secret.txt", "QC502"),
        ("~root/.profile", "QC502"),
        ("C:\\Windows\\win.ini", "QC502"),
        ("c:secret.txt", "QC502"),
        ("\\\\server\\share\\s.txt", "QC502"),
        ("file:///etc/passwd", "QC502"),
        ("https://example.org/s.txt", "QC502"),
        ("src/s.txt\x00.md", "QC502"),
        ("link1", "QC502"),
        ("dirlink/secret.txt", "QC502"),
        ("loop1", "QC501"),
        ("a" * 5000, "QC501"),
        ("src", "QC501"),
        ("missing.txt", "QC501"),
    ],
)
def test_sources_stay_inside_the_root(confined: Path, declared: str, code: str) -> None:
    got = resolve_path(declared, "", confined)
    assert isinstance(got, Problem), got
    assert got.code == code, got.message


def test_a_good_source_resolves(confined: Path) -> None:
    assert resolve_path("src/s.txt", "", confined) == confined / "src" / "s.txt"
    assert resolve_path("s.txt", "src", confined) == confined / "src" / "s.txt"


def test_no_code_or_pickle_is_ever_loaded() -> None:
    """Static guard: no pickle, marshal, eval/exec or unsafe YAML loader in the package."""
    pattern = re.compile(
        r"\b(import|from) (pickle|marshal|shelve|dill)\b|\b(pickle|marshal)\.loads?\("
        r"|\beval\(|\bexec\(|yaml\.(load|unsafe_load|full_load)\("
        r"|yaml\.(Unsafe|Full)?Loader\b|allow_pickle\s*=\s*True"
    )
    offenders = []
    for f in PACKAGE.rglob("*.py"):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if pattern.search(code) and "unpickled" not in code:
                offenders.append(f"{f.relative_to(PACKAGE)}:{n}: {line.strip()}")
    assert offenders == []


# --------------------------------------------------------------------------- cache


def test_cache_treats_corrupt_entries_as_misses(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "c")
    key = "cd" * 32
    report = ArticleReport(path="a.md", language="en")
    cache.put(key, report)
    assert cache.get(key) == report
    path = cache._file(key)
    for junk in (b"", b"{", b"\xff\xfe\x00", b'{"key": "other", "report": {}}', b"[]", b"null"):
        path.write_bytes(junk)
        assert cache.get(key) is None
    path.unlink()
    path.mkdir()  # a folder where the entry should be
    assert cache.get(key) is None
    cache.put(key, report)  # best effort, no exception


_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from quotecheck.lint.cache import ResultCache
    from quotecheck.models import ArticleReport
    folder, key, tag, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    cache = ResultCache(Path(folder))
    notes = tuple(f"{tag}-{i}-" + "x" * 4000 for i in range(50))
    for i in range(n):
        cache.put(key, ArticleReport(path=f"{tag}.md", language="en", notes=notes))
    """
)
_READER = textwrap.dedent(
    """
    import sys, json
    from pathlib import Path
    from quotecheck.lint.cache import ResultCache
    folder, key, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    cache = ResultCache(Path(folder))
    f = cache._file(key)
    seen = bad = 0
    for i in range(n):
        try:
            data = f.read_bytes()
        except OSError:
            continue
        seen += 1
        try:
            json.loads(data)
        except ValueError:
            bad += 1
        got = cache.get(key)
        if got is not None and got.path not in ("a.md", "b.md"):
            bad += 1
    print(seen, bad)
    """
)


def test_concurrent_writers_and_a_reader_never_see_half_a_file(tmp_path: Path) -> None:
    folder, key = str(tmp_path / "cache"), "ef" * 32
    env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, folder, key, tag, "60"], env=env)
        for tag in ("a", "b")
    ]
    reader = subprocess.run(
        [sys.executable, "-c", _READER, folder, key, "400"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    for w in writers:
        assert w.wait(timeout=300) == 0
    seen, bad = map(int, reader.stdout.split())
    assert bad == 0
    assert ResultCache(Path(folder)).get(key) is not None
    leftovers = [p.name for p in Path(folder).rglob("*.tmp")]
    assert leftovers == []
    del seen


# --------------------------------------------------------------------------- nothing lost


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "articles").mkdir(parents=True)
    (repo / "sources").mkdir()
    (repo / "sources" / "ferry.md").write_bytes(SOURCE_TEXT.encode("utf-8"))
    head = "---\nquotecheck:\n  sources: [../sources/ferry.md]\n---\n"
    files: dict[str, bytes] = {
        "a.md": (
            head + "\u201cWe will close the ferry line in May,\u201d Ida Varga said.\r\n"
        ).encode(),
        "b.html": (
            b'<meta name="quotecheck:source" content="../sources/ferry.md">'
            b"<p>&ldquo;The pier carries 3,100 cars a day,&rdquo; said Ida Varga.</p>"
        ),
        "c.txt": "\ufeff\u201cNobody\u201d\r\u201cunclosed\r".encode(),
        "empty.md": b"",
        "blank.md": b" \n\t\r\n",
        "utf16.txt": "\ufeff\u201cWe will not close,\u201d she said.".encode("utf-16-le"),
        "latin1.txt": "\u201ecaf\u00e9\u201c".encode("cp1252"),
        "nul.txt": b'"a\x00b"',
        "deep.md": ("---\n" + "[" * 2000 + "\n---\n").encode(),
    }
    for name, data in files.items():
        (repo / "articles" / name).write_bytes(data)
    return repo


def _digests(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_a_full_cli_run_changes_no_input_and_writes_only_where_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _repo(tmp_path)
    out = tmp_path / "out"
    monkeypatch.chdir(repo)
    before = _digests(repo)
    reports = [
        f"--report={fmt}={out / ('r.' + fmt)}"
        for fmt in ("json", "sarif", "junit", "gitlab", "rdjson", "html", "json-lines")
    ]
    for fmt in ("full", "concise", "json", "github", "sarif", "rdjsonl"):
        assert main(["check", "articles", "--no-progress", "-f", fmt, *reports]) == 2
    assert main(["check", "articles", "--no-progress", "--write-baseline"]) == 2
    assert (
        main(["baseline", "articles", "--no-progress", "--baseline", "quotecheck-baseline.json"])
        == 2
    )
    assert main(["report", "articles", "--no-progress", "-o", str(out / "report.html")]) == 2
    assert main(["explain", "articles/a.md", "--no-progress"]) in (0, 1, 2)
    capsys.readouterr()
    after = _digests(repo)
    assert {k: v for k, v in after.items() if k in before} == before
    new = set(after) - set(before)
    allowed = re.compile(r"^(\.quotecheck_cache/.*|quotecheck-baseline\.json)$")
    assert [n for n in sorted(new) if not allowed.match(n)] == []
    assert "quotecheck-baseline.json" in new
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [
            "report.html",
            *(
                f"r.{f}"
                for f in ("json", "sarif", "junit", "gitlab", "rdjson", "html", "json-lines")
            ),
        ]
    )
