"""Checking archives in batches, on any engine: an index built once, a pure batch function.

A :class:`BatchIndex` holds everything about the primary sources that a check needs (the
:class:`~quotecheck.match.index.SourceIndex`, the alias table, who speaks in which source, the
thresholds) and nothing else: it never holds a spaCy pipeline, it cannot be changed after it is
built, and it pickles.  An engine (Dask, Spark, a process pool) ships it to each worker once;
:func:`check_batch` then checks any number of articles against it and returns flat records,
one per quote, that a data frame or a Parquet file can hold::

    index = BatchIndex.from_directory("sources/")
    records = check_batch([{"id": "a1", "text": "..."}], index)

:func:`check_batch` is pure: its records depend only on the articles it is given and on the
index, never on which other articles share the batch, so an engine may split, retry or
recompute partitions freely.  A bad article (undecodable, too large, raising inside the
pipeline) becomes an ``error`` record; it never raises.  The spaCy pipeline is loaded once per
worker process (:func:`quotecheck.extract.nlp.load_pipeline` caches it) and never pickled.

Articles are checked against every source in the index; sources an article declares in its
own front matter are not read (the archive's sources are the index).  Rule selection,
suppression comments and baselines belong to ``quotecheck check`` and are not applied here:
the records are what :func:`quotecheck.check` reports.
"""

from __future__ import annotations

import copy
import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotecheck.api import Checker
from quotecheck.config import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, Settings
from quotecheck.errors import InputError, InputTooLarge, QuotecheckError
from quotecheck.inputs.dates import metadata_date
from quotecheck.inputs.document import ARTICLE_FORMATS, Document, make_document
from quotecheck.inputs.sources import load_source
from quotecheck.inputs.text import decode_bytes, read_text
from quotecheck.models import ArticleReport, Finding, QuoteResult, Source

__all__ = [
    "RECORD_SCHEMA",
    "RECORD_SCHEMA_VERSION",
    "ArticleInput",
    "BatchIndex",
    "check_batch",
    "error_record",
    "iter_records",
    "record_sort_key",
    "records_from_report",
]

RECORD_SCHEMA_VERSION = 1
"""Version of the flat record layout below; it changes only if a column is renamed or removed."""

RECORD_SCHEMA: tuple[tuple[str, str], ...] = (
    ("article_id", "string"),
    ("record", "string"),
    ("quote_index", "int64"),
    ("language", "string"),
    ("text", "string"),
    ("start", "int64"),
    ("end", "int64"),
    ("line", "int64"),
    ("column", "int64"),
    ("speaker", "string"),
    ("speaker_mention", "string"),
    ("verdict", "string"),
    ("similarity", "float64"),
    ("kind", "string"),
    ("match_source", "string"),
    ("match_start", "int64"),
    ("match_end", "int64"),
    ("match_text", "string"),
    ("match_speaker", "string"),
    ("match_normalization", "string"),
    ("codes", "string"),
    ("level", "string"),
    ("meaning_changing", "bool"),
    ("explanation", "string"),
    ("edits", "string"),
    ("segments", "string"),
    ("attribution", "string"),
    ("findings", "string"),
    ("match_pieces", "string"),
    ("metadata", "string"),
    ("error", "string"),
    ("error_code", "string"),
    ("match_location", "string"),
)
"""Every record's columns, in order, with an engine-neutral type (``string``, ``int64``,
``float64``, ``bool``); every column is nullable.  ``record`` is ``"quote"`` (one per quote),
``"finding"`` (an article-level finding such as an unbalanced quote mark) or ``"error"`` (an
article that could not be checked).  Nested parts of the JSON contract (``edits``,
``segments``, ``attribution``, ``findings``, ``match_pieces``, ``metadata``,
``match_location``: the page and line or the times of a match in a PDF or a recording) are
JSON text;
``codes`` and ``match_normalization`` are space-separated."""

_WORKER_CHECKERS: OrderedDict[str, Checker] = OrderedDict()
_WORKER_LOCK = threading.Lock()

COLUMNS: tuple[str, ...] = tuple(name for name, _ in RECORD_SCHEMA)

_RECORD_ORDER = {"error": 0, "finding": 1, "quote": 2}


@dataclass(frozen=True)
class ArticleInput:
    """One article of a batch.

    ``text`` is the article as a string, or as bytes (decoded as UTF-8 with a BOM removed, or
    UTF-16 with a BOM, exactly like a file); without ``text``, ``path`` is read.  ``format`` is
    ``"text"``, ``"markdown"`` or ``"html"`` (default: from the suffix of ``path`` or ``id``).
    ``metadata`` (outlet, date, …) is carried into every record of the article as JSON; its
    ``date`` is the article's date for the check too (before the one the file declares), and
    one that is not a date makes the article an error record (E100).
    """

    id: str
    text: str | bytes | None = None
    path: str | None = None
    format: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def coerce(cls, item: ArticleInput | Mapping[str, Any]) -> ArticleInput:
        """An :class:`ArticleInput` from itself or from a mapping with the same keys.

        Unknown keys of a mapping are kept as metadata.  A mapping without ``id``, with
        neither ``text`` nor ``path``, or with a ``format`` that is none of
        :data:`~quotecheck.inputs.document.ARTICLE_FORMATS` is a
        :class:`~quotecheck.errors.InputError`.
        """
        if isinstance(item, ArticleInput):
            return item
        if not isinstance(item, Mapping):
            raise InputError(f"an article must be a mapping or ArticleInput, not {type(item)}")
        known = {"id", "text", "path", "format", "metadata"}
        ident = item.get("id", item.get("path"))
        if ident is None or (isinstance(ident, float) and ident != ident):
            raise InputError("the article has no 'id'")
        text = item.get("text")
        path = item.get("path")
        if text is not None and not isinstance(text, str | bytes):
            if isinstance(text, float) and text != text:  # a missing value in a data frame
                text = None
            else:
                raise InputError(f"'text' must be str or bytes, not {type(text).__name__}")
        if text is None and path is None:
            raise InputError("the article has neither 'text' nor 'path'", path=str(ident))
        meta = item.get("metadata") or {}
        if isinstance(meta, str):
            meta = json.loads(meta)
        if not isinstance(meta, Mapping):
            raise InputError("'metadata' must be a mapping", path=str(ident))
        extra = {k: v for k, v in item.items() if k not in known}
        fmt = item.get("format")
        if isinstance(fmt, str) and fmt and fmt not in ARTICLE_FORMATS:
            raise InputError(
                f"'format' must be one of {', '.join(ARTICLE_FORMATS)}, not {fmt!r}",
                path=str(ident),
            )
        return cls(
            id=str(ident),
            text=text,
            path=None if path is None else str(path),
            format=fmt if isinstance(fmt, str) and fmt else None,
            metadata={**meta, **extra},
        )


class BatchIndex:
    """The primary sources, indexed once: picklable, immutable, shared by every task.

    Build it once on the driver (:meth:`from_directory`, :meth:`from_paths`, or from
    :class:`~quotecheck.models.Source` values) and hand the same object to every batch.  It
    holds the source index, alias table and speaker information of a
    :class:`~quotecheck.api.Checker`, never a spaCy pipeline.
    """

    __slots__ = ("_checker", "_fingerprint", "_settings", "_sources")

    _checker: Checker
    _fingerprint: str
    _settings: Settings
    _sources: tuple[Source, ...]

    def __init__(self, sources: Sequence[Source], settings: Settings | None = None) -> None:
        settings = settings or Settings()
        sources = tuple(sources)
        h = hashlib.sha256(b"quotecheck-batch-index\0")
        h.update(settings.model_dump_json().encode())
        for s in sources:
            h.update(b"\0")
            h.update(s.model_dump_json().encode())
        checker = Checker(list(sources), settings)
        if settings.crosslingual and sources:
            checker.source_languages()  # decided once here, on the client, shipped with the index
        object.__setattr__(self, "_settings", settings)
        object.__setattr__(self, "_sources", sources)
        object.__setattr__(self, "_checker", checker)
        object.__setattr__(self, "_fingerprint", h.hexdigest())

    @classmethod
    def from_paths(
        cls,
        paths: Iterable[str | Path],
        *,
        speaker: str | None = None,
        settings: Settings | None = None,
    ) -> BatchIndex:
        """Index the source files ``paths`` (any unreadable one raises
        :class:`~quotecheck.errors.InputError`: a partial index would report quotes as
        fabricated that are not)."""
        settings = settings or Settings()
        sources = [
            load_source(p, speaker=speaker, max_bytes=settings.max_file_bytes) for p in paths
        ]
        return cls(sources, settings)

    @classmethod
    def from_directory(
        cls,
        directory: str | Path,
        *,
        include: Sequence[str] | None = None,
        speaker: str | None = None,
        settings: Settings | None = None,
    ) -> BatchIndex:
        """Index every source file under ``directory`` that matches ``include`` (default:
        :data:`SOURCE_INCLUDE`; hidden and tool folders are skipped), in sorted order.  A
        directory without any source is an :class:`~quotecheck.errors.InputError`."""
        return cls.from_paths(source_files(directory, include), speaker=speaker, settings=settings)

    # ---- read-only views

    @property
    def sources(self) -> tuple[Source, ...]:
        """The indexed sources, in index order."""
        return self._sources

    @property
    def settings(self) -> Settings:
        """The settings every batch is checked with."""
        return self._settings

    @property
    def fingerprint(self) -> str:
        """A SHA-256 of the sources and settings: equal fingerprints check identically."""
        return self._fingerprint

    @property
    def notes(self) -> list[str]:
        """How each source's speaker was established (the notes of ``quotecheck check``)."""
        return self._checker.source_notes()

    def checker(self) -> Checker:
        """This process's :class:`Checker` over the index, with its cached spaCy pipeline.

        It is a shallow copy made once per process and index fingerprint: the source index is
        shared, never rebuilt and never changed.  What the checker builds lazily (the
        cross-lingual embeddings of the sources, when a quote needs them) is built once per
        process too, not once per batch.
        """
        with _WORKER_LOCK:
            worker = _WORKER_CHECKERS.get(self._fingerprint)
            if worker is None:
                worker = copy.copy(self._checker)
                worker.nlp = None
                worker.nlp = worker.pipeline()  # the configured language ("auto" starts with en)
                _WORKER_CHECKERS[self._fingerprint] = worker
                while len(_WORKER_CHECKERS) > 4:
                    _WORKER_CHECKERS.popitem(last=False)
            else:
                _WORKER_CHECKERS.move_to_end(self._fingerprint)
        return worker

    def prepare(self) -> None:
        """Do this process's one-off work now instead of in its first batch: load the spaCy
        pipeline.  Nothing that grows with the sources is done here: their tokens and languages
        come with the index, and a source is embedded only when a quote in another language
        needs it (:class:`~quotecheck.xling.CrossLingual`)."""
        self.checker()

    # ---- immutability and pickling

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"BatchIndex is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"BatchIndex is immutable (cannot delete {name!r})")

    def __getstate__(self) -> dict[str, Any]:
        shared = copy.copy(self._checker)
        shared.nlp = None  # a pipeline is never shipped: each worker process loads its own
        return {
            "checker": shared,
            "fingerprint": self._fingerprint,
            "settings": self._settings,
            "sources": self._sources,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "_checker", state["checker"])
        object.__setattr__(self, "_fingerprint", state["fingerprint"])
        object.__setattr__(self, "_settings", state["settings"])
        object.__setattr__(self, "_sources", state["sources"])

    def __dask_tokenize__(self) -> str:
        """Dask names tasks by this instead of hashing the whole index."""
        return self._fingerprint

    def __repr__(self) -> str:
        return f"BatchIndex({len(self._sources)} sources, {self._fingerprint[:12]})"


SOURCE_INCLUDE = (*DEFAULT_INCLUDE, "**/*.pdf", "**/*.srt", "**/*.vtt", "**/*.json")
"""Files a folder of sources contributes: the article globs, PDFs, subtitles, and JSON files
that are timed transcripts (other JSON files in the folder are not sources)."""


def source_files(directory: str | Path, include: Sequence[str] | None = None) -> list[str]:
    """Source files under ``directory`` matching ``include`` (default :data:`SOURCE_INCLUDE`),
    sorted, hidden folders skipped."""
    include = SOURCE_INCLUDE if include is None else include
    root = Path(directory)
    if not root.is_dir():
        raise InputError("is not a directory of sources", path=str(directory))
    found: set[Path] = set()
    for pattern in include:
        for p in root.glob(pattern):
            rel = p.relative_to(root).parts
            if any(part.startswith(".") or part in DEFAULT_EXCLUDE for part in rel[:-1]):
                continue
            if p.is_file() and not p.name.startswith(".") and _source_like(p):
                found.add(p)
    if not found:
        raise InputError(f"no source files matching {', '.join(include)}", path=str(directory))
    return [str(p) for p in sorted(found)]


def _source_like(path: Path) -> bool:
    """A JSON file counts as a source only when it is a timed transcript (by its first bytes)."""
    if path.suffix.lower() != ".json":
        return True
    from quotecheck.inputs.sniff import detect_source_format

    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return True  # reading it later reports the problem, naming the file
    return detect_source_format(path.name, head) == "transcript-json" and b'"segments"' in head


# --------------------------------------------------------------------------- records


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def _blank(article_id: str, record: str, metadata: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = dict.fromkeys(COLUMNS)
    out["article_id"] = article_id
    out["record"] = record
    out["metadata"] = _dumps(dict(metadata)) if metadata else None
    return out


def _worst(findings: Sequence[Finding]) -> str | None:
    if not findings:
        return None
    return max((f.level for f in findings), key=lambda lv: lv.rank).value


def _quote_record(
    article_id: str,
    language: str,
    i: int,
    q: QuoteResult,
    metadata: Mapping[str, Any],
) -> dict[str, Any]:
    rec = _blank(article_id, "quote", metadata)
    data = q.model_dump(mode="json")
    rec.update(
        quote_index=i,
        language=language,
        text=q.text,
        start=q.start,
        end=q.end,
        line=q.line,
        column=q.column,
        speaker=q.speaker,
        speaker_mention=q.speaker_mention,
        verdict=q.verdict.value,
        similarity=float(q.similarity),
        kind=q.kind.value,
        codes=" ".join(q.codes),
        level=_worst(q.findings),
        meaning_changing=any(e.meaning_changing for e in q.edits),
        explanation=q.explanation,
        edits=_dumps(data["edits"]),
        segments=_dumps(data["segments"]),
        attribution=_dumps(data["attribution"]),
        findings=_dumps(data["findings"]),
    )
    if q.match is not None:
        rec.update(
            match_source=q.match.source,
            match_start=q.match.start,
            match_end=q.match.end,
            match_text=q.match.text,
            match_speaker=q.match.speaker,
            match_normalization=" ".join(q.match.normalization),
            match_pieces=_dumps(data["match"]["pieces"]),
        )
        if q.match.location is not None:
            rec["match_location"] = _dumps(data["match"]["location"])
    return rec


def _finding_record(
    article_id: str, language: str, i: int, f: Finding, metadata: Mapping[str, Any]
) -> dict[str, Any]:
    rec = _blank(article_id, "finding", metadata)
    rec.update(
        quote_index=i,
        language=language,
        start=f.start,
        end=f.end,
        line=f.line,
        column=f.column,
        codes=f.code,
        level=f.level.value,
        explanation=f.message,
        findings=_dumps([f.model_dump(mode="json")]),
    )
    return rec


def error_record(
    article_id: str, metadata: Mapping[str, Any] | None = None, *, error: str, code: str = "E100"
) -> dict[str, Any]:
    """The one record of an article that could not be checked."""
    rec = _blank(article_id, "error", metadata or {})
    rec.update(error=error, error_code=code)
    return rec


def records_from_report(
    article_id: str, report: ArticleReport, metadata: Mapping[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Flatten one article's report: a record per article-level finding, then per quote (in
    document order), or the single error record of an unreadable article."""
    meta = metadata or {}
    if report.error is not None:
        return [error_record(article_id, meta, error=report.error, code=_error_code(report.error))]
    out = [
        _finding_record(article_id, report.language, i, f, meta)
        for i, f in enumerate(report.findings)
    ]
    out.extend(
        _quote_record(article_id, report.language, i, q, meta) for i, q in enumerate(report.quotes)
    )
    return out


def _error_code(message: str) -> str:
    tail = message.rstrip()
    if tail.endswith("]") and "[E" in tail:
        return tail[tail.rindex("[") + 1 : -1]
    return "E100"


def record_sort_key(record: Mapping[str, Any]) -> tuple[str, int, int]:
    """A total order on records: by article id, then errors, findings and quotes in order."""
    return (
        str(record["article_id"]),
        _RECORD_ORDER.get(str(record["record"]), 3),
        int(record["quote_index"] if record["quote_index"] is not None else -1),
    )


# --------------------------------------------------------------------------- checking


def _text_of(article: ArticleInput, settings: Settings) -> str:
    shown = article.path or article.id
    limit = settings.max_file_bytes
    text = article.text
    if text is None:
        assert article.path is not None
        return read_text(article.path, max_bytes=limit)
    if isinstance(text, bytes):
        if len(text) > limit:
            raise _too_large(len(text), limit, shown)
        return decode_bytes(text, path=shown)
    if len(text) > limit // 4:
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > limit:
            raise _too_large(size, limit, shown)
    return text


def _too_large(size: int, limit: int, shown: str) -> InputTooLarge:
    return InputTooLarge(
        f"is {size:,} bytes, larger than the limit of {limit:,} bytes; raise the limit "
        "(max_file_bytes) or split the article",
        path=shown,
    )


Read = tuple[ArticleInput, Document, str | None]
"""An article read: its input, its document, and the date its input gives (ISO 8601)."""


def _read_one(
    item: ArticleInput | Mapping[str, Any], checker: Checker
) -> list[dict[str, Any]] | Read:
    """The article, its document and the date its ``metadata`` gives, or the error record of
    an article that cannot be read (or whose metadata ``date`` is not a date)."""
    try:
        article = ArticleInput.coerce(item)
    except QuotecheckError as exc:
        return [error_record(*_guess_id_meta(item), error=str(exc), code=exc.code)]
    except Exception as exc:  # malformed input of any kind is one error record
        return [error_record(*_guess_id_meta(item), error=f"malformed article: {exc}")]
    try:
        date = metadata_date(article.metadata, path=article.id)
        text = _text_of(article, checker.settings)
        document = make_document(text, path=article.path or article.id, fmt=article.format)
        return article, document, date
    except QuotecheckError as exc:
        return [error_record(article.id, article.metadata, error=str(exc), code=exc.code)]
    except Exception as exc:  # a bug or a pathological input: record it, go on with the rest
        message = f"internal error: {type(exc).__name__}: {exc}"
        return [error_record(article.id, article.metadata, error=message, code="internal")]


def _check_read(
    article: ArticleInput, doc: Document, date: str | None, checker: Checker
) -> list[dict[str, Any]]:
    try:
        report = checker.check_document(doc, date=date)  # the input's date, else the file's
        metadata = _with_declared_date(article.metadata, date, doc)
    except QuotecheckError as exc:
        return [error_record(article.id, article.metadata, error=str(exc), code=exc.code)]
    except Exception as exc:  # a bug or a pathological input: record it, go on with the rest
        message = f"internal error: {type(exc).__name__}: {exc}"
        return [error_record(article.id, article.metadata, error=message, code="internal")]
    return records_from_report(article.id, report, metadata)


PARSE_BATCH = 32
"""Articles read and parsed together (:meth:`quotecheck.api.Checker.parse_ahead`)."""


def _check_chunk(
    items: Sequence[ArticleInput | Mapping[str, Any]], checker: Checker
) -> list[dict[str, Any]]:
    """The records of ``items``, their articles parsed in one batch: the records of checking
    them one by one (a parse ahead that fails leaves each article to parse itself)."""
    read = [_read_one(item, checker) for item in items]
    documents = [r[1] for r in read if not isinstance(r, list)]
    out: list[dict[str, Any]] = []
    ahead = ExitStack()
    # A failure of the call or of its __enter__ (where the parsing is done) alike: each
    # article parses itself, and an error there is that article's record.
    with suppress(Exception):
        ahead.enter_context(checker.parse_ahead(documents))
    with ahead:
        for r in read:
            out.extend(r if isinstance(r, list) else _check_read(*r, checker))
    return out


def _with_declared_date(
    metadata: Mapping[str, Any], given: str | None, doc: Any
) -> Mapping[str, Any]:
    """The input metadata, with the date the article declares (front matter ``date:``, HTML
    meta) as its ``date`` when the input gives none (``given``, read by ``metadata_date``: a
    null, blank or missing-value ``date`` is none, and the check used the file's date): the
    quote lineage orders articles by it."""
    if given is not None:
        return metadata
    from quotecheck.inputs.dates import article_info

    date = article_info(doc.raw, doc.meta, doc.format).date
    return {**metadata, "date": date} if date else metadata


def _guess_id_meta(item: Any) -> tuple[str, Mapping[str, Any]]:
    if not isinstance(item, Mapping):
        return "<unknown>", {}
    ident = item.get("id", item.get("path"))
    meta = item.get("metadata")
    return ("<unknown>" if ident is None else str(ident)), (
        meta if isinstance(meta, Mapping) else {}
    )


def iter_records(
    articles: Iterable[ArticleInput | Mapping[str, Any]], index: BatchIndex
) -> Iterator[dict[str, Any]]:
    """Like :func:`check_batch`, but yields records as each group of :data:`PARSE_BATCH`
    articles is done (for engines that stream a partition, e.g. Spark's ``mapPartitions``):
    a group is parsed in one batch (:meth:`quotecheck.api.Checker.parse_ahead`)."""
    checker = index.checker()
    chunk: list[ArticleInput | Mapping[str, Any]] = []
    for item in articles:
        chunk.append(item)
        if len(chunk) == PARSE_BATCH:
            # records of a chunk are yielded after its parse-ahead block has closed
            yield from _check_chunk(chunk, checker)
            chunk = []
    if chunk:
        yield from _check_chunk(chunk, checker)


def check_batch(
    articles: Iterable[ArticleInput | Mapping[str, Any]], index: BatchIndex
) -> list[dict[str, Any]]:
    """Check ``articles`` against ``index`` and return flat records (see :data:`RECORD_SCHEMA`).

    An article is an :class:`ArticleInput` or a mapping with ``id`` and ``text`` (or ``path``),
    and optionally ``format`` and ``metadata``.  Records come in input order, each article's
    in document order; a bad article gives one ``error`` record and never raises.  The result
    does not depend on how the articles are split into batches.
    """
    return list(iter_records(articles, index))


def default_partition_size(count: int, workers: int) -> int:
    """Articles per partition: a few partitions per worker, at most 1,000 articles each."""
    per = -(-count // max(1, 4 * workers)) if count else 1
    return max(1, min(1000, per))
