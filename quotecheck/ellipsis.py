"""What counts as an ellipsis: the one definition of the mark a writer puts where a quote was cut.

An ellipsis tells the reader that words of the original are missing.  quotecheck reads it as a
cut the source may fill: the matcher aligns the pieces on either side of it separately (the
``elided`` verdict, QC105 when the cut words change the meaning), while pieces joined *without*
one are a splice (QC103).  Extraction (``extract/segments.py``), the cross-language path
(``xling/core.py``, which drops the marks before embedding a quote) and the lineage page
(``lineage/html.py``, which shows them as cuts) must agree on what the mark is, so it is decided
here and only here.

The definition is the reading extraction has always had (the one the verdicts and benchmarks
were measured with); the other two places follow it.  An ellipsis is

* the character ``…`` (U+2026 HORIZONTAL ELLIPSIS);
* three full stops, ``...``, each one separated from the next by at most one white-space
  character (a space, a no-break space, even a line break), so the spaced ``. . .`` of AP
  and Chicago style counts and ``.  .  .`` with two spaces does not.  Four dots in a row,
  ``....``, are a sentence's full stop (or an abbreviation's, "U.S....") followed by an
  ellipsis: the last three are the mark, the full stop stays with the words before it.  A run
  of five or more (a row of leader dots) is not read as one;
* either of those inside brackets, the editor's mark of a cut: ``[…]``, ``(…)``, ``[...]``,
  ``(...)``, ``[. . .]``, with any white space inside the brackets (``[ … ]``).  The brackets
  belong to the mark, so a bracketed ellipsis is never also read as an editorial insertion
  (``[the minister]``, :mod:`quotecheck.insertion`).  The two brackets are not checked for
  kind (``[…)`` counts too).

White space around the mark is not part of it: ``word…word``, ``word … word`` and ``word …``
are all the same ellipsis, and the callers trim the spaces beside it.  The marks are the same in
every supported language; a mark of one language only would belong in its language data.

The expression has no nested quantifiers; an attempt reads at most the white space after one
bracket, so a scan of a text is O(n).
This module imports nothing from the rest of quotecheck, so every layer may use it.
"""

from __future__ import annotations

import re

__all__ = ["ELLIPSIS", "PATTERN", "is_ellipsis"]

PATTERN = (
    r"(?:[\[(]\s*(?:\u2026|\.\s?\.\s?\.)\s*[\])]|\u2026"
    r"|(?:(?<!\.)|(?<=(?<!\.)\.))\.\s?\.\s?\.(?!\.))"
)
"""The ellipsis as a regular expression, a non-capturing group to embed in a larger one (a
tokeniser's alternatives).  The bracketed forms come first so that the brackets are part of the
match; the bare dots refuse a full stop after them and accept at most one before them (the
full stop of the four-dot form), so no ellipsis is read inside five dots or more."""

ELLIPSIS = re.compile(PATTERN)
""":data:`PATTERN` compiled: ``ELLIPSIS.finditer(text, start, end)`` finds the marks."""


def is_ellipsis(text: str) -> bool:
    """True when the whole of ``text`` is one ellipsis (a token, without spaces around it)."""
    return ELLIPSIS.fullmatch(text) is not None
