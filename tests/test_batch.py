"""The engine-agnostic batch API: a picklable index built once, a pure batch function, flat
records; plus the Spark recipe of docs/scale-out.md in local mode (skipped without Java and
pyspark)."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

import quotecheck
from quotecheck import batch
from quotecheck.batch import (
    COLUMNS,
    RECORD_SCHEMA,
    ArticleInput,
    BatchIndex,
    check_batch,
    record_sort_key,
    records_from_report,
)
from quotecheck.config import Settings
from quotecheck.errors import InputError

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "newsroom"
SOURCES = EXAMPLES / "sources"
ARTICLES = sorted(str(p) for p in (EXAMPLES / "articles").glob("*.md"))

STORIES = [
    '"The Eastport harbour plan will not be cancelled," Mara Lindqvist said on Tuesday.',
    '"The Eastport harbour plan will be cancelled," Mara Lindqvist said on Tuesday.',
    'Lindqvist said the quay "will serve 4,800 vessels a year".',
    '"We will build a second bridge next spring," the minister, Mara Lindqvist, said.',
    "The minister spoke to reporters in Eastport. No quote here.",
    'Mayor Jonas Berg said: "The towns were never asked."',
]


def generated(n: int, start: int = 0) -> list[dict[str, Any]]:
    """Small articles that quote the example statement verbatim, altered, or not at all."""
    return [
        {"id": f"gen-{i:03d}", "text": STORIES[i % len(STORIES)] + f"\n\nStory number {i}.\n"}
        for i in range(start, start + n)
    ]


@pytest.fixture(scope="module")
def index() -> BatchIndex:
    return BatchIndex.from_directory(SOURCES)


def test_index_pickles_and_round_trips(index: BatchIndex, nlp: Any) -> None:
    index.checker()  # loads the pipeline in this process: it must not end up in the pickle
    data = pickle.dumps(index)
    assert b"spacy" not in data
    copy = pickle.loads(data)
    assert copy.fingerprint == index.fingerprint
    assert copy.sources == index.sources
    arts = generated(6)
    assert check_batch(arts, copy) == check_batch(arts, index)


def test_index_is_immutable(index: BatchIndex) -> None:
    with pytest.raises(AttributeError):
        index._checker = None  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del index._sources  # type: ignore[misc]


def test_checking_never_rebuilds_the_index(
    index: BatchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotecheck.match.index import SourceIndex

    built = []
    original = SourceIndex.__init__

    def counting(self: SourceIndex, *args: Any, **kwargs: Any) -> None:
        built.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(SourceIndex, "__init__", counting)
    copy = pickle.loads(pickle.dumps(index))
    for chunk in (generated(3), generated(3, 3)):
        check_batch(chunk, copy)
    assert built == []
    BatchIndex(list(index.sources))
    assert built == [1]


def test_same_records_as_quotecheck_check(index: BatchIndex) -> None:
    # The batch checks every article against the given sources only, as quotecheck.api.check.
    report = quotecheck.api.check(ARTICLES, sources=[str(SOURCES / "harbour-statement.txt")])
    expected = []
    for path, art in zip(ARTICLES, report.articles, strict=True):
        expected.extend(records_from_report(path, art))
    got = check_batch([{"id": p, "path": p} for p in ARTICLES], index)
    assert sorted(got, key=record_sort_key) == sorted(expected, key=record_sort_key)
    assert {r["verdict"] for r in got} >= {"verbatim", "altered", "misattributed"}
    assert all(tuple(r) == COLUMNS for r in got)


def test_records_are_flat_and_typed(index: BatchIndex) -> None:
    types = {"string": str, "int64": int, "float64": float, "bool": bool}
    records = check_batch(generated(6), index)
    assert records
    for rec in records:
        for name, kind in RECORD_SCHEMA:
            assert rec[name] is None or isinstance(rec[name], types[kind]), (name, rec[name])
    altered = [r for r in records if r["verdict"] == "altered"]
    assert altered and altered[0]["meaning_changing"] is True
    assert altered[0]["match_source"].endswith("harbour-statement.txt")


def test_bad_articles_become_error_records(index: BatchIndex, tmp_path: Path) -> None:
    small = BatchIndex(list(index.sources), Settings(max_file_bytes=2000))
    articles: list[Any] = [
        *generated(2),
        {"id": "latin-1", "text": 'Caf\xe9 owner said: "it\'s over"'.encode("latin-1")},
        {"id": "missing", "path": str(tmp_path / "no-such-article.md")},
        {"id": "huge", "text": "word " * 1000},
        {"id": "surrogate", "text": 'He said "\udcff".'},
        {"text": "an article without an id"},
        {"id": "md", "text": STORIES[0], "format": "md"},  # "markdown", not a suffix
        ArticleInput(id="typed", text=STORIES[0]),
        *generated(2, 2),
    ]
    records = check_batch(articles, small)
    errors = {r["article_id"]: r for r in records if r["record"] == "error"}
    assert set(errors) == {"latin-1", "missing", "huge", "surrogate", "<unknown>", "md"}
    assert errors["md"]["error_code"] == "E100"
    assert "'format' must be one of text, markdown, html, not 'md'" in errors["md"]["error"]
    assert errors["latin-1"]["error_code"] == "E103"
    assert errors["missing"]["error_code"] == "E101"
    assert errors["huge"]["error_code"] == "E105"
    assert errors["surrogate"]["error_code"] == "E103"
    assert all(r["verdict"] is None for r in errors.values())
    # the good articles around the bad ones are checked as if they were alone
    good = [r for r in records if r["record"] != "error"]
    alone = check_batch(
        [*generated(2), ArticleInput(id="typed", text=STORIES[0]), *generated(2, 2)], small
    )
    assert good == alone


def test_an_exception_inside_the_pipeline_is_an_error_record(
    index: BatchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotecheck.api import Checker

    original = Checker.check_document

    def flaky(self: Checker, document: Any, **given: Any) -> Any:
        if "EXPLODE" in document.raw:
            raise RuntimeError("boom")
        return original(self, document, **given)

    monkeypatch.setattr(Checker, "check_document", flaky)
    arts = [*generated(2), {"id": "x", "text": 'EXPLODE "now," she said.'}, *generated(2, 2)]
    records = check_batch(arts, index)
    errors = [r for r in records if r["record"] == "error"]
    assert [(r["article_id"], r["error_code"]) for r in errors] == [("x", "internal")]
    assert "RuntimeError: boom" in errors[0]["error"]


def test_results_do_not_depend_on_partitioning(index: BatchIndex) -> None:
    arts = generated(12)
    whole = check_batch(arts, index)
    parts = [check_batch(arts[i::3], index) for i in range(3)]
    merged = [r for part in parts for r in part]
    assert sorted(merged, key=record_sort_key) == sorted(whole, key=record_sort_key)
    assert [r["article_id"] for r in whole] == sorted(r["article_id"] for r in whole)


def test_metadata_and_formats(index: BatchIndex) -> None:
    html = "<p>&ldquo;Nobody will be moved out of their home without their consent,&rdquo; " + (
        "Mara Lindqvist said.</p>"
    )
    records = check_batch(
        [{"id": "h1", "text": html, "format": "html", "outlet": "Coast Times", "year": 2026}],
        index,
    )
    assert [r["verdict"] for r in records] == ["verbatim"]
    assert records[0]["metadata"] == '{"outlet":"Coast Times","year":2026}'


def test_directory_without_sources(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        BatchIndex.from_directory(tmp_path)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "a.txt").write_text("Statement by Ann Lee\n\nWords.\n")
    with pytest.raises(InputError):
        BatchIndex.from_directory(tmp_path)


def test_notes_and_repr(index: BatchIndex) -> None:
    assert "inferred from the byline" in index.notes[0]
    assert repr(index).startswith("BatchIndex(1 sources")
    assert batch.default_partition_size(10_000, 2) == 1000
    assert batch.default_partition_size(10, 2) == 2


# --------------------------------------------------------------------------- Spark recipe


def _spark_or_skip() -> Any:
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java runtime: the Spark recipe is tested only where Java is installed")
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        pytest.skip("pyspark is not installed (it is not a dependency of quotecheck)")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    return (
        SparkSession.builder.master("local[2]")
        .appName("quotecheck-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )


@pytest.mark.filterwarnings("ignore")
def test_spark_recipe_in_local_mode(index: BatchIndex, tmp_path: Path) -> None:
    spark = _spark_or_skip()
    try:
        from pyspark.sql.types import (
            BooleanType,
            DoubleType,
            LongType,
            StringType,
            StructField,
            StructType,
        )

        types = {"string": StringType(), "int64": LongType(), "float64": DoubleType()}
        types["bool"] = BooleanType()
        schema = StructType([StructField(n, types[k], True) for n, k in RECORD_SCHEMA])
        arts = [*generated(4), {"id": "bad", "text": b"caf\xe9"}, *generated(4, 4)]
        shared = spark.sparkContext.broadcast(index)
        rdd = spark.sparkContext.parallelize(arts, 3)
        rows = rdd.mapPartitions(lambda part: batch.iter_records(part, shared.value))
        frame = spark.createDataFrame(rows, schema)
        frame.write.parquet(str(tmp_path / "spark.parquet"))
        got = [r.asDict() for r in spark.read.parquet(str(tmp_path / "spark.parquet")).collect()]
    finally:
        spark.stop()
    expected = check_batch(arts, index)
    assert sorted(got, key=record_sort_key) == sorted(expected, key=record_sort_key)
    assert any(r["record"] == "error" and r["article_id"] == "bad" for r in got)


AHEAD_STORIES = [
    {"id": "ferry", "text": '"The ferry will run all winter," Mara Lindqvist said on Monday.'},
    {"id": "quay", "text": 'Lindqvist told the council the quay "was never for sale".'},
    {"id": "none", "text": "The harbour office was closed for the holiday."},
]


class _Refusing:
    """A parse ahead whose block cannot be entered."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def __enter__(self) -> None:
        raise self.error

    def __exit__(self, *exc: object) -> None:
        raise AssertionError("a block never entered is never left")


@pytest.mark.parametrize("where", ["call", "enter"])
@pytest.mark.parametrize(
    "error",
    [RuntimeError("pipe broke"), MemoryError(), InputError("no texts", path="x")],
    ids=["runtime", "memory", "input"],
)
def test_a_parse_ahead_that_fails_leaves_each_article_to_parse_itself(
    index: BatchIndex, monkeypatch: pytest.MonkeyPatch, where: str, error: Exception
) -> None:
    """Whether the parse ahead fails when called or when its block is entered, the records
    are those of checking the articles one by one, and nothing raises."""
    from quotecheck.api import Checker

    expected = check_batch(AHEAD_STORIES, index)

    def failing(self: Checker, documents: Any) -> Any:
        if where == "call":
            raise error
        return _Refusing(error)

    monkeypatch.setattr(Checker, "parse_ahead", failing)
    assert check_batch(AHEAD_STORIES, index) == expected
    assert not [r for r in expected if r["record"] == "error"]


HEARING = """---
kind: transcript
occasion: water board hearing
date: 2025-11-04
---

Tomas Reyna: The reservoir levels are lower than anyone in Wellmoor can remember.

Ines Varga: We will repair the eastern pipeline before winter and reopen the old well in March.

Tomas Reyna: Thank you, councillor.
"""

RESERVOIR = (
    "“We will repair the eastern pipeline before winter and reopen the old spring in March,” "
    "Ines Varga said."
)


@pytest.fixture(scope="module")
def hearing() -> BatchIndex:
    source = quotecheck.make_source(HEARING, id="hearing.md", kind="transcript")
    return BatchIndex([source.model_copy(update={"shared": True})])


@pytest.mark.parametrize(
    ("front", "metadata", "verdict"),
    [
        pytest.param(None, {"date": "2025-11-05"}, "altered", id="input date the day after"),
        pytest.param(
            None,
            {"date": dt.datetime(2025, 11, 5, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))},
            "altered",
            id="input datetime with a zone",
        ),
        pytest.param(None, {"date": dt.date(2025, 11, 6)}, "altered", id="input date object"),
        pytest.param(None, {"date": "2026-04-20"}, "unverifiable", id="input date months later"),
        pytest.param(None, {}, "unverifiable", id="no date anywhere"),
        pytest.param(None, {"date": None}, "unverifiable", id="missing value"),
        pytest.param(None, {"date": float("nan")}, "unverifiable", id="frame's missing value"),
        pytest.param("2025-11-05", {"date": ""}, "altered", id="blank input date: the file's"),
        pytest.param(
            "2026-04-20", {"date": "2025-11-05"}, "altered", id="input date before the file's"
        ),
        pytest.param("2025-11-05", {}, "altered", id="the file's date alone"),
        pytest.param(None, {"published": "2025-11-05"}, "altered", id="input 'published'"),
        pytest.param(None, {"pubdate": "2025-11-05"}, "altered", id="input 'pubdate'"),
        pytest.param(
            "2026-04-20",
            {"date": None, "published": "2025-11-05"},
            "altered",
            id="null 'date', then 'published'",
        ),
    ],
)
def test_the_input_metadata_date_dates_the_article(
    hearing: BatchIndex, front: str | None, metadata: dict[str, Any], verdict: str
) -> None:
    """An article dated only by its input's ``metadata["date"]`` is dated for the occasion
    dating: a change to a quote of a hearing the day before is an alteration, not look-alike
    words (it was checked as undated)."""
    text = RESERVOIR if front is None else f"---\ndate: {front}\n---\n\n{RESERVOIR}"
    records = check_batch([{"id": "wellmoor-1", "text": text, "metadata": metadata}], hearing)
    assert [r["verdict"] for r in records] == [verdict]


@pytest.mark.parametrize(
    "bad",
    ["last Tuesday", "2025-13-40", "05/11/2025", 20251105, ["2025-11-05"]],
    ids=["words", "no such day", "slashes", "number", "list"],
)
@pytest.mark.parametrize("key", ["date", "published"])
def test_a_metadata_date_that_is_not_a_date_is_that_articles_error(
    hearing: BatchIndex, bad: Any, key: str
) -> None:
    articles = [
        {"id": "wellmoor-0", "text": RESERVOIR, "metadata": {"date": "2025-11-05"}},
        {"id": "wellmoor-bad", "text": RESERVOIR, "metadata": {key: bad}},
        {"id": "wellmoor-2", "text": RESERVOIR, "metadata": {"date": "2025-11-05"}},
    ]
    records = check_batch(articles, hearing)
    assert [(r["article_id"], r["record"]) for r in records] == [
        ("wellmoor-0", "quote"),
        ("wellmoor-bad", "error"),
        ("wellmoor-2", "quote"),
    ]
    error = records[1]
    assert error["error_code"] == "E100"
    assert error["error"].startswith(f"wellmoor-bad: metadata {key!r} is not a date")
    assert repr(bad) in error["error"]


@pytest.mark.parametrize(
    ("front", "metadata", "recorded"),
    [
        pytest.param("2025-11-05", {"date": None}, "2025-11-05", id="null input date"),
        pytest.param("2025-11-05", {"date": ""}, "2025-11-05", id="blank input date"),
        pytest.param("2025-11-05", {"date": "  "}, "2025-11-05", id="spaces"),
        pytest.param("2025-11-05", {"date": float("nan")}, "2025-11-05", id="frame's missing"),
        pytest.param("2025-11-05", {}, "2025-11-05", id="no input date"),
        pytest.param("2025-11-05", {"date": "2025-11-06"}, "2025-11-06", id="the input's"),
        pytest.param(None, {"date": None}, None, id="no date anywhere"),
    ],
)
def test_the_records_carry_the_date_the_check_used(
    hearing: BatchIndex, front: str | None, metadata: dict[str, Any], recorded: str | None
) -> None:
    """A null, blank or missing-value input ``date`` is no date (``given_date``): the check
    dates the article by its file, and so does the ``date`` of the records' metadata, which
    the quote lineage reads (it kept the null, so lineage saw the article undated)."""
    text = RESERVOIR if front is None else f"---\ndate: {front}\n---\n\n{RESERVOIR}"
    (record,) = check_batch([{"id": "wellmoor-1", "text": text, "metadata": metadata}], hearing)
    assert json.loads(record["metadata"]).get("date") == recorded
