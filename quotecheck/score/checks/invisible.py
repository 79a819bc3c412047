"""QC116 invisible-characters: bidirectional controls, zero-width and other invisible format
characters inside the quote marks.

Matching folds these characters away (they are not words), so without this check a number
wrapped in right-to-left overrides (``\\u202e12\\u202c``, which every reader sees as "21") or a
word split by a zero-width space would pass as the source's own text.  The check lists each
such character with its code point and name; the ladder (:func:`quotecheck.score.ladder.
judge`) then never calls the quote ``verbatim``: a bidirectional control (it can change the
order readers see) makes a faithful quote ``altered``, any other invisible character makes a
verbatim one ``normalized``.  One pass over the quote's text.
"""

from __future__ import annotations

import unicodedata

__all__ = ["BIDI_CONTROLS", "CODES", "Invisible", "describe", "scan"]

CODES = ("QC116",)

BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""Arabic letter mark, LRM/RLM, embeddings, overrides and isolates (Unicode bidi controls)."""

_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u034f")
"""Characters outside the format category that still show nothing (Hangul fillers, the
combining grapheme joiner)."""

SHOWN = 5
"""Characters named in a finding's message (the count says how many there are)."""

Invisible = tuple[int, str]
"""Offset in the quote's text, and the character."""


def scan(text: str) -> list[Invisible]:
    """Every invisible character of ``text`` (format category Cf, bidi controls, fillers)."""
    return [
        (i, ch)
        for i, ch in enumerate(text)
        if ch in BIDI_CONTROLS or ch in _FILLERS or unicodedata.category(ch) == "Cf"
    ]


def reorders(found: list[Invisible]) -> bool:
    """Whether a bidirectional control is among ``found`` (what readers see may be reordered)."""
    return any(ch in BIDI_CONTROLS for _, ch in found)


def describe(found: list[Invisible]) -> str:
    """The finding's message: how many, which (code point and name), and why it matters."""
    names = []
    for _, ch in found[:SHOWN]:
        names.append(f"U+{ord(ch):04X} {unicodedata.name(ch, 'format character')}")
    more = f" and {len(found) - SHOWN} more" if len(found) > SHOWN else ""
    why = (
        "a bidirectional control can show readers the words or digits in another order than "
        "the text holds"
        if reorders(found)
        else "they are not in what readers see, yet change the text (search, copy, matching)"
    )
    return (
        f"{len(found)} invisible character{'s' if len(found) != 1 else ''} inside the quote "
        f"marks ({', '.join(names)}{more}): {why}; remove them"
    )
