"""Calibration cells never seen on the real-news tuning split (#16, round three)."""

from __future__ import annotations

import pytest

from quotecheck.score.calibration import parse_calibration


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


@pytest.mark.parametrize(
    ("key", "p"),
    [
        pytest.param("altered:negation", 0.9333, id="a seen cell: its fit"),
        pytest.param(
            "paraphrased:entity", 0.72, id="weaker than a paraphrase shown wrong: no surer"
        ),
        pytest.param("paraphrased:wording", 0.72, id="a rewording: the weakest evidence"),
        pytest.param("altered:number", 0.9333, id="number: only negation is as strong"),
        pytest.param("altered:tense", (2 + 3.6) / 6, id="tense: pooled with negation"),
        pytest.param("spliced:negation", 0.9, id="no seen cell as strong: the prior"),
        pytest.param("narration_inserted", 0.9, id="a verdict never seen keeps the prior"),
        pytest.param("misattributed:explicit", 0.5, id="explicit is stronger than inferred"),
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
