"""A reporter's incise inside the quote marks, cut out of the quote.

French and Spanish papers put the cue inside the marks: « Les tuyaux du port, a rappelé la
maire, datent de 1950. », «Nadie quiere esto —dijo el concejal—. Pero …».  The incise is the
reporter's, not the speaker's words: the quote is split there into two pieces, the second
continuing the first (as “…,” she said, “…” is in English), and the incise is narration the
attributor reads as the cue.  Only languages whose data says so
(:attr:`~quotecheck.lang.schema.LanguageData.incise_inside_marks`).

An incise is a stretch between two commas or two dashes, with quoted words before and after
it, of at most :data:`MAX_INCISE_WORDS` words, opening with a reporting verb (or a third-person
auxiliary, :attr:`~quotecheck.lang.schema.LanguageData.incise_auxiliaries`, and then one), a
French inversion read on its first part ("a-t-elle", "dit-il"); no first-person word in it and
no sentence end.  O(length of the quote).
"""

from __future__ import annotations

import re

from quotecheck.lang.schema import LanguageData
from quotecheck.scanner import RawQuote, link_parents

__all__ = ["DASHES", "MAX_INCISE_WORDS", "is_incise", "next_incise", "split_incises"]

MAX_INCISE_WORDS = 10
"""Most words an incise has ("a assuré le conseiller municipal Paul Roussel" is 7)."""

DASHES = "\u2014\u2013\u2015"
_OPENING = re.compile(r"(?:,|\s[" + DASHES + r"])\s*")
_WORD = re.compile(r"[\w'’-]+")


def _incise_end(view: str, a: int, end: int, delimiter: str) -> tuple[int, bool]:
    """Where the incise opened with ``delimiter`` ends, searched from ``a`` up to ``end``:
    (offset just after its closing delimiter — a comma, or a dash when it opened with one —,
    True), or (where a sentence ends first, or ``end``, False)."""
    closers = DASHES if delimiter in DASHES else ","
    for i in range(a, end):
        c = view[i]
        if c in closers:
            return i + 1, True
        if c in '.!?;:«»"“”\n':
            return i, False
    return end, False


def is_incise(words: list[str], lang: LanguageData) -> bool:
    """Whether ``words`` (the incise's, lower case) read as a reporter's cue."""
    if not words or len(words) > MAX_INCISE_WORDS:
        return False
    if any(w in lang.first_person for w in words):
        return False
    head = words[0].replace("’", "'").split("-")[0]  # a-t-il, dit-elle
    if head in lang.incise_auxiliaries:
        return len(words) > 1 and lang.is_reporting_verb(words[1].split("-")[0])
    return lang.is_reporting_verb(head)


def next_incise(
    view: str, start: int, end: int, lang: LanguageData, *, open_end: bool = False
) -> tuple[int, int, int | None] | None:
    """The first incise in ``view[start:end]`` with words before it: (end of the words before
    it, end of the incise, start of the words after it — None when no words follow), or None.

    An incise its delimiter does not close (a sentence stop or ``end`` comes first) counts
    only with ``open_end``: in a dialogue turn set out with a dash the rest of the paragraph
    is then the narrator's (:mod:`quotecheck.extract.dialogue`); inside quote marks such words
    are the speaker's."""
    for m in _OPENING.finditer(view, start, end):
        a = m.start()
        if not any(c.isalnum() for c in view[start:a]):
            continue  # no quoted words before it
        delimiter = "," if m.group().startswith(",") else "\u2014"
        stop, closed = _incise_end(view, m.end(), end, delimiter)
        if not closed and not open_end:
            continue
        words = [w.lower() for w in _WORD.findall(view, m.end(), stop - 1 if closed else stop)]
        if not is_incise(words, lang):
            continue
        if not closed:
            return a, stop, None
        after = stop
        while after < end and not view[after].isalnum():
            after += 1
        return a, stop, after if after < end else None
    return None


def _incise(view: str, rq: RawQuote, lang: LanguageData) -> tuple[int, int] | None:
    """The first incise inside ``rq``: (end of the quoted words before it, start of the
    quoted words after it), or None (also when nothing is quoted after it: the cue closes
    the quote)."""
    found = next_incise(view, rq.start, rq.end, lang)
    if found is None or found[2] is None:
        return None
    return found[0], found[2]


def split_incises(view: str, quotes: list[RawQuote], lang: LanguageData) -> None:
    """Split every top-level quote of ``quotes`` that holds an incise (in place; the list
    stays sorted and linked).  A quote with a quote nested inside is left whole."""
    if not lang.incise_inside_marks:
        return
    nested = {q.parent for q in quotes if q.parent is not None}
    out: list[RawQuote] = []
    last_piece: dict[int, RawQuote] = {}
    for i, q in enumerate(quotes):
        if q.previous is not None and id(q.previous) in last_piece:
            q.previous = last_piece[id(q.previous)]
        pieces = [q]
        while q.depth == 0 and i not in nested and q.open_mark:
            whole = pieces[-1]
            found = _incise(view, whole, lang)
            if found is None:
                break
            before_end, after = found
            first = RawQuote(
                whole.open_start,
                whole.open_end,
                before_end,
                before_end,
                whole.open_mark,
                "",
                previous=whole.previous,
            )
            second = RawQuote(
                after,
                after,
                whole.close_start,
                whole.close_end,
                "",
                whole.close_mark,
                unclosed=whole.unclosed,
                previous=first,
            )
            pieces[-1:] = [first, second]
        if len(pieces) > 1:
            last_piece[id(q)] = pieces[-1]
        out += pieces
    if last_piece:
        quotes[:] = out
        link_parents(quotes)
