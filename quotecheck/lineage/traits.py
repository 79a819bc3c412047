"""The departures of one rendering from its source passage: what a copy shares with its model.

A trait has a key (two renderings share it when the keys are equal) and a weight: how much
sharing it says about copying.  Independent writers quoting the same passage often cut it at
the same sentence boundary or apply the same house style, so those weigh little; they rarely
change the same word the same way, leave out the same words, cut mid-sentence at the same
word or give the speaker the same wrong title, so those weigh much.

=============== ======================================================== ======
trait           when                                                     weight
=============== ======================================================== ======
``edit``        a typed edit that is not cosmetic (a changed word, …)    0.45
``narration``   words the verdict calls the reporter's frame              0.5
``elision``     source words left out between two aligned pieces          0.5
``cut``         the quote starts or ends inside a source sentence        0.25
``descriptor``  the article's title for the speaker, absent from source   0.3
``style``       a cosmetic edit (spelling, case, punctuation, alias)      0.1
=============== ======================================================== ======

Cost: O(words of the quote and its source span) per rendering.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from quotecheck.lang import LanguageData, get_language
from quotecheck.lineage.model import Rendering, Trait
from quotecheck.models import COSMETIC_EDITS, Edit, EditKind, SegmentKind
from quotecheck.scanner import ALL_MARKS

__all__ = ["WEIGHTS", "ellipses", "envelope", "traits_of", "words"]

WEIGHTS: dict[str, float] = {
    "edit": 0.45,
    "narration": 0.5,
    "elision": 0.5,
    "cut": 0.25,
    "descriptor": 0.3,
    "style": 0.1,
}

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_SENTENCE_END = frozenset(".!?\n")


def words(text: str) -> list[str]:
    """Comparison words: case-folded, punctuation and quote marks dropped."""
    return _WORD.findall(text.casefold())


def _norm(text: str) -> str:
    return " ".join(words(text))


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def ellipses(r: Rendering) -> int:
    """How many marked cuts (… [...]) the quote has."""
    return sum(1 for s in r.segments if s.kind is SegmentKind.ELLIPSIS)


def envelope(r: Rendering) -> tuple[int, int] | None:
    """The source span from the first to the last word the quote renders, or None."""
    if r.source_start is None or r.source_end is None:
        return None
    return r.source_start, r.source_end


def _trait(kind: str, key: str, label: str, *, meaning_changing: bool = False) -> Trait:
    """A trait of ``kind``, weighed by its kind (:data:`WEIGHTS`) and nothing else."""
    return Trait(
        kind=kind, key=key, label=label, weight=WEIGHTS[kind], meaning_changing=meaning_changing
    )


def _lang(r: Rendering) -> LanguageData:
    """The language data of ``r``'s language: E301 naming the article when there is none.

    A check only reports supported languages, but batch records may come from anywhere, and
    reading a quote as English would key its traits on the wrong stopwords and titles
    without a word, so no fallback (as in the check itself).
    """
    return get_language(r.language, path=r.article)


def _edit_trait(r: Rendering, e: Edit) -> Trait:
    quote, source = _norm(e.quote), _norm(e.source)
    where = f"{e.source_start}:{e.source_end}" if e.source_start is not None else ""
    if r.verdict == "narration_inserted" and e.kind is EditKind.INSERTION:
        return _trait(
            "narration",
            f"narration:{quote}",
            f"the reporter's words “{_short(e.quote)}” inside the quote marks",
            meaning_changing=True,
        )
    if e.kind in COSMETIC_EDITS:
        return _trait(
            "style",
            f"style:{e.kind.value}:{where}:{quote}:{source}",
            f"{e.kind.value}: “{_short(e.source)}” → “{_short(e.quote)}”",
        )
    if not e.source:
        label = f"added “{_short(e.quote)}”"
    elif not e.quote:
        label = f"dropped “{_short(e.source)}”"
    else:
        label = f"“{_short(e.source)}” → “{_short(e.quote)}”"
    return _trait(
        "edit",
        f"edit:{e.kind.value}:{where}:{quote}:{source}",
        f"{e.kind.value}: {label}" if e.kind is not EditKind.SUBSTITUTION else label,
        meaning_changing=e.meaning_changing,
    )


def _gap_text(r: Rendering, start: int, end: int, source_text: str | None) -> str:
    if source_text is not None:
        return source_text[start:end]
    if r.source_text is not None and r.source_start is not None:
        return r.source_text[start - r.source_start : end - r.source_start]
    return ""


def _elisions(r: Rendering, source_text: str | None) -> list[Trait]:
    out = []
    marked = ellipses(r) > 0
    for (_, b), (c, _) in zip(r.pieces, r.pieces[1:], strict=False):
        if c <= b:
            continue
        left_out = _gap_text(r, b, c, source_text).strip(" ,;:")
        if not words(left_out):
            continue
        how = "left out" if marked else "cut without a mark"
        out.append(_trait("elision", f"elision:{b}:{c}", f"{how}: “{_short(left_out)}”"))
    return out


def _at_sentence_edge(text: str, at: int, step: int) -> bool:
    """Whether a sentence starts (``step`` -1: looking back from ``at``) or ends (``step`` 1:
    looking on from ``at``) at offset ``at``, quote marks (the scanner's, either side) and spaces
    aside; a colon or semicolon counts as an edge, and so do the ends of the text."""
    i = at - 1 if step < 0 else at
    while 0 <= i < len(text) and (text[i].isspace() or text[i] in ALL_MARKS):
        i += step
    return not 0 <= i < len(text) or text[i] in _SENTENCE_END or text[i] in ":;"


def _cuts(r: Rendering, source_text: str | None) -> list[Trait]:
    env = envelope(r)
    if env is None or r.source_text is None:
        return []
    start, end = env
    if source_text is not None:
        natural_start = _at_sentence_edge(source_text, start, -1)
        natural_end = _at_sentence_edge(source_text, end, 1)
    else:  # only the matched words are known: a capital letter is the best sign of a start
        natural_start = r.source_text[:1].isupper()
        natural_end = True
    edge_words = r.source_text.split()
    ends = (
        (natural_start, "start", "starts", start, edge_words[:3]),
        (natural_end, "end", "ends", end, edge_words[-3:]),
    )
    return [
        _trait("cut", f"cut-{side}:{at}", f"{verb} inside a sentence, at “{_short(' '.join(w))}”")
        for natural, side, verb, at, w in ends
        if not natural
    ]


@lru_cache(maxsize=64)
def _source_words(text: str) -> frozenset[str]:
    """A source's words, once per source (not once per quote of it)."""
    return frozenset(words(text))


def _descriptor(r: Rendering, lang: LanguageData, source_text: str | None) -> list[Trait]:
    if not r.mention:
        return []
    names = set(words(r.speaker or ""))
    kept = [
        w
        for w in words(r.mention)
        if w not in names and w not in lang.stopwords and w not in lang.pronouns
    ]
    if not kept or not any(w in lang.role_nouns for w in kept):
        return []
    descriptor = " ".join(kept)
    if source_text is not None:
        present = _source_words(source_text)
        if all(w in present for w in kept):
            return []  # the source itself calls the speaker that: nothing to copy
        label = f"calls the speaker “{descriptor}”, which the source does not"
    else:
        label = f"calls the speaker “{descriptor}”"
    return [_trait("descriptor", f"descriptor:{r.language}:{descriptor}", label)]


def traits_of(r: Rendering, sources: Mapping[str, str] | None = None) -> tuple[Trait, ...]:
    """Every trait of ``r``; ``sources`` maps source names to their text (for elided words,
    sentence boundaries and whether the source uses the article's title for the speaker).

    Raises :class:`~quotecheck.errors.LanguageNotSupported` (E301) for a rendering in a
    language without data, whether or not a trait needs it, so the outcome does not depend
    on which quotes name their speaker.
    """
    lang = _lang(r)
    source_text = sources.get(r.source) if sources is not None and r.source else None
    found: dict[str, Trait] = {}
    if not r.translated:  # a translation's words cannot be compared with the source's
        for e in r.edits:
            if r.verdict == "narration_inserted" and e.kind is EditKind.PERSON and not e.source:
                continue  # the frame's "I" is part of the narration trait, not a change of its own
            t = _edit_trait(r, e)
            found.setdefault(t.key, t)
        for t in _elisions(r, source_text):
            found.setdefault(t.key, t)
    for t in (*_cuts(r, source_text), *_descriptor(r, lang, source_text)):
        found.setdefault(t.key, t)
    return tuple(found.values())
