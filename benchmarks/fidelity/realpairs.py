"""Real pairs: PolNeAR dev quotes of the four candidates against the debate transcripts.

Only counts and edit kinds are recorded; the article text is read at run time and never stored.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.common import polnear

NAMES = {
    "trump": "Donald Trump",
    "clinton": "Hillary Clinton",
    "pence": "Mike Pence",
    "kaine": "Tim Kaine",
}


def _candidate(text: str | None) -> str | None:
    low = (text or "").lower()
    hits = [full for key, full in NAMES.items() if key in low]
    return hits[0] if len(hits) == 1 else None


def run_realpairs(root: Path, checker: Any, *, show: bool = True) -> dict[str, Any]:
    """Check every dev article; score the quotes whose gold speaker is one of the candidates."""
    from quotecheck.inputs.document import make_document

    docs = polnear.load(root, "dev")
    verdicts: Counter[str] = Counter()
    by_speaker: Counter[str] = Counter()
    edit_kinds: Counter[str] = Counter()
    altered: list[dict[str, Any]] = []
    gold_n = 0
    extracted = 0
    for doc in docs:
        golds = [(g, _candidate(g.speaker_text)) for g in doc.quotes]
        golds = [(g, who) for g, who in golds if who]
        if not golds:
            continue
        gold_n += len(golds)
        report = checker.check_document(make_document(doc.text, path=doc.id + ".txt"))
        for g, who in golds:
            hits = [q for q in report.quotes if q.start < g.end and g.start < q.end]
            if not hits:
                continue
            q = max(hits, key=lambda r: min(r.end, g.end) - max(r.start, g.start))
            extracted += 1
            verdicts[q.verdict.value] += 1
            by_speaker[f"{who}: {q.verdict.value}"] += 1
            if q.verdict.value in ("altered", "spliced", "misattributed", "paraphrased"):
                kinds = sorted({e.kind.value for e in q.edits})
                edit_kinds.update(kinds)
                altered.append(
                    {
                        "article": doc.id,
                        "speaker": who,
                        "verdict": q.verdict.value,
                        "edit_kinds": kinds,
                        "codes": list(q.codes),
                        "words": len(q.text.split()),
                    }
                )
                if show:  # printed for the reader only, never written to the results
                    print(f"  {doc.id} {who} {q.verdict.value}: {q.text!r}")
                    if q.match is not None:
                        print(f"      source: {q.match.text!r}")
    found = sum(n for v, n in verdicts.items() if v not in ("fabricated", "unverifiable"))
    return {
        "split": "dev",
        "articles": len(docs),
        "gold_quotes_of_candidates": gold_n,
        "extracted": extracted,
        "found_in_debates": found,
        "verdicts": dict(sorted(verdicts.items())),
        "by_speaker": dict(sorted(by_speaker.items())),
        "edit_kinds_of_changed": dict(sorted(edit_kinds.items())),
        "changed": altered,
    }
