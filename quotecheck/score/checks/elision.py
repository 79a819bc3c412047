"""QC105 misleading-elision: what an ellipsis cut contains a negation or a limiter ("but",
"unless") in the sentence of a kept piece."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from quotecheck.match.normalize import Token
from quotecheck.models import Finding
from quotecheck.score.evidence import Evidence, clip, same_sentence

__all__ = ["CODES", "gap_findings"]

CODES = ("QC105",)


def gap_findings(ev: Evidence) -> list[Finding]:
    """QC105 for each ellipsis whose cut holds a negation or limiter of the kept words.

    Only the cut words in the sentence of the piece before or after the ellipsis count: an
    ellipsis that leaves out whole sentences between two kept ones governs neither; nor does
    a negation inside a relative clause set off by commas that the cut leaves out whole
    (:func:`_cut_asides`: "The quay, which was not built by us, … will open in May" for
    "The quay … will open in May"): it speaks of the noun, not of the kept words.  A limiter
    ("unless", "but") counts wherever it stands in the cut.
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
        asides = _cut_asides(src.text, lead, toks[b.alignment.start].start, lang.aside_openers)
        hits = [
            t
            for t in near
            if t.norm in lang.limiters
            or (t.norm in lang.negations and not any(lo <= t.start < hi for lo, hi in asides))
        ]
        if hits:
            cut = src.text[gap[0].start : gap[-1].end]
            why = f"the ellipsis cuts “{clip(cut)}”, which contains “{hits[0].surface}”"
            out.append(ctx.finding(ev.quote, "QC105", why))
    return out


def _cut_asides(
    text: str, lead: Sequence[Token], kept_from: int, openers: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of ``text`` that are relative clauses set off by commas and cut whole: ``lead``
    is the last kept token, then the cut ones; a clause opens with a comma and an aside
    opener (``aside_openers``: "which", "who", "whose") among the cut tokens and closes with
    a comma before ``kept_from``, where the kept words resume."""
    spans: list[tuple[int, int]] = []
    done = 0
    for prev, t in itertools.pairwise(lead):
        if t.start < done or t.norm not in openers or "," not in text[prev.end : t.start]:
            continue
        close = text.find(",", t.end, kept_from)
        if close != -1:
            spans.append((t.start, close))
            done = close
    return spans
