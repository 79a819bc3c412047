"""Split quotes read as one utterance: “The pier,” Quenby said, “will run all winter.”

Extraction links the two pairs of marks of one split quote (``Quote.joins``,
:mod:`quotecheck.extract.joins`); each piece is judged on its own first.  When both pieces are
faithful on their own, they are read together here, twice:

* as two pieces in order (:func:`together`): the second must follow the first in one source,
  in the same speaker's turn, in one sentence or in two sentences side by side (at most
  ``compact-slack`` words between them).  Pieces from different passages or turns, or in
  reverse order, were joined by the reporter (``spliced``, both passages shown);
* as the one sentence the article gives (:func:`unsplit`): the cue blanked, the pieces are one
  quote of the speaker's words, matched and judged as a quote written without the cue would
  be.  A false start joined across the cue ("The old pier," … "will cost less" for "The old
  pier -- the new pier will cost less"), a negation, a number or a modal left out at the join
  are changes as they are in the unsplit quote; a filler, a repetition or a marker set off at
  the join are transcription conventions, and a short aside left out at the join (no more
  than ``compact-slack`` words, none of meaning: :func:`aside_only`) is what a cue stands for.
  Only changes whose source words stand at the join count (:func:`join_changes`): each piece
  is faithful on its own.

The verdict is chosen by :func:`quotecheck.score.ladder.judge_split`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from quotecheck.lang.sentences import STOP_BEFORE_CAPITAL
from quotecheck.match import QuoteMatch
from quotecheck.match.index import Alignment
from quotecheck.models import (
    COSMETIC_EDITS,
    Edit,
    Quote,
    QuoteResult,
    Segment,
    SegmentKind,
    Verdict,
)
from quotecheck.score.context import ArticleContext
from quotecheck.score.evidence import clip

__all__ = [
    "FAITHFUL",
    "Apart",
    "Join",
    "MatchOn",
    "aside_only",
    "join_changes",
    "together",
    "unsplit",
]

MatchOn = Callable[[Quote, str], QuoteMatch]
"""Match a quote against the sources with the article's view replaced by another of the same
length (the pipeline's matcher)."""

FAITHFUL = frozenset({Verdict.VERBATIM, Verdict.NORMALIZED, Verdict.ELIDED})
"""Verdicts of pieces that are read together: only faithful pieces can hide a join."""


ROUNDING = 1e-3
"""A result's similarity is rounded (4 places): a piece read as well as that is as well."""


@dataclass(frozen=True)
class Apart:
    """Where the two pieces of a split quote stand, when not together: why, and the reading
    of the two as pieces of one quote (for the occasion checks)."""

    why: str
    quote: Quote
    reading: QuoteMatch


@dataclass(frozen=True)
class Join:
    """Where the two pieces of a split quote meet in the source: the characters between them
    (what the reporter's cue stands for)."""

    source: str
    start: int
    end: int


def _texts(quote: Quote) -> list[Segment]:
    return [s for s in quote.segments if s.kind is SegmentKind.TEXT]


def pair_quote(first: Quote, second: Quote, raw: str, segments: Sequence[Segment]) -> Quote:
    """The two pieces as one quote of ``segments`` (index and attribution of the piece whose
    cue stands between them, so the quote's frame and occasion are the cue's)."""
    cue = first.attribution
    att = cue if cue.cue_start is not None and first.end <= cue.cue_start < second.start else None
    return second.model_copy(
        update={
            "text": raw[first.start : second.end],
            "reader_text": "",
            "start": first.start,
            "end": second.end,
            "line": first.line,
            "column": first.column,
            "segments": tuple(segments),
            "attribution": att or second.attribution,
            "joins": None,
        }
    )


def together(
    first: Quote,
    second: Quote,
    results: tuple[QuoteResult, QuoteResult],
    ctx: ArticleContext,
) -> Apart | Join:
    """Where the pieces meet when they stand together in a source; else why not.

    Both pieces are matched as the segments of one quote in order (the second first looked for
    right after the first, the first moved next to the second where its words stand as well:
    the matcher's reading of an elision).  Together means: both found as well as each is on its
    own, in one source, the second after the first, in the same speaker's turn (not words the
    source quotes), and in one sentence or two side by side (:func:`_near`)."""
    assert ctx.reread is not None
    both = pair_quote(first, second, ctx.raw, [*first.segments, *second.segments])
    speaker = both.attribution.speaker

    def prefer(s_idx: int, pos: int) -> bool:
        return ctx.own_turn_at(speaker, s_idx, pos)

    qm = ctx.reread(both, prefer)
    n_first = len(first.segments)
    lead = [p for p in qm.pieces if p.segment < n_first]
    tail = [p for p in qm.pieces if p.segment >= n_first]
    a = lead[-1].alignment if lead else None
    b = tail[0].alignment if tail else None
    shown = [r.match for r in results]
    places = " and ".join(
        f"“{clip(m.text)}” ({m.source}, offset {m.start})" for m in shown if m is not None
    )
    apart = Apart(
        f"the two pieces of the quote, joined across the reporting cue as one sentence, stand "
        f"apart in the source: {places}",
        both,
        qm,
    )
    if a is None or b is None or a.source != b.source or b.start < a.end:
        return apart
    worse = any(
        p.alignment is None or p.alignment.similarity < r.similarity - ROUNDING
        for ps, r in ((lead, results[0]), (tail, results[1]))
        for p in ps
    )
    if worse:
        return apart
    if not _near(ctx, a, b):
        return apart
    toks = ctx.index.tokens[a.source]
    return Join(ctx.source_names[a.source], toks[a.end - 1].end, toks[b.start].start)


def _near(ctx: ArticleContext, a: Alignment, b: Alignment) -> bool:
    """Whether source pieces ``a`` and ``b`` (in order, one source) stand in one turn, in one
    sentence (the words between are the unsplit reading's to judge) or in two sentences side
    by side (at most ``compact-slack`` words between them: "And, you know," opening the
    second)."""
    src = ctx.index.sources[a.source]
    toks = ctx.index.tokens[a.source]
    who = src.speaker_at(toks[a.start].start)
    if who[1]:
        return False
    if any(src.speaker_at(t.start) != who for t in toks[a.end - 1 : b.start + 1]):
        return False
    stops = len(STOP_BEFORE_CAPITAL.findall(src.text[toks[a.end - 1].end : toks[b.start].end]))
    return stops == 0 or (stops == 1 and b.start - a.end <= ctx.settings.compact_slack)


def unsplit(
    first: Quote, second: Quote, ctx: ArticleContext, match_on: MatchOn
) -> tuple[Quote, QuoteMatch] | None:
    """The pieces as one quote with the cue blanked, and its match; None when a piece holds
    more than its words (an ellipsis, an insertion, a label: read as two pieces only)."""
    if len(first.segments) != 1 or len(second.segments) != 1:
        return None
    if not _texts(first) or not _texts(second):
        return None
    view = ctx.view
    blanked = view[: first.end] + " " * (second.start - first.end) + view[second.start :]
    seg = Segment(
        kind=SegmentKind.TEXT,
        text=ctx.raw[first.start : second.end],
        start=first.start,
        end=second.end,
    )
    whole = pair_quote(first, second, ctx.raw, [seg])
    return whole, match_on(whole, blanked)


def join_changes(edits: Sequence[Edit], join: Join, source: str | None) -> list[Edit]:
    """The changes of the unsplit reading (matched in ``source``) that stand where the pieces
    meet: those whose source words overlap ``join`` (what the cue stands for), conventions,
    gaps and house style (case, spelling, punctuation) aside.  Each piece is faithful on its
    own, so a difference elsewhere is the alignment's, not the reporter's (a span cut short, a
    repeated word aligned to its first saying)."""
    if source != join.source:
        return []
    return [
        e
        for e in edits
        if not e.convention
        and not e.gap
        and e.kind not in COSMETIC_EDITS
        and e.source
        and e.source_start is not None
        and e.source_end is not None
        and e.source_start < join.end
        and e.source_end > join.start
    ]


def aside_only(changes: Sequence[Edit], ctx: ArticleContext) -> bool:
    """Whether the changes at the join (:func:`join_changes`) are only words left out, at most
    ``compact-slack`` of them, none changing meaning: the aside a reporter's cue stands for
    ("The slipway, as you know, will be widened" quoted as “The slipway,” he said, “will be
    widened”)."""
    if any(e.quote or e.meaning_changing for e in changes):
        return False
    return sum(len(e.source.split()) for e in changes) <= ctx.settings.compact_slack
