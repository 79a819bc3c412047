"""Where a sentence opens in a text: one test (:func:`opens_sentence`) for every reader of
sentences, the attribution step (``extract.attribution.resolution``), the edit typing
(``score.edits``) and the occasion checks (``score.checks``), and the paragraph break they
share (:data:`BLANK_LINE`).  Here, below them all, so that each may import it.

Where a sentence or a clause *ends*, read by a pattern rather than by the opening test, is
here too, each reading named once: :data:`SENTENCE_BREAK` and :data:`QUOTED_SENTENCE_END`
(the article's sentences, for the placement of a quote), :data:`STOP_BEFORE_CAPITAL` (a
source's sentences, for its speaker checks), :data:`CLAUSE_STOP` and
:data:`CLAUSE_OR_LINE_END` (two words in one clause; a source's credit clause).  They differ
on purpose, each docstring says how and for whom; a change of one is a behaviour change of
its readers, weighed on its own.  :data:`BREAK_MARK` is where a speaker broke off between two
words (the false starts of ``score.restarts`` and the matcher's reach to a quote's first words
read it).

It names no word of any language: the abbreviations and sentence openers come from a
language's data (:func:`opens_sentence_in`).
"""

from __future__ import annotations

import re
from collections.abc import Container

from quotecheck.lang.schema import LanguageData

__all__ = [
    "ABBREVIATION_REACH",
    "BLANK_LINE",
    "BREAK_MARK",
    "CLAUSE_OR_LINE_END",
    "CLAUSE_STOP",
    "LETTER_WORD",
    "QUOTED_SENTENCE_END",
    "SENTENCE_BREAK",
    "SENTENCE_CLOSERS",
    "SENTENCE_OPENERS",
    "SENTENCE_STOPS",
    "STOP_BEFORE_CAPITAL",
    "WORD",
    "WORD_OR_NUMBER",
    "opens_sentence",
    "opens_sentence_in",
    "sentence_start",
]

BREAK_MARK = r"--+|[\u2013\u2014]|\s-\s|\.\.\.|…"
"""A mark of a speaker's break between two words: a dash ("--", an en or em dash, a hyphen
with a space on each side) or an ellipsis.  The one home of what a break is: the false starts
of :mod:`quotecheck.score.restarts`, :mod:`quotecheck.score.edits`' restart with a pronoun and
words before a quote's passage, and the matcher's reach back to a quote's first words
(``match.index``) are read from it (review 20-2, 5)."""

LETTER_WORD = re.compile(r"[^\W\d_]+")
"""A run of letters, as written (digits and marks split them)."""
WORD = re.compile(r"[^\W\d_][\w'’-]*")
"""A word: a letter, then letters, digits, apostrophes and hyphens ("didn't", "so-called",
the possessive "Rogers’").  The words of a frame, for the attribution step
(``extract.attribution``) and the speaker checks (``score.checks.speaker``): who said what
is told in words, and a number there ("said 3 times", "in 2019") is no name, verb or frame
word, so it is not read as one."""
WORD_OR_NUMBER = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
"""A word or a number as written: letters and digits, joined inside by an apostrophe or a
hyphen ("mm-hm", "won't", "d'accord", "2016"), none at either end.  For readers to whom a
number is a word that counts as much as any other: the edit typing's listener turn
(``score.edits``: "okay, 5" is no backchannel, the 5 is words left out) and the ladder's
word-for-word reading of an indirect report (``score.ladder``: "3" for "2" is a change, not
grammar)."""

SENTENCE_OPENERS = "\"“‘'(["
"""Marks that may stand between the end of a sentence (or a line break) and its first word."""
SENTENCE_CLOSERS = "\"'”’)]"
"""Marks that may close a sentence after its full stop (“… ended.” Then …)."""
SENTENCE_STOPS = ".!?:"
"""Marks that end a sentence (a colon opens a quotation or a speaker's turn)."""


_LABEL_AT = re.compile(r"(?:[^\W\d_][\w.'’-]*[ \t]+){0,3}[^\W\d_][\w.'’-]*[ \t]*:")
"""A speaker's label opening a line ("Ann Lee:", "MR. BERG:"): up to four words, a colon."""
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
"""A paragraph break in a text: a blank line, which may hold blanks of any kind (a carriage
return: a text written with CRLF line ends; a no-break space) but no other line break; a
single line break is a wrap.  The one pattern for :func:`opens_sentence`, the scanner's
paragraphs (a quote left open at one continues or ends there), the extraction stage's
paragraph numbers, the attribution step's context, the occasion checks' paragraphs
(``score.checks.placement``), the source context the side-by-side view shows
(``formats.explain``) and a fix that would run across paragraphs (``fixes``, which folds a
file's CRLF or CR line ends and paragraph separators to line feeds first)."""
_ABBREVIATION_END = re.compile(r"(?:[^\W\d_]+\.)+$")


SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n[ \t]*\n")
"""Where a sentence of an article ends, for the placement of its quotes
(``score.checks.placement``: the frame and occasion a quote's sentence names): a full stop,
question or exclamation mark, perhaps closing marks (:data:`SENTENCE_CLOSERS`), white space
before a capital or a digit (perhaps after an opening mark), or a blank line of spaces and
tabs.  Not the abbreviation-aware opening test (:func:`opens_sentence_in`), on purpose: read
with it, a frame runs on over a title's full stop ("Mr. Lee said") into the clause that opens
the sentence, and the placements read change: on the real-news tuning split (command-line
arm; no other quote of either split changed) one faithful quote, placed by that clause at an
earlier event and held by the sources only as read back at a later debate, gained a QC203
warning.  Kept apart until such a change is weighed on its own."""


def sentence_start(text: str, at: int, window: int) -> int:
    """Where the article's sentence holding offset ``at`` starts, by :data:`SENTENCE_BREAK`
    (at most ``window`` characters back): the one reading for the placement checks, the
    speaker checks and the words that lead into a quote (``score.evidence``)."""
    lo = max(0, at - window)
    before = text[lo:at] + "Q"  # a capital, so that a full stop right before ``at`` ends one
    starts = [m.end() for m in SENTENCE_BREAK.finditer(before)]
    return lo + (starts[-1] if starts else 0)


QUOTED_SENTENCE_END = re.compile(r"[.!?][\"'”’»]+\s+(?=[\"“‘(\[]?[A-Z0-9])")
"""A sentence of an article that ends inside a quote: its stop, the closing quote mark(s),
white space and a capital ("… that “the mayor knows this.” Quist said").  Read in the
article's view, where the quoted words stand (in the text outside the marks they are blanked,
and the sentence end with them): the placement's other half of :data:`SENTENCE_BREAK`."""

STOP_BEFORE_CAPITAL = re.compile(r"[.!?](?=\s+[\"“‘'(]?[A-Z])")
"""A full stop, question or exclamation mark right before white space and a capitalised word
(perhaps after an opening mark): where a sentence of a *source* ends for the speaker checks
(``score.checks.speaker``: the sentence that holds a source's quoted words, the report just
before them).  Narrower than :data:`SENTENCE_BREAK`: no closing mark between the stop and the
space, no digit after it, no blank line; the match is the stop alone."""

CLAUSE_STOP = re.compile(r"[.!?;]")
"""Punctuation that ends a sentence, or a clause as strong as one (a semicolon), between two
words: text between two words that holds one puts them in different clauses (the edit typing's
``score.evidence.same_sentence``; the cut check, ``score.checks.cut``: a limiter past the
quote's end, a negation in the frame)."""

CLAUSE_OR_LINE_END = re.compile(r"[.!?;\n]")
"""Where the clause of a source's credit ends ("…,” said Mayor Lee. Then …", "Lee said:
“…"): :data:`CLAUSE_STOP` or a line break (a credit does not run into the next line;
``score.checks.speaker``)."""


def opens_sentence(
    text: str,
    at: int,
    *,
    clause: bool = False,
    abbreviations: Container[str] = (),
    closing: Container[str] = (),
    openers: Container[str] = (),
) -> bool:
    """Whether the word at ``at`` opens a sentence, a paragraph, a turn or the text.

    Before it stand only blanks and opening marks (``SENTENCE_OPENERS``), back to the start
    of the text, a blank line, or a sentence's end: a stop (``SENTENCE_STOPS``) and perhaps
    closing marks (``SENTENCE_CLOSERS``: ``.”``, ``?)``), then at least one blank or opening
    mark.  A single line break is a wrap inside a paragraph, not an opening ("for the
    families,\nwe will …"), unless a speaker's label opens the new line at the word ("Tom
    Berg: …"); a line ending in a stop opens the next as any stop does.  A full stop that
    ends one of ``abbreviations`` (written forms, lower case, with their dots: "u.s.",
    "mr."; the caller's language's) ends no sentence ("the U.S. Navy"), unless it is one of
    ``closing`` (those that may end one: not a title's before a name, "Dr. Lee") and the
    word at ``at`` is a capitalised one of ``openers`` (lower case: "the", "we", "it"):
    "back to the U.S. We will …", "on Harbour St. The pier …"; a number after "No." and a
    name after "the U.S." open nothing.  With ``clause``,
    the clause after a semicolon counts too: for a reader of where a clause begins (a
    joining word one text writes where the other starts afresh, a date fronting its
    clause), not for a reader of capitals (after a semicolon a capital is a name's).  One
    pass back over the blanks, however long (a quote blanked out of a text is a run of
    spaces): no cut-off, and no search from every position before it.  The one test for
    the attribution step (``extract.attribution.resolution``: where the last sentence of a
    line read for names alone opens), the edit typing (``score.edits``) and the occasion
    checks (``score.checks``)."""
    k = at
    while k and (text[k - 1].isspace() or text[k - 1] in SENTENCE_OPENERS):
        k -= 1
    if k == 0:
        return True
    if "\n" in text[k:at] and (
        BLANK_LINE.search(text, k, at) is not None or _LABEL_AT.match(text, at) is not None
    ):
        return True
    if k == at:
        return False  # a word right after a mark ("3.5", "U.S.A", "end.”Then"): no opening
    j = k
    while j and text[j - 1] in SENTENCE_CLOSERS:
        j -= 1
    if not j:
        return False
    if text[j - 1] == "." and abbreviations:
        word = _ABBREVIATION_END.search(text, max(0, j - ABBREVIATION_REACH), j)
        if word is not None and word.group(0).lower() in abbreviations:
            if word.group(0).lower() not in closing or not text[at : at + 1].isupper():
                return False
            m = LETTER_WORD.match(text, at)
            if m is None or m.group(0).lower() not in openers:
                return False
    return text[j - 1] in SENTENCE_STOPS or (clause and text[j - 1] == ";")


def opens_sentence_in(lang: LanguageData, text: str, at: int, *, clause: bool = False) -> bool:
    """:func:`opens_sentence` with ``lang``'s abbreviations, those that may close a sentence
    and its sentence openers: what every caller reading a text of that language passes."""
    return opens_sentence(
        text,
        at,
        clause=clause,
        abbreviations=lang.abbreviations,
        closing=lang.closing_abbreviations,
        openers=lang.sentence_openers,
    )


ABBREVIATION_REACH = 16
"""Characters read back from a full stop for the abbreviation it may end ("u.s.a.")."""
