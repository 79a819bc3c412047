"""Split quotes read as one utterance: “The pier,” Quenby said, “will run all winter.”

Extraction links the two pairs of marks of one split quote (``Quote.joins``,
:mod:`quotecheck.extract.joins`); each piece is judged on its own first.  When both pieces are
faithful on their own, they are read together here, twice:

* as two pieces in order (:func:`together`): shown apart — both found as well as on their
  own, in one source and turn, the second before the first or in another sentence with more
  than ``compact-slack`` words between — the reporter joined two passages (``spliced``, both
  shown); a reading that proves neither (a piece not found as well, two sources, a
  listener's turn between) changes nothing;
* as the one sentence the article gives (:func:`join_changes`): a false start joined across
  the cue, a negation, limiter or condition left out at the join, or a negation, number or
  modal the quote written whole (:func:`unsplit`: the cue blanked) adds or leaves out there.

The verdict is chosen by :func:`quotecheck.score.ladder.judge_splits`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import STOP_BEFORE_CAPITAL
from quotecheck.match import QuoteMatch
from quotecheck.match.index import Alignment
from quotecheck.match.normalize import Token
from quotecheck.models import (
    Edit,
    EditKind,
    Quote,
    QuoteResult,
    Segment,
    SegmentKind,
    Verdict,
)
from quotecheck.score.checks.cut import condition_at
from quotecheck.score.context import ArticleContext
from quotecheck.score.evidence import clip
from quotecheck.score.restarts import restart_after

__all__ = [
    "FAITHFUL",
    "Apart",
    "Join",
    "MatchOn",
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
    (what the reporter's cue stands for), and the source tokens of the two pieces."""

    source: str
    start: int
    end: int
    index: int
    """The source's index."""
    first: tuple[int, int]
    second: tuple[int, int]


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
) -> Apart | Join | None:
    """Where the pieces meet when they stand together in a source; why not when they are
    shown apart; None when the reading proves neither.

    Both pieces are matched as the segments of one quote in order (the second first looked for
    right after the first, the first moved next to the second where its words stand as well:
    the matcher's reading of an elision).  Apart means: both found there as well as each is on
    its own, in one source, and the second before the first, or after it in another sentence
    with more than ``compact-slack`` words between (:func:`_near`).  A piece not found as well,
    the two in two sources (two transcripts of one occasion), or another speaker's words
    between them (a listener's "Right.") prove nothing: None."""
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
    if a is None or b is None or a.source != b.source:
        return None
    worse = any(
        p.alignment is None or p.alignment.similarity < r.similarity - ROUNDING
        for ps, r in ((lead, results[0]), (tail, results[1]))
        for p in ps
    )
    if worse:
        return None
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
    if b.start < a.end:
        return apart
    near = _near(ctx, a, b)
    if near is None:
        return None
    if not near:
        return apart
    toks = ctx.index.tokens[a.source]
    return Join(
        ctx.source_names[a.source],
        toks[a.end - 1].end,
        toks[b.start].start,
        a.source,
        (a.start, a.end),
        (b.start, b.end),
    )


def _near(ctx: ArticleContext, a: Alignment, b: Alignment) -> bool | None:
    """Whether source pieces ``a`` and ``b`` (in order, one source) stand in one sentence (the
    words between are the join's to judge) or with at most ``compact-slack`` words between
    them across a sentence's end only when they frame or set off an aside ("And, you know,"
    opening the next sentence; "Believe me." between two: :func:`_unframed`); None when
    another speaker's words stand between them (a listener's turn: not shown apart)."""
    src = ctx.index.sources[a.source]
    toks = ctx.index.tokens[a.source]
    who = src.speaker_at(toks[a.start].start)
    if who[1]:
        return None
    if any(src.speaker_at(t.start) != who for t in toks[a.end - 1 : b.start + 1]):
        return None
    stops = STOP_BEFORE_CAPITAL.search(src.text[toks[a.end - 1].end : toks[b.start].end])
    if stops is None:
        return True
    if b.start - a.end > ctx.settings.compact_slack:
        return False
    between = [t.norm for t in toks[a.end : b.start]]
    rest = _unframed(between, ctx.lang)
    return any(rest == [t.norm for t in toks[p.start : p.end]][: len(rest)] for p in (a, b))


_ASIDE_PHRASE = 4
"""The longest phrase (in words) read from the aside and framing lists in :func:`_unframed`."""


def _unframed(words: list[str], lang: LanguageData) -> list[str]:
    """``words`` without the fillers, discourse markers, backchannels, conjunctions and short
    spoken asides ("believe me", ``spoken_asides``) among them: what is left between two
    pieces across a sentence's end says a second thing unless it is a piece's start said again
    ("It's, you know, it's a draft"; "We will not. We will close …": the join's to judge)."""
    framing = (
        lang.fillers | lang.discourse_markers | lang.backchannels | lang.conjunctions
    ) | lang.spoken_asides
    rest: list[str] = []
    i = 0
    while i < len(words):
        n = next(
            (
                n
                for n in range(min(_ASIDE_PHRASE, len(words) - i), 0, -1)
                if " ".join(words[i : i + n]) in framing
            ),
            0,
        )
        if n:
            i += n
        else:
            rest.append(words[i])
            i += 1
    return rest


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


JOIN_NOTE = "left out where the reporter's cue stands"
"""The note of the edit for words of meaning the cue hides."""


def join_changes(join: Join, whole: QuoteResult, ctx: ArticleContext) -> list[Edit]:
    """What the one sentence the pieces make changes at the join; empty when nothing.

    Each piece is faithful on its own, so only the join can change the speaker's words:

    * a false start joined: the first piece ends in a start the speaker broke off and began
      again differently at the join (:func:`quotecheck.score.restarts.restart_after`: "The
      blue ferry -- the red ferry will carry bicycles" quoted “The blue ferry,” … “will carry
      bicycles”): the kept words for the new start's;
    * a condition opening the words the cue stands for, set off by commas or not
      (:func:`_condition_hidden`: "The ferry, if the wind drops, will sail at noon" quoted
      “The ferry,” … “will sail at noon”);
    * a negation or a limiter ("unless", "but") left out at the join, as QC105 reads an
      ellipsis's cut — not inside a start said again ("It's not, it's a draft"), nor in an
      aside set off by commas that the join leaves out whole ("The pier, which was not built
      by us, will …": it speaks of the noun): "We will, um, we will not close the lido" quoted
      “We will,” … “close the lido”;
    * a negation, a number or a modal the unsplit reading (``whole``: the cue blanked, judged
      as the quote written whole, its passage reaching the join) finds added, or left out
      at the join: “We will not,” … “close the lido instead.” for "We will not. We will close
      the lido instead."; "forty" left out of "plans forty new moorings".

    Other differences of the unsplit reading are its alignment's (a span cut short, a word
    read for another; both pieces are verbatim), and other words left out at the join are
    the aside a cue stands for, however long."""
    src = ctx.index.sources[join.index]
    toks = ctx.index.tokens[join.index]
    text, lang = src.text, ctx.lang
    a_start, a_end = join.first
    b_start = join.second[0]
    out: list[Edit] = []
    idle: set[int] = set()
    start = restart_after(text, toks, a_end - 1, b_start, lang) if a_end < b_start else None
    if start is not None and start.head < a_end:
        kept = [t.norm for t in toks[start.head : a_end]]
        said = [t.norm for t in toks[start.again : b_start]]
        idle = set(range(start.head, start.again))
        if said[: len(kept)] != kept:
            qa, qb = toks[max(start.head, a_start)].start, toks[a_end - 1].end
            sa, sb = toks[start.again].start, toks[b_start - 1].end
            out.append(
                Edit(
                    kind=EditKind.SUBSTITUTION,
                    quote=text[qa:qb],
                    source=text[sa:sb],
                    source_start=sa,
                    source_end=sb,
                    note="a false start the speaker broke off, joined to the words after it",
                )
            )
    between = text[join.start : join.end].strip()
    aside = len(between) > 1 and between[0] == "," and between[-1] == ","
    left = [k for k in range(a_end, b_start) if k not in idle and not aside]
    kinds = [_meaning_kind(toks[k].norm, lang) for k in left]
    hidden = _condition_hidden(
        toks, a_end, [k for k in range(a_end, b_start) if k not in idle], lang
    )
    if any(kinds) or hidden:
        kind = next((k for k in kinds if k is not None), EditKind.DELETION)
        cut = left if any(kinds) else hidden
        sa, sb = toks[cut[0]].start, toks[cut[-1]].end
        out.append(
            Edit(
                kind=kind,
                quote="",
                source=text[sa:sb],
                source_start=sa,
                source_end=sb,
                meaning_changing=True,
                note=JOIN_NOTE,
            )
        )
    m = whole.match
    if m is None or m.source != join.source or m.start > join.end or m.end < join.start:
        return out
    for e in whole.edits:
        if e.kind not in _JOIN_MEANING or e.gap or (e.quote and e.source):
            continue  # a word for a word: both pieces are verbatim, so the alignment's
        dropped_here = (
            e.source_start is not None
            and e.source_end is not None
            and join.start <= e.source_start
            and e.source_end <= join.end
            and not aside
        )
        told = any(
            o.source_start is not None
            and o.source_end is not None
            and e.source_start is not None
            and e.source_end is not None
            and o.source_start <= e.source_start
            and e.source_end <= o.source_end
            for o in out
        )  # the same words left out, read once by each reading: one edit
        if (e.quote or dropped_here) and not told:
            out.append(e)
    return out


def _condition_hidden(
    toks: Sequence[Token], a_end: int, cut: list[int], lang: LanguageData
) -> list[int]:
    """The source tokens ``cut`` (the words the cue stands for, in order) when they open with a
    condition (:func:`quotecheck.score.checks.cut.condition_at`, after at most one conjunction),
    set off by commas or not: "We will close the pier, if the storm comes, on Friday" quoted
    “We will close the pier,” … “on Friday” gives a promise made under a condition as made
    outright, as a quote stopping before the condition would (QC106).  Empty when they do not,
    or when the condition word asks a question (``whether_if_heads``: "I don't know if …")."""
    if not cut or not lang.conditions or toks[a_end - 1].norm in lang.whether_if_heads:
        return []
    norms = [toks[k].norm for k in cut]
    skip = 1 if norms[0] in lang.conjunctions else 0
    return cut if condition_at(norms, skip, lang) else []


_JOIN_MEANING = frozenset({EditKind.NEGATION, EditKind.NUMBER, EditKind.MODALITY})
"""The meaning changes the unsplit reading is trusted with (the brief's QC105 set)."""


def _meaning_kind(norm: str, lang: LanguageData) -> EditKind | None:
    """The meaning a source word left out at the join carries, as QC105 reads an ellipsis's
    cut: a negation or a limiter ("unless", "but"); None for other words."""
    if norm in lang.negations:
        return EditKind.NEGATION
    if norm in lang.limiters:
        return EditKind.DELETION
    return None
