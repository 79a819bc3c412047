"""Shared types and span helpers for the benchmarks.

Every offset here is a code-point offset into a document's ``text``; every span is half-open
``(start, end)``.  Gold quote spans always cover the text *between* the quote marks, which is
what quotecheck's extractor reports, so loaders strip the marks from their gold spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quotecheck.lang.sentences import BLANK_LINE

Span = tuple[int, int]

DOUBLE_OPENERS = frozenset('"\u201c\u201e\u00bb\u00ab')
"""Characters that can open a double quotation (straight, “, „, », «)."""
DOUBLE_CLOSERS = frozenset('"\u201d\u201c\u00ab\u00bb')
"""Characters that can close a double quotation (straight, ”, “, «, »)."""
SINGLE_QUOTES = frozenset("'\u2018\u2019\u201a")
ALL_QUOTE_CHARS = DOUBLE_OPENERS | DOUBLE_CLOSERS | SINGLE_QUOTES

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class GoldQuote:
    """A gold quotation: the span between its marks, and who the gold data says spoke it."""

    start: int
    end: int
    speaker_spans: tuple[Span, ...] = ()
    """Where the gold speaker (Source) is mentioned; empty when the data gives none."""
    speaker_text: str | None = None
    marked: bool = True
    """False for gold quotes that stand in the text without any quote marks (block quotes)."""


@dataclass
class Document:
    """One benchmark document: rebuilt or raw text plus its gold quotes."""

    id: str
    text: str
    language: str
    quotes: list[GoldQuote] = field(default_factory=list)
    group: str = ""
    """A sub-collection label (e.g. the GUM genre)."""
    subsets: tuple[str, ...] = ()
    """Further labels the benchmark reports separately (e.g. GUM documents with gold quotes)."""


def count_tokens(text: str) -> int:
    """A system-independent token count (words and single punctuation characters)."""
    return len(_TOKEN.findall(text))


def strip_span(text: str, start: int, end: int) -> Span:
    """Shrink ``(start, end)`` so that it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraphs(text: str) -> list[Span]:
    """Spans of the paragraphs of ``text``, separated by blank lines as the package reads
    them (:data:`~quotecheck.lang.sentences.BLANK_LINE`)."""
    out: list[Span] = []
    pos = 0
    for m in BLANK_LINE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _flanking(text: str, i: int) -> tuple[bool, bool]:
    """Whether the mark at ``i`` may open (followed by a non-space) or close (preceded by one)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    can_open = not nxt.isspace() and (prev.isspace() or prev in "([{\u2014\u2013-/")
    can_close = not prev.isspace()
    return can_open, can_close


def _doubled_as_double(text: str) -> str:
    """``text`` (same length) with typewriter doubled marks read as a straight double mark:
    ``''`` before a word becomes `` "`` (opening), after a word ``" `` (closing)."""
    chars = list(text)
    for m in re.finditer(r"(?<!')''(?!')", text):
        a = m.start()
        nxt = text[a + 2] if a + 2 < len(text) else " "
        chars[a : a + 2] = [" ", '"'] if not nxt.isspace() else ['"', " "]
    return "".join(chars)


def double_quote_regions(
    text: str,
    pairs: Sequence[tuple[str, str]],
    *,
    curly_singles: bool = False,
    doubled: bool = False,
) -> list[Span]:
    """Spans between paired quote marks, paragraph by paragraph (outermost quotes only).

    This is the benchmark's own, deliberately simple pairing, independent of quotecheck so that
    the gold data does not depend on the system under test.  Only the listed ``pairs`` of
    double marks are used.  A straight ``"`` opens when it is followed by a non-space and
    preceded by a space or bracket, and closes an open quotation when it is preceded by a
    non-space; typographic openers always open.  Marks of another kind inside an open
    quotation are nested quotes and are skipped; the same opener again restarts the quotation.
    An opening mark that is not closed before the end of its paragraph yields a region up to
    the end of the paragraph (the convention for quotations that run over several paragraphs).

    With ``curly_singles``, ‘…’ outside double quotes also make regions (headlines quote with
    single marks); a ’ closes only when no letter follows it, so apostrophes are skipped.
    With ``doubled``, two straight single marks (''…'', the New York Times archive's double
    quote) count as a straight double mark.
    """
    if doubled:
        text = _doubled_as_double(text)
    openers = {o for o, _ in pairs}
    closers = {c for _, c in pairs}
    pair_set = set(pairs)
    if curly_singles:
        openers.add("\u2018")
        closers.add("\u2019")
        pair_set.add(("\u2018", "\u2019"))
    regions: list[Span] = []

    def add(start: int, end: int) -> None:
        s, e = strip_span(text, start, end)
        if e > s:
            regions.append((s, e))

    for p_start, p_end in paragraphs(text):
        open_at: int | None = None
        open_char = ""
        for i in range(p_start, p_end):
            c = text[i]
            if c not in openers and c not in closers:
                continue
            can_open, can_close = _flanking(text, i)
            if c == "\u2019":
                nxt = text[i + 1] if i + 1 < len(text) else " "
                can_close = can_close and not nxt.isalnum()
            if open_at is not None:
                if c in closers and (open_char, c) in pair_set and can_close:
                    add(open_at + 1, i)
                    open_at = None
                elif c == open_char and c not in closers:  # the same opener: restart
                    if c != "\u2018":
                        add(open_at + 1, i)
                    open_at = i
            elif c in openers and (can_open or (c != '"' and c not in closers)):
                open_at, open_char = i, c
        if open_at is not None and open_char != "\u2018":  # single quotes stay in a paragraph
            add(open_at + 1, p_end)
    return regions


def span_union_overlap(span: Span, others: Iterable[Span]) -> int:
    """Number of characters of ``span`` covered by the union of ``others``."""
    covered = 0
    cursor = span[0]
    for s, e in sorted(others):
        s = max(s, cursor)
        e = min(e, span[1])
        if e > s:
            covered += e - s
            cursor = e
    return covered


def region_is_quoted_content(region: Span, content: Sequence[Span]) -> bool:
    """Whether an annotated content/message (a list of spans) makes ``region`` a gold quote.

    True when the content lies entirely inside the region (its words are inside the marks), or
    when the content covers at least half of the region's characters.
    """
    if not content:
        return False
    lo = min(s for s, _ in content)
    hi = max(e for _, e in content)
    if region[0] <= lo and hi <= region[1]:
        return True
    return 2 * span_union_overlap(region, content) >= region[1] - region[0]


def gold_from_regions(
    text: str,
    regions: Sequence[Span],
    attributions: Sequence[tuple[Sequence[Span], Sequence[Span]]],
) -> list[GoldQuote]:
    """Gold quotes from quote-mark regions and (content spans, source spans) annotations.

    Each region becomes at most one gold quote, assigned to the annotation covering most of it.
    """
    out: list[GoldQuote] = []
    for region in regions:
        best: tuple[int, Sequence[Span]] | None = None
        for content, source in attributions:
            if region_is_quoted_content(region, content):
                cover = span_union_overlap(region, content)
                if best is None or cover > best[0] or (cover == best[0] and source and not best[1]):
                    best = (cover, source)
        if best is None:
            continue
        source = tuple(sorted(best[1]))
        speaker_text = " ".join(text[s:e] for s, e in source) if source else None
        out.append(GoldQuote(region[0], region[1], source, speaker_text))
    return out
