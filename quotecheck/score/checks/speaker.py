"""Whose words these are: the speaker at the matched span (one answer for everyone,
:meth:`quotecheck.models.Source.speaker_at`) against the speaker the article names."""

from __future__ import annotations

from dataclasses import dataclass

from quotecheck.match import QuoteMatch
from quotecheck.score.evidence import Evidence

__all__ = ["CODES", "Misattribution", "misattribution", "own_turn_reading", "someone_else"]

CODES = ("QC201", "QC202")

TIE = 1e-9
"""Similarities closer than this are equal (floating-point noise)."""


@dataclass(frozen=True)
class Misattribution:
    """The words are in the source, but as someone else's."""

    why: str
    who: str
    """Who says them in the source."""
    loose: bool = False
    """Another speaker's turn, but the match is too loose to say they said it."""


def someone_else(ev: Evidence) -> bool:
    """The matched span is words the source quotes, or another speaker's turn."""
    speaker = ev.quote.attribution.speaker
    who, quoted = ev.span_speaker
    return bool(speaker) and (quoted or bool(who and not ev.ctx.speakers.same(speaker, who)))


def own_turn_reading(ev: Evidence) -> QuoteMatch | None:
    """The quote matched again, preferring the attributed speaker's own words on ties.

    The same sentence can stand in several places of a transcript (a candidate repeating
    themselves, a moderator reading a line back); only an equally good place in the speaker's
    own turn replaces the first one found.
    """
    ctx = ev.ctx
    if ctx.reread is None:
        return None
    speaker = ev.quote.attribution.speaker
    index = ctx.index

    def prefer(s_idx: int, pos: int) -> bool:
        toks = index.tokens[s_idx]
        if not 0 <= pos < len(toks):
            return False
        who, quoted = index.sources[s_idx].speaker_at(toks[pos].start)
        return not quoted and ctx.speakers.same(speaker, who)

    alt = ctx.reread(ev.quote, prefer)
    primary = alt.primary
    if primary is None or alt.similarity + TIE < ev.similarity:
        return None
    if not prefer(primary.source, primary.start):
        return None
    return alt


def misattribution(ev: Evidence, similarity: float) -> Misattribution | None:
    """Why the found words are not the attributed speaker's own, if they are not."""
    st = ev.ctx.settings
    speaker = ev.quote.attribution.speaker
    span_who, quoted = ev.span_speaker
    src = ev.source
    if quoted:
        who = (
            f"someone {src.speaker} quotes" if src and src.speaker else "someone the source quotes"
        )
        why = f"these words are in the source, but as {who}, not as the speaker's own"
        return Misattribution(why, span_who or who)
    if speaker and span_who and not ev.ctx.speakers.same(speaker, span_who):
        why = (
            f"the article attributes these words to {speaker}, but in the source "
            f"{span_who} says them"
        )
        loose = similarity < st.misattributed_min or ev.qmatch.tokens < st.misattributed_tokens
        return Misattribution(why, span_who, loose=loose)
    return None
