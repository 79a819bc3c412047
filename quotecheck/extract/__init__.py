"""Stage 1, extract: article text → quotes with speaker, kind, segments and raw offsets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from quotecheck.extract.attribution import Attributor, QuoteSite
from quotecheck.extract.nlp import has_parser, load_pipeline
from quotecheck.extract.scanner import MarkProblem, RawQuote, scan
from quotecheck.extract.speakers import SpeakerRegistry
from quotecheck.inputs.document import Document, make_document
from quotecheck.lang import get_language
from quotecheck.lang.schema import LanguageData
from quotecheck.models import Attribution, Quote, QuoteKind, Segment, SegmentKind

__all__ = ["ExtractionResult", "KnownSpeaker", "extract", "extract_quotes", "line_starts"]

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


def line_starts(text: str) -> list[int]:
    """Offsets at which each line starts (for 1-based line/column conversion)."""
    return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


def position(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) of a code-point offset."""
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def segments_of(view: str, raw: str, start: int, end: int) -> tuple[Segment, ...]:
    """Split a quote's inside into text, ellipsis and insertion segments (raw offsets)."""
    cuts: list[tuple[int, int, SegmentKind]] = []
    for m in _ELLIPSIS.finditer(view, start, end):
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


def _kind(
    view: str, rq: RawQuote, words: int, attributed: bool, blocks: Sequence[tuple[int, int]]
) -> QuoteKind:
    if any(a <= rq.open_start and rq.close_end <= b for a, b in blocks):
        return QuoteKind.BLOCK
    i = rq.open_start - 1
    while i >= 0 and view[i] in " \t":
        i -= 1
    before = view[i] if i >= 0 else "\n"
    inside = view[rq.start : rq.end].strip()
    sentence_start = before in "\n.!?:" or i < 0
    if not attributed and words <= 3 and not sentence_start:
        return QuoteKind.SCARE
    if sentence_start and inside[:1].isupper():
        return QuoteKind.FULL
    if inside[:1].isupper() and inside.rstrip()[-1:] in ".?!," and before in ",":
        return QuoteKind.FULL
    return QuoteKind.PARTIAL


def extract(
    document: Document,
    *,
    language: str = "en",
    nlp: Any = None,
    known_speakers: Sequence[KnownSpeaker] = (),
    lang_data: LanguageData | None = None,
) -> ExtractionResult:
    """Find every quote of ``document`` with its segments, kind and attribution."""
    lang = lang_data or get_language(language)
    view = document.view
    scanned = scan(view, mark_spans=document.mark_spans, apostrophe_words=lang.apostrophe_words)
    if not scanned.quotes:
        return ExtractionResult([], scanned.problems, language)
    paragraphs = [m.end() for m in _PARAGRAPH.finditer(view)]
    sites = [
        QuoteSite(
            q.open_start,
            q.close_end,
            q.depth,
            bisect.bisect_right(paragraphs, q.open_start),
            q.continues,
        )
        for q in scanned.quotes
    ]
    pipeline = nlp if nlp is not None else load_pipeline(language)
    registry = SpeakerRegistry()
    for ks in known_speakers:
        registry.add_external(ks.name, ks.aliases, ks.title)
    doc = pipeline(view)
    attributions = Attributor(
        doc, view, sites, lang, registry, parsed=has_parser(pipeline)
    ).attribute_all()
    starts = line_starts(document.raw)
    quotes: list[Quote] = []
    for index, (rq, att) in enumerate(zip(scanned.quotes, attributions, strict=True)):
        quotes.append(_make_quote(document, rq, att, index, starts, language))
    return ExtractionResult(quotes, scanned.problems, language)


def _make_quote(
    document: Document, rq: RawQuote, att: Attribution, index: int, starts: list[int], language: str
) -> Quote:
    raw, view = document.raw, document.view
    segs = segments_of(view, raw, rq.start, rq.end)
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
            att.speaker is not None or att.mention is not None,
            document.block_quotes,
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
) -> list[Quote]:
    """Every quote in ``text`` (plain text unless ``fmt``/``path`` say Markdown or HTML)."""
    document = make_document(text, path=path, fmt=fmt or "text")
    return extract(document, language=language, nlp=nlp).quotes
