"""Stage 3, score: a quote and its match → verdict, similarity, typed edits and findings.

A ladder of small parts (``docs/architecture.md``):

* :mod:`~quotecheck.score.settings` — the ``[score]`` thresholds;
* :mod:`~quotecheck.score.context` — one :class:`ArticleContext` per article, built once;
* :mod:`~quotecheck.score.evidence` — one :class:`Evidence` per reading of a quote: where, the
  typed edits (:mod:`~quotecheck.score.edits`), the measures;
* :mod:`~quotecheck.score.checks` — one module per check, each declaring its codes;
* :mod:`~quotecheck.score.ladder` — the verdict steps of ``docs/verdicts.md``, the only place
  a verdict is chosen (:func:`judge`, :func:`judge_translated`, and :func:`judge_splits`
  for the pieces of a split quote read together, :mod:`~quotecheck.score.joined`);
* :mod:`~quotecheck.score.result` — the chosen verdict as a :class:`~quotecheck.models.QuoteResult`.
"""

from __future__ import annotations

from quotecheck.score.checks.meaning import MEANING_CODES
from quotecheck.score.context import ArticleContext, SpeakerCheck
from quotecheck.score.ladder import judge, judge_splits, judge_translated
from quotecheck.score.settings import ScoreSettings

__all__ = [
    "MEANING_CODES",
    "ArticleContext",
    "ScoreSettings",
    "SpeakerCheck",
    "judge",
    "judge_splits",
    "judge_translated",
]
