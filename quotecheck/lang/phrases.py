"""Phrase-list entries with a wildcard: one reading of an entry such as "heard * shouting" or
"during * debate", for every reader of such lists.

An entry is its words as written, apart by single spaces; a word ``*`` (:data:`WILDCARD`)
stands for words of any spelling.  How many words it stands for is the list's (each file's
header says): exactly one in the speaker checks' frames (``denying_frames``, ``denying_after``,
``others_frames``, ``scare_frames``: :class:`PhraseList`, the default :data:`ONE_WORD`), one or
more in ``misquote_frames`` (a person named with a title: ``score.checks.speaker`` passes its
own), up to two and none a preposition in the occasion phrases (``score.checks.placement``,
which passes its own).  :func:`phrase_pattern` is the one place an entry becomes
an expression; :class:`PhraseList` reads a list against a text's words (the speaker checks'
frames, the edit typing's ``backchannels``).

This module imports nothing from the rest of quotecheck.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property

__all__ = ["ONE_WORD", "WILDCARD", "PhraseList", "phrase_list", "phrase_pattern"]

WILDCARD = "*"
"""The word of a phrase-list entry that stands for words of any spelling."""

ONE_WORD = r"\S+\s+"
"""What :data:`WILDCARD` stands for by default: exactly one word, with the white space after
it."""

_GAP = r"\s+"


def phrase_pattern(phrase: str, star: str = ONE_WORD, *, after_last: str = "") -> str:
    """``phrase`` as a regular expression: each word as written (escaped; the reader's flags say
    whether case counts), white space after it, each :data:`WILDCARD` standing for ``star`` (an
    expression of the words it stands for, each with the white space after it; it may match
    none).  The white space after the last word is left out and ``after_last`` stands in its
    place (the occasion phrases' plural "s"); a phrase whose ``star`` ends it keeps its own.
    No boundary either side: the reader anchors it."""
    body = "".join(star if w == WILDCARD else re.escape(w) + _GAP for w in phrase.split())
    return body.removesuffix(_GAP) + after_last if body.endswith(_GAP) else body


@dataclass(frozen=True)
class PhraseList:
    """A phrase list read against a text's words (lower case, as written, none holding white
    space): its entries in one order (sorted), :data:`WILDCARD` standing for ``star``
    (:func:`phrase_pattern`; by default exactly one word)."""

    entries: tuple[str, ...]
    star: str = ONE_WORD

    @cached_property
    def _patterns(self) -> tuple[re.Pattern[str], ...]:
        # Read against the words joined with a space after each: an entry's last word ends
        # where a space follows, so it matches whole words only.
        return tuple(
            re.compile(phrase_pattern(e, self.star, after_last=r"\s")) for e in self.entries
        )

    def found_last(self, words: Sequence[str]) -> Iterator[tuple[str, int, int]]:
        """Each entry that stands in ``words``, in the list's order: the entry, the index of its
        first word where it stands last, and the index after its last word.  O(entries ·
        words)."""
        text, starts, index = _joined(words)
        for entry, pattern in zip(self.entries, self._patterns, strict=True):
            for i in range(len(words) - 1, -1, -1):
                m = pattern.match(text, starts[i])
                if m is not None:
                    yield entry, i, index[m.end()]
                    break

    def covers(self, words: Sequence[str]) -> bool:
        """Whether ``words`` are, in order, a run of entries (no word left over; no words is a
        run of none).  O(entries · words)."""
        text, starts, index = _joined(words)
        reach = [False] * (len(words) + 1)
        reach[0] = True
        for i in range(len(words)):
            if not reach[i]:
                continue
            for pattern in self._patterns:
                m = pattern.match(text, starts[i])
                if m is not None:
                    reach[index[m.end()]] = True
        return reach[-1]


def _joined(words: Sequence[str]) -> tuple[str, list[int], dict[int, int]]:
    """``words`` with a space after each; where each word starts (and the end); offset → word
    index."""
    starts = [0]
    for w in words:
        starts.append(starts[-1] + len(w) + 1)
    return "".join(w + " " for w in words), starts, {at: i for i, at in enumerate(starts)}


@cache
def phrase_list(entries: frozenset[str], star: str = ONE_WORD) -> PhraseList:
    """``entries`` as a :class:`PhraseList` (:data:`WILDCARD` standing for ``star``), sorted
    once: a language's sets are loaded once per process (``get_language``), so each is sorted
    and compiled once, not on every read."""
    return PhraseList(tuple(sorted(entries)), star)
