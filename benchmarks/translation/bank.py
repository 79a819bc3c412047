"""The German↔English bank (``python -m benchmarks.translation.bank``).

Every English statement of :mod:`benchmarks.translation.de_en` is a source of its speaker; each
German rendering is checked against them with :meth:`CrossLingual.check` (German quote, English
source), and each faithful pair the other way round too (English quote, German source built from
the faithful renderings).  Targets: at least 95% of faithful renderings ``translated``, at least
95% of drifted ones ``translated_altered`` with the expected edit kind.

Two parts, each checked against its own sources and reported on its own: the original bank
(:mod:`benchmarks.translation.de_en`) and a held-out part written before the fixes it measures
(:mod:`benchmarks.translation.de_en_heldout`), so that a rule fitted to the original sentences
shows up as a gap between the two.

Results go to ``benchmarks/results/translation-de-en.{json,md}``; ``--label`` names the run
(``before``/``after``) and keeps the other runs already in the file.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from benchmarks.translation import de_en, de_en_heldout
from benchmarks.translation.de_en import Pair
from quotecheck.models import Source
from quotecheck.xling import CrossLingual, Encoder, default_encoder

RESULTS = Path(__file__).resolve().parents[1] / "results"
PARTS: dict[str, dict[str, list[Pair]]] = {
    "original": de_en.SPEAKERS,
    "held-out": de_en_heldout.SPEAKERS,
}
"""The bank's parts; the original part's summary keys have no prefix (as in earlier runs)."""


def build_sources(lang: str, speakers: dict[str, list[Pair]]) -> list[Source]:
    """One statement per speaker, in English (``en``) or in its faithful German (``de``)."""
    sources = []
    for speaker, pairs in speakers.items():
        body = " ".join(p.en if lang == "en" else p.de for p in pairs)
        sources.append(
            Source(id=f"{speaker}-{lang}", text=f"{body}\n", speaker=speaker, language=lang)
        )
    return sources


def cases(speakers: dict[str, list[Pair]]) -> list[dict[str, Any]]:
    """(direction, group, quote, expected kind) for every rendering of one part of the bank."""
    out: list[dict[str, Any]] = []
    for pairs in speakers.values():
        for p in pairs:
            out.append({"dir": "de→en", "group": "faithful", "quote": p.de, "kind": None})
            out.append({"dir": "en→de", "group": "faithful", "quote": p.en, "kind": None})
            for text, kind in p.drifted:
                out.append({"dir": "de→en", "group": "drifted", "quote": text, "kind": kind})
    return out


def run(parts: list[str] | None = None) -> dict[str, Any]:
    """Summary and errors of every part asked for (all by default)."""
    encoder = default_encoder()
    summary: dict[str, Any] = {}
    errors: list[dict[str, Any]] = []
    for part in parts or list(PARTS):
        result = run_part(PARTS[part], encoder)
        prefix = "" if part == "original" else f"{part} "
        summary.update({f"{prefix}{k}": v for k, v in result["summary"].items()})
        errors.extend({**e, "part": part} for e in result["errors"])
    return {"summary": summary, "errors": errors}


def run_part(speakers: dict[str, list[Pair]], encoder: Encoder) -> dict[str, Any]:
    """One part checked against its own speakers' statements, both directions."""
    checkers = {
        "de→en": CrossLingual(build_sources("en", speakers), encoder=encoder, use_cache=False),
        "en→de": CrossLingual(build_sources("de", speakers), encoder=encoder, use_cache=False),
    }
    rows = []
    for c in cases(speakers):
        lang = "de" if c["dir"] == "de→en" else "en"
        r = checkers[c["dir"]].check(c["quote"].rstrip("."), lang)
        got = r.verdict.value if r is not None and r.verdict is not None else None
        edits = [e.kind.value for e in r.edits] if r is not None else []
        if c["group"] == "faithful":
            ok = got == "translated"
        else:
            ok = got == "translated_altered" and c["kind"] in edits
        sim = round(r.similarity, 3) if r is not None else None
        rows.append({**c, "got": got, "edits": edits, "ok": ok, "similarity": sim})
    summary: dict[str, Any] = {}
    for group in ("faithful", "drifted"):
        sel = [r for r in rows if r["group"] == group]
        summary[group] = {"n": len(sel), "ok": sum(r["ok"] for r in sel)}
        for d in ("de→en", "en→de"):
            part = [r for r in sel if r["dir"] == d]
            if part:
                summary[f"{group} {d}"] = {"n": len(part), "ok": sum(r["ok"] for r in part)}
    kinds = sorted({r["kind"] for r in rows if r["kind"]})
    for k in kinds:
        sel = [r for r in rows if r["kind"] == k]
        summary[f"drifted {k}"] = {"n": len(sel), "ok": sum(r["ok"] for r in sel)}
    return {"summary": summary, "errors": [r for r in rows if not r["ok"]]}


def _md(runs: dict[str, Any]) -> str:
    labels = list(runs)
    keys = list(dict.fromkeys(k for run in runs.values() for k in run["summary"]))
    lines = [
        "# German↔English bank (`python -m benchmarks.translation.bank`)",
        "",
        "Renderings written for quotecheck: the original part (`benchmarks/translation/de_en.py`)",
        "and a held-out part written before the fixes it measures (`de_en_heldout.py`, rows",
        "`held-out …`). A faithful rendering is right when `translated`; a drifted one when",
        "`translated_altered` with the expected edit kind.",
        "",
        "| group | " + " | ".join(labels) + " |",
        "|---|" + "---|" * len(labels),
    ]
    for k in keys:
        cells = []
        for lab in labels:
            s = runs[lab]["summary"].get(k)
            cells.append(f"{s['ok'] / s['n']:.0%} ({s['ok']}/{s['n']})" if s else "–")
        lines.append(f"| {k} | " + " | ".join(cells) + " |")
    last = runs[labels[-1]]
    lines += ["", f"Wrong in the `{labels[-1]}` run:", ""]
    for e in last["errors"]:
        where = f"{e.get('part', 'original')} {e['dir']} {e['group']}/{e['kind']}"
        lines.append(f"- [{where}] {e['quote']} → {e['got']} {e['edits']}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.translation.bank")
    parser.add_argument("--label", default="after", help="name of this run in the results")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--parts", default=",".join(PARTS), help=f"comma-separated parts ({', '.join(PARTS)})"
    )
    args = parser.parse_args(argv)
    result = run([p for p in args.parts.split(",") if p])
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if not args.no_write:
        path = RESULTS / "translation-de-en.json"
        runs = json.loads(path.read_text("utf-8")) if path.is_file() else {}
        runs[args.label] = result
        RESULTS.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(runs, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (RESULTS / "translation-de-en.md").write_text(_md(runs), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
