"""The pieces of one split quote: “The pier,” Quenby said, “will run all winter.”

A reporter often sets the reporting cue inside a sentence the speaker said whole, one pair of
marks before it and one after.  The two pairs are two quotes (one entry per pair of marks), but
one utterance: :func:`link_split` sets the second piece's ``joins`` to the first's index, and the
scorer reads the two together (``quotecheck.score.joined``).  Attribution is not touched.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from quotecheck.lang.sentences import BLANK_LINE, CLAUSE_STOP, WORD_OR_NUMBER
from quotecheck.models import Quote, QuoteKind

__all__ = ["JOIN_CUE_WORDS", "link_split"]

JOIN_CUE_WORDS = 12
"""Most words between the two pieces of a split quote: the cue clause ("Quenby, the mayor since
2019, said on Tuesday"), not a sentence of narration."""

_PIECES = frozenset({QuoteKind.FULL, QuoteKind.PARTIAL})
_OPEN_ENDS = ",—–-…:"
"""How the first piece may end inside its marks: a comma, a dash, an ellipsis or nothing (not a
full stop, a question or an exclamation mark: that ends the speaker's sentence)."""


def link_split(quotes: Sequence[Quote], view: str) -> list[Quote]:
    """``quotes`` with ``joins`` set on the second piece of every split quote.

    A quote goes on from the quote before it when both are top-level speech (full or partial,
    not a title or scare quote, no quote within a quote) of the same speaker (or given by the
    same reporting cue, whose subject may resolve apart on a first mention), the first a full
    quote (not a fragment of the reporter's sentence) that ends inside its marks without
    ending a sentence (a comma, a dash or no punctuation: :data:`_OPEN_ENDS`), the second
    going on with the sentence (a lower-case first letter), and between them stands only a
    cue clause on one line of the same paragraph, set off by a comma or a dash before the
    second (:data:`_SET_OFF`; not "adding that", "noting", a colon) — at most
    :data:`JOIN_CUE_WORDS` words, no sentence or clause stop (``CLAUSE_STOP``), holding the
    reporting cue of one of the two ("“The pier,” Quenby said, “will …”", "“We will” — she
    added — “raise fares”")."""
    out = list(quotes)
    top = [k for k, q in enumerate(out) if q.parent is None]
    for a, b in itertools.pairwise(top):
        first, second = out[a], out[b]
        if _joined(first, second, view):
            out[b] = second.model_copy(update={"joins": first.index})
    return out


_SET_OFF = (",", "—", "–", "--")
"""How a cue clause is set off before the second piece: a comma or a dash (not a colon, which
opens a new statement, and not "that" or a verb taking the words as its object)."""


def _continues_sentence(text: str) -> bool:
    """Whether a piece's words go on with a sentence: its first cased letter is lower case
    (a script without case says nothing against it)."""
    first = next((c for c in text if c.isalpha()), "")
    return first.islower() or first.lower() == first.upper()


def _joined(first: Quote, second: Quote, view: str) -> bool:
    if first.kind not in _PIECES or second.kind not in _PIECES:
        return False
    if first.continues is not None or second.continues is not None:
        return False  # a quote over paragraphs: its own link
    one, two = first.attribution, second.attribution
    if not one.speaker or not two.speaker:
        return False
    if one.speaker != two.speaker and (one.cue_start is None or one.cue_start != two.cue_start):
        return False  # two speakers, unless one cue gives both pieces ("Marsh" / "Ivo Marsh")
    inside = view[first.start : first.end].rstrip()
    if not inside or (inside[-1] not in _OPEN_ENDS and not inside[-1].isalnum()):
        return False
    if first.kind is not QuoteKind.FULL or not _continues_sentence(view[second.start : second.end]):
        return False  # a fragment in the reporter's sentence, or a new sentence of the speaker's
    gap = view[first.end + len(first.close_mark) : second.start - len(second.open_mark)]
    if "\n" in gap or BLANK_LINE.search(gap) or CLAUSE_STOP.search(gap):
        return False
    if not gap.rstrip().endswith(_SET_OFF):
        return False  # the cue takes the second piece as its object ("adding that “…”")
    if len(WORD_OR_NUMBER.findall(gap)) > JOIN_CUE_WORDS:
        return False
    lo, hi = first.end, second.start
    return any(
        q.attribution.cue_start is not None and lo <= q.attribution.cue_start < hi
        for q in (first, second)
    )
