"""A quote's inside split into segments: its words, ellipses, editorial insertions, a speaker label.

The matcher compares only the text segments with the source; an ellipsis marks a cut the
source may fill, an insertion (``[the minister]``) words the writer added; what counts as either
is decided in :mod:`quotecheck.ellipsis` and :mod:`quotecheck.insertion`.
"""

from __future__ import annotations

from quotecheck.insertion import marks
from quotecheck.models import Segment, SegmentKind

__all__ = ["segments_of"]

_BOUNDARY_PUNCT = ",.;:"


def segments_of(
    view: str,
    raw: str,
    start: int,
    end: int,
    *,
    label: tuple[int, int] | None = None,
    credit: tuple[int, int] | None = None,
) -> tuple[Segment, ...]:
    """Split a quote's inside into text, ellipsis, insertion and speaker-label segments (raw
    offsets); ``label`` is the span of a transcript speaker label opening the quote,
    ``credit`` that of a credit line closing it ("… ¶ Ann Lee, Harbour Trust."): both say who
    speaks, not what."""
    cuts: list[tuple[int, int, SegmentKind]] = []
    for span in (label, credit):
        if span is not None:
            cuts.append((span[0], span[1], SegmentKind.LABEL))
    for m in marks(view, start, end):
        if not any(a <= m.start < b for a, b, _ in cuts):  # a mark inside the label belongs to it
            cuts.append((m.start, m.end, SegmentKind(m.kind)))
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
