"""A quote's kind: block, scare (a mention, a title, a cited headline), full sentence or partial."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotecheck.extract.attribution import CREDIT_DASH
from quotecheck.models import QuoteKind
from quotecheck.scanner import RawQuote

__all__ = ["looks_like_title", "quote_kind"]


def looks_like_title(inside: str, before: str, minor: frozenset[str]) -> bool:
    """A title or name in quote marks ("Good Morning America", CNN's “State of the Union”).

    Title case throughout (function words aside), at most eight words and no sentence inside;
    a possessive right before the mark ("CNN’s “…”") makes a title likelier still.
    """
    words = re.findall(r"[^\W\d_][\w'’&.-]*", inside)
    if not words or len(words) > 8 or re.search(r"[.!?]\s+\S", inside):
        return False
    content = [w for w in words if w.lower() not in minor]
    if not content or not words[0][:1].isupper():
        return False
    capitalised = sum(1 for w in content if w[:1].isupper())
    if capitalised == len(content) and len(content) >= 2:
        return True
    return capitalised == len(content) and before.endswith(("’s ", "'s ", "’s", "'s"))


_CITATION = re.compile(CREDIT_DASH + r"[^\n]{0,80}?\b(?:1[89]|20)\d\d\b[^\n]{0,20}$", re.M)
"""A dash credit with a year after the closing mark: a reference to a published piece."""
_WORD_BEFORE = re.compile(r"([\w'’-]+)\W*$")


_APPOSITION_AFTER = re.compile(r"[ \t]*,?[ \t]*((?:[\w'’-]+[ \t]+){1,4}?)([\w'’-]+)[ \t]*[.,;:)\n]")
"""After a quote's closing mark: a short apposition ending its clause ("“…,” a 2019
documentary."): its words up to the last, and the last."""


def _announces_title(
    view: str,
    i: int,
    rq: RawQuote,
    title_cues: frozenset[str],
    determiners: frozenset[str] = frozenset(),
    minor: frozenset[str] = frozenset(),
) -> bool:
    """Whether what stands around a title-cased quote makes it a title despite a nearby cue:
    a possessive or a title word right before it (CNN’s “…”, the book “…”, an episode of
    “…”), an apposition right after it that names a title word (“…,” a 2019 documentary;
    a determiner of ``determiners`` first, the title word, not a function word of ``minor``,
    last), or the quote filling its line alone (a subhead)."""
    head = view[max(0, i - 40) : i + 1]
    if head.endswith(("’s", "'s", "s’", "s'")):
        return True
    word = _WORD_BEFORE.search(head)
    if word is not None and word.group(1).lower() in title_cues:
        return True
    after = _APPOSITION_AFTER.match(view, rq.close_end)
    if after is not None:
        first = after.group(1).split()[0].lower()
        last = after.group(2).lower()
        if first in determiners and last in title_cues and last not in minor:
            return True
    line_start = view.rfind("\n", 0, rq.open_start) + 1
    line_end = view.find("\n", rq.close_end)
    rest = view[rq.close_end : line_end if line_end >= 0 else len(view)]
    return not view[line_start : rq.open_start].strip() and not rest.strip(" \t.")


def quote_kind(
    view: str,
    rq: RawQuote,
    words: int,
    attributed: bool,
    blocks: Sequence[tuple[int, int]],
    minor: frozenset[str] = frozenset(),
    title_cues: frozenset[str] = frozenset(),
    determiners: frozenset[str] = frozenset(),
) -> QuoteKind:
    """The kind of quote ``rq`` (``words`` long; ``attributed``: a speaker frames it).

    The first rule that applies decides: no marks at all (a dialogue turn's words aside), or
    inside a block region → block; with no speaker, two words or fewer (three mid-sentence)
    → scare; a dash credit with a year after it (a cited article's title) → scare; title
    case that no speaker frames, or that a possessive, a title word (before it, or ending an
    apposition after it) or a line of its own announces → scare; a capitalised start after a
    sentence boundary, or a capitalised sentence after a comma → full; else partial.
    O(length of the quote) for the text rules, plus one pass over ``blocks``.
    """
    if (not rq.dialogue and rq.open_start == rq.open_end and rq.close_start == rq.close_end) or any(
        a <= rq.open_start and rq.close_end <= b for a, b in blocks
    ):
        return QuoteKind.BLOCK
    i = rq.open_start - 1
    while i >= 0 and view[i] in " \t":
        i -= 1
    before = view[i] if i >= 0 else "\n"
    inside = view[rq.start : rq.end].strip()
    sentence_start = before in "\n.!?:" or i < 0
    if not attributed and (words <= 2 or (words <= 3 and not sentence_start)):
        return QuoteKind.SCARE  # one or two words with no cue are a mention, not speech
    if _CITATION.match(view, rq.close_end):
        return QuoteKind.SCARE  # “Headline” — Outlet, August 15, 2008: a cited article's title
    if looks_like_title(inside, view[max(0, i - 3) : i + 1], minor) and (
        not attributed or _announces_title(view, i, rq, title_cues, determiners, minor)
    ):
        return QuoteKind.SCARE
    if sentence_start and inside[:1].isupper():
        return QuoteKind.FULL
    if inside[:1].isupper() and inside.rstrip()[-1:] in ".?!," and before in ",":
        return QuoteKind.FULL
    return QuoteKind.PARTIAL
