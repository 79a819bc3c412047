"""Performance benchmark: ``python -m benchmarks.performance``.

Builds a realistic editorial repository from real text (:mod:`benchmarks.performance.corpus`),
then measures, each stage in a fresh process (:mod:`benchmarks.performance.stages`), side by
side in one run:

1. extraction + attribution throughput (articles/s, tokens/s) and recall of planted quotes:
   quotecheck (focused parsing), quotecheck parsing whole articles (the work before focused
   parsing), and textacy's ``direct_quotations`` on the same spaCy model;
2. matching throughput (quotes/s) against 1, 10 and 100 MB of sources, next to a naive
   ``rapidfuzz.fuzz.partial_ratio_alignment`` scan of every source;
3. end-to-end ``quotecheck check`` (articles/s) on 1,000 and 10,000 articles with ``--jobs 1``
   and ``--jobs 2``, against the floor: reading the same bytes and finding the quote marks
   with a single regex pass;
4. the peak resident memory of each.

Ratios are the headline (absolute times on shared machines are noisy).  Writes
``benchmarks/results/performance.{json,md}`` with a description of the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.common.results import write_results

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO_ROOT / "benchmarks" / "results"


def _stage(name: str, **kwargs: Any) -> dict[str, Any]:
    """Run one stage in a new interpreter and return its JSON result."""
    cmd = [sys.executable, "-m", "benchmarks.performance.stages", name, json.dumps(kwargs)]
    proc = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"stage {name} {kwargs} failed:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"  {name} {kwargs}: {json.dumps(result)}", flush=True)
    return result


def _ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.performance", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--articles", default="1000,10000", help="end-to-end article counts")
    ap.add_argument("--jobs", default="1,2", help="--jobs values for the end-to-end runs")
    ap.add_argument("--sizes", default="1,10,100", help="source corpus sizes (MB) for matching")
    ap.add_argument("--match-quotes", type=int, default=300, help="quotes per matching size")
    ap.add_argument("--extract-articles", type=int, default=400, help="articles for extraction")
    ap.add_argument("--source-mb", type=float, default=2.0, help="sources of the article corpus")
    ap.add_argument(
        "--quick", action="store_true", help="small sizes (200/1000 articles, 1 and 10 MB)"
    )
    ap.add_argument("--skip", default="", help="stages to skip: extract,match,e2e")
    ap.add_argument("--workdir", help="build the corpus here (kept) instead of a temporary folder")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="where to write the results")
    ap.add_argument("--no-write", action="store_true", help="print only, write no files")
    args = ap.parse_args(argv)
    if args.quick:
        args.articles, args.sizes, args.extract_articles = "200,1000", "1,10", 200
    return args


def main(argv: Sequence[str] | None = None) -> int:
    from benchmarks.extraction.__main__ import machine
    from benchmarks.performance.corpus import CorpusUnavailable, build

    args = _parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    counts, jobs, sizes = _ints(args.articles), _ints(args.jobs), _ints(args.sizes)
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="qc-perf-"))
    started = time.perf_counter()
    res: dict[str, Any] = {
        "generated": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "machine": machine(),
        "settings": vars(args),
        "skipped": {},
    }
    try:
        n_articles = max([*counts, args.extract_articles])
        print(f"building {n_articles} articles and {args.source_mb} MB of sources in {work}")
        try:
            built = build(work, articles=n_articles, source_mb=args.source_mb)
        except (CorpusUnavailable, OSError) as exc:
            print(f"cannot build the corpus: {exc}", file=sys.stderr)
            return 2
        res["corpus"] = {
            "articles": len(built.articles),
            "article_bytes": sum(p.stat().st_size for p in built.articles),
            "sources": len(built.sources),
            "source_bytes": built.source_bytes,
            "planted_quotes": sum(len(v) for v in built.planted.values()),
        }
        root = str(work)
        if "extract" not in skip:
            print("extraction + attribution")
            res["extract"] = [
                _stage("extract", root=root, n=args.extract_articles, system=s)
                for s in ("quotecheck", "quotecheck-full-parse", "textacy")
            ]
        if "match" not in skip:
            print("matching")
            res["match"] = [
                _stage(
                    "match",
                    mb=mb,
                    quotes=args.match_quotes if mb < 100 else max(50, args.match_quotes // 3),
                    naive={1: 40, 10: 10}.get(mb, 3),
                )
                for mb in sizes
            ]
        if "e2e" not in skip:
            print("end to end")
            res["floor"] = [_stage("floor", root=root, n=n) for n in counts]
            res["e2e"] = [_stage("e2e", root=root, n=n, jobs=j) for n in counts for j in jobs]
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    res["total_s"] = round(time.perf_counter() - started, 1)
    md = markdown(res)
    print(md)
    if not args.no_write:
        js, mdp = write_results(Path(args.out), "performance", res, md)
        print(f"wrote {js} and {mdp}")
    return 0


def _x(a: float | None, b: float | None) -> str:
    return "–" if not a or not b else f"{a / b:.1f}×"


def markdown(res: dict[str, Any]) -> str:
    """The results as Markdown tables, ratios first."""
    m = res["machine"]
    c = res.get("corpus", {})
    lines = [
        "# Performance benchmark results",
        "",
        f"Generated {res['generated']} by `python -m benchmarks.performance` in "
        f"{res.get('total_s', 0):.0f} s. Machine: {m['platform']}, {m['cpu_count']} CPUs, "
        f"Python {m['python']}, spaCy {m['spacy']} ({m['spacy_model']}), textacy "
        f"{m['textacy']}, quotecheck {m['quotecheck']}.",
        "",
        f"Corpus: {c.get('articles', 0):,} articles ({c.get('article_bytes', 0) / 1e6:.1f} MB, "
        f"{c.get('planted_quotes', 0):,} planted quotes) checked against {c.get('sources', 0)} "
        f"sources ({c.get('source_bytes', 0) / 1e6:.1f} MB: the four debate transcripts and "
        "generated statements). Absolute times on this shared machine are noisy; the ratios "
        "were measured in one run.",
        "",
    ]
    ex = {r["system"]: r for r in res.get("extract", [])}
    qc = ex.get("quotecheck")
    full = next((r for k, r in ex.items() if "parse=full" in k), None)
    tx = next((r for k, r in ex.items() if k.startswith("textacy")), None)
    if qc:
        lines += [
            "## Extraction + attribution",
            "",
            "| system | articles | articles/s | tokens/s | vs textacy | recall (planted) | "
            "docs failed | peak RSS MB |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in res["extract"]:
            ratio = _x(r["articles_per_s"], tx["articles_per_s"]) if tx else "–"
            lines.append(
                f"| {r['system']} | {r['articles']} | {r['articles_per_s']:.2f} | "
                f"{r['tokens_per_s']:,} | {ratio} | {100 * (r['recall'] or 0):.1f}% "
                f"({r['found']}/{r['planted']}) | {r['failed']} | {r['peak_rss_mb']:.0f} |"
            )
        if full:
            lines += [
                "",
                f"Focused parsing is {_x(qc['articles_per_s'], full['articles_per_s'])} the "
                "throughput of parsing whole articles (before/after of that optimisation).",
            ]
        lines.append("")
    if res.get("match"):
        lines += [
            "## Matching",
            "",
            "| sources | tokens | index build | from token cache | match ms/quote | + scoring "
            "ms/quote | found | naive ms/quote | matching vs naive | with scoring vs naive "
            "| peak RSS MB |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in res["match"]:
            lines.append(
                f"| {r['corpus_mb']} MB ({r['sources']}) | {r['tokens']:,} | "
                f"{r['index_build_s']:.1f} s | {r['index_build_cached_s']:.1f} s | "
                f"{r['match_ms_per_quote']:.2f} | {r['quotecheck_ms_per_quote']:.2f} | "
                f"{r['quotecheck_found']}/{r['quotecheck_quotes']} | "
                f"{r['naive_ms_per_quote']:.1f} | "
                f"{r['match_speedup']:.0f}× | {r['speedup']:.0f}× | {r['peak_rss_mb']:.0f} |"
            )
        lines += [
            "",
            "Matching = retrieval and alignment (what the naive scan does); scoring adds the "
            "verdict, typed edits and the speaker checks. The naive scan runs on a few quotes "
            "per size (it is slow); its time per quote grows with the corpus.",
            "",
        ]
    if res.get("e2e"):
        floors = {f["articles"]: f for f in res.get("floor", [])}
        lines += [
            "## End to end (`quotecheck check`, cache off)",
            "",
            "| articles | --jobs | seconds | articles/s | quotes | errors | regex floor "
            "articles/s | × floor | speed-up vs --jobs 1 | peak RSS MB (largest process) |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        one = {r["articles"]: r for r in res["e2e"] if r["jobs"] == 1}
        for r in res["e2e"]:
            f = floors.get(r["articles"])
            base = one.get(r["articles"])
            lines.append(
                f"| {r['articles']:,} | {r['jobs']} | {r['seconds']:.1f} | "
                f"{r['articles_per_s']:.2f} | {r['quotes']:,} | {r['errors']} | "
                f"{f['articles_per_s']:,.0f} | "
                f"{_x(f['articles_per_s'], r['articles_per_s']) if f else '–'} | "
                f"{_x(r['articles_per_s'], base['articles_per_s']) if base else '–'} | "
                f"{r['peak_rss_mb']:.0f} |"
            )
        lines += [
            "",
            "× floor: how many times slower than reading the bytes and finding the quote "
            "marks with one regex (best of five passes).",
            "",
        ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
