"""QC116 invisible-characters: bidirectional controls, zero-width and other invisible format
characters inside the quote marks.

Matching folds these characters away (they are not words), so without this check a number
wrapped in right-to-left overrides (``\\u202e12\\u202c``, which every reader sees as "21") or a
word split by a zero-width space would pass as the source's own text.  The check lists each
such character with its code point and name (not the joiner inside an emoji, the tags of an
emoji tag sequence, a soft hyphen inside a word, nor a zero-width space right after the hyphen
or slash of a compound (``well-\\u200bknown``, ``24/\\u200b7``): readers see those; nor, in
the ladder, a character the matched source passage has too); the ladder
(:func:`quotecheck.score.ladder.judge`) then never calls the quote ``verbatim``: a
bidirectional control (it can change the order readers see) makes a faithful quote
``altered``, any other invisible character makes a verbatim one ``normalized``.  One pass
over the quote's text.
"""

from __future__ import annotations

import unicodedata

__all__ = [
    "BIDI_CONTROLS",
    "BIDI_MARKS",
    "CODES",
    "Invisible",
    "copied",
    "describe",
    "reorders",
    "scan",
]

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


_ZWJ = "\u200d"
_SOFT_HYPHEN = "\u00ad"
_ZWSP = "\u200b"
BREAK_AFTER = frozenset("-\u2010/")
"""Marks after which a zero-width space is a line-break opportunity (``well-\\u200bknown``,
``24/\\u200b7``: what web editors insert so that a long compound may wrap after its hyphen or
slash); readers see the mark, and the line may break after it."""
_TAGS = range(0xE0020, 0xE0080)
"""Tag characters: the letters and cancel tag of an emoji tag sequence (a subdivision flag)."""
_EMOJI_MODIFIERS = frozenset("\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff\u20e3")
"""What may follow a pictograph inside one emoji: the emoji presentation selector, the five
skin tones, the keycap."""


def _pictograph(ch: str) -> bool:
    """Whether ``ch`` is a pictograph an emoji sequence joins (a symbol, category So)."""
    return unicodedata.category(ch) == "So"


def _after_pictograph(text: str, i: int) -> bool:
    """Whether the characters before ``i`` end in a pictograph (its selector, skin tone or
    keycap, and tag characters, may stand between)."""
    j = i - 1
    while j >= 0 and (text[j] in _EMOJI_MODIFIERS or ord(text[j]) in _TAGS):
        j -= 1
    return j >= 0 and _pictograph(text[j])


def _shown(text: str, i: int) -> bool:
    """Whether the format character at ``i`` is part of what readers see rather than hidden:
    a zero-width joiner between two pictographs (👩‍🏫 and 🏳️‍🌈 are one emoji each; without it
    readers see two), the tag characters of an emoji tag sequence, a soft hyphen between two
    letters (a hyphenation point: readers see a hyphen where the line breaks there), a
    zero-width space between a hyphen or slash (:data:`BREAK_AFTER`) glued to a word and the
    next word (a line-break opportunity after the mark readers see)."""
    ch = text[i]
    if ch == _ZWJ:
        return _after_pictograph(text, i) and i + 1 < len(text) and _pictograph(text[i + 1])
    if ord(ch) in _TAGS:
        return _after_pictograph(text, i)
    if ch == _SOFT_HYPHEN:
        return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
    if ch == _ZWSP:
        return (
            1 < i < len(text) - 1
            and text[i - 1] in BREAK_AFTER
            and text[i - 2].isalnum()
            and text[i + 1].isalnum()
        )
    return False


def scan(text: str) -> list[Invisible]:
    """Every invisible character of ``text`` (format category Cf, bidi controls, fillers),
    but those that are part of what readers see (:func:`_shown`: an emoji's joiner, a soft
    hyphen inside a word, a break opportunity after a compound's hyphen or slash)."""
    return [
        (i, ch)
        for i, ch in enumerate(text)
        if (ch in BIDI_CONTROLS or ch in _FILLERS or unicodedata.category(ch) == "Cf")
        and not _shown(text, i)
    ]


def copied(found: list[Invisible], source: str) -> list[Invisible]:
    """``found`` without the hidden characters (:func:`scan`) the source passage ``source``
    has too (as many of each as it has): the quote copies them from the speaker's own text.
    A bidirectional control stays (what readers see may still be reordered around the quote's
    own words)."""
    left: dict[str, int] = {}
    for _, ch in scan(source):
        left[ch] = left.get(ch, 0) + (ch not in BIDI_CONTROLS)
    out: list[Invisible] = []
    for i, ch in found:
        if left.get(ch, 0) > 0:
            left[ch] -= 1
            continue
        out.append((i, ch))
    return out


BIDI_MARKS = frozenset("\u061c\u200e\u200f")
"""The bidi controls that are zero-width letters of a direction (Arabic letter mark, LRM,
RLM), not embeddings, overrides or isolates: they reorder nothing of a run of text they do
not stand inside."""


def reorders(found: list[Invisible], text: str | None = None) -> bool:
    """Whether a bidirectional control is among ``found`` (what readers see may be
    reordered), found in ``text``: a bidi mark (:data:`BIDI_MARKS`: LRM, RLM) with nothing but
    punctuation and space between it and an end of ``text`` (web copy's "… town.\u200e")
    reorders none of the quote's words and counts as any other invisible character (red team
    20 F12)."""
    return any(
        ch in BIDI_CONTROLS and not (ch in BIDI_MARKS and text is not None and _at_edge(text, i))
        for i, ch in found
    )


_SIGN_CLASSES = frozenset({"ES", "ET"})
"""Bidi classes of a number's signs (European separators and terminators: + - − $ % °): a
direction mark beside one can show it on the number's other side ("\u200f-5" as "5-")."""


def _at_edge(text: str, i: int) -> bool:
    """Whether only punctuation, space and other invisible characters stand between offset
    ``i`` of ``text`` and its start or its end, none of them a number's sign (a mark before
    "-5" shows the minus after the 5: review 21-3 F8)."""

    def edge(outside: str, inside: str) -> bool:
        if any(c.isalnum() for c in outside):
            return False
        k = 0
        while k < len(inside) and not inside[k].isalnum():
            k += 1
        return not any(unicodedata.bidirectional(c) in _SIGN_CLASSES for c in inside[:k])

    return edge(text[:i], text[i + 1 :]) or edge(text[i + 1 :], text[:i][::-1])


def describe(found: list[Invisible], text: str | None = None) -> str:
    """The finding's message: how many, which (code point and name), and why it matters
    (found in ``text``: :func:`reorders`)."""
    names = []
    for _, ch in found[:SHOWN]:
        names.append(f"U+{ord(ch):04X} {unicodedata.name(ch, 'format character')}")
    more = f" and {len(found) - SHOWN} more" if len(found) > SHOWN else ""
    why = (
        "a bidirectional control can show readers the words or digits in another order than "
        "the text holds"
        if reorders(found, text)
        else "they are not in what readers see, yet change the text (search, copy, matching)"
    )
    return (
        f"{len(found)} invisible character{'s' if len(found) != 1 else ''} inside the quote "
        f"marks ({', '.join(names)}{more}): {why}; remove them"
    )
