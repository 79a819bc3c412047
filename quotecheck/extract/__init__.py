"""Stage 1, extract: article text → quotes with speaker, kind, segments and raw offsets.

The stage's public surface; each step lives in its own module: :mod:`.spans` (which spans are
quotes), :mod:`.parsing` (the pipeline over the article, parses made ahead),
:mod:`.attribution` (speakers), :mod:`.segments` and :mod:`.kinds` (what a quote is made of
and what kind it is), :mod:`.records` (the :class:`~quotecheck.models.Quote` record),
:mod:`.turns` (an interview's labelled turns given without quote marks, unchecked),
:mod:`.stage` (the steps in order).
"""

from quotecheck.extract.parsing import parse_ahead
from quotecheck.extract.spans import MAX_QUOTE_DEPTH
from quotecheck.extract.stage import (
    ExtractionResult,
    KnownSpeaker,
    declared_registry,
    extract,
    extract_quotes,
)

__all__ = [
    "MAX_QUOTE_DEPTH",
    "ExtractionResult",
    "KnownSpeaker",
    "declared_registry",
    "extract",
    "extract_quotes",
    "parse_ahead",
]
