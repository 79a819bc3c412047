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

__all__ = ["KEEP", "MAX_RUN", "defuse_runs"]

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
