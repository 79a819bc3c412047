"""QC105 misleading-elision: what an ellipsis cut contains a negation or a limiter ("but",
"unless") in the sentence of a kept piece."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from quotecheck.lang.schema import LanguageData
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
        kept = same_sentence(src.text, toks[a.alignment.start : a.alignment.end], head=False)
        asides = _cut_asides(
            src.text, lead, toks[b.alignment.start], _noun_phrase(kept, lang), lang
        )
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
    text: str, lead: Sequence[Token], resume: Token, after_noun: bool, lang: LanguageData
) -> list[tuple[int, int]]:
    """Spans of ``text`` that are relative clauses set off by commas and cut whole: ``lead``
    is the last kept token, then the cut ones; a clause opens with a comma and an aside
    opener (``aside_openers``: "which", "who", "whose") among the cut tokens and closes with
    a comma before ``resume``, the token where the kept words resume.  An opener that may
    speak of a whole clause (``clause_relatives``: "…, which I will never allow, …") counts
    only right after the kept piece, when that piece is a noun phrase (``after_noun``,
    :func:`_noun_phrase`) and the kept words resume with its verb, not a preposition or a
    determiner ("The quay, which …, opens in May"; not "The harbour will be sold, which …, to
    a hotel chain")."""
    spans: list[tuple[int, int]] = []
    done = 0
    for i, (prev, t) in enumerate(itertools.pairwise(lead)):
        if t.start < done or t.norm not in lang.aside_openers:
            continue
        if "," not in text[prev.end : t.start]:
            continue
        if t.norm in lang.clause_relatives and (
            i != 0 or not after_noun or resume.norm in lang.prepositions | lang.determiners
        ):
            continue
        close = text.find(",", t.end, resume.start)
        if close != -1:
            spans.append((t.start, close))
            done = close
    return spans


def _noun_phrase(kept: Sequence[Token], lang: LanguageData) -> bool:
    """Whether ``kept`` (the kept words of a sentence before an ellipsis) is a noun phrase
    alone: a first word, then words none of which is a function word or a modal ("The new
    quay", "Our night ferry"; not "The old harbour will be sold")."""
    return bool(kept) and not any(
        t.norm in lang.stopwords or t.norm in lang.modals for t in kept[1:]
    )
