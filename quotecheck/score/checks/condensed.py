"""An interview's answer, printed as a labelled turn, that leaves words out by the convention
the article declares: "This interview has been edited for length and clarity."

A Q&A is routinely condensed, and the article says so (the language's ``condensed_notes``).
With such a note, an answer whose every word stands in the speaker's own turn of one source, in
order, differs from it only by words left out: the declared convention, as an ellipsis would
be, never an alteration for omission alone (QC152, info, lists what was left out).  Not so
when what is left out changes what the kept words say:

* inside a sentence, anything but talk (fillers, discourse markers, a false start repeated, a
  restart whose content words the answer keeps) or a whole clause or aside set off by clause
  marks ("I support the new bridge" for "I
  support the ferry plan and oppose the new bridge" joins two clauses into a reversal); and a
  clause that holds a word carrying meaning by itself (a negation, a number, a modal, a name:
  :func:`~quotecheck.score.edits.says_something`), a limiter, a narrower or the opening word
  of a condition ("… raise fares, if the council agrees" cut before "if");
* a whole sentence that holds a negation and a content word the answer keeps ("We will raise
  fares." for "We will raise fares. We will not raise them this year, though.");
* a whole sentence that opens with a limiter, a narrower or a condition qualifies the sentence
  before it ("We will raise fares. But only for visitors."): left out, it is a cut, not a
  condensation;
* words added or substituted, pieces from two turns (an answer moved to another question's
  answer) or from another speaker's: not an omission at all.

Then the ladder reads the answer as any quote.  Without the note, answers are read as quotes.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left
from dataclasses import dataclass

from quotecheck.lang.schema import LanguageData
from quotecheck.match.normalize import Token
from quotecheck.models import COSMETIC_EDITS, Edit, EditKind
from quotecheck.score.edits import repeated, says_something
from quotecheck.score.evidence import Evidence

__all__ = ["CODES", "Condensed", "condensed"]

CODES = ("QC152",)

_STOP = re.compile(r"[.!?…]")
"""A sentence's end between two source words."""

_CLAUSE = re.compile(r"[.!?…,;:—–()\[\]]")
"""A clause's or a sentence's end between two source words."""


@dataclass(frozen=True)
class Condensed:
    """An answer read as its source turn with words left out: each stretch left out as an
    edit (a deletion, the source's words), and whether they are only talk (fillers, discourse
    markers, a false start repeated right after)."""

    left_out: tuple[Edit, ...]
    talk_only: bool


def _qualifies(word: str, lang: LanguageData) -> bool:
    """Whether ``word`` limits or narrows what stands beside it, or opens a condition ("but",
    "only", "unless", "if")."""
    lower = word.lower()
    return (
        lower in lang.limiters
        or lower in lang.narrowers
        or any(c[0] == lower for c in lang.conditions)
    )


def _weighty(word: str, lang: LanguageData) -> bool:
    """Whether leaving ``word`` out inside a sentence changes what the kept words say."""
    return says_something(word, lang) or word.lower() in lang.negations or _qualifies(word, lang)


def _talk(word: str, lang: LanguageData) -> bool:
    """Whether ``word`` is talk around what is said: a filler, a discourse marker, a
    backchannel."""
    lower = word.lower()
    return lower in lang.fillers or lower in lang.discourse_markers or lower in lang.backchannels


def condensed(ev: Evidence) -> Condensed | None:
    """The answer as its source turn with words left out by the declared convention (see the
    module docstring), or None: not an answer printed as a turn, no note in the article, a
    piece not found or not in the speaker's one turn in order, a word added or changed, or a
    stretch left out that changes what the kept words say.  O(turn × answer) once."""
    ctx, quote = ev.ctx, ev.quote
    if quote.turn_label is None or not ctx.condensed:
        return None
    pieces = ev.qmatch.pieces
    if len(pieces) == 1 and all(
        e.convention or e.gap or e.kind in COSMETIC_EDITS for e in ev.edits
    ):
        return None  # identical but for house style or a transcript's conventions: the ladder's
    if not pieces or any(p.alignment is None for p in pieces) or not ev.qmatch.in_order():
        return None
    aligned = [p.alignment for p in pieces if p.alignment is not None]
    s_idx = aligned[0].source
    toks = ctx.index.tokens[s_idx]
    src = ctx.index.sources[s_idx]
    first, last = min(a.start for a in aligned), max(a.end for a in aligned)
    if not 0 <= first < last <= len(toks):
        return None
    at = toks[first].start
    turn = next((t for t in src.turns if not t.quoted and t.start <= at < t.end), None)
    lo, hi = (turn.start, turn.end) if turn is not None else (src.body_start, len(src.text))
    if toks[last - 1].end > hi:
        return None  # runs on into another turn: an answer joined across a question
    starts = [t.start for t in toks]
    i0, i1 = bisect_left(starts, lo), bisect_left(starts, hi)
    window = toks[i0:i1]
    said = [t for p in pieces for t in p.tokens]
    ops = difflib.SequenceMatcher(
        None, [t.norm for t in said], [t.norm for t in window], autojunk=False
    ).get_opcodes()
    if any(tag in ("replace", "delete") for tag, *_ in ops):
        return None  # a word of the answer is not the turn's, or not in its place
    kept = [(j1, j2) for tag, _, _, j1, j2 in ops if tag == "equal"]
    if not kept:
        return None
    runs = [
        (j1, j2)
        for tag, _, _, j1, j2 in ops
        if tag == "insert" and kept[0][0] <= j1 and j2 <= kept[-1][1]
    ]
    if not runs:
        return None
    lang = ctx.lang
    edits = []
    talk_only = True
    kept_words = {t.norm for t in said}
    for j1, j2 in runs:
        words = window[j1:j2]
        talk = all(_talk(t.surface, lang) for t in words) or repeated(
            src.text, window, j1, j2, lang
        )
        if not _whole_sentences(src.text, window, j1, j2):
            if any(_weighty(t.surface, lang) for t in words) or not (
                talk
                or _whole_clause(src.text, window, j1, j2)
                or _restated(words, kept_words, lang)
            ):
                return None  # a cut inside a clause ("I support [the plan and oppose] the bridge")
        elif _qualifies(words[0].surface, lang):
            return None  # a sentence that qualifies the one before it ("But only …")
        elif _denies_kept(words, kept_words, lang):
            return None  # "We will raise fares. [We will not raise them this year.]"
        if not talk:
            talk_only = False
        edits.append(_left_out(src.text, words))
    return Condensed(tuple(edits), talk_only)


def _whole_sentences(text: str, window: list[Token], j1: int, j2: int) -> bool:
    """Whether ``window[j1:j2]`` is one or more whole sentences of the source: a sentence's
    end before its first word (or the turn's start) and after its last."""
    before = j1 == 0 or _STOP.search(text, window[j1 - 1].end, window[j1].start) is not None
    after = j2 == len(window) or _STOP.search(text, window[j2 - 1].end, window[j2].start)
    return before and after is not None


def _whole_clause(text: str, window: list[Token], j1: int, j2: int) -> bool:
    """Whether ``window[j1:j2]`` is a whole clause or aside of a sentence: a clause mark (a
    comma, a dash, a bracket …) or a sentence's end on both sides of it."""
    before = j1 == 0 or _CLAUSE.search(text, window[j1 - 1].end, window[j1].start) is not None
    after = j2 == len(window) or _CLAUSE.search(text, window[j2 - 1].end, window[j2].start)
    return before and after is not None


def _restated(words: list[Token], kept: set[str], lang: LanguageData) -> bool:
    """Whether every content word of a stretch left out (``words``) is one the answer keeps
    (``kept``): a restart ("The ferry stays. Well, it stays as long as …" printed "The ferry
    stays as long as …") says nothing the kept words do not."""
    said = f" {' '.join(t.surface.lower() for t in words)} "
    for phrase in lang.fillers | lang.discourse_markers | lang.backchannels:
        if " " in phrase:
            said = said.replace(f" {phrase} ", " ")
    norms = {t.surface.lower(): t.norm for t in words}
    return all(
        norms.get(w, w) in kept or norms.get(w, w) in lang.stopwords or _talk(w, lang)
        for w in said.split()
    )


def _denies_kept(words: list[Token], kept: set[str], lang: LanguageData) -> bool:
    """Whether a sentence left out (``words``) holds a negation and a content word the answer
    keeps (``kept``: its words' normal forms): it denies or narrows what the kept words say."""
    negated = any(t.norm in lang.negations or t.surface.lower() in lang.negations for t in words)
    return negated and any(
        t.norm in kept
        and t.norm not in lang.stopwords
        and t.norm not in lang.negations
        and not _talk(t.surface, lang)
        for t in words
    )


def _left_out(text: str, words: list[Token]) -> Edit:
    """The deletion of ``words`` (source tokens), as the source writes them."""
    start, end = words[0].start, words[-1].end
    return Edit(
        kind=EditKind.DELETION,
        quote="",
        source=" ".join(text[start:end].split()),
        source_start=start,
        source_end=end,
    )
