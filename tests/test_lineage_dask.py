"""Lineage on Dask batch records: the same groups as in process, from shuffles.

The synthetic archive of ``benchmarks/lineage`` (records generated directly, with quotes that
lost their match and translations) goes through :func:`quotecheck.lineage.dask.lineage_of_records`
with the synchronous scheduler and then through :func:`quotecheck.lineage.build_lineage`; the
example archive goes through ``check_batch`` with dates in the article metadata.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe", reason="dask[dataframe] is not installed (extra 'dask')")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (extra 'dask')")

import dask
import dask.dataframe as dd

import quotecheck.dask as qd
from benchmarks.lineage.__main__ import evaluate
from benchmarks.lineage.generate import generate
from quotecheck.batch import BatchIndex, check_batch
from quotecheck.errors import InputError, LanguageNotSupported
from quotecheck.lineage import build_lineage
from quotecheck.lineage.dask import lineage_of_records
from quotecheck.lineage.renderings import from_record

ARCHIVE = Path(__file__).resolve().parents[1] / "examples" / "archive"
DATES = ["2026-04-03", "2026-04-04", "2026-04-05", "2026-04-06", "2026-04-07"]


@pytest.mark.parametrize(("partitions", "seed"), [(1, 1), (3, 2), (5, 3)])
def test_dask_gives_the_in_process_groups(partitions: int, seed: int) -> None:
    archive = generate(600, seed=seed, per_passage=30, unmatched=0.1, translated=0.05)
    local = build_lineage(
        [r for rec in archive.records if (r := from_record(rec)) is not None],
        sources=archive.sources,
    )
    records = dd.from_pandas(qd.records_frame(archive.records), npartitions=partitions)
    with dask.config.set(scheduler="sync"):
        remote = lineage_of_records(records, sources=archive.sources)
    assert remote.groups == local.groups
    assert remote.renderings == 600 and remote.articles == 600
    scores = evaluate(archive, remote)
    assert scores["origin_dated"]["precision"] >= 0.95
    assert scores["origin_dated"]["recall"] >= 0.95
    assert scores["grouping"] >= 0.95


def test_example_archive_on_batch_records() -> None:
    index = BatchIndex.from_paths([ARCHIVE / "sources" / "reservoir-statement.md"])
    paths = sorted((ARCHIVE / "articles").iterdir())
    articles = [
        {"id": str(p), "path": str(p), "metadata": {"date": d}}
        for p, d in zip(paths, DATES, strict=True)
    ]
    frame = qd.records_frame(check_batch(articles, index))
    with dask.config.set(scheduler="sync"):
        report = lineage_of_records(
            dd.from_pandas(frame, npartitions=2),
            sources={s.path or s.id: s.text for s in index.sources},
        )
    wire = next(g for g in report.groups if "tariff" in g.span.text).variants[0]
    assert Path(wire.origin.path).name == "01-wire.md"
    assert wire.origin.date_from == "metadata"
    assert {Path(c.article.path).name: c.relation for c in wire.copies} == {
        "02-copy.md": "same-words",
        "03-kopie.html": "translation",
    }


def test_batch_records_carry_the_date_the_article_declares() -> None:
    index = BatchIndex.from_paths([ARCHIVE / "sources" / "reservoir-statement.md"])
    paths = sorted((ARCHIVE / "articles").iterdir())
    given = [{"id": str(p), "path": str(p)} for p in paths]
    given[0]["metadata"] = {"date": "2020-01-01"}  # the input's date wins
    frame = qd.records_frame(check_batch(given, index))
    dates = {
        Path(a).name: json.loads(m)["date"]
        for a, m in zip(frame["article_id"], frame["metadata"], strict=True)
    }
    assert dates == {
        "01-wire.md": "2020-01-01",
        **{Path(p).name: d for p, d in zip(paths[1:], DATES[1:], strict=True)},
    }


def test_a_record_in_a_language_without_data_is_e301() -> None:
    archive = generate(40, seed=4, per_passage=10, unmatched=0.0, translated=0.0)
    records = [dict(r) for r in archive.records]
    odd = next(r for r in records if r["record"] == "quote")
    odd["language"] = "it"
    frame = dd.from_pandas(qd.records_frame(records), npartitions=2)
    with dask.config.set(scheduler="sync"), pytest.raises(LanguageNotSupported) as raised:
        lineage_of_records(frame, sources=archive.sources)
    assert raised.value.path == odd["article_id"] and raised.value.code == "E301"


@pytest.mark.parametrize("form", ["parquet", "jsonl"])
def test_a_malformed_record_read_from_a_file_is_e100_naming_it(tmp_path: Path, form: str) -> None:
    """A Parquet data set of ``quotecheck batch`` with one record's ``segments`` not JSON, and a
    JSON-lines file (no schema) with one record's ``start`` not a number: the lineage stops with
    the coded error naming the article, the record and the field (the first bad record stops it,
    as a record in a language without data does)."""
    archive = generate(40, seed=4, per_passage=10, unmatched=0.0, translated=0.0)
    records = [dict(r) for r in archive.records]
    odd = next(r for r in records if r["record"] == "quote")
    field = "segments" if form == "parquet" else "start"
    odd[field] = "[{" if form == "parquet" else "zehn"
    if form == "parquet":
        qd.records_frame(records).to_parquet(tmp_path / "results.parquet")
        frame = dd.read_parquet(tmp_path / "results.parquet")
    else:
        path = tmp_path / "results.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        frame = dd.read_json(path, lines=True, blocksize=None)
    with dask.config.set(scheduler="sync"), pytest.raises(InputError) as raised:
        lineage_of_records(frame, sources=archive.sources)
    assert raised.value.code == "E100" and raised.value.path == odd["article_id"]
    assert f"(quote_index {odd['quote_index']}, line {odd['line']}, " in str(raised.value)
    assert f"has a malformed {field}, {odd[field]!r}: " in str(raised.value)
