"""A quote's text segments aligned against the source index, one segment after the other.

Each text segment of a quote (the pieces between ellipses and bracketed insertions) is aligned
on its own: the first anywhere in the corpus, the next ones first in the stretch of the same
source that follows the previous piece (an honest elision), and only then anywhere (a splice);
a piece whose words stand as well nearer the next one is read there (:func:`_place_before`).
Within one segment, a long run of quote words that does not align where the rest does is looked
up on its own: if it is found elsewhere, the segment was spliced without a mark.
"""

from __future__ import annotations

from collections.abc import Callable

from quotecheck.lang.schema import LanguageData
from quotecheck.match.dates import SourceDates, rewrite_dates
from quotecheck.match.index import Alignment, SourceIndex
from quotecheck.match.initials import Initialisms, rewrite_initials
from quotecheck.match.normalize import AliasTable, Token, tokenize
from quotecheck.match.result import Piece, QuoteMatch
from quotecheck.match.settings import MatchSettings
from quotecheck.match.splice import split_chunks, split_unmarked
from quotecheck.models import Quote, Segment, SegmentKind

__all__ = ["match_quote", "quote_tokens"]


def quote_tokens(
    quote: Quote,
    view: str,
    lang: LanguageData,
    aliases: AliasTable | None,
    initials: Initialisms | None = None,
    dates: SourceDates | None = None,
) -> list[list[Token]]:
    """Comparison tokens of each text segment of ``quote`` (empty lists for other kinds).

    A bracketed letter right before a segment's first word ("[w]e will …", "[T]he plan") is
    the editor's change of its case (AP and legal style), not words of the writer's: it is
    read as the word's first letter, so the word is "we", and the token spans the brackets.
    With ``initials`` and ``dates`` (what the sources hold), initialisms, names written out
    and dates are read as the sources write them (:mod:`quotecheck.match.initials`,
    :mod:`quotecheck.match.dates`)."""
    out: list[list[Token]] = []
    prev: Segment | None = None
    for seg in quote.segments:
        if seg.kind is not SegmentKind.TEXT:
            out.append([])
        elif prev is not None and _recased(prev, seg, view):
            letter = view[prev.start + 1]
            toks = tokenize(letter + view[seg.start : seg.end], lang=lang, aliases=aliases)

            def at(i: int, start: int = prev.start, shift: int = seg.start - 1) -> int:
                return start if i == 0 else shift + i

            out.append(
                [
                    Token(t.norm, at(t.start), at(t.end), view[at(t.start) : at(t.end)], t.level)
                    for t in toks
                ]
            )
        else:
            out.append(tokenize(view, seg.start, seg.end, lang=lang, aliases=aliases))
        if seg.kind is SegmentKind.TEXT:
            if initials is not None:
                out[-1] = rewrite_initials(out[-1], view, initials, lang, (quote.start, quote.end))
            if dates is not None:
                out[-1] = rewrite_dates(out[-1], view, dates, lang)
        prev = seg
    return out


def _recased(prev: Segment, seg: Segment, view: str) -> bool:
    """Whether ``prev`` is an insertion of one letter written onto ``seg``'s first word."""
    return (
        prev.kind is SegmentKind.INSERTION
        and prev.end == seg.start
        and prev.end - prev.start == 3
        and view[prev.start] == "["
        and view[prev.start + 1].isalpha()
        and view[seg.start].isalpha()
    )


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
    alone: tuple[str, Piece, tuple[int, int]] | None = None
    for seg_i, toks in enumerate(
        quote_tokens(quote, view, lang, aliases, index.initialisms, index.dates)
    ):
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
        if al is not None and alone is not None:
            _place_before(alone, al, index, st)
        if al is not None and len(toks) < st.short_quote and al.similarity < 1.0:
            al = None
        pieces = split_chunks(toks, code, al, seg_i, index, st, view, prefer)
        if pieces is None:
            pieces = split_unmarked(toks, code, al, seg_i, index, st, view)
        result.pieces.extend(pieces)
        found = [p.alignment for p in pieces if p.alignment is not None]
        floor = (previous.source, previous.end) if previous is not None else (-1, 0)
        alone = (code, pieces[0], floor) if len(pieces) == 1 and len(found) == 1 else None
        if found:
            previous = max(found, key=lambda a: a.end)
    return result


def _place_before(
    alone: tuple[str, Piece, tuple[int, int]], al: Alignment, index: SourceIndex, st: MatchSettings
) -> None:
    """Move the previous segment's piece to the stretch right before ``al`` (the next
    segment's place) when its words stand there as well as where they were found: a short
    piece ("The strike … will not change our plans", "We will … fund the wards") recurs in a
    source, and the place nearest the next piece is the honest elision with the smallest cut,
    not a splice (QC103) or a cut over other sentences.  ``alone`` is (the piece's code, the
    piece, the source and end of the piece before it, which the moved piece must not go back
    past)."""
    code, piece, floor = alone
    was = piece.alignment
    assert was is not None
    if was.source == al.source and was.end <= al.start and al.start - was.end <= len(code):
        return
    low = floor[1] if floor[0] == al.source else 0
    for reach in (2 * len(code) + 8, st.follow_window + len(code)):
        lo = max(low, al.start - reach)
        back = index.align(code, al.source, lo, al.start)
        if back is None or back.end > al.start or back.similarity < was.similarity - 1e-9:
            continue
        if was.source != al.source or back.start >= was.end or was.end > al.start:
            piece.alignment = back
        return
