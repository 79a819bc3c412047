"""Benchmark of cross-language quote checking (``python -m benchmarks.translation``).

Measures, on a bilingual set written for quotecheck (``benchmarks/translation/data.py``):

* retrieval — whether the span found for a German or French quote is the English sentence (or
  the words of a fragment) it translates: character IoU with the gold span;
* the decision — ``translated`` vs ``translated_altered`` (and the kind of edit), and that
  unrelated quotes get nothing;
* the paraphrase/fabrication separation of :meth:`CrossLingual.semantic_similarity`;
* time per quote, and the cost of the first (uncached) build on a 10,000-word source against a
  cached second build.

Results go to ``benchmarks/results/translation.{json,md}``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common.results import write_results
from benchmarks.translation.data import PARAPHRASES, SOURCES, UNRELATED
from quotecheck.models import Source
from quotecheck.xling import PARAPHRASE_MIN, CrossLingual, XlingResult, default_encoder

RESULTS = Path(__file__).resolve().parents[1] / "results"
IOU_OK = 0.5


def build_sources() -> tuple[list[Source], dict[str, tuple[int, int, int]]]:
    """The four English statements, and each sentence's (source index, start, end)."""
    sources: list[Source] = []
    where: dict[str, tuple[int, int, int]] = {}
    for si, (key, (speaker, items)) in enumerate(SOURCES.items()):
        text = f"Statement by {speaker}\n\n"
        for k, item in enumerate(items):
            if k and k % 3 == 0:
                text += "\n\n"
            elif k:
                text += " "
            start = len(text)
            text += item.en
            where[item.en] = (si, start, len(text) - 1)  # without the full stop
        sources.append(Source(id=key, text=text + "\n", speaker=speaker))
    return sources, where


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _cases(where: dict[str, tuple[int, int, int]]) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for _, items in SOURCES.values():
        for item in items:
            si, s, e = where[item.en]
            gold = (si, s, e)
            for lang in ("de", "fr"):
                quote = item.de if lang == "de" else item.fr
                cases.append(_case("faithful", lang, quote, gold, "translated", None))
            for lang, quote, kind in item.altered:
                cases.append(_case("altered", lang, quote, gold, "translated_altered", kind))
            for lang, quote, words in item.fragments:
                off = item.en.index(words)
                cases.append(
                    _case(
                        "fragment",
                        lang,
                        quote,
                        (si, s + off, s + off + len(words)),
                        "translated",
                        None,
                    )
                )
    for lang, quote in UNRELATED:
        cases.append(_case("unrelated", lang, quote, None, None, None))
    return cases


def _case(
    group: str,
    lang: str,
    quote: str,
    gold: tuple[int, int, int] | None,
    verdict: str | None,
    kind: str | None,
) -> dict[str, Any]:
    return {
        "group": group,
        "lang": lang,
        "quote": quote,
        "gold": gold,
        "verdict": verdict,
        "kind": kind,
    }


def _strip(quote: str) -> str:
    return quote.rstrip(".")


def run_cases(xl: CrossLingual, cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for c in cases:
        t0, c0 = time.perf_counter(), time.process_time()
        r: XlingResult | None = xl.check(_strip(c["quote"]), c["lang"])
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        got = r.verdict.value if r is not None and r.verdict is not None else None
        row = {**c, "seconds": dt, "cpu_seconds": cpu, "got": got}
        row["similarity"] = r.similarity if r else None
        row["span"] = r.text if r else None
        row["edits"] = [e.kind.value for e in r.edits] if r else []
        if c["gold"] is not None and r is not None:
            si, s, e = c["gold"]
            row["iou"] = iou((r.start, r.end), (s, e)) if r.source_index == si else 0.0
        else:
            row["iou"] = None
        rows.append(row)
    return rows


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    found = [r for r in rows if r["gold"] is not None]
    out["retrieval"] = {
        "quotes": len(found),
        "span_iou_at_least_0.5": _share([(r["iou"] or 0.0) >= IOU_OK for r in found]),
        "span_iou_at_least_0.8": _share([(r["iou"] or 0.0) >= 0.8 for r in found]),
        "mean_iou": round(statistics.fmean([r["iou"] or 0.0 for r in found]), 3),
        "by_group": {
            g: _share([(r["iou"] or 0.0) >= IOU_OK for r in found if r["group"] == g])
            for g in ("faithful", "altered", "fragment")
        },
    }
    decided = [r for r in rows if r["verdict"] is not None]
    confusion: dict[str, dict[str, int]] = {}
    for r in decided:
        row = confusion.setdefault(r["verdict"], {})
        key = r["got"] or "none"
        row[key] = row.get(key, 0) + 1
    altered = [r for r in rows if r["group"] == "altered"]
    out["decision"] = {
        "quotes": len(decided),
        "accuracy": _share([r["got"] == r["verdict"] for r in decided]),
        "faithful_translated": _share(
            [r["got"] == "translated" for r in decided if r["verdict"] == "translated"]
        ),
        "altered_caught": _share([r["got"] == "translated_altered" for r in altered]),
        "altered_right_edit_kind": _share(
            [r["got"] == "translated_altered" and r["kind"] in r["edits"] for r in altered]
        ),
        "by_kind": {
            k: _share(
                [
                    r["got"] == "translated_altered" and k in r["edits"]
                    for r in altered
                    if r["kind"] == k
                ]
            )
            for k in sorted({r["kind"] for r in altered})
        },
        "confusion": confusion,
    }
    unrelated = [r for r in rows if r["group"] == "unrelated"]
    out["unrelated"] = {
        "quotes": len(unrelated),
        "no_verdict": _share([r["got"] is None for r in unrelated]),
        "max_similarity": max((r["similarity"] or 0.0 for r in unrelated), default=0.0),
    }
    secs = [r["seconds"] for r in rows]
    cpu = [r["cpu_seconds"] for r in rows]
    out["time_per_quote_s"] = {
        "mean": round(statistics.fmean(secs), 3),
        "median": round(statistics.median(secs), 3),
        "p95": round(sorted(secs)[int(0.95 * (len(secs) - 1))], 3),
        "cpu_mean": round(statistics.fmean(cpu), 3),
    }
    return out


def _share(flags: list[bool]) -> dict[str, Any]:
    n = len(flags)
    k = sum(flags)
    return {"n": n, "ok": k, "rate": round(k / n, 3) if n else None}


def paraphrase_study(xl: CrossLingual, where: dict[str, tuple[int, int, int]]) -> dict[str, Any]:
    close, far = [], []
    for en, reworded, invented in PARAPHRASES:
        si, s, e = where[en]
        close.append(xl.semantic_similarity(reworded, si, s, e))
        far.append(xl.semantic_similarity(invented, si, s, e))
    scores = sorted(set(close + far))
    best_t, best_acc = PARAPHRASE_MIN, 0.0
    for t in scores:
        acc = (sum(c >= t for c in close) + sum(f < t for f in far)) / (len(close) + len(far))
        if acc > best_acc:
            best_t, best_acc = t, acc
    at_default = (
        sum(c >= PARAPHRASE_MIN for c in close) + sum(f < PARAPHRASE_MIN for f in far)
    ) / (len(close) + len(far))
    return {
        "pairs": len(close),
        "paraphrase_similarity": _stats(close),
        "invented_similarity": _stats(far),
        "accuracy_at_PARAPHRASE_MIN": {
            "threshold": PARAPHRASE_MIN,
            "accuracy": round(at_default, 3),
        },
        "best_threshold_on_this_set": {
            "threshold": round(best_t, 3),
            "accuracy": round(best_acc, 3),
        },
    }


def _stats(xs: list[float]) -> dict[str, float]:
    return {
        "min": round(min(xs), 3),
        "mean": round(statistics.fmean(xs), 3),
        "max": round(max(xs), 3),
    }


def big_source(words: int = 10_000, seed: int = 7) -> str:
    """A long English statement made of the benchmark's sentences with varied numbers."""
    rng = random.Random(seed)
    pool = [item.en for _, items in SOURCES.values() for item in items]
    out: list[str] = []
    count = 0
    k = 0
    while count < words:
        sentence = pool[k % len(pool)] if k < len(pool) else rng.choice(pool)
        if k >= len(pool):
            sentence = re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(1, 9)), sentence)
        out.append(sentence)
        count += len(sentence.split())
        k += 1
        if k % 5 == 0:
            out.append("\n\n")
    return " ".join(out).replace(" \n\n ", "\n\n")


def big_run(cases: list[dict[str, Any]], cache_dir: Path) -> dict[str, Any]:
    text = big_source()
    source = Source(id="long", text=text, speaker="Long Statement")
    enc = default_encoder()
    enc.encode(["warm-up"])  # model loading is not part of the build cost
    t0, c0 = time.perf_counter(), time.process_time()
    xl = CrossLingual([source], encoder=enc, cache_dir=cache_dir)
    xl.embed_sources()  # sources are embedded on first need: the build is timed here
    first, first_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    xl2 = CrossLingual([source], encoder=enc, cache_dir=cache_dir)
    xl2.embed_sources()
    second = time.perf_counter() - t0
    faithful = [c for c in cases if c["group"] == "faithful"][:30]
    secs, cpu, right = [], [], 0
    for c in faithful:
        t, c0 = time.perf_counter(), time.process_time()
        r = xl2.check(_strip(c["quote"]), c["lang"])
        secs.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c0)
        gold = next(
            item.en
            for _, items in SOURCES.values()
            for item in items
            if c["quote"] in (item.de, item.fr)
        )
        right += r is not None and r.text == gold.rstrip(".")
    assert xl2.cache is not None and xl2.cache.hits == 1
    del xl
    return {
        "words": len(text.split()),
        "units_embedded": len(xl2._indexed[0].layout.units),
        "first_build_s": round(first, 2),
        "first_build_cpu_s": round(first_cpu, 2),
        "cached_build_s": round(second, 3),
        "quotes": len(faithful),
        "exact_sentence_found": right,
        "time_per_quote_s": {
            "mean": round(statistics.fmean(secs), 3),
            "max": round(max(secs), 3),
            "cpu_mean": round(statistics.fmean(cpu), 3),
        },
    }


def to_markdown(result: dict[str, Any]) -> str:
    r, d, u, t = (
        result["retrieval"],
        result["decision"],
        result["unrelated"],
        result["time_per_quote_s"],
    )
    p, b = result["paraphrase"], result["long_source"]
    lines = [
        "# Translation benchmark",
        "",
        f"Encoder `{result['encoder']}`, {result['machine']}. "
        f"Data: `benchmarks/translation/data.py` ({result['sentences']} English sentences in 4 "
        "statements; German and French quotes).",
        "",
        "## Retrieval (right source span)",
        "",
        "| quotes | IoU ≥ 0.5 | IoU ≥ 0.8 | mean IoU | faithful | altered | fragments |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {r['quotes']} | {_pct(r['span_iou_at_least_0.5'])} "
        f"| {_pct(r['span_iou_at_least_0.8'])} | {r['mean_iou']} "
        f"| {_pct(r['by_group']['faithful'])} | {_pct(r['by_group']['altered'])} "
        f"| {_pct(r['by_group']['fragment'])} |",
        "",
        "## Decision (translated vs translated_altered)",
        "",
        "| quotes | accuracy | faithful → translated | altered caught | right edit kind |",
        "|---:|---:|---:|---:|---:|",
        f"| {d['quotes']} | {_pct(d['accuracy'])} | {_pct(d['faithful_translated'])} "
        f"| {_pct(d['altered_caught'])} | {_pct(d['altered_right_edit_kind'])} |",
        "",
        "| edit kind | caught with that kind |",
        "|---|---:|",
        *[f"| {k} | {_pct(v)} |" for k, v in d["by_kind"].items()],
        "",
        f"Unrelated quotes with no verdict: {_pct(u['no_verdict'])} "
        f"(highest similarity {u['max_similarity']:.2f}).",
        "",
        "## Paraphrase vs invention (same language, `semantic_similarity`)",
        "",
        f"{p['pairs']} pairs. Rewordings score {_range(p['paraphrase_similarity'])}; inventions "
        f"on the same topic {_range(p['invented_similarity'])}. Accuracy at `PARAPHRASE_MIN` = "
        f"{p['accuracy_at_PARAPHRASE_MIN']['threshold']}: "
        f"{p['accuracy_at_PARAPHRASE_MIN']['accuracy']:.0%} (best threshold on this set "
        f"{p['best_threshold_on_this_set']['threshold']}: "
        f"{p['best_threshold_on_this_set']['accuracy']:.0%}).",
        "",
        "## Time",
        "",
        f"Load average at the start: {result['load_average']} on {result['cpus']} CPUs "
        "(wall-clock times grow with the load; CPU times much less).",
        "",
        f"Per quote (4 small sources): mean {t['mean']} s, median {t['median']} s, "
        f"p95 {t['p95']} s wall clock; mean CPU time {t['cpu_mean']} s.",
        "",
        f"10,000-word source ({b['words']} words, {b['units_embedded']} units embedded): "
        f"first build (uncached) {b['first_build_s']} s ({b['first_build_cpu_s']} s CPU), "
        "second build (from the cache) "
        f"{b['cached_build_s']} s; "
        f"{b['quotes']} quotes, {b['exact_sentence_found']} found their exact sentence, "
        f"mean {b['time_per_quote_s']['mean']} s per quote "
        f"({b['time_per_quote_s']['cpu_mean']} s CPU).",
        "",
    ]
    return "\n".join(lines)


def _range(stats: dict[str, float]) -> str:
    return f"{stats['min']:.2f}–{stats['max']:.2f} (mean {stats['mean']:.2f})"


def _pct(share: dict[str, Any]) -> str:
    if not share["n"]:
        return "–"
    return f"{share['rate']:.0%} ({share['ok']}/{share['n']})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.translation", description=__doc__)
    parser.add_argument("--no-write", action="store_true", help="print, do not write results")
    parser.add_argument("--no-long", action="store_true", help="skip the 10,000-word source")
    parser.add_argument("--show-errors", action="store_true", help="print every wrong case")
    args = parser.parse_args(argv)

    sources, where = build_sources()
    cases = _cases(where)
    encoder = default_encoder()
    encoder.encode(["warm-up"])
    with tempfile.TemporaryDirectory() as tmp:
        xl = CrossLingual(sources, encoder=encoder, cache_dir=tmp)
        xl.embed_sources()  # not counted in the first quote's time
        rows = run_cases(xl, cases)
        result: dict[str, Any] = {
            "encoder": encoder.name,
            "machine": f"{platform.machine()}, Python {platform.python_version()}",
            "cpus": os.cpu_count(),
            "load_average": round(os.getloadavg()[0], 1),
            "sentences": sum(len(items) for _, items in SOURCES.values()),
            **summarise(rows),
            "paraphrase": paraphrase_study(xl, where),
        }
        if not args.no_long:
            result["long_source"] = big_run(cases, Path(tmp) / "long")
    if args.show_errors:
        for r in rows:
            wrong = r["got"] != r["verdict"] or (r["gold"] is not None and (r["iou"] or 0) < IOU_OK)
            wrong = wrong or (r["kind"] is not None and r["kind"] not in r["edits"])
            if wrong:
                print(
                    f"[{r['group']}/{r['kind']}] {r['quote']!r}\n   got {r['got']} {r['edits']} "
                    f"iou={r['iou']} sim={r['similarity']} span={r['span']!r}"
                )
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if not args.no_write and not args.no_long:
        write_results(RESULTS, "translation", result, to_markdown(result), ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
