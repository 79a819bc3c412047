"""The minimum evidence for an error-level finding (#16, tenth session): a thin cell of a
verdict real news often gets wrong keeps no error; ample evidence does; the rule was chosen by
leave-one-article-out on the tuning split (``calibrate.select``)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from benchmarks.realnews import calibrate
from quotecheck.score.calibration import Calibration, keeps_error, parse_calibration


def _rows(
    key: str, n: int, right: int, *, article: str, split: str = "tuning", **extra: Any
) -> list[dict[str, Any]]:
    """``n`` outcome rows of cell ``key`` in ``article``, the first ``right`` of them right."""
    label = "altered" if key.partition(":")[0] in ("altered", "spliced") else "misattributed"
    return [
        {
            "quote": f"{article}:{i}-{i + 1}",
            "split": split,
            "label": label if i < right else "faithful",
            "key": key,
            "right": i < right,
            **extra,
        }
        for i in range(n)
    ]


REAL_NEWS = [
    # What real news shows of changed-quote verdicts: mostly transcript differences, not
    # alterations (some 35% right), spread over many articles.
    *(r for a in range(10) for r in _rows("altered:wording", 4, 1 + (a % 3 == 0), article=f"w{a}")),
    *_rows("altered:person", 10, 2, article="p"),
]


@pytest.mark.parametrize(
    ("cells", "key", "explicit", "kept"),
    [
        pytest.param([("altered:negation", 1, 1)], "altered:negation", True, False, id="1/1"),
        pytest.param([("altered:entity", 2, 2)], "altered:entity", True, False, id="2/2"),
        pytest.param([("spliced:modality", 1, 1)], "spliced:modality", True, False, id="spliced"),
        pytest.param([("altered:tense", 5, 5)], "altered:tense", True, False, id="5/5"),
        pytest.param(
            [("altered:negation", 60, 60)], "altered:negation", True, True, id="ample: 60/60"
        ),
        pytest.param(
            [("altered:negation", 60, 50)], "altered:negation", True, False, id="60, 50 right"
        ),
        pytest.param(
            [("misattributed:explicit", 2, 2)],
            "misattributed:explicit",
            True,
            False,
            id="an accusation seen twice",
        ),
        pytest.param(
            [("misattributed:explicit", 30, 30)],
            "misattributed:explicit",
            True,
            True,
            id="an accusation right 30 times",
        ),
        pytest.param(
            [("misattributed:inferred", 30, 30)],
            "misattributed:inferred",
            False,
            False,
            id="control: an inferred speaker stays doubt",
        ),
    ],
)
def test_a_cell_keeps_an_error_only_on_ample_evidence(
    cells: list[tuple[str, int, int]], key: str, explicit: bool, kept: bool
) -> None:
    rows = list(REAL_NEWS)
    for k, n, right in cells:
        rows += _rows(k, n, right, article=f"thin-{k}")
    table = parse_calibration(calibrate.fit(rows))
    assert keeps_error(key, 0.9, explicit=explicit, table=table) is kept, table.probability(key)


def test_the_shipped_table_is_fitted_by_the_rule() -> None:
    """Every counted cell of ``calibration.json`` holds what ``Calibration.estimate`` gives it:
    the fit writes the library's one rule, and a hand-edited ``p`` shows here."""
    text = resources.files("quotecheck").joinpath("data/calibration.json").read_text("utf-8")
    table = parse_calibration(json.loads(text))
    assert table.counts
    for key in table.counts:
        assert table.cells[key] == table.estimate(key), key


def _selection_rows() -> list[dict[str, Any]]:
    """Tuning outcomes (two arms each) where the flat prior lets a thin cell put an error on a
    held-out faithful quote, and an accusation cell is right in 12 articles."""
    out: list[dict[str, Any]] = []
    for _arm in ("cl", "decl"):  # one row per arm, as the benchmark pools them
        out += REAL_NEWS
        for a in ("t1", "t2"):
            out += _rows("altered:tense", 1, 1, article=a, ladder_level="error", explicit=True)
        out += _rows(
            "altered:tense", 1, 0, article="t3", ladder_level="error", explicit=True
        )  # a faithful quote
        for a in range(12):
            out += _rows(
                "misattributed:explicit", 1, 1, article=f"m{a}", ladder_level="error", explicit=True
            )
        # report rows that would change every count if they were read
        out += _rows("altered:tense", 6, 0, article="r1", split="report", ladder_level="error")
    return [{**o, "level": o.get("ladder_level", "warning")} for o in out]


@pytest.mark.parametrize(
    ("rule", "faithful", "false", "true"),
    [
        pytest.param("flat prior, weight 4 (before)", 2, 2, 24, id="before: a false error"),
        pytest.param("flat prior, n ≥ 5", 0, 0, 24, id="a minimum n"),
        pytest.param("toward the verdict's record, weight 4 (shipped)", 0, 0, 24, id="shipped"),
    ],
)
def test_leave_one_article_out_selection(rule: str, faithful: int, false: int, true: int) -> None:
    rows = _selection_rows()
    got = {r["rule"]: r for r in calibrate.select(rows)}
    assert (got[rule]["faithful"], got[rule]["false"], got[rule]["true"]) == (
        faithful,
        false,
        true,
    )


def test_the_selection_reads_the_tuning_split_only_and_ranks_as_documented() -> None:
    rows = _selection_rows()
    table = calibrate.select(rows)
    assert table == calibrate.select([o for o in rows if o["split"] == "tuning"])
    # fewest false errors on faithful quotes, then fewest false errors, most true, log loss
    ranks = [(r["faithful"], r["false"], -r["true"], r["log_loss"]) for r in table]
    assert ranks == sorted(ranks)
    order = [r["rule"] for r in table]
    assert order.index("toward the verdict's record, weight 4 (shipped)") < order.index(
        "flat prior, weight 4 (before)"
    )
    assert table[0]["quotes"] == sum(1 for o in rows if o["split"] == "tuning")
    md = calibrate.selection_markdown(table, 25)
    assert md.count("\n| ") == len(calibrate.CANDIDATES) + 1


@pytest.mark.parametrize(
    ("cell", "n", "right", "shown"),
    [
        pytest.param("misattributed:inferred", 60, 60, "→ warnings", id="inferred accusation"),
        pytest.param("misattributed:explicit", 60, 60, "kept", id="explicit accusation"),
        pytest.param("altered:negation", 60, 60, "kept", id="ample changed-quote cell"),
        pytest.param("altered:negation", 2, 2, "→ warnings", id="thin changed-quote cell"),
        pytest.param("translated", 60, 60, "(none raised)", id="a verdict that never fails"),
        pytest.param("normalized", 60, 60, "(none raised)", id="a quiet verdict"),
    ],
)
def test_the_reliability_table_says_what_keeps_error_decides(
    cell: str, n: int, right: int, shown: str
) -> None:
    """The *errors* column of ``docs/calibration.md`` is quotecheck's own decision
    (``keeps_error``) at the default ``error-confidence``, not a second copy of it."""
    rows = [*REAL_NEWS, *_rows(cell, n, right, article="cell")]
    table = calibrate.fit(rows)
    threshold = calibrate.default_threshold()
    md = calibrate.markdown(calibrate.reliability(rows, table), table, threshold)
    line = next(ln for ln in md.splitlines() if ln.startswith(f"| `{cell}`"))
    assert line.endswith(f"| {shown} |"), line
    explicit = not cell.endswith(":inferred")
    if shown != "(none raised)":
        kept = keeps_error(cell, threshold, explicit=explicit, table=parse_calibration(table))
        assert kept is (shown == "kept")


def test_the_default_threshold_is_the_settings_default() -> None:
    from quotecheck.score.settings import ScoreSettings

    assert calibrate.default_threshold() == ScoreSettings().error_confidence
    assert f"`error-confidence` of {calibrate.default_threshold()}" in calibrate.markdown(
        [], calibrate.fit(REAL_NEWS), calibrate.default_threshold()
    )


@pytest.mark.parametrize(
    ("key", "n", "right"),
    [
        pytest.param("altered:negation", 60, 60, id="a cell right 60 of 60"),
        pytest.param("altered:person", 30, 0, id="a cell wrong 30 of 30"),
        pytest.param("spliced:wording", 8, 8, id="the only cell of its verdict"),
        pytest.param("misattributed:explicit", 12, 12, id="an accusation"),
    ],
)
def test_a_cells_own_quotes_never_count_in_its_target(key: str, n: int, right: int) -> None:
    """A cell shrinks toward what real news showed of its verdict *without it*: its verdict's
    other cells, and its family's record, neither counting its own quotes a second time."""
    others = {
        "altered:wording": (40, 14),
        "altered:tense": (5, 4),
        "misattributed:inferred": (2, 2),
    }
    with_it = Calibration({}, 0.9, "", 0.5, {**others, key: (n, right)})
    without_it = Calibration({}, 0.9, "", 0.5, dict(others))
    verdict = key.partition(":")[0]
    assert with_it.record(verdict, without=key) == without_it.record(verdict)
    assert with_it.family(verdict, without=key) == without_it.family(verdict)


@pytest.mark.parametrize(
    ("n", "kept"),
    [
        pytest.param(9, False, id="9 of 9"),
        pytest.param(10, True, id="10 of 10"),
    ],
)
def test_an_accusations_bound_depends_on_its_verdicts_record(n: int, kept: bool) -> None:
    """``docs/verdicts.md``: with ``misattributed:inferred`` right 2 of 2 the record of
    ``misattributed:explicit`` is 0.67, so about 10 right quotes reach 0.9, not 16."""
    rows = [
        *REAL_NEWS,
        *_rows("misattributed:inferred", 2, 2, article="inferred"),
        *_rows("misattributed:explicit", n, n, article="explicit"),
    ]
    table = parse_calibration(calibrate.fit(rows))
    assert round(table.record("misattributed", without="misattributed:explicit"), 2) == 0.67
    assert keeps_error("misattributed:explicit", 0.9, explicit=True, table=table) is kept
