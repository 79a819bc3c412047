"""Pieces joined without a mark: a splice (QC103), unless they all come from one short stretch
of the source — then the speaker's own words were re-ordered or cut (``compact-slack``,
``compact-share``)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from quotecheck.inputs.labels import in_speaker_label
from quotecheck.inputs.sources import written_source
from quotecheck.match import Piece
from quotecheck.match.index import Alignment
from quotecheck.match.normalize import Token
from quotecheck.models import Edit, EditKind, Source
from quotecheck.score.context import ArticleContext
from quotecheck.score.edits import (
    FALSE_START_NOTE,
    GAP_NOTE,
    REPEAT_NOTE,
    false_start_left,
    gap_mark,
    inserted,
    reordering,
    repeated,
)
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
    for found in by_segment.values():
        # A piece found far away whose neighbour in the quote borders a gap the source marks
        # is the words the source could not hear there, found again by chance elsewhere.
        unheard = _unheard(ctx, found)
        edits.extend(_gap_edit(ctx, p) for p in unheard)
        pieces = [p for p in found if not any(p is u for u in unheard)]
        if not pieces:
            return None
        als = [p.alignment for p in pieces]
        if any(a is None for a in als):
            return None
        sources = {a.source for a in als if a is not None}
        if len(sources) != 1:
            return None
        lo = min(a.start for a in als if a is not None)
        hi = max(a.end for a in als if a is not None)
        ntok = sum(len(p.tokens) for p in pieces)
        s_idx = next(iter(sources))
        src = ctx.index.sources[s_idx]
        stoks = ctx.index.tokens[s_idx]
        starts = _false_starts(ctx, src, stoks, pieces)
        tidied = sum(len(stoks[a:b]) for a, b in starts)
        spread = hi - lo - tidied > ntok + max(st.compact_slack, int(ntok * st.compact_share))
        if spread and not _across_gaps(ctx, src, stoks, pieces, ntok):
            return None
        for a, b in itertools.pairwise(pieces):
            assert a.alignment is not None and b.alignment is not None
            if b.alignment.start < a.alignment.start:
                qa, qb = b.tokens[0].start, b.tokens[-1].end
                sa, sb = ctx.index.source_span(s_idx, b.alignment.start, b.alignment.end)
                edits.append(reordering(ctx.raw[qa:qb], src.text[sa:sb], (qa, qb), (sa, sb)))
            elif b.alignment.start > a.alignment.end:
                between = stoks[a.alignment.end : b.alignment.start]
                kind = EditKind.DELETION
                note = "words left out without an ellipsis"
                at_gap = False
                tidied_note = starts.get((a.alignment.end, b.alignment.start))
                if tidied_note is not None:
                    # A false start the speaker broke off and began again, or words said twice,
                    # left out: the quote goes on with the words said (edits.false_start_left,
                    # edits.repeated).
                    note = tidied_note
                else:
                    # The source could not hear the speaker between the pieces: the quote runs
                    # on across the gap, nothing is known to be left out — unless words the
                    # speaker was heard saying there are left out too.
                    at_gap = any(gap_mark(src.text, t, ctx.lang) for t in between) and not (
                        _heard(ctx, src, stoks, a, between)
                    )
                    if at_gap:
                        note = GAP_NOTE
                    elif any(t.norm in ctx.lang.negations for t in between):
                        kind = EditKind.NEGATION
                sa, sb = between[0].start, between[-1].end
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
                        gap=at_gap,
                        convention=tidied_note is not None,
                    )
                )
    return edits


def _false_starts(
    ctx: ArticleContext, src: Source, stoks: Sequence[Token], pieces: list[Piece]
) -> dict[tuple[int, int], str]:
    """The stretches between two pieces (in quote order, the second right after the first's
    passage) that are a false start of the speaker of the first, broken off and begun again
    (:func:`quotecheck.score.edits.false_start_left`: "We will fix, uh, we will mend" quoted
    "We will mend"; a start said again word for word, "and if the levy passes... (CHEERING)
    If the levy passes" quoted "If the levy passes"), or words said twice in a row
    (:func:`quotecheck.score.edits.repeated`: "if the levy passes, if the levy passes"), in a
    source that may record speech (not declared written): their source token bounds, each
    with the note that says so.  Such a stretch is no words left out, however long: the
    quote holds every word of it."""
    out: dict[tuple[int, int], str] = {}
    if written_source(src):
        return out
    for a, b in itertools.pairwise(pieces):
        if a.alignment is None or b.alignment is None or b.alignment.start <= a.alignment.end:
            continue
        lo, hi = a.alignment.end, b.alignment.start
        if len(_heard(ctx, src, stoks, a, stoks[lo:hi])) != hi - lo:
            continue  # another speaker's words, a label or a gap between: not one start
        start = false_start_left(src.text, stoks, lo, hi, ctx.lang)
        if start is not None:
            out[(lo, hi)] = FALSE_START_NOTE.format(start)
        elif repeated(src.text, stoks, lo, hi, ctx.lang):
            out[(lo, hi)] = REPEAT_NOTE
    return out


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
        if len(_heard(ctx, src, stoks, a, between)) > allowed:
            return False
    return True


def _heard(
    ctx: ArticleContext, src: Source, stoks: Sequence[Token], a: Piece, between: Sequence[Token]
) -> list[Token]:
    """The words of ``between`` the speaker of piece ``a`` was heard saying: not the gap
    marks, not speaker labels, not what others say over the gap."""
    assert a.alignment is not None
    who = src.speaker_at(stoks[a.alignment.start].start)
    return [
        t
        for t in between
        if not gap_mark(src.text, t, ctx.lang)
        and not in_speaker_label(src.text, t.start, src.language)
        and src.speaker_at(t.start) == who
    ]


GAP_NEAR = 3
"""A piece borders a gap when a gap mark stands within this many source words of its end."""


def _unheard(ctx: ArticleContext, pieces: list[Piece]) -> list[Piece]:
    """The pieces (in quote order) found away from both neighbours — in another source, out
    of order or more than :data:`GAP_JOIN` words off — next to a neighbour that borders a gap
    mark on their side (the piece before ends at one, the piece after starts after one): the
    quote's words where the source could not hear the speaker.  Never every piece."""
    out: list[Piece] = []
    for k, p in enumerate(pieces):
        before = pieces[k - 1] if k > 0 else None
        after = pieces[k + 1] if k + 1 < len(pieces) else None
        if p.alignment is None:
            continue
        bordered = (before is not None and _gap_beside(ctx, before, end=True)) or (
            after is not None and _gap_beside(ctx, after, end=False)
        )
        if bordered and not _in_place(p.alignment, before, after):
            out.append(p)
    return out if len(out) < len(pieces) else []


def _in_place(al: Alignment, before: Piece | None, after: Piece | None) -> bool:
    """Whether ``al`` stands where the quote puts it: in the source of its neighbours, after
    the piece before it and before the piece after it, each within :data:`GAP_JOIN` words
    (whether the words between are a splice is :func:`_across_gaps`' question)."""
    for n, follows in ((before, True), (after, False)):
        other = n.alignment if n is not None else None
        if other is None:
            continue
        if other.source != al.source:
            return False
        between = al.start - other.end if follows else other.start - al.end
        if not 0 <= between <= GAP_JOIN:
            return False
    return True


def _gap_beside(ctx: ArticleContext, piece: Piece, *, end: bool) -> bool:
    """Whether a gap mark stands within :data:`GAP_NEAR` source words after the piece's end
    (``end``) or before its start."""
    al = piece.alignment
    if al is None:
        return False
    src = ctx.index.sources[al.source]
    toks = ctx.index.tokens[al.source]
    # the piece's own first or last word counts: it may be aligned against the mark
    lo, hi = (al.end - 1, al.end + GAP_NEAR) if end else (al.start - GAP_NEAR, al.start + 1)
    return any(gap_mark(src.text, t, ctx.lang) for t in toks[max(0, lo) : max(0, hi)])


def _gap_edit(ctx: ArticleContext, piece: Piece) -> Edit:
    """The quote's words of ``piece`` as not checked: the source marks a gap there."""
    return inserted(ctx.raw, piece.tokens[0].start, piece.tokens[-1].end, GAP_NOTE, gap=True)
