"""A quote not found that is the source reworded throughout, as a re-translation does
(English → another language → English): the embedding similarity of the quote and its nearest
passage tells it from a fabrication (``[score] retranslation-lexical-min``,
``[xling] paraphrase-min``)."""

from __future__ import annotations

from dataclasses import dataclass

from quotecheck.models import MatchInfo
from quotecheck.score.evidence import Evidence, span_info

__all__ = ["CODES", "Retranslation", "retranslation"]

CODES = ("QC102",)


@dataclass(frozen=True)
class Retranslation:
    """The passage a quote renders, and how close in meaning (0..1)."""

    info: MatchInfo
    semantic: float


def retranslation(ev: Evidence) -> Retranslation | None:
    """The nearest passage, when the embedding says the quote renders it.

    Only for quotes of ``short-words`` or more that share some words in order with a passage
    of the speaker's own (a one-word quote, or another speaker's words reworded, is not a
    re-translation); costs two embeddings, never the sources'.
    """
    ctx, st = ev.ctx, ev.ctx.settings
    primary = ev.qmatch.primary
    if ctx.semantic is None or primary is None:
        return None
    if ev.qmatch.rank < st.retranslation_lexical_min or ev.qmatch.tokens < st.short_words:
        return None
    start, end = ctx.index.source_span(primary.source, primary.start, primary.end)
    src = ctx.index.sources[primary.source]
    who, quoted = src.speaker_at(start)
    speaker = ev.quote.attribution.speaker
    if quoted or (speaker and who and not ctx.speakers.same(speaker, who)):
        return None  # someone else's words cannot be this speaker's re-translated ones
    semantic = ctx.semantic(ev.quote.text, src.text[start:end])
    if semantic < ctx.xling.paraphrase_min:
        return None
    info = span_info(ctx, primary.source, start, end, normalization=("embedding",))
    return Retranslation(info, semantic)
