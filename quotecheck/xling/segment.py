"""Words, sentences and candidate spans of a source, all as raw character offsets.

A source is cut into sentences, sentences into clauses (at ``, ; : – — ( )``), and the units that
are embedded once (and cached) are: every sentence, every run of adjacent clauses inside a
sentence, and every pair of adjacent sentences of a paragraph (for quotes of two sentences).
Word windows around the best candidate sentences are made at query time
(:func:`windows`), sized after the quote, so that a fragment of four words maps to its four or
five words in the source and not to the whole sentence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from quotecheck.inputs.labels import speaker_labels
from quotecheck.lang.schema import LanguageData
from quotecheck.scanner import OPENERS

__all__ = [
    "SENTENCE_OPENERS",
    "Layout",
    "Token",
    "Unit",
    "crossing_windows",
    "layout",
    "tokens",
    "windows",
]

_TOKEN = re.compile(
    r"(?P<num>[-+\u2212]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)"
    r"|\d+(?:[.,'\u00a0\u202f]\d+)*))"
    # a dotted abbreviation is one word ("U.S.", "E.U."), not two letters
    r"|(?P<word>(?:[^\W\d_]\.){2,}(?![^\W\d_])|[^\W\d_](?:\w|['’\-](?=[^\W_]))*)"
    r"|(?P<sym>[%€$£¥₽])"
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»«)\]]*(?=\s)|\n[ \t]*\n\s*")
SENTENCE_OPENERS = OPENERS | frozenset("([¿¡")
"""What may stand before the first word of a sentence: the quote marks that open a quote (the
extractor's, :data:`quotecheck.scanner.OPENERS`), an opening bracket, an inverted mark."""
_CLAUSE = re.compile(r"[,;:()\[\]–—]|\s-\s")
MAX_CLAUSES = 8
"""Sentences with more clauses get only single clauses and pairs of them as units."""


@dataclass(frozen=True, slots=True)
class Token:
    """A word, a number or a unit symbol, with raw offsets."""

    text: str
    start: int
    end: int
    kind: str  # "word", "num" or "sym"


@dataclass(frozen=True, slots=True)
class Unit:
    """A candidate span of the source: tokens ``[first, last)`` of sentence ``sentence``."""

    first: int
    last: int
    sentence: int
    kind: str  # "sentence", "clauses", "pair" or "window"


@dataclass(frozen=True)
class Layout:
    """A source cut into tokens, sentences (token ranges) and embedding units."""

    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[tuple[int, int], ...]
    units: tuple[Unit, ...]
    clause_starts: frozenset[int] = frozenset()
    """Token indices where a clause (or a sentence) begins."""

    def clause_bounds(self, sentence: int, first: int, last: int) -> tuple[int, int]:
        """Start of the clause holding token ``first``; end of the one holding ``last - 1``."""
        a, b = self.sentences[sentence]
        lo = max((k for k in self.clause_starts if a <= k <= first), default=a)
        hi = min((k for k in self.clause_starts if last <= k < b), default=b)
        return lo, hi

    def span(self, unit: Unit) -> tuple[int, int]:
        """Raw character offsets of ``unit``."""
        return self.tokens[unit.first].start, self.tokens[unit.last - 1].end

    def unit_text(self, unit: Unit) -> str:
        """The source's words of ``unit`` as written."""
        a, b = self.span(unit)
        return self.text[a:b]


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words, numbers and unit symbols of ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    return [
        Token(m.group(0), m.start(), m.end(), m.lastgroup or "word")
        for m in _TOKEN.finditer(text, start, end)
    ]


def _abbreviation(text: str, dot: int, lang: LanguageData) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial (Dr., J.)."""
    m = re.search(r"([^\W\d_][\w.]*)$", text[max(0, dot - 20) : dot])
    if not m:
        return False
    word = m.group(1).lower()
    if len(word) == 1 or "." in word:
        return True
    return f"{word}." in lang.abbreviations or word in lang.title_words


def _sentence_bounds(text: str, start: int, end: int, lang: LanguageData) -> list[tuple[int, int]]:
    cuts = [start]
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.group(0).strip() == "":  # blank line
            cuts.append(m.end())
            continue
        nxt = m.end()
        while nxt < end and (text[nxt].isspace() or text[nxt] in SENTENCE_OPENERS):
            nxt += 1
        if nxt >= end:
            continue
        if not (text[nxt].isupper() or text[nxt].isdigit()):
            continue
        if (
            text[m.start()] == "."
            and m.end() - m.start() == 1
            and _abbreviation(text, m.start(), lang)
        ):
            continue
        cuts.append(m.end())
    # A speaker label opens a turn, and with it a sentence ("ANN LEE: …"): the one definition
    # of a label, the one the source's turns are read by.
    for label in speaker_labels(text, start, lang.code):
        if label.start() >= end:
            break
        cuts.append(label.start())
    cuts = [*sorted(set(cuts)), end]
    return [(a, b) for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


def layout(text: str, lang: LanguageData, start: int = 0) -> Layout:
    """Tokens, sentences and embedding units of ``text[start:]``."""
    toks = tokens(text, start)
    sentences: list[tuple[int, int]] = []
    paragraph_break: list[bool] = []  # before each sentence
    i = 0
    for a, b in _sentence_bounds(text, start, len(text), lang):
        j = i
        while j < len(toks) and toks[j].start < b:
            j += 1
        first = i
        while first < j and toks[first].start < a:
            first += 1
        if j > first:
            before = text[toks[sentences[-1][1] - 1].end : toks[first].start] if sentences else ""
            paragraph_break.append("\n\n" in before.replace("\r", "") or not sentences)
            sentences.append((first, j))
        i = j
    units: list[Unit] = []
    all_starts: set[int] = set()
    for si, (a, b) in enumerate(sentences):
        units.append(Unit(a, b, si, "sentence"))
        clause_starts = [a] + [
            k for k in range(a + 1, b) if _CLAUSE.search(text, toks[k - 1].end, toks[k].start)
        ]
        bounds = [*clause_starts, b]
        all_starts.update(clause_starts)
        n = len(clause_starts)
        for x in range(n):
            for y in range(x + 1, n + 1):
                if (x, y) == (0, n) or (n > MAX_CLAUSES and y - x > 2):
                    continue
                units.append(Unit(bounds[x], bounds[y], si, "clauses"))
        if si + 1 < len(sentences) and not paragraph_break[si + 1]:
            units.append(Unit(a, sentences[si + 1][1], si, "pair"))
    return Layout(text, tuple(toks), tuple(sentences), tuple(units), frozenset(all_starts))


def crossing_windows(lay: Layout, sentence: int, lengths: list[int]) -> list[Unit]:
    """Word windows of the given lengths that run from one sentence into the next, both
    ways round ``sentence`` and inside one paragraph (where the layout has a sentence pair):
    for a quote that joins two sentences of its source ("It is not a cut. Inflation is …"
    rendered « Ce n'est pas une baisse, mais l'inflation … »), whose words neither sentence
    holds alone.  Each is a ``pair`` unit of the first of its two sentences."""
    paired = {u.sentence for u in lay.units if u.kind == "pair"}
    out: list[Unit] = []
    for first in (sentence - 1, sentence):
        if first not in paired:
            continue
        a, mid = lay.sentences[first]
        b = lay.sentences[first + 1][1]
        for n in sorted(set(lengths)):
            out.extend(
                Unit(k, k + n, first, "pair")
                for k in range(max(a, mid - n + 1), min(mid, b - n + 1))
            )
    return out


def windows(lay: Layout, sentence: int, lengths: list[int], *, margin: int = 0) -> list[Unit]:
    """Word windows of the given lengths inside a sentence (widened by ``margin`` tokens)."""
    a, b = lay.sentences[sentence]
    a, b = max(0, a - margin), min(len(lay.tokens), b + margin)
    out: list[Unit] = []
    for n in sorted(set(lengths)):
        if n < 1 or n >= b - a:
            continue
        out.extend(Unit(k, k + n, sentence, "window") for k in range(a, b - n + 1))
    return out
