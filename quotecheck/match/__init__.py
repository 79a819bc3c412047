"""Stage 2, match: quote × sources → the counterpart span(s), aligned token by token.

Each text segment of a quote (the pieces between ellipses and bracketed insertions) is aligned
on its own: the first anywhere in the corpus, the next ones first in the stretch of the same
source that follows the previous piece (an honest elision), and only then anywhere (a splice).
Within one segment, a long run of quote words that does not align where the rest does is looked
up on its own: if it is found elsewhere, the segment was spliced without a mark.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pydantic import Field

from quotecheck.lang.schema import LanguageData
from quotecheck.match.index import Alignment, SourceIndex
from quotecheck.match.normalize import AliasTable, Token, tokenize
from quotecheck.models import Quote, SegmentKind, SettingsSection

__all__ = ["MatchSettings", "Piece", "QuoteMatch", "SourceIndex", "match_quote"]


class MatchSettings(SettingsSection):
    """Thresholds of the matcher, the ``[tool.quotecheck.match]`` section (see
    ``docs/verdicts.md`` for why these values)."""

    piece_min: float = Field(0.6, ge=0.0, le=1.0)
    """Similarity for a later segment to count as found next to the previous one."""
    follow_window: int = Field(400, gt=0)
    """How many source tokens after a piece the next segment of an elision is looked for in."""
    splice_run: int = Field(4, gt=0)
    """Shortest run of unaligned quote words that is looked up elsewhere as a spliced piece."""
    splice_min: float = Field(0.8, ge=0.0, le=1.0)
    """Similarity for such a run to count as found elsewhere."""
    short_quote: int = Field(3, ge=0)
    """Quotes with fewer tokens than this must match exactly to be found."""
    whole_min: float = Field(0.9, ge=0.0, le=1.0)
    """A segment aligned this well as a whole is not looked up sentence by sentence."""
    join_gap: int = Field(3, ge=0)
    """Sentences found at most this many source words apart, in order, are one passage."""
    seed_budget: int = Field(600, gt=0)
    """Retrieval seeds with the quote's two rarest word trigrams, then more while their
    postings total at most this many (the work per quote depends on how rare its trigrams
    are, not on how many sources there are)."""


@dataclass
class Piece:
    """One aligned piece of a quote."""

    tokens: list[Token]
    alignment: Alignment | None
    segment: int
    """Index of the quote segment the piece comes from."""
    unmarked: bool = False
    """True when the piece was split off a segment without an ellipsis (a splice)."""


@dataclass
class QuoteMatch:
    """The counterpart of a quote: its pieces, in quote order."""

    pieces: list[Piece] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        """Number of quote tokens over all pieces."""
        return sum(len(p.tokens) for p in self.pieces)

    def _weighted(self, score: Callable[[Alignment], float]) -> float:
        """The mean of ``score`` over the pieces, weighted by their tokens (0 when unfound)."""
        total = self.tokens
        if not total:
            return 0.0
        return (
            sum(len(p.tokens) * (score(p.alignment) if p.alignment else 0.0) for p in self.pieces)
            / total
        )

    @property
    def similarity(self) -> float:
        """Token-weighted similarity of the pieces (unfound pieces count as 0)."""
        return self._weighted(lambda a: a.similarity)

    @property
    def rank(self) -> float:
        """Token-weighted Indel similarity of the tight spans (order-aware, no substitutions)."""
        return self._weighted(lambda a: a.rank)

    @property
    def found(self) -> list[Piece]:
        """Pieces that have an alignment."""
        return [p for p in self.pieces if p.alignment is not None]

    @property
    def primary(self) -> Alignment | None:
        """Alignment of the largest found piece."""
        found = self.found
        if not found:
            return None
        return max(found, key=lambda p: len(p.tokens)).alignment

    def in_order(self) -> bool:
        """Whether found pieces follow each other in one source, in quote order."""
        found = [p.alignment for p in self.found]
        for a, b in itertools.pairwise(found):
            assert a is not None and b is not None
            if a.source != b.source or b.start < a.end:
                return False
        return True


def quote_tokens(
    quote: Quote, view: str, lang: LanguageData, aliases: AliasTable | None
) -> list[list[Token]]:
    """Comparison tokens of each text segment of ``quote`` (empty lists for other kinds)."""
    out = []
    for seg in quote.segments:
        if seg.kind is SegmentKind.TEXT:
            out.append(tokenize(view, seg.start, seg.end, lang=lang, aliases=aliases))
        else:
            out.append([])
    return out


def match_quote(
    quote: Quote,
    view: str,
    index: SourceIndex,
    lang: LanguageData,
    *,
    aliases: AliasTable | None = None,
    settings: MatchSettings | None = None,
    prefer: Callable[[int, int], bool] | None = None,
) -> QuoteMatch:
    """Align every text segment of ``quote`` against the sources in ``index``.

    ``prefer(source, token position)`` breaks ties between equally good places, e.g. in favour
    of the attributed speaker's own turns.
    """
    st = settings or MatchSettings()
    result = QuoteMatch()
    previous: Alignment | None = None
    for seg_i, toks in enumerate(quote_tokens(quote, view, lang, aliases)):
        if not toks:
            continue
        code = index.encode(toks)
        al: Alignment | None = None
        if previous is not None:
            al = index.align(
                code, previous.source, previous.end, previous.end + st.follow_window + len(code)
            )
            if al is not None and al.similarity < st.piece_min:
                al = None
        if al is None:
            al = index.best(code, prefer=prefer)
        if al is not None and len(toks) < st.short_quote and al.similarity < 1.0:
            al = None
        pieces = _split_chunks(toks, code, al, seg_i, index, st, view, prefer)
        if pieces is None:
            pieces = _split_unmarked(toks, code, al, seg_i, index, st)
        result.pieces.extend(pieces)
        found = [p.alignment for p in pieces if p.alignment is not None]
        if found:
            previous = max(found, key=lambda a: a.end)
    return result


_STRONG = frozenset(".!?;")
_WEAK = frozenset(",:\u2014\u2013")


def _chunks(toks: list[Token], view: str, min_len: int) -> list[tuple[int, int]]:
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


def _split_chunks(
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
    ranges = _chunks(toks, view, st.splice_run)
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
    for a, b, cand in found:
        if cand is not anchor:
            sub = code[a:b]
            for reach in (len(sub) + 4, 2 * len(code)):
                near = index.align(sub, anchor.source, anchor.start - reach, anchor.end + reach)
                if near is not None and (cand is None or near.similarity >= cand.similarity - 1e-9):
                    cand = near
                    break
        if cand is None or cand.similarity < st.splice_min:
            return None
        placed.append((a, b, cand))
    found_ = placed
    groups: list[tuple[int, int, Alignment]] = [found_[0]]
    for a, b, cand in found_[1:]:
        ga, _gb, gal = groups[-1]
        if cand.source == gal.source and 0 <= cand.start - gal.end <= st.join_gap:
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


def _split_unmarked(
    toks: list[Token],
    code: str,
    al: Alignment | None,
    seg_i: int,
    index: SourceIndex,
    st: MatchSettings,
) -> list[Piece]:
    """Split a segment whose head or tail aligns elsewhere (an unmarked splice)."""
    if al is None or al.similarity >= 0.9 or len(toks) < 2 * st.splice_run:
        return [Piece(toks, al, seg_i)]
    aligned = [False] * len(toks)
    for tag, i1, i2, _, _ in al.opcodes:
        if tag == "equal":
            for i in range(i1, i2):
                aligned[i] = True
    # the longest unaligned run touching the start or the end of the segment
    head = 0
    while head < len(toks) and not aligned[head]:
        head += 1
    tail = 0
    while tail < len(toks) and not aligned[len(toks) - 1 - tail]:
        tail += 1
    if max(head, tail) < st.splice_run:
        # Also consider a split point where the alignment jumps: find the largest source gap.
        return _split_at_gap(toks, code, al, seg_i, index, st)
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


def _split_at_gap(
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
        ):
            left = index.align(code[:i1], al.source, al.start - 2, al.start + j1 + 2)
            right = index.align(code[i1:], al.source, al.start + j2 - 2, al.end + 2)
            if left and right and min(left.similarity, right.similarity) >= st.splice_min:
                return [
                    Piece(toks[:i1], left, seg_i, unmarked=True),
                    Piece(toks[i1:], right, seg_i, unmarked=True),
                ]
    return [Piece(toks, al, seg_i)]


def build_index(sources: Sequence[object], aliases: AliasTable | None) -> SourceIndex:
    """Build a :class:`SourceIndex` (kept for symmetry with the other stages)."""
    return SourceIndex(sources, aliases=aliases)  # type: ignore[arg-type]
