"""QC106 misleading-cut: the quote stops right before a limiter ("but", "unless", "except") or
starts right after a negation, inside the quoted sentence."""

from __future__ import annotations

from quotecheck.models import Finding
from quotecheck.score.evidence import SENTENCE_END, Evidence, clip, same_sentence

__all__ = ["CODES", "boundary_findings"]

CODES = ("QC106",)

TAIL_WORDS = 8
"""Source words shown after the quote's end."""

HEAD_WORDS = 3
"""Source words before the quote's start in which a governing negation is looked for."""


def boundary_findings(ev: Evidence) -> list[Finding]:
    """QC106 for a limiter right after the quote or a negation right before it.

    Both look only inside the quoted sentence: a full sentence followed by one that opens with
    "But" is not a cut.
    """
    ctx, lang = ev.ctx, ev.ctx.lang
    found = ev.qmatch.found
    if not found:
        return []
    out = []
    als = [p.alignment for p in found if p.alignment is not None]
    last = max((a for a in als if a.source == als[-1].source), key=lambda a: a.end)
    first = min((a for a in als if a.source == als[0].source), key=lambda a: a.start)
    toks = ctx.index.tokens[last.source]
    src = ctx.index.sources[last.source]
    if 0 < last.end < len(toks) and toks[last.end].norm in lang.limiters:
        between = src.text[toks[last.end - 1].end : toks[last.end].start]
        if not SENTENCE_END.search(between):
            end = toks[min(len(toks), last.end + TAIL_WORDS) - 1].end
            tail = src.text[toks[last.end].start : end]
            out.append(ctx.finding(ev.quote, "QC106", f"the source goes on “{clip(tail)}…”"))
    ftoks = ctx.index.tokens[first.source]
    src = ctx.index.sources[first.source]
    if 0 < first.start < len(ftoks):
        before = same_sentence(
            src.text, ftoks[max(0, first.start - HEAD_WORDS) : first.start + 1], head=False
        )
        before = before[:-1]
        negs = [t for t in before if t.norm in lang.negations]
        if negs:
            head = src.text[before[0].start : before[-1].end]
            why = f"in the source the words follow “{clip(head)}”"
            out.append(ctx.finding(ev.quote, "QC106", why))
    return out
