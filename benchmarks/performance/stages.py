"""The measurements of the performance benchmark, one per process.

``python -m benchmarks.performance.stages STAGE JSON`` runs one stage and prints one JSON line;
the orchestrator (``python -m benchmarks.performance``) starts each in a fresh interpreter, so
every figure comes with the peak resident memory of that stage alone (``peak_rss_mb``: the
process itself, or for the command line its largest descendant, worker processes included).
"""

from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import count_tokens

QUOTE_MARKS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019']")
"""The regex floor's pattern: every double, guillemet and single quote mark."""


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # kilobytes on Linux


def _texts(root: Path, n: int) -> list[tuple[str, str]]:
    paths = sorted((root / "articles").glob("part-*/*.md"))[:n]
    return [(str(p.relative_to(root)), p.read_text(encoding="utf-8")) for p in paths]


def _recall(root: Path, found: dict[str, list[tuple[int, int]]]) -> dict[str, Any]:
    """Planted quotes (manifest) overlapped by at least half by a found span."""
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    planted = hit = 0
    for name, spans in found.items():
        for start, end, _kind in manifest.get(name, []):
            planted += 1
            need = (end - start) / 2
            hit += any(min(end, b) - max(start, a) >= need for a, b in spans)
    return {
        "planted": planted,
        "found": hit,
        "recall": round(hit / planted, 4) if planted else None,
    }


def stage_extract(root: str, n: int, system: str) -> dict[str, Any]:
    """Extraction + attribution throughput of one system on the first ``n`` articles."""
    from benchmarks.extraction.__main__ import _quotecheck_system, _textacy_system

    make: dict[str, Callable[[], Any]] = {
        "quotecheck": lambda: _quotecheck_system("focused"),
        "quotecheck-full-parse": lambda: _quotecheck_system("full"),
        "textacy": _textacy_system,
    }
    sys_ = make[system]()
    sys_.warm_up()
    texts = _texts(Path(root), n)
    found: dict[str, list[tuple[int, int]]] = {}
    failed = 0
    t0 = time.perf_counter()
    for name, text in texts:
        try:
            found[name] = [(p.start, p.end) for p in sys_.extract(text, "en")]
        except Exception:  # textacy raises on unbalanced quote marks: a failed document
            failed += 1
            found[name] = []
    seconds = time.perf_counter() - t0
    tokens = sum(count_tokens(t) for _, t in texts)
    return {
        "system": sys_.name,
        "articles": len(texts),
        "tokens": tokens,
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(texts) / seconds, 2),
        "tokens_per_s": round(tokens / seconds),
        "failed": failed,
        **_recall(Path(root), found),
        "peak_rss_mb": _rss_mb(),
    }


def stage_match(mb: float, quotes: int, naive: int) -> dict[str, Any]:
    """Matching against ``mb`` MB of generated sources, next to the naive scan."""
    from benchmarks.common import debates
    from benchmarks.common.corpus import Markov
    from benchmarks.fidelity.speed import run_speed

    chain = Markov(t.text for t in debates.load_turns())
    (row,) = run_speed(chain, (mb,), quotes=quotes, naive_quotes={mb: naive})
    return {**row, "peak_rss_mb": _rss_mb()}


def stage_e2e(root: str, n: int, jobs: int) -> dict[str, Any]:
    """``quotecheck check`` on the first ``n`` articles (a folder each 1,000), cache off."""
    base = Path(root)
    parts = sorted((base / "articles").glob("part-*"))
    files = sorted(p for part in parts for p in part.glob("*.md"))[:n]
    targets: list[str] = []
    for part in parts:  # whole folders where possible, files for a partial folder
        inside = [f for f in files if f.parent == part]
        if inside and len(inside) == len(list(part.glob("*.md"))):
            targets.append(str(part.relative_to(base)))
        else:
            targets.extend(str(f.relative_to(base)) for f in inside)
    out = base / f"e2e-{n}-{jobs}.json"
    cmd = [
        sys.executable,
        "-m",
        "quotecheck",
        "check",
        *targets,
        "--jobs",
        str(jobs),
        "--no-cache",
        "--no-progress",
        "--quiet",
        "--exit-zero",
        "--output-format",
        "json",
    ]
    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        proc = subprocess.run(cmd, cwd=base, stdout=fh, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"quotecheck check exited {proc.returncode}: {proc.stderr[-2000:]}")
    report = json.loads(out.read_text(encoding="utf-8"))
    articles = report.get("articles", [])
    quotes = sum(len(a.get("quotes", [])) for a in articles)
    errors = sum(1 for a in articles if a.get("error"))
    out.unlink()
    return {
        "articles": len(articles),
        "jobs": jobs,
        "seconds": round(seconds, 2),
        "articles_per_s": round(len(articles) / seconds, 2),
        "quotes": quotes,
        "errors": errors,
        "peak_rss_mb": _rss_mb(resource.RUSAGE_CHILDREN),
    }


def stage_floor(root: str, n: int, repeat: int = 5) -> dict[str, Any]:
    """The floor: read the same article bytes and find the quote marks with one regex pass."""
    base = Path(root)
    paths = sorted((base / "articles").glob("part-*/*.md"))[:n]
    best = float("inf")
    marks = 0
    for _ in range(repeat):  # the best of a few: this is a lower bound, not a typical time
        t0 = time.perf_counter()
        marks = 0
        size = 0
        for p in paths:
            data = p.read_bytes()
            size += len(data)
            marks += len(QUOTE_MARKS.findall(data.decode("utf-8")))
        best = min(best, time.perf_counter() - t0)
    return {
        "articles": len(paths),
        "bytes": size,
        "marks": marks,
        "seconds": round(best, 4),
        "articles_per_s": round(len(paths) / best, 1),
        "peak_rss_mb": _rss_mb(),
    }


STAGES: dict[str, Callable[..., dict[str, Any]]] = {
    "extract": stage_extract,
    "match": stage_match,
    "e2e": stage_e2e,
    "floor": stage_floor,
}


def main(argv: list[str]) -> int:
    name, args = argv[0], json.loads(argv[1])
    print(json.dumps(STAGES[name](**args)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
