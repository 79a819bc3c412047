"""The performance benchmark's corpus and report (reads ../shared at run time; skips without)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.performance.__main__ import markdown
from benchmarks.performance.corpus import build
from benchmarks.performance.stages import stage_floor


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shared = Path(__file__).resolve().parents[2] / "shared"
    if not (shared / "data" / "gum-wikinews-quotes").is_dir():
        pytest.skip("../shared/data is not beside the repository")
    root = tmp_path_factory.mktemp("perf")
    build(root, articles=40, source_mb=0.5, shared=shared)
    return root


def test_planted_quotes_are_where_the_manifest_says(corpus: Path) -> None:
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest) == 40
    kinds = set()
    for name, quotes in manifest.items():
        text = (corpus / name).read_text(encoding="utf-8")
        for start, end, kind in quotes:
            kinds.add(kind)
            assert text[start - 1] in "“" and text[end] in "”,.", (name, kind)
    assert {"verbatim", "altered"} <= kinds
    config = (corpus / "quotecheck.toml").read_text(encoding="utf-8")
    assert config.count("path =") == len(list((corpus / "sources").iterdir()))


def test_the_floor_counts_every_mark(corpus: Path) -> None:
    got = stage_floor(str(corpus), 40, repeat=1)
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("articles/*/*.md"))]
    assert got["articles"] == 40
    assert got["marks"] >= 2 * sum(
        len(q) for q in json.loads((corpus / "manifest.json").read_text(encoding="utf-8")).values()
    )
    assert got["bytes"] == sum(len(t.encode()) for t in texts)


def test_markdown_puts_ratios_beside_the_baselines() -> None:
    res = {
        "generated": "2026-01-01T00:00:00+00:00",
        "total_s": 1,
        "machine": {
            "platform": "p",
            "cpu_count": 2,
            "python": "3",
            "spacy": "s",
            "spacy_model": "m",
            "textacy": "t",
            "quotecheck": "q",
        },
        "corpus": {
            "articles": 10,
            "article_bytes": 1000,
            "planted_quotes": 5,
            "sources": 2,
            "source_bytes": 100,
        },
        "extract": [
            {
                "system": "quotecheck",
                "articles": 10,
                "articles_per_s": 6.0,
                "tokens_per_s": 6,
                "recall": 1.0,
                "found": 5,
                "planted": 5,
                "failed": 0,
                "peak_rss_mb": 1,
            },
            {
                "system": "textacy 0.13.0",
                "articles": 10,
                "articles_per_s": 2.0,
                "tokens_per_s": 2,
                "recall": 0.8,
                "found": 4,
                "planted": 5,
                "failed": 1,
                "peak_rss_mb": 1,
            },
        ],
        "floor": [{"articles": 10, "articles_per_s": 1000.0}],
        "e2e": [
            {
                "articles": 10,
                "jobs": 1,
                "seconds": 5.0,
                "articles_per_s": 2.0,
                "quotes": 5,
                "errors": 0,
                "peak_rss_mb": 1,
            },
            {
                "articles": 10,
                "jobs": 2,
                "seconds": 2.5,
                "articles_per_s": 4.0,
                "quotes": 5,
                "errors": 0,
                "peak_rss_mb": 1,
            },
        ],
    }
    md = markdown(res)
    assert "| quotecheck | 10 | 6.00 | 6 | 3.0× |" in md
    assert "| 10 | 2 | 2.5 | 4.00 | 5 | 0 | 1,000 | 250.0× | 2.0× | 1 |" in md
