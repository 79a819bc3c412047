"""An edited social-media post saved with its earlier versions: which stretch of a source's
text is the post as it stands and which an earlier version.

A line that opens with the language's ``earlier_version_heads`` ("Edit history", "Original
post:"), followed by nothing but a time stamp (``version_stamp_words``, day and month names,
digits: "Original post, 9:40 AM:"), heads an earlier version; the text before the first such
line is the post as it stands (edited), the text after each one, to the next, an earlier
version ("Original version of the plan cut two routes." is a sentence of the text, no head).
A quote of an earlier version is faithful to that version, and its result says which
version it matched (``score.result``): the words an article quoted before the edit are no
alteration of the words after it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from quotecheck.lang import get_language

__all__ = ["PostVersion", "matched_version", "post_versions"]

HEAD_CHARS = 80
"""Longest line read as an earlier version's head ("Edit history", "Original post, 9:15 AM
· Apr 2, 2026"): a longer line is the post's own words."""

_LINE = re.compile(r"^[^\S\n]*(?P<line>\S[^\n]*?)[^\S\n]*$", re.M)
_WORD = re.compile(r"[^\W\d_]+")


class PostVersion(NamedTuple):
    """One version of an edited post in a source's text."""

    start: int
    end: int
    head: str
    """The line that heads it ("Edit history"); empty for the post as it stands."""

    @property
    def earlier(self) -> bool:
        """Whether this is a version from before the edit."""
        return bool(self.head)


def post_versions(text: str, start: int = 0, language: str = "en") -> tuple[PostVersion, ...]:
    """The versions of an edited post saved in ``text`` from ``start`` on, in order (the post
    as it stands first); none when no line heads an earlier version.  O(text), once per
    text."""
    return _versions(text, start, language)


@lru_cache(maxsize=64)
def _versions(text: str, start: int, language: str) -> tuple[PostVersion, ...]:
    lang = get_language(language)
    heads = lang.earlier_version_heads
    if not heads:
        return ()
    stamp = lang.version_stamp_words | lang.times_of_day
    stamp |= set(lang.calendar_words) | set(lang.calendar_words.values())
    found = [
        m
        for m in _LINE.finditer(text, start)
        if len(m.group("line")) <= HEAD_CHARS and _heads(m.group("line"), heads, stamp)
    ]
    if not found:
        return ()
    out = [PostVersion(start, found[0].start(), "")]
    for m, after in zip(found, [*found[1:], None], strict=True):
        end = after.start() if after is not None else len(text)
        if text[m.end() : end].strip():
            out.append(PostVersion(m.end(), end, m.group("line")))
    return tuple(out) if len(out) > 1 else ()


def _heads(line: str, heads: frozenset[str], stamp: frozenset[str]) -> bool:
    """Whether ``line``'s first words are an entry of ``heads`` and any words after them a
    time stamp's (``stamp``; digits and marks aside: "Original post, 9:40 AM · Apr 2:"):
    "Original version of the plan cut two routes." is a sentence of the text, not a head."""
    words = [w.casefold() for w in _WORD.findall(line.replace(".", ""))]
    return any(
        " ".join(words[:n]) in heads and stamp.issuperset(words[n:])
        for n in range(1, min(len(words), 5) + 1)
    )


def matched_version(
    text: str, start: int, end: int, body: int = 0, language: str = "en"
) -> PostVersion | None:
    """The version of an edited post (:func:`post_versions`, of ``text`` from ``body`` on)
    that ``text[start:end]`` stands in, when its words (letters and digits, any case) stand
    in no other version: the words that say which version a quote matched.  None for words
    the versions share, or a text with no earlier version."""
    versions = _versions(text, body, language)
    here = next((v for v in versions if v.start <= start < v.end), None)
    if here is None:
        return None
    said = _said(text[start:end])
    if not said or any(said in _said(text[v.start : v.end]) for v in versions if v != here):
        return None
    return here


def _said(text: str) -> str:
    """``text``'s words, letters and digits only, case-folded, one space apart (padded, so
    that a match of whole words is a substring)."""
    return f" {' '.join(_SAID.findall(text.casefold()))} "


_SAID = re.compile(r"\w+")
