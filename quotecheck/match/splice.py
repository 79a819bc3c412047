"""A segment that does not align as a whole, read as pieces from other places.

Two readings, tried in this order by :func:`quotecheck.match.align.match_quote`:

* :func:`split_chunks` aligns the segment sentence by sentence (or, for one sentence, clause by
  clause) and joins again the chunks found next to each other in order; what stays apart was
  spliced from different places or re-ordered.  It runs only when the whole alignment is below
  ``whole_min`` and the segment has at least ``2 * splice_run`` words, and costs one index
  lookup per chunk.
* :func:`split_unmarked` looks up on its own the longest unaligned run at the head or tail of the
  whole alignment (at least ``splice_run`` words), or splits at a long source-side gap inside it
  (:func:`split_at_gap`): the segment was joined from two places without an ellipsis.  It
  too runs only below ``whole_min`` with at least ``2 * splice_run`` words.

Each returns pieces whose alignments explain more of the quote than the whole alignment did, or
the whole alignment as one piece.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from rapidfuzz.distance import Indel, Levenshtein

from quotecheck.inputs.labels import interjection_at, interjections
from quotecheck.match.index import Alignment, SourceIndex
from quotecheck.match.normalize import Token
from quotecheck.match.result import Piece
from quotecheck.match.settings import MatchSettings

__all__ = ["chunks", "split_at_gap", "split_chunks", "split_near_sentence", "split_unmarked"]


_STRONG = frozenset(".!?;")
_WEAK = frozenset(",:\u2014\u2013")


def chunks(toks: list[Token], view: str, min_len: int) -> list[tuple[int, int]]:
    """Token ranges of a segment's sentences (or, for one sentence, its clauses)."""
    for marks in (_STRONG, _STRONG | _WEAK):
        cuts = [
            i
            for i in range(1, len(toks))
            if any(c in marks for c in view[toks[i - 1].end : toks[i].start])
        ]
        ranges: list[tuple[int, int]] = []
        start = 0
        for c in [*cuts, len(toks)]:
            if c - start >= min_len or not ranges:
                ranges.append((start, c))
            else:
                ranges[-1] = (ranges[-1][0], c)
            start = c
        if len(ranges) >= 2 and ranges[-1][1] - ranges[-1][0] < min_len:
            last = ranges.pop()
            ranges[-1] = (ranges[-1][0], last[1])
        if len(ranges) >= 2:
            return ranges
    return [(0, len(toks))]


def split_chunks(
    toks: list[Token],
    code: str,
    al: Alignment | None,
    seg_i: int,
    index: SourceIndex,
    st: MatchSettings,
    view: str,
    prefer: Callable[[int, int], bool] | None,
) -> list[Piece] | None:
    """Align a segment sentence by sentence (or clause by clause) when it does not align whole.

    Chunks found next to each other in order are joined again; what remains are pieces from
    different places (a splice without a mark) or in another order (a re-ordering).  None when
    the piecewise reading explains no more of the quote than the whole alignment does.
    """
    if al is not None and al.similarity >= st.whole_min:
        return [Piece(toks, al, seg_i)]
    if len(toks) < 2 * st.splice_run:
        return None
    ranges = chunks(toks, view, st.splice_run)
    if len(ranges) < 2:
        return None
    found: list[tuple[int, int, Alignment | None]] = []
    for a, b in ranges:
        sub = code[a:b]
        near = (
            index.align(sub, al.source, al.start - 2 * len(code), al.end + 2 * len(code))
            if al is not None
            else None
        )
        if near is not None and near.rank >= 1.0:
            found.append((a, b, near))  # found verbatim next to the whole: nothing ranks higher
            continue
        cand = index.best(sub, prefer=prefer)
        if near is not None and (cand is None or near.rank >= cand.rank):
            cand = near
        found.append((a, b, cand))
    good = [f for f in found if f[2] is not None and f[2].similarity >= st.splice_min]
    if not good:
        return None
    # Pieces of one passage: place every chunk as close as possible to the longest one, when it
    # is found there as well as anywhere else (short chunks recur in long transcripts).
    anchor = max(good, key=lambda f: (f[1] - f[0], f[2].similarity if f[2] else 0.0))[2]
    assert anchor is not None
    placed: list[tuple[int, int, Alignment]] = []
    weak: list[int] = []
    for a, b, cand in found:
        if cand is not anchor:
            sub = code[a:b]
            for reach in (len(sub) + 4, 2 * len(code)):
                near = index.align(sub, anchor.source, anchor.start - reach, anchor.end + reach)
                if near is not None and (cand is None or near.similarity >= cand.similarity - 1e-9):
                    cand = near
                    break
        if cand is None or cand.similarity < st.piece_min:
            return None
        if cand.similarity < st.splice_min:
            weak.append(len(placed))
        placed.append((a, b, cand))
    # A chunk changed too much to be looked up on its own is read where it stands only when
    # just a record's interjection parts it from a chunk found well: then the two are one
    # passage of the member's, which the whole alignment misses for the note's length.
    for k in weak:
        if not any(
            0 <= j < len(placed) and j not in weak and _across_note_only(index, st, *pair)
            for j, pair in (
                (k - 1, (placed[k - 1][2], placed[k][2]) if k else None),
                (k + 1, (placed[k][2], placed[k + 1][2]) if k + 1 < len(placed) else None),
            )
            if pair is not None
        ):
            return None
    found_ = placed
    groups: list[tuple[int, int, Alignment]] = [found_[0]]
    for a, b, cand in found_[1:]:
        ga, _gb, gal = groups[-1]
        if (
            cand.source == gal.source
            and cand.start >= gal.end
            and (
                cand.start - gal.end <= st.join_gap
                or said_between(index, gal.source, gal.end, cand.start) <= st.join_gap
            )
        ):
            if cand.start - gal.end > st.join_gap:  # an interjection between, however long
                joined: Alignment | None = _across_note(index, code[ga:b], gal, a - ga, cand)
            else:
                joined = index.align(code[ga:b], gal.source, gal.start - 2, cand.end + 2)
            if joined is not None:
                groups[-1] = (ga, b, joined)
                continue
        groups.append((a, b, cand))
    whole_matched = al.matched if al is not None else 0
    if len(groups) == 1:
        g = groups[0][2]
        if al is None or g.matched > whole_matched:
            return [Piece(toks, g, seg_i)]
        return [Piece(toks, al, seg_i)]
    if sum(g.matched for _, _, g in groups) < whole_matched + 2:
        return None
    return [Piece(toks[a:b], g, seg_i, unmarked=True) for a, b, g in groups]


def said_between(index: SourceIndex, s_idx: int, lo: int, hi: int) -> int:
    """How many of the source's tokens ``[lo, hi)`` are words said in turn: a parliamentary
    record's interjection ("[Hon. Members: "That is not what you said!"]", a line "An hon.
    Member: That is a disgrace.", :func:`labels.interjections`) is the record's note of
    others' shouts, whatever its length, as a stage direction is — no words of the member's
    a quote left out.  O(interjections · log(hi - lo))."""
    source = index.sources[s_idx]
    starts = index.starts[s_idx]
    noted = 0
    for note in interjections(source.text, source.language):
        noted += bisect.bisect_left(starts, note.end, lo, hi) - bisect.bisect_left(
            starts, note.start, lo, hi
        )
    return hi - lo - noted


def _across_note_only(
    index: SourceIndex, st: MatchSettings, first: Alignment, then: Alignment
) -> bool:
    """Whether ``then`` follows ``first`` in its source with a record's interjection between
    and no more than ``join_gap`` words said in turn (:func:`said_between`)."""
    return (
        first.source == then.source
        and then.start - first.end > st.join_gap
        and said_between(index, first.source, first.end, then.start) <= st.join_gap
    )


def _across_note(
    index: SourceIndex, code: str, first: Alignment, at: int, then: Alignment
) -> Alignment:
    """The alignment of ``code`` whose words up to ``at`` align as ``first`` and the rest as
    ``then``, further on in the same source past a parliamentary record's interjection
    (:func:`said_between`): the two joined, the stretch between them the source's words only
    (an "insert"), which no one alignment of the whole finds when it is long.  Its similarity
    is the words' with the interjection left out, as the member said them."""
    source = index.sources[first.source]
    starts = index.starts[first.source]
    noted = [
        interjection_at(source.text, starts[k], source.language) is not None
        for k in range(first.start, then.end)
    ]
    # the stretch between as runs of the member's words and of the note, each its own edit
    between: list[tuple[str, int, int, int, int]] = []
    for j in range(first.end - first.start, then.start - first.start):
        if between and noted[j] == noted[between[-1][4] - 1]:
            between[-1] = (*between[-1][:4], j + 1)
        else:
            between.append(("insert", at, at, j, j + 1))
    shift = then.start - first.start
    ops = (
        *first.opcodes,
        *between,
        *((t, i1 + at, i2 + at, j1 + shift, j2 + shift) for t, i1, i2, j1, j2 in then.opcodes),
    )
    said = "".join(
        index.codes[first.source][first.start + j] for j, note in enumerate(noted) if not note
    )
    return Alignment(
        first.source,
        first.start,
        then.end,
        Levenshtein.normalized_similarity(code, said),
        ops,
        Indel.normalized_similarity(code, said),
    )


def split_unmarked(
    toks: list[Token],
    code: str,
    al: Alignment | None,
    seg_i: int,
    index: SourceIndex,
    st: MatchSettings,
    view: str,
) -> list[Piece]:
    """Split a segment whose head or tail aligns elsewhere (an unmarked splice): only one
    aligned below ``whole_min`` as a whole, of at least ``2 * splice_run`` words as
    :func:`split_chunks` — but a whole sentence at either end found near the rest
    (:func:`split_near_sentence`) in a segment of any length."""
    if al is None or al.similarity >= st.whole_min:
        return [Piece(toks, al, seg_i)]
    head, tail = _unaligned_ends(al, len(toks))
    if max(head, tail) < st.splice_run or len(toks) < 2 * st.splice_run:
        near = split_near_sentence(toks, code, al, seg_i, index, st, view, (head, tail))
        if near is not None:
            return near
    if len(toks) < 2 * st.splice_run:
        return [Piece(toks, al, seg_i)]
    if max(head, tail) < st.splice_run:
        # Also consider a split point where the alignment jumps: find the largest source gap.
        return split_at_gap(toks, code, al, seg_i, index, st)
    if head >= tail:
        run, rest = (0, head), (head, len(toks))
    else:
        run, rest = (len(toks) - tail, len(toks)), (0, len(toks) - tail)
    run_code = code[run[0] : run[1]]
    other = index.best(run_code)
    if (
        other is None
        or other.similarity < st.splice_min
        or (other.source == al.source and other.start < al.end and al.start < other.end)
    ):
        return [Piece(toks, al, seg_i)]
    rest_code = code[rest[0] : rest[1]]
    rest_al = index.align(rest_code, al.source, al.start - 4, al.end + 4)
    run_piece = Piece(toks[run[0] : run[1]], other, seg_i, unmarked=True)
    rest_piece = Piece(toks[rest[0] : rest[1]], rest_al, seg_i, unmarked=True)
    return [run_piece, rest_piece] if run[0] == 0 else [rest_piece, run_piece]


def _unaligned_ends(al: Alignment, n: int) -> tuple[int, int]:
    """How many of a segment's ``n`` words at its head and at its tail ``al`` leaves
    unaligned."""
    aligned = [False] * n
    for tag, i1, i2, _, _ in al.opcodes:
        if tag == "equal":
            for i in range(i1, i2):
                aligned[i] = True
    head = 0
    while head < n and not aligned[head]:
        head += 1
    tail = 0
    while tail < n and not aligned[n - 1 - tail]:
        tail += 1
    return head, tail


def split_near_sentence(
    toks: list[Token],
    code: str,
    al: Alignment,
    seg_i: int,
    index: SourceIndex,
    st: MatchSettings,
    view: str,
    ends: tuple[int, int],
) -> list[Piece] | None:
    """A segment whose last sentence (or first) its alignment leaves out, found word for word
    a little further on (or back) in the same source, not next to the rest: "We have the
    money. No. Never." of two answers to two questions, the second after the other speaker's
    question.  Too short to be looked up anywhere (``splice_run``: short sentences recur), the
    sentence is looked up only within ``follow_window`` words in the order of the quote; the
    rest must align as well as the segment did.  The two are pieces joined without a mark, not
    words the quote added.  None when there is no such sentence.  O(window)."""
    head, tail = ends
    n = len(toks)
    for run, before in ((tail, False), (head, True)):
        if run < st.near_sentence or run >= n:
            continue
        cut = run if before else n - run
        if not any(c in _STRONG for c in view[toks[cut - 1].end : toks[cut].start]):
            continue  # not a sentence of its own
        run_code, rest_code = (code[:cut], code[cut:]) if before else (code[cut:], code[:cut])
        if before:
            near = index.align(run_code, al.source, al.start - st.follow_window, al.start)
        else:
            near = index.align(run_code, al.source, al.end, al.end + st.follow_window)
        if near is None or near.similarity < 1.0:
            continue
        rest = index.align(rest_code, al.source, al.start - 2, al.end + 2)
        if rest is None or rest.matched < al.matched:
            continue
        if (near.end >= rest.start) if before else (near.start <= rest.end):
            continue  # next to the rest: the whole alignment would have held it
        if not _one_speaker(index, near, rest):
            continue  # a label ("DONALD TRUMP:") or another speaker's words, not the answer
        run_piece = Piece(toks[:cut] if before else toks[cut:], near, seg_i, unmarked=True)
        rest_piece = Piece(toks[cut:] if before else toks[:cut], rest, seg_i, unmarked=True)
        return [run_piece, rest_piece] if before else [rest_piece, run_piece]
    return None


def _one_speaker(index: SourceIndex, near: Alignment, rest: Alignment) -> bool:
    """Whether the words of ``near`` and the first word of ``rest`` are one speaker's in their
    source, none of them words the source quotes, and, in a transcript, ``near`` inside one
    speaker turn (text outside every turn is a label, "DONALD TRUMP:", or a heading, not the
    speaker's answer).  O(turns)."""
    source = index.sources[near.source]
    starts, ends = index.starts[near.source], index.ends[near.source]
    a, b = starts[near.start], ends[near.end - 1]
    said = {source.speaker_at(a), source.speaker_at(b - 1), source.speaker_at(starts[rest.start])}
    if len(said) != 1 or next(iter(said))[1]:
        return False
    turns = [t for t in source.turns if not t.quoted]
    return not turns or any(t.start <= a and b <= t.end for t in turns)


def split_at_gap(
    toks: list[Token],
    code: str,
    al: Alignment,
    seg_i: int,
    index: SourceIndex,
    st: MatchSettings,
) -> list[Piece]:
    """A segment aligned with a long source-side deletion inside it: two far pieces joined."""
    for tag, i1, _i2, j1, j2 in al.opcodes:
        if (
            tag == "insert"
            and (j2 - j1) >= max(6, len(toks) // 2)
            and (st.splice_run <= i1 <= len(toks) - st.splice_run)
            and said_between(index, al.source, al.start + j1, al.start + j2) > st.join_gap
        ):
            left = index.align(code[:i1], al.source, al.start - 2, al.start + j1 + 2)
            right = index.align(code[i1:], al.source, al.start + j2 - 2, al.end + 2)
            if left and right and min(left.similarity, right.similarity) >= st.splice_min:
                return [
                    Piece(toks[:i1], left, seg_i, unmarked=True),
                    Piece(toks[i1:], right, seg_i, unmarked=True),
                ]
    return [Piece(toks, al, seg_i)]
