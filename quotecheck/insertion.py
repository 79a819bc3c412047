"""What counts as an editorial insertion: the one definition of the words a writer puts in brackets.

A writer who quotes someone may add words of their own inside square brackets, to say who "he"
was or to fill a word the cut left out: "[The senator] said the plan was dead".  Those words
are the writer's, not the speaker's, so quotecheck never compares them with a source: the
matcher aligns the speaker's words on either side of an insertion (a cut the source may fill,
as for an ellipsis) and the article is not blamed for words the speaker did not say.  Extraction
(``extract/segments.py``, the ``insertion`` segments of the JSON contract) and the cross-language
path (``xling/core.py``: the quote it embeds and the words its checks compare) must agree on
what an insertion is, so it is decided here and only here.

The definition is the reading extraction has always had (the one the verdicts and benchmarks
were measured with); the cross-language path, which dropped every bracket character and kept
the words inside, now follows it.  An insertion is

* an opening square bracket ``[``, 1 to 120 characters, a closing ``]``, none of those
  characters a square bracket or a line break: ``[the senator]``, ``[sic]``, ``[it]``,
  ``[ ]``.  Round brackets make one only as ``(sic)`` or ``(sic!)`` (any case), the editor's
  Latin "thus" in the house style that puts it in parentheses; otherwise (of them only the
  bracketed ellipsis ``(…)`` is a mark) inside a quote a parenthesis is read as the speaker's
  punctuation;
* not a bracketed ellipsis (:mod:`quotecheck.ellipsis`): ``[…]``, ``[...]`` and
  ``[. . .]`` are the editor's mark of a cut and the brackets belong to that mark;
* an ellipsis *inside* an insertion, ``[the … minister]``, is part of the insertion: the
  brackets make the whole the writer's, so the words are neither compared nor read as a cut
  of their own (before this module extraction read both, and the two marks overlapped).

Not insertions: ``[]`` (nothing inside), a bracket left open or closed alone, nested brackets
(``[a [b] c]``: only the inner ``[b]`` is one), a bracket running across a line break or holding
more than 120 characters (a bracketed passage that long is not a word or two of the writer's).
The marks are the same in every supported language.

Both expressions are linear: the insertion's body is one bounded character class, so a scan of a
text is O(n), and :func:`marks` adds one ellipsis attempt per bracket.
This module imports only :mod:`quotecheck.ellipsis`, so every layer above the foundation may
use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal, NamedTuple

from quotecheck.ellipsis import ELLIPSIS

__all__ = ["INSERTION", "PATTERN", "Mark", "insertions", "is_insertion", "marks"]

PATTERN = r"\[[^\[\]\n]{1,120}\]|\((?i:sic)!?\)"
"""Square brackets around 1 to 120 characters that are neither a bracket nor a line break (a
bracketed ellipsis matches it too and is told apart by :func:`insertions`), or ``(sic)``."""

INSERTION = re.compile(PATTERN)
""":data:`PATTERN` compiled (it still matches ``[…]``: use :func:`insertions`)."""


class Mark(NamedTuple):
    """A writer's mark inside a quote: ``text[start:end]`` is an ellipsis or an insertion."""

    start: int
    end: int
    kind: Literal["ellipsis", "insertion"]


def insertions(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """The spans of the insertions in ``text[start:end]``, in order (offsets into ``text``)."""
    stop = len(text) if end is None else end
    for m in INSERTION.finditer(text, start, stop):
        if ELLIPSIS.match(text, m.start(), stop) is None:  # "[…]" is an ellipsis
            yield m.span()


def is_insertion(text: str) -> bool:
    """True when the whole of ``text`` is one insertion, brackets included."""
    return next(insertions(text), None) == (0, len(text))


def marks(text: str, start: int = 0, end: int | None = None) -> list[Mark]:
    """Every ellipsis and insertion of ``text[start:end]``, in order and never overlapping: an
    ellipsis that starts inside an insertion is part of it."""
    found = [Mark(a, b, "insertion") for a, b in insertions(text, start, end)]
    stop = len(text) if end is None else end
    spans = iter(found)
    inside = next(spans, None)
    for m in ELLIPSIS.finditer(text, start, stop):
        while inside is not None and inside.end <= m.start():
            inside = next(spans, None)
        if inside is None or m.start() < inside.start:
            found.append(Mark(m.start(), m.end(), "ellipsis"))
    found.sort()
    return found
