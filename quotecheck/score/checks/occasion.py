"""Occasions: where the article says a quote was said, against what the sources declare.

* QC203 occasion-mismatch — the words were found, but the article places them elsewhere.
* For a quote *not* found, an occasion the sources do not cover makes it unverifiable rather
  than fabricated (the ladder asks :func:`placed_elsewhere`, :func:`uncovered_occasions`,
  :func:`covered`).
* For a quote found only *approximately* (or in another speaker's words) in a source of another
  occasion, the resemblance proves nothing about the occasion the article means: the ladder
  asks :func:`source_elsewhere` and says "similar words in …" instead of accusing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from quotecheck.lang.schema import LanguageData
from quotecheck.models import Finding, Quote, Source
from quotecheck.score.context import ArticleContext
from quotecheck.score.evidence import Evidence

__all__ = [
    "CODES",
    "covered",
    "mismatch_findings",
    "names_source_occasion",
    "placed_elsewhere",
    "source_elsewhere",
    "uncovered_occasions",
    "weak_against_occasion",
]

CODES = ("QC203",)

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

_THEMATIC_BREAK = re.compile(r"(?m)^[ \t]*(?:[-_*][ \t]*){3,}\.?[ \t]*$")
"""A rule line (``---``, ``***``, ``___``): it ends one item of a live blog and starts the next."""

CUE_MIN_CHARS = 3
"""Words of an article's occasion cue shorter than this are not compared ("at", "in")."""

NAME_MIN_CHARS = 4
"""Words of a declared occasion shorter than this are not looked for in the article."""


@cache
def _phrases_re(phrases: frozenset[str]) -> re.Pattern[str]:
    """One expression for any of ``phrases`` as whole words, any white space between them."""
    alts = sorted((r"\s+".join(map(re.escape, p.split())) for p in phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b" if alts else r"(?!)", re.IGNORECASE)


def agrees(cue: str, source: Source, lang: LanguageData) -> bool:
    """Whether the occasion the article names can be the source's own."""
    if _phrases_re(lang.relative_times).search(cue):
        return True  # relative dates cannot be resolved without the article's date
    described = " ".join(x for x in (source.occasion, source.date, source.kind) if x).lower()
    years = _YEAR.findall(cue)
    if years:
        known = _YEAR.findall(described)
        return not known or any(y in known for y in years)
    words = [
        w
        for w in re.findall(r"[^\W\d_]+", cue.lower())
        if len(w) >= CUE_MIN_CHARS
        and w not in lang.stopwords
        and w not in lang.occasion_fillers
        and w not in lang.occasion_stems
    ]
    words.extend(stem for stem in sorted(lang.occasion_stems) if stem in cue.lower())
    return any(w in described for w in words)


def mismatch_findings(ev: Evidence) -> list[Finding]:
    """QC203: the words were found, but the article places them on another occasion."""
    ctx = ev.ctx
    cue = ev.quote.attribution.occasion
    info = ev.info
    source = ctx.source_named(info.source) if info is not None else None
    if not cue or source is None or info is None or agrees(cue, source, ctx.lang):
        return []
    where = source.occasion or source.kind
    if source.date:
        where += f", {source.date}"
    why = f"the article places the quote “{cue}”, but the words are from {info.source} ({where})"
    return [ctx.finding(ev.quote, "QC203", why)]


def placed_elsewhere(ctx: ArticleContext, quote: Quote, speaker: str) -> list[str]:
    """Occasions the article names for the speaker's other quotes that none of the speaker's
    sources can be."""
    occasions = ctx.occasions_for(quote)
    if not occasions:
        return []  # the common case: no need to look through every source's turns
    sources = ctx.speaker_sources(speaker)
    return [occ for occ in occasions if not any(agrees(occ, s, ctx.lang) for s in sources)]


def weak_against_occasion(ev: Evidence) -> bool:
    """A reworded match (below ``found-min``) of a quote the article places on another
    occasion, or whose speaker's other quotes it places there: shared topic words are weak
    evidence, and the occasion says where the words really come from."""
    speaker = ev.quote.attribution.speaker
    if not speaker or ev.similarity >= ev.ctx.settings.found_min:
        return False
    return bool(ev.quote.attribution.occasion or placed_elsewhere(ev.ctx, ev.quote, speaker))


def uncovered_occasions(ctx: ArticleContext, quote: Quote, speaker: str) -> list[str]:
    """The occasions every source of ``speaker`` declares, when the article does not name one
    of them around the quote (empty when a source declares none, or the article names one)."""
    covered: list[str] = []
    for src in ctx.speaker_sources(speaker):
        if not src.occasion:
            return []
        covered.append(src.occasion)
    covered = list(dict.fromkeys(covered))
    if covered and _names_occasion(ctx, quote, covered):
        return []
    return covered


def _names_occasion(ctx: ArticleContext, quote: Quote, occasions: Sequence[str]) -> bool:
    """Whether the article, around the quote, names one of ``occasions`` ("the debate")."""
    window = ctx.settings.occasion_window
    lo, hi = max(0, quote.start - window), quote.end + window
    for brk in _THEMATIC_BREAK.finditer(ctx.view, lo, hi):
        if brk.end() <= quote.start:
            lo = brk.end()
        elif brk.start() >= quote.end:
            hi = brk.start()
            break
    around = ctx.view[lo:hi].lower()
    for occ in occasions:
        words = [
            w
            for w in re.findall(r"[^\W\d_]+", occ.lower())
            if len(w) >= NAME_MIN_CHARS and w not in ctx.lang.stopwords
        ]
        if any(re.search(rf"\b{re.escape(w)}", around) for w in words):
            return True
    return False


def source_elsewhere(ev: Evidence) -> str | None:
    """Why the matched source is of another occasion than the quote, or None.

    * the article places the quote on an occasion the source cannot be (QC203's test);
    * the article names no occasion for the quote but places the speaker's other quotes on
      occasions the source cannot be;
    * the source was given for many articles (``shared``), declares an occasion, and the
      article does not name it around the quote.

    A source declared by the article itself, and a shared source that declares no occasion,
    are not known to be of another occasion."""
    ctx, quote = ev.ctx, ev.quote
    src = ev.source
    if src is None:
        return None
    cue = quote.attribution.occasion
    if cue:
        return None if agrees(cue, src, ctx.lang) else f"the article places it {cue}"
    speaker = quote.attribution.speaker
    others = ctx.occasions_for(quote) if speaker else []
    if others and not any(agrees(occ, src, ctx.lang) for occ in others):
        return f"the article places {speaker}'s quotes {others[0]}"
    if src.shared and src.occasion and not names_source_occasion(ctx, quote, src):
        return "the article does not name its occasion"
    return None


def covered(ctx: ArticleContext, quote: Quote, speaker: str) -> bool:
    """Whether some source of ``speaker`` covers the quote's occasion, so that a quote missing
    from it can be called fabricated: a source the article declares for itself (not
    ``shared``), or a shared source that declares an occasion the article names *for this
    quote* (its cue context, ``Attribution.occasion``, agrees with it).  A word of the
    occasion somewhere near the quote is not enough here: among hundreds of shared sources,
    some occasion always shares a word with the article."""
    cue = quote.attribution.occasion
    for src in ctx.speaker_sources(speaker):
        if not src.shared:
            return True
        if src.occasion and cue and agrees(cue, src, ctx.lang):
            return True
    return False


def names_source_occasion(ctx: ArticleContext, quote: Quote, src: Source) -> bool:
    """Whether the article, within ``occasion-window`` characters of the quote, names the
    occasion ``src`` declares by a word that identifies it: not a kind of occasion ("rally",
    "interview": ``occasion_kinds``), not a stop word, not a word of a speaker's name (a
    statement "by the Lee campaign" is not named by "Lee")."""
    if not src.occasion:
        return False
    lang = ctx.lang
    names = {w.lower() for n in ctx.speakers.with_sources for w in re.findall(r"[^\W\d_]+", n)}
    words = [
        w
        for w in re.findall(r"[^\W\d_]+", src.occasion.lower())
        if len(w) >= NAME_MIN_CHARS
        and w not in lang.stopwords
        and w not in lang.occasion_kinds
        and w not in names
    ]
    if not words:
        return False
    window = ctx.settings.occasion_window
    around = ctx.view[max(0, quote.start - window) : quote.end + window].lower()
    return any(re.search(rf"\b{re.escape(w)}", around) for w in words)
