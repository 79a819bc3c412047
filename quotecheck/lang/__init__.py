"""Per-language data: quote marks, reporting verbs, pronouns, negation and modal words.

Each language lives in its own data module (``quotecheck/lang/en.py`` …) that defines one
``DATA`` value of type :class:`LanguageData`.  Adding a language is adding a data module; no
logic elsewhere names a word of any language.

This package imports nothing from the rest of quotecheck.
"""

from __future__ import annotations

import importlib
from functools import cache

from quotecheck.lang.schema import LanguageData

__all__ = ["LanguageData", "available_languages", "get_language"]

_KNOWN = ("en", "de", "fr", "es", "ru")


def available_languages() -> tuple[str, ...]:
    """Codes of the languages with a data module."""
    out = []
    for code in _KNOWN:
        try:
            importlib.import_module(f"quotecheck.lang.{code}")
        except ModuleNotFoundError:
            continue
        out.append(code)
    return tuple(out)


@cache
def get_language(code: str) -> LanguageData:
    """The data module for ``code`` (an ISO 639-1 code such as ``"en"``).

    Unknown codes fall back to nothing: callers get :class:`LookupError` and decide.
    """
    base = code.lower().split("-")[0].split("_")[0]
    if not base.isalpha():
        raise LookupError(f"not a language code: {code!r}")
    try:
        module = importlib.import_module(f"quotecheck.lang.{base}")
    except ModuleNotFoundError as exc:
        raise LookupError(f"no language data for {code!r}") from exc
    data = module.DATA
    if not isinstance(data, LanguageData):
        raise LookupError(f"quotecheck.lang.{base}.DATA is not LanguageData")
    return data
