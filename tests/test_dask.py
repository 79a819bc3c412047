"""quotecheck.dask and ``quotecheck batch`` on a real LocalCluster of two worker processes.

One cluster serves the whole module (started once, dashboard off).  Skipped with a reason when
dask or distributed is not installed (they come with the ``dask`` extra).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe", reason="dask[dataframe] is not installed (extra 'dask')")
pytest.importorskip("distributed", reason="distributed is not installed (extra 'dask')")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (extra 'dask')")

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from distributed import Client

import quotecheck
import quotecheck.dask as qd
from quotecheck import batch
from quotecheck.batch import BatchIndex, check_batch, record_sort_key, records_from_report
from quotecheck.cli import main

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::ResourceWarning")]

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "newsroom"
SOURCES = EXAMPLES / "sources"
ARTICLES = sorted(str(p) for p in (EXAMPLES / "articles").glob("*.md"))

STORIES = [
    '"The Eastport harbour plan will not be cancelled," Mara Lindqvist said on Tuesday.',
    '"We have heard the concerns of the fishing towns," the minister, Mara Lindqvist, said.',
    'Lindqvist said the quay "will serve 4,800 vessels a year".',
    '"We will build a second bridge next spring," Mara Lindqvist said.',
    "The minister spoke to reporters in Eastport. No quote here.",
]


def articles() -> list[dict[str, Any]]:
    """Generated stories, the example files by path, and a bad article in the middle."""
    gen = [
        {"id": f"gen-{i:02d}", "text": STORIES[i % len(STORIES)] + f"\n\nStory {i}.\n"}
        for i in range(10)
    ]
    files = [{"id": p, "path": p} for p in ARTICLES]
    return [*gen[:5], *files, {"id": "bad", "text": b"caf\xe9"}, *gen[5:]]


def plain(frame: Any) -> list[dict[str, Any]]:
    """A result frame as records with Python values (None for missing)."""
    out = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return sorted(out, key=record_sort_key)


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """The cluster ``quotecheck batch --scheduler local`` starts, with two workers."""
    with ExitStack() as stack:
        with warnings.catch_warnings():
            # "Port 8787 is already in use" when another cluster runs on the machine: harmless
            warnings.simplefilter("ignore", UserWarning)
            c = stack.enter_context(qd.connect("local", workers=2))
        yield c


@pytest.fixture
def unpickled(client: Client) -> Iterator[Callable[[], dict[str, int]]]:
    """How many :class:`BatchIndex` objects each worker unpickles during the test.

    A counting wrapper around ``BatchIndex.__setstate__`` (which pickle calls for every
    unpickled index) is put into each worker process and taken out afterwards, so the library
    keeps no counter of its own.  cloudpickle ships these local functions by value.
    """

    def install() -> None:
        from quotecheck.batch import BatchIndex as Index

        original = Index.__setstate__
        calls: list[None] = []

        def counting(self: Index, state: dict[str, Any]) -> None:
            calls.append(None)
            original(self, state)

        counting.__dict__.update(original=original, calls=calls)
        Index.__setstate__ = counting  # type: ignore[method-assign]

    def count() -> int:
        from quotecheck.batch import BatchIndex as Index

        return len(Index.__setstate__.__dict__["calls"])

    def remove() -> None:
        from quotecheck.batch import BatchIndex as Index

        Index.__setstate__ = Index.__setstate__.__dict__["original"]  # type: ignore[method-assign]

    client.run(install)
    try:
        yield lambda: client.run(count)
    finally:
        client.run(remove)


@pytest.fixture(scope="module")
def index() -> BatchIndex:
    return BatchIndex.from_directory(SOURCES)


@pytest.fixture(scope="module")
def expected(index: BatchIndex) -> list[dict[str, Any]]:
    return sorted(check_batch(articles(), index), key=record_sort_key)


def test_bag_on_two_workers_matches_single_process(
    client: Client, index: BatchIndex, expected: list[dict[str, Any]]
) -> None:
    frame = qd.check_bag(db.from_sequence(articles(), npartitions=4), index)
    result = frame.compute()
    assert list(result.columns) == list(batch.COLUMNS)
    assert dict(result.dtypes) == dict(qd.meta().dtypes)
    assert plain(result) == expected
    # the same as `quotecheck check` on the example files
    report = quotecheck.api.check(ARTICLES, sources=[str(SOURCES / "harbour-statement.txt")])
    single = [
        r for p, a in zip(ARTICLES, report.articles, strict=True) for r in records_from_report(p, a)
    ]
    got = [r for r in plain(result) if r["article_id"] in ARTICLES]
    assert got == sorted(single, key=record_sort_key)
    errors = [r for r in plain(result) if r["record"] == "error"]
    assert [(r["article_id"], r["error_code"]) for r in errors] == [("bad", "E103")]
    # both workers did work, each loaded the pipeline once and never rebuilt the index
    workers = client.run(
        lambda: len(__import__("quotecheck.extract.nlp").extract.nlp.loaded_pipelines())
    )
    assert len(workers) == 2 and all(n <= 1 for n in workers.values())


def test_partitioning_does_not_change_results(
    client: Client, index: BatchIndex, expected: list[dict[str, Any]]
) -> None:
    shared = qd.share_index(index, client)
    one = qd.check_bag(db.from_sequence(articles(), npartitions=1), shared).compute()
    three = qd.check_bag(db.from_sequence(articles(), npartitions=3), shared).compute()
    assert plain(one) == plain(three) == expected


def test_scattered_index_is_unpickled_once_per_worker(
    client: Client,
    index: BatchIndex,
    unpickled: Callable[[], dict[str, int]],
    tmp_path: Path,
) -> None:
    # An index no earlier test scattered (another fingerprint, so another key): this test's
    # scatter is the one that ships it, to every worker.
    fresh = BatchIndex(
        index.sources, index.settings.model_copy(update={"embedding_cache": tmp_path})
    )
    assert fresh.fingerprint != index.fingerprint
    shared = qd.share_index(fresh, client)
    # six partitions on two workers, each with idle spells between them
    qd.check_bag(db.from_sequence(articles(), npartitions=6), shared).compute()
    assert unpickled() == dict.fromkeys(client.scheduler_info()["workers"], 1)


def test_tasks_are_pure(index: BatchIndex) -> None:
    bag = db.from_sequence(articles(), npartitions=3)
    a, b = qd.check_bag(bag, index), qd.check_bag(bag, index)
    assert a.__dask_keys__() == b.__dask_keys__()
    assert len(a.__dask_keys__()) == 3


def test_dataframe_to_parquet(
    client: Client, index: BatchIndex, expected: list[dict[str, Any]], tmp_path: Path
) -> None:
    rows = [
        {
            "id": a["id"],
            "text": a.get("text") if isinstance(a.get("text"), str) else None,
            "path": a.get("path"),
            "desk": "coast",
        }
        for a in articles()
    ]
    frame = dd.from_pandas(pd.DataFrame(rows), npartitions=3)
    result = qd.check_dataframe(frame, index, path_column="path")
    out = tmp_path / "results.parquet"
    result.to_parquet(str(out), write_index=False)
    back = pd.read_parquet(out)
    records = plain(back)
    assert {r["metadata"] for r in records} == {'{"desk":"coast"}'}
    for r in records:
        r["metadata"] = None
    # the bad article had bytes in the bag; in a frame its text is missing
    errors = [r for r in records if r["record"] == "error"]
    assert [r["article_id"] for r in errors] == ["bad"]
    good = [r for r in records if r["record"] != "error"]
    assert good == [r for r in expected if r["record"] != "error"]


def test_cli_batch_on_the_cluster(client: Client, tmp_path: Path) -> None:
    out = tmp_path / "cli.parquet"
    address = client.scheduler.address
    pattern = str(EXAMPLES / "articles" / "*.md")
    code = main(
        ["batch", pattern, "--sources", str(SOURCES), "--scheduler", address, "-o", str(out)]
    )
    assert code == 0
    frame = pd.read_parquet(out)
    assert sorted(set(frame["article_id"])) == ARTICLES
    assert (frame["record"] == "quote").sum() == 12


def test_cli_batch_failing_mid_write_keeps_the_old_data_set(
    client: Client,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "cli.parquet"
    args = ["batch", str(EXAMPLES / "articles" / "*.md"), "--sources", str(SOURCES)]
    args += ["--scheduler", client.scheduler.address, "-o", str(out)]
    assert main(args) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    capsys.readouterr()

    def part(*earlier: Any) -> Any:
        if len(earlier) == 3:  # the disk fills up at the last part, after the others
            raise OSError(28, "No space left on device")
        return qd.records_frame([])

    def failing(bag: Any, index: Any) -> Any:
        first = [dask.delayed(part)() for _ in range(3)]
        return dd.from_delayed([*first, dask.delayed(part)(*first)], meta=qd.meta())

    monkeypatch.setattr(qd, "check_bag", failing)
    assert main(args) == 2
    err = capsys.readouterr().err
    assert f"{out}: cannot write the results: No space left on device" in err and "[E400]" in err
    assert "Traceback" not in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["cli.parquet"]  # no half-written folder


def test_cli_batch_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["batch", str(tmp_path / "*.md"), "--sources", str(tmp_path)])
    assert code == 2
    assert "no source files" in capsys.readouterr().err
