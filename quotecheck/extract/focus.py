"""Focused parsing: parse only the lines attribution reads, at the same offsets.

Attribution looks at the sentences that hold a quote and at the line before them (a colon
frame "X said:", a quote standing after a sentence about its speaker, a carried-over speaker).
Lines far from any quote are not needed, yet in news they are most of the text, and the
statistical pipeline costs the same per word wherever the word is.  :func:`focus_view` blanks
those lines (every character but the line break becomes a space), so the parsed text has the
same length as the article: every token offset is still an offset into the view, and a blank
run is a single whitespace token that costs next to nothing.

Names in the skipped lines are still wanted (a person introduced in narration and quoted three
paragraphs later as "the diplomat"); :func:`name_lines` picks the skipped lines that may
introduce a person, so the caller can parse them for names alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

PARSE_MODES = ("focused", "full")
"""``focused``: parse the lines around quotes (the default); ``full``: parse everything."""

_LINE = re.compile(r"[^\n]*\n?")
_NOT_NEWLINE = re.compile(r"[^\n]")
_CAPITALISED = re.compile(r"(?<![\w.])[A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f][\w'’-]+")
_WORD_CHARS = re.compile(r"[^\W\d_][\w'’.-]*")
_OWN_FRAME_WORDS = 2
"""Fewer narration words than this beside a quote in its line: the frame is elsewhere."""


def lines(view: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``view`` (end excludes the line break)."""
    out = []
    for m in _LINE.finditer(view):
        if m.start() == len(view):
            break
        end = m.end() - 1 if m.group().endswith("\n") else m.end()
        out.append((m.start(), end))
    return out


def focus_lines(
    view: str, spans: Sequence[tuple[int, int]], view_lines: Sequence[tuple[int, int]]
) -> set[int]:
    """Indexes of the lines to parse: lines a quote span touches, and the line before a quote
    whose own line does not say who speaks.

    The line before is read when the quote stands alone in its line (no narration around it:
    the speaker is in the sentence before, or carried over) or when that line ends with a
    colon ("The minister told reporters:").  A quote inside narration carries its own frame.
    """
    starts = [a for a, _ in view_lines]
    narration = blank_spans(view, spans)  # the narration, at the same offsets
    keep: set[int] = set()
    seen: set[tuple[int, int]] = set()
    for a, b in spans:
        first = max(0, bisect.bisect_right(starts, a) - 1)
        last = max(first, bisect.bisect_right(starts, max(a, b - 1)) - 1)
        if (first, last) in seen:
            continue  # several quotes in one line: the line is decided once
        seen.add((first, last))
        keep.update(range(first, last + 1))
        k = first - 1
        while k >= 0 and not view[view_lines[k][0] : view_lines[k][1]].strip():
            k -= 1  # blank lines between paragraphs
        if k < 0:
            continue
        lo, hi = view_lines[first][0], view_lines[last][1]
        if len(narration[lo:hi].split()) < _OWN_FRAME_WORDS or view[
            view_lines[k][0] : view_lines[k][1]
        ].rstrip().endswith(":"):
            keep.add(k)
    return keep


def blank_spans(view: str, spans: Iterable[tuple[int, int]]) -> str:
    """``view`` with the given character ranges turned into spaces, line breaks kept (length
    and every offset unchanged)."""
    chars = list(view)
    for a, b in spans:
        chars[a:b] = _NOT_NEWLINE.sub(" ", view[a:b])
    return "".join(chars)


def blank_lines(view: str, view_lines: Sequence[tuple[int, int]], blanked: Iterable[int]) -> str:
    """``view`` with the given lines turned into spaces (line breaks kept, length unchanged)."""
    return blank_spans(view, (view_lines[k] for k in blanked))


def focus_view(
    view: str,
    spans: Sequence[tuple[int, int]],
    interiors: Iterable[tuple[int, int]] = (),
    describers: frozenset[str] = frozenset(),
) -> tuple[str, str | None]:
    """The view with what attribution does not read blanked, and the view with every line
    blanked but the skipped ones that may name a person (to be parsed for names alone; None
    when there are none).  Both have the length of ``view``.

    ``spans`` are the ``(open mark start, close mark end)`` of the top-level quotes;
    ``interiors`` the text between their marks, whose middle words are blanked too (see
    :func:`blank_interior`); ``describers`` the role nouns and titles of the language (see
    :func:`name_lines`).
    """
    view_lines = lines(view)
    keep = focus_lines(view, spans, view_lines)
    skipped = [k for k in range(len(view_lines)) if k not in keep]
    focused = blank_spans(
        view,
        [
            *(view_lines[k] for k in skipped),
            *(r for a, b in interiors for r in blank_interior(view, a, b)),
        ],
    )
    named = set(name_lines(view, view_lines, skipped, describers))
    names_view = (
        blank_lines(view, view_lines, (k for k in range(len(view_lines)) if k not in named))
        if named
        else None
    )
    return focused, names_view


_WORD = re.compile(r"\S+")
_KEEP_EDGE_WORDS = 3
"""Words kept at each end of a long quote: enough for the parser to see a clause (and a
trailing comma or colon) where the quote stands, so the frame around it parses as before."""


def blank_interior(view: str, a: int, b: int) -> list[tuple[int, int]]:
    """The character ranges inside the quote text ``view[a:b]`` that need no parse: all but
    the first and last few words of a long quote.  Attribution reads the frame around a
    quote, never the words inside it (those are the matcher's), yet in quote-heavy news the
    quotes are half the text."""
    words = [m.span() for m in _WORD.finditer(view, a, b)]
    if len(words) <= 2 * _KEEP_EDGE_WORDS + 2:
        return []
    return [(words[_KEEP_EDGE_WORDS - 1][1], words[-_KEEP_EDGE_WORDS][0])]


def name_lines(
    view: str,
    view_lines: Sequence[tuple[int, int]],
    candidates: Iterable[int],
    describers: frozenset[str] = frozenset(),
) -> list[int]:
    """Of ``candidates``, the lines that may introduce a person for later reference: two
    capitalised words and a role noun, title or first name ("Harbour minister Ann Lee opened
    …", "Margaret Okonjo opened …"), which is how news introduces the people it will call "the
    minister" or "she" further down.  Without ``describers`` every line with two capitalised
    words qualifies."""
    out = []
    for k in candidates:
        a, b = view_lines[k]
        if len(_CAPITALISED.findall(view, a, b)) < 2:
            continue
        if describers and not any(w.lower() in describers for w in _WORD_CHARS.findall(view, a, b)):
            continue
        out.append(k)
    return out
