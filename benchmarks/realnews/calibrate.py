"""Fit quotecheck's verdict calibration on the tuning split; the reliability table on both splits.

    python -m benchmarks.realnews --outcomes benchmarks/.work/outcomes.json
    python -m benchmarks.realnews.calibrate benchmarks/.work/outcomes.json
    python -m benchmarks.realnews.calibrate --select benchmarks/.work/outcomes.json   # the rule

Reads the per-quote outcomes the benchmark wrote (ids, labels, verdicts, calibration cells; no
text), and writes

* ``quotecheck/data/calibration.json`` — per cell (``quotecheck.score.calibration``) of the
  **tuning** split: ``n``, ``right``, ``articles`` (how many tuning articles produced it) and
  ``p``, by the rule of ``Calibration.estimate``: ``(right + weight·target) / (n + weight)``;
* ``docs/calibration.md`` — the reliability table: for each cell and each verdict, the predicted
  probability against the share observed right, on the tuning split (fitted) and on the
  **report** split (held out).

A verdict is *right* when it agrees with the hand label (``run.RIGHT_FOR``).  The target of a
cell of a verdict that can fail a build is its verdict's record on real news (its other cells,
pooled and shrunk toward its family's record: for the changed-quote verdicts every other cell of
them shrunk toward the prior 0.9, for the accusations their prior 0.5, :data:`ACCUSATION_PRIOR`);
the other verdicts shrink toward the prior 0.9, which stands for the mutation bank, where every
kind of verdict is right at 99% or more.  Weight 4.

``--select`` prints the leave-one-article-out comparison on the tuning split that chose that
rule (:func:`select`): the report split is never read.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotecheck.score.calibration import PRIOR, PRIOR_WEIGHT

if TYPE_CHECKING:
    from quotecheck.score.calibration import Calibration

REPO_ROOT = Path(__file__).resolve().parents[2]
TABLE = REPO_ROOT / "quotecheck" / "data" / "calibration.json"
DOC = REPO_ROOT / "docs" / "calibration.md"
WEIGHT = PRIOR_WEIGHT
"""The target's weight the shipped table is fitted with (``quotecheck.score.calibration``'s,
as :data:`PRIOR`, the other verdicts' target)."""
ACCUSATION_PRIOR = 0.5
"""The prior of the ``misattributed:*`` and ``fabricated:*`` cells: the mutation bank plants
misattributions and inventions, so its 99% says nothing about how often an accusation is right
on real news, where almost no quote is misattributed or invented (before #16, 0 of 96
error-level accusations on this set were right).  An accusation is an error only once the
tuning split shows such verdicts right."""


def default_threshold() -> float:
    """The ``error-confidence`` a run without configuration uses (``ScoreSettings``'s default):
    the threshold of :func:`select` and of the reliability table unless ``--threshold``."""
    from quotecheck.score.settings import ScoreSettings

    return ScoreSettings().error_confidence


def cell_keeps_error(key: str, threshold: float, table: Calibration) -> bool | None:
    """Whether an error-level finding of cell ``key`` stays an error under ``table`` (parsed
    once by the caller) at ``threshold``: quotecheck's one decision (``keeps_error``), an
    accusation's cell saying whether the article names the speaker (``calibration_key``:
    ``…:inferred`` does not).  None for a verdict that never fails a build (``FAILING``): it
    raises no error of its own."""
    from quotecheck.score.calibration import FAILING, keeps_error

    if key.partition(":")[0] not in {v.value for v in FAILING}:
        return None
    explicit = key.partition(":")[2] != "inferred"
    return keeps_error(key, threshold, explicit=explicit, table=table)


def article(o: dict[str, Any]) -> str:
    """The PolNeAR article of an outcome row (its quote id is ``article:start-end``)."""
    return str(o["quote"]).rpartition(":")[0]


def tuning_rows(outcomes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The scored rows of the tuning split that have a calibration cell (all the fit reads)."""
    return [o for o in outcomes if o["split"] == "tuning" and o["label"] != "skip" and o.get("key")]


def cell_counts(rows: list[dict[str, Any]]) -> dict[str, tuple[int, int, int]]:
    """Cell → (quotes, right, articles) over ``rows``."""
    cells: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    arts: dict[str, set[str]] = defaultdict(set)
    for o in rows:
        cells[o["key"]][0] += 1
        cells[o["key"]][1] += bool(o["right"])
        arts[o["key"]].add(article(o))
    return {k: (n, r, len(arts[k])) for k, (n, r) in sorted(cells.items())}


def fit(outcomes: list[dict[str, Any]], weight: float = WEIGHT) -> dict[str, Any]:
    """The calibration table from the tuning split's outcomes: every cell's ``p`` is
    ``Calibration.estimate`` of the counts (the rule lives there, once)."""
    from quotecheck.score.calibration import Calibration

    counts = cell_counts(tuning_rows(outcomes))
    rule = Calibration(
        {}, PRIOR, "", ACCUSATION_PRIOR, {k: (n, r) for k, (n, r, _) in counts.items()}, weight
    )
    # An unseen cell is read from the counts of the seen ones (``Calibration.probability``).
    return {
        "version": 1,
        "fit": "tuning split of benchmarks/realnews (python -m benchmarks.realnews.calibrate)",
        "rule": "failing cells shrink toward their verdict's record (Calibration.estimate)",
        "prior": {"p": PRIOR, "weight": weight, "accusation_p": ACCUSATION_PRIOR},
        "cells": {
            k: {"n": n, "right": r, "articles": a, "p": rule.estimate(k)}
            for k, (n, r, a) in counts.items()
        },
    }


Judge = tuple[Callable[[str], float], Callable[[str, bool], bool]]
"""A candidate rule fitted on some rows: P(right) of a cell, and whether a result of the cell
(and explicit attribution) keeps an error."""


@dataclass(frozen=True)
class Candidate:
    """A minimum-evidence rule for error levels, compared by :func:`select`."""

    name: str
    judge: Callable[[list[dict[str, Any]], float], Judge]
    """Rows to fit on and the threshold → the rule's :data:`Judge`."""


def _shipped(weight: float) -> Callable[[list[dict[str, Any]], float], Judge]:
    """quotecheck's own rule (``Calibration.estimate``, ``keeps_error``) at ``weight``."""

    def judge(rows: list[dict[str, Any]], threshold: float) -> Judge:
        from quotecheck.score.calibration import keeps_error, parse_calibration

        cal = parse_calibration(fit(rows, weight))
        return cal.probability, lambda k, e: keeps_error(k, threshold, explicit=e, table=cal)

    return judge


def _beta_quantile(a: float, b: float, q: float) -> float:
    """The ``q`` quantile of Beta(a, b), numerically (a, b > 0)."""
    import numpy as np

    x = np.linspace(1e-6, 1 - 1e-6, 20001)
    logpdf = (a - 1) * np.log(x) + (b - 1) * np.log1p(-x)
    cdf = np.cumsum(np.exp(logpdf - logpdf.max()))
    return float(x[np.searchsorted(cdf / cdf[-1], q)])


def _variant(
    weight: float, target: str, gate: str = "", bound: float = 0.0
) -> Callable[[list[dict[str, Any]], float], Judge]:
    """A rule other than quotecheck's, on a table fitted as quotecheck fits it: the seen cells
    of the verdicts that can fail a build shrink toward ``target`` (``flat``: the prior 0.9,
    0.5 for an accusation; ``family``: the family's record), and an error also needs ``gate``
    (``n``: at least ``bound`` quotes; ``articles``: at least ``bound`` articles; ``beta``: the
    ``bound`` quantile of the cell's Beta posterior under the flat prior reaching the
    threshold).  Unseen cells are read and never err as in quotecheck."""

    def judge(rows: list[dict[str, Any]], threshold: float) -> Judge:
        from quotecheck.score.calibration import (
            ACCUSING,
            FAILING,
            keeps_error,
            parse_calibration,
        )

        table = fit(rows, weight)
        cal = parse_calibration(table)
        failing = {v.value for v in FAILING}
        accusing = {v.value for v in ACCUSING}
        counts = {k: (c["n"], c["right"], c["articles"]) for k, c in table["cells"].items()}

        def flat(verdict: str) -> float:
            return ACCUSATION_PRIOR if verdict in accusing else PRIOR

        def p(key: str) -> float:
            verdict = key.partition(":")[0]
            if key not in counts or verdict not in failing:
                return cal.probability(key)
            n, r, _ = counts[key]
            aim = flat(verdict) if target == "flat" else cal.family(verdict, without=key)
            return (r + weight * aim) / (n + weight)

        def keeps(key: str, explicit: bool) -> bool:
            verdict = key.partition(":")[0]
            if verdict not in failing or key not in counts:
                return keeps_error(key, threshold, explicit=explicit, table=cal)
            if p(key) < threshold or (verdict in accusing and not explicit):
                return False
            n, r, arts = counts[key]
            if gate == "n":
                return n >= bound
            if gate == "articles":
                return arts >= bound
            if gate == "beta":
                t = flat(verdict)
                lo = _beta_quantile(r + weight * t, n - r + weight * (1 - t), bound)
                return lo >= threshold
            return True

        return p, keeps

    return judge


CANDIDATES = (
    Candidate("flat prior, weight 4 (before)", _variant(4, "flat")),
    Candidate("flat prior, weight 2", _variant(2, "flat")),
    Candidate("flat prior, weight 8", _variant(8, "flat")),
    Candidate("flat prior, n ≥ 3", _variant(4, "flat", "n", 3)),
    Candidate("flat prior, n ≥ 5", _variant(4, "flat", "n", 5)),
    Candidate("flat prior, articles ≥ 2", _variant(4, "flat", "articles", 2)),
    Candidate("flat prior, articles ≥ 3", _variant(4, "flat", "articles", 3)),
    Candidate("Beta lower bound (10%) ≥ threshold", _variant(4, "flat", "beta", 0.1)),
    Candidate("Beta lower bound (25%) ≥ threshold", _variant(4, "flat", "beta", 0.25)),
    Candidate("toward the family, weight 2", _variant(2, "family")),
    Candidate("toward the family, weight 4", _variant(4, "family")),
    Candidate("toward the family, weight 8", _variant(8, "family")),
    Candidate("toward the verdict's record, weight 2", _shipped(2)),
    Candidate("toward the verdict's record, weight 4 (shipped)", _shipped(WEIGHT)),
    Candidate("toward the verdict's record, weight 8", _shipped(8)),
)
"""The rules :func:`select` compares; the one marked *shipped* is quotecheck's own."""


def select(
    outcomes: list[dict[str, Any]],
    threshold: float | None = None,
    candidates: tuple[Candidate, ...] = CANDIDATES,
) -> list[dict[str, Any]]:
    """Leave-one-article-out on the **tuning** split (report rows are dropped first): for each
    tuning article, every candidate is fitted on the other tuning articles' rows (every arm
    given, pooled, as :func:`fit` pools them) and levels the article's rows from their ladder
    level (``ladder_level``; an older row: its level as run).  Per candidate: error-level
    findings kept on wrong verdicts (``false``; ``faithful``: those on quotes labelled
    faithful) and on right ones (``true``) at ``threshold`` (None: the default
    ``error-confidence``, :func:`default_threshold`), and the log loss and Brier score of its
    probability over the held-out rows whose verdict can fail a build (the others are
    predicted alike by every candidate).  Sorted best first: fewest false errors on faithful
    quotes, then fewest false errors, then most true errors, then the lowest log loss."""
    from quotecheck.score.calibration import FAILING

    failing = {v.value for v in FAILING}
    threshold = default_threshold() if threshold is None else threshold
    rows = tuning_rows(outcomes)
    articles = sorted({article(o) for o in rows})
    out = []
    for cand in candidates:
        false = faithful = true = scored = 0
        loss = brier = 0.0
        for held in articles:
            p, keeps = cand.judge([o for o in rows if article(o) != held], threshold)
            for o in (o for o in rows if article(o) == held):
                key, right = o["key"], bool(o["right"])
                if key.partition(":")[0] in failing:
                    q = min(max(p(key), 1e-6), 1 - 1e-6)
                    loss -= math.log(q if right else 1 - q)
                    brier += (q - right) ** 2
                    scored += 1
                level = o.get("ladder_level") or o["level"]
                explicit = True if o.get("explicit") is None else bool(o["explicit"])
                if level == "error" and keeps(key, explicit):
                    true += right
                    false += not right
                    faithful += not right and o["label"] == "faithful"
        out.append(
            {
                "rule": cand.name,
                "faithful": faithful,
                "false": false,
                "true": true,
                "quotes": scored,
                "log_loss": round(loss / scored, 4) if scored else None,
                "brier": round(brier / scored, 4) if scored else None,
            }
        )
    return sorted(
        out,
        key=lambda r: (r["faithful"], r["false"], -r["true"], r["log_loss"] or 0.0),
    )


def selection_markdown(table: list[dict[str, Any]], articles: int) -> str:
    """:func:`select`'s table as Markdown, best first."""
    out = [
        f"Leave-one-article-out on the tuning split ({articles} articles; both arms pooled): "
        "error-level findings kept on held-out quotes, and the log loss / Brier score of the "
        f"probability over the {table[0]['quotes'] if table else 0} held-out quotes whose "
        "verdict can fail a build. Best first.",
        "",
        "| rule | false errors on faithful | false errors | true errors | log loss | Brier |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in table:
        out.append(
            f"| {r['rule']} | {r['faithful']} | {r['false']} | {r['true']} | "
            f"{r['log_loss']} | {r['brier']} |"
        )
    return "\n".join(out) + "\n"


def reliability(outcomes: list[dict[str, Any]], table: dict[str, Any]) -> list[dict[str, Any]]:
    """Per cell: predicted probability (quotecheck's lookup under ``table``, unseen cells too),
    and n / right on each split."""
    from quotecheck.score.calibration import parse_calibration

    cal = parse_calibration(table)
    rows: dict[str, dict[str, Any]] = {}
    for o in outcomes:
        if o["label"] == "skip" or not o.get("key"):
            continue
        key = o["key"]
        row = rows.setdefault(
            key,
            {
                "key": key,
                "p": cal.probability(key),
                "tuning": [0, 0],
                "report": [0, 0],
            },
        )
        row[o["split"]][0] += 1
        row[o["split"]][1] += bool(o["right"])
    return [rows[k] for k in sorted(rows)]


def _share(nr: list[int]) -> str:
    n, r = nr
    return f"{r}/{n} ({100 * r / n:.0f}%)" if n else "—"


def markdown(rows: list[dict[str, Any]], table: dict[str, Any], threshold: float) -> str:
    """The reliability table as Markdown."""
    from quotecheck.score.calibration import parse_calibration

    cal = parse_calibration(table)
    out = [
        "# Verdict confidence: the reliability table",
        "",
        "Generated by `python -m benchmarks.realnews.calibrate` from the real-news benchmark "
        "(`benchmarks/realnews`). *Predicted* is the probability quotecheck gives a verdict of "
        "that cell (`confidence` in the JSON output), fitted on the **tuning** split: the cell's "
        f"share of right verdicts shrunk (weight {table['prior']['weight']:g}) toward a target. "
        "For a verdict that can fail a build the target is its verdict's record on real news: "
        "the verdict's other cells pooled and shrunk toward its family's record (for `altered`, "
        "`paraphrased`, `spliced`, `narration_inserted` and `translated_altered`, every other "
        f"cell of those verdicts pooled and shrunk toward {table['prior']['p']}; for the "
        "accusations `misattributed` and `fabricated`, "
        f"{table['prior'].get('accusation_p', 0.5)}); for the others the prior "
        f"{table['prior']['p']}. *Observed* is the share "
        "of those verdicts the hand labels call right, on the tuning split (what it was fitted "
        "on) and on the held-out **report** split (the honest check). With the default "
        f"`error-confidence` of {threshold}, cells predicted below it report their errors as "
        "warnings; a cell seen once or twice of a verdict real news often gets wrong stays "
        "below it (`docs/verdicts.md`, *Verdict confidence*: the minimum evidence for an "
        "error, chosen by leave-one-article-out on the tuning split, "
        "`python -m benchmarks.realnews.calibrate --select`). Cells with few quotes say "
        "little: read the counts. The table was fitted on "
        "the tuning outcomes of both arms of the benchmark (all transcripts for every article, "
        "and each article declaring its own; with the articles' dates), pooled, and the "
        "observed columns are from the same outcomes: `benchmarks/results/realnews.md` names "
        "the commit of the run.",
        "",
        "**Cells the tuning split never produced** have no real-news evidence of their own "
        "(`docs/verdicts.md`, *Cells with no evidence of their own*). For a verdict that can "
        "fail a build, an unseen cell reads as its verdict's record (a verdict never seen gets "
        "its family's record): the same rule as a seen cell, with no quotes of its own. "
        "Whatever that probability, an unseen cell's errors are "
        "warnings: an error needs a cell the tuning split produced. Leave-one-cell-out on the "
        "tuning split chose this over the former borrowing from the cells of stronger evidence "
        "shrunk toward 0.9, which put 6 of 14 held-out cells at error level, 3 of them "
        "over-confident. Rows marked *(unseen)* below are such cells met on the report split.",
        "",
        "| cell | predicted | observed, tuning | observed, report | errors |",
        "|---|---:|---:|---:|---|",
    ]
    for r in rows:
        kept = cell_keeps_error(r["key"], threshold, cal)
        errs = "(none raised)" if kept is None else "kept" if kept else "→ warnings"
        unseen = "" if r["key"] in table["cells"] else " *(unseen)*"
        out.append(
            f"| `{r['key']}`{unseen} | {r['p']:.2f} | {_share(r['tuning'])} | "
            f"{_share(r['report'])} | {errs} |"
        )
    by_verdict: dict[str, dict[str, list[int]]] = {}
    for r in rows:
        v = r["key"].split(":")[0]
        agg = by_verdict.setdefault(v, {"tuning": [0, 0], "report": [0, 0], "pred": [0, 0]})
        for split in ("tuning", "report"):
            agg[split][0] += r[split][0]
            agg[split][1] += r[split][1]
        agg["pred"][0] += r["report"][0]
        agg["pred"][1] += round(r["p"] * r["report"][0] * 1000)
    out += [
        "",
        "Per verdict (predicted: the mean of its cells' probabilities over the report split's "
        "quotes):",
        "",
        "| verdict | predicted, report | observed, tuning | observed, report |",
        "|---|---:|---:|---:|",
    ]
    for v, agg in sorted(by_verdict.items()):
        n = agg["pred"][0]
        pred = f"{agg['pred'][1] / (1000 * n):.2f}" if n else "—"
        out.append(f"| {v} | {pred} | {_share(agg['tuning'])} | {_share(agg['report'])} |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.realnews.calibrate", description=__doc__)
    p.add_argument(
        "outcomes",
        type=Path,
        nargs="+",
        help="outcomes JSON of python -m benchmarks.realnews, one per arm (pooled)",
    )
    p.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="error-confidence (default: quotecheck's own, score.error-confidence)",
    )
    p.add_argument("--no-write", action="store_true")
    p.add_argument(
        "--table-only",
        action="store_true",
        help="keep the shipped table; only write the reliability table of these outcomes",
    )
    p.add_argument(
        "--select",
        action="store_true",
        help="print the leave-one-article-out comparison of error rules on the tuning split "
        "(writes nothing)",
    )
    args = p.parse_args(argv)
    outcomes = [o for path in args.outcomes for o in json.loads(path.read_text())]
    threshold = default_threshold() if args.threshold is None else args.threshold
    if args.select:
        tuning = tuning_rows(outcomes)  # the report split is never read to choose
        n = len({article(o) for o in tuning})
        print(selection_markdown(select(tuning, threshold), n))
        return 0
    table = json.loads(TABLE.read_text()) if args.table_only else fit(outcomes)
    md = markdown(reliability(outcomes, table), table, threshold)
    print(md)
    if not args.no_write:
        if not args.table_only:
            TABLE.write_text(json.dumps(table, indent=2) + "\n")
        DOC.write_text(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
