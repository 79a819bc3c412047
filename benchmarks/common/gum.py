"""Loader for the GUM Wikinews subset (``shared/data/gum-wikinews-quotes``).

The XML files hold one token per line (``word<TAB>PTB-tag<TAB>lemma…``) inside ``<s>``, ``<p>``,
``<quote>`` and other elements.  The loader rebuilds a plausible raw text:

* tokens are joined by single spaces, except before closing punctuation and clitics
  (``,`` ``.`` ``)`` ``'s`` ``n't``…), after opening brackets and opening quote marks, and
  around hyphens inside words (PTB tag ``HYPH``) and slashes;
* PTB quote tags decide direction: a mark tagged ``````  opens, one tagged ``''`` closes;
* block elements (``<p>``, ``<head>``, ``<caption>``, ``<item>``, ``<l>``, ``<sp>``…) are
  separated by a blank line.

Gold quotes are the ``<quote>`` elements.  GUM's spans include the quote marks (and sometimes
punctuation or a bracketed gloss after the closing mark), and a quotation of several sentences
is often split into one ``<quote>`` per sentence.  They are normalised to what quotecheck
reports, the text between one pair of marks:

1. consecutive ``<quote>`` elements separated only by spaces (no paragraph break) are merged
   when the first has no closing mark at its end and the second has no opening mark at its
   start;
2. an opening mark at the start is dropped; if the span opened with a mark, or ends with a
   double closing mark, it is cut before its last closing mark when only punctuation or a
   bracketed gloss follows that mark.

``<quote>`` elements without any marks (block quotations) are kept with ``marked=False``.

Caveat: GUM's ``<quote>`` annotation is not exhaustive (some documents with many quoted
utterances have no ``<quote>`` element at all), so precision on GUM is a lower bound.  Documents
are labelled ``with-quote-elements`` or ``without-quote-elements`` so that the benchmark can
report the first group on its own.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import Document, GoldQuote, strip_span

BLOCK_TAGS = frozenset({"p", "head", "caption", "item", "l", "lg", "list", "sp", "figure"})
NO_SPACE_BEFORE = frozenset(",.;:?!)]}%") | {"...", "..", "n't", "n\u2019t", "\u2026."}
NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#"})
_CLITIC = re.compile(r"^['\u2019](s|re|ve|ll|m|d|t)$", re.IGNORECASE)
QUOTE_TOKENS = frozenset({'"', "'", "``", "''", "\u201c", "\u201d", "\u2018", "\u2019"})
_PTB_MARKS = {"``": '"', "''": '"'}
OPEN_MARKS = frozenset("\"\u201c\u2018'")
DOUBLE_CLOSE = frozenset('"\u201d')
_AFTER_CLOSE = re.compile(r"^(?:\s|[.,;:!?)\]]|\([^()]*\)|\(\([^()]*\)\))*$")


@dataclass
class RawQuote:
    """A ``<quote>`` element as found in the file (marks included), before normalisation."""

    start: int
    end: int


@dataclass
class GumDocument(Document):
    """A GUM document with its raw ``<quote>`` spans (before normalisation) and token count."""

    raw_quotes: list[RawQuote] | None = None
    n_tokens: int = 0


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.prev_token: str | None = None
        self.prev_tag = ""
        self.glue_next = True  # no space before the next token
        self.pending_break = False
        self.n_tokens = 0

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def block_break(self) -> None:
        if self.length:
            self.pending_break = True

    def token(self, word: str, tag: str) -> tuple[int, int]:
        out = _PTB_MARKS.get(word, word) if tag in ("``", "''") else word
        is_mark = word in QUOTE_TOKENS and tag in ("``", "''")
        glue = self.glue_next
        if (
            word in NO_SPACE_BEFORE
            or _CLITIC.match(word)
            or tag == "POS"
            or tag == "HYPH"
            or word == "/"
            or (is_mark and tag == "''")
        ):
            glue = True
        if self.pending_break:
            self._emit("\n\n")
            glue = True
            self.pending_break = False
        elif not glue and self.length:
            self._emit(" ")
        start = self.length
        self._emit(out)
        self.n_tokens += 1
        self.glue_next = (
            word in NO_SPACE_AFTER or tag == "HYPH" or word == "/" or (is_mark and tag == "``")
        )
        return start, self.length

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _walk(elem: ET.Element, b: _Builder, quotes: list[RawQuote]) -> tuple[int, int] | None:
    """Emit the tokens of ``elem``; returns the span from its first to its last token."""
    if elem.tag in BLOCK_TAGS:
        b.block_break()
    spans: list[tuple[int, int]] = []

    def lines(chunk: str | None) -> None:
        if not chunk:
            return
        for line in chunk.split("\n"):
            if not line.strip():
                continue
            cols = line.split("\t")
            spans.append(b.token(cols[0], cols[1] if len(cols) > 1 else ""))

    lines(elem.text)
    for child in elem:
        inner = _walk(child, b, quotes)
        if inner is not None:
            spans.append(inner)
        lines(child.tail)
    if elem.tag in BLOCK_TAGS:
        b.block_break()
    if not spans:
        return None
    span = (spans[0][0], spans[-1][1])
    if elem.tag == "quote":
        quotes.append(RawQuote(*span))
    return span


def _merge(text: str, raw: list[RawQuote]) -> list[tuple[int, int]]:
    """Merge consecutive quote elements that are pieces of one marked quotation."""
    merged: list[list[int]] = []
    for q in sorted(raw, key=lambda r: r.start):
        if merged:
            prev = merged[-1]
            gap = text[prev[1] : q.start]
            prev_closed = re.search(r"[\"\u201d]\W*$", text[prev[0] : prev[1]]) is not None
            opens = text[q.start] in OPEN_MARKS
            if gap.strip() == "" and "\n" not in gap and not prev_closed and not opens:
                prev[1] = q.end
                continue
        merged.append([q.start, q.end])
    return [(s, e) for s, e in merged]


def normalise_span(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Strip the enclosing marks from a gold span; returns (start, end, marked)."""
    start, end = strip_span(text, start, end)
    opened = start < end and text[start] in OPEN_MARKS
    open_char = text[start] if opened else ""
    if opened:
        start += 1
    # cut before the last closing mark when only punctuation or a gloss follows it
    closers = DOUBLE_CLOSE if open_char in '"\u201c' or not opened else {"'", "\u2019"}
    closed = False
    for i in range(end - 1, start - 1, -1):
        if text[i] in closers:
            if _AFTER_CLOSE.match(text[i + 1 : end]):
                end = i
                closed = True
            break
    start, end = strip_span(text, start, end)
    return start, end, opened or closed


def load_file(path: Path) -> GumDocument:
    """Read one GUM XML file."""
    root = ET.parse(path).getroot()
    b = _Builder()
    raw: list[RawQuote] = []
    _walk(root, b, raw)
    text = b.text
    gold = [
        GoldQuote(s, e, marked=m)
        for s, e, m in (normalise_span(text, *sp) for sp in _merge(text, raw))
    ]
    genre = "interview" if "_interview_" in path.name else "news"
    return GumDocument(
        id=root.get("id", path.stem),
        text=text,
        language="en",
        quotes=gold,
        group=genre,
        subsets=("with-quote-elements" if raw else "without-quote-elements",),
        raw_quotes=raw,
        n_tokens=b.n_tokens,
    )


def load(directory: Path) -> list[GumDocument]:
    """Load every ``*.xml`` under ``directory`` (or its ``xml/`` subfolder), sorted by name."""
    xml_dir = directory / "xml" if (directory / "xml").is_dir() else directory
    return [load_file(p) for p in sorted(xml_dir.glob("*.xml"))]
