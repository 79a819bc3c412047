"""Calibrated confidence: the probability that a verdict is right, and what it does to levels.

Every result gets ``confidence``, read from a table (``quotecheck/data/calibration.json``)
fitted on the tuning split of the project's hand-labelled real-news set
(``benchmarks/realnews``; ``python -m benchmarks.realnews.calibrate`` refits it).  The table is
keyed by the verdict and the evidence it rests on (:func:`calibration_key`): for a changed quote
the strongest kind of meaning change, for an accusation whether the article names the speaker
in the quote's own frame.  Each cell holds ``p = (right + weight·target) / (n + weight)``
(:meth:`Calibration.estimate`): the observed share of right verdicts shrunk toward a target, so
a cell seen a few times cannot swing to 0 or 1.  For a verdict that can fail a build
(:data:`FAILING`) the target is what real news showed of its verdict's other cells
(:meth:`Calibration.record`, itself shrunk toward its family's record): one rule for seen and
unseen cells, so a thin cell of a verdict real news often gets wrong cannot promise an error
(the minimum evidence for an error: ``docs/verdicts.md``, *Verdict confidence*).  For the
others the target is the prior.

An error is said only where the tool is sure: an error-level finding of a result whose
confidence is below ``score.error_confidence``, or whose cell the tuning split never produced,
becomes a warning, its message saying what is uncertain (:func:`set_levels`, where every level
the calibration decides is decided).  The lint engine keeps that lowering when it stamps the
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
    "PRIOR",
    "PRIOR_WEIGHT",
    "VARIANT_CELL",
    "Calibration",
    "Levels",
    "as_warnings",
    "calibrated_level",
    "calibration_key",
    "cap_levels",
    "keeps_error",
    "load_calibration",
    "set_levels",
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
    *,
    written: bool = False,
) -> str:
    """The table cell of a result: ``verdict``, ``verdict:<strongest meaning change>`` (or
    ``:wording``) for a changed quote, ``verdict:explicit|inferred`` for an accusation.  An
    ``altered`` quote whose every change is a transcript variant (:func:`variant_only`, with
    the language's data) is ``altered:variant`` — unless its source is ``written``
    (:func:`written_source`): one written text has no second transcript to differ from, so
    its "well" dropped is a change of wording like any other."""
    if verdict in CHANGED:
        kinds = {e.kind for e in edits}
        strongest = next((k.value for k in MEANING_ORDER if k in kinds), "wording")
        if (
            strongest == "wording"
            and verdict is Verdict.ALTERED
            and not written
            and variant_only(edits, lang)
        ):
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
    changes = [e for e in edits if not is_cosmetic_only([e]) and not e.convention]
    return bool(changes) and all(is_transcript_variant(e, lang) for e in changes)


VARIANT = "variant"
"""The evidence part of the cell of an alteration made only of transcript variants."""

VARIANT_CELL = f"{Verdict.ALTERED.value}:{VARIANT}"
"""The calibration cell of an alteration made only of transcript variants."""

PRIOR = 0.9
"""The target a cell of a verdict that cannot fail a build is shrunk toward, and the family
record the failing verdicts' records start from: the mutation bank's, where every kind of
verdict is right 99% of the time or more (``docs/verdicts.md``, *Verdict confidence*).  The
fit (``benchmarks.realnews.calibrate``) writes it into the table; a table without it reads
this."""

PRIOR_WEIGHT = 4.0
"""The target's weight in quotes: how many right-or-wrong quotes the target counts as in every
cell, record and family (the fit's, and a table's without one)."""


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
    weight: float = PRIOR_WEIGHT
    """The target's weight in quotes (the shrinkage of every cell, record and family)."""

    def _prior_of(self, verdict: str) -> float:
        if verdict in _ACCUSING_VALUES and self.accusation_prior is not None:
            return self.accusation_prior
        return self.prior

    def seen(self, key: str) -> bool:
        """Whether the tuning split produced the cell: the evidence of its own an error needs."""
        return key in self.cells

    def probability(self, key: str) -> float:
        """P(right) for a cell: its fitted probability when the tuning split produced it (the
        fit wrote :meth:`estimate`), else :meth:`estimate` from the counts of the others.

        A cell the tuning split never produced has no real-news evidence of its own: for a
        verdict that can fail a build (:data:`FAILING`) it reads as its verdict's record
        (:meth:`record`; a verdict never seen, such as a ``narration_inserted`` frame, which
        this English set never produces, gets its family's record); for the others, the prior.
        Leave-one-cell-out on the tuning split chose this over borrowing from the cells of
        stronger evidence shrunk toward the mutation bank's prior, which was over-confident
        (``docs/verdicts.md``, *Cells with no evidence of their own*)."""
        if key in self.cells:
            return self.cells[key]
        return self.estimate(key)

    def estimate(self, key: str) -> float:
        """The rule every cell is fitted by, to four places: ``(right + weight·target) /
        (n + weight)`` from the cell's tuning counts (none: 0 and 0, the target itself).

        The target of a verdict that can fail a build (:data:`FAILING`) is what real news
        showed of its verdict in its other cells (:meth:`record`), not the flat prior: a seen
        cell shrinks toward its verdict's record, as an unseen one reads from it.  That is the
        minimum evidence for an error, which depends on the verdict's record: to reach 0.9 with
        none wrong a cell needs ``n ≥ weight·(0.9 − record) / 0.1`` right quotes, about 20 for
        a verdict right some 35% of the time, where the flat prior 0.9 let one right quote
        read 0.92 (``altered:negation`` 1/1) and put an error on a faithful quote.  An
        accusation's record starts from its prior 0.5 (16 right quotes) and moves with its
        verdict's other cells (``misattributed:inferred`` right 2 of 2 makes the record of
        ``misattributed:explicit`` 0.67: about 10).  Leave-one-article-out on the tuning split
        chose it (``python -m benchmarks.realnews.calibrate --select``): no error on a wrong
        verdict, and the best log loss of the candidates with none (a minimum ``n`` or
        number of articles, a Beta lower bound, shrinking toward the family's record; the
        flat prior put an error on a held-out faithful quote).  The verdicts that never fail
        a build shrink toward the prior."""
        n, right = self.counts.get(key, (0, 0))
        verdict = key.partition(":")[0]
        target = self.record(verdict, without=key) if verdict in _FAILING_VALUES else self.prior
        return round(self._shrunk(n, right, target), 4)

    def record(self, verdict: str, without: str = "") -> float:
        """What real news showed of ``verdict`` (one that can fail a build): the quotes and right
        verdicts of its seen cells but ``without`` (the cell being fitted, so that its own
        quotes do not count twice), pooled and shrunk (weight as every cell) toward its
        family's record without it either (:meth:`family`); with none seen, the family's
        record."""
        n = right = 0
        for cell, (cn, cr) in self.counts.items():
            if cell != without and cell.partition(":")[0] == verdict:
                n, right = n + cn, right + cr
        return self._shrunk(n, right, self.family(verdict, without=without))

    def _shrunk(self, n: int, right: int, target: float) -> float:
        """``right`` of ``n`` shrunk toward ``target`` by the weight (nothing to shrink by and
        nothing seen: the target)."""
        if n + self.weight <= 0:
            return target
        return (right + self.weight * target) / (n + self.weight)

    def family(self, verdict: str, without: str = "") -> float:
        """The record of ``verdict``'s family on real news: the accusations' prior for an
        accusation; for the others, every seen cell but ``without`` (as in :meth:`record`: the
        cell being fitted) of the verdicts that describe a changed quote (``altered`` …
        ``narration_inserted``), pooled and shrunk toward the prior."""
        if verdict in _ACCUSING_VALUES:
            return self._prior_of(verdict)
        n = right = 0
        for cell, (cn, cr) in self.counts.items():
            v = cell.partition(":")[0]
            if cell != without and v in _FAILING_VALUES and v not in _ACCUSING_VALUES:
                n, right = n + cn, right + cr
        return self._shrunk(n, right, self.prior)

    def error_allowed(self, key: str, threshold: float) -> bool:
        """Whether a result of cell ``key`` may keep an error: its probability reaches
        ``threshold`` and, for a verdict that can fail a build, the tuning split produced the
        cell (a probability read from other cells is no evidence enough to fail a build).
        The minimum evidence is in the probability (:meth:`estimate`): a seen cell shrinks
        toward its verdict's record, so a cell seen once or twice of a verdict real news often
        gets wrong stays below the threshold.  ``threshold`` 0 keeps every error (the
        ladder's own levels)."""
        if self.probability(key) < threshold:
            return False
        return threshold <= 0 or not self.unseen_failing(key)

    def unseen_failing(self, key: str) -> bool:
        """Whether ``key`` is a cell of a verdict that can fail a build (:data:`FAILING`) which
        the tuning split never produced: its probability is borrowed, never evidence enough
        for an error."""
        return not self.seen(key) and key.partition(":")[0] in _FAILING_VALUES


def parse_calibration(data: dict[str, Any]) -> Calibration:
    """A :class:`Calibration` from the JSON table (see ``benchmarks/realnews/calibrate.py``)."""
    raw = data.get("cells", {})
    cells = {k: float(v["p"]) for k, v in raw.items()}
    counts = {k: (int(v["n"]), int(v["right"])) for k, v in raw.items() if "n" in v}
    prior = data.get("prior", {})
    accusation = prior.get("accusation_p")
    return Calibration(
        cells,
        float(prior.get("p", PRIOR)),
        str(data.get("fit", "")),
        None if accusation is None else float(accusation),
        counts,
        float(prior.get("weight", PRIOR_WEIGHT)),
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


VARIANT_NOTE = "only words two transcripts of one speech often differ in"
"""Said of an alteration made only of transcript variants, whose own finding is info."""

UNSEEN_DOUBT = "no such verdict on real news yet"
"""Why a result whose cell the tuning split never produced is at most a warning."""

INFERRED_DOUBT = "the article does not name the speaker in the quote's frame"
"""Why an accusation against a speaker quotecheck inferred is at most a warning."""


@dataclass(frozen=True)
class Levels:
    """What the calibration decides for one result (:func:`set_levels`)."""

    confidence: float
    """The result's confidence: its cell's probability, to four places."""
    findings: list[Finding]
    """The result's findings at the levels the calibration leaves them."""


def set_levels(
    findings: list[Finding],
    key: str,
    threshold: float,
    *,
    verdict_code: str | None,
    explicit: bool,
    table: Calibration | None = None,
) -> Levels:
    """The confidence of a result of cell ``key`` (the cell's probability, four places) and
    every level the verdict's calibration decides for its findings, in one place
    (``docs/verdicts.md``, *Verdict confidence*):

    1. an error stays one only when the cell's probability reaches ``threshold`` and the
       tuning split produced the cell (:meth:`Calibration.error_allowed`); otherwise a warning
       saying what is uncertain;
    2. an alteration made only of transcript variants (:data:`VARIANT_CELL`; never of a
       source declared written, :func:`written_source`) is said, not raised: the verdict's
       own finding (``verdict_code``) is info;
    3. an accusation against a speaker quotecheck inferred (a pronoun, a role noun, the
       previous quote's speaker) may be its own misreading of the article: doubt, not error.

    Whether an error stays one (rules 1 and 3) is :func:`keeps_error`'s one decision.
    """
    table = table or load_calibration()
    confidence = round(table.probability(key), 4)
    out = findings
    if not keeps_error(key, threshold, explicit=explicit, table=table):
        out = as_warnings(out, _doubt(table, key, threshold, confidence))
    if key == VARIANT_CELL:
        out = [
            f.model_copy(update={"level": Level.INFO, "message": f"{f.message} ({VARIANT_NOTE})"})
            if f.code == verdict_code
            else f
            for f in out
        ]
    return Levels(confidence, out)


def keeps_error(
    key: str, threshold: float, *, explicit: bool, table: Calibration | None = None
) -> bool:
    """Whether an error-level finding of a result of cell ``key`` stays an error: the one
    decision of :func:`set_levels`' rules 1 and 3 (the cell's probability reaches
    ``threshold`` and the tuning split produced it; an accusation names its speaker
    explicitly).  :func:`set_levels` and :func:`calibrated_level` both ask it."""
    table = table or load_calibration()
    if not table.error_allowed(key, threshold):
        return False
    return explicit or key.partition(":")[0] not in _ACCUSING_VALUES


def calibrated_level(
    level: Level, key: str, threshold: float, *, explicit: bool, table: Calibration | None = None
) -> Level:
    """The highest level of a result's findings under ``threshold``, from their highest level
    under the ladder's own (``error-confidence`` 0, where :func:`set_levels` applies only its
    rules that no table decides: the variant said, the inferred accusation doubted): an error
    stays one only where :func:`keeps_error` says so; every other level is unchanged.  What
    :func:`set_levels` does to the highest level, so an earlier run's ladder levels rescored
    under a new table (``python -m benchmarks.realnews --rescore``) equal a fresh run's."""
    if level is Level.ERROR and not keeps_error(key, threshold, explicit=explicit, table=table):
        return Level.WARNING
    return level


def _doubt(table: Calibration, key: str, threshold: float, p: float) -> str:
    """What is uncertain about a result whose errors :func:`keeps_error` lowers: a cell the
    tuning split never produced, a probability below ``threshold``, an inferred speaker."""
    if not table.error_allowed(key, threshold):
        if table.unseen_failing(key):
            return f"{UNSEEN_DOUBT}; {p:.0%} from its kind's record"
        return f"{p:.0%} of such verdicts were right on real news"
    return INFERRED_DOUBT  # an accusation against a speaker quotecheck inferred


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
