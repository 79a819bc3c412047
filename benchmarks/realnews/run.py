"""Check the labelled articles and score quotecheck's verdicts against the hand labels.

Everything read from PolNeAR and the transcripts stays in memory; the outcomes hold ids, labels,
verdicts, codes and levels only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.realnews.labels import Label

ERROR_VERDICT_RIGHT = {
    "misattributed": ("misattributed",),
    "fabricated": (),
    "altered": ("altered",),
    "paraphrased": ("altered",),
    "spliced": ("altered",),
    "narration_inserted": ("altered",),
    "translated_altered": ("altered",),
}
"""For an error-level finding with this verdict, the labels under which it is right.  No quote
of real news in the set is invented, so an error-level ``fabricated`` is never right;
``unverifiable`` and the confirming verdicts never carry an error of their own."""

RIGHT_FOR = {
    "faithful": ("verbatim", "normalized", "elided", "translated"),
    "altered": ("altered", "paraphrased", "spliced", "narration_inserted", "translated_altered"),
    "misattributed": ("misattributed",),
    "other_occasion": ("unverifiable",),
    "not_in_source": ("unverifiable",),
}
"""Label → the verdicts that are right for it."""

FLAGGED = frozenset({"altered", "paraphrased", "spliced", "narration_inserted", "misattributed"})
"""Verdicts that tell the editor the quote differs from its source."""

ACCUSING = FLAGGED | {"fabricated", "translated_altered"}
"""Verdicts that say the article got the quote wrong, at whatever level: a faithful quote given one
of these does not pass in the strict reading of the target (a warning is still an accusation)."""

CONFIRMED = frozenset({"verbatim", "normalized", "elided", "translated"})

_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sen", "gov", "rep", "president", "senator"})


@dataclass
class Outcome:
    """What quotecheck said about one labelled quote."""

    label: Label
    extracted: bool
    verdict: str = "not_extracted"
    level: str = "none"
    """The highest finding level on the quote: ``error``, ``warning``, ``info`` or ``none``."""
    codes: tuple[str, ...] = ()
    speaker: str | None = None
    confidence: float | None = None
    """The verdict's calibrated probability when quotecheck gives one."""
    key: str = ""
    """The calibration cell of the result (``quotecheck.score.calibration``)."""
    ladder_level: str | None = None
    """The highest finding level before the calibration table (``error-confidence`` 0: the
    ladder's own); None for an outcome read from a file written before it was recorded."""
    explicit: bool | None = None
    """Whether the article names the speaker in the quote's own frame (None: unknown)."""

    @property
    def right(self) -> bool:
        """Whether the verdict agrees with the label (for calibration): a confirming verdict on
        a faithful quote, a changed-quote verdict on an altered one, ``misattributed`` on a
        misattributed one, ``unverifiable`` on a quote the sources do not hold."""
        return self.verdict in RIGHT_FOR.get(self.label.label, ())

    @property
    def error(self) -> bool:
        return self.level == "error"

    @property
    def speaker_right(self) -> bool | None:
        """Whether quotecheck's speaker is the one the article names (None: nobody named)."""
        if not self.label.named:
            return None
        return same_person(self.speaker, self.label.speaker)


def same_person(found: str | None, labelled: str) -> bool:
    """Whether quotecheck's speaker is the labelled person: the surname agrees, and so does the
    first name when both names have one ("Bill Clinton" is not "Hillary Clinton")."""
    got = [t for t in re.findall(r"[a-z]+", (found or "").lower()) if t not in _TITLES]
    want = [t for t in re.findall(r"[a-z]+", labelled.lower()) if t not in _TITLES]
    if not got or not want or want[-1] not in got:
        return False
    return len(got) == 1 or len(want) == 1 or want[0] in got


@dataclass
class Bucket:
    """Counts for one label (or one whole split)."""

    n: int = 0
    extracted: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    error: int = 0
    warning: int = 0
    passed: int = 0
    flagged: int = 0
    speaker_named: int = 0
    speaker_right: int = 0
    speaker_wrong_error: int = 0

    def add(self, o: Outcome) -> None:
        self.n += 1
        self.extracted += o.extracted
        self.verdicts[o.verdict] += 1
        self.error += o.error
        self.warning += o.level == "warning"
        self.passed += not o.error
        self.flagged += o.verdict in FLAGGED
        right = o.speaker_right
        if right is not None and o.extracted:
            self.speaker_named += 1
            self.speaker_right += right
            self.speaker_wrong_error += (not right) and o.error

    def as_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "extracted": self.extracted,
            "verdicts": dict(sorted(self.verdicts.items())),
            "error_level": self.error,
            "warning_level": self.warning,
            "no_error": self.passed,
            "flagged": self.flagged,
            "speaker": {
                "named_and_extracted": self.speaker_named,
                "right": self.speaker_right,
                "wrong_with_error": self.speaker_wrong_error,
            },
        }


def score(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """Per label: verdicts, levels, speaker accuracy; per error-level verdict: precision; the
    false-error rate on faithful quotes; the attribution step's figures."""
    per_label: dict[str, Bucket] = {}
    for o in outcomes:
        if o.label.label == "skip":
            continue
        per_label.setdefault(o.label.label, Bucket()).add(o)
    errors: dict[str, Counter[str]] = {}
    for o in outcomes:
        if o.label.label == "skip" or not o.error:
            continue
        right = o.label.label in ERROR_VERDICT_RIGHT.get(o.verdict, ())
        errors.setdefault(o.verdict, Counter())["right" if right else "wrong"] += 1
    precision = {
        v: {
            "n": c["right"] + c["wrong"],
            "right": c["right"],
            "precision": round(c["right"] / (c["right"] + c["wrong"]), 4),
        }
        for v, c in sorted(errors.items())
    }
    verdicts: dict[str, dict[str, Counter[str]]] = {}
    for o in outcomes:
        if o.label.label == "skip" or not o.extracted:
            continue
        level = o.level if o.level in ("error", "warning") else "none"
        for bucket in ("all", level):
            c = verdicts.setdefault(o.verdict, {}).setdefault(bucket, Counter())
            c["n"] += 1
            c["right"] += o.right
    faithful = per_label.get("faithful", Bucket())
    other = per_label.get("other_occasion", Bucket())
    altered = per_label.get("altered", Bucket())
    scored = [o for o in outcomes if o.label.label != "skip"]
    attribution = attribution_step(scored)
    return {
        "quotes": len(scored),
        "skipped": len(outcomes) - len(scored),
        "labels": {k: per_label[k].as_dict() for k in sorted(per_label)},
        "error_precision": precision,
        "verdict_precision": {
            v: {lv: {"n": c["n"], "right": c["right"]} for lv, c in sorted(by.items())}
            for v, by in sorted(verdicts.items())
        },
        "targets": {
            "faithful_pass_rate": _rate(faithful.passed, faithful.n),
            "faithful_error_findings": faithful.error,
            "faithful_unaccused_rate": _rate(
                faithful.n - sum(faithful.verdicts[v] for v in ACCUSING), faithful.n
            ),
            "faithful_false_error_rate": _rate(faithful.error, faithful.n),
            "other_occasion_altered_or_misattributed": sum(
                other.verdicts[v] for v in ("altered", "misattributed")
            ),
            "misattributed_precision": precision.get("misattributed", {}).get("precision"),
            "fabricated_precision": precision.get("fabricated", {}).get("precision"),
            "misattributed_raised": _raised(verdicts, "misattributed"),
            "fabricated_raised": _raised(verdicts, "fabricated"),
            "altered_flagged_rate": _rate(altered.flagged, altered.n),
        },
        "attribution": attribution,
    }


def attribution_step(outcomes: Iterable[Outcome]) -> dict[str, Any]:
    """The speaker quotecheck resolved against the one the article names, and what the wrong
    ones cost: error-level findings on quotes whose speaker was resolved wrongly."""
    named = [o for o in outcomes if o.extracted and o.speaker_right is not None]
    right = [o for o in named if o.speaker_right]
    wrong = [o for o in named if not o.speaker_right]
    return {
        "named_and_extracted": len(named),
        "right": len(right),
        "accuracy": _rate(len(right), len(named)),
        "wrong": len(wrong),
        "wrong_none": sum(1 for o in wrong if not o.speaker),
        "errors_with_wrong_speaker": sum(1 for o in wrong if o.error),
        "errors_with_right_speaker": sum(1 for o in right if o.error),
        "verdicts_when_wrong": dict(sorted(Counter(o.verdict for o in wrong).items())),
    }


def _raised(verdicts: dict[str, dict[str, Counter[str]]], verdict: str) -> dict[str, int]:
    """How often ``verdict`` was given at any level, and how often rightly."""
    c = verdicts.get(verdict, {}).get("all", Counter())
    return {"n": c["n"], "right": c["right"]}


def _rate(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _highest(findings: Iterable[Any]) -> str:
    """The highest level of ``findings``: ``error``, ``warning``, ``info`` or ``none``."""
    levels = {f.level.value for f in findings}
    return next((lv for lv in ("error", "warning", "info") if lv in levels), "none")


def shipped_level(o: Outcome, threshold: float) -> str:
    """The level of an outcome under the shipped calibration table with ``error-confidence``
    ``threshold``: its ladder level through ``calibration.calibrated_level`` (the decision
    ``set_levels`` makes, so it equals a fresh run's).  An outcome without a ladder level (a
    file written before ``ladder_level`` was recorded) starts from its level as run, which
    can then only be lowered: an error the old table made a warning stays one.  An outcome
    without a cell goes by its confidence alone (none: it keeps its level)."""
    from quotecheck.models import Level
    from quotecheck.score.calibration import calibrated_level

    level = o.level if o.ladder_level is None else o.ladder_level
    if level != "error":
        return level
    if not o.key:
        return level if o.confidence is None or o.confidence >= threshold else "warning"
    explicit = True if o.ladder_level is None or o.explicit is None else o.explicit
    return calibrated_level(Level.ERROR, o.key, threshold, explicit=explicit).value


def outcome_for(label: Label, results: Sequence[Any], threshold: float | None = None) -> Outcome:
    """The quote quotecheck extracted over the labelled span (largest overlap), as an outcome.

    ``results`` are checked with ``error-confidence`` 0 (their levels the ladder's own:
    ``ladder_level``); with ``threshold``, ``level`` is the highest level
    ``calibration.set_levels`` gives their findings under it (the shipped levels), else the
    ladder's."""
    best = None
    best_overlap = 0
    for q in results:
        overlap = min(q.end, label.end) - max(q.start, label.start)
        if overlap > best_overlap:
            best, best_overlap = q, overlap
    if best is None or best_overlap * 2 < (label.end - label.start):
        return Outcome(label, extracted=False)
    ladder = level = _highest(best.findings)
    key, explicit = "", None
    if hasattr(best, "attribution"):
        from quotecheck.lang import get_language
        from quotecheck.score.calibration import calibration_key, set_levels
        from quotecheck.score.checks.speaker import explicit_attribution
        from quotecheck.score.result import VERDICT_CODES

        lang = get_language("en")
        explicit = explicit_attribution(best.attribution, lang)
        key = calibration_key(best.verdict, tuple(best.edits), explicit, lang)
        if threshold is not None:
            code = VERDICT_CODES.get(best.verdict)
            got = set_levels(
                list(best.findings), key, threshold, verdict_code=code, explicit=explicit
            )
            level = _highest(got.findings)
    return Outcome(
        label,
        extracted=True,
        verdict=best.verdict.value,
        level=level,
        codes=tuple(best.codes),
        speaker=best.speaker,
        confidence=getattr(best, "confidence", None),
        key=key,
        ladder_level=ladder,
        explicit=explicit,
    )
