"""Candidate retrieval over a corpus of sources, and token-level alignment.

Every source is tokenised once (:mod:`quotecheck.match.normalize`) and every distinct token gets
an integer id.  A token sequence is then a string of one code point per token, so rapidfuzz's C
implementations align *words*, not characters.

Retrieval is seed-and-vote, as in BLAST: the quote's rarest word trigrams look up where they
occur (an inverted word-trigram index), each hit votes for the diagonal ``source position −
quote position``, the best-voted diagonals are verified by counting the quote words that stand
in place there (an ungapped extension, vectorised), and only the best few are aligned.  Only the
rarest trigrams seed, as many as fit in a fixed budget of postings, so the work per quote is
bounded however large the corpus grows.
"""

from __future__ import annotations

import bisect
import math
import re
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import overload

import numpy as np
from rapidfuzz.distance import Indel, LCSseq, Levenshtein
from rapidfuzz.fuzz import partial_ratio_alignment

from quotecheck.inputs.labels import in_speaker_label
from quotecheck.lang import get_language
from quotecheck.lang.sentences import BREAK_MARK
from quotecheck.match.cache import SourceTokens, TokenCache, token_key
from quotecheck.match.dates import SourceDates
from quotecheck.match.initials import Initialisms
from quotecheck.match.normalize import LEVELS, AliasTable, Token, data_digest, tokenize_arrays
from quotecheck.models import Source

_CODE_BASE = 0x10000  # token ids are encoded above the BMP, clear of surrogates
_MAX_CODE = 0x10FFFF - _CODE_BASE


@dataclass(frozen=True)
class Alignment:
    """A quote's token sequence aligned to a source span."""

    source: int
    """Index of the source in the index."""
    start: int
    """First aligned source token."""
    end: int
    """One past the last aligned source token."""
    similarity: float
    """Word-level Levenshtein similarity of the quote and the final span (1 = identical)."""
    opcodes: tuple[tuple[str, int, int, int, int], ...]
    """Levenshtein opcodes between quote tokens and ``source tokens[start:end]``."""
    rank: float = 0.0
    """Indel similarity of the tight span, used to rank candidate places against each other."""

    @property
    def matched(self) -> int:
        """Number of quote tokens equal to their source counterpart."""
        return sum(i2 - i1 for tag, i1, i2, _, _ in self.opcodes if tag == "equal")


_LEVELS = LEVELS
_VERIFY = 64
"""Candidate buckets (by seed votes) whose diagonals are verified against the quote's words."""
_VERIFY_MAX = 1024
"""At most this many buckets are verified, ties with the 64th included."""
_READ_PLACES = 48
"""Up to this many places of a seed are read one by one (fewer than that cost less than
setting up the array comparison)."""
_NEAR_POSTINGS = 200
"""Seeds with at most this many places are read for a quote with one word changed."""
_NEAR_PLACES = 8
"""At most this many places with all but one quote word in place are aligned."""
_PREFER_PLACES = 24
"""With a :class:`SourcePreference`, the best-ranked places read: past the usual few, only
places in preferred sources are aligned.  A stock phrase stands in many sources with equal
votes, so the source preferred (the occasion the article reports) may rank far below the
first few."""

_SETTLED = 0.8
"""Once a place aligned at least this well is found, :meth:`SourceIndex.best` stops at the
first later place (places come by seed votes) backed by less than :data:`_SETTLED_VOTES` of
the top votes: a retrieval shortcut of its own, not ``match.splice-min`` or
``score.misattributed-min``, which share the value."""
_SETTLED_VOTES = 0.5
"""The share of the top place's seed votes below which a later place is not read once one
aligned :data:`_SETTLED` is found."""


@dataclass(frozen=True)
class SourcePreference:
    """A preference between whole sources (``wanted(source index)``), as ``prefer`` of
    :meth:`SourceIndex.best` takes it: unlike a preference between places (the speaker's own
    turn), it makes ``best`` read preferred sources among the :data:`_PREFER_PLACES`
    best-ranked places, not only among the first few — the preferred source is the question,
    so it is worth a few more alignments."""

    wanted: Callable[[int], bool]
    only: bool = False
    """Read preferred sources only: the best place among them, however good elsewhere."""

    def __call__(self, source: int, _position: int) -> bool:
        return self.wanted(source)


_BREAK = re.compile(BREAK_MARK)
"""Where a speaker broke off between two words (:data:`~quotecheck.lang.sentences.BREAK_MARK`)."""

_GAP = 4096
"""Global positions of consecutive sources are this far apart, so no diagonal crosses two."""


def _as_code(ids: np.ndarray) -> str:
    """Token ids as a string of one code point each (above the BMP: no surrogates)."""
    return (ids + _CODE_BASE).astype("<u4").tobytes().decode("utf-32-le")


_UNKNOWN = 4096
"""Codes at the top of the range are kept for quote words that occur in no source."""


class TokenView(Sequence[Token]):
    """The tokens of one source, rebuilt on access from compact arrays.

    An index over 100 MB of text holds some 18 million tokens; as Python objects they would
    take gigabytes, as arrays (one code point, two offsets and a level byte each) a few hundred
    megabytes.
    """

    def __init__(self, index: SourceIndex, s_idx: int) -> None:
        self._index = index
        self._s = s_idx

    def __len__(self) -> int:
        return len(self._index.codes[self._s])

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...

    def __getitem__(self, i: int | slice) -> Token | list[Token]:
        if isinstance(i, slice):
            return [self._token(k) for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._token(i)

    def _token(self, k: int) -> Token:
        ix = self._index
        a, b = ix.starts[self._s][k], ix.ends[self._s][k]
        tid = ord(ix.codes[self._s][k]) - _CODE_BASE
        return Token(
            ix.words[tid], a, b, ix.sources[self._s].text[a:b], _LEVELS[ix.levels[self._s][k]]
        )


class SourceIndex:
    """An inverted index over the tokens of many sources (build once, query many times).

    Storage is compact and flat: per source a string of token codes, two offset arrays and a
    level byte string; the postings are two sorted NumPy arrays each (word ids and word
    trigrams, with the global positions that hold them; sources are laid end to end, ``_GAP``
    apart), built with a sort instead of a Python loop over every token, and looked up with a
    binary search.  With ``cache`` the sources' tokens are read from (and written to) an
    on-disk :class:`~quotecheck.match.cache.TokenCache`, so an unchanged source is never
    tokenised twice.
    """

    def __init__(
        self,
        sources: Sequence[Source],
        *,
        aliases: AliasTable | None = None,
        seed_budget: int = 600,
        cache: TokenCache | None = None,
    ) -> None:
        self.sources = list(sources)
        self.aliases = aliases
        self.vocab: dict[str, int] = {}
        self.words: list[str] = []
        self.codes: list[str] = []
        self.starts: list[array[int]] = []
        self.ends: list[array[int]] = []
        self.levels: list[bytes] = []
        self.offsets: list[int] = []
        self.seed_budget = seed_budget
        ids_all: list[np.ndarray] = []
        digest = aliases.digest() if aliases else ""
        base = 0
        for source in self.sources:
            st = self._source_tokens(source, cache, digest)
            local_to_global = self._global_ids(st.words)
            ids = local_to_global[st.ids] if len(st) else np.zeros(0, dtype=np.int32)
            self.codes.append(_as_code(ids))
            self.starts.append(array("q", st.starts.astype(np.int64).tobytes()))
            self.ends.append(array("q", st.ends.astype(np.int64).tobytes()))
            self.levels.append(st.levels.astype(np.uint8).tobytes())
            self.offsets.append(base)
            ids_all.append(ids)
            base += len(ids) + _GAP
        self.total_tokens = sum(len(ids) for ids in ids_all)
        self._all_codes = np.full(base, -1, dtype=np.int32)
        """Every token id at its global position (-1 in the gaps between sources)."""
        for b0, ids32 in zip(self.offsets, ids_all, strict=True):
            self._all_codes[b0 : b0 + len(ids32)] = ids32
        self._index_words(ids_all)
        self._index_trigrams(ids_all)
        self.tokens = [TokenView(self, i) for i in range(len(self.sources))]
        self._initialisms: Initialisms | None = None
        self._dates: SourceDates | None = None

    @property
    def initialisms(self) -> Initialisms:
        """The sources' initialisms and names written out (read on first use)."""
        if self._initialisms is None:
            self._initialisms = Initialisms.of_sources(
                ((s.text, s.body_start, s.language) for s in self.sources),
                self.aliases,
                self.vocab,
            )
        return self._initialisms

    @property
    def dates(self) -> SourceDates:
        """The ways the sources write each date (read on first use)."""
        if self._dates is None:
            self._dates = SourceDates.of_sources(
                ((s.text, s.body_start, s.language) for s in self.sources), self.aliases
            )
        return self._dates

    def _index_words(self, ids_all: list[np.ndarray]) -> None:
        """Positions grouped by word id, found through cumulative counts."""
        ids = np.concatenate(ids_all) if ids_all else np.zeros(0, dtype=np.int32)
        pos = np.concatenate(
            [
                np.arange(b, b + len(x), dtype=np.int32)
                for b, x in zip(self.offsets, ids_all, strict=True)
            ]
            or [np.zeros(0, dtype=np.int32)]
        )
        self._word_pos = pos[np.argsort(ids, kind="stable")]
        counts = np.bincount(ids, minlength=len(self.words))
        self._word_off = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)

    def _index_trigrams(self, ids_all: list[np.ndarray]) -> None:
        """Positions of the first word of every trigram (three adjacent words of one source),
        sorted by the trigram's key; trigrams never cross from one source to the next."""
        keys, firsts = [], []
        for b, ids32 in zip(self.offsets, ids_all, strict=True):
            if len(ids32) >= 3:
                x = ids32.astype(np.int64)
                keys.append((x[:-2] << 42) | (x[1:-1] << 21) | x[2:])
                firsts.append(np.arange(b, b + len(x) - 2, dtype=np.int32))
        tri = np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64)
        del keys
        first = np.concatenate(firsts) if firsts else np.zeros(0, dtype=np.int32)
        del firsts
        order = np.argsort(tri, kind="stable")
        self._tri_keys = tri[order]
        del tri
        self._tri_pos = first[order]

    def _source_tokens(self, source: Source, cache: TokenCache | None, digest: str) -> SourceTokens:
        lang = get_language(source.language, path=source.path or source.id)
        language = f"{lang.code}:{data_digest(lang)}"
        key = token_key(source.text, source.body_start, language, digest) if cache else ""
        if cache is not None:
            found = cache.load(key, len(source.text))
            if found is not None:
                return found
        arrays = tokenize_arrays(source.text, source.body_start, lang=lang, aliases=self.aliases)
        st = SourceTokens(arrays.words, arrays.ids, arrays.starts, arrays.ends, arrays.levels)
        if cache is not None:
            cache.store(key, st)
        return st

    def _global_ids(self, words: list[str]) -> np.ndarray:
        """The index-wide ids of a source's distinct ``words``: known words looked up in one
        C-level pass (``map(dict.get)``), only new ones numbered one by one, in order."""
        ids = np.fromiter(map(self.vocab.get, words, repeat(-1)), dtype=np.int64, count=len(words))
        for i in np.flatnonzero(ids < 0).tolist():
            ids[i] = self._grow(words[i])
        return ids.astype(np.int32)

    def _grow(self, word: str) -> int:
        tid = self.vocab.get(word)
        if tid is None:
            tid = len(self.words)
            if tid >= _MAX_CODE - _UNKNOWN:
                raise ValueError("more distinct words than the index can encode")
            self.vocab[word] = tid
            self.words.append(word)
        return tid

    def word_positions(self, tid: int) -> np.ndarray:
        """Global positions that hold token id ``tid`` (empty for a word in no source)."""
        if not 0 <= tid < len(self.words):
            return self._word_pos[:0]
        return self._word_pos[self._word_off[tid] : self._word_off[tid + 1]]

    def trigram_positions(self, a: int, b: int, c: int) -> np.ndarray:
        """Global positions where the words ``a b c`` (token ids) start, in order."""
        key = (a << 42) | (b << 21) | c
        lo = int(np.searchsorted(self._tri_keys, key, side="left"))
        hi = int(np.searchsorted(self._tri_keys, key, side="right"))
        return self._tri_pos[lo:hi]

    # ------------------------------------------------------------------ encoding
    def encode(self, tokens: Sequence[Token], *, grow: bool = False) -> str:
        """Encode tokens as one code point each; words in no source get codes of their own."""
        out = []
        unknown: dict[str, int] = {}
        for t in tokens:
            tid = self.vocab.get(t.norm)
            if tid is None:
                if grow:
                    tid = self._grow(t.norm)
                else:
                    tid = unknown.setdefault(t.norm, _MAX_CODE - 1 - len(unknown) % _UNKNOWN)
            out.append(chr(_CODE_BASE + tid))
        return "".join(out)

    def df(self, tid: int) -> int:
        """How many positions hold token id ``tid``."""
        return len(self.word_positions(tid))

    def idf(self, tid: int) -> float:
        """Inverse document frequency of a token id over token positions."""
        return math.log(1 + self.total_tokens / (1 + self.df(tid)))

    def locate(self, gpos: int) -> tuple[int, int]:
        """(source, local position) of a global position."""
        s_idx = max(0, bisect.bisect_right(self.offsets, gpos) - 1)
        return s_idx, gpos - self.offsets[s_idx]

    # ------------------------------------------------------------------ retrieval
    def candidates(
        self, code: str, *, limit: int = 4, stopwords: frozenset[int] = frozenset()
    ) -> list[tuple[int, int, float]]:
        """Best (source, diagonal, votes) for an encoded quote, most votes first.

        Seeds are the quote's two rarest word trigrams (three adjacent words), then more while
        their postings fit in ``seed_budget``: the work per quote is bounded by the frequency of
        the quote's rarest trigrams, not by the size of the corpus.  A trigram is far more
        specific than a word, so even a quote made of common words has a rare seed; one changed
        word spoils only the three trigrams it is part of.
        Quotes too short for a trigram (or whose trigrams occur nowhere) seed with words.
        """
        seeds, postings = self._seeds(code, stopwords)
        return self._vote(code, seeds, postings, limit)

    def _seeds(
        self, code: str, stopwords: frozenset[int] = frozenset()
    ) -> tuple[list[tuple[int, int, int, int]], np.ndarray]:
        """The quote's seeds, rarest first, as (postings, quote position, first, last) in the
        returned postings array: its trigrams that occur somewhere, else its words."""
        n = len(code)
        ids = [ord(ch) - _CODE_BASE for ch in code]
        seeds: list[tuple[int, int, int, int]] = []
        if n >= 3:
            arr = np.array(ids, dtype=np.int64)
            tri = (arr[:-2] << 42) | (arr[1:-1] << 21) | arr[2:]
            # one binary search for both ends: the end of key k is the start of key k + 1
            ends = np.searchsorted(self._tri_keys, np.concatenate((tri, tri + 1))).tolist()
            for j in range(n - 2):
                lo, hi = ends[j], ends[j + n - 2]
                if hi > lo:
                    seeds.append((hi - lo, j, lo, hi))
        if seeds:
            seeds.sort()
            return seeds, self._tri_pos
        # a short quote, or no three quote words adjacent anywhere
        for j, tid in enumerate(ids):
            if tid in stopwords or not 0 <= tid < len(self.words):
                continue
            lo, hi = int(self._word_off[tid]), int(self._word_off[tid + 1])
            if hi > lo:
                seeds.append((hi - lo, j, lo, hi))
        seeds.sort()
        return seeds, self._word_pos

    def _vote(
        self,
        code: str,
        seeds: list[tuple[int, int, int, int]],
        source: np.ndarray,
        limit: int,
    ) -> list[tuple[int, int, float]]:
        """Candidates from the seeds' postings (in ``source``): votes, then verification."""
        n = len(code)
        if n == 0 or not seeds:
            return []
        bucket = max(8, n // 2)
        ids = [ord(ch) - _CODE_BASE for ch in code]
        used = 0
        chunks: list[np.ndarray] = []
        shifts: list[int] = []
        sizes: list[int] = []
        idfs: list[float] = []
        for k, (df, j, lo, hi) in enumerate(seeds):
            if k >= 2 and used + df > self.seed_budget:
                break  # the two rarest always seed, in full: truncating them loses the place
            chunks.append(source[lo:hi])
            shifts.append(j)
            sizes.append(df)
            idfs.append(math.log(1 + self.total_tokens / (1 + df)))
            used += df
        diag = np.concatenate(chunks).astype(np.int64) - np.repeat(shifts, sizes)
        # Votes per diagonal bucket.  One stable sort by bucket stands in for np.unique (whose
        # fixed cost dominated at the few hundred postings a quote has): the distinct buckets,
        # each posting's bucket number, and the postings grouped by bucket in their own order.
        by_bucket = np.argsort(diag // bucket, kind="stable")
        diag = diag[by_bucket]
        keys = diag // bucket
        starts = np.empty(len(keys), dtype=bool)
        starts[0] = True
        np.not_equal(keys[1:], keys[:-1], out=starts[1:])
        buckets = keys[starts]
        inverse = np.cumsum(starts) - 1
        votes = np.bincount(inverse, weights=np.repeat(idfs, sizes)[by_bucket])
        # Half the votes of each neighbouring bucket (the one before first, then the one after).
        if len(buckets) > 1:
            adjacent = (buckets[1:] - buckets[:-1]) == 1
            votes[1:] += np.where(adjacent, 0.5 * votes[:-1], 0.0)
            votes[:-1] += np.where(adjacent, 0.5 * votes[1:], 0.0)
        order = np.argsort(-votes, kind="stable")  # ties: the earlier bucket first
        # The best-voted buckets, and every bucket tied with the last of them: a tie broken
        # by position alone would drop the right place as often as not.
        cut = (
            len(order)
            if len(order) <= _VERIFY
            else int(np.searchsorted(-votes[order], -votes[order[_VERIFY - 1]], side="right"))
        )
        order = order[: min(max(cut, limit * 4), _VERIFY_MAX)]
        # Seeds vote, the text decides: where seeds overlap in the quote (and in text of
        # recurring phrases) many places get as many votes as the right one, so every
        # candidate diagonal is verified by counting the quote words found in place there.
        chosen = np.zeros(len(buckets), dtype=bool)
        chosen[order] = True
        cand = np.sort(diag[chosen[inverse]])
        if len(cand) > 1:
            cand = cand[np.concatenate(([True], cand[1:] != cand[:-1]))]
        cand = cand[: 4 * _VERIFY_MAX]
        found = self._words_in_place(cand, ids)
        # The best diagonal of every verified bucket (most words in place, then the first).
        cand_bucket = cand // bucket
        best = np.lexsort((-found, cand_bucket))
        first = np.ones(len(best), dtype=bool)
        first[1:] = cand_bucket[best[1:]] != cand_bucket[best[:-1]]
        best = best[first]
        verified, best_found, best_diag = cand_bucket[best], found[best], cand[best]
        top = buckets[order]
        at = np.minimum(np.searchsorted(verified, top), len(verified) - 1)
        hit = verified[at] == top
        top_found = np.where(hit, best_found[at], 0)
        top_diag = np.where(hit, best_diag[at], top * bucket)
        # Most words in place first, then most votes, then the earlier bucket.
        ranked = np.lexsort((top, -votes[order], -top_found)).tolist()
        top_l, found_l, diag_l = top.tolist(), top_found.tolist(), top_diag.tolist()
        out: list[tuple[int, int, float]] = []
        taken: list[int] = []
        for r in ranked:
            b = top_l[r]
            if any(abs(b - t) < 2 for t in taken):
                continue
            taken.append(b)
            s_idx, local = self.locate(max(0, diag_l[r]))
            out.append((s_idx, local, float(found_l[r])))
            if len(out) >= limit:
                break
        return out

    def _words_in_place(self, diagonals: np.ndarray, ids: Sequence[int]) -> np.ndarray:
        """For each diagonal d, how many quote words ``ids[k]`` stand at source position
        ``d + k`` (give or take two positions, for a word inserted or dropped)."""
        n = len(ids)
        if len(diagonals) == 0 or n == 0:
            return np.zeros(len(diagonals), dtype=np.int64)
        # The source words around every diagonal, read once: row r holds positions
        # d_r - 2 … d_r + n + 1 (-1 outside the corpus, like the gaps between sources).
        at = diagonals[:, None] + np.arange(-2, n + 2, dtype=np.int64)[None, :]
        size = len(self._all_codes)
        if int(at[0, 0]) >= 0 and int(at[-1, -1]) < size:  # the usual case (diagonals sorted)
            got = self._all_codes[at]
        else:
            got = np.where((at >= 0) & (at < size), self._all_codes[np.clip(at, 0, size - 1)], -1)
        q = np.array(ids, dtype=np.int32)
        hit = got[:, 2 : 2 + n] == q
        for s in (1, 3, 0, 4):
            hit |= got[:, s : s + n] == q
        return np.asarray(hit.sum(axis=1), dtype=np.int64)

    # ------------------------------------------------------------------ alignment
    def align(
        self, code: str, s_idx: int, lo: int, hi: int, *, seeded_at: int | None = None
    ) -> Alignment | None:
        """Best alignment of ``code`` to a sub-span of source tokens ``[lo, hi)``.

        ``seeded_at``: the source position where the retrieval seeds put the quote's first
        word.  The best-scoring stretch of the window (:func:`partial_ratio_alignment`, the
        first of equal ones) may be another place than the one the seeds found: in "it was a
        very tough week … she had a tough week", the quote "having a tough week" scores as well
        against the first, whose refinement keeps two words changed, as against the second,
        whose keeps one.  The span refined from the seeds' place is then read too, and the
        tighter fit (:func:`_refine`'s measure) kept."""
        src = self.codes[s_idx]
        lo, hi = max(0, lo), min(len(src), hi)
        if hi <= lo or not code:
            return None
        window = src[lo:hi]
        n = len(code)
        at = window.find(code)
        if at >= 0 and window.find(code, at + 1) < 0:
            # Standing once, word for word: the span any search and refinement end on (no
            # other span is identical, every other one is less similar), nothing to extend.
            return Alignment(s_idx, lo + at, lo + at + n, 1.0, (("equal", 0, n, 0, n),), 1.0)
        if len(window) <= n:
            a, b = 0, len(window)
        else:
            res = partial_ratio_alignment(code, window)
            a, b = (res.dest_start, res.dest_end) if res is not None else (0, n)
        a, b = _refine(code, window, a, b)
        put = None if seeded_at is None else seeded_at - lo
        if put is not None and 0 <= put < len(window) and (a, b) != (put, put + n):
            seeded = _refine(code, window, put, min(len(window), put + n))
            if _fit(code, window, *seeded) > _fit(code, window, a, b):
                a, b = seeded
        rank = Indel.normalized_similarity(code, window[a:b])
        a, b = self._extend_edges(code, s_idx, lo, window, a, b)
        ops = [
            (op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
            for op in Levenshtein.opcodes(code, window[a:b])
        ]
        # Source words before the first or after the last quote word are not part of the span
        # (rapidfuzz's "insert" = present only in the second sequence, the source).
        if len(ops) > 1 and ops[0][0] == "insert":
            shift = ops[0][4]
            a += shift
            ops = [(t, i1, i2, j1 - shift, j2 - shift) for t, i1, i2, j1, j2 in ops[1:]]
        if len(ops) > 1 and ops[-1][0] == "insert":
            b -= ops[-1][4] - ops[-1][3]
            ops = ops[:-1]
        sim = Levenshtein.normalized_similarity(code, window[a:b])
        return Alignment(s_idx, lo + a, lo + b, sim, tuple(ops), rank)

    def _extend_edges(
        self, code: str, s_idx: int, lo: int, window: str, a: int, b: int
    ) -> tuple[int, int]:
        """Pair quote words left over at either end with the source words next to the span.

        Indel similarity picks tight spans, so "4,800 vessels" aligns to "vessels" with
        "4,800" left over; extending to the neighbouring "4,200" (within the sentence) turns
        that into the substitution an editor wants to see.  Never over a speaker label's
        words: a quote's extra first word is no change of the label's name.
        """
        ops = Levenshtein.opcodes(code, window[a:b])
        if not ops:
            return a, b
        head = ops[0].src_end if ops[0].tag == "delete" else 0
        tail = (ops[-1].src_end - ops[-1].src_start) if ops[-1].tag == "delete" else 0
        starts, ends = self.starts[s_idx], self.ends[s_idx]
        text = self.sources[s_idx].text

        language = self.sources[s_idx].language

        def crosses(i: int, j: int) -> bool:
            """Whether words ``i`` to ``j`` of the window span a sentence end, or either is
            a word of a speaker label ("OKAFOR" of "OKAFOR: Every …": the transcriber's)."""
            gap = text[ends[lo + i] : starts[lo + j]] if i < j else ""
            return any(c in gap for c in ".!?;\n") or any(
                in_speaker_label(text, starts[lo + k], language) for k in (i, j)
            )

        def matched(x: int, y: int) -> int:
            return sum(
                op.src_end - op.src_start
                for op in Levenshtein.opcodes(code, window[x:y])
                if op.tag == "equal"
            )

        def widened(a: int, b: int, spare: int, *, left: bool) -> tuple[int, int]:
            """The span with its left (else right) edge moved over the source words that pair
            with the ``spare`` quote words left over there: while as many words match and the
            distance does not grow (at most ``spare`` words), or up to three words further to
            the first that matches one more; never across a sentence end."""
            base_m, base_d = matched(a, b), Levenshtein.distance(code, window[a:b])
            best = a, b
            for e in range(1, spare + 4):
                x, y = (a - e, b) if left else (a, b + e)
                if x < 0 or y > len(window) or (crosses(x, a) if left else crosses(b - 1, y - 1)):
                    break
                m, d = matched(x, y), Levenshtein.distance(code, window[x:y])
                if m > base_m or (e <= spare and m == base_m and d <= base_d):
                    best = x, y
                    if m > base_m:
                        break
            return best

        if head:
            a, b = widened(a, b, head, left=True)
        if tail:
            a, b = widened(a, b, tail, left=False)

        def apart(i: int, j: int) -> bool:
            """``crosses``, or the speaker broke off between words ``i`` and ``j``."""
            return crosses(i, j) or _BREAK.search(text, ends[lo + i], starts[lo + j]) is not None

        return self._reach_own_words(code, window, a, b, apart)

    @staticmethod
    def _reach_own_words(
        code: str, window: str, a: int, b: int, apart: Callable[[int, int], bool]
    ) -> tuple[int, int]:
        """The span moved back to an earlier place of the quote's first word, when the span
        from there holds more of the quote's words in order (the most there; of places as
        good, the nearest) and ``apart(place, a)`` does not hold (the words between run
        across a sentence end, a speaker label or a speaker's break).

        A quote that drops a clause after a short opening ("The plan will be ready" of "The
        plan that we announced last week will be ready") is fitted more tightly, by the
        similarity that ranks spans, by a stretch of the clause ("last week will be ready",
        two words changed) than by the sentence (five words dropped): the passage then starts
        inside the dropped words, and a fix pasted it as the quote.  The quote's first words
        standing word for word earlier in the sentence are those words, not a change of the
        clause's: with the span at "The plan", the words between are what the quote dropped.
        Not over a break ("Jeb wants to -- he wants to be"): a speaker who began again, whose
        broken-off start the edits read as a restart, not as words cut."""
        most = LCSseq.similarity(code, window[a:b])
        start = a
        if most == len(code):
            return a, b  # every quote word is in the span already
        x = window.rfind(code[0], 0, a)
        while x >= 0 and not apart(x, a):
            if (held := LCSseq.similarity(code, window[x:b])) > most:
                most, start = held, x
            x = window.rfind(code[0], 0, x)
        return start, b

    def rank_bound(self, code: str, s_idx: int, lo: int, hi: int) -> float:
        """An upper bound of :attr:`Alignment.rank` for ``align(code, s_idx, lo, hi)``.

        The rank is the Indel similarity ``2·m / (len(code) + len(span))`` of a span of the
        window, where ``m`` (the words the quote and the span have in common, in order) is at
        most the common subsequence ``L`` of the quote and the whole window, and the span holds
        at least ``m`` words: so the rank is at most ``2·L / (len(code) + L)``.  One
        bit-parallel comparison instead of an alignment with its refinement.
        """
        src = self.codes[s_idx]
        common = LCSseq.similarity(code, src[max(0, lo) : min(len(src), hi)])
        return 2 * common / (len(code) + common) if common else 0.0

    def _sole_occurrence(
        self, code: str, seeds: list[tuple[int, int, int, int]], postings: np.ndarray
    ) -> Alignment | None:
        """The quote's alignment where it stands word for word, when it does so in one place.

        A verbatim occurrence holds the quote's rarest seed, so the places of that seed are
        all there is to read (one by one when they are few, else in one array comparison).  An
        identical span is the best alignment there can be (rank and similarity 1) and, being
        the only one, wins every tie as well: the votes, verification and alignment of
        :meth:`best` end on the same span whenever the votes lead there (and where seeds tie in
        many places they may not).  None when the quote stands nowhere (or in several places)
        verbatim, or its rarest seed has more places than the seed budget.
        """
        n = len(code)
        if not seeds or seeds[0][0] > self.seed_budget:
            return None
        df, j, lo, hi = seeds[0]
        found: list[tuple[int, int]] = []
        if df <= _READ_PLACES:  # a few places: read the spans, no array set-up
            for gpos in postings[lo:hi].tolist():
                s_idx, local = self.locate(gpos)
                if local >= j and self.codes[s_idx].startswith(code, local - j):
                    found.append((s_idx, local - j))
        else:
            starts = postings[lo:hi].astype(np.int64) - j
            found = [self.locate(g) for g in starts[self._verbatim_at(starts, code)].tolist()]
        if len(found) != 1:
            return None
        s_idx, local = found[0]
        return Alignment(s_idx, local, local + n, 1.0, (("equal", 0, n, 0, n),), 1.0)

    def _verbatim_at(self, starts: np.ndarray, code: str) -> np.ndarray:
        """Which of the global positions ``starts`` (ascending) begin the words of ``code``."""
        n = len(code)
        ids = np.array([ord(ch) - _CODE_BASE for ch in code], dtype=np.int32)
        at = starts[:, None] + np.arange(n, dtype=np.int64)[None, :]
        size = len(self._all_codes)
        if len(starts) and (int(starts[0]) < 0 or int(starts[-1]) + n > size):  # sorted
            got = np.where((at >= 0) & (at < size), self._all_codes[np.clip(at, 0, size - 1)], -1)
        else:
            got = self._all_codes[at]
        return np.asarray((got == ids).all(axis=1))

    def _sole_near(
        self, code: str, seeds: list[tuple[int, int, int, int]], slack: int
    ) -> Alignment | None:
        """The quote's alignment where it stands with one word changed, added or dropped, when
        no other place comes as close.

        Such a place ranks at least ``(n - 1) / n`` for a quote of ``n`` words, and so does any
        place that could rank as high: its span holds at least ``n - 1`` quote words in order
        with at most one other word between them, or all ``n`` with at most two.  Those
        defects spoil at most two runs of at most three consecutive quote trigrams, so of three
        seed trigrams at least three words apart one stands intact there, and so do at least
        ``n - 1`` quote words within two places of where that seed puts the quote.  The
        places of three such (rare) seeds are therefore all there is to read: those with
        ``n - 1`` words in place are aligned, and one strictly best alignment at that rank is
        the best the votes could lead to.  None otherwise (the votes decide).
        """
        n = len(code)
        picked: list[tuple[int, int, int, int]] = []
        for seed in seeds:
            if seed[0] > _NEAR_POSTINGS:
                break
            if all(abs(seed[1] - other[1]) >= 3 for other in picked):
                picked.append(seed)
                if len(picked) == 3:
                    break
        if len(picked) < 3:
            return None
        diag = np.concatenate(
            [self._tri_pos[lo:hi].astype(np.int64) - j for _, j, lo, hi in picked]
        )
        diag.sort()
        diag = diag[np.concatenate(([True], diag[1:] != diag[:-1]))]
        ids = [ord(ch) - _CODE_BASE for ch in code]
        places = diag[self._words_in_place(diag, ids) >= n - 1].tolist()
        if not places or len(places) > _NEAR_PLACES:
            return None
        found: dict[tuple[int, int, int], Alignment] = {}
        for d in places:
            # the seed may put the quote one place before its span, at the start of a source
            s_idx, local = self.locate(d + 1)
            at = local - 1
            al = self.align(code, s_idx, at - slack, at + n + 2 * slack + n // 2, seeded_at=at)
            if al is not None:
                found.setdefault((al.source, al.start, al.end), al)

        def key(al: Alignment) -> tuple[float, float]:
            return round(al.rank, 6), round(al.similarity, 6)  # as in best()

        ranked = sorted(found.values(), key=key, reverse=True)
        if not ranked or ranked[0].rank < (n - 1) / n - 1e-9:
            return None
        if len(ranked) > 1 and key(ranked[1]) == key(ranked[0]):
            return None  # two places as good: which one wins is the votes' (and prefer's) call
        return ranked[0]

    def best(
        self,
        code: str,
        *,
        slack: int = 12,
        limit: int = 4,
        restrict: set[int] | None = None,
        prefer: Callable[[int, int], bool] | None = None,
    ) -> Alignment | None:
        """The best alignment of an encoded quote anywhere in the corpus.

        ``prefer(source, token position)`` breaks ties between equally good places (the
        attributed speaker's own turn over someone else's); a :class:`SourcePreference` also
        reads preferred sources among the best :data:`_PREFER_PLACES` places, not only among
        the best ``limit + 2``.
        """
        seeds, postings = self._seeds(code)
        # The preference itself when it reads preferred sources alone (only a
        # SourcePreference can), so that one test says both "only" and what to ask.
        only = prefer if isinstance(prefer, SourcePreference) and prefer.only else None
        exact = self._sole_occurrence(code, seeds, postings)
        if (
            exact is not None
            and (restrict is None or exact.source in restrict)
            and (only is None or only(exact.source, exact.start))
        ):
            return exact
        if prefer is None and restrict is None and postings is self._tri_pos:
            near = self._sole_near(code, seeds, slack)
            if near is not None:
                return near
        best: Alignment | None = None
        best_key: tuple[float, float, bool] | None = None
        top_votes = 0.0
        wide = isinstance(prefer, SourcePreference)
        places = self._vote(code, seeds, postings, _PREFER_PLACES if wide else limit + 2)
        for n, (s_idx, diag, votes) in enumerate(places):
            if restrict is not None and s_idx not in restrict:
                continue
            if (n >= limit + 2 or only) and prefer is not None and not prefer(s_idx, diag):
                continue  # past the usual few places, only preferred ones are read
            top_votes = max(top_votes, votes)
            if (
                best is not None
                and best.similarity >= _SETTLED
                and votes < _SETTLED_VOTES * top_votes
            ):
                break  # far fewer seeds agree here than at a place already found
            lo = diag - slack
            hi = diag + len(code) + 2 * slack + len(code) // 2
            if (
                best_key is not None
                and round(self.rank_bound(code, s_idx, lo, hi) + 1e-9, 6) < best_key[0]
            ):
                continue  # no span of this window can rank as high as the place already found
            al = self.align(code, s_idx, lo, hi, seeded_at=diag)
            if al is None:
                continue
            if prefer is not None and not prefer(al.source, al.start):
                # the same words may stand twice in one window (a speaker repeating another)
                for other in (
                    self.align(code, s_idx, al.end, hi),
                    self.align(code, s_idx, lo, al.start),
                ):
                    if (
                        other is not None
                        and prefer(other.source, other.start)
                        and (other.rank, other.similarity) >= (al.rank, al.similarity)
                    ):
                        al = other
                        break
            key = (
                round(al.rank, 6),
                round(al.similarity, 6),
                bool(prefer and prefer(al.source, al.start)),
            )
            if best_key is None or key > best_key:
                best, best_key = al, key
            if al.similarity == 1.0 and prefer is None:
                break  # nothing aligns better than an identical span
        return best

    def source_span(self, s_idx: int, start: int, end: int) -> tuple[int, int]:
        """Raw character offsets of source tokens ``[start, end)``."""
        toks = self.tokens[s_idx]
        if not toks or end <= start:
            return (0, 0)
        return toks[start].start, toks[end - 1].end


def _fit(code: str, window: str, a: int, b: int) -> tuple[float, int]:
    """How well ``window[a:b]`` fits the quote: Indel similarity, then the shorter span."""
    return Indel.normalized_similarity(code, window[a:b]), -(b - a)


def _refine(code: str, window: str, a: int, b: int, reach: int = 4) -> tuple[int, int]:
    """Move the ends of ``window[a:b]`` by up to ``reach`` tokens to maximise similarity."""

    # Indel similarity (no substitutions) rewards spans that end where the quote ends, instead
    # of stretching into the next sentence to trade insertions for substitutions.  The start is
    # moved first, then the end (2·(2·reach+1) comparisons instead of (2·reach+1)²).
    def key(na: int, nb: int) -> tuple[float, int]:
        return _fit(code, window, na, nb)

    best = (key(a, b), a, b)
    for _ in range(2):
        start = best
        for da in range(-reach, reach + 1):
            na = best[1] + da
            if 0 <= na < best[2]:
                cand = (key(na, best[2]), na, best[2])
                if cand > best:
                    best = cand
        for db in range(-reach, reach + 1):
            nb = best[2] + db
            if best[1] < nb <= len(window):
                cand = (key(best[1], nb), best[1], nb)
                if cand > best:
                    best = cand
        if best == start:
            break
    return best[1], best[2]
