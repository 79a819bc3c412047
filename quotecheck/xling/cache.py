"""On-disk cache of source embeddings, keyed by content hash and model name.

One ``.npy`` file per (model, list of texts): ``<dir>/xling/<model>/<sha256>.npy``.  Files are
written to a temporary file in the same directory and moved into place with :func:`os.replace`,
so a reader never sees half a file, and read with ``allow_pickle=False``.  A file that cannot be
read, or whose shape does not fit, is ignored (and rewritten on the next store): the cache only
ever saves time, it never changes a result.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from quotecheck.paths import DiskCache, cache_secret, default_cache_dir, write_atomically
from quotecheck.xling.encoders import Matrix

__all__ = ["EmbeddingCache", "cache_key", "default_cache_dir"]

FORMAT = "quotecheck-xling-1"
"""Bumped whenever what is stored under a key changes meaning."""


def cache_key(model_name: str, texts: Sequence[str]) -> str:
    """SHA-256 over the format, the model name and every text (length-prefixed)."""
    h = hashlib.sha256(cache_secret())  # no one else can compute (or forge) an entry's name
    for part in (FORMAT, model_name, *texts):
        data = part.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def _slug(name: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._")[:60] or "model"
    return f"{slug}-{hashlib.sha256(name.encode()).hexdigest()[:8]}"


class EmbeddingCache(DiskCache):
    """Embedding matrices on disk (see :class:`~quotecheck.paths.DiskCache` for the counters)."""

    def path(self, model_name: str, key: str) -> Path:
        """Where the matrix for ``key`` computed by ``model_name`` lives."""
        return self.directory / "xling" / _slug(model_name) / f"{key}.npy"

    def load(self, model_name: str, key: str, rows: int) -> Matrix | None:
        """The cached matrix with ``rows`` rows, or None when absent, unreadable or misshapen."""
        path = self.path(model_name, key)
        try:
            arr = np.load(path, allow_pickle=False)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, EOFError):
            self.errors += 1
            self.misses += 1
            return None
        if (
            not isinstance(arr, np.ndarray)
            or arr.ndim != 2
            or arr.shape[0] != rows
            or (rows and arr.shape[1] == 0)
            or arr.dtype.kind != "f"
            or not np.isfinite(arr).all()
        ):
            self.errors += 1
            self.misses += 1
            return None
        self.hits += 1
        out: Matrix = arr.astype(np.float32, copy=False)
        return out

    def store(self, model_name: str, key: str, matrix: Matrix) -> bool:
        """Write ``matrix`` atomically; False (and nothing raised) when the disk refuses."""
        path = self.path(model_name, key)
        try:
            write_atomically(
                path,
                lambda f: np.save(
                    f, np.ascontiguousarray(matrix, dtype=np.float32), allow_pickle=False
                ),
                suffix=".npy",
            )
        except OSError:
            self.errors += 1
            return False
        self.writes += 1
        return True
