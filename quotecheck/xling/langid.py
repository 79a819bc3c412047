"""Language identification of articles, quotes and sources (py3langid, offline).

``py3langid`` ships its model inside the package (a naive Bayes model over byte n-grams, about
3 MB, no pickle, no download), so identification runs offline and is deterministic: the same text
always gives the same answer.

:func:`detect` answers with one of the languages quotecheck has data for
(:func:`quotecheck.lang.available_languages`) or ``"und"`` (undetermined) when the text is too
short, has no letters, or is confidently in a language quotecheck has no data for.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable
from typing import Any

from quotecheck.lang import available_languages

__all__ = ["UNDETERMINED", "detect", "language_or"]

UNDETERMINED = "und"
"""ISO 639-2 code for "undetermined"."""

MIN_CONFIDENCE = 0.7
"""Default probability (among the supported languages) from which :func:`detect` commits."""

FOREIGN_VETO = 0.6
"""A language quotecheck has no data for that the full model prefers with at least this
probability makes the answer ``"und"``: an Italian sentence is not Spanish with confidence 0.74."""

_lock = threading.Lock()
_identifiers: dict[tuple[str, ...] | None, Any] = {}


def _identifier(languages: tuple[str, ...] | None) -> Any:
    """A py3langid identifier with normalised probabilities, restricted to ``languages``."""
    with _lock:
        ident = _identifiers.get(languages)
        if ident is None:
            module = importlib.import_module("py3langid.langid")
            ident = module.LanguageIdentifier.from_model_file(module.MODEL_FILE, norm_probs=True)
            if languages is not None:
                known = set(ident.labels)
                ident.set_languages([c for c in languages if c in known])
            _identifiers[languages] = ident
        return ident


def detect(
    text: str,
    *,
    languages: Iterable[str] | None = None,
    min_confidence: float = MIN_CONFIDENCE,
) -> tuple[str, float]:
    """The language of ``text`` as ``(code, confidence)``.

    ``code`` is one of ``languages`` (default: every language with a quotecheck data folder) or
    ``"und"``.  ``confidence`` is the probability of the best of those languages when the
    choice is restricted to them (0..1); with ``"und"`` it says how close that language came.
    Texts without letters give ``("und", 0.0)``.
    """
    langs = tuple(sorted(set(languages))) if languages is not None else available_languages()
    if not langs or not any(ch.isalpha() for ch in text):
        return UNDETERMINED, 0.0
    code, confidence = _identifier(langs).classify(text)
    confidence = float(confidence)
    if confidence < min_confidence:
        return UNDETERMINED, confidence
    top, top_p = _identifier(None).classify(text)
    if top not in langs and float(top_p) >= FOREIGN_VETO:
        return UNDETERMINED, confidence
    return str(code), confidence


def language_or(text: str, default: str, *, min_confidence: float = MIN_CONFIDENCE) -> str:
    """The detected language of ``text``, or ``default`` when it cannot be determined."""
    code, _ = detect(text, min_confidence=min_confidence)
    return default if code == UNDETERMINED else code
