"""The command line: a thin layer that owns argv, printing and exit codes.

Exit codes: 0 no finding at or above the fail level; 1 such findings; 2 usage, configuration or
input error (a one-line message on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from quotecheck._version import __version__
from quotecheck.config import DEFAULT_BASELINE, LoadedConfig, load_config, start_folder
from quotecheck.errors import ConfigError, NotAFile, QuotecheckError
from quotecheck.formats import FORMATS, FormatOptions, render
from quotecheck.models import Level, Report
from quotecheck.paths import real_path
from quotecheck.rules import all_rules, get_rule

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

_CONFIGURATION = """
configuration:
  [tool.quotecheck] in pyproject.toml, or quotecheck.toml: the nearest one in the folder of
  the paths checked or above it. Precedence: command line > QUOTECHECK_* environment
  variables > file. See docs/ci.md; every option: docs/cli.md.
"""

_EPILOG = (
    """\
exit codes:
  0  no finding at or above --fail-level (or --exit-zero was given)
  1  findings at or above --fail-level (default: error)
  2  usage, configuration or input error, or an article that could not be read
     (a one-line message on stderr)
"""
    + _CONFIGURATION
)
"""The help epilog of ``check`` (and of ``quotecheck`` itself): the only command that fails on
findings."""

_SHOW_EPILOG = (
    """\
exit codes:
  0  done, whatever the findings (only 'quotecheck check' fails on them)
  2  usage, configuration or input error, or an article that could not be read
     (a one-line message on stderr)
"""
    + _CONFIGURATION
)
"""The help epilog of the commands that show findings without failing on them (``report``,
``explain``, ``baseline``, ``lineage``): they take no ``--fail-level``."""


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with a one-line message (its default is the same code)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(
            EXIT_ERROR, f"quotecheck: error: {message}\nRun '{self.prog} --help' for usage.\n"
        )


def _codes(value: str) -> list[str]:
    return [v.strip() for v in value.replace(" ", ",").split(",") if v.strip()]


def _config_arguments(p: argparse.ArgumentParser) -> None:
    """Options every analysing subcommand takes: language and configuration file."""
    p.add_argument(
        "--language",
        metavar="CODE",
        help="article language: en, de, fr, es, ru, or auto to detect each article's (default: en)",
    )
    p.add_argument("--config", metavar="FILE", type=Path, help="use this configuration file")
    p.add_argument("--isolated", action="store_true", help="ignore configuration files")


def _lint_arguments(c: argparse.ArgumentParser) -> None:
    """Options shared by ``check`` and ``baseline``: what to check and how."""
    c.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files or folders (folders are walked with the include/exclude globs; "
        "default: .)",
    )
    c.add_argument(
        "--source",
        "-s",
        action="append",
        default=[],
        metavar="PATH",
        help="a primary source (a file, or a folder of them) every article is checked against, "
        "in addition to the sources articles declare (repeatable)",
    )
    c.add_argument(
        "--speaker",
        metavar="NAME",
        help="who speaks in the sources given with --source (otherwise read from their front "
        "matter or byline)",
    )
    c.add_argument(
        "--alias",
        action="append",
        default=None,
        metavar="A=B[=C]",
        help="names that denote the same thing, e.g. 'Burma=Myanmar' (repeatable)",
    )
    c.add_argument(
        "--alias-file",
        action="append",
        default=None,
        metavar="PATH",
        help="an alias table (TSV or YAML; repeatable)",
    )
    c.add_argument(
        "--no-default-aliases",
        action="store_const",
        const=False,
        dest="default_aliases",
        help="do not use the shipped country/organisation alias table",
    )
    _config_arguments(c)
    c.add_argument(
        "--select", type=_codes, metavar="RULES", help="rules to report (codes, names, prefixes)"
    )
    c.add_argument("--ignore", type=_codes, metavar="RULES", help="rules not to report")
    c.add_argument(
        "--changed-since",
        metavar="REF",
        help="only articles changed since the merge base of REF and HEAD (git diff REF...), "
        "and articles whose declared sources changed",
    )
    c.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (0: one per CPU; default: 1)",
    )
    c.add_argument(
        "--force-exclude",
        action="store_true",
        help="apply exclude globs (and skip declared sources) for files named explicitly too",
    )
    c.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    c.add_argument("--cache-dir", metavar="DIR", help="cache folder (default: .quotecheck_cache)")
    c.add_argument(
        "--baseline",
        metavar="FILE",
        help="do not report findings listed in this baseline file",
    )
    c.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour (default: auto: only on a terminal; NO_COLOR is honoured)",
    )
    c.add_argument("--no-progress", action="store_true", help="no progress bar")
    c.add_argument(
        "--quiet", "-q", action="store_true", help="no notes, warnings or progress on stderr"
    )


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="quotecheck",
        description="Check that quotations in news articles are faithful to their primary sources.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"quotecheck {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    c = sub.add_parser(
        "check",
        help="check articles against primary sources",
        description="Check articles against the primary sources they declare (front matter, "
        "HTML meta, [tool.quotecheck.sources]) or that are given with --source.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _lint_arguments(c)
    c.add_argument(
        "--output-format",
        "-f",
        choices=sorted(FORMATS),
        metavar="FORMAT",
        help=f"output format: {', '.join(sorted(FORMATS))} (default: full)",
    )
    c.add_argument(
        "--report",
        action="append",
        default=[],
        metavar="FORMAT=PATH",
        help="also write the results in FORMAT to PATH (repeatable), e.g. --report sarif=q.sarif",
    )
    c.add_argument(
        "--fail-level",
        choices=[lv.value for lv in Level],
        help="lowest finding level that makes the exit code 1 (default: error)",
    )
    c.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings (2 stays 2)")
    c.add_argument(
        "--fix",
        action="store_true",
        help="rewrite altered and narration-inserted quotes with the source's exact words "
        "where the rewrite is safe (an unsafe fix: review the diff)",
    )
    c.add_argument(
        "--write-baseline",
        nargs="?",
        const="",
        metavar="FILE",
        help="record every current finding in a baseline file (default: the configured "
        f"baseline or {DEFAULT_BASELINE}) and report only findings not in it",
    )

    b = sub.add_parser(
        "baseline",
        help="show or prune the baseline",
        description="Check the articles and compare their findings with the baseline: how "
        "many entries still match, how many are stale. --prune removes the stale ones.",
        epilog=_SHOW_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _lint_arguments(b)
    b.add_argument("--prune", action="store_true", help="remove stale entries from the file")

    h = sub.add_parser(
        "report",
        help="write the side-by-side HTML report",
        description="Check the articles and write one self-contained HTML page: each quote "
        "beside its source, changed words highlighted, filterable by verdict.",
        epilog=_SHOW_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _lint_arguments(h)
    h.add_argument(
        "--output",
        "-o",
        default="quotecheck-report.html",
        metavar="PATH",
        help="where to write the page (default: quotecheck-report.html)",
    )

    e = sub.add_parser(
        "explain",
        help="show an article's quotes beside their sources in the terminal",
        description="Check one article and show each quote beside its source span, with the "
        "changed words marked. ARTICLE:LINE shows the quote(s) on that line.",
        epilog=_SHOW_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _lint_arguments(e)

    ln = sub.add_parser(
        "lineage",
        help="trace each quoted passage across articles: who altered it first, who copied it",
        description="Check the articles, group their quotes by the source passage they render, "
        "order each group by the articles' dates (front matter 'date:', HTML meta; input order "
        "when an article has none) and show each variant's changes, its origin and its copies "
        "with the evidence. See docs/lineage.md.",
        epilog=_SHOW_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _lint_arguments(ln)
    ln.add_argument(
        "--output-format",
        "-f",
        choices=["full", "json", "html"],
        default="full",
        metavar="FORMAT",
        help="full (default), json (docs/lineage.md) or html (a self-contained page)",
    )
    ln.add_argument("--output", "-o", metavar="PATH", help="write to PATH instead of stdout")

    bt = sub.add_parser(
        "batch",
        help="check an archive on a Dask cluster and write the results to Parquet",
        description="Check every article matching ARTICLES_GLOB against the sources in --sources "
        "on a Dask cluster (or a local one), one row per quote in a Parquet data set. A bad "
        "article becomes a row with an 'error'; it does not stop the job. See "
        "docs/scale-out.md.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    bt.add_argument(
        "articles",
        nargs="+",
        metavar="ARTICLES_GLOB",
        help="article files or glob patterns (quote them; '**' recurses); the files must be "
        "readable on the workers",
    )
    bt.add_argument(
        "--sources",
        required=True,
        action="append",
        metavar="DIR",
        help="a folder of primary sources, or one source file (repeatable)",
    )
    bt.add_argument("--speaker", metavar="NAME", help="who speaks in the sources")
    _config_arguments(bt)
    bt.add_argument(
        "--scheduler",
        default="local",
        metavar="ADDRESS|local",
        help="a Dask scheduler address (tcp://host:8786), or 'local' for a cluster of worker "
        "processes on this machine (default: local)",
    )
    bt.add_argument(
        "--workers",
        type=int,
        default=0,
        metavar="N",
        help="worker processes of the local cluster (0: one per CPU; default: 0)",
    )
    bt.add_argument(
        "--partition-size",
        type=int,
        metavar="N",
        help="articles per task (default: about four tasks per worker, at most 1000)",
    )
    bt.add_argument(
        "--output",
        "-o",
        default="results.parquet",
        metavar="PATH",
        help="Parquet data set to write (a folder of part files; replaced if it exists, only "
        "once the new one is complete; default: results.parquet)",
    )
    bt.add_argument("--quiet", "-q", action="store_true", help="no notes or summary on stderr")

    r = sub.add_parser("rule", help="show the documentation of a rule")
    r.add_argument("code", nargs="?", metavar="CODE|NAME", help="e.g. QC101 or altered-wording")
    r.add_argument("--list", action="store_true", help="list every rule")
    r.add_argument(
        "--output-format",
        "-f",
        choices=("text", "json"),
        default="text",
        help="json: [{code, name, level, summary, examples: [{expect, source, speaker, "
        "article}]}] (the examples are tested: tests/test_rule_examples.py)",
    )
    return p


# --------------------------------------------------------------------------- terminal


class _Terminal:
    """stderr for people: colour and a progress bar only on a terminal."""

    def __init__(self, color: str, quiet: bool, progress: bool) -> None:
        from rich.console import Console

        no_color = color == "never" or (color == "auto" and bool(os.environ.get("NO_COLOR")))
        self.console = Console(
            file=sys.stderr,
            soft_wrap=True,
            highlight=False,
            no_color=no_color,
            force_terminal=True if color == "always" else None,
            emoji=False,
        )
        self.quiet = quiet
        self.show_progress = progress and not quiet and _isatty(sys.stderr)

    def _say(self, label: str, style: str, message: str) -> None:
        from rich.text import Text

        from quotecheck.formats._common import one_line

        line = Text("quotecheck: ")
        line.append(label, style=style)
        # one line, controls shown as \xNN: a file name or a message never moves the cursor
        # or starts a line of its own (CI runners read "::…" lines as workflow commands)
        line.append(": " + one_line(message))
        self.console.print(line)

    def error(self, message: str) -> None:
        self._say("error", "bold red", message)

    def warning(self, message: str) -> None:
        if not self.quiet:
            self._say("warning", "yellow", message)

    def note(self, message: str) -> None:
        if not self.quiet:
            self._say("note", "cyan", message)

    @contextmanager
    def progress(self) -> Iterator[Any]:
        """A callback for the lint run (None when no bar is shown)."""
        if not self.show_progress:
            yield None
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        with Progress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            console=self.console,
            transient=True,
        ) as bar:
            task = bar.add_task("", total=None)

            def tick(done: int, total: int, path: str) -> None:
                bar.update(task, completed=done, total=total, description=path)

            yield tick


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _stdout_color(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return _isatty(sys.stdout)


# --------------------------------------------------------------------------- check


def _exit_code(report: Report, fail_level: Level, exit_zero: bool) -> int:
    if any(a.error for a in report.articles):
        return EXIT_ERROR
    if exit_zero:
        return EXIT_OK
    worst = [f.level.rank for _, f in report.all_findings()]
    return EXIT_FINDINGS if worst and max(worst) >= fail_level.rank else EXIT_OK


def _alias_groups(specs: list[str] | None) -> list[list[str]] | None:
    if specs is None:
        return None
    groups = []
    for spec in specs:
        names = [n.strip() for n in spec.split("=") if n.strip()]
        if len(names) < 2:
            raise ConfigError(
                f"--alias {spec!r}: expected two or more names joined by '=', "
                "e.g. --alias 'Burma=Myanmar'"
            )
        groups.append(names)
    return groups


def _load(args: argparse.Namespace, paths: list[Path], **extra: Any) -> LoadedConfig:
    overrides: dict[str, Any] = {
        "select": args.select,
        "ignore": args.ignore,
        "language": args.language,
        "default_aliases": args.default_aliases,
        "aliases": _alias_groups(args.alias),
        "alias_files": [os.path.abspath(f) for f in args.alias_file]
        if args.alias_file is not None
        else None,
        "cache_dir": os.path.abspath(args.cache_dir) if args.cache_dir else None,
        "baseline": os.path.abspath(args.baseline) if args.baseline else None,
        **extra,
    }
    return load_config(
        start=start_folder(paths),
        config_file=args.config,
        isolated=args.isolated,
        overrides=overrides,
    )


def _source_paths(given: list[str]) -> tuple[Path, ...]:
    """``--source`` paths with each folder replaced by the source files below it (the same
    walk as ``batch --sources DIR``)."""
    from quotecheck.batch import source_files

    out: list[Path] = []
    for s in given:
        if Path(s).is_dir():
            out.extend(Path(f) for f in source_files(s))
        else:
            out.append(Path(s))
    return tuple(out)


def _run(args: argparse.Namespace, term: _Terminal, loaded: LoadedConfig, paths: list[Path]) -> Any:
    from quotecheck.lint import Linter, LintOptions

    if args.jobs < 0:
        raise ConfigError(f"--jobs {args.jobs}: expected 0 (one per CPU) or a positive number")
    from quotecheck.lint.runner import default_workers

    baseline = _baseline_path(loaded)
    with term.progress() as tick:
        options = LintOptions(
            extra_sources=_source_paths(args.source),
            speaker=args.speaker,
            changed_since=args.changed_since,
            force_exclude=args.force_exclude,
            jobs=default_workers(args.jobs),
            use_cache=not args.no_cache,
            baseline=baseline if baseline and baseline.exists() else None,
            progress=tick,
        )
        if baseline and not baseline.exists() and getattr(args, "write_baseline", None) is None:
            raise ConfigError(
                "no such baseline file; create it with 'quotecheck check --write-baseline'",
                path=str(baseline),
            )
        return Linter(loaded, options).run(paths)


def _baseline_path(loaded: LoadedConfig) -> Path | None:
    """The baseline file: the operator's as given; the repository's (configuration, default)
    confined to it (a regular file inside the root, not under .git/, within the size limit)."""
    if not loaded.config.baseline:
        return None
    path = loaded.root / loaded.config.baseline
    if "baseline" in loaded.operator:
        return path
    from quotecheck.lint.confine import confine

    confine(
        path,
        loaded.root.resolve(),
        what="baseline",
        must_exist=False,
        max_bytes=loaded.config.max_file_bytes,
    )
    return path


def _write_report(path: Path, text: str, what: str) -> None:
    """Write an output file atomically, keeping an existing file's mode; a disk error is an
    exit-2 message naming the file, and the old file stays whole."""
    from quotecheck.lint.baseline import write_file

    write_file(path, text, what=what)


def _render(report: Report, fmt: str, options: FormatOptions, seconds: float) -> str:
    """``render`` under the time budget: ``seconds`` per article (0: none), so that formatting
    is bounded as the analysis is (E107 naming the format)."""
    from quotecheck.budget import time_budget

    budget = seconds * max(1, len(report.articles)) if seconds else None
    with time_budget(budget, path=f"<{fmt} output>"):
        return render(report, fmt, options)


def _parse_reports(specs: list[str]) -> list[tuple[str, Path]]:
    out = []
    for spec in specs:
        fmt, sep, path = spec.partition("=")
        if not sep or not path or fmt not in FORMATS:
            raise ConfigError(
                f"--report {spec!r}: expected FORMAT=PATH with FORMAT one of "
                f"{', '.join(sorted(FORMATS))}"
            )
        out.append((fmt, Path(path)))
    return out


def _cmd_check(args: argparse.Namespace, term: _Terminal) -> int:
    from quotecheck.formats.github import write_step_summary_from_env
    from quotecheck.lint import Baseline

    reports = _parse_reports(args.report)
    paths = [Path(p) for p in args.paths] or [Path(".")]
    loaded = _load(
        args,
        paths,
        fail_level=args.fail_level,
        output_format=args.output_format,
        baseline=(os.path.abspath(args.write_baseline) if args.write_baseline else None)
        or (os.path.abspath(args.baseline) if args.baseline else None),
    )
    if args.write_baseline is not None and loaded.config.baseline is None:
        loaded = LoadedConfig(
            loaded.config.model_copy(update={"baseline": DEFAULT_BASELINE}),
            loaded.path,
            loaded.root,
            loaded.operator - {"baseline"},
        )
    result = _run(args, term, loaded, paths)
    fix_failed = False
    if args.fix:
        result, fix_failed = _apply_fixes(args, term, loaded, paths, result)
    config = loaded.config
    if args.write_baseline is not None:
        target = _baseline_path(loaded)
        assert target is not None
        checked = {a.path for a in result.report.articles}
        merged = Baseline.load(target) if target.exists() else Baseline()
        for path in checked:
            merged.entries.pop(path, None)
        merged.entries.update(result.current.entries)
        merged.write(target)
        term.note(f"wrote {len(result.current)} finding(s) to the baseline {target}")
        result = _run(args, term, loaded, paths)
    for art in result.report.articles:
        if art.error:
            term.error(art.error)
    for note in result.notes:
        term.warning(note)
    if result.baselined:
        term.note(f"{result.baselined} finding(s) hidden by the baseline")
    if len(result.stale):
        term.warning(
            f"{len(result.stale)} baseline entr{'y' if len(result.stale) == 1 else 'ies'} no "
            "longer match a finding; remove them with 'quotecheck baseline --prune'"
        )
    options = FormatOptions(
        root=result.root, color=_stdout_color(args.color), fail_level=config.fail_level
    )
    text = _render(result.report, config.output_format, options, config.time_budget)
    sys.stdout.write(text if not text or text.endswith("\n") else text + "\n")
    sys.stdout.flush()
    plain = FormatOptions(root=result.root, color=False, fail_level=config.fail_level)
    for fmt, path in reports:
        text = _render(result.report, fmt, plain, config.time_budget)
        _write_report(path, text, f"the {fmt} report (--report)")
    if "github" in {config.output_format, *(f for f, _ in reports)}:
        write_step_summary_from_env(result.report, plain)
    if fix_failed:
        return EXIT_ERROR
    return _exit_code(result.report, config.fail_level, args.exit_zero)


def _apply_fixes(
    args: argparse.Namespace, term: _Terminal, loaded: LoadedConfig, paths: list[Path], result: Any
) -> tuple[Any, bool]:
    """Rewrite each article's fixable quotes with the source's words (docs/ci.md: an unsafe
    fix, reviewed like any edit), then check again so the output shows what is left."""
    from quotecheck.lint.fix import fix_article

    quotes = files = 0
    failed = False
    for art in result.report.articles:
        if art.error or not art.quotes:
            continue
        path = loaded.root / art.path
        try:
            done, refused = fix_article(path, art)
        except (OSError, QuotecheckError) as exc:
            term.error(f"{art.path}: fixes not applied: {exc}")
            failed = True
            continue
        for no in refused:
            term.note(f"{art.path}:{no.line}:{no.column}: --fix left the quote alone: {no.reason}")
        if done:
            quotes += len(done)
            files += 1
    if not quotes:
        term.note("--fix: no quote to fix")
        return result, failed
    term.note(
        f"--fix: the source's words now stand in {quotes} quote(s) in {files} file(s); "
        "review the change before you commit it"
    )
    return _run(args, term, loaded, paths), failed


def _cmd_baseline(args: argparse.Namespace, term: _Terminal) -> int:
    paths = [Path(p) for p in args.paths] or [Path(".")]
    loaded = _load(args, paths)
    if loaded.config.baseline is None:
        # The file 'check --write-baseline' writes when nothing else is configured.
        if not (loaded.root / DEFAULT_BASELINE).is_file():
            raise ConfigError(
                f"no baseline: no {DEFAULT_BASELINE} in {loaded.root}; give --baseline FILE, "
                "set 'baseline' in [tool.quotecheck], or create one with "
                "'quotecheck check --write-baseline'"
            )
        loaded = LoadedConfig(
            loaded.config.model_copy(update={"baseline": DEFAULT_BASELINE}),
            loaded.path,
            loaded.root,
            loaded.operator - {"baseline"},
        )
    target = _baseline_path(loaded)
    assert target is not None
    result = _run(args, term, loaded, paths)
    for art in result.report.articles:
        if art.error:
            term.error(art.error)
    from quotecheck.lint import Baseline

    total = len(Baseline.load(target))
    stale = len(result.stale)
    from quotecheck.formats._common import display_path, one_line

    shown = display_path(str(target))
    print(f"{shown}: {total} entr{'y' if total == 1 else 'ies'}, {stale} stale")
    for path, per in sorted(result.stale.entries.items()):
        for entry in per.values():
            print(f"  stale  {one_line(path)}  {entry.code}  {one_line(entry.text[:80])}")
    if args.prune and stale:
        Baseline.load(target).without(result.stale).write(target)
        print(f"pruned {stale} stale entr{'y' if stale == 1 else 'ies'}")
    if any(a.error for a in result.report.articles):
        return EXIT_ERROR
    return EXIT_OK


def _cmd_report(args: argparse.Namespace, term: _Terminal) -> int:
    paths = [Path(p) for p in args.paths] or [Path(".")]
    loaded = _load(args, paths)
    result = _run(args, term, loaded, paths)
    for art in result.report.articles:
        if art.error:
            term.error(art.error)
    target = Path(args.output)
    page = render(result.report, "html", FormatOptions(root=result.root))
    _write_report(target, page, "the HTML report (--output)")
    term.note(f"wrote {target}")
    return EXIT_ERROR if any(a.error for a in result.report.articles) else EXIT_OK


def _split_line(spec: str) -> tuple[str, int | None]:
    """``article.md:12`` → (``article.md``, 12), unless a file is really named that."""
    head, sep, tail = spec.rpartition(":")
    if sep and tail.isdigit() and head and not Path(spec).exists():
        return head, int(tail)
    return spec, None


def _cmd_explain(args: argparse.Namespace, term: _Terminal) -> int:
    from quotecheck.formats.explain import explain

    if len(args.paths) != 1:
        raise ConfigError(f"explain takes one ARTICLE[:LINE], got {len(args.paths) or 'none'}")
    article, line = _split_line(args.paths[0])
    if Path(article).is_dir():  # a folder would be walked, and explain shows one article
        raise NotAFile(
            "is a folder; explain shows one article: name one of its files "
            "('quotecheck report' shows them all)",
            path=article,
        )
    paths = [Path(article)]
    loaded = _load(args, paths)
    result = _run(args, term, loaded, paths)
    for art in result.report.articles:
        if art.error:  # also on stderr, where every other command reports it
            term.error(art.error)
    options = FormatOptions(root=result.root, color=_stdout_color(args.color))
    sys.stdout.write(explain(result.report, line=line, options=options))
    return EXIT_ERROR if any(a.error for a in result.report.articles) else EXIT_OK


def _cmd_lineage(args: argparse.Namespace, term: _Terminal) -> int:
    from quotecheck.lineage import lineage_of_report
    from quotecheck.lineage.api import read_infos
    from quotecheck.lineage.html import render_html
    from quotecheck.lineage.text import render_json, render_text

    paths = [Path(p) for p in args.paths] or [Path(".")]
    result = _run(args, term, _load(args, paths), paths)
    for art in result.report.articles:
        if art.error:
            term.error(art.error)
    infos, sources = read_infos(result.report, result.root)
    lineage = lineage_of_report(result.report, infos, sources)
    undated = sorted(
        a.path
        for a in result.report.articles
        if not a.error and (a.path not in infos or infos[a.path].date is None)
    )
    if undated:
        term.note(
            f"{len(undated)} article(s) without a date are placed by input order: "
            + ", ".join(undated[:5])
            + (" …" if len(undated) > 5 else "")
        )
    if args.output_format == "html":
        text = render_html(lineage, link=_linker(result.root, args.output))
    else:
        text = (render_json if args.output_format == "json" else render_text)(lineage)
    if args.output:
        target = Path(args.output)
        _write_report(target, text, "the lineage (--output)")
        term.note(f"wrote {target}")
    else:
        sys.stdout.write(text)
    return EXIT_ERROR if any(a.error for a in result.report.articles) else EXIT_OK


def _linker(root: Path, output: str | None) -> Any:
    """Links from the page (written to ``output``, else the current folder) to the files."""
    from urllib.parse import quote

    base = real_path(Path(output)).parent if output else Path.cwd()

    def link(path: str) -> str:
        found = Path(path) if Path(path).exists() else root / path
        return quote(Path(os.path.relpath(real_path(found), base)).as_posix(), safe="/:._-~")

    return link


def _cmd_batch(args: argparse.Namespace, term: _Terminal) -> int:
    try:
        from quotecheck import dask as qdask
    except ImportError as exc:
        raise ConfigError(
            f"'quotecheck batch' needs Dask ({exc.name or exc} is not installed); install "
            "the 'dask' extra: pip install 'quotecheck[dask]'"
        ) from exc
    from quotecheck.batch import BatchIndex, source_files
    from quotecheck.config import load_config

    if args.workers < 0 or (args.partition_size is not None and args.partition_size < 1):
        raise ConfigError("--workers must be 0 or more and --partition-size 1 or more")
    loaded = load_config(
        start=Path.cwd(),
        config_file=args.config,
        isolated=args.isolated,
        overrides={"language": args.language},
    )
    paths: list[str] = []
    for spec in args.sources:
        paths.extend(source_files(spec) if Path(spec).is_dir() else [spec])
    index = BatchIndex.from_paths(
        paths, speaker=args.speaker, settings=loaded.config.settings(loaded.root)
    )
    for note in index.notes:
        term.note(note)
    with qdask.connect(args.scheduler, workers=args.workers) as client:
        summary = qdask.run_batch(
            args.articles,
            index,
            client=client,
            output=args.output,
            partition_size=args.partition_size,
        )
    verdicts = ", ".join(f"{k} {v}" for k, v in summary.verdicts.items())
    term.note(
        f"wrote {summary.output}: {summary.articles} article(s), {summary.quotes} quote(s), "
        f"{summary.errors} error(s) in {summary.partitions} task(s), {summary.seconds:.1f} s"
        + (f" ({verdicts})" if verdicts else "")
    )
    if summary.errors:
        term.warning(
            f"{summary.errors} article(s) could not be checked; their rows have record "
            "'error' and the reason in 'error'"
        )
    return EXIT_OK


def _cmd_rule(args: argparse.Namespace) -> int:
    as_json = args.output_format == "json"
    if args.list or not args.code:
        if as_json:
            print(json.dumps([r.as_dict() for r in all_rules()], indent=2, ensure_ascii=False))
            return EXIT_OK
        for rule in all_rules():
            print(f"{rule.code}  {rule.name:<28} {rule.level.value:<8} {rule.summary}")
        return EXIT_OK
    try:
        rule = get_rule(args.code)
    except KeyError:
        print(
            f"quotecheck: error: unknown rule {args.code!r}; see 'quotecheck rule --list'",
            file=sys.stderr,
        )
        return EXIT_ERROR
    if as_json:
        print(json.dumps([rule.as_dict()], indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{rule.code} {rule.name} ({rule.family}, default level: {rule.level.value})\n")
    print(rule.summary + "\n")
    print(rule.explanation)
    for e in rule.examples:
        heading = "Passes" if e.expect == "pass" else "Fails"
        shown = "".join(  # an example's invisible characters (QC116) shown by code point
            f"<U+{ord(c):04X}>" if unicodedata.category(c) == "Cf" else c for c in e.text()
        )
        print(f"\n{heading}:\n  " + shown.replace("\n", "\n  "))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (the console script exits with it)."""
    parser = _parser()
    args = parser.parse_args(argv)
    term = _Terminal(
        getattr(args, "color", "auto"),
        getattr(args, "quiet", False),
        not getattr(args, "no_progress", True),
    )
    try:
        if args.command == "check":
            return _cmd_check(args, term)
        if args.command == "baseline":
            return _cmd_baseline(args, term)
        if args.command == "report":
            return _cmd_report(args, term)
        if args.command == "explain":
            return _cmd_explain(args, term)
        if args.command == "rule":
            return _cmd_rule(args)
        if args.command == "batch":
            return _cmd_batch(args, term)
        if args.command == "lineage":
            return _cmd_lineage(args, term)
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    except QuotecheckError as exc:
        term.error(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        term.error("interrupted")
        return EXIT_ERROR
    except Exception as exc:  # a bug: still exit 2 with a message, never a traceback
        term.error(
            f"internal error: {type(exc).__name__}: {exc} "
            "(please report this with the input that caused it)"
        )
        if os.environ.get("QUOTECHECK_DEBUG"):
            raise
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
