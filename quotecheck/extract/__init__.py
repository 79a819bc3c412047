"""Stage 1, extract: article text → quotes with speaker, kind, segments and raw offsets."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from quotecheck.budget import checkpoint
from quotecheck.errors import InputTooLarge
from quotecheck.extract.attribution import CREDIT_DASH, Attributor, QuoteSite, speaker_label
from quotecheck.extract.attribution.ranker import Ranker, load_ranker
from quotecheck.extract.focus import PARSE_MODES, focus_view
from quotecheck.extract.guard import PIPELINE_MAX_LENGTH, defuse_runs, refuse_too_long
from quotecheck.extract.nlp import has_parser, load_pipeline
from quotecheck.extract.settings import ExtractSettings
from quotecheck.extract.speakers import SpeakerRegistry
from quotecheck.inputs.document import Document, make_document
from quotecheck.lang import get_language
from quotecheck.lang.schema import LanguageData
from quotecheck.models import (
    Attribution,
    Quote,
    QuoteKind,
    Segment,
    SegmentKind,
)
from quotecheck.offsets import line_starts, position
from quotecheck.scanner import (
    ALL_MARKS,
    DEFAULT_MAX_QUOTE_CHARS,
    MarkProblem,
    RawQuote,
    ScanResult,
    link_parents,
    scan,
)

__all__ = ["ExtractionResult", "KnownSpeaker", "extract", "extract_quotes", "parse_ahead"]

_ELLIPSIS = re.compile(r"[\[(]\s*(?:\u2026|\.\s?\.\s?\.)\s*[\])]|\u2026|(?<!\.)\.\s?\.\s?\.(?!\.)")
_INSERTION = re.compile(r"\[[^\[\]\n]{1,120}\]")
_BOUNDARY_PUNCT = ",.;:"
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n")


@dataclass(frozen=True)
class KnownSpeaker:
    """A speaker declared outside the article (by a source), used to resolve names."""

    name: str
    aliases: tuple[str, ...] = ()
    title: str = ""


@dataclass
class ExtractionResult:
    """Quotes of one document and the quote marks that could not be paired."""

    quotes: list[Quote] = field(default_factory=list)
    problems: list[MarkProblem] = field(default_factory=list)
    language: str = "en"
    marked: list[tuple[int, int]] = field(default_factory=list)
    """Spans of paired quote marks, marks included: the article's own words (its narration)
    are everything outside them, so the scorer never scans the article again."""


def segments_of(
    view: str, raw: str, start: int, end: int, *, label: tuple[int, int] | None = None
) -> tuple[Segment, ...]:
    """Split a quote's inside into text, ellipsis, insertion and speaker-label segments (raw
    offsets); ``label`` is the span of a transcript speaker label opening the quote."""
    cuts: list[tuple[int, int, SegmentKind]] = []
    if label is not None:
        cuts.append((label[0], label[1], SegmentKind.LABEL))
    for m in _ELLIPSIS.finditer(view, start, end):
        if not any(a <= m.start() < b for a, b, _ in cuts):
            cuts.append((m.start(), m.end(), SegmentKind.ELLIPSIS))
    for m in _INSERTION.finditer(view, start, end):
        if not any(a <= m.start() < b for a, b, _ in cuts):
            cuts.append((m.start(), m.end(), SegmentKind.INSERTION))
    cuts.sort()
    out: list[Segment] = []
    pos = start

    def add_text(a: int, b: int, last: bool) -> None:
        while a < b and view[a].isspace():
            a += 1
        while b > a and view[b - 1].isspace():
            b -= 1
        if last:
            while b > a and view[b - 1] in _BOUNDARY_PUNCT:
                b -= 1  # house-style punctuation at the boundary is metadata
            while b > a and view[b - 1].isspace():
                b -= 1
        if b > a and any(c.isalnum() for c in view[a:b]):
            out.append(Segment(kind=SegmentKind.TEXT, text=raw[a:b], start=a, end=b))

    for a, b, kind in cuts:
        add_text(pos, a, last=False)
        out.append(Segment(kind=kind, text=raw[a:b], start=a, end=b))
        pos = b
    add_text(pos, end, last=True)
    return tuple(out)


def looks_like_title(inside: str, before: str, minor: frozenset[str]) -> bool:
    """A title or name in quote marks ("Good Morning America", CNN's “State of the Union”).

    Title case throughout (function words aside), at most eight words and no sentence inside;
    a possessive right before the mark ("CNN’s “…”") makes a title likelier still.
    """
    words = re.findall(r"[^\W\d_][\w'’&.-]*", inside)
    if not words or len(words) > 8 or re.search(r"[.!?]\s+\S", inside):
        return False
    content = [w for w in words if w.lower() not in minor]
    if not content or not words[0][:1].isupper():
        return False
    capitalised = sum(1 for w in content if w[:1].isupper())
    if capitalised == len(content) and len(content) >= 2:
        return True
    return capitalised == len(content) and before.endswith(("’s ", "'s ", "’s", "'s"))


_CITATION = re.compile(CREDIT_DASH + r"[^\n]{0,80}?\b(?:1[89]|20)\d\d\b[^\n]{0,20}$", re.M)
"""A dash credit with a year after the closing mark: a reference to a published piece."""
_WORD_BEFORE = re.compile(r"([\w'’-]+)\W*$")


def _announces_title(view: str, i: int, rq: RawQuote, title_cues: frozenset[str]) -> bool:
    """Whether what stands around a title-cased quote makes it a title despite a nearby cue:
    a possessive or a title word right before it (CNN’s “…”, the book “…”, an episode of
    “…”), or the quote filling its line alone (a subhead)."""
    head = view[max(0, i - 40) : i + 1]
    if head.endswith(("’s", "'s", "s’", "s'")):
        return True
    word = _WORD_BEFORE.search(head)
    if word is not None and word.group(1).lower() in title_cues:
        return True
    line_start = view.rfind("\n", 0, rq.open_start) + 1
    line_end = view.find("\n", rq.close_end)
    rest = view[rq.close_end : line_end if line_end >= 0 else len(view)]
    return not view[line_start : rq.open_start].strip() and not rest.strip(" \t.")


def _kind(
    view: str,
    rq: RawQuote,
    words: int,
    attributed: bool,
    blocks: Sequence[tuple[int, int]],
    minor: frozenset[str] = frozenset(),
    title_cues: frozenset[str] = frozenset(),
) -> QuoteKind:
    if rq.open_start == rq.open_end or any(
        a <= rq.open_start and rq.close_end <= b for a, b in blocks
    ):
        return QuoteKind.BLOCK
    i = rq.open_start - 1
    while i >= 0 and view[i] in " \t":
        i -= 1
    before = view[i] if i >= 0 else "\n"
    inside = view[rq.start : rq.end].strip()
    sentence_start = before in "\n.!?:" or i < 0
    if not attributed and (words <= 2 or (words <= 3 and not sentence_start)):
        return QuoteKind.SCARE  # one or two words with no cue are a mention, not speech
    if _CITATION.match(view, rq.close_end):
        return QuoteKind.SCARE  # “Headline” — Outlet, August 15, 2008: a cited article's title
    if looks_like_title(inside, view[max(0, i - 3) : i + 1], minor) and (
        not attributed or _announces_title(view, i, rq, title_cues)
    ):
        return QuoteKind.SCARE
    if sentence_start and inside[:1].isupper():
        return QuoteKind.FULL
    if inside[:1].isupper() and inside.rstrip()[-1:] in ".?!," and before in ",":
        return QuoteKind.FULL
    return QuoteKind.PARTIAL


_CREDITED_PARAGRAPH = re.compile(
    r"(?m)^(?P<body>[^\n]{20,}?)[ \t]+[—–]{1,2}[ \t]*"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})(?:,[^\n]{0,100})?[ \t]*$"
)


def _add_unmarked_blocks(
    view: str,
    blocks: Sequence[tuple[int, int]],
    quotes: list[RawQuote],
    problems: list[MarkProblem] | None = None,
    max_quote_chars: int = DEFAULT_MAX_QUOTE_CHARS,
) -> None:
    """Block quotes without quote marks: Markdown ``>`` / HTML <blockquote> regions, and
    plain-text paragraphs credited with a dash ("… — Ann Lee").  Each becomes one quote with
    empty marks, so none is silently dropped; one longer than ``max_quote_chars`` is reported
    in ``problems`` instead of checked."""
    found: list[tuple[int, int]] = []
    for a, b in blocks:
        while a < b and view[a].isspace():
            a += 1
        while b > a and view[b - 1].isspace():
            b -= 1
        if b - a >= 2:
            found.append((a, b))
    for m in _CREDITED_PARAGRAPH.finditer(view):
        body_a, body_b = m.start("body"), m.end("body")
        if not any(c in ALL_MARKS for c in view[body_a:body_b]):
            found.append((body_a, body_b))
    # Top-level marked quotes are disjoint: the part of a block they cover comes from prefix
    # sums and bisection.  Blocks accepted so far count as covering too (kept as a sorted union
    # of disjoint spans), so a credited paragraph inside a ``>`` block is not taken twice.
    # Linear in blocks + quotes, not their product.
    tops = sorted((q.open_start, q.close_end) for q in quotes if q.depth == 0)
    starts = [s for s, _ in tops]
    ends = [e for _, e in tops]
    prefix = [0]
    for s, e in tops:
        prefix.append(prefix[-1] + e - s)
    acc_s: list[int] = []
    acc_e: list[int] = []
    for n, (a, b) in enumerate(found):
        if n % 256 == 0:
            checkpoint("finding block quotes")
        lo = bisect.bisect_right(ends, a)  # first quote ending after the block starts
        hi = bisect.bisect_left(starts, b)  # first quote starting at or after its end
        covered = 0
        if lo < hi:  # quotes lo … hi-1 overlap the block: clip the first and the last
            covered = prefix[hi] - prefix[lo] - max(0, a - starts[lo]) - max(0, ends[hi - 1] - b)
        k = bisect.bisect_right(acc_e, a)
        while k < len(acc_s) and acc_s[k] < b:
            covered += min(b, acc_e[k]) - max(a, acc_s[k])
            k += 1
        if covered >= (b - a) // 2:
            continue  # the block's words are already quoted with marks
        if b - a > max_quote_chars:
            if problems is not None:
                problems.append(
                    MarkProblem(
                        a,
                        a + 1,
                        view[a],
                        f"block quote of {b - a} characters is longer than {max_quote_chars} "
                        "(max_quote_chars): it is not checked",
                    )
                )
            continue
        quotes.append(RawQuote(a, a, b, b, "", ""))
        i = bisect.bisect_right(acc_e, a)  # merge [a, b) into the union
        j = bisect.bisect_left(acc_s, b + 1)
        if i < j:
            a, b = min(a, acc_s[i]), max(b, acc_e[j - 1])
        acc_s[i:j] = [a]
        acc_e[i:j] = [b]
    quotes.sort(key=lambda q: (q.open_start, -q.close_end))
    link_parents(quotes)


MAX_QUOTE_DEPTH = 8
"""Quotes nested deeper than this (a quote inside a quote inside …) are reported, not checked:
the text of nested quotes adds up, so unbounded nesting would make the work quadratic."""


def _drop_deep(quotes: list[RawQuote], problems: list[MarkProblem]) -> None:
    """Remove quotes nested more than :data:`MAX_QUOTE_DEPTH` levels deep (one problem each)."""
    if all(q.depth < MAX_QUOTE_DEPTH for q in quotes):
        return
    kept = []
    for q in quotes:
        if q.depth < MAX_QUOTE_DEPTH:
            kept.append(q)
        else:
            problems.append(
                MarkProblem(
                    q.open_start,
                    max(q.open_end, q.open_start + 1),
                    q.open_mark or " ",
                    f"quote nested {q.depth + 1} levels deep; quotes deeper than "
                    f"{MAX_QUOTE_DEPTH} levels are not checked",
                )
            )
    quotes[:] = kept
    link_parents(quotes)


def extract(
    document: Document,
    *,
    language: str = "en",
    nlp: Any = None,
    known_speakers: Sequence[KnownSpeaker] = (),
    lang_data: LanguageData | None = None,
    max_quote_chars: int = DEFAULT_MAX_QUOTE_CHARS,
    parse: str = "focused",
    ranker: Ranker | None = None,
    settings: ExtractSettings | None = None,
) -> ExtractionResult:
    """Find every quote of ``document`` with its segments, kind and attribution.

    ``settings`` is the ``[extract]`` section of the configuration, handed over as it is; when
    given, its ``max_quote_chars`` and ``parse`` are used (the two keyword arguments are for
    calls without a configuration).

    Speakers are ranked candidates (:mod:`quotecheck.extract.attribution`): ``ranker`` scores
    them (default: the weights shipped for the language, if any; else the hand-ordered rules
    decide).

    ``parse="focused"`` (the default) runs the pipeline on the lines around quotes only, and
    the entity recogniser alone on other lines that may name a person
    (:mod:`quotecheck.extract.focus`); ``parse="full"`` parses the whole document.

    A quote longer than ``max_quote_chars`` is reported as a problem (QC150), not checked.  A
    document with quotes whose text is longer than the pipeline's ``max_length`` (spaCy's
    1,000,000 characters) is an :class:`~quotecheck.errors.InputTooLarge`.
    """
    if settings is not None:
        max_quote_chars, parse = settings.max_quote_chars, settings.parse
    lang = lang_data or get_language(language)
    view = document.view
    _refuse_too_long(document, nlp)
    scanned, marked = _quotes_of(document, lang, max_quote_chars)
    if not scanned.quotes:
        return ExtractionResult([], scanned.problems, language, marked)
    paragraphs = [m.end() for m in _PARAGRAPH.finditer(view)]
    sites = [
        QuoteSite(
            q.open_start,
            q.close_end,
            q.depth,
            bisect.bisect_right(paragraphs, q.open_start),
            q.continues,
            speaker_label(view, q.start, q.end) if q.depth == 0 else None,
        )
        for q in scanned.quotes
    ]
    pipeline = nlp if nlp is not None else load_pipeline(language)
    limit = getattr(pipeline, "max_length", None)
    if isinstance(limit, int) and len(view) > limit:
        raise InputTooLarge(
            f"has {len(view):,} characters with quotes in them, more than the {limit:,} the "
            "language pipeline reads in one document; split the file",
            path=document.path,
        )
    registry = _registry(tuple(known_speakers)).copy()
    checkpoint("parsing the article")
    doc, name_doc = _parse(pipeline, view, scanned.quotes, parse, lang)
    checkpoint("parsing the article")
    attributor = Attributor(
        doc,
        view,
        sites,
        lang,
        registry,
        parsed=has_parser(pipeline),
        name_doc=name_doc,
        ranker=ranker if ranker is not None else load_ranker(lang.code),
    )
    attributions = attributor.attribute_all()
    starts = line_starts(document.raw)
    checkpoint("attributing quotes")
    quotes: list[Quote] = []
    for index, (rq, site, att) in enumerate(zip(scanned.quotes, sites, attributions, strict=True)):
        if index % 256 == 0:
            checkpoint("reading quotes")
        framed = attributor.is_framed(index, att)
        quotes.append(
            _make_quote(document, rq, site, att, index, starts, language, lang, framed=framed)
        )
    return ExtractionResult(quotes, scanned.problems, language, marked)


def _quotes_of(
    document: Document, lang: LanguageData, max_quote_chars: int
) -> tuple[ScanResult, list[tuple[int, int]]]:
    """The quotes :func:`extract` reads, and the spans of the marked ones: quote marks paired,
    unmarked block quotes added, quotes nested too deep dropped, problems in text order.  One
    place for these steps, because :func:`parse_ahead` must compute the same quotes to parse
    the same texts ahead."""
    view = document.view
    scanned = scan(
        view,
        mark_spans=document.mark_spans,
        apostrophe_words=lang.apostrophe_words,
        max_quote_chars=max_quote_chars,
    )
    marked = [(rq.open_start, rq.close_end) for rq in scanned.quotes]
    _add_unmarked_blocks(
        view, document.block_quotes, scanned.quotes, scanned.problems, max_quote_chars
    )
    _drop_deep(scanned.quotes, scanned.problems)
    scanned.problems.sort(key=lambda p: p.start)
    return scanned, marked


def _refuse_too_long(document: Document, nlp: Any) -> None:
    """E105 before the marks are paired (:func:`quotecheck.extract.guard.refuse_too_long`)."""
    limit = getattr(nlp, "max_length", None) if nlp is not None else PIPELINE_MAX_LENGTH
    refuse_too_long(
        document.view, path=document.path, limit=limit if isinstance(limit, int) else None
    )


@functools.lru_cache(maxsize=8)
def _registry(known: tuple[KnownSpeaker, ...]) -> SpeakerRegistry:
    """The registry of the speakers sources declare, built once per set of sources (each
    article starts from a copy): registering is quadratic in the number of speakers."""
    registry = SpeakerRegistry()
    for ks in known:
        registry.add_external(ks.name, ks.aliases, ks.title)
    return registry


def _parse(
    pipeline: Any, view: str, quotes: Sequence[RawQuote], parse: str, lang: LanguageData
) -> tuple[Any, Any]:
    """The parsed document attribution reads, and a names-only parse of the lines it skipped
    (None when nothing was skipped or the pipeline has no entity recogniser)."""
    if parse not in PARSE_MODES:
        raise ValueError(f"parse must be one of {', '.join(PARSE_MODES)}, not {parse!r}")
    if parse == "full":
        return pipeline(defuse_runs(view)), None
    focused, names_view = _texts(pipeline, view, quotes, lang)
    doc = _run(pipeline, focused)
    if names_view is None:
        return doc, None
    return doc, _run(pipeline, names_view, names=True)


def _texts(
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
        # words that introduce a person a pronoun may later stand for: roles, titles, and
        # first names ("Margaret Okonjo opened …" two paragraphs before "she said")
        lang.role_nouns | lang.title_words | frozenset(lang.first_names),
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


@contextmanager
def parse_ahead(
    jobs: Sequence[tuple[Document, Any, LanguageData, ExtractSettings | None]],
    *,
    batch_size: int = 32,
) -> Iterator[None]:
    """Within the block, :func:`extract` takes the parses of ``jobs`` (document, pipeline,
    language, settings as :func:`extract` will get them) made in batches by ``nlp.pipe``.

    Why: spaCy's ``pipe`` runs the networks over many short texts at once, which costs about
    0.6 of parsing them one by one (the focused views of news articles are a few hundred
    words each).  The parses are the same (spaCy's batch and single calls give identical
    annotations; checked by the cold-start comparison).  Algorithm: the texts :func:`extract`
    would parse are computed with the steps it takes before parsing (quote marks paired,
    unmarked blocks added, deep quotes dropped, focused view), grouped by pipeline, parsed with
    ``pipe``; :func:`extract` looks its texts up (by pipeline, text and pass) and parses
    whatever it does not find itself, so a text computed differently only costs a parse.
    Documents that cannot be read this way (any error), "full" parsing and texts over
    :data:`PARSE_AHEAD_MAX_CHARS` are left to :func:`extract`, inside the article's time
    budget.  Bounds: the parses of one block are held until the block ends.
    """
    ready: dict[tuple[int, str, bool], list[Any]] = {}
    grouped: dict[int, tuple[Any, list[str], list[str]]] = {}
    for document, pipeline, lang, settings in jobs:
        try:
            texts = _ahead_texts(document, pipeline, lang, settings)
        except Exception:  # extract reports it, for this article alone
            continue
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
    try:
        yield
    finally:
        _AHEAD.reset(token)


def _ahead_texts(
    document: Document, pipeline: Any, lang: LanguageData, settings: ExtractSettings | None
) -> tuple[str, str | None] | None:
    """The texts :func:`extract` would parse for ``document`` (None: nothing to parse ahead)."""
    max_quote_chars = settings.max_quote_chars if settings else DEFAULT_MAX_QUOTE_CHARS
    if (settings.parse if settings else "focused") != "focused":
        return None
    view = document.view
    limit = getattr(pipeline, "max_length", PIPELINE_MAX_LENGTH)
    if len(view) > min(PARSE_AHEAD_MAX_CHARS, limit if isinstance(limit, int) else 0):
        return None
    scanned, _ = _quotes_of(document, lang, max_quote_chars)
    if not scanned.quotes:
        return None
    return _texts(pipeline, view, scanned.quotes, lang)


def _ner_part(pipeline: Any, name: str) -> bool:
    """The entity recogniser, and the embedding layer it listens to if it has no own."""
    if name == "ner":
        return True
    if name != "tok2vec":
        return False
    ner = pipeline.get_pipe("ner")
    return any(n.name == "tok2vec-listener" for n in ner.model.walk())


def _make_quote(
    document: Document,
    rq: RawQuote,
    site: QuoteSite,
    att: Attribution,
    index: int,
    starts: list[int],
    language: str,
    lang: LanguageData,
    *,
    framed: bool,
) -> Quote:
    raw, view = document.raw, document.view
    segs = segments_of(view, raw, rq.start, rq.end, label=site.label)
    words = len(view[rq.start : rq.end].split())
    line, column = position(starts, rq.start)
    return Quote(
        index=index,
        text=raw[rq.start : rq.end],
        start=rq.start,
        end=rq.end,
        line=line,
        column=column,
        open_mark=raw[rq.open_start : rq.open_end],
        close_mark=raw[rq.close_start : rq.close_end],
        kind=_kind(
            view,
            rq,
            words,
            framed,
            document.block_quotes,
            lang.stopwords,
            lang.title_cues,
        ),
        segments=segs,
        parent=rq.parent,
        continues=rq.continues,
        language=language,
        attribution=att,
    )


def extract_quotes(
    text: str,
    *,
    language: str = "en",
    nlp: Any = None,
    path: str = "<text>",
    fmt: str | None = None,
    parse: str = "focused",
) -> list[Quote]:
    """Every quote in ``text`` (plain text unless ``fmt``/``path`` say Markdown or HTML).

    ``parse`` is ``"focused"`` or ``"full"`` (see :func:`extract`)."""
    document = make_document(text, path=path, fmt=fmt or "text")
    return extract(document, language=language, nlp=nlp, parse=parse).quotes
