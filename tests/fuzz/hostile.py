"""Hostile shapes grown until the work shows: the whole per-article path of ``quotecheck check``
(reading, front matter, declared sources, extraction with spaCy, matching, scoring, rule
engine, suppressions, baseline keys) and every output format, at sizes n and 4n.

Prints CPU seconds (of this process: on a shared machine wall time mostly measures the
neighbours) per shape and size and the ratio between sizes (about 4 when the work is linear,
16 when it is quadratic).  Times are for reading, never asserted: the test suite's
``tests/test_hostile_growth.py`` checks the same shapes by counting work.

    .venv/bin/python tests/fuzz/hostile.py [--sizes 25000,100000] [--shapes parens,nested]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SOURCE = "---\nspeaker: Ann Lee\n---\nWe will not close the ferry line in May.\n"


def _declared(n: int) -> str:
    lines = "".join(f"    - missing/s{k}.txt\n" for k in range(n))
    return "---\nquotecheck:\n  sources:\n" + lines + "---\n“We will close it,” Ann Lee said.\n"


SHAPES: dict[str, Callable[[int], str]] = {
    # n characters of one punctuation mark after a quote (spaCy's prefix loop is quadratic)
    "parens": lambda n: "“We will not close it,” Ann Lee said " + "(" * n + "\n",
    "dots": lambda n: "“We will not close it,” Ann Lee said " + "." * n + "\n",
    # n/2 openers then n/2 closers: quotes nested n/2 deep
    "nested": lambda n: "\u201c" * (n // 2) + "\u201d" * (n // 2) + "\n",
    "nested-words": lambda n: "\u201ca " * (n // 3) + "\u201d" * (n // 3) + "\n",
    # openers nobody closes, on one line
    "unclosed": lambda n: "\u201ca " * (n // 3) + "\n",
    # a front matter declaring n // 20 sources that do not exist (one QC501 each)
    "declared": lambda n: _declared(n // 20),
    # bidi controls and zero-width characters inside quotes
    "invisible": lambda n: "“We \u202e12\u202c will\u200b,” Ann Lee said. " * (n // 30) + "\n",
}


def run_once(text: str, folder: Path) -> dict[str, float]:
    """CPU seconds spent checking ``text`` as an article, and rendering every format."""
    from quotecheck.config import load_config
    from quotecheck.formats import FORMATS, FormatOptions, render
    from quotecheck.lint import Linter, LintOptions

    article = folder / "article.md"
    article.write_text(text, encoding="utf-8")
    (folder / "statement.txt").write_text(SOURCE, encoding="utf-8")
    (folder / "quotecheck.toml").write_text("cache = false\n", encoding="utf-8")
    loaded = load_config(start=folder, isolated=False, environ={})
    options = LintOptions(extra_sources=(folder / "statement.txt",), use_cache=False)
    t0 = time.process_time()
    result = Linter(loaded, options).run([article])
    t1 = time.process_time()
    plain = FormatOptions(root=result.root, color=False)
    for fmt in sorted(FORMATS):
        render(result.report, fmt, plain)
    t2 = time.process_time()
    return {"check": t1 - t0, "formats": t2 - t1}


def main(argv: list[str] | None = None) -> int:
    """Run the shapes and print a table."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="25000,100000", help="comma-separated sizes in characters")
    p.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shape names")
    args = p.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    from quotecheck.extract.nlp import load_pipeline

    load_pipeline("en")  # loading is not part of any article's time
    with tempfile.TemporaryDirectory() as tmp:  # nor is anything else loaded on first use
        run_once(SHAPES["parens"](10), Path(tmp))
    print("| shape | " + " | ".join(f"{n:,} chars" for n in sizes) + " | ratio |")
    print("|---|" + "---|" * len(sizes) + "---|")
    for name in args.shapes.split(","):
        totals = []
        for n in sizes:
            with tempfile.TemporaryDirectory() as tmp:
                got = run_once(SHAPES[name](n), Path(tmp))
            totals.append(got["check"] + got["formats"])
        ratio = totals[-1] / totals[0] if totals[0] else float("nan")
        cells = " | ".join(f"{t:.2f} s CPU" for t in totals)
        print(f"| {name} | {cells} | {ratio:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
