"""Narration inside the quote marks: a reporting frame at the head of the quote ("I went on to
say that …", from the language's ``narration_frames``), or a run of the article's own
narration repeated inside the marks (``echo-words``, ``echo-share``, ``echo-below``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotecheck.match.normalize import tokenize
from quotecheck.models import Edit, EditKind, MatchInfo, Quote, SegmentKind
from quotecheck.score.edits import inserted
from quotecheck.score.evidence import Evidence, clip, longest_common_run, span_info

__all__ = ["CODES", "Narration", "echo", "frame"]

CODES = ("QC104", "QC114")


@dataclass(frozen=True)
class Narration:
    """What the reporter put inside the marks, as evidence."""

    edits: list[Edit]
    info: MatchInfo | None
    similarity: float
    why: str


def frame(ev: Evidence) -> Narration | None:
    """The reporting frame the quote opens with, and the source passage of the rest; None
    when the quote opens with none, or when the whole quote, frame and all, is identical to
    its passage (:attr:`Evidence.exact`): the speaker said "I said that …" there, and the
    reporter put nothing in their mouth."""
    ctx, quote = ev.ctx, ev.quote
    m = _frame_match(quote, ctx.view, ctx.lang.narration_frames)
    if m is None or ev.exact:
        return None
    seg = next(s for s in quote.segments if s.kind is SegmentKind.TEXT)
    frame_start, frame_end = seg.start + m.start(), seg.start + m.end()
    rest = tokenize(ctx.view, frame_end, seg.end, lang=ctx.lang, aliases=ctx.aliases)
    info = None
    similarity = 0.0
    if rest:
        al = ctx.index.best(ctx.index.encode(rest))
        if al is not None and al.similarity >= ctx.settings.paraphrase_min:
            a, b = ctx.index.source_span(al.source, al.start, al.end)
            info = span_info(ctx, al.source, a, b)
            similarity = al.similarity
    frame_text = ctx.raw[frame_start:frame_end]
    edits = [
        inserted(
            ctx.raw,
            frame_start,
            frame_end,
            "a reporting frame inside the quote marks",
            meaning_changing=True,
        )
    ]
    first = m.group(0).split()[0]
    if first.lower() in ctx.lang.first_person:
        edits.append(
            Edit(
                kind=EditKind.PERSON,
                quote=first,
                source="",
                quote_start=frame_start,
                quote_end=frame_start + len(first),
                meaning_changing=True,
                note="first person where the reporter's narration had the speaker",
            )
        )
    why = (
        f"the quote begins with the reporter's frame “{frame_text.strip()}”: "
        "narration was put in the speaker's mouth"
    )
    return Narration(edits, info, similarity, why)


def _frame_match(quote: Quote, view: str, frames: tuple[str, ...]) -> re.Match[str] | None:
    texts = [s for s in quote.segments if s.kind is SegmentKind.TEXT]
    if not texts:
        return None
    head = view[texts[0].start : texts[0].end]
    for rx in frames:
        m = re.match(rx, head, flags=re.IGNORECASE)
        if m:
            return m
    return None


def echo(ev: Evidence) -> Narration | None:
    """A run of the article's own narration inside the marks, longer than anything the quote
    shares with the source, while the source match is loose."""
    ctx, st = ev.ctx, ev.ctx.settings
    q_tokens = [t for p in ev.qmatch.pieces for t in p.tokens]
    n = len(q_tokens)
    if n < st.echo_words or ev.similarity >= st.echo_below:
        return None
    narration = ctx.narration
    if not narration:
        return None
    size, at_q, at_n = longest_common_run([t.norm for t in q_tokens], [t.norm for t in narration])
    if size < max(st.echo_words, int(st.echo_share * n)) or size <= ev.longest_equal_run:
        return None
    first, last = narration[at_n], narration[at_n + size - 1]
    echoed = ctx.raw[first.start : last.end]
    qa, qb = q_tokens[at_q].start, q_tokens[at_q + size - 1].end
    edits = [
        inserted(
            ctx.raw,
            qa,
            qb,
            "words of the article's own narration inside the quote marks",
            meaning_changing=True,
        )
    ]
    why = (
        f"the quote repeats the article's own narration “{clip(echoed)}” rather than the "
        "source: narration was put in the speaker's mouth"
    )
    return Narration(edits, ev.info, ev.similarity, why)
