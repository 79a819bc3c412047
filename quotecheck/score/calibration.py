"""Calibrated confidence: the probability that a verdict is right, and what it does to levels.

Every result gets ``confidence``, read from a table (``quotecheck/data/calibration.json``)
fitted on the tuning split of the project's hand-labelled real-news set
(``benchmarks/realnews``; ``python -m benchmarks.realnews.calibrate`` refits it).  The table is
keyed by the verdict and the evidence it rests on (:func:`calibration_key`): for a changed quote
the strongest kind of meaning change, for an accusation whether the article names the speaker
in the quote's own frame.  Each cell holds ``p = (right + weight·prior) / (n + weight)``: the
observed share of right verdicts shrunk toward a prior, so a cell seen a few times cannot swing
to 0 or 1.

An error is said only where the tool is sure: an error-level finding of a result whose
confidence is below ``score.error_confidence`` becomes a warning, its message saying what is
uncertain (:func:`cap_levels`).  The lint engine keeps that lowering when it stamps the
configured levels.  Lookup is O(1); the table is read once per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from quotecheck.models import Edit, EditKind, Finding, Level, Verdict

__all__ = [
    "FAILING",
    "Calibration",
    "as_warnings",
    "calibration_key",
    "cap_levels",
    "load_calibration",
]

MEANING_ORDER = (
    EditKind.NEGATION,
    EditKind.NUMBER,
    EditKind.MODALITY,
    EditKind.ENTITY,
    EditKind.PERSON,
    EditKind.TENSE,
)
"""Meaning changes from the strongest evidence of a real alteration to the weakest (a tense
or a pronoun is what two transcripts of one speech differ in most)."""

CHANGED = frozenset(
    {
        Verdict.ALTERED,
        Verdict.PARAPHRASED,
        Verdict.SPLICED,
        Verdict.TRANSLATED_ALTERED,
    }
)
ACCUSING = frozenset({Verdict.MISATTRIBUTED, Verdict.FABRICATED})
FAILING = frozenset({*CHANGED, *ACCUSING, Verdict.NARRATION_INSERTED})
"""Verdicts whose own findings are errors by default: the ones that can fail a build."""
_FAILING_VALUES = frozenset(v.value for v in FAILING)
_ACCUSING_VALUES = frozenset(v.value for v in ACCUSING)


def calibration_key(verdict: Verdict, edits: tuple[Edit, ...] | list[Edit], explicit: bool) -> str:
    """The table cell of a result: ``verdict``, ``verdict:<strongest meaning change>`` (or
    ``:wording``) for a changed quote, ``verdict:explicit|inferred`` for an accusation."""
    if verdict in CHANGED:
        kinds = {e.kind for e in edits}
        strongest = next((k.value for k in MEANING_ORDER if k in kinds), "wording")
        return f"{verdict.value}:{strongest}"
    if verdict in ACCUSING:
        return f"{verdict.value}:{'explicit' if explicit else 'inferred'}"
    return verdict.value


@dataclass(frozen=True)
class Calibration:
    """The fitted table: cell → probability right, and the prior for unseen cells."""

    cells: dict[str, float]
    prior: float
    source: str
    """Where the table comes from (shown in docs and the benchmark)."""
    accusation_prior: float | None = None
    """The prior of the ``misattributed`` and ``fabricated`` cells (None: ``prior``)."""
    verdicts: dict[str, float] | None = None
    """Verdict → P(right) pooled over all its cells of the tuning split (None: an older table
    without them)."""

    def probability(self, key: str) -> float:
        """P(right) for a cell.  A cell the tuning split never produced has no real-news
        evidence of its own: for a verdict that can fail a build (:data:`FAILING`) it takes the
        verdict's pooled probability over its other cells, and when the split never produced
        the verdict at all, the accusation prior — an error must be earned on real news, not
        inherited from the mutation bank.  The verdicts that never fail a build (verbatim,
        normalized, elided, translated, unverifiable) keep the prior."""
        if key in self.cells:
            return self.cells[key]
        verdict = key.split(":")[0]
        if verdict not in _FAILING_VALUES:
            return self.prior
        if self.verdicts is not None and verdict in self.verdicts:
            return self.verdicts[verdict]
        if self.accusation_prior is not None and (
            self.verdicts is not None or verdict in _ACCUSING_VALUES
        ):
            return self.accusation_prior
        return self.prior


def parse_calibration(data: dict[str, Any]) -> Calibration:
    """A :class:`Calibration` from the JSON table (see ``benchmarks/realnews/calibrate.py``)."""
    cells = {k: float(v["p"]) for k, v in data.get("cells", {}).items()}
    prior = data.get("prior", {})
    accusation = prior.get("accusation_p")
    verdicts = data.get("verdicts")
    return Calibration(
        cells,
        float(prior.get("p", 0.9)),
        str(data.get("fit", "")),
        None if accusation is None else float(accusation),
        None if verdicts is None else {k: float(v["p"]) for k, v in verdicts.items()},
    )


@cache
def load_calibration() -> Calibration:
    """The table shipped with quotecheck (read once per process)."""
    text = resources.files("quotecheck").joinpath("data/calibration.json").read_text("utf-8")
    return parse_calibration(json.loads(text))


def cap_levels(findings: list[Finding], confidence: float, threshold: float) -> list[Finding]:
    """Below ``threshold``, every error-level finding becomes a warning saying so."""
    if confidence >= threshold:
        return findings
    return as_warnings(findings, f"{confidence:.0%} of such verdicts were right on real news")


def as_warnings(findings: list[Finding], why: str) -> list[Finding]:
    """Every error-level finding as a warning whose message ends "(uncertain: ``why``)"."""
    out: list[Finding] = []
    for f in findings:
        if f.level is Level.ERROR:
            f = f.model_copy(
                update={"level": Level.WARNING, "message": f"{f.message} (uncertain: {why})"}
            )
        out.append(f)
    return out
