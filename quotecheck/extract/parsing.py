"""The language pipeline over an article: focused or full parsing, the names-only entity pass,
and parses made ahead in batches (:func:`parse_ahead`).

What the pipeline reads is decided here and nowhere else, so a parse made ahead is found by
the check that needs it (looked up by pipeline, text and pass).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from quotecheck.extract.focus import PARSE_MODES, focus_view
from quotecheck.extract.guard import PIPELINE_MAX_LENGTH, defuse_runs
from quotecheck.extract.settings import ExtractSettings
from quotecheck.extract.spans import quotes_of
from quotecheck.inputs.document import Document
from quotecheck.lang.schema import LanguageData
from quotecheck.scanner import DEFAULT_MAX_QUOTE_CHARS, RawQuote, ScanResult

__all__ = [
    "PARSE_AHEAD_MAX_CHARS",
    "Scanned",
    "focused_texts",
    "parse_ahead",
    "parse_article",
    "scanned_quotes",
]


@dataclass(frozen=True)
class Scanned:
    """What :func:`quotecheck.extract.spans.quotes_of` gave for one document, and the texts
    focused parsing hands ``pipeline`` for it (None: not computed)."""

    scan: ScanResult
    marked: list[tuple[int, int]]
    pipeline: Any = None
    texts: tuple[str, str | None] | None = None


def parse_article(
    pipeline: Any,
    view: str,
    quotes: Sequence[RawQuote],
    parse: str,
    lang: LanguageData,
    scanned: Scanned | None = None,
) -> tuple[Any, Any]:
    """The parsed document attribution reads, and a names-only parse of the lines it skipped
    (None when nothing was skipped or the pipeline has no entity recogniser).  ``scanned``:
    the quotes' focused texts for ``pipeline`` if :func:`parse_ahead` computed them."""
    if parse not in PARSE_MODES:
        raise ValueError(f"parse must be one of {', '.join(PARSE_MODES)}, not {parse!r}")
    if parse == "full":
        return pipeline(defuse_runs(view)), None
    if scanned is not None and scanned.texts is not None and scanned.pipeline is pipeline:
        focused, names_view = scanned.texts
    else:
        focused, names_view = focused_texts(pipeline, view, quotes, lang)
    doc = _run(pipeline, focused)
    if names_view is None:
        return doc, None
    return doc, _run(pipeline, names_view, names=True)


def focused_texts(
    pipeline: Any, view: str, quotes: Sequence[RawQuote], lang: LanguageData
) -> tuple[str, str | None]:
    """What focused parsing hands the pipeline: the lines around quotes, and the skipped
    lines that may name a person (None when there are none or no entity recogniser)."""
    top = [q for q in quotes if q.depth == 0]
    spans = [(q.open_start, q.close_end) for q in top]
    focused, names_view = focus_view(
        view,
        spans,
        [(q.start, q.end) for q in top],
        # words that introduce a person a pronoun may later stand for: roles, titles, first
        # names ("Margaret Okonjo opened …" two paragraphs before "she said") and kinship
        # nouns ("Her niece, Corinne Oakhurst, …": a relative whose surname is not the
        # later bare surname's, resolution.surname_holder)
        lang.role_nouns
        | lang.title_words
        | frozenset(lang.first_names)
        | frozenset(lang.kinship_nouns),
    )
    if names_view is None or "ner" not in getattr(pipeline, "pipe_names", ()):
        return defuse_runs(focused), None
    return defuse_runs(focused), defuse_runs(names_view)


def _names_off(pipeline: Any) -> list[str]:
    """The components a names-only parse leaves out (all but the entity recogniser's)."""
    return [p for p in pipeline.pipe_names if not _ner_part(pipeline, p)]


_AHEAD: ContextVar[dict[tuple[int, str, bool], list[Any]] | None] = ContextVar(
    "quotecheck_parsed_ahead", default=None
)
_SCANNED: ContextVar[dict[int, tuple[Document, LanguageData, int, Scanned]] | None] = ContextVar(
    "quotecheck_scanned_ahead", default=None
)
PARSE_AHEAD_MAX_CHARS = 50_000
"""Longer texts are never parsed ahead: they are parsed inside their own article's time
budget, as without :func:`parse_ahead`."""


def _run(pipeline: Any, text: str, *, names: bool = False) -> Any:
    """``pipeline`` over ``text`` (names only with ``names``), or the same parse made ahead."""
    ready = _AHEAD.get()
    if ready is not None:
        docs = ready.get((id(pipeline), text, names))
        if docs:
            return docs.pop()
    if names:
        # per call, not select_pipes(): that switches components off for every thread sharing
        # the pipeline (another thread's parse then lacks them, or spaCy raises E030)
        return pipeline(text, disable=_names_off(pipeline))
    return pipeline(text)


def scanned_quotes(document: Document, lang: LanguageData, max_quote_chars: int) -> Scanned:
    """:func:`quotecheck.extract.spans.quotes_of` of ``document``, taken from
    :func:`parse_ahead` when it scanned this very document with the same language data and
    limit (with the focused texts it made); else computed.  Taken once: the check owns the
    lists it is given."""
    ready = _SCANNED.get()
    entry = ready.pop(id(document), None) if ready is not None else None
    if (
        entry is not None
        and entry[0] is document
        and entry[1] is lang
        and entry[2] == max_quote_chars
    ):
        return entry[3]
    scan, marked = quotes_of(document, lang, max_quote_chars)
    return Scanned(scan, marked)


@contextmanager
def parse_ahead(
    jobs: Sequence[tuple[Document, Any, LanguageData, ExtractSettings | None]],
    *,
    batch_size: int = 32,
) -> Iterator[None]:
    """Within the block, :func:`quotecheck.extract.extract` takes the parses of ``jobs``
    (document, pipeline, language, settings as it will get them) made in batches by
    ``nlp.pipe``.

    Why: spaCy's ``pipe`` runs the networks over many short texts at once, which costs about
    0.6 of parsing them one by one (the focused views of news articles are a few hundred
    words each).  The parses are the same (spaCy's batch and single calls give identical
    annotations; checked by the cold-start comparison).  Algorithm: the texts ``extract``
    would parse are computed with the steps it takes before parsing (quote marks paired,
    unmarked blocks added, deep quotes dropped, focused view), grouped by pipeline, parsed with
    ``pipe``; ``extract`` looks its texts up (by pipeline, text and pass) and parses
    whatever it does not find itself, so a text computed differently only costs a parse.  The
    quotes and texts computed here are handed to ``extract`` too (:func:`scanned_quotes`, by
    document), so it does not find them again.
    Documents that cannot be read this way (any error), "full" parsing and texts over
    :data:`PARSE_AHEAD_MAX_CHARS` are left to ``extract``, inside the article's time
    budget.  Bounds: the parses of one block are held until the block ends.
    """
    ready: dict[tuple[int, str, bool], list[Any]] = {}
    scanned: dict[int, tuple[Document, LanguageData, int, Scanned]] = {}
    grouped: dict[int, tuple[Any, list[str], list[str]]] = {}
    for document, pipeline, lang, settings in jobs:
        try:
            found = _ahead_scan(document, pipeline, lang, settings)
        except Exception:  # extract reports it, for this article alone
            continue
        if found is None:
            continue
        # the check takes the quotes and texts found here rather than computing them again
        scanned[id(document)] = (document, lang, found[0], found[1])
        texts = found[1].texts
        if texts is None:
            continue
        _, full, names = grouped.setdefault(id(pipeline), (pipeline, [], []))
        full.append(texts[0])
        if texts[1] is not None:
            names.append(texts[1])
    try:
        for key, (pipeline, full, names) in grouped.items():
            for text, doc in zip(full, pipeline.pipe(full, batch_size=batch_size), strict=True):
                ready.setdefault((key, text, False), []).append(doc)
            off = _names_off(pipeline) if names else []
            for text, doc in zip(
                names, pipeline.pipe(names, batch_size=batch_size, disable=off), strict=True
            ):
                ready.setdefault((key, text, True), []).append(doc)
    except Exception:  # parsed one by one instead, where each error belongs to its article
        ready.clear()
    token = _AHEAD.set(ready)
    scanned_token = _SCANNED.set(scanned)
    try:
        yield
    finally:
        _SCANNED.reset(scanned_token)
        _AHEAD.reset(token)


def _ahead_scan(
    document: Document, pipeline: Any, lang: LanguageData, settings: ExtractSettings | None
) -> tuple[int, Scanned] | None:
    """The quote limit and the quotes ``extract`` would find in ``document``, with the texts it
    would parse (None: nothing to scan ahead; texts None: nothing to parse ahead)."""
    max_quote_chars = settings.max_quote_chars if settings else DEFAULT_MAX_QUOTE_CHARS
    if (settings.parse if settings else "focused") != "focused":
        return None
    view = document.view
    limit = getattr(pipeline, "max_length", PIPELINE_MAX_LENGTH)
    if len(view) > min(PARSE_AHEAD_MAX_CHARS, limit if isinstance(limit, int) else 0):
        return None
    scan, marked = quotes_of(document, lang, max_quote_chars)
    texts = focused_texts(pipeline, view, scan.quotes, lang) if scan.quotes else None
    return max_quote_chars, Scanned(scan, marked, pipeline, texts)


def _ner_part(pipeline: Any, name: str) -> bool:
    """The entity recogniser, and the embedding layer it listens to if it has no own."""
    if name == "ner":
        return True
    if name != "tok2vec":
        return False
    ner = pipeline.get_pipe("ner")
    return any(n.name == "tok2vec-listener" for n in ner.model.walk())
