"""What the matcher returns: a quote's counterpart as aligned pieces, in quote order."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from quotecheck.match.index import Alignment
from quotecheck.match.normalize import Token

__all__ = ["Piece", "QuoteMatch"]


@dataclass
class Piece:
    """One aligned piece of a quote."""

    tokens: list[Token]
    alignment: Alignment | None
    segment: int
    """Index of the quote segment the piece comes from."""
    unmarked: bool = False
    """True when the piece was split off a segment without an ellipsis (a splice)."""


@dataclass
class QuoteMatch:
    """The counterpart of a quote: its pieces, in quote order."""

    pieces: list[Piece] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        """Number of quote tokens over all pieces."""
        return sum(len(p.tokens) for p in self.pieces)

    def _weighted(self, score: Callable[[Alignment], float]) -> float:
        """The mean of ``score`` over the pieces, weighted by their tokens (0 when unfound)."""
        total = self.tokens
        if not total:
            return 0.0
        return (
            sum(len(p.tokens) * (score(p.alignment) if p.alignment else 0.0) for p in self.pieces)
            / total
        )

    @property
    def similarity(self) -> float:
        """Token-weighted similarity of the pieces (unfound pieces count as 0)."""
        return self._weighted(lambda a: a.similarity)

    @property
    def rank(self) -> float:
        """Token-weighted Indel similarity of the tight spans (order-aware, no substitutions)."""
        return self._weighted(lambda a: a.rank)

    @property
    def found(self) -> list[Piece]:
        """Pieces that have an alignment."""
        return [p for p in self.pieces if p.alignment is not None]

    @property
    def primary(self) -> Alignment | None:
        """Alignment of the largest found piece."""
        found = self.found
        if not found:
            return None
        return max(found, key=lambda p: len(p.tokens)).alignment

    def in_order(self) -> bool:
        """Whether found pieces follow each other in one source, in quote order."""
        found = [p.alignment for p in self.found]
        for a, b in itertools.pairwise(found):
            assert a is not None and b is not None
            if a.source != b.source or b.start < a.end:
                return False
        return True
