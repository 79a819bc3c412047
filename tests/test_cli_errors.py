"""Every user-facing error of the command line is exit 2 with one coded line on stderr naming
the file, never a traceback (README "Exit codes", docs/errors.md).

The cases are data: the files of a small repository (text, bytes, a folder, a symbolic-link
loop, a dangling link, a FIFO), the command line, the code expected and the file the message
must name.  Unreadable files are simulated (the tests may run as root, where permission bits
do not stop a read).  A hypothesis test feeds arbitrary bytes as the article and as the
source.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.cli import main

STATEMENT = b"Statement by Ann Lee\n\nWe will open the new library in May. It has 40,000 books.\n"
GOOD = b'"We will open the new library in May," Lee said.\n'
BASE = ["good.txt", "-s", "src.txt"]

DIR, LOOP, DANGLING, FIFO = "<dir>", "<loop>", "<dangling>", "<fifo>"

# (id, extra files, argv, code, the file the message names)
CASES: list[tuple[str, dict[str, bytes | str], list[str], str, str]] = [
    # bad encodings and binary files
    (
        "article-latin1",
        {"a.txt": b'"caf\xe9," Lee said.\n'},
        ["check", "a.txt", "-s", "src.txt"],
        "E103",
        "a.txt",
    ),
    (
        "article-utf16-broken",
        {"a.txt": b"\xff\xfea\x00\x00\xd8"},
        ["check", "a.txt", "-s", "src.txt"],
        "E103",
        "a.txt",
    ),
    (
        "source-latin1",
        {"s.txt": b"Statement by Ann Lee\n\ncaf\xe9\n"},
        ["check", "good.txt", "-s", "s.txt"],
        "E103",
        "s.txt",
    ),
    (
        "source-binary",
        {"s.txt": b"\x00\x01\x02abc"},
        ["check", "good.txt", "-s", "s.txt"],
        "E104",
        "s.txt",
    ),
    (
        "explain-latin1",
        {"a.txt": b'"caf\xe9," Lee said.\n'},
        ["explain", "a.txt", "-s", "src.txt"],
        "E103",
        "a.txt",
    ),
    (
        "front-matter-yaml",
        {"a.md": b"---\ntitle: [open\n---\n" + GOOD},
        ["check", "a.md", "-s", "src.txt"],
        "E106",
        "a.md",
    ),
    # folders, links and FIFOs where a file is expected
    ("source-loop", {"s.txt": LOOP}, ["check", "good.txt", "-s", "s.txt"], "E101", "s.txt"),
    ("source-dangling", {"s.txt": DANGLING}, ["check", "good.txt", "-s", "s.txt"], "E101", "s.txt"),
    (
        "source-loop-lineage",
        {"s.txt": LOOP},
        ["lineage", "good.txt", "-s", "s.txt"],
        "E101",
        "s.txt",
    ),
    ("source-loop-report", {"s.txt": LOOP}, ["report", "good.txt", "-s", "s.txt"], "E101", "s.txt"),
    ("source-fifo", {"s.txt": FIFO}, ["check", "good.txt", "-s", "s.txt"], "E102", "s.txt"),
    ("article-loop", {"a.txt": LOOP}, ["check", "a.txt", "-s", "src.txt"], "E108", "a.txt"),
    ("article-fifo", {"a.txt": FIFO}, ["check", "a.txt", "-s", "src.txt"], "E102", "a.txt"),
    ("explain-loop", {"a.txt": LOOP}, ["explain", "a.txt", "-s", "src.txt"], "E108", "a.txt"),
    ("explain-folder", {"news": DIR}, ["explain", "news", "-s", "src.txt"], "E102", "news"),
    ("explain-missing", {}, ["explain", "gone.txt", "-s", "src.txt"], "E101", "gone.txt"),
    (
        "config-folder",
        {"conf.toml": DIR},
        ["check", *BASE, "--config", "conf.toml"],
        "E200",
        "conf.toml",
    ),
    ("config-missing", {}, ["check", *BASE, "--config", "none.toml"], "E200", "none.toml"),
    ("alias-file-folder", {"al": DIR}, ["check", *BASE, "--alias-file", "al"], "E102", "al"),
    ("baseline-folder", {"bl": DIR}, ["check", *BASE, "--baseline", "bl"], "E200", "bl"),
    ("cache-dir-file", {"cache": b"x"}, ["check", *BASE, "--cache-dir", "cache"], "E102", "cache"),
    ("report-into-folder", {"out": DIR}, ["check", *BASE, "--report", "sarif=out"], "E400", "out"),
    ("html-into-folder", {"out": DIR}, ["report", *BASE, "-o", "out"], "E400", "out"),
    ("lineage-into-folder", {"out": DIR}, ["lineage", *BASE, "-o", "out"], "E400", "out"),
    # an output path that is a symlink is written through; a loop has nowhere to write
    (
        "report-into-link-loop",
        {"out": LOOP},
        ["check", *BASE, "--report", "sarif=out"],
        "E400",
        "out",
    ),
    ("lineage-into-link-loop", {"out": LOOP}, ["lineage", *BASE, "-o", "out"], "E400", "out"),
    # configuration files that cannot be read as such
    (
        "config-latin1",
        {"c.toml": b'[tool.quotecheck]\nlanguage = "\xe9"\n'},
        ["check", *BASE, "--config", "c.toml"],
        "E200",
        "c.toml",
    ),
    (
        "pyproject-latin1",
        {"pyproject.toml": b'[tool.quotecheck]\nlanguage = "\xe9"\n'},
        ["check", *BASE],
        "E200",
        "pyproject.toml",
    ),
    (
        "pyproject-broken-toml",
        {"pyproject.toml": b"[tool.quotecheck\nfail-level = 1\n"},
        ["check", *BASE],
        "E200",
        "pyproject.toml",
    ),
    (
        "quotecheck-toml-folder",
        {"quotecheck.toml": DIR},
        ["check", *BASE],
        "E200",
        "quotecheck.toml",
    ),
    (
        "alias-file-latin1",
        {"al.tsv": b"caf\xe9\tcoffee\n"},
        ["check", *BASE, "--alias-file", "al.tsv"],
        "E200",
        "al.tsv",
    ),
    (
        "baseline-latin1",
        {"bl.json": b'{"x": "caf\xe9"}'},
        ["check", *BASE, "--baseline", "bl.json"],
        "E200",
        "bl.json",
    ),
    (
        "baseline-not-json",
        {"bl.json": b"{not json"},
        ["check", *BASE, "--baseline", "bl.json"],
        "E200",
        "bl.json",
    ),
]


def make(root: Path, files: dict[str, bytes | str]) -> None:
    (root / "src.txt").write_bytes(STATEMENT)
    (root / "good.txt").write_bytes(GOOD)
    for name, content in files.items():
        path = root / name
        if content == DIR:
            path.mkdir()
        elif content == LOOP:
            os.symlink(f"{name}.other", path)
            os.symlink(name, root / f"{name}.other")
        elif content == DANGLING:
            os.symlink("nowhere", path)
        elif content == FIFO:
            os.mkfifo(path)
        else:
            assert isinstance(content, bytes)
            path.write_bytes(content)


def assert_coded_error(code: int, err: str, expected: str, name: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err and "internal error" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("quotecheck: error:")]
    assert lines, err
    assert any(f"[{expected}]" in line and name in line for line in lines), err


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs symbolic links and FIFOs (POSIX)")
@pytest.mark.parametrize(
    ("files", "argv", "expected", "name"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_error_is_exit_2_with_a_coded_line_naming_the_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, bytes | str],
    argv: list[str],
    expected: str,
    name: str,
) -> None:
    make(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    code = main([*argv, "--no-cache"] if argv[0] != "batch" and "--cache-dir" not in argv else argv)
    assert_coded_error(code, capsys.readouterr().err, expected, name)


def test_a_broken_pyproject_that_does_not_configure_quotecheck_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make(tmp_path, {"pyproject.toml": b"[project\nname = 'x'\n"})
    monkeypatch.chdir(tmp_path)
    assert main(["check", *BASE, "--no-cache"]) == 0, capsys.readouterr().err


@pytest.mark.parametrize(
    ("victim", "argv", "expected"),
    [
        ("pyproject.toml", ["check", *BASE], "E200"),
        ("c.toml", ["check", *BASE, "--config", "c.toml"], "E200"),
        ("good.txt", ["check", *BASE], "E100"),
        ("src.txt", ["check", *BASE], "E100"),
    ],
)
def test_an_unreadable_file_is_named(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    victim: str,
    argv: list[str],
    expected: str,
) -> None:
    make(tmp_path, {"pyproject.toml": b"[tool.quotecheck]\n", "c.toml": b""})
    monkeypatch.chdir(tmp_path)
    read_bytes, read_text = Path.read_bytes, Path.read_text

    def refuse(path: Path) -> None:
        if path.name == victim:
            raise PermissionError(13, "Permission denied", str(path))

    def guarded_bytes(self: Path) -> bytes:
        refuse(self)
        return read_bytes(self)

    def guarded_text(self: Path, *args: object, **kwargs: object) -> str:
        refuse(self)
        return read_text(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_bytes", guarded_bytes)
    monkeypatch.setattr(Path, "read_text", guarded_text)
    code = main([*argv, "--no-cache"])
    err = capsys.readouterr().err
    assert_coded_error(code, err, expected, victim)
    assert "Permission denied" in err


@pytest.mark.slow
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=200), as_source=st.booleans())
def test_any_bytes_as_an_article_or_a_source_never_give_a_traceback(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    data: bytes,
    as_source: bool,
) -> None:
    root = tmp_path_factory.mktemp("bytes")
    make(root, {"x.txt": data})
    argv = ["check", str(root / "good.txt"), "-s", str(root / "x.txt")]
    if not as_source:
        argv = ["check", str(root / "x.txt"), "-s", str(root / "src.txt")]
    code = main([*argv, "--no-cache", "-q"])
    err = capsys.readouterr().err
    assert code in (0, 1, 2) and "Traceback" not in err and "internal error" not in err, err
    if code == 2:
        assert re.search(r"x\.txt: .*\[E1\d\d\]", err), err
