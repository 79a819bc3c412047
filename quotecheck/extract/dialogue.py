"""Dialogue set out with dashes: a line that opens with a dash holds a speaker's words.

Spanish papers (and French, Russian ones) set a speaker's turn out with no quote marks:
"—No vamos a subir la tasa este año —aseguró Peñalver—, pero la revisaremos en marzo."  The
dash at the start of the line opens the words; a dash (or a comma) and a reporting verb open the
narrator's incise, which a dash (or a comma) closes, or the line's end when the narrator goes
on to it; the words resume after the closing one.  Each stretch of the words is a quote of its
own (the first with the opening dash as its mark, the others with none), the incise is
narration, never part of a quote, and the attributor reads it as the cue.  The stretches of one
sentence are a split quote, linked as “…,” she said, “…” is (:mod:`quotecheck.extract.joins`).

Only a language whose data names its dialogue dashes (``dialogue_dashes.txt``), and only a line
with at least one incise (:func:`quotecheck.extract.incise.next_incise`: a reporting verb, no
first person), or the first line after a line that introduces it — one ending with a colon
whose last sentence holds a reporting verb ("El concejal Tomás Ureña respondió después:"), its
cue: a bullet list (after "El plan tiene dos metas:"), a dash aside in narration or an en-dash
range is not dialogue.  A line that holds quote marks is left to the marks; a dash inside the
words that opens no incise ends them (the narrator's words follow).  O(length of the lines
that open with a dash).
"""

from __future__ import annotations

import re

from quotecheck.extract.incise import next_incise
from quotecheck.lang.schema import LanguageData
from quotecheck.scanner import RawQuote, link_parents

__all__ = ["dialogue_turns"]

_LINE_START = re.compile(r"(?m)^[ \t]*")


def _pieces(
    view: str, start: int, end: int, lang: LanguageData
) -> tuple[list[tuple[int, int]], bool]:
    """The stretches of words of the turn ``view[start:end]`` (after its opening dash), each
    (start, end), and whether an incise names the narrator's cue."""
    aside = re.compile(r"\s[" + re.escape("".join(sorted(lang.dialogue_dashes))) + "]")
    out: list[tuple[int, int]] = []
    at = start
    found_incise = False
    while at < end:
        found = next_incise(view, at, end, lang, open_end=True)
        stop = found[0] if found is not None else end
        other = aside.search(view, at, stop)
        if other is not None:  # a dash that opens no incise: the narrator's words follow
            stop, found = other.start(), None
        while stop > at and view[stop - 1].isspace():
            stop -= 1
        if stop > at:
            out.append((at, stop))
        if found is None:
            break
        found_incise = True
        if found[2] is None:
            break
        at = found[2]
    return out, found_incise


_SENTENCE_STOP = re.compile(r"[.!?…]\s")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _introduced(view: str, dash: int, lang: LanguageData) -> bool:
    """Whether the line before the turn opening at ``dash`` (blank lines aside) introduces
    it: it ends with a colon, and its last sentence holds a reporting verb ("El concejal
    Tomás Ureña respondió después:"), not a list's heading ("El plan tiene dos metas:")."""
    at = dash
    while at > 0 and view[at - 1].isspace():
        at -= 1
    if at == 0 or view[at - 1] != ":":
        return False
    line = view[view.rfind("\n", 0, at) + 1 : at - 1]
    stops = list(_SENTENCE_STOP.finditer(line))
    sentence = line[stops[-1].end() :] if stops else line
    words = [w.lower() for w in _WORDS.findall(sentence)]
    return any(lang.is_reporting_verb(w) for w in words) and not any(
        w in lang.first_person for w in words
    )


def dialogue_turns(view: str, quotes: list[RawQuote], lang: LanguageData) -> None:
    """Add to ``quotes`` (in place; kept sorted and linked) the words of every dialogue turn
    of ``view``: a line opening with one of the language's ``dialogue_dashes`` and holding no
    quote of ``quotes``.  Each stretch of the words between the narrator's incises is one
    quote, the first marked by the dash."""
    if not lang.dialogue_dashes:
        return
    tops = sorted((q.open_start, q.close_end) for q in quotes if q.depth == 0)
    added: list[RawQuote] = []
    for m in _LINE_START.finditer(view):
        dash = m.end()
        if dash >= len(view) or view[dash] not in lang.dialogue_dashes:
            continue
        end = view.find("\n", dash)
        end = len(view) if end < 0 else end
        if any(a < end and dash < b for a, b in tops):
            continue  # quote marks on the line: the marks say what is quoted
        words = dash + 1
        while words < end and view[words] in " \t\u00a0":
            words += 1
        if words >= end or view[words] in lang.dialogue_dashes:
            continue
        pieces, framed = _pieces(view, words, end, lang)
        if not framed and not _introduced(view, dash, lang):
            continue  # no incise, no line that says who speaks: a list, an aside
        for k, (a, b) in enumerate(pieces[:1] if not framed else pieces):
            opening = (dash, dash + 1) if k == 0 else (a, a)
            mark = view[dash] if k == 0 else ""
            added.append(RawQuote(*opening, b, b, mark, "", dialogue=True))
    if added:
        quotes += added
        quotes.sort(key=lambda q: (q.open_start, -q.close_end))
        link_parents(quotes)
