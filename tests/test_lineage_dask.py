"""Lineage on Dask batch records: the same groups as in process, from shuffles.

The synthetic archive of ``benchmarks/lineage`` (records generated directly, with quotes that
lost their match and translations) goes through :func:`quotecheck.lineage.dask.lineage_of_records`
with the synchronous scheduler and then through :func:`quotecheck.lineage.build_lineage`; the
example archive goes through ``check_batch`` with dates in the article metadata.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
from quotecheck.lineage.dask import lineage_frame, lineage_of_records
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


def _odd_one_out(
    change: dict[str, object], form: str, tmp_path: Path
) -> tuple[Any, dict[str, Any], list[dict[str, Any]], Any]:
    """The synthetic archive with ``change`` made to its first quote record, as a Dask frame
    (from memory, a Parquet data set or a JSON-lines file); the frame, the changed record, the
    records and the archive."""
    archive = generate(40, seed=4, per_passage=10, unmatched=0.0, translated=0.0)
    records = [dict(r) for r in archive.records]
    odd = next(r for r in records if r["record"] == "quote")
    odd.update(change)
    if form == "memory":
        frame = dd.from_pandas(qd.records_frame(records), npartitions=2)
    elif form == "parquet":
        qd.records_frame(records).to_parquet(tmp_path / "results.parquet")
        frame = dd.read_parquet(tmp_path / "results.parquet")
    else:
        path = tmp_path / "results.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        frame = dd.read_json(path, lines=True, blocksize=None)
    return frame, odd, records, archive


def _without_article(records: list[dict[str, Any]], article: object) -> Any:
    kept = [r for r in records if r["article_id"] != article]
    return dd.from_pandas(qd.records_frame(kept), npartitions=2)


def test_a_record_in_a_language_without_data_is_e301(tmp_path: Path) -> None:
    """Its article is left out and named under errors, as an article the check could not
    read; the others are traced as if it were not there.  The lazy frame raises the error."""
    frame, odd, records, archive = _odd_one_out({"language": "it"}, "memory", tmp_path)
    with dask.config.set(scheduler="sync"):
        report = lineage_of_records(frame, sources=archive.sources)
        expected = lineage_of_records(
            _without_article(records, odd["article_id"]), sources=archive.sources
        )
        with pytest.raises(LanguageNotSupported) as raised:
            lineage_frame(frame, sources=archive.sources).compute()
    assert raised.value.path == odd["article_id"] and raised.value.code == "E301"
    assert len(report.errors) == 1 and report.errors[0].startswith(f"{odd['article_id']}: ")
    assert report.errors[0].endswith("[E301]")
    assert report.groups == expected.groups and report.renderings == expected.renderings


@pytest.mark.parametrize("form", ["parquet", "jsonl"])
def test_a_malformed_record_read_from_a_file_is_e100_naming_it(tmp_path: Path, form: str) -> None:
    """A Parquet data set of ``quotecheck batch`` with one record's ``segments`` not JSON, and a
    JSON-lines file (no schema) with one record's ``start`` not a number: the coded error names
    the article, the record and the field; its article is left out and the others traced."""
    field, value = ("segments", "[{") if form == "parquet" else ("start", "zehn")
    frame, odd, records, archive = _odd_one_out({field: value}, form, tmp_path)
    with dask.config.set(scheduler="sync"):
        report = lineage_of_records(frame, sources=archive.sources)
        expected = lineage_of_records(
            _without_article(records, odd["article_id"]), sources=archive.sources
        )
        with pytest.raises(InputError) as raised:
            lineage_frame(frame, sources=archive.sources).compute()
    assert raised.value.code == "E100" and raised.value.path == odd["article_id"]
    (error,) = report.errors
    assert error == str(raised.value)
    assert error.startswith(f"{odd['article_id']}: a quote record ") and error.endswith("[E100]")
    assert f"(quote_index {odd['quote_index']}, line {odd['line']}, " in error
    assert f"has a malformed {field}, {value!r}: " in error
    assert report.groups == expected.groups and report.renderings == expected.renderings
    assert report.articles == expected.articles + 1


def test_a_record_without_an_article_id_is_listed_and_left_out(tmp_path: Path) -> None:
    """No article to leave out: the record alone is, and its error is listed."""
    frame, _, _, archive = _odd_one_out({"article_id": None}, "memory", tmp_path)
    with dask.config.set(scheduler="sync"):
        report = lineage_of_records(frame, sources=archive.sources)
        whole = lineage_of_records(
            dd.from_pandas(qd.records_frame(archive.records), npartitions=2),
            sources=archive.sources,
        )
    (error,) = report.errors
    assert "has no article_id" in error and error.endswith("[E100]")
    assert report.renderings == whole.renderings - 1
