"""A quote in another language than its source, as the ladder sees it (``docs/translation.md``).

:mod:`quotecheck.xling` finds the source span a translated quote renders and checks numbers,
names, negation and modality across the languages; :func:`reading` turns its result into the
evidence :func:`quotecheck.score.ladder.judge_translated` decides on, with article offsets.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotecheck.models import Edit, MatchInfo, Quote
from quotecheck.score.context import ArticleContext
from quotecheck.xling import XlingResult

__all__ = ["TranslatedReading", "reading"]


@dataclass(frozen=True)
class TranslatedReading:
    """The closest source span across languages, and what differs in meaning."""

    info: MatchInfo
    similarity: float
    """Embedding similarity of the quote and the span (0..1)."""
    edits: tuple[Edit, ...]
    """Meaning-changing edits, with article offsets."""
    speaker: str | None
    quoted: bool
    """The span is words the source quotes from someone else."""
    explanation: str | None


def reading(
    quote: Quote, found: XlingResult | None, ctx: ArticleContext
) -> TranslatedReading | None:
    """``found`` (the cross-language search's result for ``quote``) as evidence."""
    if found is None:
        return None
    info = MatchInfo(
        source=ctx.source_names[found.source_index],
        start=found.start,
        end=found.end,
        text=found.text,
        speaker=found.speaker,
        pieces=((found.start, found.end),),
        normalization=(f"translation:{found.quote_language}→{found.source_language}",),
    )
    return TranslatedReading(
        info=info,
        similarity=found.similarity,
        edits=tuple(_shift(e, quote) for e in found.edits),
        speaker=found.speaker,
        quoted=found.quoted,
        explanation=found.explanation,
    )


def _shift(edit: Edit, quote: Quote) -> Edit:
    """xling gives quote-side offsets into the quote text; the contract wants article offsets."""
    if edit.quote_start is None or edit.quote_end is None:
        return edit
    return edit.model_copy(
        update={
            "quote_start": quote.start + edit.quote_start,
            "quote_end": quote.start + edit.quote_end,
        }
    )
