"""A content-addressed cache of article results.

The key hashes everything the analysis of one article depends on: the article's text, format
and display path; every source it is checked against (text and declared metadata, as the
:class:`~quotecheck.models.Source` model); the library :class:`~quotecheck.config.Settings`
(with the contents of alias files); quotecheck's version; spaCy's version and the version of
the pipeline package for the article language.  The value is the
:class:`~quotecheck.models.ArticleReport` as JSON, before rule selection, suppressions and
baseline are applied (those are cheap and run every time).

Entries are JSON files written atomically (temporary file + rename); a file that cannot be read
or validated is a miss and is overwritten.  Nothing is ever unpickled.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from pydantic import ValidationError

from quotecheck._version import __version__
from quotecheck.config import Settings
from quotecheck.extract.nlp import DEFAULT_MODELS
from quotecheck.lint.baseline import write_atomic
from quotecheck.models import ArticleReport, Source

__all__ = ["CACHE_VERSION", "ResultCache", "cache_key"]

CACHE_VERSION = "1"
_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by quotecheck.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


def _dist_version(name: str) -> str | None:
    for candidate in (name, name.replace("_", "-")):
        with contextlib.suppress(metadata.PackageNotFoundError):
            return metadata.version(candidate)
    return None


@lru_cache(maxsize=32)
def model_versions(language: str, model: str | None) -> str:
    """spaCy's version and the pipeline package versions used for ``language``."""
    if model:
        names: tuple[str, ...] = (model,)
    elif language == "auto":  # any language's pipeline may be used: all of them count
        names = tuple(n for ns in DEFAULT_MODELS.values() for n in ns)
    else:
        names = DEFAULT_MODELS.get(language, ())
    parts = [f"spacy={_dist_version('spacy')}"]
    parts.extend(f"{n}={_dist_version(n)}" for n in names)
    return ";".join(parts)


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


_NOT_INPUTS = {
    "fail_level",
    "cache_dir",
    "index_cache_enabled",
    "embedding_cache",
    "embedding_cache_enabled",
    "alias_files",
}


def source_digest(source: Source) -> str:
    """SHA-256 of everything a source contributes to an analysis (its text, speakers, turns)."""
    return hashlib.sha256(source.model_dump_json().encode("utf-8", "surrogatepass")).hexdigest()


def sources_key(digests: Sequence[str]) -> str:
    """One key for a list of sources, from their :func:`source_digest` values, in order."""
    return hashlib.sha256("\n".join(digests).encode()).hexdigest()


def cache_key(*, display: str, fmt: str, raw: str, sources: str, settings: Settings) -> str:
    """The content address of one article's analysis (``sources``: a :func:`sources_key`)."""
    h = hashlib.sha256()

    def part(text: str) -> None:
        data = text.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)

    part(f"quotecheck-cache/{CACHE_VERSION}/{__version__}")
    part(model_versions(settings.language, settings.models.get(settings.language)))
    # The fail level is no input; cache locations never change a result; alias files are
    # keyed by content below (their absolute paths would tie the key to one checkout).
    part(settings.model_dump_json(exclude=_NOT_INPUTS))
    for f in settings.alias_files:
        part(_file_digest(f))
    part(display)
    part(fmt)
    part(raw)
    part(sources)
    return h.hexdigest()


class ResultCache:
    """Cached :class:`ArticleReport` values under a folder (``.quotecheck_cache``)."""

    def __init__(self, folder: Path) -> None:
        """Use ``folder`` (created on the first write)."""
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def _file(self, key: str) -> Path:
        return self.folder / f"v{CACHE_VERSION}" / key[:2] / f"{key}.json"

    def get(self, key: str) -> ArticleReport | None:
        """The cached report for ``key``, or None (also for a corrupt entry)."""
        try:
            data = json.loads(self._file(key).read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("key") != key:
                raise ValueError("entry for another key")
            report = ArticleReport.model_validate(data["report"])
        except (OSError, UnicodeDecodeError, ValueError, KeyError, ValidationError, RecursionError):
            self.misses += 1
            return None
        self.hits += 1
        return report

    def put(self, key: str, report: ArticleReport) -> None:
        """Store ``report`` (best effort: a read-only folder just means no caching)."""
        payload = json.dumps(
            {"key": key, "report": report.model_dump(mode="json")}, ensure_ascii=False
        )
        with contextlib.suppress(OSError):
            self._prepare()
            write_atomic(self._file(key), payload)

    def _prepare(self) -> None:
        if (self.folder / "CACHEDIR.TAG").exists():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.folder / ".gitignore", "# Created by quotecheck.\n*\n")
        write_atomic(self.folder / "CACHEDIR.TAG", _TAG)
