"""A content-addressed cache of article results.

The key hashes everything the analysis of one article depends on: the article's text, format
and display path; every source it is checked against (text and declared metadata, as the
:class:`~quotecheck.models.Source` model); the library :class:`~quotecheck.config.Settings`
(with the contents of alias files); quotecheck's version and the contents of every file it
ships, code and data alike (:func:`~quotecheck.paths.package_digest`: the calibration table,
ranker weights and language data, which a refit or an edit changes within one version, and the
modules themselves, which a developer or a git install edits without a new version); spaCy's
version and the version of the pipeline package for the article language.  The value is the
:class:`~quotecheck.models.ArticleReport` as JSON, before rule selection, suppressions and
baseline are applied (those are cheap and run every time).

Entries are JSON files written atomically (temporary file + rename); a file that cannot be read
or validated is a miss and is overwritten.  Nothing is ever unpickled.

Entries cannot be forged from the repository: the key also hashes a machine-local secret
(:func:`quotecheck.paths.cache_secret`), so whoever commits a ``.quotecheck_cache`` cannot know
the name under which a run would look an entry up; and a cache folder tracked by git is not
used at all (:func:`tracked_by_git`).  An entry is read only when it is a regular file (no
symlink, FIFO or device) within :data:`MAX_ENTRY_BYTES`, and written only inside the folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import subprocess
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
from quotecheck.paths import cache_secret, package_digest

__all__ = ["CACHE_VERSION", "ResultCache", "cache_key"]

CACHE_VERSION = "1"
MAX_ENTRY_BYTES = 64 * 1024 * 1024
"""A larger entry is a miss (a result is a few kilobytes per quote)."""
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
    h = hashlib.sha256(cache_secret())  # no one else can compute (or forge) an entry's name

    def part(text: str) -> None:
        data = text.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)

    part(f"quotecheck-cache/{CACHE_VERSION}/{__version__}")
    # A refitted calibration table, an edited language file or module changes results within
    # one version.
    part(package_digest())
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


def tracked_by_git(folder: Path, root: Path) -> bool:
    """Whether git tracks any file under ``folder`` in the work tree at ``root`` (False when
    git or the repository is missing: then only the secret key protects the entries)."""
    try:
        proc = subprocess.run(
            ["git", "ls-files", "-z", "--", str(folder)],
            cwd=root,
            capture_output=True,
            check=False,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError, ValueError):
        return False
    return proc.returncode == 0 and bool(proc.stdout.strip(b"\0"))


class ResultCache:
    """Cached :class:`ArticleReport` values under a folder (``.quotecheck_cache``)."""

    def __init__(self, folder: Path) -> None:
        """Use ``folder`` (created on the first write)."""
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def _file(self, key: str) -> Path:
        return self.folder / f"v{CACHE_VERSION}" / key[:2] / f"{key}.json"

    def _read(self, path: Path) -> str:
        """An entry's text: a regular file (never through a symlink) of bounded size."""
        fd = os.open(
            path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        )
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
                raise ValueError("not a cache entry")
            return f.read(MAX_ENTRY_BYTES + 1).decode("utf-8")

    def get(self, key: str) -> ArticleReport | None:
        """The cached report for ``key``, or None (also for a corrupt entry)."""
        try:
            data = json.loads(self._read(self._file(key)))
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
            target = self._file(key)
            # a symlink planted inside the folder must not carry the write elsewhere
            real = Path(os.path.realpath(target.parent))
            if os.path.commonpath([str(real), os.path.realpath(self.folder)]) != os.path.realpath(
                self.folder
            ):
                return
            write_atomic(target, payload)

    def _prepare(self) -> None:
        if (self.folder / "CACHEDIR.TAG").exists():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.folder / ".gitignore", "# Created by quotecheck.\n*\n")
        write_atomic(self.folder / "CACHEDIR.TAG", _TAG)
