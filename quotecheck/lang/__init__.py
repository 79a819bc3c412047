"""Per-language data: quote marks, reporting verbs, pronouns, negation and modal words.

Each language lives in its own data folder, ``quotecheck/lang/<code>/`` (``language.yml`` and one
``<field>.txt`` word list per field; see :mod:`quotecheck.lang.load`), read into one
:class:`LanguageData`.  Adding a language is adding a folder; no logic elsewhere names a word of
any language.

This package imports nothing from the rest of quotecheck but :mod:`quotecheck.errors`.
"""

from __future__ import annotations

from functools import cache

from quotecheck.errors import LanguageNotSupported
from quotecheck.lang.load import language_dir, load_language
from quotecheck.lang.schema import LanguageData

__all__ = [
    "LanguageData",
    "LanguageNotSupported",
    "available_languages",
    "get_language",
    "language_code",
]


@cache
def available_languages() -> tuple[str, ...]:
    """Codes of the languages with a data folder, sorted."""
    root = language_dir("")
    return tuple(
        sorted(
            entry.name
            for entry in root.iterdir()
            if entry.is_dir() and entry.joinpath("language.yml").is_file()
        )
    )


def base_code(code: str) -> str:
    """The language part of a code, lower case: ``"de-AT"`` → ``"de"``, ``"fr_CA"`` → ``"fr"``."""
    return code.lower().split("-")[0].split("_")[0]


def language_code(code: str) -> str:
    """The one spelling of a language code that quotecheck keys on (language data, spaCy
    pipeline, report): ``"en-US"``, ``"EN"``, ``"en_GB"`` → ``"en"``, ``"de-AT"`` → ``"de"``.
    A code with no data folder is returned as written, so that E301 names what was asked."""
    written = code.strip()
    base = base_code(written)
    return base if base in available_languages() else written


def get_language(code: str, *, path: str | None = None) -> LanguageData:
    """The data of ``code`` (an ISO 639-1 code such as ``"en"``; region and case are ignored).

    Raises :class:`~quotecheck.errors.LanguageNotSupported` (E301, also a :class:`LookupError`)
    naming the supported languages when there is no data folder for it; ``path`` names the
    file that asked for the language in that error.  Never falls back to another language.
    """
    base = base_code(code)
    if base not in available_languages():
        supported = ", ".join(available_languages())
        raise LanguageNotSupported(
            f"no language data for {code!r} (supported: {supported})", path=path
        )
    return _load(base)


@cache
def _load(base: str) -> LanguageData:
    return load_language(base)
