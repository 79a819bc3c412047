"""On-disk cache of source tokens, keyed by content hash: a source is tokenised once, ever.

Tokenising a source (the normalisation ladder, word by word in Python) is most of the cost of
building a :class:`~quotecheck.match.index.SourceIndex`; the rest is a few vectorised sorts.
This cache keeps, per source, the comparison tokens as plain arrays in one ``.npz`` file:
``<dir>/index/<sha256>.npz``, the key covering the format, the quotecheck version, the code that
makes the tokens (:data:`TOKENIZER_FILES`, by content), the text, where its body starts, its
language with the language data the tokens depend on
(:func:`~quotecheck.match.normalize.data_digest`) and the alias table.  A changed source, alias
table, language table, tokenizer or release misses and is tokenised again; an unchanged one is
read back in milliseconds.

Files are written to a temporary file in the same directory and moved into place with
:func:`os.replace` (a reader never sees half a file) and read with ``allow_pickle=False`` (no
code is ever loaded from the cache).  A file that cannot be read or does not hold what it
should is ignored and rewritten: the cache only ever saves time, it never changes a result.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from quotecheck._version import __version__
from quotecheck.paths import DiskCache, cache_secret, package_digest, write_atomically

__all__ = ["SourceTokens", "TokenCache", "token_key"]

FORMAT = "quotecheck-index-1"
"""Bumped whenever what is stored under a key changes meaning."""

TOKENIZER_FILES = ("match/normalize.py", "lang/sentences.py")
"""The modules whose code makes a source's tokens (the normalisation ladder, and what a word
is), keyed by content: an edit there (a developer's tree, a git install) is never answered
with tokens the old code made.  Other modules' edits keep the cache."""


@dataclass(frozen=True)
class SourceTokens:
    """One source's comparison tokens as arrays: ``words[ids[k]]`` is token k's normal form."""

    words: list[str]
    ids: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    levels: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)


def token_key(text: str, body_start: int, language: str, aliases_digest: str) -> str:
    """SHA-256 over the format, the version, the tokenizer's code and everything else the tokens
    depend on (``language``: the language code with the digest of its tokenizer data)."""
    h = hashlib.sha256(cache_secret())  # no one else can compute (or forge) an entry's name
    code = package_digest(*TOKENIZER_FILES)
    for part in (FORMAT, __version__, code, language, str(body_start), aliases_digest, text):
        data = part.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


class TokenCache(DiskCache):
    """Source tokens on disk (see :class:`~quotecheck.paths.DiskCache` for the counters)."""

    def path(self, key: str) -> Path:
        """Where the tokens for ``key`` live."""
        return self.directory / "index" / f"{key}.npz"

    def load(self, key: str, text_length: int) -> SourceTokens | None:
        """The cached tokens, or None when absent, unreadable or inconsistent."""
        try:
            with self.path(key).open("rb") as f, np.load(f, allow_pickle=False) as data:
                blob = data["words"].tobytes()
                lengths = data["lengths"]
                ids, starts, ends, levels = (
                    data[name] for name in ("ids", "starts", "ends", "levels")
                )
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
            self._bad()
            return None
        try:
            words = _split(blob, lengths)
        except (ValueError, UnicodeDecodeError):
            self._bad()
            return None
        n = len(ids)
        if (
            any(a.ndim != 1 or len(a) != n for a in (starts, ends, levels))
            or ids.dtype.kind not in "iu"
            or starts.dtype.kind not in "iu"
            or ends.dtype.kind not in "iu"
            or (n and (ids.min() < 0 or ids.max() >= len(words)))
            or (n and (starts.min() < 0 or ends.max() > text_length or (ends < starts).any()))
        ):
            self._bad()
            return None
        self.hits += 1
        return SourceTokens(
            words,
            ids.astype(np.int64),
            starts.astype(np.int64),
            ends.astype(np.int64),
            levels.astype(np.uint8),
        )

    def _bad(self) -> None:
        self.errors += 1
        self.misses += 1

    def store(self, key: str, tokens: SourceTokens) -> bool:
        """Write ``tokens`` atomically; False (and nothing raised) when the disk refuses."""
        path = self.path(key)
        encoded = [w.encode("utf-8", "surrogatepass") for w in tokens.words]

        def write(f: BinaryIO) -> None:
            np.savez(
                f,
                words=np.frombuffer(b"".join(encoded), dtype=np.uint8),
                lengths=np.array([len(e) for e in encoded], dtype=np.int64),
                ids=tokens.ids.astype(np.int32),
                starts=tokens.starts.astype(np.int64),
                ends=tokens.ends.astype(np.int64),
                levels=tokens.levels.astype(np.uint8),
            )

        try:
            write_atomically(path, write, suffix=".npz")
        except OSError:
            self.errors += 1
            return False
        self.writes += 1
        return True


def _split(blob: bytes, lengths: np.ndarray) -> list[str]:
    if lengths.ndim != 1 or lengths.dtype.kind not in "iu" or int(lengths.sum()) != len(blob):
        raise ValueError("word lengths do not add up to the stored words")
    words = []
    pos = 0
    for n in lengths.tolist():
        words.append(blob[pos : pos + n].decode("utf-8", "surrogatepass"))
        pos += n
    return words
