"""Pieces joined without a mark: a splice (QC103), unless they all come from one short stretch
of the source — then the speaker's own words were re-ordered or cut (``compact-slack``,
``compact-share``)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from quotecheck.match import Piece
from quotecheck.match.normalize import Token
from quotecheck.models import Edit, EditKind, Source
from quotecheck.score.context import ArticleContext
from quotecheck.score.edits import GAP_NOTE, gap_mark
from quotecheck.score.evidence import Evidence

__all__ = ["CODES", "compact_moves", "spliced"]

CODES = ("QC103",)


def spliced(ev: Evidence, moved: list[Edit] | None) -> bool:
    """Pieces split off without a mark that are not a compact move, or ellipsis pieces out of
    order."""
    return moved is None and (any(p.unmarked for p in ev.qmatch.pieces) or not ev.qmatch.in_order())


def compact_moves(ev: Evidence) -> list[Edit] | None:
    """Edits for pieces split off a segment that all come from one short stretch of a source.

    Such pieces are not a splice: the words are the passage's own, re-ordered (a reordering
    edit) or with a few words left out without a mark (a deletion).  None when some unmarked
    piece lies far from the others, or in another source: that is a splice.
    """
    ctx, st = ev.ctx, ev.ctx.settings
    by_segment: dict[int, list[Piece]] = {}
    for p in ev.qmatch.pieces:
        if p.unmarked:
            by_segment.setdefault(p.segment, []).append(p)
    if not by_segment:
        return None
    edits: list[Edit] = []
    for pieces in by_segment.values():
        als = [p.alignment for p in pieces]
        if any(a is None for a in als):
            return None
        sources = {a.source for a in als if a is not None}
        if len(sources) != 1:
            return None
        lo = min(a.start for a in als if a is not None)
        hi = max(a.end for a in als if a is not None)
        ntok = sum(len(p.tokens) for p in pieces)
        spread = hi - lo > ntok + max(st.compact_slack, int(ntok * st.compact_share))
        s_idx = next(iter(sources))
        src = ctx.index.sources[s_idx]
        stoks = ctx.index.tokens[s_idx]
        if spread and not _across_gaps(ctx, src, stoks, pieces, ntok):
            return None
        for a, b in itertools.pairwise(pieces):
            assert a.alignment is not None and b.alignment is not None
            if b.alignment.start < a.alignment.start:
                qa, qb = b.tokens[0].start, b.tokens[-1].end
                sa, sb = ctx.index.source_span(s_idx, b.alignment.start, b.alignment.end)
                edits.append(
                    Edit(
                        kind=EditKind.REORDERING,
                        quote=ctx.raw[qa:qb],
                        source=src.text[sa:sb],
                        quote_start=qa,
                        quote_end=qb,
                        source_start=sa,
                        source_end=sb,
                        note="the same words stand in another order",
                    )
                )
            elif b.alignment.start > a.alignment.end:
                gap = stoks[a.alignment.end : b.alignment.start]
                kind = EditKind.DELETION
                note = "words left out without an ellipsis"
                if any(gap_mark(src.text, t, ctx.lang) for t in gap):
                    # The source could not hear the speaker between the pieces: the quote
                    # runs on across the gap, nothing is known to be left out.
                    note = GAP_NOTE
                elif any(t.norm in ctx.lang.negations for t in gap):
                    kind = EditKind.NEGATION
                sa, sb = gap[0].start, gap[-1].end
                edits.append(
                    Edit(
                        kind=kind,
                        quote="",
                        source=src.text[sa:sb],
                        quote_start=b.tokens[0].start,
                        quote_end=b.tokens[0].start,
                        source_start=sa,
                        source_end=sb,
                        meaning_changing=kind is EditKind.NEGATION,
                        note=note,
                    )
                )
    return edits


GAP_JOIN = 60
"""Most source words between two pieces that run on across a gap the source marks (the gap
and what others say over it: "(CROSSTALK)", "Can you repeat that?")."""


def _across_gaps(
    ctx: ArticleContext, src: Source, stoks: Sequence[Token], pieces: list[Piece], ntok: int
) -> bool:
    """Whether ``pieces`` (one source) follow each other in quote order, each stretch between
    two of them holding a gap mark ("(inaudible)", "(CROSSTALK)": language data
    ``gap_markers``) within :data:`GAP_JOIN` words, and the speaker's own heard words there
    being no more than a compact cut leaves out (``compact-slack``, ``compact-share``; what
    others say over the gap, speaker labels and the marks do not count): then the quote runs
    on where the source could not hear the speaker, and is no splice."""
    st = ctx.settings
    text = src.text
    allowed = max(st.compact_slack, int(ntok * st.compact_share))
    for a, b in itertools.pairwise(pieces):
        assert a.alignment is not None and b.alignment is not None
        between = stoks[a.alignment.end : b.alignment.start]
        if b.alignment.start < a.alignment.end or len(between) > GAP_JOIN:
            return False
        if len(between) <= allowed:
            continue
        if not any(gap_mark(text, t, ctx.lang) for t in between):
            return False
        who = src.speaker_at(stoks[a.alignment.start].start)
        heard = [
            t
            for t in between
            if not gap_mark(text, t, ctx.lang)
            and not _label(text, t)
            and src.speaker_at(t.start) == who
        ]
        if len(heard) > allowed:
            return False
    return True


def _label(text: str, tok: Token) -> bool:
    """Whether ``tok`` is a word of a speaker label that opens its line ("Mara Lind:")."""
    line = text.rfind("\n", 0, tok.start) + 1
    colon = text.find(":", tok.end, line + LABEL_CHARS)
    if colon < 0 or "\n" in text[tok.end : colon]:
        return False
    return all(w[:1].isupper() for w in text[line:colon].split())


LABEL_CHARS = 60
"""Longest speaker label read before a colon."""
