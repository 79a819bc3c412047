"""German speaker attribution on GePaDe with and without a German NLP package
(``python -m benchmarks.translation.gepade``).

Variants of the blank German pipeline: ``blank`` (word lists only), ``hanta`` (HanTa's STTS
tags and lemmas: proper nouns for names, lemmas for cue verbs) and ``simplemma`` (lemmas
only); see :mod:`quotecheck.extract.morphology`.  Each is run on GePaDe train (where the choice
is made) and dev (reported), scored like ``benchmarks.extraction`` (speaker accuracy over
overlap-matched gold quotes with a gold Source, :func:`benchmarks.common.metrics.speaker_correct`).
The errors are sorted by the kind of gold speaker: the orator (first person: "ich", "wir",
"mein"), the addressee (second person: "Sie", "Ihren"), a named person (or a pronoun for
one: "seinen"), or a group or other ("die einen", "die AfD", "Jeder").

Reads ``../shared/data/gepade-spkatt2023``; skips with a reason when absent.  Results go to
``benchmarks/results/gepade-speakers.{json,md}``.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import gepade, strip_span
from benchmarks.common.metrics import Prediction, match, speaker_correct
from benchmarks.common.results import write_results
from quotecheck.extract import extract_quotes, morphology
from quotecheck.extract.nlp import load_pipeline
from quotecheck.lang import get_language

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "gepade-spkatt2023"
RESULTS = ROOT / "benchmarks" / "results"
SIMPLEMMA = "quotecheck_bench_simplemma"
VARIANTS = {"blank": None, "hanta": morphology.HANTA, "simplemma": SIMPLEMMA}
_TITLE = re.compile(r"\b(?:Herrn?|Frau|Kollegin|Kollege[n]?|Dr\.|Minister\w*)\b")
_NAME_PAIR = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+\b")


def tag_simplemma(doc: Any) -> Any:
    """Set ``lemma_`` of every word of ``doc`` (simplemma's German lemmas)."""
    import simplemma

    for tok in doc:
        if not tok.is_space and not tok.is_punct:
            tok.lemma_ = simplemma.lemmatize(tok.text, lang="de")
    return doc


def use_variant(variant: str) -> None:
    """Put the variant's component into the process's German pipeline (and no other)."""
    from spacy.language import Language

    if SIMPLEMMA not in Language.factories:
        Language.component(SIMPLEMMA)(tag_simplemma)
    nlp = load_pipeline("de")
    for name in (morphology.HANTA, SIMPLEMMA):
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    component = VARIANTS[variant]
    if component is not None:
        nlp.add_pipe(component, after="sentencizer")


def kind_of_speaker(gold: str) -> str:
    """orator, addressee, named or group (see the module docs)."""
    pronouns = get_language("de").pronouns
    words = gold.split()
    first = words[0] if words else ""
    person = pronouns.get(first.lower(), "")
    if len(words) <= 2 and person.startswith("1"):
        return "orator"
    if len(words) <= 2 and (
        first in ("Sie", "Ihr", "Ihre", "Ihren", "Ihrer", "Ihnen") or person.startswith("2")
    ):
        return "addressee"
    if _TITLE.search(gold) or _NAME_PAIR.search(gold):
        return "named"
    if len(words) == 1 and person[:2] in ("3m", "3f"):
        return "named"  # "seinen Hinweis": a person named before, by a pronoun
    return "group"


def evaluate(split: str) -> list[dict[str, Any]]:
    """One row per overlap-matched gold quote with a gold speaker."""
    rows = []
    for doc in gepade.load(DATA, split):
        preds = []
        for q in extract_quotes(doc.text, language="de"):
            if q.parent is not None:
                continue
            s, e = strip_span(doc.text, q.start, q.end)
            a = q.attribution
            m = (
                (a.mention_start, a.mention_end)
                if a.mention_start is not None and a.mention_end is not None
                else None
            )
            preds.append(Prediction(s, e, getattr(q.kind, "value", str(q.kind)), a.speaker, m))
        ov = match([(g.start, g.end) for g in doc.quotes], [(p.start, p.end) for p in preds])
        for gi, pi in ov:
            g, p = doc.quotes[gi], preds[pi]
            if not g.speaker_spans and not g.speaker_text:
                continue
            rows.append(
                {
                    "doc": doc.id,
                    "ok": speaker_correct(g.speaker_spans, g.speaker_text, p, doc.text),
                    "gold": g.speaker_text,
                    "kind": kind_of_speaker(g.speaker_text or ""),
                    "pred": p.speaker,
                    "mention": doc.text[p.mention[0] : p.mention[1]] if p.mention else None,
                }
            )
    return rows


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    wrong = [r for r in rows if not r["ok"]]
    kinds = ("orator", "addressee", "named", "group")
    return {
        "n": len(rows),
        "ok": sum(r["ok"] for r in rows),
        "errors_by_speaker_kind": {k: sum(r["kind"] == k for r in wrong) for k in kinds},
        "gold_by_speaker_kind": {k: sum(r["kind"] == k for r in rows) for k in kinds},
        "no_speaker": sum(r["pred"] is None and r["mention"] is None for r in wrong),
        "wrong_name": sum(r["pred"] is not None for r in wrong),
    }


def markdown(result: dict[str, Any]) -> str:
    lines = [
        "# GePaDe speaker accuracy by German pipeline (`python -m benchmarks.translation.gepade`)",
        "",
        "Speaker accuracy over overlap-matched gold quotes with a gold Source (as in "
        "`benchmarks.extraction`); the choice is made on train, dev is reported. Errors by the "
        "kind of gold speaker: orator (first person), addressee (second person), named person, "
        "group or other; *a wrong name*: errors where a name was given (the others give none "
        "or only a pronoun mention).",
        "",
        "| variant | split | speaker right | errors: orator / addressee / named / group "
        "| no speaker | a wrong name | seconds |",
        "|---|---|---:|---|---:|---:|---:|",
    ]
    for variant, splits in result["variants"].items():
        for split, s in splits.items():
            e = s["errors_by_speaker_kind"]
            lines.append(
                f"| {variant} | {split} | {s['ok'] / s['n']:.1%} ({s['ok']}/{s['n']}) "
                f"| {e['orator']} / {e['addressee']} / {e['named']} / {e['group']} "
                f"| {s['no_speaker']} | {s['wrong_name']} | {s['seconds']} |"
            )
    g = next(iter(result["variants"].values()))
    lines += [
        "",
        "Gold speakers by kind: "
        + "; ".join(
            f"{split}: " + ", ".join(f"{k} {v}" for k, v in s["gold_by_speaker_kind"].items())
            for split, s in g.items()
        )
        + ".",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.translation.gepade")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--show-errors", default="", help="print the errors of this variant")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: GePaDe not found at {DATA}", file=sys.stderr)
        return 0
    result: dict[str, Any] = {"data": "shared/data/gepade-spkatt2023", "variants": {}}
    for variant in args.variants.split(","):
        if variant == "simplemma" and importlib.util.find_spec("simplemma") is None:
            print("skipped simplemma: not installed (pip install simplemma)", file=sys.stderr)
            continue
        use_variant(variant)
        extract_quotes("Die Ministerin sagte: „Wir öffnen die Brücke am Montag.“", language="de")
        result["variants"][variant] = {}
        for split in ("train", "dev"):
            t0 = time.perf_counter()
            rows = evaluate(split)
            s = summary(rows)
            s["seconds"] = round(time.perf_counter() - t0, 1)
            result["variants"][variant][split] = s
            if variant == args.show_errors:
                for r in rows:
                    if not r["ok"]:
                        got = f"{r['pred']!r} / {r['mention']!r}"
                        print(f"[{split} {r['kind']}] gold {r['gold']!r} → {got}")
    print(markdown(result))
    if not args.no_write:
        write_results(RESULTS, "gepade-speakers", result, markdown(result), ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
