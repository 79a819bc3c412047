"""Checking an archive on a Dask cluster: a bag or data frame of articles in, a data frame out.

The source index is built once on the client and shared once per worker, never shipped with
each task: :func:`share_index` scatters it to every worker with ``client.scatter(index,
broadcast=True)`` when a :class:`distributed.Client` is given, and otherwise wraps it in one
``dask.delayed`` graph key (named by the index's fingerprint) that every partition task depends
on, so each worker fetches it once and keeps it while it has tasks that need it.  Each partition
is one pure task running :func:`quotecheck.batch.check_batch`; the spaCy pipeline is loaded once
per worker process.  Because tasks are pure, a worker that dies is replaced and only its
partitions are recomputed, and results do not depend on the partitioning.

    from distributed import Client
    import quotecheck.dask as qd
    from quotecheck.batch import BatchIndex

    client = Client("tcp://scheduler:8786")
    index = qd.share_index(BatchIndex.from_directory("sources/"), client)
    bag = qd.read_articles(["archive/**/*.html"])
    qd.check_bag(bag, index).to_parquet("results.parquet", write_index=False)

Requires the ``dask`` extra (``dask[dataframe]``, ``distributed``, ``pyarrow``).
"""

from __future__ import annotations

import glob
import importlib
import logging
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotecheck.batch import (
    RECORD_SCHEMA,
    BatchIndex,
    check_batch,
    default_partition_size,
)
from quotecheck.errors import ConfigError, InputError, OutputError
from quotecheck.frames import dask, dd, is_missing, typed_frame
from quotecheck.paths import replacing

# Typed as Any for the reason quotecheck.frames gives; only this module uses them.
db: Any = importlib.import_module("dask.bag")
distributed: Any = importlib.import_module("distributed")

Client = Any
"""A :class:`distributed.Client` (typed loosely, see above)."""

__all__ = [
    "BatchSummary",
    "check_bag",
    "check_dataframe",
    "connect",
    "meta",
    "read_articles",
    "records_frame",
    "run_batch",
    "share_index",
    "warm_up",
]

_DTYPES: dict[str, str] = {
    "string": "string[pyarrow]",
    "int64": "Int64",
    "float64": "Float64",
    "bool": "boolean",
}


def meta() -> Any:
    """The empty frame that fixes the result's columns and dtypes (nullable everywhere)."""
    return records_frame([])


def records_frame(records: Sequence[Mapping[str, Any]]) -> Any:
    """Records of :func:`~quotecheck.batch.check_batch` as a pandas frame with the fixed
    schema (:data:`~quotecheck.batch.RECORD_SCHEMA`)."""
    return typed_frame(records, {name: _DTYPES[kind] for name, kind in RECORD_SCHEMA})


def _check_partition(articles: Iterable[Any], index: BatchIndex) -> Any:
    return records_frame(check_batch(articles, index))


def _frame_articles(
    part: Any,
    id_column: str,
    text_column: str | None,
    path_column: str | None,
    format_column: str | None,
    metadata_columns: Sequence[str],
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for row in part.to_dict("records"):
        item: dict[str, Any] = {"id": row.get(id_column)}
        if text_column is not None:
            item["text"] = row.get(text_column)
        if path_column is not None:
            item["path"] = row.get(path_column)
        if format_column is not None:
            item["format"] = row.get(format_column)
        item["metadata"] = {c: _plain(row.get(c)) for c in metadata_columns}
        out.append({k: (None if is_missing(v) else v) for k, v in item.items()})
    return out


def _plain(value: Any) -> Any:
    if is_missing(value):
        return None
    if hasattr(value, "item") and callable(value.item):
        try:
            return value.item()  # numpy scalars → Python numbers
        except (TypeError, ValueError):
            return str(value)
    return value


def _check_frame_partition(
    part: Any,
    index: BatchIndex,
    columns: tuple[str, str | None, str | None, str | None, tuple[str, ...]],
) -> Any:
    return records_frame(check_batch(_frame_articles(part, *columns), index))


def share_index(index: BatchIndex, client: Client | None = None) -> Any:
    """Make ``index`` available once per worker.

    With ``client``: ``client.scatter(index, broadcast=True)`` copies it to every worker up
    front and returns the future (keep it alive as long as you compute).  Without: a
    ``dask.delayed`` object of the index, one key in the graph that every partition task
    depends on, so it travels to each worker once and not with every task.  Either way it
    stays there only if the cluster's Active Memory Manager does not reduce replicas (Dask's
    default does; :func:`connect` starts its local cluster without it): otherwise a worker
    whose copy was dropped fetches and unpickles the index again.
    """
    if client is not None:
        return client.scatter(index, broadcast=True)
    return dask.delayed(index, name=f"quotecheck-index-{index.fingerprint}", traverse=False)


def _shared(index: Any) -> Any:
    return share_index(index) if isinstance(index, BatchIndex) else index


def check_bag(bag: Any, index: Any) -> Any:
    """Check a bag of articles (mappings with ``id`` and ``text`` or ``path``, or
    :class:`~quotecheck.batch.ArticleInput`) against ``index``: a :class:`BatchIndex`, or what
    :func:`share_index` returned.  One task per bag partition; the result has the fixed
    :func:`meta`, one row per quote (plus error and article-finding rows)."""
    shared = _shared(index)
    check = dask.delayed(_check_partition, pure=True)
    parts = [check(part, shared) for part in bag.to_delayed()]
    return dd.from_delayed(parts, meta=meta(), verify_meta=False)


def check_dataframe(
    frame: Any,
    index: Any,
    *,
    id_column: str = "id",
    text_column: str | None = "text",
    path_column: str | None = None,
    format_column: str | None = None,
    metadata_columns: Sequence[str] | None = None,
) -> Any:
    """Check a Dask data frame with one article per row against ``index``.

    ``metadata_columns`` (default: every column that is not the id, text, path or format)
    are carried into each record's ``metadata`` as JSON.  One task per partition.
    """
    named = {id_column, text_column, path_column, format_column} - {None}
    missing = sorted(str(c) for c in named if c not in frame.columns)
    if missing:
        raise ConfigError(f"the articles frame has no column(s) {', '.join(map(str, missing))}")
    if metadata_columns is None:
        metadata_columns = [c for c in frame.columns if c not in named]
    columns = (id_column, text_column, path_column, format_column, tuple(metadata_columns))
    shared = _shared(index)
    check = dask.delayed(_check_frame_partition, pure=True)
    parts = [check(part, shared, columns) for part in frame.to_delayed()]
    return dd.from_delayed(parts, meta=meta(), verify_meta=False)


def article_paths(patterns: Sequence[str]) -> list[str]:
    """Files matching the glob ``patterns`` (``**`` recurses), sorted and without duplicates."""
    found: set[str] = set()
    for pattern in patterns:
        matches = glob.glob(pattern, recursive=True)
        if not matches and not glob.has_magic(pattern) and Path(pattern).exists():
            matches = [pattern]
        found.update(m for m in matches if Path(m).is_file())
    return sorted(found)


def read_articles(
    patterns: Sequence[str], *, partition_size: int | None = None, workers: int = 1
) -> Any:
    """A bag of ``{"id": path, "path": path}`` for the files matching ``patterns``.

    Files are read by the task that checks them (on the worker: the paths must be readable
    there), so an unreadable file becomes an error record of that article.
    """
    paths = article_paths(patterns)
    if not paths:
        raise InputError(f"no article files match {' '.join(patterns)}")
    size = partition_size or default_partition_size(len(paths), workers)
    items = [{"id": p, "path": p} for p in paths]
    return db.from_sequence(items, partition_size=size)


@contextmanager
def connect(scheduler: str = "local", *, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or with ``"local"`` of a new cluster of
    ``workers`` single-threaded worker processes on this machine (default: one per CPU),
    started without Dask's Active Memory Manager so that the index :func:`share_index`
    broadcasts stays on every worker; closed (and the local cluster shut down) on exit."""
    cluster: Any = None
    if scheduler == "local":
        # The index is broadcast to every worker (share_index). Dask's Active Memory Manager
        # (its ReduceReplicas policy, on by default) drops all copies but one whenever no task
        # waits on a key, so a worker would fetch and unpickle the index again for its next task.
        with dask.config.set({"distributed.scheduler.active-memory-manager.start": False}):
            cluster = distributed.LocalCluster(
                n_workers=workers or None,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        client = distributed.Client(cluster)
    else:
        try:
            client = distributed.Client(scheduler, timeout="30s")
        except OSError as exc:
            raise ConfigError(f"cannot connect to the Dask scheduler {scheduler}: {exc}") from exc
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _prepare(index: BatchIndex) -> bool:
    index.prepare()
    return True


def warm_up(client: Client, index: Any) -> None:
    """Do each worker's one-off work now (load the spaCy pipeline), one task pinned to each
    worker, so that it is not counted against the first partitions.  Nothing that grows with
    the sources is done per worker: a source is embedded only when a quote needs it.
    ``index`` is what :func:`share_index` returned for ``client``, or a :class:`BatchIndex`."""
    shared = client.scatter(index, broadcast=True) if isinstance(index, BatchIndex) else index
    workers = list(client.scheduler_info().get("workers", {}))
    futures = [
        client.submit(_prepare, shared, workers=[w], allow_other_workers=False, pure=False)
        for w in workers
    ]
    client.gather(futures)


@dataclass
class BatchSummary:
    """What a :func:`run_batch` wrote."""

    output: str
    articles: int
    quotes: int
    errors: int
    findings: int
    partitions: int
    seconds: float
    verdicts: dict[str, int] = field(default_factory=dict)


def run_batch(
    patterns: Sequence[str],
    index: BatchIndex,
    *,
    client: Client,
    output: str | Path,
    partition_size: int | None = None,
) -> BatchSummary:
    """Check the files matching ``patterns`` on ``client``'s cluster and write Parquet.

    The index is scattered to every worker once; ``output`` is a Parquet data set (a folder of
    part files, one per partition), written beside it and moved into place only when complete
    (:func:`quotecheck.paths.replacing`), so a failed run leaves the previous data set as it
    was.  A disk or task that fails the writing raises
    :class:`~quotecheck.errors.OutputError` (E400) naming ``output``.
    """
    pq: Any = importlib.import_module("pyarrow.parquet")

    started = time.perf_counter()
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    bag = read_articles(patterns, partition_size=partition_size, workers=workers)
    shared = share_index(index, client)
    warm_up(client, shared)
    frame = check_bag(bag, shared)
    try:
        with replacing(Path(output), folder=True, keep_mode=True, follow_links=True) as tmp:
            frame.to_parquet(str(tmp), write_index=False)
    except OSError as exc:
        raise OutputError(
            f"cannot write the results: {exc.strerror or exc}; the previous data set, if any, "
            "is unchanged",
            path=str(output),
        ) from exc
    table = pq.read_table(str(output), columns=["article_id", "record", "verdict"])
    counts = Counter(table.column("record").to_pylist())
    verdicts = Counter(v for v in table.column("verdict").to_pylist() if v is not None)
    return BatchSummary(
        output=str(output),
        articles=len(article_paths(patterns)),
        quotes=counts.get("quote", 0),
        errors=counts.get("error", 0),
        findings=counts.get("finding", 0),
        partitions=bag.npartitions,
        seconds=time.perf_counter() - started,
        verdicts=dict(sorted(verdicts.items())),
    )
