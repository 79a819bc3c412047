"""The German↔English bank (``python -m benchmarks.translation.bank``).

Every English statement of :mod:`benchmarks.translation.de_en` is a source of its speaker; each
German rendering is checked against them with :meth:`CrossLingual.check` (German quote, English
source), and each faithful pair the other way round too (English quote, German source built from
the faithful renderings).  Targets: at least 95% of faithful renderings ``translated``, at least
95% of drifted ones ``translated_altered`` with the expected edit kind.

Results go to ``benchmarks/results/translation-de-en.{json,md}``; ``--label`` names the run
(``before``/``after``) and keeps the other runs already in the file.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from benchmarks.translation.de_en import SPEAKERS
from quotecheck.models import Source
from quotecheck.xling import CrossLingual, default_encoder

RESULTS = Path(__file__).resolve().parents[1] / "results"


def build_sources(lang: str) -> list[Source]:
    """One statement per speaker, in English (``en``) or in its faithful German (``de``)."""
    sources = []
    for speaker, pairs in SPEAKERS.items():
        body = " ".join(p.en if lang == "en" else p.de for p in pairs)
        sources.append(
            Source(id=f"{speaker}-{lang}", text=f"{body}\n", speaker=speaker, language=lang)
        )
    return sources


def cases() -> list[dict[str, Any]]:
    """(direction, group, quote, expected kind) for every rendering of the bank."""
    out: list[dict[str, Any]] = []
    for pairs in SPEAKERS.values():
        for p in pairs:
            out.append({"dir": "de→en", "group": "faithful", "quote": p.de, "kind": None})
            out.append({"dir": "en→de", "group": "faithful", "quote": p.en, "kind": None})
            for text, kind in p.drifted:
                out.append({"dir": "de→en", "group": "drifted", "quote": text, "kind": kind})
    return out


def run() -> dict[str, Any]:
    encoder = default_encoder()
    checkers = {
        "de→en": CrossLingual(build_sources("en"), encoder=encoder, use_cache=False),
        "en→de": CrossLingual(build_sources("de"), encoder=encoder, use_cache=False),
    }
    rows = []
    for c in cases():
        lang = "de" if c["dir"] == "de→en" else "en"
        r = checkers[c["dir"]].check(c["quote"].rstrip("."), lang)
        got = r.verdict.value if r is not None and r.verdict is not None else None
        edits = [e.kind.value for e in r.edits] if r is not None else []
        if c["group"] == "faithful":
            ok = got == "translated"
        else:
            ok = got == "translated_altered" and c["kind"] in edits
        rows.append({**c, "got": got, "edits": edits, "ok": ok})
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
    keys = list(next(iter(runs.values()))["summary"])
    lines = [
        "# German↔English bank (`python -m benchmarks.translation.bank`)",
        "",
        "Renderings written for quotecheck (`benchmarks/translation/de_en.py`). A faithful",
        "rendering is right when `translated`; a drifted one when `translated_altered` with the",
        "expected edit kind.",
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
        where = f"{e['dir']} {e['group']}/{e['kind']}"
        lines.append(f"- [{where}] {e['quote']} → {e['got']} {e['edits']}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.translation.bank")
    parser.add_argument("--label", default="after", help="name of this run in the results")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    result = run()
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
