"""Which spans of an article are quotes: marks paired, unmarked block quotes added, quotes
nested too deep dropped.

One place for these steps, because :func:`quotecheck.extract.extract` and
:func:`quotecheck.extract.parse_ahead` must compute the same quotes to parse the same texts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from quotecheck.budget import checkpoint
from quotecheck.extract.dialogue import dialogue_turns
from quotecheck.extract.incise import split_incises
from quotecheck.inputs.document import Document
from quotecheck.lang.schema import LanguageData
from quotecheck.scanner import (
    ALL_MARKS,
    DEFAULT_MAX_QUOTE_CHARS,
    MarkProblem,
    RawQuote,
    ScanResult,
    link_parents,
    scan,
)

__all__ = ["MAX_QUOTE_DEPTH", "add_unmarked_blocks", "drop_deep", "quotes_of"]

_CREDITED_PARAGRAPH = re.compile(
    r"(?m)^(?P<body>[^\n]{20,}?)[ \t]+[—–]{1,2}[ \t]*"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})(?:,[^\n]{0,100})?[ \t]*$"
)


def add_unmarked_blocks(
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


def drop_deep(quotes: list[RawQuote], problems: list[MarkProblem]) -> None:
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


def quotes_of(
    document: Document, lang: LanguageData, max_quote_chars: int
) -> tuple[ScanResult, list[tuple[int, int]]]:
    """The quotes :func:`quotecheck.extract.extract` reads, and the spans of the marked ones
    (``<q>`` elements included):
    quote marks paired, a reporter's incise cut out (:mod:`quotecheck.extract.incise`; its
    pieces' spans are marked apart), dialogue turns set out with dashes added
    (:mod:`quotecheck.extract.dialogue`; the narrator's incise unmarked), unmarked block
    quotes added, quotes nested too deep dropped, problems in text order."""
    view = document.view
    scanned = scan(
        view,
        mark_spans=document.mark_spans,
        apostrophe_words=lang.apostrophe_words,
        max_quote_chars=max_quote_chars,
    )
    split_incises(view, scanned.quotes, lang)  # « …, a dit X, … »: the cue is narration
    dialogue_turns(view, scanned.quotes, lang)  # —No vamos —dijo X—, pero …: dashes, no marks
    marked = [(rq.open_start, rq.close_end) for rq in scanned.quotes]
    marked += document.inline_quotes  # an HTML <q>: quoted words, the tags their marks
    add_unmarked_blocks(
        view, document.block_quotes, scanned.quotes, scanned.problems, max_quote_chars
    )
    drop_deep(scanned.quotes, scanned.problems)
    scanned.problems.sort(key=lambda p: p.start)
    return scanned, marked
