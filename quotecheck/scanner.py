"""Find quoted spans by pairing quote marks on raw characters.

The scanner never rewrites the text: it reads the analysis view (same length as the raw text)
and reports offsets.  It works in one pass with a stack, so its cost is linear in the length of
the text plus the number of marks.

How a mark is read:

* *flanking* (as in CommonMark): a mark followed by a non-space and preceded by a space, an
  opening bracket, a dash or another mark *can open*; a mark preceded by a non-space and
  followed by a space, punctuation or another mark *can close*;
* the pairs table says which closing marks answer which opening marks, so „…“, »…«, «…» and
  same-mark pairs (”…”) all pair without a per-language switch;
* single marks are apostrophes first: between letters (don’t), before a decade (’90s), in a
  listed elision ('tis, rock 'n' roll), or closing nothing (the Smiths’ house);
* an inch mark is no quote mark: a double mark after feet and inches (6'2", 5' 10") never is
  one, and a closing mark right after a number that answers no open mark (7" wide) is not
  reported; a footnote mark glued to a closing mark (”[1], ."[^1], .”¹) leaves it a closer;
* careless typography that mixes straight and curly double marks in one quote ("“…," she
  said. "…”") pairs them: such a mark that answers no open mark closes the innermost open one;
* a quote that runs over several paragraphs (no closing mark, the next paragraph opens with
  the same mark) becomes several segments linked by ``continues``;
* an unmatched mark becomes a :class:`MarkProblem`, never an exception, and never costs the
  other quotes of the document.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from quotecheck.budget import checkpoint
from quotecheck.lang.schema import ALL_QUOTE_PAIRS, SINGLE_MARKS
from quotecheck.lang.sentences import BLANK_LINE

OPENERS = frozenset(o for o, _ in ALL_QUOTE_PAIRS)
CLOSERS = frozenset(c for _, c in ALL_QUOTE_PAIRS)
ALL_MARKS = OPENERS | CLOSERS
_PAIRS = frozenset(ALL_QUOTE_PAIRS)
_OPENERS_OF: dict[str, tuple[str, ...]] = {
    c: tuple(sorted({o for o, c2 in ALL_QUOTE_PAIRS if c2 == c})) for c in CLOSERS
}
_MARK_RE = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")

OPEN_AFTER = frozenset("([{<\u2014\u2013-/\u2012\u2015")
"""Characters after which a mark may open a quote (besides spaces and other marks)."""
CLOSE_BEFORE = frozenset(".,;:!?)]}>\u2014\u2013-/\u2026\u2012\u2015")
"""Characters before which a mark may close a quote (besides spaces and other marks)."""
_OPEN_CONTEXT = OPEN_AFTER | ALL_MARKS
_CLOSE_CONTEXT = CLOSE_BEFORE | ALL_MARKS
DEFAULT_MAX_QUOTE_CHARS = 20_000
"""Longest quote (in characters between its marks) that is paired and checked; configurable as
``max_quote_chars``.  An opening mark not closed within it is reported as unbalanced (QC150)."""
_CHECK_EVERY = 1024
"""Marks between two checks of the time budget."""
_GUILLEMETS = frozenset("\u00ab\u00bb\u2039\u203a")
_FRENCH_SPACES = frozenset(" \u00a0\u202f\u2009")
NO_BREAK_SPACES = frozenset("\u00a0\u202f")
"""No-break spaces (U+00A0, and the narrow U+202F), as a web page's ``&nbsp;`` gives them: right
inside any quote mark they pad it ("“\u00a0We will …,\u00a0”"), as French typography pads
guillemets; a space that stands between words is never one of them."""
_LOOKAHEAD_MARKS = 64
_FOOTNOTE = re.compile(
    r"(?:\[(?:\d{1,3}|\^\w{1,8}|[a-z])\]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3})"
    r"(?=[\s.,;:!?)\]]|\Z)"
)
"""A footnote mark (``[1]`` up to three digits, Markdown's ``[^1]``/``[^note]``, one lowercase
letter ``[a]``, superscript digits ``¹²``) before white space, punctuation or the end: glued to
a closing quote mark, it leaves the mark a closer.  A capitalised word in brackets (``[We]``) is
an insertion opening a quote, never a footnote."""
_OPEN_FIRST = frozenset("\u201c\u2018\u00ab\u201e\u201a")
"""Marks that open a quote in the usual conventions (“ ‘ « „ ‚): a footnote-like bracket after
one never makes it a closer (``said,“[We] will …”`` opens a quote with an insertion)."""
_BEFORE_FOOTNOTE = frozenset(".,!?\u2026")
"""What may end a quote's words before its closing mark and a footnote mark (not an opening
bracket: "(“[He] will …”)" opens a quote with an insertion)."""
_INCH_MARKS = frozenset('"\u201d')
_FEET_INCHES = re.compile(r"(?<![\w.,])\d{1,2}['\u2019\u2032][ \u00a0]?\d{1,2}(?:[.,]\d+)?\Z")
"""A height or length in feet and inches up to the inch mark (6'2, 5' 10.5): the double
mark that follows is the inch mark."""
_MIXED_DOUBLES = frozenset('"\u201c\u201d')
"""The straight and curly English double marks: careless typography mixes them in one quote
(“…," or "…”), so one that answers no open mark closes the innermost open one of the others."""


@dataclass
class RawQuote:
    """A pair of marks and what stands between them (offsets into the raw text)."""

    open_start: int
    open_end: int
    close_start: int
    close_end: int
    open_mark: str
    close_mark: str
    depth: int = 0
    parent: int | None = None
    continues: int | None = None
    unclosed: bool = False
    """True when the quote ends at a paragraph break because it continues in the next one."""
    previous: RawQuote | None = field(default=None, repr=False)
    dialogue: bool = False
    """True for the words of a dialogue turn set out with a dash
    (:mod:`quotecheck.extract.dialogue`): a stretch after the narrator's incise has no marks
    of its own, yet is no block quote."""

    @property
    def start(self) -> int:
        """Offset of the first character inside the marks."""
        return self.open_end

    @property
    def end(self) -> int:
        """Offset just after the last character inside the marks."""
        return self.close_start


@dataclass(frozen=True)
class MarkProblem:
    """A quote mark that could not be paired."""

    start: int
    end: int
    mark: str
    message: str


@dataclass
class ScanResult:
    """Quotes in document order (by opening offset) and the marks left unpaired."""

    quotes: list[RawQuote] = field(default_factory=list)
    problems: list[MarkProblem] = field(default_factory=list)


def _is_space(c: str) -> bool:
    return c == "" or c.isspace()


def _is_word(c: str) -> bool:
    return c != "" and (c.isalnum() or unicodedata.category(c) in ("Mn", "Mc"))


@dataclass
class _Mark:
    pos: int
    char: str
    start: int
    end: int
    can_open: bool
    can_close: bool
    weak_close: bool = False


def _classify(
    view: str, pos: int, span: tuple[int, int], apostrophe_words: frozenset[str]
) -> _Mark | None:
    """Decide whether the mark at ``pos`` may open or close a quote (None: an apostrophe)."""
    c = view[pos]
    start, end = span
    # Invisible format characters next to a mark (a zero-width space or an LRM left by web
    # copy right after the closing mark) are looked through: readers see the mark's
    # neighbours beyond them (red team 20 F12).
    left = start - 1
    while left >= 0 and unicodedata.category(view[left]) == "Cf":
        left -= 1
    right = pos + 1
    while right < len(view) and unicodedata.category(view[right]) == "Cf":
        right += 1
    prev = view[left] if left >= 0 else ""
    nxt = view[right] if right < len(view) else ""
    if (
        nxt
        and c not in _OPEN_FIRST
        and (_is_word(prev) or prev in _BEFORE_FOOTNOTE)
        and _FOOTNOTE.match(view, pos + 1)
    ):
        nxt = " "  # ”[1]. ."[^1] .”¹ : a footnote mark after a closing mark
    if c in _INCH_MARKS and _FEET_INCHES.search(view, max(0, start - 12), start):
        return None  # 6'2", 5' 10": an inch mark after feet, never a quote mark
    if c in SINGLE_MARKS:
        if _is_word(prev) and _is_word(nxt):
            return None  # don’t, Kim’s, rock’n’roll
        if c in "'\u2019" and nxt.isdigit() and not _is_word(prev):
            tail = re.match(r"\d\ds?\b", view[pos + 1 : pos + 5])
            if tail:
                return None  # ’90s, '08
        if c in "'\u2019" and not _is_word(prev):
            window = view[pos : pos + 8].lower().replace("\u2019", "'")
            for word in apostrophe_words:
                w = word.replace("\u2019", "'")
                if w.startswith("'") and window.startswith(w):
                    after = window[len(w) : len(w) + 1]
                    if not _is_word(after):
                        return None
        if c in "'\u2019" and _is_word(prev) and _is_space(nxt) and nxt != "":
            # s’ or n’: a possessive or elision unless it closes an open single quote
            # (decided by the pairing loop, where the stack is known).
            return _Mark(pos, c, start, end, can_open=False, can_close=True, weak_close=True)
    can_open = not _is_space(nxt) and (_is_space(prev) or prev in _OPEN_CONTEXT)
    can_close = not _is_space(prev) and (_is_space(nxt) or nxt in _CLOSE_CONTEXT)
    padding = _FRENCH_SPACES if c in _GUILLEMETS else NO_BREAK_SPACES
    if not can_open and not can_close and (nxt in padding or prev in padding):
        # French typography puts a (narrow) no-break space inside guillemets: « oui »; web
        # pages pad any mark with one (“&nbsp;We will …,&nbsp;”): the mark is read beyond it.
        if nxt in padding and right + 1 < len(view) and not _is_space(view[right + 1]):
            can_open = _is_space(prev) or prev in _OPEN_CONTEXT
        if prev in padding and left >= 1 and not _is_space(view[left - 1]):
            can_close = _is_space(nxt) or nxt in _CLOSE_CONTEXT
    elif c in _GUILLEMETS and can_open and nxt in CLOSE_BEFORE:
        # "« oui », dit-elle", "« trop cher »." : a guillemet after a space and before
        # punctuation looks like an opener by flanking, but closes a French quote (the
        # pairing decides when an opener waits for it)
        can_close = prev in _FRENCH_SPACES and start >= 2 and not _is_space(view[start - 2])
    if prev in ALL_MARKS and not _is_space(nxt) and nxt not in ALL_MARKS:
        can_close = False  # “‘Inner… : the second mark opens a nested quote
    if c not in OPENERS:
        can_open = False
    if c not in CLOSERS:
        can_close = False
    if not can_open and not can_close:
        if c in OPENERS and not _is_space(nxt):
            can_open = True  # glued to a word on both sides, e.g. hyphen-”word”
        elif c in CLOSERS and not _is_space(prev):
            can_close = True
    return _Mark(pos, c, start, end, can_open, can_close)


def _measure(view: str, mk: _Mark) -> bool:
    """Whether a closing mark that answers no open one stands right after a number (7" wide,
    a 12" record): an inch mark, not an unbalanced quote mark."""
    return mk.start > 0 and view[mk.start - 1].isdigit()


def _paragraph_starts_with(view: str, at: int, mark: str) -> int | None:
    """Offset of ``mark`` if the paragraph starting at ``at`` opens with it."""
    i = at
    n = len(view)
    while i < n and view[i].isspace():
        i += 1
    return i if i < n and view[i] == mark else None


def scan(
    view: str,
    *,
    mark_spans: dict[int, tuple[int, int]] | None = None,
    apostrophe_words: frozenset[str] = frozenset(),
    max_quote_chars: int = DEFAULT_MAX_QUOTE_CHARS,
) -> ScanResult:
    """Pair the quote marks of ``view`` (an analysis view, same length as the raw text)."""
    spans = mark_spans or {}
    breaks = [m.start() for m in BLANK_LINE.finditer(view)]
    marks: list[_Mark] = []
    for n, m in enumerate(_MARK_RE.finditer(view)):
        if n % _CHECK_EVERY == 0:
            checkpoint("reading quote marks")
        mk = _classify(
            view, m.start(), spans.get(m.start(), (m.start(), m.start() + 1)), apostrophe_words
        )
        if mk is not None:
            marks.append(mk)

    result = ScanResult()
    stack: list[_Mark] = []
    depths_of: dict[str, list[int]] = {}  # opening mark → its depths on the stack, ascending
    pending_continuation: dict[int, RawQuote] = {}  # opening pos of a continuation → previous
    break_i = 0

    def push(mk: _Mark) -> None:
        depths_of.setdefault(mk.char, []).append(len(stack))
        stack.append(mk)

    def cut(depth: int) -> None:
        """Drop the stack from ``depth`` up (each mark's depth is the last of its list)."""
        for mk in stack[depth:]:
            depths_of[mk.char].pop()
        del stack[depth:]

    def deepest_opener(closer: str) -> int:
        """Depth of the innermost open mark that ``closer`` answers, or -1 (constant time)."""
        best = -1
        for o in _OPENERS_OF.get(closer, ()):
            found = depths_of.get(o)
            if found and found[-1] > best:
                best = found[-1]
        return best

    def unbalanced(mk: _Mark, what: str) -> None:
        if mk.char in SINGLE_MARKS and mk.char != "\u2018" and mk.char != "\u201a":
            return  # a lone straight or right single mark is far more often an apostrophe
        result.problems.append(MarkProblem(mk.start, mk.end, mk.char, what))

    def close_paragraph(boundary: int) -> None:
        """At a paragraph break: continue multi-paragraph quotes, report the rest."""
        if not stack:
            return
        bottom = stack[0]
        nxt = _paragraph_starts_with(view, boundary, bottom.char)
        if nxt is not None and len(stack) == 1:
            end = boundary
            while end > bottom.end and view[end - 1].isspace():
                end -= 1
            rq = RawQuote(bottom.start, bottom.end, end, end, bottom.char, "", unclosed=True)
            rq.previous = pending_continuation.pop(bottom.pos, None)
            result.quotes.append(rq)
            pending_continuation[nxt] = rq
            cut(0)
            return
        for mk in stack:
            unbalanced(mk, f"opening {mk.char} is not closed before the end of the paragraph")
        cut(0)

    def mixed_opener(mk: _Mark) -> int:
        """Depth of the open mark a careless mixed closer (“…," or "…”) closes, or -1.

        Only a mark that cannot open (so never the opener of a nested straight quote), not
        after a digit (12" is inches), and only when the innermost open mark is another of the
        straight and curly double marks (constant time)."""
        if mk.char not in _MIXED_DOUBLES or mk.can_open or not stack:
            return -1
        top = stack[-1]
        if top.char not in _MIXED_DOUBLES or top.char == mk.char:
            return -1
        if mk.start > 0 and view[mk.start - 1].isdigit():
            return -1
        return len(stack) - 1

    def strong_closer_follows(i: int, opener: _Mark) -> bool:
        """Whether a non-weak mark closing ``opener`` follows mark ``i`` in its paragraph."""
        limit = breaks[break_i] if break_i < len(breaks) else len(view)
        for later in marks[i + 1 : i + 1 + _LOOKAHEAD_MARKS]:
            if later.pos >= limit:
                return False
            if later.can_close and not later.weak_close and (opener.char, later.char) in _PAIRS:
                return True
        return False

    for i, mk in enumerate(marks):
        if i % _CHECK_EVERY == 0:
            checkpoint("pairing quote marks")
        while break_i < len(breaks) and breaks[break_i] < mk.pos:
            close_paragraph(breaks[break_i])
            break_i += 1
        if stack and mk.pos - stack[0].end > max_quote_chars:
            for old in stack:
                unbalanced(
                    old,
                    f"opening {old.char} is not closed within {max_quote_chars} characters "
                    "(max_quote_chars): a longer quote is not checked",
                )
            cut(0)
        closed = False
        if mk.can_close:
            depth = deepest_opener(mk.char)
            if depth < 0:
                depth = mixed_opener(mk)
            if depth >= 0:
                opener = stack[depth]
                if not (
                    mk.weak_close and (depth != len(stack) - 1 or strong_closer_follows(i, opener))
                ):
                    for dropped in stack[depth + 1 :]:
                        unbalanced(
                            dropped,
                            f"opening {dropped.char} is not closed before the "
                            f"closing {mk.char} of an outer quote",
                        )
                    if mk.start == opener.end and depth == len(stack) - 1:
                        cut(depth)  # '' or "" with nothing between: a literal, not a quote
                        continue
                    rq = RawQuote(
                        opener.start,
                        opener.end,
                        mk.start,
                        mk.end,
                        opener.char,
                        mk.char,
                        depth=depth,
                    )
                    rq.previous = pending_continuation.pop(opener.pos, None)
                    result.quotes.append(rq)
                    cut(depth)
                    closed = True
        if closed:
            continue
        if mk.can_open and not mk.weak_close:
            push(mk)
        elif not mk.weak_close and mk.char not in SINGLE_MARKS and not _measure(view, mk):
            result.problems.append(
                MarkProblem(
                    mk.start, mk.end, mk.char, f"closing {mk.char} has no opening mark before it"
                )
            )
    while break_i < len(breaks):
        close_paragraph(breaks[break_i])
        break_i += 1
    for mk in stack:
        unbalanced(mk, f"opening {mk.char} is not closed before the end of the text")

    result.quotes.sort(key=lambda q: (q.open_start, -q.close_end))
    link_parents(result.quotes)
    result.problems.sort(key=lambda p: p.start)
    return result


def link_parents(quotes: list[RawQuote]) -> None:
    """Set ``parent`` and ``continues`` (indexes into the sorted ``quotes``)."""
    position = {id(q): i for i, q in enumerate(quotes)}
    for q in quotes:
        q.continues = position.get(id(q.previous)) if q.previous is not None else None
    open_stack: list[int] = []
    for i, q in enumerate(quotes):
        while open_stack and quotes[open_stack[-1]].close_end <= q.open_start:
            open_stack.pop()
        q.parent = open_stack[-1] if open_stack else None
        q.depth = len(open_stack)
        open_stack.append(i)
