"""Cold start: ``python -m benchmarks.performance.cold``.

What a fresh CI runner or a new Dask worker pays: every command runs in a new process with an
empty cache folder (``QUOTECHECK_CACHE_DIR`` pointed at a new temporary folder, ``--no-cache``
for ``check``), side by side in one run:

1. ``quotecheck check`` on 200 articles against 1 and 10 MB of sources (and 100 MB with
   ``--sizes 1,10,100``), next to the naive scan (``rapidfuzz.fuzz.partial_ratio_alignment`` of
   each planted quote against every source, in its own fresh process): timed in full for every
   quote up to ``--naive-full-mb`` (10 MB), estimated above it from a sample stratified by
   quote length (``--naive-sample`` strata, 60 by default, scaled to all quotes);
2. the same ``check`` warm (a second run with the cache the first one filled);
3. ``quotecheck batch`` on a local cluster of 1 and 2 workers (cluster start included) with a
   fresh cache, next to ``quotecheck check`` on the same articles: 200 articles and
   ``--batch-articles`` (default 2,000) against 1 MB.

Each row gives wall seconds, CPU seconds (user + system of the command and its children) and
the peak resident memory of the largest process.  The sources are generated statements of
about 5 KB each (``--source-bytes``) plus the four debate transcripts, as in
:mod:`benchmarks.performance.corpus`; the articles carry about 5 quotes each
(:data:`~benchmarks.performance.corpus.QUOTES_PER_ARTICLE_DENSE`: 200 articles, about 1,000
quotes, the bar of issue #19).  Ratios within one run are the message: on a shared
machine absolute times vary from run to run.  Writes
``benchmarks/results/cold-start.{json,md}``.  ``PYTHONPATH`` is passed on to every command, so
the same run can time another checkout of quotecheck (the before of a before/after).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import resource
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
DEFAULT_WORK = REPO_ROOT / "benchmarks" / ".work" / "cold"


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _timed(cmd: list[str], cwd: Path, cache: Path | None) -> dict[str, Any]:
    """Run ``cmd`` in a new process; wall and CPU seconds, peak RSS of the largest child."""
    env = dict(os.environ)
    fresh = None
    if cache is None:
        fresh = Path(tempfile.mkdtemp(prefix="qc-cold-cache-"))
        cache = fresh
    env["QUOTECHECK_CACHE_DIR"] = str(cache)
    # a peak of this run alone: the stage runs in its own process (see _stage)
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0
    if fresh is not None:
        shutil.rmtree(fresh, ignore_errors=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])} … exited {proc.returncode}: {proc.stderr[-2000:]}")
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "stdout": proc.stdout,
    }


def _articles(root: Path, n: int) -> list[str]:
    paths = sorted((root / "articles").glob("part-*/*.md"))[:n]
    return [str(p.relative_to(root)) for p in paths]


def stage_check(root: str, n: int, warm: bool = False) -> dict[str, Any]:
    """``quotecheck check`` on the first ``n`` articles, cold (or warm: run twice, time the
    second with the cache the first filled)."""
    base = Path(root)
    cmd = [
        sys.executable,
        "-m",
        "quotecheck",
        "check",
        *_articles(base, n),
        "--jobs",
        "1",
        "--no-progress",
        "--quiet",
        "--exit-zero",
        "--output-format",
        "json",
    ]
    if warm:
        cache = Path(tempfile.mkdtemp(prefix="qc-warm-cache-"))
        try:
            cmd += ["--cache-dir", str(cache)]
            _timed(cmd, base, cache)
            row = _timed(cmd, base, cache)
        finally:
            shutil.rmtree(cache, ignore_errors=True)
    else:
        row = _timed([*cmd, "--no-cache"], base, None)
    report = json.loads(row.pop("stdout"))
    quotes = [q for a in report.get("articles", []) for q in a.get("quotes", [])]
    verdicts: dict[str, int] = {}
    for q in quotes:
        verdicts[q["verdict"]] = verdicts.get(q["verdict"], 0) + 1
    return {"articles": n, "warm": warm, "quotes": len(quotes), "verdicts": verdicts, **row}


def stage_batch(root: str, n: int, workers: int) -> dict[str, Any]:
    """``quotecheck batch`` on the first ``n`` articles with a local cluster of ``workers``
    (cluster start included), fresh cache."""
    base = Path(root)
    listed = base / f"batch-{n}"
    listed.mkdir(exist_ok=True)
    for rel in _articles(base, n):  # the same articles as check, through one glob
        link = listed / Path(rel).name
        if not link.exists():
            link.symlink_to(base / rel)
    out = base / f"batch-{n}-{workers}.parquet"
    cmd = [
        sys.executable,
        "-m",
        "quotecheck",
        "batch",
        str(listed / "*.md"),
        "--sources",
        str(base / "sources"),
        "--scheduler",
        "local",
        "--workers",
        str(workers),
        "--output",
        str(out),
    ]
    row = _timed(cmd, base, None)
    row.pop("stdout")
    shutil.rmtree(out, ignore_errors=True)
    return {"articles": n, "workers": workers, **row}


def _strata(count: int, sample: int, seed: int) -> list[tuple[int, int, int]]:
    """``(lo, hi, pick)`` of each stratum: ``count`` quotes sorted by length cut into ``sample``
    strata of (nearly) equal size, one random quote of each."""
    k = min(sample, count)
    rng = random.Random(seed)
    bounds = [round(i * count / k) for i in range(k + 1)]
    return [(lo, hi, rng.randrange(lo, hi)) for lo, hi in itertools.pairwise(bounds)]


def stage_naive(root: str, n: int, sample: int = 0, seed: int = 1) -> dict[str, Any]:
    """The naive scan: each planted quote of the first ``n`` articles against every source with
    ``partial_ratio_alignment``.

    ``sample`` 0 (the default) times every quote against every source.  A positive ``sample``
    estimates instead: a quote's cost grows with its length, so the quotes are sorted by length
    and cut into ``sample`` strata of (nearly) equal size; one random quote of each stratum is
    timed against every source, and the total is the sum over strata of (stratum size × that
    quote's time).  A full scan also reports what that estimate (with ``--naive-sample``'s
    default of 60 strata) would have said from its own per-quote times, so the estimator can be
    checked: on the 10 MB corpus it came within 3 % of the full scan for ten seeds."""
    from rapidfuzz.fuzz import partial_ratio_alignment

    base = Path(root)
    t0 = time.perf_counter()
    sources = [p.read_text(encoding="utf-8") for p in sorted((base / "sources").iterdir())]
    read_s = time.perf_counter() - t0
    manifest = json.loads((base / "manifest.json").read_text(encoding="utf-8"))
    quotes: list[str] = []
    for rel in _articles(base, n):
        text = (base / rel).read_text(encoding="utf-8")
        quotes.extend(text[a:b] for a, b, _kind in manifest.get(rel, []))
    quotes.sort(key=len)

    def timed(q: str) -> tuple[float, float]:
        c0, w0 = time.process_time(), time.perf_counter()
        for s in sources:
            partial_ratio_alignment(q, s)
        return time.process_time() - c0, time.perf_counter() - w0

    cpu_total = wall_total = 0.0
    timed_lengths: list[int] = []
    extra: dict[str, Any] = {}
    if sample > 0:
        for lo, hi, pick in _strata(len(quotes), sample, seed):
            timed_lengths.append(len(quotes[pick]))
            cpu, wall = timed(quotes[pick])
            cpu_total += cpu * (hi - lo)
            wall_total += wall * (hi - lo)
    else:
        per_quote = [timed(q) for q in quotes]
        cpu_total = sum(c for c, _ in per_quote)
        wall_total = sum(w for _, w in per_quote)
        timed_lengths = [len(q) for q in quotes]
        extra["stratified_estimate_cpu_s"] = round(
            read_s
            + sum(
                per_quote[pick][0] * (hi - lo) for lo, hi, pick in _strata(len(quotes), 60, seed)
            ),
            1,
        )
    lengths = [len(q) for q in quotes]
    return {
        "articles": n,
        "quotes": len(quotes),
        "method": "stratified" if sample > 0 else "full",
        "sampled": len(timed_lengths),
        "sources": len(sources),
        "quote_chars": {
            "min": lengths[0],
            "median": lengths[len(lengths) // 2],
            "max": lengths[-1],
        },
        "timed_chars": {"min": min(timed_lengths), "max": max(timed_lengths)},
        "ms_per_quote_wall": round(1000 * wall_total / len(quotes), 1),
        "ms_per_quote_cpu": round(1000 * cpu_total / len(quotes), 1),
        "wall_s": round(read_s + wall_total, 1),
        "cpu_s": round(read_s + cpu_total, 1),
        **extra,
    }


STAGES = {"check": stage_check, "batch": stage_batch, "naive": stage_naive}


def _stage(name: str, **kwargs: Any) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "benchmarks.performance.cold", "--stage", name, json.dumps(kwargs)]
    load = os.getloadavg()[0]
    proc = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"stage {name} {kwargs} failed:\n{proc.stderr[-3000:]}")
    row: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    # the machine's load (1-minute average) when the stage started and when it ended
    row["load"] = [round(load, 1), round(os.getloadavg()[0], 1)]
    print(f"  {name} {kwargs}: {json.dumps(row)}", flush=True)
    return row


def _ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def _corpus(work: Path, mb: int, articles: int, source_bytes: int) -> Path:
    from benchmarks.performance.corpus import QUOTES_PER_ARTICLE_DENSE, build

    # q5: about 5 quotes per article, the 200 articles with 1,000 quotes
    root = work / f"{mb}mb-{articles}-{source_bytes}-q5"
    if not (root / "manifest.json").exists():
        build(
            root,
            articles=articles,
            source_mb=mb,
            source_bytes=source_bytes,
            quotes_per_article=QUOTES_PER_ARTICLE_DENSE,
        )
    return root


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--stage"]:
        print(json.dumps(STAGES[argv[1]](**json.loads(argv[2]))))
        return 0
    from benchmarks.extraction.__main__ import machine

    ap = argparse.ArgumentParser(prog="python -m benchmarks.performance.cold", description=__doc__)
    ap.add_argument("--sizes", default="1,10", help="source sizes in MB for the cold check")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--batch-articles", default="200,2000", help="article counts for batch")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument(
        "--naive-sample",
        type=int,
        default=60,
        help="strata of the naive scan's estimate for sizes over --naive-full-mb",
    )
    ap.add_argument(
        "--naive-full-mb",
        type=int,
        default=10,
        help="sizes up to this many MB get the full naive scan (every quote, every source)",
    )
    ap.add_argument("--source-bytes", type=int, default=5000, help="size of each statement")
    ap.add_argument("--skip", default="", help="parts to skip: check,warm,batch,naive")
    ap.add_argument("--label", default="", help="a name for this run (e.g. the commit)")
    ap.add_argument("--workdir", default=str(DEFAULT_WORK), help="corpora are built here, kept")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    batch_counts = _ints(args.batch_articles)
    res: dict[str, Any] = {
        "generated": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "label": args.label,
        "machine": machine(),
        "load_average": os.getloadavg(),
        "settings": vars(args),
        "check": [],
        "naive": [],
        "warm": [],
        "batch": [],
    }
    started = time.perf_counter()
    for mb in _ints(args.sizes):
        n = max([args.articles, *batch_counts]) if mb == 1 else args.articles
        root = str(_corpus(work, mb, n, args.source_bytes))
        print(f"{mb} MB of sources, {n} articles in {root}", flush=True)
        if "naive" not in skip:
            res["naive"].append(
                {
                    "mb": mb,
                    **_stage(
                        "naive",
                        root=root,
                        n=args.articles,
                        sample=0 if mb <= args.naive_full_mb else args.naive_sample,
                    ),
                }
            )
        if "check" not in skip:
            res["check"].append({"mb": mb, **_stage("check", root=root, n=args.articles)})
        if "warm" not in skip:
            res["warm"].append({"mb": mb, **_stage("check", root=root, n=args.articles, warm=True)})
        if mb == 1 and "batch" not in skip:
            for count in batch_counts:
                row = {"mb": mb, "workers": 0, **_stage("check", root=root, n=count)}
                res["batch"].append(row)
                for w in _ints(args.workers):
                    res["batch"].append(
                        {"mb": mb, **_stage("batch", root=root, n=count, workers=w)}
                    )
    res["total_s"] = round(time.perf_counter() - started, 1)
    md = markdown(res)
    print(md)
    if not args.no_write:
        stem = "cold-start" + (f"-{args.label}" if args.label else "")
        write_results(Path(args.out), stem, res, md)
    return 0


def _load(row: dict[str, Any]) -> str:
    """The 1-minute load average at the start and end of a row's run."""
    load = row.get("load")
    return f"{load[0]:.1f} → {load[1]:.1f}" if load else "–"


def markdown(res: dict[str, Any]) -> str:
    """The results as Markdown tables, ratios first."""
    m = res["machine"]
    load = ", ".join(f"{x:.1f}" for x in res.get("load_average", ()))
    lines = [
        "# Cold-start benchmark" + (f" ({res['label']})" if res.get("label") else ""),
        "",
        f"Generated {res['generated']} by `python -m benchmarks.performance.cold` in "
        f"{res.get('total_s', 0):.0f} s. Machine: {m['platform']}, {m['cpu_count']} CPUs, "
        f"Python {m['python']}, quotecheck {m['quotecheck']}; load average at the start "
        f"{load} (a shared machine: compare ratios within the run, and CPU seconds).",
        "",
    ]
    naive = {r["mb"]: r for r in res.get("naive", [])}
    if res.get("check"):
        lines += [
            "## Cold `quotecheck check` (no cache, fresh process) against the naive scan",
            "",
            "| sources | articles | quotes | wall s | CPU s | naive scan wall s (CPU s) | "
            "× naive (wall / CPU) | peak RSS MB | load |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for r in res["check"]:
            nv = naive.get(r["mb"])
            ratio = (
                f"{nv['wall_s'] / r['wall_s']:.1f}× / {nv['cpu_s'] / r['cpu_s']:.1f}×"
                if nv
                else "–"
            )
            shown = f"{nv['wall_s']:.0f} ({nv['cpu_s']:.0f})" if nv else "–"
            lines.append(
                f"| {r['mb']} MB | {r['articles']} | {r['quotes']} | {r['wall_s']:.1f} | "
                f"{r['cpu_s']:.1f} | {shown} | {ratio} | {r['peak_rss_mb']:.0f} | {_load(r)} |"
            )
        rows = {r["mb"]: r for r in res["check"]}
        if 1 in rows and 10 in rows:
            lines += [
                "",
                f"Growth from 1 to 10 MB: {rows[10]['wall_s'] / rows[1]['wall_s']:.2f}× wall, "
                f"{rows[10]['cpu_s'] / rows[1]['cpu_s']:.2f}× CPU.",
            ]
        if naive:
            lines += [
                "",
                "Naive scan: "
                + "; ".join(
                    f"{r['mb']} MB {r['ms_per_quote_cpu']:.0f} ms CPU per quote "
                    + (
                        f"(all {r['quotes']:,} quotes timed against every source"
                        + (
                            f"; the 60-stratum estimate from the same times: "
                            f"{r['stratified_estimate_cpu_s']:.0f} CPU s"
                            if "stratified_estimate_cpu_s" in r
                            else ""
                        )
                        if r.get("method") == "full"
                        else f"({r['sampled']} of {r['quotes']:,} quotes timed, one per length "
                        "stratum"
                    )
                    + (
                        f", quotes of {r['quote_chars']['min']}–{r['quote_chars']['max']} "
                        f"characters, median {r['quote_chars']['median']}"
                        if "quote_chars" in r
                        else ""
                    )
                    + f"; {r['sources']} sources)"
                    for r in res["naive"]
                )
                + ".",
            ]
        lines.append("")
    if res.get("warm"):
        lines += [
            "## Warm `quotecheck check` (second run, cache kept)",
            "",
            "| sources | articles | wall s | CPU s | peak RSS MB |",
            "|---:|---:|---:|---:|---:|",
        ]
        for r in res["warm"]:
            lines.append(
                f"| {r['mb']} MB | {r['articles']} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} | "
                f"{r['peak_rss_mb']:.0f} |"
            )
        lines.append("")
    if res.get("batch"):
        lines += [
            "## Cold `quotecheck batch` (local cluster, start included) next to `check`",
            "",
            "| articles | command | wall s | CPU s | × check wall | speed-up vs 1 worker | "
            "peak RSS MB (largest process) | load |",
            "|---:|---|---:|---:|---:|---:|---:|---|",
        ]
        checks = {r["articles"]: r for r in res["batch"] if r["workers"] == 0}
        ones = {r["articles"]: r for r in res["batch"] if r["workers"] == 1}
        for r in res["batch"]:
            c, one = checks.get(r["articles"]), ones.get(r["articles"])
            what = (
                "check --jobs 1"
                if r["workers"] == 0
                else f"batch, {r['workers']} worker{'s' if r['workers'] > 1 else ''}"
            )
            vs_check = f"{r['wall_s'] / c['wall_s']:.2f}×" if c and r["workers"] else "–"
            vs_one = f"{one['wall_s'] / r['wall_s']:.2f}×" if one and r["workers"] > 1 else "–"
            lines.append(
                f"| {r['articles']:,} | {what} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} | "
                f"{vs_check} | {vs_one} | {r['peak_rss_mb']:.0f} | {_load(r)} |"
            )
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
