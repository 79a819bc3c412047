"""A speaker's abandoned false start: a short start of a sentence the speaker breaks off (a
dash, an ellipsis, a filler or a discourse marker set off by commas) and begins again with
the same first word, or with a third-person pronoun for the noun it opened with ("I don't --
I think we should wait"; "The ferry isn't, uh, it won't be cheap"; "I can't, I mean, I can
tell you …").  What the broken-off start holds — a negation too — governs nothing the speaker
said after it: a quote of the new start alone, or one whose ellipsis cuts the broken-off
words, reports what was said (QC105, QC106: docs/verdicts.md *Independent of the verdict*).

Only the shape counts, never the words: a start that does not break off ("We will not, you
know, raise taxes": no new start after the marker), one that begins again with another
person ("I'm not saying -- we will close it"), or one longer than :data:`FALSE_START_WORDS`
is no false start, and what it holds still governs the words after it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import BREAK_MARK
from quotecheck.match.normalize import Token

__all__ = ["BREAK_MARK", "FALSE_START_WORDS", "Restart", "corrected_number", "restart_after"]

FALSE_START_WORDS = 6
"""The most words a broken-off start may hold, from the head of its clause to the break
("The new ferry isn't" is four): a longer stretch is a clause said, not a start abandoned."""

_BREAK = re.compile(rf"^\s*(?:{BREAK_MARK})\s*$")
"""The text between two words where a speaker broke off: a dash or an ellipsis alone."""

_SET_OFF = re.compile(rf"^\s*(?:,|{BREAK_MARK})\s*$")
"""Punctuation that sets off a filler or a discourse marker at a break ("isn't, uh, it")."""

_HEAD = re.compile(rf"[.!?;:,\n()\[\]\"“”]|{BREAK_MARK}")
"""Punctuation that opens the clause a broken-off start belongs to (a sentence's end, a
speaker's label, a comma, an earlier break)."""

MARKER_WORDS = 3
"""Longest discourse marker read at a break, in words ("you know what")."""


@dataclass(frozen=True, slots=True)
class Restart:
    """A false start in a source's tokens: ``head`` is the position of its first word,
    ``again`` that of the first word of the new start, ``broken`` that of the first word
    after the start's own words (a filler or a marker at the break, or the new start)."""

    head: int
    again: int
    broken: int


def restart_after(
    text: str, toks: Sequence[Token], i: int, limit: int, lang: LanguageData
) -> Restart | None:
    """The false start holding source token ``toks[i]`` when the speaker broke it off and
    began again at or before position ``limit``; None when ``toks[i]`` stands in no start
    broken off so.

    The start runs from the head of its clause (after a sentence's end, a label, a comma or
    an earlier break; an opening conjunction or filler not counted) to a break at most
    :data:`FALSE_START_WORDS` words on, with no punctuation between: a dash or an ellipsis,
    or one or more fillers (``fillers``, with or without commas) or discourse markers
    (``discourse_markers``, set off by commas or dashes: ", I mean,").  The new start opens
    with the start's first word said again ("I don't -- I think"), or with a third-person
    pronoun where the start opened with a noun or its determiner ("The ferry isn't, uh, it
    won't")."""
    if not 0 <= i < limit <= len(toks) - 1:
        return None
    head = i
    while head > 0 and not _HEAD.search(text[toks[head - 1].end : toks[head].start]):
        head -= 1
        if i - head >= FALSE_START_WORDS:
            return None
    while head < i and (toks[head].norm in lang.conjunctions or toks[head].norm in lang.fillers):
        head += 1
    j = i + 1
    while j <= limit:
        between = text[toks[j - 1].end : toks[j].start]
        if _BREAK.match(between) or _marker_at(text, toks, j, lang):
            break
        if between.strip() or j - head >= FALSE_START_WORDS:
            return None  # punctuation that is no break, or too long for a start
        j += 1
    else:
        return None
    again = j
    while again < len(toks) and (n := _marker_at(text, toks, again, lang)):
        again += n
    if again > limit:
        return None
    if toks[again].norm == toks[head].norm:
        return Restart(head, again, j)
    first = toks[head].norm
    noun = first in lang.determiners or not (
        first in lang.stopwords or first in lang.pronouns or first in lang.negations
    )
    if noun and lang.pronouns.get(toks[again].norm, "").startswith("3"):
        return Restart(head, again, j)
    return None


_DIGIT = re.compile(r"\d")

_NUMBER_BREAK = re.compile(r"^(?:\s+(?:--+|[\u2013\u2014]|-)|\s*(?:\.\.\.|…))\s+$")
"""The break between two numbers where a speaker corrected the first, in a record of speech:
a dash with a space on each side (" -- ", " – ") or an ellipsis with a space after ("ten...
twelve").  A dash or an ellipsis between two figures with no space ("10–12", "2026–2028",
"3...4") writes a range."""

_TYPESET_NUMBER_BREAK = re.compile(r"^(?:\s+(?:--+|\u2014)|\s*(?:\.\.\.|…))\s+$")
"""The break between two numbers in a text that may be typeset prose (a source of unknown
kind): a double hyphen or an em dash with a space on each side, or an ellipsis.  There a
single en dash or hyphen between two figures, spaced or not ("10 – 12", "10 - 12"), writes a
range, as printed prose does (review 20-4, 5)."""


def corrected_number(
    text: str,
    toks: Sequence[Token],
    lo: int,
    hi: int,
    lang: LanguageData,
    *,
    typeset: bool = False,
) -> bool:
    """Whether source tokens ``toks[lo:hi]`` (words a quote leaves out) are a number the speaker
    broke off and corrected right after: number words or figures, then a break — a dash or an
    ellipsis, or fillers and discourse markers as :func:`restart_after` reads them — and
    ``toks[hi]`` another number ("We'll hire ten, uh, twelve officers" quoted as "We'll hire
    twelve officers"; "ten -- twelve").  The quote gives the number the speaker settled on;
    one that keeps the first attempt ("ten officers") leaves out the correction, and is a
    change.  A number and another with only a comma or "and" between ("ten, twelve", "ten
    and twelve"), or a dash or an ellipsis written without spaces (:data:`_NUMBER_BREAK`:
    "10–12", "2026–2028", "3...4"), is no correction: a range states both ends; in a text that
    may be ``typeset`` (a source that does not show itself a record of speech) a spaced en
    dash or hyphen between figures is a range too (:data:`_TYPESET_NUMBER_BREAK`: "10 – 12").
    Only a record of speech holds a correction (the caller's test)."""
    if not 0 < lo < hi < len(toks) or not _DIGIT.search(toks[hi].norm):
        return False
    k = lo
    while k < hi and _DIGIT.search(toks[k].norm):
        k += 1
    if k == lo:
        return False
    if k == hi:
        brk = _TYPESET_NUMBER_BREAK if typeset and _figures(text, toks[k - 1], toks[k]) else None
        return bool((brk or _NUMBER_BREAK).match(text[toks[k - 1].end : toks[k].start]))
    while k < hi and (n := _marker_at(text, toks, k, lang)):
        k += n
    return k == hi and not re.search(
        r"[.!?;:\n]", text[toks[lo].end : toks[hi].start].replace("...", "")
    )


def _figures(text: str, first: Token, second: Token) -> bool:
    """Whether two number tokens are both written in figures ("10", "12"), not in words."""
    return all(_DIGIT.search(text[t.start : t.end]) for t in (first, second))


def _marker_at(text: str, toks: Sequence[Token], k: int, lang: LanguageData) -> int:
    """How many words from ``toks[k]`` make a filler (with or without commas around it) or a
    discourse marker set off by a comma or a dash on both sides; 0 when none does."""
    if k >= len(toks):
        return 0
    if toks[k].norm in lang.fillers:
        return 1
    before = text[toks[k - 1].end : toks[k].start] if k > 0 else ""
    if not _SET_OFF.match(before) or not before.strip():
        return 0
    for n in range(min(MARKER_WORDS, len(toks) - k - 1), 0, -1):
        phrase = " ".join(t.norm for t in toks[k : k + n])
        after = text[toks[k + n - 1].end : toks[k + n].start]
        if phrase in lang.discourse_markers and after.strip() and _SET_OFF.match(after):
            return n
    return 0
