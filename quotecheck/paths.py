"""Where quotecheck keeps files of its own (caches), and how it writes them: shared by every
layer that caches."""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

__all__ = ["DiskCache", "cache_secret", "default_cache_dir", "write_atomically"]

SECRET_ENV = "QUOTECHECK_CACHE_SECRET"
"""Variable that gives the cache key secret (CI keeps it as a repository secret)."""


def default_cache_dir() -> Path:
    """The cache directory.

    ``$QUOTECHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/quotecheck``, else ``~/.cache/quotecheck``.
    """
    env = os.environ.get("QUOTECHECK_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg).expanduser() / "quotecheck"
    return Path.home() / ".cache" / "quotecheck"


@functools.lru_cache(maxsize=1)
def cache_secret() -> bytes:
    """The machine-local secret mixed into every cache key, so that no one who only controls
    the repository (a committed ``.quotecheck_cache``, an article) can compute where an entry
    lives or forge one.

    ``$QUOTECHECK_CACHE_SECRET`` when set; else 32 random bytes kept in
    ``$XDG_CACHE_HOME/quotecheck/secret`` (or ``~/.cache/quotecheck/secret``; never under
    ``$QUOTECHECK_CACHE_DIR``, which may lie in the repository), created on first use with
    mode 0600.  When that file cannot be kept, a fresh secret for this process: the caches
    then only miss.  Read once per process.
    """
    env = os.environ.get(SECRET_ENV)
    if env:
        return b"env:" + env.encode("utf-8", "surrogatepass")
    xdg = os.environ.get("XDG_CACHE_HOME")
    folder = Path(xdg).expanduser() / "quotecheck" if xdg else Path.home() / ".cache/quotecheck"
    path = folder / "secret"
    with contextlib.suppress(OSError):
        if path.is_file() and not path.is_symlink() and path.stat().st_size == 64:
            data = path.read_bytes()
            if len(data) == 64:
                return data
    fresh = secrets.token_hex(32).encode()
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(fresh)
    with contextlib.suppress(OSError):  # another process may have won the race: use its secret
        data = path.read_bytes()
        if len(data) == 64 and not path.is_symlink():
            return data
    return fresh


def write_atomically(path: Path, write: Callable[[BinaryIO], None], *, suffix: str) -> None:
    """Write ``path`` through a temporary file in its folder moved into place with
    :func:`os.replace`: a reader (another process included) sees the old file or the new one,
    never half of one.  Raises :class:`OSError` when the disk refuses; leaves no temporary
    file behind."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=suffix, dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            write(f)
        os.replace(tmp, path)
        tmp = None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


class DiskCache:
    """A cache folder (default :func:`default_cache_dir`) with the counters every cache keeps:
    ``hits``, ``misses``, ``writes`` and ``errors`` (unreadable entries, refused writes)."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.hits = 0
        self.misses = 0
        self.writes = 0
        self.errors = 0
