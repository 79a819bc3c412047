"""Calibration cells never seen on the real-news tuning split (#16, round three)."""

from __future__ import annotations

import pytest

from quotecheck.score.calibration import parse_calibration

TABLE = {
    "prior": {"p": 0.9, "weight": 4.0, "accusation_p": 0.5},
    "cells": {"paraphrased:modality": {"p": 0.72}, "altered:negation": {"p": 0.93}},
    "verdicts": {"paraphrased": {"p": 0.72}, "altered": {"p": 0.3}},
}


@pytest.mark.parametrize(
    ("key", "p"),
    [
        pytest.param("altered:negation", 0.93, id="a seen cell: its fit"),
        pytest.param("paraphrased:entity", 0.72, id="unseen cell of a seen verdict: the verdict"),
        pytest.param("altered:number", 0.3, id="unseen cell of altered: altered pooled"),
        pytest.param("narration_inserted", 0.5, id="a verdict never seen: the accusation prior"),
        pytest.param("spliced:wording", 0.5, id="spliced never seen: the accusation prior"),
        pytest.param("misattributed:explicit", 0.5, id="an accusation never seen"),
        pytest.param("verbatim", 0.9, id="a verdict that never fails a build keeps the prior"),
        pytest.param("unverifiable", 0.9, id="unverifiable keeps the prior"),
    ],
)
def test_unseen_calibration_cells(key: str, p: float) -> None:
    assert parse_calibration(TABLE).probability(key) == pytest.approx(p)


def test_a_table_without_pooled_verdicts_reads_as_before() -> None:
    old = {k: v for k, v in TABLE.items() if k != "verdicts"}
    assert parse_calibration(old).probability("narration_inserted") == pytest.approx(0.9)
    assert parse_calibration(old).probability("fabricated:explicit") == pytest.approx(0.5)
