"""Language identification of articles, quotes and sources (py3langid, offline).

``py3langid`` ships its model inside the package (a naive Bayes model over byte n-grams, about
3 MB, no pickle, no download), so identification runs offline and is deterministic: the same text
always gives the same answer.

:func:`detect` answers with one of the languages quotecheck has data for
(:func:`quotecheck.lang.available_languages`) or ``"und"`` (undetermined) when the text is too
short, has no letters, or is confidently in a language quotecheck has no data for.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from quotecheck._version import __version__
from quotecheck.lang import available_languages, base_code
from quotecheck.models import Source
from quotecheck.paths import DiskCache, package_digest, write_atomically

__all__ = [
    "UNDETERMINED",
    "LanguageCache",
    "SourceLanguages",
    "detect",
    "language_or",
    "source_language",
]

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
    """A py3langid identifier with normalised probabilities, restricted to ``languages``.

    The model file (LZMA-compressed, about 0.3 s to read) is read once per process: every
    further identifier is built on the arrays of the first (restricting makes new arrays, the
    full model is never written to)."""
    with _lock:
        ident = _identifiers.get(languages)
        if ident is None:
            module = importlib.import_module("py3langid.langid")
            first = next(iter(_identifiers.values()), None)
            if first is None:
                ident = module.LanguageIdentifier.from_model_file(
                    module.MODEL_FILE, norm_probs=True
                )
            else:
                ptc, pc, classes = first._full_model
                ident = module.LanguageIdentifier(
                    ptc,
                    pc,
                    classes,
                    first.tk_nextmove,
                    first.tk_output,
                    norm_probs=True,
                    tk_row=first.tk_row,
                )
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


SAMPLE_CHARS = 1_000
"""A source's language is decided from the first this many characters of its body: the
identifier's cost grows with the text (about 1 ms here against 5 ms for 4,000 characters), its
answer on a document in one language does not."""

_CACHE_FORMAT = "quotecheck-langid-1"
DETECTOR_FILES = ("xling/langid.py",)
"""The code whose edit changes a detected language (an edited threshold is never answered from
the cache)."""


class LanguageCache(DiskCache):
    """Detected source languages on disk, beside the token cache (``<dir>/langid/``), keyed by
    a hash of the sample, the identifier's languages, the quotecheck version and the content of
    this module (:data:`DETECTOR_FILES`: its thresholds decide the answer): a source's language
    is detected once, ever.  A file that cannot be read, or holds anything but a
    language code, is ignored (the cache only saves time)."""

    def path(self, key: str) -> Path:
        """Where the answer for ``key`` lives."""
        return self.directory / "langid" / key[:2] / f"{key}.txt"

    def load(self, key: str) -> str | None:
        """The cached code, or None."""
        try:
            code = self.path(key).read_text(encoding="ascii").strip()
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, UnicodeDecodeError):
            self.errors += 1
            self.misses += 1
            return None
        if not _CODE.fullmatch(code):
            self.errors += 1
            self.misses += 1
            return None
        self.hits += 1
        return code

    def store(self, key: str, code: str) -> None:
        """Write the answer (a refused write is counted, never raised)."""

        def write(f: BinaryIO) -> None:
            f.write(code.encode("ascii"))

        try:
            write_atomically(self.path(key), write, suffix=".txt")
        except OSError:
            self.errors += 1
            return
        self.writes += 1


_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def _sample_key(sample: str) -> str:
    h = hashlib.sha256()
    code = package_digest(*DETECTOR_FILES)
    for part in (_CACHE_FORMAT, __version__, code, ",".join(available_languages()), sample):
        data = part.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def source_language(source: Source, cache: LanguageCache | None = None) -> str:
    """The language ``source`` is written in: as declared when it was (front matter
    ``language:``, the source's entry), else detected from the first :data:`SAMPLE_CHARS`
    characters of its body (through ``cache``), else its default language."""
    if source.language_declared:
        return source.language
    sample = source.text[source.body_start : source.body_start + SAMPLE_CHARS]
    key = _sample_key(sample) if cache is not None else ""
    code = cache.load(key) if cache is not None else None
    if code is None:
        code, _ = detect(sample)
        if cache is not None:
            cache.store(key, code)
    return source.language if code == UNDETERMINED else code


class SourceLanguages:
    """The language of each source, each decided at most once and only when a question needs it.

    ``includes(code)`` (is any source written in ``code``?) decides sources one by one until
    one is: in a collection in one language, one detection answers every quote.  ``decide_all``
    decides the rest (once, on the client of a batch, so that workers receive the answers).
    Pickles with its answers; the cache is not shipped.
    """

    def __init__(self, sources: Sequence[Source], cache: LanguageCache | None = None) -> None:
        self._sources = list(sources)
        self._cache = cache
        self._codes: list[str | None] = [None] * len(self._sources)
        self._next = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._sources)

    def __getitem__(self, i: int) -> str:
        with self._lock:
            return self._decide(i)

    def _decide(self, i: int) -> str:
        code = self._codes[i]
        if code is None:
            code = self._codes[i] = source_language(self._sources[i], self._cache)
        return code

    def includes(self, code: str) -> bool:
        """Whether some source is written in ``code``, codes compared by
        :func:`~quotecheck.lang.base_code` (``en-GB``, ``EN`` and ``en_GB`` are en)."""
        want = base_code(code)
        with self._lock:
            if any(c is not None and base_code(c) == want for c in self._codes):
                return True
            while self._next < len(self._sources):
                i = self._next
                self._next += 1
                if self._codes[i] is None and base_code(self._decide(i)) == want:
                    return True
        return False

    def decide_all(self) -> set[str]:
        """Every source's language decided now; the set of them (without regions)."""
        with self._lock:
            return {base_code(self._decide(i)) for i in range(len(self._sources))}

    def __getstate__(self) -> dict[str, Any]:
        return {"sources": self._sources, "codes": self._codes, "next": self._next}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._sources = state["sources"]
        self._codes = state["codes"]
        self._next = state["next"]
        self._cache = None
        self._lock = threading.Lock()
