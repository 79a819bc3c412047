"""The matcher's thresholds, the ``[tool.quotecheck.match]`` section."""

from __future__ import annotations

from pydantic import Field

from quotecheck.models import SettingsSection

__all__ = ["MatchSettings"]


class MatchSettings(SettingsSection):
    """Thresholds of the matcher, the ``[tool.quotecheck.match]`` section (see
    ``docs/verdicts.md`` for why these values)."""

    piece_min: float = Field(0.6, ge=0.0, le=1.0)
    """Similarity for a later segment to count as found next to the previous one."""
    follow_window: int = Field(400, gt=0)
    """How many source tokens after a piece the next segment of an elision is looked for in."""
    splice_run: int = Field(4, gt=0)
    """Shortest run of unaligned quote words that is looked up elsewhere as a spliced piece."""
    near_sentence: int = Field(2, gt=0)
    """Shortest whole sentence at a segment's head or tail, left out by its alignment, that is
    looked up word for word near it (in the same source, within ``follow_window``) as a piece
    joined without a mark, however much shorter than ``splice_run``."""
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
