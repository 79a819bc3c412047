"""Where quotecheck keeps files of its own (caches), and how it writes them: shared by every
layer that caches."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

__all__ = ["DiskCache", "default_cache_dir", "write_atomically"]


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
