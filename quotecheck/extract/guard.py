"""Guards that keep hostile text from reaching the language pipeline in a shape it takes
quadratic time over.

spaCy's tokenizer strips prefixes and suffixes one at a time from a whitespace-delimited chunk,
copying the rest each time: a chunk of n punctuation characters (``((((…``, ``……``, a run of
quote marks) costs O(n²) in C code the per-file time budget cannot interrupt (2,000 ``(`` took
a second, 8,000 twenty).  Chunks of letters or digits, and punctuation between letters, are
linear.  :func:`defuse_runs` blanks the middle of every run of more than :data:`MAX_RUN`
characters that are neither letters, digits nor whitespace, keeping :data:`KEEP` at each end
(so a quote mark or bracket beside a word stays where attribution looks for it).  Spaces keep
the length, so every token offset is still an offset into the article.  Linear, one regular
expression pass.
"""

from __future__ import annotations

import re

from quotecheck.errors import InputTooLarge
from quotecheck.scanner import ALL_MARKS

__all__ = ["KEEP", "MAX_RUN", "PIPELINE_MAX_LENGTH", "defuse_runs", "refuse_too_long"]

MAX_RUN = 16
"""Longest run of punctuation or symbols handed to the pipeline unchanged."""
KEEP = 4
"""Characters kept at each end of a longer run."""

_RUN = re.compile(r"(?:[^\w\s]|_){" + str(MAX_RUN + 1) + ",}")


def defuse_runs(text: str) -> str:
    """``text`` with the middle of each long punctuation run turned into spaces (same length)."""
    if _RUN.search(text) is None:
        return text
    return _RUN.sub(
        lambda m: m.group()[:KEEP] + " " * (len(m.group()) - 2 * KEEP) + m.group()[-KEEP:], text
    )


PIPELINE_MAX_LENGTH = 1_000_000
"""spaCy's default ``Language.max_length``: what the pipelines quotecheck loads read at once."""

_ANY_MARK = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")
"""Every character the scanner may pair as a quote mark (apostrophes included)."""


def refuse_too_long(text: str, *, path: str, limit: int | None, markup: bool = False) -> None:
    """:class:`~quotecheck.errors.InputTooLarge` (E105) at once for a text longer than the
    pipeline reads (``limit``) that has a quote mark in it (an apostrophe too: it may pair):
    such a text would be refused only after every mark had been paired and every piece of
    markup masked (19 MB of marks took 67 s and 3.4 GB, 19 MB of apostrophes over 4 minutes).
    ``markup`` texts (HTML, whose attributes are quoted) are left to the check on the masked
    view.  One regular-expression search."""
    if limit is None or markup or len(text) <= limit or _ANY_MARK.search(text) is None:
        return
    raise InputTooLarge(
        f"has {len(text):,} characters with quote marks in them, more than the {limit:,} the "
        "language pipeline reads in one document; split the file",
        path=path,
    )
