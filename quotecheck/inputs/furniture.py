"""Page furniture in a text source: page numbers and running headers a PDF's text kept.

A PDF saved as text (``pdftotext``) keeps each page's number and running header as lines of
their own between the lines of the text, often in the middle of a sentence.  They are no
one's words: a quote that runs across a page break would otherwise read as "dropped “215”"
(a number changed) or "added" words (red team 22 F10).  The PDF reader drops them
(:mod:`quotecheck.inputs.pdf`); for a text source this module finds them, and the source's
text has them blanked (spaces, line breaks kept), so every offset still points into the file.

A line is furniture when it stands apart — a blank line or a form feed (or the text's edge)
before and after it — and is a page number, or is a running header or footer.  A page number
is a line that is only a number (:data:`PAGE_NUMBER`) and shows it numbers a page: it says so
("Page 3 of 5", "- 3 -"), or it stands next to a form feed, or it is a bare number ("215")
that the next or the previous bare number standing apart continues (214, 215, 216: pages
count up by one).  One lone number is not pagination: a speaker's "9." said as a paragraph of
its own is kept.  A running header recurs, digits folded, on at least two such lines, EVERY
one of them within :data:`NEAR_PAGE_BREAK` lines of a page number or a form feed, and is not
a sentence (a line ending in ".", "!" or "?" is someone's words: a speech's refrain).  A line
inside a paragraph, a repeated line away from a page break (a speaker's "Thank you." twice)
and a number a sentence holds are kept.  O(lines).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

__all__ = ["NEAR_PAGE_BREAK", "PAGE_NUMBER", "furniture_spans"]

PAGE_NUMBER = re.compile(
    r"(?:(?:page|p\.|seite|página|страница)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?"
    r"(?:\s*(?:of|/|von|de|из)\s*\d{1,4})?",
    re.I,
)
"""A line that is only a page number ("3", "Page 3 of 5", "- 3 -"): the one expression the
PDF reader and the text sources share."""

NEAR_PAGE_BREAK = 3
"""Lines at most (blank lines not counted) between a running header and the page number or
form feed that shows it stands at a page break."""

_SEPARATOR = re.compile(r"\r?\n|\f")
_BARE_NUMBER = re.compile(r"\d{1,4}")
_SENTENCE_ENDS = (".", "!", "?", "…")


def _paginating(numbers: set[int], breaks: set[int], line: Callable[[int], str]) -> set[int]:
    """The page-number lines among ``numbers`` (positions of apart lines that are only a
    number) that show they number pages: a line saying so ("Page 3", "- 3 -", "3 of 5"), one
    next to a form feed, or a bare number the previous or next bare one continues by one."""
    bare = [n for n in sorted(numbers) if _BARE_NUMBER.fullmatch(line(n))]
    out = (numbers - set(bare)) | (numbers & breaks)
    for (n, a), (m, b) in zip(
        [(n, int(line(n))) for n in bare], [(m, int(line(m))) for m in bare[1:]], strict=False
    ):
        if b == a + 1:
            out.update((n, m))
    return out


def _fold(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def furniture_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The spans of ``text`` from ``start`` on that are page furniture (each a line's
    characters, the line break left out), in text order."""
    lines: list[tuple[int, int, str]] = []  # (start, end, separator after: "\n", "\f" or "")
    a = start
    for m in _SEPARATOR.finditer(text, start):
        lines.append((a, m.start(), m.group()[-1]))
        a = m.end()
    lines.append((a, len(text), ""))
    content: list[int] = []  # indexes of the non-blank lines
    breaks: set[int] = set()  # positions in ``content`` right after a form feed
    apart: set[int] = set()  # positions in ``content`` of lines standing apart
    for k, (a, b, _) in enumerate(lines):
        if text[a:b].strip():
            content.append(k)

    def blank_or_edge(k: int) -> bool:
        return k < 0 or k >= len(lines) or not text[lines[k][0] : lines[k][1]].strip()

    for n, k in enumerate(content):
        after_feed = k > 0 and lines[k - 1][2] == "\f"
        before_feed = lines[k][2] == "\f"
        if after_feed or before_feed:
            breaks.add(n)
        if (after_feed or blank_or_edge(k - 1)) and (before_feed or blank_or_edge(k + 1)):
            apart.add(n)
    numbers = {n for n in apart if PAGE_NUMBER.fullmatch(_text(text, lines[content[n]]))}
    numbers = _paginating(numbers, breaks, lambda n: _text(text, lines[content[n]]))
    anchors = sorted(numbers | breaks)
    seen: dict[str, list[int]] = defaultdict(list)
    for n in sorted(apart - numbers):
        line = _text(text, lines[content[n]])
        if not line.endswith(_SENTENCE_ENDS):
            seen[_fold(line)].append(n)
    out = set(numbers)
    for same in seen.values():
        if len(same) >= 2 and all(
            any(abs(n - m) <= NEAR_PAGE_BREAK for m in anchors if m != n) for n in same
        ):
            out.update(same)
    spans = []
    for n in sorted(out):
        a, b, _ = lines[content[n]]
        spans.append((a, b))
    return spans


def _text(text: str, line: tuple[int, int, str]) -> str:
    return text[line[0] : line[1]].strip()
