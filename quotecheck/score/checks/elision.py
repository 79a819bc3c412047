"""QC105 misleading-elision: what an ellipsis cut contains a negation or a limiter ("but",
"unless") in the sentence of a kept piece."""

from __future__ import annotations

import itertools

from quotecheck.models import Finding
from quotecheck.score.evidence import Evidence, clip, same_sentence

__all__ = ["CODES", "gap_findings"]

CODES = ("QC105",)


def gap_findings(ev: Evidence) -> list[Finding]:
    """QC105 for each ellipsis whose cut holds a negation or limiter of the kept words.

    Only the cut words in the sentence of the piece before or after the ellipsis count: an
    ellipsis that leaves out whole sentences between two kept ones governs neither.
    """
    ctx, lang = ev.ctx, ev.ctx.lang
    out = []
    for a, b in itertools.pairwise(ev.qmatch.found):
        assert a.alignment is not None and b.alignment is not None
        if a.alignment.source != b.alignment.source or b.segment == a.segment:
            continue
        src = ctx.index.sources[a.alignment.source]
        toks = ctx.index.tokens[a.alignment.source]
        gap = toks[a.alignment.end : b.alignment.start]
        if not gap:
            continue
        lead = toks[a.alignment.end - 1 : b.alignment.start]
        near = same_sentence(src.text, lead, head=True)[1:]
        trail = toks[a.alignment.end : b.alignment.start + 1]
        near += [t for t in same_sentence(src.text, trail, head=False)[:-1] if t not in near]
        hits = [t for t in near if t.norm in lang.negations or t.norm in lang.limiters]
        if hits:
            cut = src.text[gap[0].start : gap[-1].end]
            why = f"the ellipsis cuts “{clip(cut)}”, which contains “{hits[0].surface}”"
            out.append(ctx.finding(ev.quote, "QC105", why))
    return out
