"""Stage 2, match: quote × sources → the counterpart span(s), aligned token by token.

The stage's public surface; each step lives in its own module: :mod:`.normalize` (comparison
tokens), :mod:`.index` (the source index and its alignments), :mod:`.cache` (the on-disk token
cache), :mod:`.align` (a quote's segments aligned in order), :mod:`.splice` (a segment read as
pieces from other places), :mod:`.result` (what a match is made of), :mod:`.settings` (the
thresholds).
"""

from quotecheck.match.align import match_quote
from quotecheck.match.index import SourceIndex, SourcePreference
from quotecheck.match.result import Piece, QuoteMatch
from quotecheck.match.settings import MatchSettings

__all__ = [
    "MatchSettings",
    "Piece",
    "QuoteMatch",
    "SourceIndex",
    "SourcePreference",
    "match_quote",
]
