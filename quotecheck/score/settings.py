"""The scorer's thresholds: the ``[tool.quotecheck.score]`` section (see ``docs/verdicts.md``)."""

from __future__ import annotations

from pydantic import Field

from quotecheck.models import SettingsSection

__all__ = ["ScoreSettings"]


class ScoreSettings(SettingsSection):
    """Thresholds of the verdict ladder and its checks (see ``docs/verdicts.md``)."""

    found_min: float = Field(0.5, ge=0.0, le=1.0)
    """Token similarity from which a quote counts as found (altered or better)."""
    short_words: int = Field(5, ge=0)
    """Quotes shorter than this many words …"""
    short_min: float = Field(0.75, ge=0.0, le=1.0)
    """… need this similarity to count as found: "every single X" is not a quote of "every
    single Y"."""
    content_matched: float = Field(0.5, ge=0.0, le=1.0)
    """Share of the quote's content words that must be aligned to identical source words."""
    anchor_run: int = Field(5, ge=1)
    """A run of this many identical words in order makes a quote found even if much was added."""
    altered_max_changed: float = Field(0.5, ge=0.0, le=1.0)
    """An altered quote changes at most this share of its words; more is a paraphrase."""
    paraphrase_edits: int = Field(4, ge=1)
    """From this many separate changes …"""
    paraphrase_words_per_edit: int = Field(6, ge=1)
    """… or one change per this many words, a quote is reworded throughout."""
    weak_words_per_variant: int = Field(10, ge=1)
    """An unstressed "a", "the" or "and" heard or missed makes no alteration only at one per
    this many words of the quote (at least one): more in one quote is a trim, not a mishearing."""
    paraphrase_min: float = Field(0.3, ge=0.0, le=1.0)
    """Order-aware similarity from which a rewording can be a paraphrase …"""
    paraphrase_overlap: float = Field(0.5, ge=0.0, le=1.0)
    """… when at least this share of its distinct content words occur near the passage …"""
    overlap_words: int = Field(3, ge=1)
    """… and at least this many of them (two shared words are chance) …"""
    overlap_window: int = Field(10, ge=0)
    """… within this many source words either side of the passage."""
    misattributed_min: float = Field(0.8, ge=0.0, le=1.0)
    """Similarity needed to say the words are someone else's (a loose match is not enough)."""
    misattributed_tokens: int = Field(3, ge=1)
    """… and the quote must have at least this many words."""
    echo_words: int = Field(5, ge=1)
    """A quote repeats the article's narration when a run of at least this many words …"""
    echo_share: float = Field(0.6, ge=0.0, le=1.0)
    """… and this share of the quote's words stands in the narration …"""
    echo_below: float = Field(0.9, ge=0.0, le=1.0)
    """… while the quote matches the source below this similarity."""
    compact_slack: int = Field(4, ge=0)
    """Pieces split off one segment without a mark are the speaker's words re-ordered or cut
    (not a splice) when their source span is at most their length plus this many words …"""
    compact_share: float = Field(0.25, ge=0.0)
    """… or plus this share of their length, whichever is more."""
    occasion_window: int = Field(400, ge=0)
    """Characters either side of a quote in which the article must name a source's declared
    occasion for a quote not found there to be fabricated rather than unverifiable."""
    occasion_days: int = Field(7, ge=0)
    """A source dated at most this many days before the article's own date (and never after
    it) is of an occasion the article reports; a close match in it is evidence."""
    retranslation_lexical_min: float = Field(0.2, ge=0.0, le=1.0)
    """Order-aware word similarity a quote not found needs before the embedding is asked
    whether it is the source re-translated (below it, it shares almost no words with any
    passage); quotes shorter than ``short_words`` are never asked."""
    candidate_window: int = Field(300, ge=0)
    """Characters before a quote in which a person named by the article is a plausible speaker
    of it: words found spoken by that person are theirs, not a misattribution (QC204) …"""
    candidate_after: int = Field(150, ge=0)
    """… and characters after it."""
    candidate_min: float = Field(0.1, ge=0.0, le=1.0)
    """The extractor's ranked candidates for a quote are plausible speakers of it only from
    this score: one the ranker gives less than one chance in ten (a pronoun's far antecedent,
    the previous quote's speaker) does not outweigh the article naming someone else."""
    secondhand_window: int = Field(300, ge=0)
    """Characters before the matched span, within its turn, in which the source names the
    person it reports the words from (second-hand, QC206)."""
    gap_words_max: int = Field(1, ge=0)
    """A quote identical to its passage but for words it puts where the source marks a gap
    ("[inaudible]") is verbatim (or normalized) with at most this many such words, none of
    them a word that carries meaning by itself (a negation, a number, a modal, a name:
    :func:`quotecheck.score.edits.says_something`); more, or such a word, are words the
    source cannot confirm, so the quote is unverifiable."""
    error_confidence: float = Field(0.9, ge=0.0, le=1.0)
    """A finding is an error only when the verdict's calibrated probability of being right
    (``quotecheck/data/calibration.json``) is at least this; below it, the error is reported
    as a warning that says what is uncertain."""
