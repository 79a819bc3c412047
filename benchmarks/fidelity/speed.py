"""Speed: quotes per second against 1, 10 and 100 MB of sources, next to a naive scan.

quotecheck's cost per quote is retrieval (inverted index, bounded seeds) + alignment of a few
candidate windows (``match_*``: the work the naive scan does) + scoring (``quotecheck_*``
includes it); the naive baseline runs ``rapidfuzz.fuzz.partial_ratio_alignment``
of the quote against every source text.  Index building is timed separately: once from
scratch (writing the token cache), once again with every source's tokens read from that cache
(a second run over the same sources).
"""

from __future__ import annotations

import gc
import random
import re
import tempfile
import time
from typing import Any

from benchmarks.common.corpus import GeneratedSource, Markov, generate

_WORDS = re.compile(r"\S+")


def _sample_quotes(
    sources: list[GeneratedSource], n: int, rng: random.Random
) -> list[tuple[str, int, bool]]:
    """(quote, source index, altered?) planted from the corpus; every other one changes a word."""
    out: list[tuple[str, int, bool]] = []
    while len(out) < n:
        s_idx = rng.randrange(len(sources))
        text = sources[s_idx].text
        pos = rng.randrange(len(text) // 2, len(text) - 1) if len(text) > 400 else 0
        start = text.find(". ", pos)
        if start < 0:
            continue
        end = text.find(".", start + 2)
        sentence = text[start + 2 : end].strip()
        words = sentence.split()
        if not 8 <= len(words) <= 30 or "\n" in sentence or '"' in sentence:
            continue
        altered = len(out) % 2 == 1
        if altered:
            k = rng.randrange(1, len(words) - 1)
            words[k] = "nevertheless" if words[k] != "nevertheless" else "however"
        out.append((" ".join(words), s_idx, altered))
    return out


def run_speed(
    chain: Markov,
    sizes_mb: tuple[int, ...] = (1, 10, 100),
    *,
    quotes: int = 200,
    naive_quotes: dict[int, int] | None = None,
    seed: int = 11,
) -> list[dict[str, Any]]:
    """One row per corpus size: build time, quotes/s of quotecheck and of the naive scan."""
    from rapidfuzz.fuzz import partial_ratio_alignment

    from quotecheck.lang import get_language
    from quotecheck.match import match_quote
    from quotecheck.match.cache import TokenCache
    from quotecheck.match.index import SourceIndex
    from quotecheck.match.normalize import build_alias_table, default_alias_groups
    from quotecheck.models import Attribution, Quote, Segment, SegmentKind, Source
    from quotecheck.score import ArticleContext, SpeakerCheck, judge

    naive_n = naive_quotes or {1: 40, 10: 10, 100: 3}
    lang = get_language("en")
    aliases = build_alias_table(default_alias_groups())
    rows: list[dict[str, Any]] = []
    for mb in sizes_mb:
        gen = generate(chain, mb * 1_000_000, seed=seed + mb)
        sources = [
            Source(id=g.id, text=g.text, speaker=g.speaker, speaker_origin="declared") for g in gen
        ]
        gc.collect()
        with tempfile.TemporaryDirectory() as cache_dir:
            t0 = time.perf_counter()
            index = SourceIndex(sources, aliases=aliases, cache=TokenCache(cache_dir))
            build = time.perf_counter() - t0
            del index
            gc.collect()
            t0 = time.perf_counter()  # a second run: every source's tokens come from the cache
            index = SourceIndex(sources, aliases=aliases, cache=TokenCache(cache_dir))
            build_cached = time.perf_counter() - t0
        speakers = SpeakerCheck(tuple(dict.fromkeys(g.speaker for g in gen)), {})
        rng = random.Random(seed * 1000 + mb)
        sample = _sample_quotes(gen, quotes, rng)
        names = [g.id for g in gen]
        qc_hits = 0
        match_time = 0.0
        t0 = time.perf_counter()
        for i, (qtext, s_idx, _alt) in enumerate(sample):
            article = f'"{qtext}," {gen[s_idx].speaker} said.'
            q = Quote(
                index=i,
                text=qtext,
                start=1,
                end=1 + len(qtext),
                line=1,
                column=2,
                open_mark='"',
                close_mark='"',
                segments=(Segment(kind=SegmentKind.TEXT, text=qtext, start=1, end=1 + len(qtext)),),
                attribution=Attribution(speaker=gen[s_idx].speaker),
            )
            tm = time.perf_counter()
            qm = match_quote(q, article, index, lang, aliases=aliases)
            match_time += time.perf_counter() - tm
            ctx = ArticleContext(
                view=article,
                raw=article,
                index=index,
                lang=lang,
                speakers=speakers,
                position=lambda off: (1, off + 1),
                source_names=names,
                aliases=aliases,
                reread=lambda quote, prefer, view=article, ix=index: match_quote(
                    quote, view, ix, lang, aliases=aliases, prefer=prefer
                ),
            )
            res = judge(q, qm, ctx)
            planted = 1.0 if not _alt else 1.0 - 1.5 / len(qtext.split())
            qc_hits += res.match is not None and res.similarity >= planted - 1e-6
        qc_time = time.perf_counter() - t0
        k = min(naive_n.get(mb, 3), len(sample))
        naive_hits = 0
        t0 = time.perf_counter()
        for qtext, s_idx, _alt in sample[:k]:
            best = (-1.0, -1)
            scores = {}
            for j, g in enumerate(gen):
                r = partial_ratio_alignment(qtext, g.text)
                if r is not None:
                    scores[j] = r.score
                    if r.score > best[0]:
                        best = (r.score, j)
            naive_hits += best[0] >= scores.get(s_idx, 101.0)
        naive_time = time.perf_counter() - t0
        qc_qps = len(sample) / qc_time
        naive_qps = k / naive_time if naive_time else float("inf")
        rows.append(
            {
                "corpus_mb": mb,
                "bytes": sum(len(g.text.encode()) for g in gen),
                "sources": len(gen),
                "tokens": index.total_tokens,
                "index_build_s": round(build, 2),
                "index_build_cached_s": round(build_cached, 2),
                "match_ms_per_quote": round(1000 * match_time / len(sample), 3),
                "match_speedup": round(
                    (1000 * naive_time / k) / (1000 * match_time / len(sample)), 1
                ),
                "quotecheck_quotes": len(sample),
                "quotecheck_s": round(qc_time, 3),
                "quotecheck_quotes_per_s": round(qc_qps, 1),
                "quotecheck_ms_per_quote": round(1000 * qc_time / len(sample), 2),
                "quotecheck_found": qc_hits,
                "naive_quotes": k,
                "naive_s": round(naive_time, 3),
                "naive_quotes_per_s": round(naive_qps, 3),
                "naive_ms_per_quote": round(1000 * naive_time / k, 1),
                "naive_found": naive_hits,
                "speedup": round(qc_qps / naive_qps, 1),
            }
        )
        del index, sources, gen
        gc.collect()
    return rows
