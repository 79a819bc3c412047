"""quotecheck.frames: the one reading of a missing cell and of a typed frame that
quotecheck.dask (checking) and quotecheck.lineage.dask (lineage) share.

Skipped with a reason when dask[dataframe] is not installed (the ``dask`` extra).
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("dask.dataframe", reason="dask[dataframe] is not installed (extra 'dask')")

import numpy as np
import pandas as pd

import quotecheck.dask as qd
import quotecheck.lineage.dask as lineage_dask
from quotecheck.frames import is_missing, typed_frame


@pytest.mark.parametrize(
    "value",
    [None, float("nan"), np.float64("nan"), pd.NA, pd.NaT],
    ids=["None", "nan", "numpy-nan", "pandas-NA", "NaT"],
)
def test_no_value_is_missing(value: Any) -> None:
    assert is_missing(value)


@pytest.mark.parametrize(
    "value",
    [0, 0.0, False, "", "n/a", np.int64(3), [1, 2], np.array([np.nan, 1.0]), {"date": None}],
    ids=["zero", "zero-float", "false", "empty-text", "text", "numpy-int", "list", "array", "dict"],
)
def test_a_value_is_not_missing(value: Any) -> None:
    """Falsy values and containers (even one holding NaN) are values: ``pd.isna`` of a
    container is an array, whose truth is undefined, and is not read as missing."""
    assert not is_missing(value)


DTYPES = {"id": "string", "n": "Int64", "ok": "boolean"}


def _plain(value: Any) -> Any:
    if is_missing(value):
        return None
    return value.item() if hasattr(value, "item") else value  # numpy scalars → Python


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([], []),
        ([{"id": "a", "n": 1, "ok": True}], [("a", 1, True)]),
        # a key a row lacks is a missing cell; a key the dtypes lack is dropped; order is kept
        ([{"ok": False, "id": "b", "extra": 9}], [("b", None, False)]),
        (
            [{"id": "c", "n": None, "ok": None}, {"id": "d", "n": 2}],
            [("c", None, None), ("d", 2, None)],
        ),
    ],
    ids=["empty", "full-row", "lacking-and-extra-keys", "nulls"],
)
def test_typed_frame_has_the_columns_and_dtypes_given(
    rows: list[dict[str, Any]], expected: list[tuple[Any, ...]]
) -> None:
    frame = typed_frame(rows, DTYPES)
    assert list(frame.columns) == list(DTYPES)
    assert {c: str(t) for c, t in frame.dtypes.items()} == DTYPES
    assert [tuple(map(_plain, row)) for row in frame.itertuples(index=False)] == expected


def test_the_two_dask_modules_read_cells_alike() -> None:
    """One home: checking and lineage cannot disagree on what is missing."""
    assert qd.is_missing is lineage_dask.is_missing is is_missing
    assert qd.typed_frame is lineage_dask.typed_frame is typed_frame
