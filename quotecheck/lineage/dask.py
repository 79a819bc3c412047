"""Quote lineage over an archive on Dask: the batch records in, groups out, in shuffles.

The input is the data frame :func:`quotecheck.dask.check_bag` (or a Parquet data set written
by ``quotecheck batch``) gives: one row per quote, with the article's metadata (its ``date``)
as JSON.  No step compares all pairs of quotes:

1. **prepare** (``map_partitions``): each quote row becomes a rendering (serialised), with its
   matched source and span, and its LSH band keys (:func:`quotecheck.lineage.grouping.band_keys`).
2. **group by source span** (shuffle 1, on the matched source): every rendering of one source
   lands in one partition, where the span sweep of :func:`~quotecheck.lineage.grouping.span_groups`
   names the groups.  O(n) rows moved, O(k log k) per source of k renderings.
3. **join quotes without a counterpart** (only when there are any; shuffle 2, on the band key):
   the renderings of one bucket are verified pairwise (at least one unmatched, a bucket capped
   at :data:`~quotecheck.lineage.grouping.BUCKET_CAP`), giving the edges.  The edges, and the
   groups of the matched renderings they touch, are small and go to the client, where
   :func:`~quotecheck.lineage.grouping.components` joins them; the result is one small
   mapping (unmatched rendering → group) sent back with the next step.
4. **analyse** (shuffle 3, on the group id): each group's lineage
   (:func:`~quotecheck.lineage.tree.analyse_group`), one row per group with its JSON.

Three shuffles of O(n) rows each (the second only of the band keys and quote texts, eight rows
per rendering), so the cost grows linearly with the number of quotes; the largest single task
is the largest source's sweep (a source quoted a million times is one task: sort, not pairs).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from quotecheck._version import __version__
from quotecheck.errors import QuotecheckError
from quotecheck.frames import dask, dd, is_missing, typed_frame
from quotecheck.lineage.build import group_sort_key
from quotecheck.lineage.grouping import (
    band_keys,
    candidate_pairs,
    components,
    span_group_id,
    span_groups,
    verify,
)
from quotecheck.lineage.model import Group, LineageReport, Rendering
from quotecheck.lineage.renderings import from_record
from quotecheck.lineage.tree import analyse_group

__all__ = ["lineage_frame", "lineage_of_records"]

_PREPARED = {
    "key": "string",
    "source": "string",
    "source_start": "Int64",
    "source_end": "Int64",
    "text": "string",
    "translated": "boolean",
    "rendering": "string",
    "article": "string",
    "error": "string",
}
"""A rendering per quote row; with ``keep_going``, a row for each record that raised a coded
error instead (only ``article``, when the record names one, and ``error`` set)."""
_ASSIGNED = {"key": "string", "group": "string", "rendering": "string"}
_BANDS = {"band": "string", "key": "string", "matched": "boolean", "text": "string"}
_EDGES = {"a": "string", "b": "string"}
_GROUPS = {"group": "string", "sort": "string", "json": "string"}


def _prepare(part: Any, keep_going: bool) -> Any:
    rows: list[dict[str, Any]] = []
    for record in part.to_dict("records"):
        clean = {k: (None if is_missing(v) else v) for k, v in record.items()}
        try:
            r = from_record(clean)
        except QuotecheckError as exc:
            if not keep_going:
                raise
            article = clean.get("article_id")
            rows.append({"article": None if article == "" else article, "error": str(exc)})
            continue
        if r is None:
            continue
        rows.append(
            {
                "key": r.key,
                "source": r.source,
                "source_start": r.source_start,
                "source_end": r.source_end,
                "text": r.text,
                "translated": r.translated,
                "rendering": r.model_dump_json(),
                "article": r.article,
            }
        )
    return typed_frame(rows, _PREPARED)


def _columns(part: Any, *names: str) -> list[list[Any]]:
    """Columns as Python lists (grouping in Python: a pandas group-by per bucket costs more
    than the work in it)."""
    return [[None if is_missing(v) else v for v in part[n].tolist()] for n in names]


def _sweep(part: Any) -> Any:
    by_source: dict[str, list[tuple[str, int, int, str]]] = defaultdict(list)
    for key, source, start, end, rendering in zip(
        *_columns(part, "key", "source", "source_start", "source_end", "rendering"), strict=True
    ):
        by_source[str(source)].append((str(key), int(start), int(end), str(rendering)))
    rows = []
    for source in sorted(by_source):
        members = by_source[source]
        extents = span_groups((k, a, b) for k, a, b, _ in members)
        for key, _, _, rendering in members:
            start, end = extents[key]
            rows.append(
                {"key": key, "group": span_group_id(source, start, end), "rendering": rendering}
            )
    return typed_frame(rows, _ASSIGNED)


def _bands(part: Any) -> Any:
    rows = []
    for key, source, text, translated in zip(
        *_columns(part, "key", "source", "text", "translated"), strict=True
    ):
        if translated is True:
            continue
        for band in band_keys(str(text)):
            rows.append({"band": band, "key": key, "matched": source is not None, "text": text})
    return typed_frame(rows, _BANDS)


def _bucket_edges(part: Any) -> Any:
    buckets: dict[str, list[tuple[str, bool, str]]] = defaultdict(list)
    for band, key, matched, text in zip(
        *_columns(part, "band", "key", "matched", "text"), strict=True
    ):
        buckets[str(band)].append((str(key), bool(matched), str(text)))
    edges: set[tuple[str, str]] = set()
    for band in sorted(buckets):
        members = buckets[band]
        if all(matched for _, matched, _ in members):
            continue  # nothing to join: matched quotes are grouped by their spans
        texts = {k: t for k, _, t in members}
        for a, b in candidate_pairs(members):
            if (a, b) not in edges and verify(texts[a], texts[b]):
                edges.add((a, b))
    return typed_frame([{"a": a, "b": b} for a, b in sorted(edges)], _EDGES)


def _unmatched(part: Any, extra: Mapping[str, str]) -> Any:
    rows = [
        {"key": key, "group": extra.get(str(key), f"similar:{key}"), "rendering": rendering}
        for key, rendering in zip(part["key"], part["rendering"], strict=True)
    ]
    return typed_frame(rows, _ASSIGNED)


def _analyse(part: Any, sources: Mapping[str, str] | None) -> Any:
    by_group: dict[str, list[str]] = defaultdict(list)
    for gid, rendering in zip(*_columns(part, "group", "rendering"), strict=True):
        by_group[str(gid)].append(str(rendering))
    rows = []
    for gid in sorted(by_group):
        renderings = [Rendering.model_validate_json(j) for j in by_group[gid]]
        how = "similarity" if gid.startswith("similar:") else "source-span"
        group = analyse_group(gid, renderings, sources, how)
        sort = json.dumps(group_sort_key(group))
        rows.append({"group": gid, "sort": sort, "json": group.model_dump_json()})
    return typed_frame(rows, _GROUPS)


def lineage_frame(
    records: Any,
    *,
    sources: Mapping[str, str] | None = None,
    npartitions: int | None = None,
) -> Any:
    """A Dask data frame with one row per group (``group``, ``sort``, ``json``: the
    :class:`~quotecheck.lineage.model.Group` as JSON) from a data frame of batch records.

    ``sources`` maps source names (as in ``match_source``) to their text (for elided words,
    sentence boundaries and titles; without it those are judged from the matched words).  The
    span grouping and the analysis are lazy; the similarity join of quotes without a
    counterpart computes its (small) edge list on the client first, when there are any.  A
    record that raises a coded error stops the computation with it (:func:`lineage_of_records`
    leaves its article out instead and lists the error).
    """
    return _lineage(records, sources, npartitions, keep_going=False)[0]


def _lineage(
    records: Any, sources: Mapping[str, str] | None, npartitions: int | None, *, keep_going: bool
) -> tuple[Any, list[str]]:
    """:func:`lineage_frame`, and with ``keep_going`` the errors of the records that raised
    one: each such record's article is left out (all its quotes) and the others go on."""
    parts = npartitions or records.npartitions
    # kept in memory (on the workers with a distributed client): read by every later step
    prepared = records.map_partitions(
        _prepare, keep_going, meta=typed_frame([], _PREPARED)
    ).persist()
    errors: list[str] = []
    if keep_going:
        failed = prepared[~prepared["error"].isna()][["article", "error"]].compute()
        errors = [str(e) for e in failed["error"]]
        bad = sorted({str(a) for a in failed["article"].dropna()})
        prepared = prepared[prepared["error"].isna() & ~prepared["article"].isin(bad)]
    matched = prepared[~prepared["source"].isna()]
    unmatched = prepared[prepared["source"].isna()]
    assigned = matched.shuffle(on="source", npartitions=parts).map_partitions(
        _sweep, meta=typed_frame([], _ASSIGNED)
    )
    extra: dict[str, str] = {}
    if int(unmatched.shape[0].compute()) > 0:
        assigned = assigned.persist()  # looked up for the edges, then analysed
        bands = prepared.map_partitions(_bands, meta=typed_frame([], _BANDS))
        edges_frame = bands.shuffle(on="band", npartitions=parts).map_partitions(
            _bucket_edges, meta=typed_frame([], _EDGES)
        )
        edges = [(str(a), str(b)) for a, b in edges_frame.compute().itertuples(index=False)]
        touched = {k for edge in edges for k in edge}
        known = assigned[assigned["key"].isin(sorted(touched))][["key", "group"]].compute()
        group_of = dict(zip(known["key"].astype(str), known["group"].astype(str), strict=True))
        lonely = sorted(touched - set(group_of))
        extra = components(lonely, edges, group_of)
    joined = unmatched.map_partitions(_unmatched, extra, meta=typed_frame([], _ASSIGNED))
    everything = dd.concat([assigned, joined])
    groups = everything.shuffle(on="group", npartitions=parts).map_partitions(
        _analyse, sources, meta=typed_frame([], _GROUPS)
    )
    return groups, errors


def lineage_of_records(
    records: Any,
    *,
    sources: Mapping[str, str] | None = None,
    npartitions: int | None = None,
) -> LineageReport:
    """The whole lineage of a Dask data frame of batch records, computed and collected.

    A record that raises a coded error (a language without data, no ``article_id``, a
    malformed field: :func:`~quotecheck.lineage.renderings.from_record`) leaves its article out,
    as an article that could not be checked is, and its error is listed in the report's
    ``errors``; the other articles are traced.  (:func:`lineage_frame`, lazy and with no place
    for errors, raises it.)
    """
    lazy, bad = _lineage(records, sources, npartitions, keep_going=True)
    frame = lazy.compute()
    groups = _groups(frame["json"].astype(str))
    # records read without the schema (JSON lines) have no error column when no check failed
    unchecked = (
        records[records["record"] == "error"][["article_id", "error"]]
        if "error" in records.columns
        else None
    )
    articles, failed = dask.compute(records["article_id"].nunique(), unchecked)
    return LineageReport(
        version=__version__,
        articles=int(articles),
        renderings=sum(g.renderings for g in groups),
        groups=tuple(groups),
        errors=(
            *(f"{a}: {e}" for a, e in ([] if failed is None else failed.itertuples(index=False))),
            *bad,
        ),
    )


def _groups(texts: Iterable[str]) -> list[Group]:
    groups = [Group.model_validate_json(t) for t in texts]
    groups.sort(key=group_sort_key)
    return groups
