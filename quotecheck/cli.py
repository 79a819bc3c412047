"""The command line: a thin layer that owns argv, printing and exit codes.

Exit codes: 0 no finding at or above the fail level; 1 such findings; 2 usage, configuration or
input error (a one-line message on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from quotecheck import __version__
from quotecheck.config import Settings
from quotecheck.errors import QuotecheckError
from quotecheck.formats import FORMATS, FormatOptions, render
from quotecheck.models import Level, Report
from quotecheck.rules import all_rules, get_rule

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

_EPILOG = """\
exit codes:
  0  no finding at or above --fail-level
  1  findings at or above --fail-level
  2  usage, configuration or input error (message on stderr)
"""


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with a one-line message (its default is the same code)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(
            EXIT_ERROR, f"quotecheck: error: {message}\nRun '{self.prog} --help' for usage.\n"
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
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument(
        "articles", nargs="+", metavar="ARTICLE", help="article files (text, Markdown or HTML)"
    )
    c.add_argument(
        "--source",
        "-s",
        action="append",
        default=[],
        metavar="PATH",
        help="a primary source file (repeatable)",
    )
    c.add_argument(
        "--speaker",
        metavar="NAME",
        help="who speaks in the sources given with "
        "--source (otherwise read from their front matter or byline)",
    )
    c.add_argument(
        "--alias",
        action="append",
        default=[],
        metavar="A=B[=C]",
        help="names that denote the same thing, e.g. 'DPRK=North Korea' (repeatable)",
    )
    c.add_argument(
        "--alias-file",
        action="append",
        default=[],
        metavar="PATH",
        help="an alias table (TSV or YAML; repeatable)",
    )
    c.add_argument(
        "--no-default-aliases",
        action="store_true",
        help="do not use the shipped country/organisation alias table",
    )
    c.add_argument(
        "--language", default="en", metavar="CODE", help="article language (default: en)"
    )
    c.add_argument(
        "--output-format",
        "-f",
        default="full",
        choices=sorted(FORMATS),
        help="output format (default: full)",
    )
    c.add_argument(
        "--fail-level",
        default="error",
        choices=[lv.value for lv in Level],
        help="lowest finding level that makes the exit code 1 (default: error)",
    )
    c.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    c.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour in the terminal formats (default: auto; NO_COLOR is honoured)",
    )

    r = sub.add_parser("rule", help="show the documentation of a rule")
    r.add_argument("code", nargs="?", metavar="CODE|NAME", help="e.g. QC101 or altered-wording")
    r.add_argument("--list", action="store_true", help="list every rule")
    return p


def _use_color(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _exit_code(report: Report, fail_level: Level, exit_zero: bool) -> int:
    if any(a.error for a in report.articles):
        return EXIT_ERROR
    if exit_zero:
        return EXIT_OK
    worst = [f.level.rank for _, f in report.all_findings()]
    return EXIT_FINDINGS if worst and max(worst) >= fail_level.rank else EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from quotecheck.api import check, load_source

    aliases = []
    for spec in args.alias:
        names = tuple(n.strip() for n in spec.split("=") if n.strip())
        if len(names) < 2:
            raise QuotecheckError(
                f"--alias {spec!r}: expected two or more names joined by '=', "
                "e.g. --alias 'DPRK=North Korea'"
            )
        aliases.append(names)
    settings = Settings(
        language=args.language,
        alias_files=tuple(Path(f) for f in args.alias_file),
        aliases=tuple(aliases),
        default_aliases=not args.no_default_aliases,
        fail_level=Level(args.fail_level),
    )
    sources = [load_source(p, speaker=args.speaker) for p in args.source]
    if not sources:
        print(
            "quotecheck: warning: no --source given; every quote will be unverifiable",
            file=sys.stderr,
        )
    report = check(args.articles, sources=sources, settings=settings)
    for art in report.articles:
        if art.error:
            print(f"quotecheck: error: {art.error}", file=sys.stderr)
    options = FormatOptions(root=Path.cwd(), color=_use_color(args.color))
    sys.stdout.write(render(report, args.output_format, options))
    return _exit_code(report, settings.fail_level, args.exit_zero)


def _cmd_rule(args: argparse.Namespace) -> int:
    if args.list or not args.code:
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
    print(f"{rule.code} {rule.name} ({rule.family}, default level: {rule.level.value})\n")
    print(rule.summary + "\n")
    print(rule.explanation + "\n")
    print("Passes:\n  " + rule.passing.replace("\n", "\n  ") + "\n")
    print("Fails:\n  " + rule.failing.replace("\n", "\n  "))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (the console script exits with it)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _cmd_check(args)
        if args.command == "rule":
            return _cmd_rule(args)
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    except QuotecheckError as exc:
        print(f"quotecheck: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("quotecheck: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a bug: still exit 2 with a message, never a traceback
        print(
            f"quotecheck: internal error: {type(exc).__name__}: {exc} "
            "(please report this with the input that caused it)",
            file=sys.stderr,
        )
        if os.environ.get("QUOTECHECK_DEBUG"):
            raise
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
