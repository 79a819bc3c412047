"""Run the real-news benchmark: ``python -m benchmarks.realnews``.

Checks the hand-labelled PolNeAR train/dev quotes (``benchmarks/realnews/labels.csv``) against
the CC0 debate transcripts and the campaign transcripts fetched at run time, all given as
command-line sources for every article, and prints per label the verdicts, the precision of
every error-level verdict, the false-error rate on faithful quotes and the attribution step,
for the report split (the figure to quote) and the tuning split (what thresholds and the
calibration were fitted on).  Writes ``benchmarks/results/realnews.{json,md}`` (numbers only).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import platform
import re
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.common import polnear
from benchmarks.common.results import write_results
from benchmarks.realnews import labels as labels_mod
from benchmarks.realnews import sources
from benchmarks.realnews.run import Outcome, outcome_for, score, shipped_level

REPO_ROOT = Path(__file__).resolve().parents[2]
SPLITS = ("tuning", "report")
DEFAULT_OUT = REPO_ROOT / "benchmarks" / "results"
DEFAULT_POLNEAR = Path("/work/.mirror/networkdynamics+PolNeAR/repo")
WORK = REPO_ROOT / "benchmarks" / ".work"


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.realnews", description=__doc__)
    p.add_argument("--polnear", default=None, help="PolNeAR checkout or git dir (POLNEAR_DIR)")
    p.add_argument("--labels", type=Path, default=None, help="labels CSV (default: the committed)")
    p.add_argument("--no-write", action="store_true")
    p.add_argument(
        "--outcomes", type=Path, default=None, help="also write per-quote outcomes (ids only)"
    )
    p.add_argument(
        "--show",
        nargs="?",
        const="tuning",
        default=None,
        choices=SPLITS,
        help="print one split's failing quotes, terminal only (default: tuning; the report "
        "split is for figures, never for reading quotes to design a rule)",
    )
    p.add_argument(
        "--arm",
        choices=ARMS,
        default="command-line",
        help="all transcripts for every article (command-line, the default), each article "
        "against the transcripts it declares (declared), or declared with accusations planted "
        "(planted)",
    )
    p.add_argument(
        "--no-dates",
        action="store_true",
        help="do not declare the articles' publication dates (as a bare text file has none)",
    )
    p.add_argument(
        "--partial",
        action="store_true",
        help="run even when a transcript collection is missing (its reason printed first and "
        "written at the head of the results); such a run is not comparable with a full one and "
        "writes nothing under benchmarks/results/. Without it, a missing collection stops the "
        f"run with exit status {EXIT_PARTIAL}",
    )
    p.add_argument(
        "--rescore",
        type=Path,
        default=None,
        help="score a previous run's --outcomes file instead of checking, applying the shipped "
        "calibration table to its levels (verdicts do not depend on the table)",
    )
    return p.parse_args(argv)


def rescore(path: Path, labels: list[labels_mod.Label]) -> list[Outcome]:
    """Outcomes of an earlier run with the shipped calibration applied to each quote's ladder
    level (``ladder_level``, recorded since the outcomes carried it) by
    :func:`run.shipped_level`, the decision ``calibration.set_levels`` makes: an error stays
    an error only when its cell's probability reaches ``error-confidence``, the tuning split
    produced the cell and an accusation names its speaker explicitly.  The table changes no
    verdict, so this equals a fresh run with the table.  A row without ``ladder_level`` (an
    older file) starts from its level as run, which can only be lowered."""
    from quotecheck.config import Settings
    from quotecheck.score.calibration import load_calibration

    threshold = Settings().score.error_confidence
    table = load_calibration()
    by_key = {lab.key: lab for lab in labels}
    out: list[Outcome] = []
    for row in json.loads(path.read_text()):
        lab = by_key[row["quote"]]
        right = row["speaker_right"]
        o = Outcome(
            lab,
            extracted=row["verdict"] != "not_extracted",
            verdict=row["verdict"],
            level=row["level"],
            codes=tuple(row["codes"]),
            speaker=lab.speaker if right else None,
            confidence=table.probability(row["key"]) if row["key"] else None,
            key=row["key"],
            ladder_level=row.get("ladder_level"),
            explicit=row.get("explicit"),
        )
        out.append(dataclasses.replace(o, level=shipped_level(o, threshold)))
    return out


def _commit() -> str:
    proc = subprocess.run(
        ["git", "-C", str(REPO_ROOT), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.stdout.strip() or "unknown"


_ARTICLE_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def article_date(article: str) -> str | None:
    """The publication date in a PolNeAR article id (``outlet_2016-03-01_slug``)."""
    m = _ARTICLE_DATE.search(article)
    return m.group(1) if m else None


ARMS = ("command-line", "declared", "planted")
"""How the transcripts reach quotecheck: all of them for every article, as ``--source``
gives them (``command-line``), or each article declaring the transcripts it reports on, as
its front matter or the ``[tool.quotecheck.sources]`` mapping would (``declared``); ``planted``:
the declared arm with misattributions and invented quotes planted in memory
(``benchmarks/realnews/planted.py``)."""


def declared_sources(labels: list[labels_mod.Label]) -> dict[str, list[str]]:
    """Article → the transcripts it reports on: those its quotes labelled faithful, altered or
    misattributed are in (what an editor would list in the article's front matter)."""
    out: dict[str, list[str]] = {}
    for lab in labels:
        if lab.label in ("faithful", "altered", "misattributed") and lab.source:
            got = out.setdefault(lab.article, [])
            if lab.source not in got:
                got.append(lab.source)
    return out


def collect(
    labels: list[labels_mod.Label],
    root: Path,
    *,
    show: str | None = None,
    dates: bool = True,
    arm: str = "command-line",
    loaded: sources.Loaded | None = None,
) -> tuple[list[Outcome], dict[str, Any]]:
    """Check every labelled article once; one outcome per label.

    ``arm`` ``command-line``: all transcripts, ``shared``, for every article; ``declared``:
    each article against the transcripts it declares (:func:`declared_sources`), as its own.
    ``dates``: each article declares its publication date (from its id), as any published
    article's front matter or ``<meta>`` does. ``loaded``: the collections as
    :func:`sources.load_all` read them (read here when not given)."""
    from quotecheck.api import Checker
    from quotecheck.config import Settings
    from quotecheck.errors import QuotecheckError
    from quotecheck.inputs.document import make_document

    texts: dict[str, str] = {}
    for split in sorted({lab.polnear_split for lab in labels}):
        for doc in polnear.load(root, split):
            texts[doc.id] = doc.text
    turns, occasions, skipped = loaded or sources.load_all()
    t0 = time.perf_counter()
    # English quotes against English sources: the cross-language path is off (a quote the
    # language identifier takes for Spanish would otherwise embed all 19 MB of transcripts).
    # Checked at the ladder's own levels (error-confidence 0); each outcome's level is then the
    # one set_levels gives under the shipped threshold, and its ladder level is kept for
    # --rescore (run.outcome_for).
    base = Settings(crosslingual=False)
    threshold = base.score.error_confidence
    settings = Settings(
        crosslingual=False, score=base.score.model_copy(update={"error_confidence": 0.0})
    )
    every = sources.as_sources(turns, occasions)
    checker = Checker(every, settings)  # type: ignore[arg-type]
    by_id = {s.id: s for s in every}  # type: ignore[attr-defined]
    declared = declared_sources(labels)
    index_s = time.perf_counter() - t0
    by_article, missing = labels_mod.by_article(labels, texts)
    outcomes: list[Outcome] = []
    t0 = time.perf_counter()
    failed: list[str] = []
    for article, labs in by_article.items():
        doc = make_document(texts[article], path=article + ".txt")
        date = article_date(article)
        if dates and date:
            doc = dataclasses.replace(doc, meta={"date": date})
        check = checker
        if arm == "declared":
            own = [
                by_id[i].model_copy(update={"shared": False})
                for i in declared.get(article, ())
                if i in by_id
            ]
            check = Checker(own, settings)
        try:
            report = check.check_document(doc)
        except QuotecheckError as exc:  # over the time budget on a loaded machine: say so
            failed.append(f"{article}: {exc}")
            outcomes += [Outcome(lab, extracted=False, verdict="article_failed") for lab in labs]
            continue
        for lab in labs:
            o = outcome_for(lab, report.quotes, threshold)
            outcomes.append(o)
            # printed for the reader only, never written; one split only (``--show``)
            if show and lab.split == show and _failing(o):
                text = texts[article][lab.start : lab.end]
                print(
                    f"  [{lab.split}] {lab.key} {lab.label}/{lab.kind} -> {o.verdict} "
                    f"{o.level} {','.join(o.codes)} speaker={o.speaker!r} "
                    f"(labelled {lab.speaker!r}): {text[:120]!r}"
                )
    info = {
        "sources": len(occasions),
        "source_turns": len(turns),
        "sources_skipped": skipped,
        "labels_not_found": missing,
        "articles_failed": failed,
        "index_seconds": round(index_s, 1),
        "check_seconds": round(time.perf_counter() - t0, 1),
        "articles": len(by_article),
        "arm": arm,
        "article_dates": dates,
        "declared_articles": sum(1 for a in by_article if declared.get(a)),
    }
    return outcomes, info


def _failing(o: Outcome) -> bool:
    lab = o.label.label
    if lab == "faithful":
        return o.error or o.verdict not in ("verbatim", "normalized", "elided")
    if lab == "altered":
        return o.verdict not in ("altered", "paraphrased", "spliced", "narration_inserted")
    if lab in ("other_occasion", "not_in_source"):
        return o.verdict != "unverifiable" or o.error
    return o.verdict != lab


def _nr(c: dict[str, int] | None) -> str:
    """``right/n`` of a precision cell, or a dash."""
    return f"{c['right']}/{c['n']}" if c and c["n"] else "—"


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}%"


def rescored_info(
    path: Path, outcomes: Sequence[Outcome], *, arm: str, dates: bool
) -> dict[str, Any]:
    """What a rescored run's results say of themselves: the file rescored, the articles, the
    arm and dates as given on the command line (the outcomes rows do not record them), and no
    count of sources (the run that wrote the file knew it; a rescore does not)."""
    return {
        "rescored": str(path),
        "articles": len({o.label.article for o in outcomes}),
        "sources": None,
        "sources_skipped": [],
        "arm": arm,
        "article_dates": dates,
    }


def markdown(res: dict[str, Any]) -> str:
    """The results as Markdown tables (numbers only)."""
    info = res["info"]
    arm = info.get("arm", "command-line")
    given = (
        "given for every article, as on a command line (`--source`)"
        if arm == "command-line"
        else "each article checked only against the transcripts it declares for itself, as its "
        "front matter would"
        + (
            f" ({info['declared_articles']} articles declare one or more)"
            if "declared_articles" in info
            else ""
        )
    )
    dated = (
        "Each article declares its publication date (from its PolNeAR id), as a published "
        "article's front matter or `<meta>` does."
        if info.get("article_dates", True)
        else "No article declares its date (`--no-dates`)."
    )
    if info.get("sources") is None:
        given = f"{given} (sources and their count: those of the run rescored)"
    out = [
        f"# Real-news benchmark{'' if arm == 'command-line' else ', ' + arm + ' arm'}"
        f"{'' if info.get('article_dates', True) else ', no article dates'}",
        "",
        *sources.partial_banner(info.get("sources_skipped", [])),
        f"Run {res['date']} at commit {res['commit']} on {res['machine']}. "
        f"{info['articles']} PolNeAR train/dev articles checked against "
        f"{info['sources'] or 'the'} transcript sources (the four CC0 debates, the Trump Campaign "
        f"Corpus, Hillary Clinton's released speeches), {given}. {dated} "
        "Protocol and definitions: `benchmarks/realnews/README.md`.",
        "",
    ]
    if res["info"].get("rescored"):
        out[-1:] = [
            f"Levels rescored from the outcomes of an earlier run ({res['info']['rescored']}) "
            "with the shipped calibration table: verdicts, speakers and codes are that run's.",
            "",
        ]
    for split in ("report", "tuning"):
        s = res["splits"][split]
        t = s["targets"]
        title = "Report split" if split == "report" else "Tuning split"
        note = (
            "(the figures to quote: nothing was fitted on it)"
            if split == "report"
            else "(thresholds and the calibration were fitted on it: not a result)"
        )
        out += [
            f"## {title} {note}",
            "",
            f"{s['quotes']} labelled quotes ({s['skipped']} skipped).",
            "",
            "| label | n | extracted | no error | error-level | warning-level | flagged | "
            "speaker right | verdicts |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for lab, b in s["labels"].items():
            verdicts = ", ".join(f"{v} {n}" for v, n in b["verdicts"].items())
            sp = b["speaker"]
            out.append(
                f"| {lab} | {b['n']} | {b['extracted']} | {b['no_error']} | {b['error_level']} | "
                f"{b['warning_level']} | {b['flagged']} | "
                f"{sp['right']}/{sp['named_and_extracted']} | {verdicts} |"
            )
        out += ["", "| error-level verdict | n | right | precision |", "|---|---:|---:|---:|"]
        for v, p in s["error_precision"].items():
            out.append(f"| {v} | {p['n']} | {p['right']} | {_pct(p['precision'])} |")
        if not s["error_precision"]:
            out.append("| (none) | 0 | 0 | — |")
        out += [
            "",
            "Every verdict's precision (the share whose hand label agrees: `run.RIGHT_FOR`; no "
            "quote of the set is invented, so a `fabricated` is never right), by the highest "
            "level of the quote's findings:",
            "",
            "| verdict | n | right | precision | at error level | at warning level | below |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for v, by in s.get("verdict_precision", {}).items():
            cells = [_nr(by.get(lv)) for lv in ("error", "warning", "none")]
            a_ = by.get("all", {"n": 0, "right": 0})
            prec = _pct(a_["right"] / a_["n"]) if a_["n"] else "—"
            out.append(
                f"| {v} | {a_['n']} | {a_['right']} | {prec} | {cells[0]} | {cells[1]} | "
                f"{cells[2]} |"
            )
        a = s["attribution"]
        out += [
            "",
            "| target | value |",
            "|---|---:|",
            f"| faithful quotes without an error-level finding (≥ 95%) | "
            f"{_pct(t['faithful_pass_rate'])} |",
            f"| faithful quotes with no accusation at any level (strict reading; ≥ 95%) | "
            f"{_pct(t.get('faithful_unaccused_rate'))} |",
            f"| error-level findings on faithful quotes (0) | {t['faithful_error_findings']} |",
            f"| other-occasion quotes altered or misattributed (0) | "
            f"{t['other_occasion_altered_or_misattributed']} |",
            f"| precision of error-level misattributed (≥ 95%) | "
            f"{_pct(t['misattributed_precision'])} |",
            f"| precision of error-level fabricated (≥ 95%) | {_pct(t['fabricated_precision'])} |",
            f"| misattributed at any level: right / raised | "
            f"{_nr(t.get('misattributed_raised')) or '—'} |",
            f"| fabricated at any level: right / raised | "
            f"{_nr(t.get('fabricated_raised')) or '—'} |",
            f"| altered quotes flagged (≥ 80%) | {_pct(t['altered_flagged_rate'])} |",
            f"| attribution: speaker right | {a['right']}/{a['named_and_extracted']} "
            f"({_pct(a['accuracy'])}) |",
            f"| attribution: error-level findings with a wrong speaker | "
            f"{a['errors_with_wrong_speaker']} |",
            "",
        ]
    return "\n".join(out) + "\n"


def result_stem(arm: str, *, dates: bool) -> str:
    """File name (no extension) of an arm's results: ``realnews`` for the command-line arm with
    article dates, ``realnews-declared``, ``realnews-nodates`` …"""
    return "realnews" + ("" if arm == "command-line" else f"-{arm}") + ("" if dates else "-nodates")


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    try:
        root = polnear.resolve_dir(args.polnear) if args.polnear else None
    except polnear.PolnearUnavailable as exc:
        print(f"skipped: {exc}")
        return 0
    if root is None:
        import os

        env = os.environ.get("POLNEAR_DIR")
        root = Path(env) if env else DEFAULT_POLNEAR
    if not root.exists():
        print(f"skipped: PolNeAR not found at {root} (set POLNEAR_DIR or --polnear)")
        return 0
    labels = labels_mod.load(args.labels)
    loaded = None
    if not args.rescore or args.arm == "planted":  # the planted arm checks; it rescores nothing
        loaded = sources.load_all()
        if refused(loaded[2], partial=args.partial):
            return EXIT_PARTIAL
    if args.arm == "planted":
        return _planted(args, labels, root, loaded)
    try:
        if args.rescore:
            outcomes = rescore(args.rescore, labels)
            info = rescored_info(args.rescore, outcomes, arm=args.arm, dates=not args.no_dates)
        else:
            outcomes, info = collect(
                labels,
                root,
                show=args.show,
                dates=not args.no_dates,
                arm=args.arm,
                loaded=loaded,
            )
    except (polnear.PolnearUnavailable, sources.SourcesUnavailable) as exc:
        print(f"skipped: {exc}")
        return 0
    if info["sources_skipped"]:
        print("sources skipped: " + "; ".join(info["sources_skipped"]))
    res: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _commit(),
        "machine": f"{platform.machine()}, {platform.python_version()}",
        "info": info,
        "splits": {
            split: score([o for o in outcomes if o.label.split == split])
            for split in ("report", "tuning")
        },
    }
    md = markdown(res)
    print(md)
    if args.outcomes:
        write_outcomes(args.outcomes, [outcome_row(o) for o in outcomes])
    if not args.no_write and not info.get("sources_skipped"):
        write_results(DEFAULT_OUT, result_stem(args.arm, dates=not args.no_dates), res, md)
    return 0


EXIT_PARTIAL = 3
"""Exit status of a run refused because a transcript collection is missing (without
``--partial``)."""


def refused(skipped: Sequence[str], *, partial: bool) -> bool:
    """Whether a run stops before checking anything because transcript collections are
    missing (``skipped``: one reason each, from :func:`sources.load_all`). Either way each
    reason is printed first, on standard error: without the debates or a campaign corpus the
    figures are not comparable with a full run's, so such a run goes on only when ``partial``
    says it is intended (``--partial``)."""
    if not skipped:
        return False
    for why in skipped:
        print(f"transcripts missing: {why}", file=sys.stderr)
    if partial:
        print(
            "PARTIAL RUN (--partial): its figures are not comparable with a full run's, and "
            "nothing is written under benchmarks/results/",
            file=sys.stderr,
        )
        return False
    print(
        "refused: a run without every transcript collection is not comparable with a full "
        "run's; make them available (../shared, TRUMP_CORPUS_DIR, CLINTON_SPEECHES_DIR) or "
        "pass --partial",
        file=sys.stderr,
    )
    return True


def outcome_row(o: Outcome) -> dict[str, Any]:
    """One quote's outcome as ``--outcomes`` writes it: ids, labels, verdict, levels (``level``
    as run, ``ladder_level`` before the calibration table), the calibration cell and whether
    the attribution was explicit (what :func:`rescore` needs); never the quote's text."""
    return {
        "quote": o.label.key,
        "split": o.label.split,
        "label": o.label.label,
        "kind": o.label.kind,
        "verdict": o.verdict,
        "level": o.level,
        "codes": list(o.codes),
        "speaker_right": o.speaker_right,
        "confidence": o.confidence,
        "key": o.key,
        "ladder_level": o.ladder_level,
        "explicit": o.explicit,
        "right": o.right,
    }


def write_outcomes(path: Path, rows: list[dict[str, Any]]) -> None:
    """The ``--outcomes`` file of any arm: one row a quote (:func:`outcome_row`)."""
    path.write_text(json.dumps(rows, indent=1))


def _planted(
    args: argparse.Namespace,
    labels: list[labels_mod.Label],
    root: Path,
    loaded: sources.Loaded | None = None,
) -> int:
    """The planted arm (``--arm planted``): its own tables, ``realnews-planted.{json,md}``;
    with ``--outcomes``, every natural and planted quote's outcome
    (:func:`planted.outcome_rows`)."""
    from benchmarks.realnews import planted

    try:
        natural, plants, info = planted.collect(
            labels, root, dates=not args.no_dates, show=args.show, loaded=loaded
        )
    except (polnear.PolnearUnavailable, sources.SourcesUnavailable) as exc:
        print(f"skipped: {exc}")
        return 0
    res = planted.results(natural, plants, info)
    md = planted.markdown(res)
    print(md)
    if args.outcomes:
        rows = planted.outcome_rows(natural, plants, float(info["threshold"]))
        write_outcomes(args.outcomes, rows)
    if not args.no_write and not info.get("sources_skipped"):
        write_results(DEFAULT_OUT, result_stem(args.arm, dates=not args.no_dates), res, md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
