"""Lineage benchmark: ``python -m benchmarks.lineage``.

Generates synthetic archives whose lineage is known (:mod:`benchmarks.lineage.generate`: batch
records of articles copying and mutating each other along a tree; no NLP extraction, the
records are what the checker would give), runs :func:`quotecheck.lineage.build_lineage` in
process and :func:`quotecheck.lineage.dask.lineage_of_records` on a ``LocalCluster`` of 1 and
2 single-threaded worker processes, checks that both give the same groups, and reports

* **origin precision/recall**: (passage, alteration, introducing article) triples named by the
  lineage against the generated truth, for alterations whose introducing article has a date
  (the target is ≥ 95%), and over all alterations in a run where some articles have no date;
* **copy precision/recall**: articles named as a copy (same words, translation or derived)
  against those that truly copied an altered rendering;
* **grouping**: renderings placed in the group of their true passage;
* run times (generation, cluster start-up and each worker's first import of quotecheck
  excluded) and their ratio between sizes.

Writes ``benchmarks/results/lineage.{json,md}``.  ``--sizes 1000`` for a quick run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.common.results import write_results
from benchmarks.lineage.generate import Archive, generate

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO_ROOT / "benchmarks" / "results"
KINDS = ("edit", "elision", "cut", "descriptor")


def evaluate(archive: Archive, report: Any) -> dict[str, Any]:
    """Origin, copy and grouping precision/recall of ``report`` against the truth."""
    predicted: set[tuple[str, str, str]] = set()
    copies: set[str] = set()
    placed = 0
    for g in report.groups:
        members: list[str] = []
        for v in g.variants:
            members.append(v.origin.path)
            members.extend(c.article.path for c in v.copies if c.relation != "derived")
            members.extend(r.path for r in v.independent)
            copies.update(c.article.path for c in v.copies)
        passages = Counter(archive.passage_of[f"{m}#0"] for m in members)
        passage, hits = passages.most_common(1)[0]
        placed += hits
        for a in g.alterations:
            if a.trait.kind in KINDS:
                predicted.add((passage, a.trait.key, a.origin))
    truth = {(k.split("|", 1)[0], k.split("|", 1)[1], art) for k, art in archive.origins.items()}

    def pr(pred: set[Any], true: set[Any]) -> dict[str, float | int]:
        both = len(pred & true)
        return {
            "precision": both / len(pred) if pred else 1.0,
            "recall": both / len(true) if true else 1.0,
            "predicted": len(pred),
            "true": len(true),
        }

    dated_truth = {t for t in truth if archive.dated[t[2]]}
    dated_keys = {(p, k) for p, k, _ in dated_truth}
    dated_pred = {t for t in predicted if (t[0], t[1]) in dated_keys}
    true_copies = {a for a, c in archive.copied.items() if c}
    return {
        "origin_dated": pr(dated_pred, dated_truth),
        "origin_all": pr(predicted, truth),
        "copies": pr(copies, true_copies),
        "grouping": placed / len(archive.records),
    }


def _in_process(archive: Archive) -> tuple[Any, float, float]:
    from quotecheck.lineage import build_lineage
    from quotecheck.lineage.renderings import from_record

    t0, c0 = time.perf_counter(), time.process_time()
    renderings = [r for rec in archive.records if (r := from_record(rec)) is not None]
    report = build_lineage(renderings, sources=archive.sources)
    return report, time.perf_counter() - t0, time.process_time() - c0


def _worker_cpu() -> float:
    return time.process_time()


def _on_dask(archive: Archive, workers: int, partitions: int) -> tuple[Any, float, float]:
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    import quotecheck.dask as qd
    from quotecheck.lineage.dask import lineage_of_records

    frame = qd.records_frame(archive.records)
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=50,
    )
    client = Client(cluster)
    try:
        # one-off per worker, as the pipeline load of 'quotecheck batch': not the lineage's time
        client.run(importlib.import_module, "quotecheck.lineage.dask")
        records = client.persist(dd.from_pandas(frame, npartitions=partitions))
        client.wait_for_workers(workers)
        before = client.run(_worker_cpu)
        t0, c0 = time.perf_counter(), time.process_time()
        report = lineage_of_records(records, sources=archive.sources)
        wall, driver = time.perf_counter() - t0, time.process_time() - c0
        after = client.run(_worker_cpu)
        cpu = driver + sum(after[w] - before[w] for w in before if w in after)
        return report, wall, cpu
    finally:
        client.close()
        cluster.close()


def run(sizes: list[int], workers: list[int], undated: float, seed: int) -> dict[str, Any]:
    """Every measurement, as a JSON-able dict."""
    results: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_at_start": os.getloadavg()[0],
        },
        "seed": seed,
        "undated_fraction": undated,
        "sizes": {},
    }
    for size in sizes:
        entry: dict[str, Any] = {}
        archive = generate(size, seed=seed)
        report, seconds, cpu = _in_process(archive)
        entry["in_process"] = {"seconds": seconds, "cpu_seconds": cpu, **evaluate(archive, report)}
        print(f"  {size:>7} renderings in process: {seconds:.1f} s", flush=True)
        entry["groups"] = len(report.groups)
        for w in workers:
            parts = max(4, min(64, size // 2000))
            dask_report, dask_seconds, dask_cpu = _on_dask(archive, w, parts)
            entry[f"dask_{w}"] = {
                "seconds": dask_seconds,
                "cpu_seconds": dask_cpu,
                "partitions": parts,
                "same_as_in_process": dask_report.groups == report.groups,
            }
            print(f"  {size:>7} renderings, {w} worker(s): {dask_seconds:.1f} s", flush=True)
        undated_archive = generate(size, seed=seed, undated=undated)
        u_report, u_seconds, _ = _in_process(undated_archive)
        entry["undated"] = {"seconds": u_seconds, **evaluate(undated_archive, u_report)}
        results["sizes"][str(size)] = entry
        print(f"  {size:>7} renderings: {json.dumps(entry['in_process'])}", flush=True)
    return results


def _time(entry: dict[str, Any]) -> str:
    if "seconds" not in entry:
        return "–"
    return f"{entry['seconds']:.1f} s ({entry['cpu_seconds']:.1f})"


def markdown(results: dict[str, Any]) -> str:
    """The results as the Markdown table of ``benchmarks/results/lineage.md``."""
    sizes = results["sizes"]
    lines = [
        "# Lineage benchmark",
        "",
        f"Run {results['date']} on {results['machine']['cpus']} CPUs "
        f"(Python {results['machine']['python']}), seed {results['seed']}. Synthetic archives "
        "from `benchmarks/lineage/generate.py`: batch records generated directly (no NLP "
        "extraction), one quote per article, about 40 renderings per passage, 35% of copies "
        "alter the quote (word, elision, mid-sentence cut, wrong title), 10% quote the source "
        "afresh, 3% are translations, 3% lost their match (grouped by similarity).",
        "",
        "Times are wall clock, with the CPU seconds (driver and workers) in brackets: the "
        f"machine was shared (load average {results['machine']['load_average_at_start']:.1f} "
        "at the start), so the CPU seconds are the steadier measure of the work.",
        "",
        "| renderings | groups | origin P / R (dated) | copy P / R | grouping | "
        "in process | Dask 1 worker | Dask 2 workers | same result |",
        "|---:|---:|---|---|---:|---:|---:|---:|---|",
    ]
    for size, e in sizes.items():
        o, c = e["in_process"]["origin_dated"], e["in_process"]["copies"]
        d1, d2 = e.get("dask_1", {}), e.get("dask_2", {})
        same = all(e[k]["same_as_in_process"] for k in e if k.startswith("dask_"))
        lines.append(
            f"| {int(size):,} | {e['groups']:,} | {o['precision']:.1%} / {o['recall']:.1%} | "
            f"{c['precision']:.1%} / {c['recall']:.1%} | {e['in_process']['grouping']:.1%} | "
            f"{_time(e['in_process'])} | {_time(d1)} | {_time(d2)} | "
            f"{'yes' if same else 'NO'} |"
        )
    lines += [
        "",
        f"With {results['undated_fraction']:.0%} of the articles undated (ids in random "
        "order, so the input-order fallback says nothing):",
        "",
        "| renderings | origin P / R (alterations introduced by a dated article) | "
        "origin P / R (all) |",
        "|---:|---|---|",
    ]
    for size, e in sizes.items():
        o, a = e["undated"]["origin_dated"], e["undated"]["origin_all"]
        lines.append(
            f"| {int(size):,} | {o['precision']:.1%} / {o['recall']:.1%} | "
            f"{a['precision']:.1%} / {a['recall']:.1%} |"
        )
    keys = list(sizes)
    if len(keys) >= 2:
        small, large = sizes[keys[0]], sizes[keys[-1]]
        ratio = int(keys[-1]) / int(keys[0])
        head = f"Scaling from {int(keys[0]):,} to {int(keys[-1]):,} renderings (×{ratio:g}):"
        lines += ["", head]
        for label, k in (("in process", "in_process"), ("Dask 1", "dask_1"), ("Dask 2", "dask_2")):
            if k in small and k in large:
                lines.append(
                    f"- {label}: ×{large[k]['seconds'] / small[k]['seconds']:.1f} wall time, "
                    f"×{large[k]['cpu_seconds'] / small[k]['cpu_seconds']:.1f} CPU time"
                )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and write the results."""
    p = argparse.ArgumentParser(prog="python -m benchmarks.lineage", description=__doc__)
    p.add_argument("--sizes", default="1000,100000", help="renderings per archive")
    p.add_argument("--workers", default="1,2", help="Dask worker counts")
    p.add_argument("--undated", type=float, default=0.1, help="fraction of undated articles")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", type=Path, default=DEFAULT_OUT)
    p.add_argument("--no-write", action="store_true")
    args = p.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    workers = [int(w) for w in args.workers.split(",") if w]
    results = run(sizes, workers, args.undated, args.seed)
    text = markdown(results)
    print(text)
    if not args.no_write:
        write_results(args.out, "lineage", results, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
