"""pandas and Dask for the two modules that run on Dask, :mod:`quotecheck.dask` (checking an
archive) and :mod:`quotecheck.lineage.dask` (lineage over its records): the libraries' handles,
a frame with fixed columns and dtypes, and what counts as a missing cell.

One home because the two modules sit side by side in one layer (neither may import the other)
and must agree: a cell one reads as missing, the other must too.  Dask and pandas ship partial
or no type information: they are typed as Any here, so mypy --strict needs no per-module
overrides and passes without the ``dask`` extra.  Importing this module needs the extra; its
layer (pyproject.toml) keeps every module below the Dask ones from importing it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from typing import Any

dask: Any = importlib.import_module("dask")
dd: Any = importlib.import_module("dask.dataframe")
pd: Any = importlib.import_module("pandas")

__all__ = ["dask", "dd", "is_missing", "pd", "typed_frame"]


def typed_frame(rows: Iterable[Mapping[str, Any]], dtypes: Mapping[str, str]) -> Any:
    """A pandas frame of ``rows`` with exactly the columns of ``dtypes``, in its order, each of
    its dtype (a key a row lacks is a missing cell; a key ``dtypes`` lacks is dropped)."""
    frame = pd.DataFrame.from_records(list(rows), columns=list(dtypes))
    return frame.astype(dict(dtypes))


def is_missing(value: Any) -> bool:
    """Whether a cell holds no value: None, NaN, pandas' NA or NaT.  An array or another
    container is a value (``pd.isna`` of it is an array, whose truth is undefined)."""
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
