"""Which renderings render the same source passage: by matched span, else by similarity.

**Matched quotes** are grouped per source by their matched spans: sorted by start, a sweep joins
a span to the current group when it overlaps the group's extent by at least half of the
shorter of the two (so an elided quote, a shorter partial quote and a translation of the same
sentences fall together, while quotes of the next paragraph do not).  O(n log n) for n spans
of one source; on Dask the spans travel to one task per source in a shuffle.

**Quotes without a counterpart** (a fabricated or reworded quote) are joined by mutual
similarity, never by comparing all pairs: each rendering's word bigrams get a MinHash
signature of :data:`BANDS` × :data:`ROWS` values; renderings that agree on every value of one
band become candidates (locality-sensitive hashing: a pair with bigram Jaccard similarity J is
a candidate with probability 1 − (1 − J²)⁸, 0.94 at J = 0.5, 0.33 at J = 0.2), and a candidate
pair is joined when its word-level similarity (:func:`rapidfuzz.fuzz.ratio`) is at least
:data:`SIMILAR_MIN`.  Only pairs with at least one unmatched rendering are verified, so an
unmatched quote joins the group of the matched passage it resembles.  A bucket is capped at
:data:`BUCKET_CAP` renderings (a phrase every quote shares says nothing).  Cost: O(n · k) to
sign n renderings of k bigrams, O(Σ bucket²) ≤ O(n · BANDS · BUCKET_CAP) verifications.
"""

from __future__ import annotations

import itertools
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
from rapidfuzz import fuzz

from quotecheck.lineage.model import Rendering
from quotecheck.lineage.traits import words

__all__ = [
    "BANDS",
    "ROWS",
    "SIMILAR_MIN",
    "band_keys",
    "candidate_pairs",
    "components",
    "span_groups",
    "verify",
]

BANDS = 8
ROWS = 2
SIMILAR_MIN = 70.0
"""rapidfuzz ratio (0–100) over the comparison words for two unmatched quotes to be one passage."""
BUCKET_CAP = 64
OVERLAP_MIN = 0.5

_PRIME = np.uint64(4294967311)  # the smallest prime above 2**32: a·x + b stays below 2**64
_rng = np.random.default_rng(20260402)
_A = _rng.integers(1, 2**32 - 1, size=BANDS * ROWS, dtype=np.uint64)
_B = _rng.integers(0, 2**32 - 1, size=BANDS * ROWS, dtype=np.uint64)


def span_groups(spans: Iterable[tuple[str, int, int]]) -> dict[str, tuple[int, int]]:
    """Group the matched spans ``(key, start, end)`` of ONE source: ``key → group extent``.

    Sorted by (start, end, key), so the result does not depend on the input order.
    """
    ordered = sorted(spans, key=lambda s: (s[1], s[2], s[0]))
    groups: list[tuple[int, int, list[str]]] = []
    for key, start, end in ordered:
        if groups:
            g_start, g_end, members = groups[-1]
            overlap = min(end, g_end) - max(start, g_start)
            shorter = max(1, min(end - start, g_end - g_start))
            if overlap >= OVERLAP_MIN * shorter:
                members.append(key)
                groups[-1] = (g_start, max(g_end, end), members)
                continue
        groups.append((start, end, [key]))
    return {key: (start, end) for start, end, members in groups for key in members}


def comparison_text(text: str) -> str:
    """The words a similarity is computed on."""
    return " ".join(words(text))


def band_keys(text: str) -> list[str]:
    """The LSH bucket keys of a quote: one per band (empty for a quote without words)."""
    ws = words(text)
    if not ws:
        return []
    grams = [f"{a} {b}" for a, b in itertools.pairwise(ws)] or ws
    hashes = np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint64)
    signature = ((hashes[:, None] * _A[None, :] + _B[None, :]) % _PRIME).min(axis=0)
    rows = signature.reshape(BANDS, ROWS)
    return [f"{b}:{'-'.join(str(int(v)) for v in row)}" for b, row in enumerate(rows)]


def candidate_pairs(
    bucket: Sequence[tuple[str, bool, str]],
) -> list[tuple[str, str]]:
    """Pairs of one bucket's ``(key, matched, text)`` to verify: at least one unmatched."""
    members = sorted(bucket)[:BUCKET_CAP]
    out = []
    for i, (a, a_matched, _) in enumerate(members):
        for b, b_matched, _ in members[i + 1 :]:
            if not (a_matched and b_matched):
                out.append((a, b))
    return out


def verify(a_text: str, b_text: str) -> bool:
    """Whether two quotes are close enough to render one passage."""
    return fuzz.ratio(comparison_text(a_text), comparison_text(b_text)) >= SIMILAR_MIN


def components(
    unmatched: Sequence[str], edges: Iterable[tuple[str, str]], group_of: dict[str, str]
) -> dict[str, str]:
    """Group ids for the ``unmatched`` rendering keys, given verified ``edges`` between
    renderings and ``group_of`` for matched ones: an unmatched rendering joins the (smallest
    id of the) matched groups in its component, else a new group named after its smallest
    member."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def node(key: str) -> str:
        return f"g:{group_of[key]}" if key in group_of else f"r:{key}"

    for key in unmatched:
        find(node(key))
    for a, b in edges:
        ra, rb = find(node(a)), find(node(b))
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    best: dict[str, str] = {}
    for n in list(parent):
        root = find(n)
        if n.startswith("g:"):
            gid = n[2:]
            best[root] = min(best.get(root, gid), gid)
    members: dict[str, list[str]] = defaultdict(list)
    for key in unmatched:
        members[find(node(key))].append(key)
    out = {}
    for root, keys in members.items():
        gid = best.get(root) or f"similar:{min(keys)}"
        for key in keys:
            out[key] = gid
    return out


def group_renderings(renderings: Sequence[Rendering]) -> dict[str, list[Rendering]]:
    """All renderings by group id (in process; :mod:`quotecheck.lineage.dask` does the same
    in shuffles)."""
    by_source: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    by_key = {r.key: r for r in renderings}
    group_of: dict[str, str] = {}
    for r in renderings:
        if r.source is not None and r.source_start is not None and r.source_end is not None:
            by_source[r.source].append((r.key, r.source_start, r.source_end))
    for source, spans in by_source.items():
        for key, (start, end) in span_groups(spans).items():
            group_of[key] = span_group_id(source, start, end)
    unmatched = [r.key for r in renderings if r.key not in group_of]
    if unmatched:
        buckets: dict[str, list[tuple[str, bool, str]]] = defaultdict(list)
        for r in renderings:
            if r.translated:
                continue  # other words than the rest of the bucket: nothing to compare
            for b in band_keys(r.text):
                buckets[b].append((r.key, r.key in group_of, r.text))
        pairs = {p for bucket in buckets.values() for p in candidate_pairs(bucket)}
        edges = [(a, b) for a, b in sorted(pairs) if verify(by_key[a].text, by_key[b].text)]
        group_of.update(components(unmatched, edges, group_of))
    out: dict[str, list[Rendering]] = defaultdict(list)
    for r in renderings:
        out[group_of[r.key]].append(r)
    return dict(out)


def span_group_id(source: str, start: int, end: int) -> str:
    """The id of a group of matched spans: the source and the group's extent."""
    return f"{source}@{start}-{end}"
