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
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from quotecheck.lang.schema import LanguageData
from quotecheck.models import Edit, EditKind, Finding, Level, Verdict
from quotecheck.score.edits import is_cosmetic_only, is_transcript_variant

__all__ = [
    "FAILING",
    "VARIANT_CELL",
    "Calibration",
    "as_warnings",
    "calibration_key",
    "cap_levels",
    "load_calibration",
    "variant_only",
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
"""Verdicts whose own findings are errors by default: the ones that can fail a build (an
unseen cell of the others, which never carry an error of their own, keeps the prior)."""
_FAILING_VALUES = frozenset(v.value for v in FAILING)
_ACCUSING_VALUES = frozenset(v.value for v in ACCUSING)


def calibration_key(
    verdict: Verdict,
    edits: tuple[Edit, ...] | list[Edit],
    explicit: bool,
    lang: LanguageData | None = None,
) -> str:
    """The table cell of a result: ``verdict``, ``verdict:<strongest meaning change>`` (or
    ``:wording``) for a changed quote, ``verdict:explicit|inferred`` for an accusation.  An
    ``altered`` quote whose every change is a transcript variant (:func:`variant_only`, with
    the language's data) is ``altered:variant``."""
    if verdict in CHANGED:
        kinds = {e.kind for e in edits}
        strongest = next((k.value for k in MEANING_ORDER if k in kinds), "wording")
        if strongest == "wording" and verdict is Verdict.ALTERED and variant_only(edits, lang):
            strongest = VARIANT
        return f"{verdict.value}:{strongest}"
    if verdict in ACCUSING:
        return f"{verdict.value}:{'explicit' if explicit else 'inferred'}"
    return verdict.value


def variant_only(edits: tuple[Edit, ...] | list[Edit], lang: LanguageData | None) -> bool:
    """Whether ``edits`` change something, and every change is a difference two transcripts
    of one speech often show (:func:`quotecheck.score.edits.is_transcript_variant`: a filler,
    an article, a joining "and" added or dropped, a stage direction dropped); cosmetic edits
    aside.  False without language data."""
    if lang is None:
        return False
    changes = [e for e in edits if not is_cosmetic_only([e])]
    return bool(changes) and all(is_transcript_variant(e, lang) for e in changes)


VARIANT = "variant"
"""The evidence part of the cell of an alteration made only of transcript variants."""

VARIANT_CELL = f"{Verdict.ALTERED.value}:{VARIANT}"
"""The calibration cell of an alteration made only of transcript variants."""

EVIDENCE_ORDER = (
    *(k.value for k in MEANING_ORDER),
    "wording",
    VARIANT,
    "explicit",
    "inferred",
)
"""The evidence part of a cell (after ``verdict:``), strongest first within each verdict: the
meaning changes, then a rewording, then transcript variants only; an explicit attribution
before an inferred one."""


@dataclass(frozen=True)
class Calibration:
    """The fitted table: cell → probability right, and the prior for unseen cells."""

    cells: dict[str, float]
    prior: float
    source: str
    """Where the table comes from (shown in docs and the benchmark)."""
    accusation_prior: float | None = None
    """The prior of the ``misattributed`` and ``fabricated`` cells (None: ``prior``)."""
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Cell → (quotes, right) on the tuning split (empty: an older table without counts)."""
    weight: float = 4.0
    """The prior's weight in quotes (the shrinkage of every cell)."""

    def _prior_of(self, verdict: str) -> float:
        if verdict in _ACCUSING_VALUES and self.accusation_prior is not None:
            return self.accusation_prior
        return self.prior

    def probability(self, key: str) -> float:
        """P(right) for a cell.

        A cell the tuning split never produced has no real-news evidence of its own.  For a
        verdict that can fail a build (:data:`FAILING`) it borrows from the seen cells of the
        same verdict whose evidence is as strong or stronger (:data:`EVIDENCE_ORDER`: a
        paraphrase that changes a name is no surer than one that changes a modal, when real
        news has shown the latter wrong): their quotes and right verdicts pooled and shrunk
        toward the prior as every cell is.  P(right) does not fall as the evidence gets
        stronger, so the pool bounds the unseen cell from above.  With no such cell, the
        verdict's prior stands: the mutation bank's for the describing verdicts (a
        ``narration_inserted`` frame, which this English real-news set never produces), 0.5
        for the accusations."""
        if key in self.cells:
            return self.cells[key]
        verdict, _, evidence = key.partition(":")
        prior = self._prior_of(verdict)
        if verdict not in _FAILING_VALUES or evidence not in EVIDENCE_ORDER:
            return prior
        rank = EVIDENCE_ORDER.index(evidence)
        n = right = 0
        for cell, (cn, cr) in self.counts.items():
            v, _, e = cell.partition(":")
            if v == verdict and e in EVIDENCE_ORDER and EVIDENCE_ORDER.index(e) <= rank:
                n, right = n + cn, right + cr
        if n == 0:
            return prior
        return round((right + self.weight * prior) / (n + self.weight), 4)


def parse_calibration(data: dict[str, Any]) -> Calibration:
    """A :class:`Calibration` from the JSON table (see ``benchmarks/realnews/calibrate.py``)."""
    raw = data.get("cells", {})
    cells = {k: float(v["p"]) for k, v in raw.items()}
    counts = {k: (int(v["n"]), int(v["right"])) for k, v in raw.items() if "n" in v}
    prior = data.get("prior", {})
    accusation = prior.get("accusation_p")
    return Calibration(
        cells,
        float(prior.get("p", 0.9)),
        str(data.get("fit", "")),
        None if accusation is None else float(accusation),
        counts,
        float(prior.get("weight", 4.0)),
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
