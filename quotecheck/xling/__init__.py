"""Translated quotes: verify quotes across languages and catch meaning that drifted in translation.

>>> from quotecheck.xling import CrossLingual                      # doctest: +SKIP
>>> xl = CrossLingual(sources)                                      # doctest: +SKIP
>>> r = xl.check("Wir werden die Steuer nicht erhöhen", "de")       # doctest: +SKIP
>>> r.verdict, r.text, [(e.kind, e.quote, e.source) for e in r.edits]  # doctest: +SKIP

* :mod:`~quotecheck.xling.langid` — ``detect(text) -> (code, confidence)`` (py3langid, offline)
* :mod:`~quotecheck.xling.encoders` — the :class:`Encoder` protocol, the multilingual USE default
  and :class:`EncoderAdapter` for any model with an ``encode`` method
* :mod:`~quotecheck.xling.cache` — source embeddings on disk, keyed by content hash and model
* :mod:`~quotecheck.xling.segment` — sentences, clause runs and word windows as raw offsets
* :mod:`~quotecheck.xling.checks` — numbers and units, negation, modality, names across languages
* :mod:`~quotecheck.xling.core` — :class:`CrossLingual`: span search and the verdict

See ``docs/translation.md``.
"""

from __future__ import annotations

from quotecheck.xling.cache import EmbeddingCache, default_cache_dir
from quotecheck.xling.core import (
    CrossLingual,
    XlingResult,
    XlingSettings,
    paraphrase_similarity,
)
from quotecheck.xling.encoders import (
    Encoder,
    EncoderAdapter,
    USEEncoder,
    default_encoder,
    normalize_rows,
)
from quotecheck.xling.langid import UNDETERMINED, detect, language_or

PARAPHRASE_MIN: float = XlingSettings().paraphrase_min
"""The default of :attr:`XlingSettings.paraphrase_min` (for the translation benchmark)."""

__all__ = [
    "PARAPHRASE_MIN",
    "UNDETERMINED",
    "CrossLingual",
    "EmbeddingCache",
    "Encoder",
    "EncoderAdapter",
    "USEEncoder",
    "XlingResult",
    "XlingSettings",
    "default_cache_dir",
    "default_encoder",
    "detect",
    "language_or",
    "normalize_rows",
    "paraphrase_similarity",
]
