"""The documentation says what the program does: links resolve, and the options it names are
the options the command line has.

* every relative link in README.md, docs/ and benchmarks/README.md names a file that exists,
  and a ``#fragment`` names a heading of that page (GitHub's anchors);
* docs/cli.md lists, per command, exactly the options ``quotecheck COMMAND --help`` prints,
  for every command ``quotecheck --help`` lists;
* each command's ``--help`` mentions only options that command has (an epilog naming
  ``--fail-level`` under a command without it was wrong once);
* every ``quotecheck COMMAND …`` command line in the documentation uses options COMMAND has;
* every ``python -m benchmarks.…`` command line names a module that runs, with options its
  ``--help`` prints.
"""

from __future__ import annotations

import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from quotecheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "benchmarks/README.md"]
COMMANDS = ("check", "report", "explain", "baseline", "lineage", "batch", "rule")
HELP_ONLY = {"-h", "--help"}

_OPTION = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")
_LINK = re.compile(r"\]\(([^()\s]+)\)")


def rel(page: Path) -> str:
    return page.relative_to(ROOT).as_posix()


@cache
def help_text(command: str | None) -> str:
    """What ``quotecheck [COMMAND] --help`` prints."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as done:
        main([command, "--help"] if command else ["--help"])
    assert done.value.code == 0
    return out.getvalue()


@cache
def defined_options(command: str | None) -> frozenset[str]:
    """The options in the ``options:`` list of the help (the heads of its entries)."""
    listed = help_text(command).split("\noptions:\n", 1)[1]
    found: set[str] = set()
    for line in listed.splitlines():
        if not line.startswith("  -"):
            if line and not line.startswith(" "):
                break  # the epilog
            continue
        head = re.split(r"\s{2,}", line.strip(), maxsplit=1)[0]
        found.update(o for o in _OPTION.findall(head))
    return frozenset(found)


def documented_options() -> dict[str, set[str]]:
    """docs/cli.md: per command, the options in the first cell of its tables' rows.  A heading
    names the commands its table belongs to in backticks (``quotecheck check`` or ``check``)."""
    per: dict[str, set[str]] = {c: set() for c in COMMANDS}
    commands: list[str] = []
    for line in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            named = [n.split()[-1] for n in re.findall(r"`([^`]+)`", line)]
            commands = [n for n in named if n in COMMANDS]
        elif line.startswith("| `-"):
            cell = line.split(" | ", 1)[0]
            for c in commands:
                per[c].update(_OPTION.findall(cell))
    return per


def slug(heading: str) -> str:
    """GitHub's anchor of a Markdown heading."""
    text = heading.strip().lower().replace("`", "")
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


@cache
def anchors(page: Path) -> frozenset[str]:
    out: set[str] = set()
    fenced = False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (m := re.match(r"#{1,6}\s+(.*)", line)):
            out.add(slug(m.group(1)))
    return frozenset(out)


def links() -> list[tuple[str, str]]:
    return [
        (rel(page), target)
        for page in PAGES
        for target in _LINK.findall(page.read_text(encoding="utf-8"))
        if not re.match(r"[a-z][a-z0-9+.-]*:", target)  # https:, mailto:
    ]


@pytest.mark.parametrize(("page", "target"), links())
def test_links_resolve(page: str, target: str) -> None:
    path, _, fragment = target.partition("#")
    found = (ROOT / page).parent / path if path else ROOT / page
    assert found.exists(), f"{page} links to {target}: no such file"
    if fragment and found.suffix == ".md":
        assert fragment in anchors(found.resolve()), f"{page} links to {target}: no such heading"


def test_the_readme_links_every_documentation_page() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pages = {p.name for p in (ROOT / "docs").glob("*.md")}
    assert {p for p in pages if f"(docs/{p})" not in readme} == set()


def test_the_commands_checked_are_those_help_lists() -> None:
    """A new command is not left out of the checks below: ``COMMANDS`` is the list of
    commands ``quotecheck --help`` prints (its entries under ``COMMAND``)."""
    listed = help_text(None).split("\n  COMMAND\n", 1)[1].split("\n\n", 1)[0]
    names = {m.group(1) for m in re.finditer(r"^    (\w+)", listed, re.MULTILINE)}
    assert names == set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_cli_lists_the_options_help_prints(command: str) -> None:
    documented = documented_options()[command]
    assert documented == defined_options(command) - HELP_ONLY


def test_docs_cli_names_the_top_level_options() -> None:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert all(o in page for o in defined_options(None) - HELP_ONLY)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_mentions_only_options_the_command_has(command: str) -> None:
    mentioned = set(_OPTION.findall(help_text(command)))
    assert mentioned - defined_options(command) == set()


def command_lines() -> list[tuple[str, str, str]]:
    """``(page, command, its options text)`` for every ``quotecheck COMMAND …`` in the pages;
    a line ending in a backslash goes on, a pipe or a closing backtick ends the command."""
    out = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8").replace("\\\n", " ")
        for m in re.finditer(rf"quotecheck ({'|'.join(COMMANDS)})\b([^\n`|#]*)", text):
            out.append((rel(page), m.group(1), m.group(2)))
    return out


def test_documented_command_lines_use_options_the_command_has() -> None:
    wrong = [
        (page, command, option)
        for page, command, rest in command_lines()
        for option in _OPTION.findall(rest)
        if option not in defined_options(command)
    ]
    assert wrong == []
    assert len(command_lines()) > 20  # the pattern still finds the command lines


def fenced_after(text: str, marker: str) -> str:
    """The first fenced block after ``marker``."""
    return text.split(marker, 1)[1].split("```", 2)[1].split("\n", 1)[1]


@pytest.mark.slow
def test_the_readme_quick_start_is_what_the_example_prints(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = fenced_after(readme, "## Quick start").strip()
    assert command.startswith('python3 -m venv .venv && .venv/bin/pip install -q -e ".[dev]" && ')
    args = command.split(" && .venv/bin/quotecheck ", 1)[1].split()
    monkeypatch.chdir(ROOT)
    code = main([*args, "--no-cache"])  # the cache would be written into the checkout
    assert "The first command exits with status 0" in readme and code == 0
    printed = capsys.readouterr().out.splitlines()
    # A desk that fails its build on warnings: the README's second command exits 1.
    strict = fenced_after(readme, "A desk that wants any warning to fail").strip()
    assert strict.startswith(".venv/bin/quotecheck ") and "--fail-level warning" in strict
    assert "this exits with status 1" in readme
    assert main([*strict.split()[1:], "--no-cache"]) == 1
    capsys.readouterr()
    excerpt = fenced_after(readme, "Part of the first command's output:").splitlines()
    # Runs of lines between the README's cuts (a line with "…": lines left out, or one line
    # shortened) are printed as they stand, one after the other, in this order.
    runs: list[list[str]] = [[]]
    for line in excerpt:
        if "…" in line:
            runs.append([])
        else:
            runs[-1].append(line)
    at = 0
    for run in filter(None, runs):
        starts = [i for i in range(at, len(printed)) if printed[i : i + len(run)] == run]
        assert starts, f"the README shows lines the example does not print: {run}"
        at = starts[0] + len(run)


_BENCHMARK_LINE = re.compile(r"python -m (benchmarks(?:\.\w+)*)((?:[ \t]+[^\s`|;&#]+)*)")
"""A benchmark's command line, up to a comment, a code span's end or another command."""


def benchmark_lines() -> dict[str, set[tuple[str, str]]]:
    """module → (page, option) of every ``python -m benchmarks.…`` line of the documentation
    (an option of ``""`` for a line with none)."""
    out: dict[str, set[tuple[str, str]]] = {}
    for page in PAGES:
        for m in _BENCHMARK_LINE.finditer(page.read_text(encoding="utf-8")):
            options = _OPTION.findall(m.group(2)) or [""]
            out.setdefault(m.group(1), set()).update((rel(page), o) for o in options)
    return out


@pytest.mark.parametrize("module", sorted(benchmark_lines()))
def test_documented_benchmark_lines_run_with_options_they_have(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", module, "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    defined = set(_OPTION.findall(done.stdout))
    wrong = sorted((page, o) for page, o in benchmark_lines()[module] if o and o not in defined)
    assert wrong == []


def test_the_benchmark_pattern_still_finds_the_benchmarks() -> None:
    assert len(benchmark_lines()) >= 10
