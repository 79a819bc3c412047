"""Fixes as suggestions: the source's exact words offered in place of a drifted quote.

A fix is *unsafe* in ruff's sense: it changes what the article says, so a person reviews it
(a pull-request suggestion, a SARIF fix, a diff in ``explain``) before it is applied, and
``quotecheck check --fix`` applies it only when asked.

Which quotes get one: a quote whose verdict is ``altered``, ``normalized`` or
``narration_inserted`` (:data:`FIXABLE`), matched to **one** contiguous passage of a source
in the quote's own language, with no ellipsis or bracketed insertion of its own (an elided
quote's cut is the reporter's choice; restoring it would put words back).  Never for
``paraphrased``, ``spliced``, ``fabricated`` or cross-lingual quotes: there the source's words
are not a drop-in replacement.

The replacement is the matched source passage, fitted into the sentence around the quote:
the quote's own surrounding whitespace and closing punctuation stay (``…cancelled,”``), and
the first letter keeps the article's case ("the plan …" mid-sentence).  Only the characters
between the quote marks change.  Everything here is pure: offsets in, offsets out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from quotecheck.models import QuoteResult, SegmentKind, Verdict

__all__ = ["FIXABLE", "QuoteFix", "apply_fixes", "fixes_for", "quote_fix"]

FIXABLE = frozenset({Verdict.ALTERED, Verdict.NORMALIZED, Verdict.NARRATION_INSERTED})
"""Verdicts for which the source's words are offered as a replacement."""

_TRAIL = re.compile(r"[\s.,;:!?\u2026]*\Z")
_LEAD = re.compile(r"\A\s*")


@dataclass(frozen=True)
class QuoteFix:
    """Replace ``raw[start:end]`` (the quote's words, inside its marks) by ``replacement``."""

    start: int
    end: int
    old: str
    replacement: str
    source: str
    """Path (or id) of the source the words come from."""


def _fit_case(new: str, old: str) -> str:
    """``new`` with its first letter in the case of ``old``'s first letter."""
    i = next((k for k, c in enumerate(new) if c.isalpha()), None)
    j = next((k for k, c in enumerate(old) if c.isalpha()), None)
    if i is None or j is None:
        return new
    first = new[i].lower() if old[j].islower() else new[i].upper()
    # "I" and proper names stay as the source writes them.
    if old[j].islower() and (new[i : i + 2] in ("I ", "I’", "I'") or _looks_proper(new, i)):
        return new
    return new[:i] + first + new[i + 1 :]


def _looks_proper(text: str, i: int) -> bool:
    """Whether the word at ``i`` has capitals past its first letter (an acronym: "NATO")."""
    found = re.match(r"\w+", text[i:])
    word = found.group() if found else ""
    return len(word) > 1 and word[1:].lower() != word[1:]


def quote_fix(quote: QuoteResult, raw: str) -> QuoteFix | None:
    """The fix for ``quote`` in the article text ``raw``, or None when none is offered."""
    if quote.verdict not in FIXABLE or quote.match is None:
        return None
    if len(quote.match.pieces) > 1:
        return None
    if any(s.kind in (SegmentKind.ELLIPSIS, SegmentKind.INSERTION) for s in quote.segments):
        return None
    if not 0 <= quote.start < quote.end <= len(raw):
        return None
    old = raw[quote.start : quote.end]
    if old != quote.text:
        return None  # the article changed since it was checked
    lead = _LEAD.match(old)
    trail = _TRAIL.search(old)
    assert lead is not None and trail is not None
    core_start, core_end = lead.end(), max(lead.end(), trail.start())
    words = quote.match.text.strip()
    words_trail = _TRAIL.search(words)
    if words_trail is not None:
        words = words[: words_trail.start()]
    if not words:
        return None
    new_core = _fit_case(words, old[core_start:core_end])
    replacement = old[:core_start] + new_core + old[core_end:]
    if replacement == old:
        return None
    return QuoteFix(
        start=quote.start,
        end=quote.end,
        old=old,
        replacement=replacement,
        source=quote.match.source,
    )


def apply_fixes(raw: str, fixes: Iterable[QuoteFix]) -> str:
    """``raw`` with each fix applied (overlapping fixes: the first in text order wins)."""
    out: list[str] = []
    at = 0
    for fix in sorted(fixes, key=lambda f: (f.start, f.end)):
        if fix.start < at or raw[fix.start : fix.end] != fix.old:
            continue  # overlaps an applied fix, or the text changed since the check
        out.append(raw[at : fix.start])
        out.append(fix.replacement)
        at = fix.end
    out.append(raw[at:])
    return "".join(out)


def fixes_for(quotes: Sequence[QuoteResult], raw: str) -> list[QuoteFix]:
    """The fixes of an article's quotes (top-level quotes only)."""
    return [f for q in quotes if (f := quote_fix(q, raw)) is not None]
