"""Where quotecheck keeps files of its own (caches), shared by every layer that caches."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["default_cache_dir"]


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
