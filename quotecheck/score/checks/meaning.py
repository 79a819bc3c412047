"""Meaning-changing edits (QC110–QC115): a negation, number, modal word, name, grammatical
person or tense that differs from the source, an error even when the similarity is high."""

from __future__ import annotations

from collections.abc import Sequence

from quotecheck.models import Edit, EditKind, Finding, Quote
from quotecheck.score.context import ArticleContext

__all__ = ["CODES", "MEANING_CODES", "meaning_findings"]

MEANING_CODES: dict[EditKind, str] = {
    EditKind.NEGATION: "QC110",
    EditKind.NUMBER: "QC111",
    EditKind.MODALITY: "QC112",
    EditKind.ENTITY: "QC113",
    EditKind.PERSON: "QC114",
    EditKind.TENSE: "QC115",
}
"""Edit kind → the rule its meaning-changing edits raise."""

CODES = tuple(MEANING_CODES.values())


def meaning_findings(
    ctx: ArticleContext, quote: Quote, edits: Sequence[Edit], skip: Sequence[str] = ()
) -> list[Finding]:
    """One finding per rule for the first meaning-changing edit of its kind (none for the
    codes in ``skip``, already raised)."""
    out: list[Finding] = []
    seen = set(skip)
    for e in edits:
        code = MEANING_CODES.get(e.kind)
        if code is None or not e.meaning_changing or code in seen:
            continue
        seen.add(code)
        if e.quote and e.source:
            why = f"“{e.quote}” where the source has “{e.source}”"
        elif e.source:
            why = f"dropped “{e.source}”: the source has it, the quote does not"
        else:
            why = f"added “{e.quote}”: it is not in the source"
        out.append(ctx.finding(quote, code, why))
    return out
