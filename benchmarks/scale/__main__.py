"""Scale benchmark: ``python -m benchmarks.scale``.

Checks generated articles against a 10 MB source corpus (by default the news corpus of
``benchmarks.performance.corpus``; ``--corpus words`` for ``benchmarks.scale.generate``)
with :mod:`quotecheck.dask` on a ``LocalCluster`` of 1 and then 2 single-threaded worker
processes, and reports the speed-up, the projected cost per million articles per core, the
per-task overhead, and the one-off costs (index build, pickled size, pipeline load).  Writes
``benchmarks/results/scale.{json,md}``.  ``--articles N`` measures fewer articles than the
default 10,000 (the Markdown says so, and extrapolates).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pickle
import platform
import time
from pathlib import Path
from typing import Any

from benchmarks.common.results import write_results

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO_ROOT / "benchmarks" / "results"
TARGET = 10_000


def _cluster(workers: int) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=50,
    )
    return cluster, Client(cluster)


def _run(workers: int, index: Any, arts: list[dict[str, str]], size: int) -> dict[str, Any]:
    import dask.bag as db

    import quotecheck.dask as qd

    t0 = time.perf_counter()
    cluster, client = _cluster(workers)
    try:
        t1 = time.perf_counter()
        shared = qd.share_index(index, client)
        t2 = time.perf_counter()
        qd.warm_up(client, shared)
        t3 = time.perf_counter()
        bag = db.from_sequence(arts, partition_size=size)
        frame = qd.check_bag(bag, shared).compute()
        t4 = time.perf_counter()
        tasks = 200
        empty = [{"id": f"empty-{i}", "text": ""} for i in range(tasks)]
        qd.check_bag(db.from_sequence(empty[:4], npartitions=4), shared).compute()
        t5 = time.perf_counter()
        qd.check_bag(db.from_sequence(empty, npartitions=tasks), shared).compute()
        t6 = time.perf_counter()
    finally:
        client.close()
        cluster.close()
    return {
        "workers": workers,
        "articles": len(arts),
        "partitions": bag.npartitions,
        "articles_per_partition": size,
        "records": len(frame),
        "errors": int((frame["record"] == "error").sum()),
        "cluster_start_s": round(t1 - t0, 2),
        "scatter_index_s": round(t2 - t1, 2),
        "pipeline_load_s": round(t3 - t2, 2),
        "check_s": round(t4 - t3, 2),
        "articles_per_s": round(len(arts) / (t4 - t3), 2),
        "empty_task_ms": round((t6 - t5) / tasks * 1000, 2),
        "empty_task_core_ms": round((t6 - t5) / tasks * 1000 * workers, 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.scale", description=__doc__)
    ap.add_argument("--articles", type=int, default=TARGET, help="articles to check")
    ap.add_argument("--corpus-mb", type=float, default=10.0, help="size of the source corpus")
    ap.add_argument("--partition-size", type=int, default=0, help="articles per task")
    ap.add_argument(
        "--corpus",
        choices=("news", "words"),
        default="news",
        help="news: Wikinews narration quoting debate transcripts and generated statements "
        "(benchmarks.performance.corpus, needs ../shared); words: invented words (no data)",
    )
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)

    from quotecheck.batch import BatchIndex, check_batch

    t = time.perf_counter()
    sources, arts = _corpus(args)
    gen_s = time.perf_counter() - t
    t = time.perf_counter()
    index = BatchIndex(sources)
    build_s = time.perf_counter() - t
    t = time.perf_counter()
    blob = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    pickle_s = time.perf_counter() - t
    t = time.perf_counter()
    pickle.loads(blob)
    unpickle_s = time.perf_counter() - t
    del blob

    # in-process reference: the per-article cost with no engine at all
    sample = arts[: min(100, len(arts))]
    check_batch(sample[:3], index)  # loads the pipeline
    t = time.perf_counter()
    records = check_batch(sample, index)
    single_ms = (time.perf_counter() - t) / len(sample) * 1000
    verdicts: dict[str, int] = {}
    for r in records:
        verdicts[r["verdict"] or r["record"]] = verdicts.get(r["verdict"] or r["record"], 0) + 1

    size = args.partition_size or max(1, min(1000, -(-len(arts) // 16)))
    runs = [_run(w, index, arts, size) for w in (1, 2)]
    one, two = runs
    speedup = one["check_s"] / two["check_s"]
    core_s_per_article = one["check_s"] / len(arts)
    core_s_two = two["check_s"] * 2 / len(arts)
    result: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "corpus": {
            "kind": args.corpus,
            "sources": len(sources),
            "bytes": sum(len(x.text.encode()) for x in sources),
            "speakers": len(
                {x.speaker for x in sources if x.speaker}
                | {t.speaker for x in sources for t in x.turns if t.speaker}
            ),
        },
        "articles": len(arts),
        "target_articles": TARGET,
        "extrapolated": len(arts) < TARGET,
        "generate_s": round(gen_s, 2),
        "index_build_s": round(build_s, 2),
        "index_pickle_mb": round(len(pickle.dumps(index)) / 1e6, 1),
        "index_pickle_s": round(pickle_s, 2),
        "index_unpickle_s": round(unpickle_s, 2),
        "single_process_ms_per_article": round(single_ms, 1),
        "sample_verdicts": dict(sorted(verdicts.items())),
        "runs": runs,
        "speedup_2_vs_1": round(speedup, 2),
        "core_hours_per_million_articles": round(core_s_per_article * 1e6 / 3600, 1),
        "core_hours_per_million_articles_2_workers": round(core_s_two * 1e6 / 3600, 1),
        "projected_10k_s": {
            "1_worker": round(core_s_per_article * TARGET, 0),
            "2_workers": round(two["check_s"] / len(arts) * TARGET, 0),
        },
    }
    md = _markdown(result)
    print(md)
    if not args.no_write:
        write_results(args.out, "scale", result, md)
    return 0


def _corpus(args: argparse.Namespace) -> tuple[list[Any], list[dict[str, str]]]:
    """The sources and the articles (``id``, ``text``) of the chosen corpus."""
    if args.corpus == "words":
        from benchmarks.scale.generate import articles, corpus

        c = corpus(int(args.corpus_mb * 1_000_000))
        return c.sources, articles(c, args.articles)
    import tempfile

    from benchmarks.performance.corpus import build
    from quotecheck.batch import source_files
    from quotecheck.inputs.sources import load_source

    with tempfile.TemporaryDirectory(prefix="qc-scale-") as tmp:
        built = build(Path(tmp), articles=args.articles, source_mb=args.corpus_mb)
        sources = [load_source(p) for p in source_files(Path(tmp) / "sources")]
        arts = [
            {"id": str(p.relative_to(tmp)), "text": p.read_text(encoding="utf-8")}
            for p in built.articles
        ]
    return sources, arts


def _markdown(r: dict[str, Any]) -> str:
    one, two = r["runs"]
    lines = [
        "# Scale benchmark (quotecheck.dask on a LocalCluster)",
        "",
        f"{r['date']}, {r['machine']['cpus']} CPUs, Python {r['machine']['python']}. "
        f"Corpus ({r['corpus'].get('kind', 'words')}): {r['corpus']['sources']} sources, "
        f"{r['corpus']['bytes'] / 1e6:.1f} MB, {r['corpus']['speakers']} speakers. "
        + (
            f"Articles: {r['articles']:,} built from Wikinews narration quoting the sources "
            "(benchmarks.performance.corpus: verbatim, house-style, altered, partial and "
            "unsourced quotes in news proportions)."
            if r["corpus"].get("kind") == "news"
            else f"Articles: {r['articles']:,} generated (three quotes each: verbatim, "
            "altered, in no source)."
        ),
        "",
    ]
    if r["extrapolated"]:
        lines += [
            f"**Measured on {r['articles']:,} articles, not {r['target_articles']:,}**: "
            f"10,000 would take about {r['projected_10k_s']['1_worker']:.0f} s with 1 worker "
            f"and {r['projected_10k_s']['2_workers']:.0f} s with 2 on this machine; the "
            "figures for 10,000 and per million are extrapolated linearly from the measured "
            "rate (the work per article does not depend on how many there are).",
            "",
        ]
    lines += [
        "| workers | tasks | articles/task | check (s) | articles/s | empty task (ms) |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for run in r["runs"]:
        lines.append(
            f"| {run['workers']} | {run['partitions']} | {run['articles_per_partition']} | "
            f"{run['check_s']} | {run['articles_per_s']} | {run['empty_task_ms']} |"
        )
    lines += [
        "",
        f"- **Speed-up, 2 workers vs 1: {r['speedup_2_vs_1']}×** (2 cores; the scheduler and "
        "client share them with the workers).",
        f"- **Cost per million articles: {r['core_hours_per_million_articles']} core-hours** "
        f"(1 worker; {r['core_hours_per_million_articles_2_workers']} from the 2-worker run). "
        f"In-process, without Dask: {r['single_process_ms_per_article']} ms per article.",
        f"- **Per-task overhead: {two['empty_task_ms']} ms** of wall time per task on 2 "
        f"workers ({one['empty_task_ms']} ms on 1), measured with tasks of one empty article "
        "(scheduling, the result frame, transfer).",
        f"- One-off costs per run: cluster start {one['cluster_start_s']}–"
        f"{two['cluster_start_s']} s; index build {r['index_build_s']} s on the client; "
        f"pickled index {r['index_pickle_mb']} MB ({r['index_pickle_s']} s to pickle, "
        f"{r['index_unpickle_s']} s to unpickle, once per worker); scatter to all workers "
        f"{one['scatter_index_s']}–{two['scatter_index_s']} s; spaCy pipeline load in every "
        f"worker {one['pipeline_load_s']}–{two['pipeline_load_s']} s.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
