"""Hardening II (issue #23): a pull request can neither read outside the repository, stall CI,
nor make the results lie.  One regression test (at least) per failure the issue lists; each
failed on the code before the fix.  See docs/limits.md and docs/ci.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import quotecheck
import quotecheck.paths
from quotecheck.api import Checker
from quotecheck.cli import main
from quotecheck.config import Settings, load_config
from quotecheck.errors import BinaryFileError
from quotecheck.inputs.document import make_document
from quotecheck.models import Verdict

STATEMENT = (
    "---\nquotecheck:\n  speaker: Ida Varga\n---\n"
    "We will not close the ferry line in May. The pier carries 12 cars a day.\n"
)
ARTICLE = (
    "---\nquotecheck:\n  sources: [../sources/statement.md]\n---\n"
    "“We will close the ferry line in May,” Ida Varga said.\n"
)


def _repo(tmp_path: Path, config: str = "cache = false\n") -> Path:
    """A small editorial repository: a statement, an article quoting it wrongly, a config."""
    root = tmp_path / "repo"
    (root / "sources").mkdir(parents=True)
    (root / "articles").mkdir()
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("[remote]\n  token = SECRET-GIT-TOKEN\n")
    (root / "sources" / "statement.md").write_text(STATEMENT, encoding="utf-8")
    (root / "articles" / "a.md").write_text(ARTICLE, encoding="utf-8")
    (root / "quotecheck.toml").write_text(config, encoding="utf-8")
    return root


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- confinement


def test_walked_and_named_articles_that_lead_outside_are_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Failure 1: a walked article that is a symlink to a file outside the repository, or to
    .git/config, was read and its text landed in every output."""
    root = _repo(tmp_path)
    outside = tmp_path / "outside.md"
    outside.write_text("SECRET-OUTSIDE “a quote” in the outside file.\n", encoding="utf-8")
    (root / "articles" / "leak.md").symlink_to(outside)
    (root / "articles" / "git.md").symlink_to(root / ".git" / "config")
    (root / "articles" / "dir-link").symlink_to(tmp_path, target_is_directory=True)
    for fmt in ("json", "full", "sarif"):
        code, out, err = _cli(["check", str(root), "-f", fmt, "--no-progress"], capsys)
        assert "SECRET" not in out + err, fmt
        assert code == 2, fmt
        assert "outside the repository" in err and "leak.md" in err
        assert ".git" in err and "git.md" in err
    # named on the command line (as pre-commit passes the files a pull request changed)
    code, out, err = _cli(["check", str(root / "articles" / "leak.md"), "-f", "json"], capsys)
    assert code == 2 and "SECRET" not in out + err and "outside the repository" in err


def _run_cli_subprocess(cwd: Path, args: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "quotecheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        **kw,
    )


@pytest.mark.parametrize("kind", ["outside", "symlink-out", "git-dir", "absolute", "fifo"])
def test_alias_files_from_the_repository_are_confined(tmp_path: Path, kind: str) -> None:
    """Failure 2: ``alias-files`` was not confined (``/dev/zero`` grew to 3.8 GB, a FIFO
    blocked, a file outside the repository was read)."""
    root = _repo(tmp_path)
    outside = tmp_path / "outside.tsv"
    outside.write_text("Ida Varga\tSECRET\n", encoding="utf-8")
    name = {
        "outside": "../outside.tsv",
        "symlink-out": "aliases.tsv",
        "git-dir": ".git/aliases.tsv",
        "absolute": str(outside),
        "fifo": "aliases.tsv",
    }[kind]
    if kind == "symlink-out":
        (root / "aliases.tsv").symlink_to(outside)
    elif kind == "git-dir":
        (root / ".git" / "aliases.tsv").write_text("a\tb\n", encoding="utf-8")
    elif kind == "fifo":
        os.mkfifo(root / "aliases.tsv")
    (root / "quotecheck.toml").write_text(f'cache = false\nalias-files = ["{name}"]\n')
    proc = _run_cli_subprocess(root, ["check", "articles", "-f", "concise"], timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "alias-files" in proc.stderr and "internal error" not in proc.stderr
    assert "SECRET" not in proc.stdout + proc.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_devices_are_refused_before_a_byte_is_read(tmp_path: Path, device: str) -> None:
    """Failure 2 (``alias-files = ["/dev/zero"]``): a device is not a regular file; a path
    outside the root is refused before it is even looked at."""
    from quotecheck.errors import NotAFile, OutsideRepository
    from quotecheck.lint.confine import confine

    with pytest.raises(OutsideRepository, match="outside the repository"):
        confine(Path(device), tmp_path.resolve(), what="alias-files")
    with pytest.raises(NotAFile, match="alias-files is not a regular file"):
        confine(Path(device), Path("/"), what="alias-files")
    root = _repo(tmp_path)
    (root / "zero.tsv").symlink_to(device)
    (root / "quotecheck.toml").write_text('cache = false\nalias-files = ["zero.tsv"]\n')
    with pytest.raises(OutsideRepository, match="alias-files"):
        _lint(root)


def _lint(root: Path, paths: list[Path] | None = None, **options: Any) -> Any:
    from quotecheck.lint import Linter, LintOptions

    loaded = load_config(start=root, environ={})
    return Linter(loaded, LintOptions(**options)).run(paths or [root / "articles"])


@pytest.mark.parametrize(
    ("config", "created"),
    [
        ('cache-dir = "../outside-cache"', "outside-cache"),
        ('cache-dir = ".git/qc-cache"', "repo/.git/qc-cache"),
        ('cache-dir = "cache-link"', "elsewhere/v1"),
        ('baseline = "../outside-baseline.json"', "outside-baseline.json"),
        ('baseline = "baseline-link/b.json"', "elsewhere/b.json"),
    ],
)
def test_cache_and_baseline_paths_from_the_repository_are_confined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str, created: str
) -> None:
    """Failure 3: ``cache-dir`` and ``baseline`` from the configuration created files outside
    the repository root."""
    root = _repo(tmp_path, f"{config}\n")
    (tmp_path / "elsewhere").mkdir()
    (root / "cache-link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (root / "baseline-link").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    code, _out, err = _cli(["check", str(root / "articles"), "--write-baseline"], capsys)
    assert code == 2, err
    assert "outside the repository" in err or ".git" in err
    assert not (tmp_path / created).exists()


# --------------------------------------------------------------------------- bounded work


class _Spy:
    """A pipeline that records what it is asked to parse and refuses long punctuation runs
    (which spaCy's tokenizer takes quadratic time over) instead of hanging on them."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.pipe_names = nlp.pipe_names
        self.max_length = nlp.max_length
        self.longest = 0

    def __call__(self, text: str, **kw: Any) -> Any:
        import re

        runs = [len(m.group()) for m in re.finditer(r"(?:[^\w\s]|_)+", text)]
        self.longest = max([self.longest, *runs])
        assert self.longest <= 64, f"a run of {self.longest} punctuation characters reached spaCy"
        return self.nlp(text, **kw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param("“We will close the line,” Ida Varga said " + "(" * 100_000, id="parens"),
        pytest.param("“We will close it,” she said" + "." * 100_000, id="dots"),
        pytest.param("Ida Varga said: " + "\u201c" * 50_000 + "\u201d" * 50_000, id="nested"),
        pytest.param("“We will close it,” Ida Varga said. " + "?!-" * 30_000, id="mixed"),
    ],
)
def test_punctuation_runs_never_reach_the_pipeline(nlp: Any, shape: str) -> None:
    """Failures 4 and 5: 100 KB of ``(`` after a quote, and 100k nested quotes (a run of marks),
    hung in spaCy's tokenizer (quadratic on long punctuation runs; the budget cannot interrupt
    C code).  Long runs are blanked (same length, same offsets) before the pipeline sees them."""
    spy = _Spy(nlp)
    report = quotecheck.check_text(
        shape, sources=[quotecheck.make_source(STATEMENT)], nlp=spy, settings=Settings()
    )
    assert spy.longest <= 64
    for q in report.quotes:
        assert shape[q.start : q.end] == q.text


def _declared_sources(n: int) -> str:
    lines = "".join(f"    - missing/s{k}.md\n" for k in range(n))
    return "---\nquotecheck:\n  sources:\n" + lines + "---\n“We will close it,” Ida Varga said.\n"


def test_many_declared_sources_cost_linear_work(tmp_path: Path) -> None:
    """Failure 7: a front matter with 100k declared sources (10k took 44 s: line starts were
    rebuilt, and the head searched from its start, for every QC501 finding)."""
    from test_hostile_growth import python_work

    def run(n: int) -> Callable[[], object]:
        root = _repo(tmp_path / str(n))
        (root / "articles" / "a.md").write_text(_declared_sources(n), encoding="utf-8")
        return lambda: _lint(root, extra_sources=())

    small, large = python_work(run(300)), python_work(run(1200))
    assert large <= 4 * small * 1.3, (small, large)


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(lambda n: "\u201ca " * n, id="unclosed"),
        pytest.param(lambda n: "\u201ca " * n + "\u201d" * n, id="nested"),
    ],
)
def test_unclosed_and_nested_marks_in_one_line_cost_linear_work_in_every_format(
    tmp_path: Path, shape: Callable[[int], str]
) -> None:
    """Failures 5 and 6: 100k unclosed marks in 280 KB took 161 s, and 100k nested quotes
    never finished: each finding's column was counted from the start of its line (in every
    output format)."""
    from test_hostile_growth import python_work

    from quotecheck.formats import FORMATS, FormatOptions, render

    def run(n: int) -> Callable[[], object]:
        root = _repo(tmp_path / str(n))
        (root / "articles" / "a.md").write_text(shape(n) + "\n", encoding="utf-8")
        result = _lint(root)

        def go() -> object:
            for fmt in sorted(FORMATS):
                render(result.report, fmt, FormatOptions(root=result.root))
            return None

        return go

    small = python_work(run(500))
    large = python_work(run(2000))
    assert large <= 4 * small * 1.3, (small, large)


def test_an_article_too_long_for_the_pipeline_is_refused_before_its_marks_are_paired() -> None:
    """Failure 8: 19 MB of quote marks reached E105 only after 67 s and 3.4 GB: every mark was
    paired before the length was compared with the pipeline's limit."""
    import quotecheck.extract as extract_module
    import quotecheck.extract.spans as spans_module
    from quotecheck.errors import InputTooLarge

    class Tiny:
        pipe_names: tuple[str, ...] = ()
        max_length = 1_000

    calls = []
    real = spans_module.scan

    def counting_scan(*a: Any, **kw: Any) -> Any:
        calls.append(len(a[0]))
        return real(*a, **kw)

    text = "\u201c" * 20_000
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(spans_module, "scan", counting_scan)
        with pytest.raises(InputTooLarge, match="E105"):
            extract_module.extract(make_document(text, path="marks.txt"), nlp=Tiny())
    assert calls == []


def test_a_long_article_with_marks_is_refused_before_its_document_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Failure 8 through ``quotecheck check``: 19 MB of marks was masked and paired (over a
    minute; 19 MB of apostrophes over four) before E105."""
    import quotecheck.lint.runner as runner

    built: list[str] = []
    real = runner.make_document
    monkeypatch.setattr(
        runner, "make_document", lambda raw, **kw: built.append(kw["path"]) or real(raw, **kw)
    )
    root = _repo(tmp_path)
    (root / "articles" / "marks.md").write_text("\u201c" * 1_000_001, encoding="utf-8")
    (root / "articles" / "apostrophes.txt").write_text("'" * 1_000_001, encoding="utf-8")
    result = _lint(root)
    errors = {Path(a.path).name: a.error or "" for a in result.report.articles}
    assert "E105" in errors["marks.md"] and "E105" in errors["apostrophes.txt"]
    assert not [p for p in built if "marks" in p or "apostrophes" in p]


# --------------------------------------------------------------------------- results that lie


def test_a_committed_cache_never_changes_results(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    """Failure 9: a ``.quotecheck_cache`` committed in a pull request with edited entries made a
    fresh clone's run exit 0 with the findings gone."""
    root = _repo(tmp_path, "cache = true\n")
    # --fail-level warning: the findings, not the calibration's levels, are what must survive
    strict = ["--fail-level", "warning"]
    code, out, _ = _cli(["check", str(root / "articles"), "-f", "json", *strict], capsys)
    assert code == 1 and json.loads(out)["articles"][0]["quotes"]
    entries = [p for p in (root / ".quotecheck_cache").rglob("*.json")]
    assert entries
    for entry in entries:  # the attacker empties every cached report
        data = json.loads(entry.read_text(encoding="utf-8"))
        data["report"]["quotes"] = []
        data["report"]["findings"] = []
        entry.write_text(json.dumps(data), encoding="utf-8")
    # a fresh clone on another machine (the CI runner): another user cache folder
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "fresh-machine"))
    monkeypatch.delenv("QUOTECHECK_CACHE_SECRET", raising=False)
    forget = getattr(getattr(quotecheck, "paths", None), "cache_secret", None)
    if forget is not None:  # the secret is read once per process: this is a new process
        forget.cache_clear()
        request.addfinalizer(forget.cache_clear)
    code, out, _ = _cli(["check", str(root / "articles"), "-f", "json", *strict], capsys)
    assert code == 1
    assert json.loads(out)["articles"][0]["quotes"]


@pytest.mark.parametrize(
    ("quoted", "verdict_not"),
    [
        ("\u202e12\u202c", {Verdict.VERBATIM, Verdict.NORMALIZED, Verdict.ELIDED}),
        ("\u200f12\u2067", {Verdict.VERBATIM}),
        ("1\u200b2", {Verdict.VERBATIM}),
        ("12\u2060", {Verdict.VERBATIM}),
    ],
)
def test_invisible_characters_in_a_quote_are_findings_and_never_verbatim(
    nlp: Any, quoted: str, verdict_not: set[Verdict]
) -> None:
    """Failure 10: a number wrapped in right-to-left override characters (every reader sees
    "21") was ``verbatim``; zero-width characters were dropped silently."""
    source = quotecheck.make_source("The pier carries 12 cars a day.", speaker="Ida Varga")
    text = f"“The pier carries {quoted} cars a day,” Ida Varga said."
    report = quotecheck.check_text(text, sources=[source], nlp=nlp)
    (q,) = report.quotes
    assert q.verdict not in verdict_not, q.verdict
    assert "QC116" in q.codes
    finding = next(f for f in q.findings if f.code == "QC116")
    assert "U+" in finding.message
    assert text[finding.start : finding.end].strip(" \u202e\u202c\u200f\u2067\u200b\u2060")


_THREAD_ARTICLES = [
    (
        f"Mayor Tom Reyes{k} spoke on Monday.\n\nThe harbour board met later.\n\n"
        f"Ida Varga, the ferry chief, arrived at noon.\n\n"
        f"“We will {'not ' if k % 2 else ''}close the ferry line in May,” she said. "
        f"“The pier carries {10 + k} cars a day,” Varga added.\n\n"
        f"Later, Reyes{k} said: “We never agreed to that.”\n"
    )
    for k in range(12)
]


def test_checkers_give_the_same_results_from_many_threads(nlp: Any) -> None:
    """Failure 11: one Checker used from 4 threads (or one Checker per thread) gave verdicts
    that differ from a sequential run, or spaCy's ValueError [E030]: the shared pipeline's
    components were switched off and on process-wide."""
    source = quotecheck.make_source(STATEMENT)
    checker = Checker([source], Settings(), nlp)

    def one(text: str, c: Any = None) -> str:
        c = c or checker
        doc = make_document(text, path="a.md")
        return str(c.check_document(doc).model_dump_json())

    sequential = [one(t) for t in _THREAD_ARTICLES]
    with ThreadPoolExecutor(4) as pool:
        shared = list(pool.map(one, _THREAD_ARTICLES * 3))
        own = list(
            pool.map(
                lambda t: one(t, Checker([source], Settings(), nlp)),
                _THREAD_ARTICLES * 2,
            )
        )
    assert shared == sequential * 3
    assert own == sequential * 2


# --------------------------------------------------------------------------- output channels

_ESC = "\x1b[2J\x1b]0;pwned\x07"


def _hostile_report(nlp: Any) -> Any:
    speaker = f"Ida{_ESC} Varga\n::add-mask::x"
    source = quotecheck.make_source(
        "We will not close the ferry line in May.", speaker=speaker, id="s\n::error::src"
    )
    text = f"“We will close{_ESC} the ferry line in May,” {speaker} said.\n“Unclosed \n"
    article = quotecheck.check_text(
        text, sources=[source], nlp=nlp, path=f"a\n::error file=x::pwned{_ESC}.md"
    )
    return quotecheck.Report(tool=quotecheck.models.ToolInfo(version="0"), articles=(article,))


@pytest.mark.parametrize("fmt", ["full", "concise", "explain", "github"])
def test_human_and_workflow_outputs_escape_controls_and_line_breaks(nlp: Any, fmt: str) -> None:
    """Failures 12 and 13: ``full`` passed raw escape sequences (``ESC[2J``, an OSC title) from
    quotes, speakers and file names to the terminal, and a line break in a file name or a
    speaker started a line ``::error …::`` that GitHub Actions runs as a workflow command."""
    from quotecheck.formats import FormatOptions, render
    from quotecheck.formats.explain import explain

    report = _hostile_report(nlp)
    if fmt == "explain":
        out = explain(report, line=None, options=FormatOptions(color=False))
    else:
        out = render(report, fmt, FormatOptions(color=False))
    assert "\x1b" not in out and "\x07" not in out
    assert not [line for line in out.splitlines() if line.lstrip().startswith("::")] or (
        fmt == "github"
        and all(
            line.startswith(("::error ", "::warning ", "::notice ")) for line in out.splitlines()
        )
    )
    if fmt == "github":
        from quotecheck.formats.github import step_summary

        summary = step_summary(report)
        assert "\x1b" not in summary
        assert not [line for line in summary.splitlines() if line.startswith("::")]


def test_stderr_messages_escape_controls_and_line_breaks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Failure 14: an unreadable file with a line break in its name started a workflow command
    line on stderr."""
    root = _repo(tmp_path)
    bad = root / "articles" / f"x\n::error file=y::pwned{_ESC}.md"
    bad.write_bytes(b"\xff\xfe\xfa not utf-8")
    code, out, err = _cli(["check", str(root / "articles"), "-f", "concise"], capsys)
    assert code == 2
    assert "\x1b" not in err + out and "\x07" not in err + out
    assert not [line for line in (err + out).splitlines() if line.startswith("::")]


# --------------------------------------------------------------------------- writes


def _run_on_a_full_disk(
    root: Path, args: list[str], limit: int
) -> subprocess.CompletedProcess[str]:
    """Run the CLI once to load everything lazily loaded (pipelines, models unpacked to temporary
    files), then again with files limited to ``limit`` bytes: a disk that fills up mid-run."""
    script = (
        "import resource, signal, sys\n"
        "from quotecheck.cli import main\n"
        "main(['check', 'articles', '--no-cache', '-f', 'json', '-q'])\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"sys.exit(main({args!r}))\n"
    )
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )


@pytest.mark.parametrize("how", ["--report", "report -o"])
def test_a_report_that_cannot_be_written_leaves_the_old_one(tmp_path: Path, how: str) -> None:
    """Failure 15: ``--report FMT=PATH`` and ``report -o`` on a full disk replaced the old
    report with a truncated 4 KB file (the disk is simulated by a 4 KB file-size limit)."""
    root = _repo(tmp_path)
    old = root / "out.html"
    old.write_text("OLD REPORT\n", encoding="utf-8")
    old.chmod(0o640)
    args = (
        ["check", "articles", "--no-cache", "--report", "html=out.html", "--exit-zero"]
        if how == "--report"
        else ["report", "articles", "--no-cache", "-o", "out.html"]
    )
    proc = _run_on_a_full_disk(root, args, 4096)
    assert proc.returncode == 2, proc.stderr
    assert "out.html" in proc.stderr and "internal error" not in proc.stderr
    assert old.read_text(encoding="utf-8") == "OLD REPORT\n"
    assert not [p.name for p in root.iterdir() if p.name.startswith(".out.html")]
    # and with room on the disk, the report replaces the old one with its mode kept
    proc = _run_cli_subprocess(root, args, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    assert old.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert old.stat().st_mode & 0o777 == 0o640


def test_a_baseline_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    """Failure 16: a full or read-only disk for ``--write-baseline`` printed "internal error:
    OSError"; now it names the file, exits 2 and leaves the old baseline."""
    root = _repo(tmp_path)
    proc = _run_cli_subprocess(root, ["check", "articles", "--no-cache", "--write-baseline"])
    assert proc.returncode == 0, proc.stderr
    baseline = root / "quotecheck-baseline.json"
    before = baseline.read_text(encoding="utf-8")
    baseline.chmod(0o600)
    (root / "articles" / "b.md").write_text(ARTICLE.replace("May", "June"), encoding="utf-8")
    proc = _run_on_a_full_disk(
        root, ["check", "articles", "--no-cache", "--write-baseline"], len(before) + 10
    )
    assert proc.returncode == 2, proc.stderr
    assert "internal error" not in proc.stderr
    assert "quotecheck-baseline.json" in proc.stderr
    assert baseline.read_text(encoding="utf-8") == before
    proc = _run_cli_subprocess(root, ["check", "articles", "--no-cache", "--write-baseline"])
    assert proc.returncode == 0 and baseline.stat().st_mode & 0o777 == 0o600


# --------------------------------------------------------------------------- API holes


def test_a_string_where_aliases_are_expected_is_a_type_error() -> None:
    """Failure 17: ``make_source(aliases="Ann")`` became aliases ('A', 'n', 'n')."""
    with pytest.raises(TypeError, match="aliases"):
        quotecheck.make_source("We will.", speaker="Ann Lee", aliases="Ann")
    with pytest.raises(TypeError, match="aliases"):
        quotecheck.load_source("x.txt", aliases="Ann")
    assert quotecheck.make_source("We will.", aliases=["Ann"]).aliases == ("Ann",)


def test_a_string_where_paths_or_sources_are_expected_is_a_type_error() -> None:
    """Failure 18: ``check("x.md")`` checked the files 'x', '.', 'm' and 'd'."""
    with pytest.raises(TypeError, match="paths"):
        quotecheck.check("x.md", sources=[])
    with pytest.raises(TypeError, match="sources"):
        quotecheck.check(["x.md"], sources="statement.txt")
    with pytest.raises(TypeError, match="sources"):
        quotecheck.check_text("“a,” she said.", sources="statement.txt")


def test_a_nul_through_check_text_is_e104(nlp: Any) -> None:
    """Failure 19: a NUL character through ``check_text`` was accepted though the docs say
    E104."""
    with pytest.raises(BinaryFileError, match="E104"):
        quotecheck.check_text("“We will\x00 close it,” she said.", sources=[], nlp=nlp)
    with pytest.raises(BinaryFileError, match="E104"):
        quotecheck.make_source("We will\x00 close it.")


def test_lineage_text_escapes_controls_and_line_breaks(tmp_path: Path) -> None:
    """Failure 12 for ``quotecheck lineage``: file names and quotes went to the terminal raw."""
    from quotecheck.lineage.text import render_text

    archive = Path(__file__).resolve().parents[1] / "examples" / "archive"
    copies = []
    for k, article in enumerate(sorted((archive / "articles").iterdir())):
        copy = tmp_path / f"a{k}\n::error file=x::pwned{_ESC}.md"
        copy.write_bytes(article.read_bytes())
        copies.append(copy)
    report = quotecheck.lineage(copies, sources=[archive / "sources" / "reservoir-statement.md"])
    out = render_text(report)
    assert report.groups and "pwned" in out
    assert "\x1b" not in out and "\x07" not in out
    assert not [line for line in out.splitlines() if line.lstrip().startswith("::")]
