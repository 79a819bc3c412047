"""Candidate retrieval over a corpus of sources, and token-level alignment.

Every source is tokenised once (:mod:`quotecheck.match.normalize`) and every distinct token gets
an integer id.  A token sequence is then a string of one code point per token, so rapidfuzz's C
implementations align *words*, not characters.

Retrieval is seed-and-vote, as in BLAST: each informative quote token looks up where it occurs
(an inverted index), each hit votes for the diagonal ``source position − quote position``, and
only the best few diagonals are aligned.  The work per quote depends on how often its words occur,
not on how large the corpus is; very common words (above ``max_df``) do not seed at all.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel, Levenshtein
from rapidfuzz.fuzz import partial_ratio_alignment

from quotecheck.lang import get_language
from quotecheck.match.normalize import AliasTable, Token, tokenize
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


class SourceIndex:
    """An inverted index over the tokens of many sources (build once, query many times)."""

    def __init__(
        self,
        sources: Sequence[Source],
        *,
        aliases: AliasTable | None = None,
        max_df: float = 0.02,
    ) -> None:
        self.sources = list(sources)
        self.aliases = aliases
        self.vocab: dict[str, int] = {}
        self.tokens: list[list[Token]] = []
        self.codes: list[str] = []
        self.postings: dict[int, list[tuple[int, int]]] = defaultdict(list)
        total = 0
        for s_idx, source in enumerate(self.sources):
            lang = _lang(source.language)
            toks = tokenize(source.text, source.body_start, lang=lang, aliases=aliases)
            self.tokens.append(toks)
            code = self.encode(toks, grow=True)
            self.codes.append(code)
            for pos, ch in enumerate(code):
                self.postings[ord(ch) - _CODE_BASE].append((s_idx, pos))
            total += len(toks)
        self.total_tokens = total
        self.max_postings = max(50, int(total * max_df))
        self.postings = dict(self.postings)

    # ------------------------------------------------------------------ encoding
    def encode(self, tokens: Sequence[Token], *, grow: bool = False) -> str:
        """Encode tokens as one code point each; unknown tokens get fresh ids (never equal)."""
        out = []
        for t in tokens:
            tid = self.vocab.get(t.norm)
            if tid is None:
                tid = len(self.vocab)
                if grow:
                    self.vocab[t.norm] = tid
                else:
                    tid = len(self.vocab) + 1 + (hash(t.norm) % 1_000_000)
            out.append(chr(_CODE_BASE + (tid % _MAX_CODE)))
        return "".join(out)

    def idf(self, tid: int) -> float:
        """Inverse document frequency of a token id over token positions."""
        n = len(self.postings.get(tid, ()))
        return math.log(1 + self.total_tokens / (1 + n))

    # ------------------------------------------------------------------ retrieval
    def candidates(
        self, code: str, *, limit: int = 4, stopwords: frozenset[int] = frozenset()
    ) -> list[tuple[int, int, float]]:
        """Best (source, diagonal, votes) for an encoded quote, most votes first."""
        n = len(code)
        if n == 0:
            return []
        bucket = max(8, n // 2)
        votes: dict[tuple[int, int], float] = defaultdict(float)
        seeded = False
        for j, ch in enumerate(code):
            tid = ord(ch) - _CODE_BASE
            plist = self.postings.get(tid)
            if not plist or tid in stopwords or len(plist) > self.max_postings:
                continue
            seeded = True
            w = self.idf(tid)
            for s_idx, pos in plist:
                votes[(s_idx, (pos - j) // bucket)] += w
        if not seeded:
            # Only very common words: fall back to them, capped, so short quotes still match.
            for j, ch in enumerate(code):
                for s_idx, pos in self.postings.get(ord(ch) - _CODE_BASE, ())[:2000]:
                    votes[(s_idx, (pos - j) // bucket)] += 1.0
        if not votes:
            return []
        merged: dict[tuple[int, int], float] = {}
        for (s_idx, b), v in votes.items():
            merged[(s_idx, b)] = (
                v + 0.5 * votes.get((s_idx, b - 1), 0.0) + 0.5 * votes.get((s_idx, b + 1), 0.0)
            )
        ranked = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))
        out: list[tuple[int, int, float]] = []
        for (s_idx, b), v in ranked:
            if any(s == s_idx and abs(d - b * bucket) < bucket * 2 for s, d, _ in out):
                continue
            out.append((s_idx, b * bucket, v))
            if len(out) >= limit:
                break
        return out

    # ------------------------------------------------------------------ alignment
    def align(self, code: str, s_idx: int, lo: int, hi: int) -> Alignment | None:
        """Best alignment of ``code`` to a sub-span of source tokens ``[lo, hi)``."""
        src = self.codes[s_idx]
        lo, hi = max(0, lo), min(len(src), hi)
        if hi <= lo or not code:
            return None
        window = src[lo:hi]
        n = len(code)
        if len(window) <= n:
            a, b = 0, len(window)
        else:
            res = partial_ratio_alignment(code, window)
            a, b = (res.dest_start, res.dest_end) if res is not None else (0, n)
        a, b = _refine(code, window, a, b)
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
        that into the substitution an editor wants to see.
        """
        ops = Levenshtein.opcodes(code, window[a:b])
        if not ops:
            return a, b
        head = ops[0].src_end if ops[0].tag == "delete" else 0
        tail = (ops[-1].src_end - ops[-1].src_start) if ops[-1].tag == "delete" else 0
        toks = self.tokens[s_idx]
        text = self.sources[s_idx].text

        def crosses(i: int, j: int) -> bool:
            gap = text[toks[lo + i].end : toks[lo + j].start] if i < j else ""
            return any(c in gap for c in ".!?;\n")

        def matched(x: int, y: int) -> int:
            return sum(
                op.src_end - op.src_start
                for op in Levenshtein.opcodes(code, window[x:y])
                if op.tag == "equal"
            )

        if head:
            base_m, base_d = matched(a, b), Levenshtein.distance(code, window[a:b])
            best_a = a
            for e in range(1, head + 4):
                na = a - e
                if na < 0 or crosses(na, a):
                    break
                m, d = matched(na, b), Levenshtein.distance(code, window[na:b])
                if m > base_m or (e <= head and m == base_m and d <= base_d):
                    best_a = na
                    if m > base_m:
                        break
            a = best_a
        if tail:
            base_m, base_d = matched(a, b), Levenshtein.distance(code, window[a:b])
            best_b = b
            for e in range(1, tail + 4):
                nb = b + e
                if nb > len(window) or crosses(b - 1, nb - 1):
                    break
                m, d = matched(a, nb), Levenshtein.distance(code, window[a:nb])
                if m > base_m or (e <= tail and m == base_m and d <= base_d):
                    best_b = nb
                    if m > base_m:
                        break
            b = best_b
        return a, b

    def best(
        self, code: str, *, slack: int = 12, limit: int = 4, restrict: set[int] | None = None
    ) -> Alignment | None:
        """The best alignment of an encoded quote anywhere in the corpus."""
        best: Alignment | None = None
        for s_idx, diag, _ in self.candidates(code, limit=limit * 2):
            if restrict is not None and s_idx not in restrict:
                continue
            al = self.align(
                code, s_idx, diag - slack, diag + len(code) + 2 * slack + len(code) // 2
            )
            if al is not None and (
                best is None or (al.rank, al.similarity) > (best.rank, best.similarity)
            ):
                best = al
        return best

    def source_span(self, s_idx: int, start: int, end: int) -> tuple[int, int]:
        """Raw character offsets of source tokens ``[start, end)``."""
        toks = self.tokens[s_idx]
        if not toks or end <= start:
            return (0, 0)
        return toks[start].start, toks[end - 1].end


def _refine(code: str, window: str, a: int, b: int, reach: int = 4) -> tuple[int, int]:
    """Move the ends of ``window[a:b]`` by up to ``reach`` tokens to maximise similarity."""
    # Indel similarity (no substitutions) rewards spans that end where the quote ends, instead
    # of stretching into the next sentence to trade insertions for substitutions.
    best = (Indel.normalized_similarity(code, window[a:b]), -(b - a), a, b)
    for da in range(-reach, reach + 1):
        for db in range(-reach, reach + 1):
            na, nb = a + da, b + db
            if na < 0 or nb > len(window) or nb <= na:
                continue
            sim = Indel.normalized_similarity(code, window[na:nb])
            cand = (sim, -(nb - na), na, nb)
            if cand > best:
                best = cand
    _, _, na, nb = best
    return na, nb


def _lang(code: str):  # type: ignore[no-untyped-def]
    try:
        return get_language(code)
    except LookupError:
        return get_language("en")
