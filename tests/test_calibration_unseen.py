"""Calibration cells never seen on the real-news tuning split (#16, round three)."""

from __future__ import annotations

import pytest

from quotecheck.models import Finding, Level
from quotecheck.score.calibration import parse_calibration, set_levels


def _cell(n: int, right: int, prior: float = 0.9) -> dict[str, float]:
    return {"n": n, "right": right, "p": round((right + 4 * prior) / (n + 4), 4)}


TABLE = {
    "prior": {"p": 0.9, "weight": 4.0, "accusation_p": 0.5},
    "cells": {
        "paraphrased:modality": _cell(1, 0),
        "altered:negation": _cell(2, 2),
        "altered:wording": _cell(30, 6),
        "misattributed:inferred": _cell(2, 2, 0.5),
    },
}


FAMILY = (8 + 4 * 0.9) / (33 + 4)
"""Every seen cell of the verdicts that describe a changed quote (1 + 2 + 30 quotes, 0 + 2 + 6
right), shrunk toward the prior: what real news showed of such verdicts."""


@pytest.mark.parametrize(
    ("key", "p"),
    [
        pytest.param("altered:negation", 0.9333, id="a seen cell: its fit"),
        pytest.param(
            "paraphrased:entity", (0 + 4 * FAMILY) / 5, id="its verdict's record, toward the family"
        ),
        pytest.param("paraphrased:wording", (0 + 4 * FAMILY) / 5, id="any evidence alike"),
        pytest.param(
            "altered:number", (8 + 4 * FAMILY) / 36, id="number: every altered cell, not negation's"
        ),
        pytest.param("spliced:negation", FAMILY, id="a verdict with no seen cell: the family"),
        pytest.param("narration_inserted", FAMILY, id="a verdict never seen: the family, not 0.9"),
        pytest.param("misattributed:explicit", (2 + 2) / 6, id="accusations: toward their prior"),
        pytest.param("fabricated:inferred", 0.5, id="an accusation never seen: 0.5"),
        pytest.param("verbatim", 0.9, id="a verdict that never fails a build keeps the prior"),
    ],
)
def test_unseen_calibration_cells(key: str, p: float) -> None:
    assert parse_calibration(TABLE).probability(key) == pytest.approx(p, abs=1e-4)


def test_a_table_without_counts_reads_as_before() -> None:
    old = {"prior": TABLE["prior"], "cells": {"altered:negation": {"p": 0.93}}}
    assert parse_calibration(old).probability("paraphrased:entity") == pytest.approx(0.9)
    assert parse_calibration(old).probability("fabricated:explicit") == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("key", "p"),
    [
        pytest.param("paraphrased:entity", 0.8, id="an unseen cell of the changed-quote family"),
        pytest.param("altered:negation", 0.95, id="control: a cell of its own"),
        pytest.param("verbatim", 0.8, id="control: not a failing verdict"),
    ],
)
def test_a_table_of_weight_zero_without_counts(key: str, p: float) -> None:
    # Nothing seen and nothing to shrink toward the prior by: the family's record is the prior.
    table = {"prior": {"p": 0.8, "weight": 0}, "cells": {"altered:negation": {"p": 0.95}}}
    assert parse_calibration(table).probability(key) == pytest.approx(p)


def _finding(code: str, level: Level) -> Finding:
    return Finding(code=code, name="r", level=level, message="m", start=0, end=1, line=1, column=1)


SURE = {
    "prior": {"p": 0.9, "weight": 4.0, "accusation_p": 0.5},
    "cells": {
        "spliced:modality": _cell(1, 1),
        "altered:negation": _cell(6, 6),
        "altered:variant": _cell(8, 0),
        "misattributed:explicit": _cell(20, 20, 0.5),
        "misattributed:inferred": _cell(20, 20, 0.5),
    },
}
"""A table where every seen failing cell but the variant one is sure (all right)."""


@pytest.mark.parametrize(
    ("key", "code", "threshold", "explicit", "level", "why"),
    [
        pytest.param("altered:negation", "QC110", 0.9, True, Level.ERROR, "", id="seen and sure"),
        pytest.param(
            "spliced:person",
            "QC103",
            0.5,
            True,
            Level.WARNING,
            "no such verdict on real news yet",
            id="unseen: no error however high its borrowed record",
        ),
        pytest.param(
            "narration_inserted",
            "QC104",
            0.5,
            True,
            Level.WARNING,
            "no such verdict on real news yet",
            id="a verdict real news never produced",
        ),
        pytest.param(
            "spliced:person", "QC103", 0.0, True, Level.ERROR, "", id="threshold 0: ladder levels"
        ),
        pytest.param(
            "spliced:modality",
            "QC103",
            0.95,
            True,
            Level.WARNING,
            "of such verdicts were right",
            id="seen but below the threshold",
        ),
        pytest.param(
            "altered:variant",
            "QC101",
            0.0,
            True,
            Level.INFO,
            "two transcripts",
            id="transcript variants only: said, not raised",
        ),
        pytest.param(
            "misattributed:inferred",
            "QC201",
            0.9,
            False,
            Level.WARNING,
            "does not name the speaker",
            id="an accusation against an inferred speaker",
        ),
        pytest.param(
            "misattributed:explicit", "QC201", 0.9, True, Level.ERROR, "", id="explicit and sure"
        ),
    ],
)
def test_every_level_the_calibration_decides(
    key: str, code: str, threshold: float, explicit: bool, level: Level, why: str
) -> None:
    table = parse_calibration(SURE)
    got = set_levels(
        [_finding(code, Level.ERROR), _finding("QC202", Level.INFO)],
        key,
        threshold,
        verdict_code=code,
        explicit=explicit,
        table=table,
    ).findings
    assert got[0].level is level
    assert why in got[0].message
    assert got[1].level is Level.INFO


@pytest.mark.parametrize(
    ("key", "unseen_failing"),
    [
        pytest.param("altered:negation", False, id="seen"),
        pytest.param("altered:number", True, id="unseen, can fail a build"),
        pytest.param("misattributed:explicit", True, id="unseen accusation"),
        pytest.param("unverifiable", False, id="unseen, never fails a build"),
        pytest.param("verbatim", False, id="unseen describing verdict"),
    ],
)
def test_unseen_failing_is_the_one_test_of_borrowed_confidence(
    key: str, unseen_failing: bool
) -> None:
    table = parse_calibration(TABLE)
    assert table.unseen_failing(key) is unseen_failing
    # error_allowed and set_levels read this one test: an unseen failing cell never errs.
    if unseen_failing:
        assert not table.error_allowed(key, 0.01)


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param("“The ferry runs every hour,” Mara Lind said.", "verbatim", id="verbatim"),
        pytest.param("“The ferry runs every day,” Mara Lind said.", "altered", id="altered"),
        pytest.param(
            "“We never close the pier,” Mara Lind said.", "fabricated", id="not in the source"
        ),
    ],
)
def test_a_result_reports_the_confidence_its_levels_were_set_by(article: str, verdict: str) -> None:
    """A result's confidence is the one :func:`set_levels` decides its levels by (one place:
    tidy review item 4), under the threshold the scorer used; a capped error says it."""
    import quotecheck
    from quotecheck.lang import get_language
    from quotecheck.score.calibration import calibration_key, load_calibration

    source = quotecheck.make_source(
        "The ferry runs every hour. The fares stay.\n", id="lind.txt", speaker="Mara Lind"
    )
    (q,) = quotecheck.check_text(article, sources=[source]).quotes
    assert q.verdict.value == verdict
    key = calibration_key(q.verdict, q.edits, True, get_language("en"))
    levels = set_levels([], key, 0.0, verdict_code=None, explicit=True)
    assert q.confidence == levels.confidence == round(load_calibration().probability(key), 4)
    for f in q.findings:
        if "were right on real news" in f.message:
            assert f"{q.confidence:.0%} of such verdicts" in f.message


@pytest.mark.parametrize("threshold", [0.5, 0.9, 0.95])
@pytest.mark.parametrize("explicit", [True, False])
@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("altered:negation", "QC101"),
        ("altered:wording", "QC101"),
        ("altered:variant", "QC101"),
        ("spliced:person", "QC103"),
        ("misattributed:inferred", "QC201"),
        ("misattributed:explicit", "QC201"),
        ("fabricated:explicit", "QC301"),
    ],
)
def test_the_highest_level_from_the_ladders_is_what_set_levels_gives(
    key: str, code: str, explicit: bool, threshold: float
) -> None:
    """``calibrated_level`` of the highest level at ``error-confidence`` 0 is the highest level
    ``set_levels`` gives under ``threshold``: one decision (``keeps_error``), so an earlier
    run's ladder levels rescored under a new table equal a fresh run's."""
    from quotecheck.score.calibration import calibrated_level

    table = parse_calibration(TABLE)
    found = [_finding(code, Level.ERROR), _finding("QC202", Level.INFO)]

    def highest(fs: list[Finding]) -> Level:
        return max((f.level for f in fs), key=lambda lv: lv.rank)

    def at(t: float) -> list[Finding]:
        return set_levels(found, key, t, verdict_code=code, explicit=explicit, table=table).findings

    ladder = highest(at(0.0))
    assert calibrated_level(ladder, key, threshold, explicit=explicit, table=table) is highest(
        at(threshold)
    )
