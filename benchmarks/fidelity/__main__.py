"""Run the fidelity benchmark: ``python -m benchmarks.fidelity``.

Three parts, each skipped with a one-line reason when its data is absent:

* the mutation bank (``benchmarks/fidelity/mutations.py``) on the CC0 debate transcripts;
* real pairs: PolNeAR dev quotes of the candidates against the transcripts;
* speed: quotes per second against 1, 10 and 100 MB of generated real-looking sources, next to a
  naive ``rapidfuzz.fuzz.partial_ratio_alignment`` scan of every source.

``--delivery pdf,srt`` runs the bank again against the same turns delivered as a generated PDF
and as SRT subtitles (``benchmarks/fidelity/delivery.py``) and compares every verdict.

Writes ``benchmarks/results/fidelity.{json,md}`` (numbers only, no data-set text), or with
``--delivery`` ``benchmarks/results/fidelity-delivery.{json,md}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import debates
from benchmarks.common.results import write_results

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO_ROOT / "benchmarks" / "results"
CONTROLS = ("unchanged", "house-style", "splice-ellipsis")
DEFAULT_POLNEAR = Path("/work/.mirror/networkdynamics+PolNeAR/repo")


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.fidelity", description=__doc__)
    p.add_argument("--per-kind", type=int, default=150, help="mutations per kind (default 150)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--csv", type=Path, default=None, help="debate.csv (default ../shared/…)")
    p.add_argument("--polnear", default=None, help="PolNeAR checkout or git dir (POLNEAR_DIR)")
    p.add_argument("--sizes", default="1,10,100", help="speed corpus sizes in MB")
    p.add_argument("--speed-quotes", type=int, default=300)
    p.add_argument("--parts", default="bank,real,speed")
    p.add_argument("--no-write", action="store_true")
    p.add_argument("--show-failures", action="store_true", help="print missed mutations")
    p.add_argument(
        "--delivery",
        default="",
        help="also run the bank against the transcripts delivered as pdf and/or srt "
        "(comma-separated) and compare each verdict with the plain-text run",
    )
    return p.parse_args(argv)


def _md(res: dict[str, Any]) -> str:
    title = "# Fidelity benchmark" + (": the debates as PDF and SRT" if "bank_text" in res else "")
    out = [title, "", f"Run {res['date']} on {res['machine']}.", ""]
    bank = res.get("bank")
    if bank:
        out += [
            "## Mutation bank (debate transcripts, CC0)",
            "",
            f"{bank['per_kind']} mutations per kind (fewer where few sentences qualify), seed "
            f"{bank['seed']}; {bank['articles']} articles checked in {bank['seconds']} s.",
            "",
            "| kind | n | right verdict | right edit kind | caught | false alarms | verdicts |",
            "|---|---:|---:|---:|---:|---:|---|",
        ]
        for kind, k in bank["kinds"].items():
            verdicts = ", ".join(f"{v} {n}" for v, n in k["verdicts"].items())
            out.append(
                f"| {kind} | {k['n']} | {k['verdict_right']} | {k['edit_kind_right']} | "
                f"{k['caught']} ({100 * k['catch_rate']:.1f}%) | "
                f"{k['false_alarms'] if kind in CONTROLS else '—'} | {verdicts} |"
            )
        m, c = bank["meaning_changing"], bank["controls"]
        out += [
            "",
            f"**Meaning-changing mutations caught with the right kind: {m['caught']}/{m['n']} "
            f"= {100 * m['catch_rate']:.2f}%** (target ≥ 99%).",
            f"**False alarms on unchanged and house-style controls: {c['false_alarms']}/{c['n']} "
            f"= {100 * c['false_alarm_rate']:.2f}%** (target ≤ 1%).",
            "",
        ]
    delivery = res.get("delivery")
    if delivery:
        base = res.get("bank_text") or res.get("bank") or {}
        out += [
            "## The bank against the transcripts as PDF and as SRT",
            "",
            "The same mutation articles checked against the four debates delivered as a "
            "generated two-column PDF (running header, page numbers, hyphenated line ends) and "
            "as SRT captions (two lines a cue, sentences across cues), read back by "
            "quotecheck's readers (`--delivery pdf,srt`).",
            "",
            "| delivery | read in | caught | false alarms | same verdict as text | same verdict, "
            "edits, codes, speaker |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        if base:
            m, c = base["meaning_changing"], base["controls"]
            out.append(
                f"| text | — | {m['caught']}/{m['n']} | {c['false_alarms']}/{c['n']} | — | — |"
            )
        for how, d in delivery.items():
            m, c = d["meaning_changing"], d["controls"]
            out.append(
                f"| {how} | {d['read_seconds']} s | {m['caught']}/{m['n']} | "
                f"{c['false_alarms']}/{c['n']} | {d['same_verdict']}/{d['n']} | "
                f"{d['same_verdict_edits_codes_speaker']}/{d['n']} |"
            )
        diffs = [(how, x) for how, d in delivery.items() for x in d["differences"]]
        if diffs:
            out += ["", "Differences from the plain-text run:", ""]
            out += [
                f"* {how}, {x['kind']}: text {x['text'][0]} {x['text'][1]}, {how} "
                f"{x['delivered'][0]} {x['delivered'][1]}"
                for how, x in diffs[:40]
            ]
        out.append("")
    real = res.get("real")
    if real:
        out += [
            "## Real pairs (PolNeAR dev vs the debate transcripts)",
            "",
            f"{real['gold_quotes_of_candidates']} gold quotes attributed to Trump, Clinton, Pence "
            f"or Kaine in {real['articles']} dev articles; {real['extracted']} extracted by "
            f"quotecheck; **{real['found_in_debates']} found in the debates**.",
            "",
            "| verdict | quotes |",
            "|---|---:|",
        ]
        out += [f"| {v} | {n} |" for v, n in real["verdicts"].items()]
        out += [
            "",
            "Edit kinds among the changed ones: "
            + (", ".join(f"{k} {n}" for k, n in real["edit_kinds_of_changed"].items()) or "none"),
            "",
        ]
    speed = res.get("speed")
    if speed:
        out += [
            "## Speed",
            "",
            "| corpus | sources | tokens | index build | matching ms/q | quotecheck q/s (ms/q, "
            "with scoring) | found | naive q/s (ms/q) | found | matching vs naive | with "
            "scoring vs naive |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in speed:
            match_ms = r.get("match_ms_per_quote", "–")
            match_x = f"{r['match_speedup']}×" if "match_speedup" in r else "–"
            out.append(
                f"| {r['corpus_mb']} MB | {r['sources']} | {r['tokens']:,} | "
                f"{r['index_build_s']} s | {match_ms} | "
                f"{r['quotecheck_quotes_per_s']} ({r['quotecheck_ms_per_quote']}) | "
                f"{r['quotecheck_found']}/{r['quotecheck_quotes']} | {r['naive_quotes_per_s']} "
                f"({r['naive_ms_per_quote']}) | {r['naive_found']}/{r['naive_quotes']} | "
                f"{match_x} | {r['speedup']}× |"
            )
        out += [
            "",
            "Matching is retrieval and alignment, what the naive scan does; scoring adds the "
            "verdict, the typed edits and the speaker checks.",
            "",
        ]
    for part, why in res.get("skipped", {}).items():
        out.append(f"* {part} skipped: {why}")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    parts = set(args.parts.split(","))
    res: dict[str, Any] = {
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
        "skipped": {},
    }
    try:
        turns = debates.load_turns(args.csv)
    except debates.DebatesUnavailable as exc:
        print(f"fidelity: {exc}", file=sys.stderr)
        return 0
    checker = None
    if parts & {"bank", "real"}:
        from quotecheck.api import Checker
        from quotecheck.config import Settings

        checker = Checker(debates.transcript_sources(turns), Settings())  # type: ignore[arg-type]
    if "bank" in parts:
        from benchmarks.fidelity.bank import run_bank, summarise
        from benchmarks.fidelity.mutations import build_bank

        sents = [s for t in turns if t.speaker in debates.CANDIDATES for s in debates.sentences(t)]
        bank = build_bank(sents, args.per_kind, args.seed)
        t0 = time.perf_counter()
        outcomes = run_bank(bank, checker)
        summary = summarise(outcomes)
        summary.update(
            per_kind=args.per_kind,
            seed=args.seed,
            articles=len(bank),
            seconds=round(time.perf_counter() - t0, 1),
        )
        res["bank"] = summary
        m, c = summary["meaning_changing"], summary["controls"]
        print(f"bank: caught {m['caught']}/{m['n']}, false alarms {c['false_alarms']}/{c['n']}")
        if args.delivery:
            res["delivery"] = _deliveries(args, turns, bank, outcomes)
        if args.show_failures:
            for o in outcomes:
                bad = (
                    o.false_alarm
                    if o.mutation.kind in ("unchanged", "house-style")
                    else not o.caught
                )
                if bad:
                    print(
                        f"  {o.mutation.kind}: {o.verdict} {o.edits} {o.codes}\n"
                        f"    {o.mutation.article}"
                    )
    if "real" in parts:
        from benchmarks.fidelity.realpairs import run_realpairs

        root = args.polnear or os.environ.get("POLNEAR_DIR") or str(DEFAULT_POLNEAR)
        try:
            res["real"] = run_realpairs(polnear_root(root), checker)
            r = res["real"]
            print(f"real pairs: {r['found_in_debates']} of {r['extracted']} found")
        except Exception as exc:  # the snapshot is missing or unreadable
            res["skipped"]["real"] = str(exc)
            print(f"real pairs skipped: {exc}")
    if "speed" in parts:
        from benchmarks.common.corpus import Markov
        from benchmarks.fidelity.speed import run_speed

        chain = Markov(t.text for t in turns)
        sizes = tuple(int(x) for x in args.sizes.split(","))
        quotes = args.speed_quotes
        res["speed"] = []
        for mb in sizes:
            rows = run_speed(
                chain,
                (mb,),
                quotes=quotes if mb < 100 else max(50, quotes // 3),
                naive_quotes={1: 40, 10: 10, 100: 3},
            )
            res["speed"].extend(rows)
            print("speed:", json.dumps(rows[0]))
    if not args.no_write and "delivery" in res:
        # Its own files: the bank's text run is re-done as the baseline of the comparison.
        data = {k: res[k] for k in ("date", "machine", "delivery")}
        data["bank_text"] = {k: res["bank"][k] for k in ("meaning_changing", "controls")}
        write_results(DEFAULT_OUT, "fidelity-delivery", data, _md(data))
        return 0
    if not args.no_write:
        DEFAULT_OUT.mkdir(parents=True, exist_ok=True)
        previous = DEFAULT_OUT / "fidelity.json"
        if previous.is_file() and parts != {"bank", "real", "speed"}:
            old = json.loads(previous.read_text("utf-8"))  # keep the parts not run this time
            for key in ("bank", "real", "speed"):
                if key not in res and key in old:
                    res[key] = old[key]
            if "speed" in parts and old.get("speed"):  # keep the sizes not re-run
                mine = {r["corpus_mb"] for r in res["speed"]}
                res["speed"] = sorted(
                    [r for r in old["speed"] if r["corpus_mb"] not in mine] + res["speed"],
                    key=lambda r: r["corpus_mb"],
                )
        write_results(DEFAULT_OUT, "fidelity", res, _md(res))
    return 0


def _deliveries(
    args: argparse.Namespace, turns: list[Any], bank: Any, outcomes: list[Any]
) -> dict[str, Any]:
    """The bank against the transcripts as PDF and SRT, compared with the text run."""
    from benchmarks.fidelity.bank import run_bank, summarise
    from benchmarks.fidelity.delivery import compare, delivered_sources
    from quotecheck.api import Checker
    from quotecheck.config import Settings

    out: dict[str, Any] = {}
    for how in [h.strip() for h in args.delivery.split(",") if h.strip()]:
        t0 = time.perf_counter()
        sources = delivered_sources(turns, how)
        read = time.perf_counter() - t0
        checker = Checker(sources, Settings())
        t1 = time.perf_counter()
        got = run_bank(bank, checker)
        summary = summarise(got)
        cmp = compare(outcomes, got)
        m, c = summary["meaning_changing"], summary["controls"]
        out[how] = {
            "read_seconds": round(read, 1),
            "seconds": round(time.perf_counter() - t1, 1),
            "meaning_changing": m,
            "controls": c,
            **cmp,
        }
        print(
            f"delivery {how}: caught {m['caught']}/{m['n']}, false alarms "
            f"{c['false_alarms']}/{c['n']}; same verdict as text {cmp['same_verdict']}/{cmp['n']}"
            f", same verdict, edits, codes and speaker {cmp['same_verdict_edits_codes_speaker']}"
        )
        for d in cmp["differences"][:20] if args.show_failures else ():
            print(f"  {d['kind']}: text {d['text']} / {how} {d['delivered']}")
    return out


def polnear_root(value: str) -> Path:
    from benchmarks.common.polnear import PolnearUnavailable

    path = Path(value)
    if not path.exists():
        raise PolnearUnavailable(f"PolNeAR directory {path} does not exist")
    return path


if __name__ == "__main__":
    raise SystemExit(main())
