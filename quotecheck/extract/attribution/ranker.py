"""Ranking speaker candidates: a logistic model over the features of :mod:`.features`.

The model is a conditional logit: each candidate of a quote gets ``z = Σ wᵢ·xᵢ`` over a few
dozen named features, and its score is its share ``exp(z) / Σ exp(z')`` among the quote's
candidates (the scores of one quote add up to 1).  The weights are data
(``weights/<language>.json``), fitted offline on PolNeAR train by
``python -m benchmarks.attribution.train``; nothing is learned at run time and applying them
needs no machine-learning library: O(features) per candidate.  A language without a weights
file keeps the hand-ordered rules.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

Trace = Callable[[int, int, list[tuple[dict[str, float], Any]]], None]
"""Called per ranked quote with (opening offset, closing offset, [(features, attribution)])
— the training script's hook to collect examples."""


@dataclass(frozen=True)
class Ranker:
    """A fitted logistic ranker."""

    weights: Mapping[str, float]
    bias: float = 0.0
    min_score: float = 0.0
    """Below this score the best candidate is not taken (the quote stays unattributed)."""
    meta: Mapping[str, Any] = field(default_factory=dict)
    trace: Trace | None = None

    def logit(self, features: Mapping[str, float]) -> float:
        """The unnormalised score ``Σ wᵢ·xᵢ`` of one candidate."""
        return self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())

    def scores(self, candidates: Sequence[Mapping[str, float]]) -> list[float]:
        """Each candidate's share of the probability that one of them is the speaker."""
        z = [self.logit(f) for f in candidates]
        top = max(z, default=0.0)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return [v / total for v in e]

    def with_trace(self, trace: Trace | None) -> Ranker:
        """The same ranker reporting its candidates to ``trace``."""
        return Ranker(self.weights, self.bias, self.min_score, self.meta, trace)


def ranker_from_json(text: str) -> Ranker:
    """A ranker from its JSON form ``{"bias": b, "weights": {...}, "min_score": m, ...}``."""
    data = json.loads(text)
    return Ranker(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        bias=float(data.get("bias", 0.0)),
        min_score=float(data.get("min_score", 0.0)),
        meta={k: v for k, v in data.items() if k not in ("weights", "bias", "min_score")},
    )


@cache
def load_ranker(language: str) -> Ranker | None:
    """The shipped ranker of ``language``, or None when there is none."""
    path = resources.files("quotecheck.extract.attribution").joinpath("weights", f"{language}.json")
    if not path.is_file():
        return None
    return ranker_from_json(path.read_text(encoding="utf-8"))
