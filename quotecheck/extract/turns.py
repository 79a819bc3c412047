"""An article set out as an interview: turns opened by speaker labels ("**Ledger:** …" /
"**Ostrander:** …", "Q: …" / "A: …") whose words stand in no quote marks.

quotecheck checks the words inside quote marks; an interview printed as labelled turns gives
the interviewee's words without them, so its answers are never matched against a source.  The
turns are read with the sources' own definition of a transcript (:func:`quotecheck.inputs.
sources.labelled_turns`: three labelled turns or more whose labels name people, one recurring
or a post, a title or a first name and a surname), so a statement's topic heads ("Housing:
…") or a lone "Update: …" line are none.  What is done with them is the caller's: the article
is told which turns went unchecked (QC151), none is guessed into a quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotecheck.inputs.sources import MIN_LABELLED_TURNS, labelled_turns
from quotecheck.lang.sentences import BLANK_LINE
from quotecheck.models import Turn

__all__ = ["unquoted_turns"]


def unquoted_turns(view: str, marked: Sequence[tuple[int, int]], language: str) -> list[Turn]:
    """The labelled turns of an article's ``view`` (in ``language``) whose paragraph holds
    words and no quote marks (``marked``: the spans of paired marks, marks included), in
    order; none when the article is not set out as an exchange of labelled turns, or when
    fewer than :data:`~quotecheck.inputs.sources.MIN_LABELLED_TURNS` of its turns are so (a
    tally's "Clinton: 1,769." holds no words; one unquoted line among quoted turns is no
    interview).  A turn is read to the end of its paragraph: the article's narration after
    the exchange is no part of it.  O(text + turns × marked)."""
    out = []
    for turn in labelled_turns(view, 0, language, None):
        if turn.quoted:
            continue
        gap = BLANK_LINE.search(view, turn.start, turn.end)
        end = gap.start() if gap else turn.end
        if not any(c.isalpha() for c in view[turn.start : end]):
            continue
        if any(a < end and turn.start < b for a, b in marked):
            continue
        out.append(turn.model_copy(update={"end": end}))
    return out if len(out) >= MIN_LABELLED_TURNS else []
