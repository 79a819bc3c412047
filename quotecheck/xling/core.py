"""Cross-language quote checking: find a translated quote's source span and judge its meaning.

:class:`CrossLingual` is built once from the sources: each source is cut into sentences, clause
runs and sentence pairs (:mod:`quotecheck.xling.segment`), and those units are embedded once
(and cached on disk, :mod:`quotecheck.xling.cache`).  For a quote it

1. embeds the quote and ranks the units of every source in another language by cosine
   similarity, minus a penalty when a unit is much longer or shorter than the quote;
2. re-ranks word windows around the best few sentences (lengths from half to twice the quote's
   word count), so that a short fragment maps to its few words, not a whole sentence, and,
   for a quote of more than one clause, windows across a sentence's boundary with its
   neighbour (a quote may join two sentences of its source);
3. runs the consistency checks (:mod:`quotecheck.xling.checks`) on the chosen span, and calls
   the quote ``translated`` when they all pass and ``translated_altered`` when one fails.

Whether a quote that matches nothing is fabricated or unverifiable is not decided here: that
follows the same speaker rules as a same-language quote, in the main scorer.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from pydantic import Field

from quotecheck.insertion import insertions, marks
from quotecheck.lang import base_code, get_language
from quotecheck.lang.schema import LanguageData
from quotecheck.models import Edit, EditKind, Frozen, SettingsSection, Source, Verdict
from quotecheck.xling.cache import EmbeddingCache, cache_key
from quotecheck.xling.checks import (
    ENTITY_SIMILARITY,
    NEGATION_GAP,
    Side,
    WordVectors,
    compare,
    modal_words,
    negations,
    numeric_date,
    swapped_name,
)
from quotecheck.xling.encoders import Encoder, Matrix, default_encoder
from quotecheck.xling.langid import SourceLanguages, source_language
from quotecheck.xling.segment import Layout, Unit, crossing_windows, layout, windows

__all__ = ["CrossLingual", "XlingResult", "XlingSettings"]

_Found = tuple["_Indexed", Unit, float, Unit, float]
"""A search's span (source, unit, similarity), and the span before it was widened with its
similarity."""
_COMPARED_MODALS = {"necessity", "possibility"}
"""The modal families the checks compare (volition and conditional are not)."""
REPAIR_EDITS = 2
"""At most this many changed words are put back to see whether the rest is a translation."""


class XlingSettings(SettingsSection):
    """Thresholds of the cross-language path, the ``[tool.quotecheck.xling]`` section (see
    ``docs/translation.md`` for why)."""

    translated_min: float = Field(0.5, ge=0.0, le=1.0)
    """Cosine similarity from which the best span is the quote's original (a translation)."""
    override_min: float = Field(0.6, ge=0.0, le=1.0)
    """Cosine similarity from which a translation found in a source of another language
    overrides the verdict of the sources in the quote's own language (``fabricated``, or a
    match of names and numbers alone): stricter than ``translated_min``, since the search
    compares no common nouns ("the new school" against a line about the dike scores 0.57)."""
    report_min: float = Field(0.35, ge=0.0, le=1.0)
    """Below this nothing is returned; between it and ``translated_min`` the closest span is
    returned with verdict None (the main scorer decides fabricated or unverifiable)."""
    min_words: int = Field(3, ge=1)
    """Shorter quotes are not matched across languages: two words match loosely anywhere."""
    candidates: int = Field(3, ge=1)
    """Sentences whose word windows are searched."""
    length_tolerance: float = Field(1.3, ge=1.0)
    """A span up to this factor longer or shorter than the quote (in words) costs nothing …"""
    length_penalty: float = Field(0.15, ge=0.0)
    """… beyond it, this much similarity per unit of log length ratio."""
    window_factors: tuple[float, ...] = (0.5, 0.67, 0.8, 1.0, 1.2, 1.45, 1.7, 2.0)
    """Window lengths, as multiples of the quote's word count."""
    snap_words: int = Field(2, ge=0)
    """A span that stops this many words or fewer short of a clause boundary is widened to it …"""
    snap_ratio: float = Field(1.5, ge=1.0)
    """… unless it would become longer than this multiple of the quote's word count."""
    widen_ratio: float = Field(1.25, ge=1.0)
    """A clause run or sentence this close to the quote's length (either way) …"""
    widen_margin: float = Field(0.08, ge=0.0)
    """… that scores at most this much lower than the best window is the span instead."""
    entity_similarity: float = Field(ENTITY_SIMILARITY, ge=0.0, le=1.0)
    """Word-embedding similarity from which two names are the same name in two languages
    (Deutschland/Germany 0.91, Köln/Cologne 0.77; Schweden/Norway 0.62)."""
    negation_gap: int = Field(NEGATION_GAP, ge=0)
    """Negation words at most this many words apart form one negation (ne … pas)."""
    detect_min_words: int = Field(4, ge=1)
    """A quote of at least this many words has its own language detected (a shorter one takes
    the article's) …"""
    detect_chars: int = Field(5000, gt=0)
    """… and an article's language (``language = "auto"``) is detected from this many
    characters of its body."""
    paraphrase_min: float = Field(0.6, ge=0.0, le=1.0)
    """Embedding similarity from which a same-language quote that is reworded throughout is a
    paraphrase (a re-translation) rather than a fabrication (measured in
    ``benchmarks/translation``)."""


class XlingResult(Frozen):
    """The source span a translated quote comes from, and whether its meaning survived."""

    source_index: int
    """Index of the source in the list :class:`CrossLingual` was built from."""
    source_id: str
    start: int
    """Raw offsets of the span in ``Source.text``."""
    end: int
    text: str
    """The source's words of the span."""
    sentence_start: int
    """Raw offsets of the sentence (or sentence pair) the span lies in, for context."""
    sentence_end: int
    similarity: float
    """Cosine similarity of quote and span embeddings, clipped to 0..1; for a quote that
    reaches ``translated_min`` only with its changed words put back (see
    :meth:`CrossLingual.check`), that repaired similarity."""
    raw_similarity: float | None = None
    """The quote's own similarity when :attr:`similarity` is the repaired one, else None."""
    verdict: Verdict | None
    """TRANSLATED, TRANSLATED_ALTERED, or None when the span is too far to call it a translation."""
    edits: tuple[Edit, ...] = ()
    explanation: str = ""
    quote_language: str
    source_language: str
    speaker: str | None = None
    """Who speaks at the span (its transcript turn's speaker, else the source's speaker)."""
    quoted: bool = False
    """True when the span is words the source itself quotes from someone else."""


@dataclass
class _Indexed:
    index: int
    source: Source
    language: str
    lang: LanguageData
    layout: Layout
    vectors: Matrix

    def dangling(self, unit: Unit) -> bool:
        """True for a window that ends on a function word inside its sentence ("during the")."""
        end = self.layout.sentences[unit.sentence + (unit.kind == "pair")][1]
        last = self.layout.tokens[unit.last - 1].text.lower()
        return unit.last < end and last in self.lang.stopwords


_KIND_WORDS = {
    EditKind.NUMBER: "number",
    EditKind.NEGATION: "negation",
    EditKind.MODALITY: "modality",
    EditKind.ENTITY: "name",
}


def _clean_quote(text: str) -> str:
    """The quote's words to embed: each ellipsis and each insertion (:mod:`quotecheck.insertion`:
    ``[the senator]`` is the writer's, not the speaker's) a space, white space collapsed."""
    return " ".join(_blanked(text, [(m.start, m.end) for m in marks(text)]).split())


def _spoken(text: str) -> str:
    """``text`` with each insertion blanked by as many spaces: what the checks compare, at the
    same offsets (an edit's ``quote_start`` still points into the quote as written)."""
    return _blanked(text, list(insertions(text)))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in reversed(spans):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _describe(edit: Edit) -> str:
    kind = _KIND_WORDS.get(edit.kind, edit.kind.value)
    if edit.quote and edit.source:
        return f"{kind}: “{edit.quote}” where the source has “{edit.source}”"
    if edit.source:
        return f"{kind}: the source's “{edit.source}” is missing"
    return f"{kind}: “{edit.quote}” is not in the source"


class CrossLingual:
    """Checks quotes against sources written in another language.

    Build it once per set of sources; building costs nothing.  A source's units are embedded
    (or loaded from the cache) the first time a quote in another language needs that source,
    and reused for every later quote: a run whose quotes are all in the sources' language
    embeds nothing, and a worker process embeds only what its own quotes need.
    ``encoder`` defaults to the process-wide multilingual USE model (loaded on first use);
    ``cache_dir`` defaults to ``$QUOTECHECK_CACHE_DIR`` or ``~/.cache/quotecheck``;
    ``use_cache=False`` keeps nothing on disk.  ``languages`` gives the sources' languages when
    the caller already decided them (a :class:`~quotecheck.xling.langid.SourceLanguages`).
    """

    def __init__(
        self,
        sources: Sequence[Source],
        *,
        encoder: Encoder | None = None,
        cache_dir: str | os.PathLike[str] | None = None,
        use_cache: bool = True,
        settings: XlingSettings | None = None,
        languages: SourceLanguages | None = None,
    ) -> None:
        self.sources = list(sources)
        self.encoder: Encoder = encoder if encoder is not None else default_encoder()
        self.cache = EmbeddingCache(cache_dir) if use_cache else None
        self.settings = settings or XlingSettings()
        self.words = WordVectors(self.encoder.encode)
        self._languages = languages if languages is not None else SourceLanguages(self.sources)
        self._indexed: dict[int, _Indexed] = {}
        self._lock = threading.Lock()

    # -- building -------------------------------------------------------------------------

    @staticmethod
    def source_language(source: Source) -> str:
        """The language a source is written in (see :mod:`quotecheck.xling.langid`)."""
        return source_language(source)

    def embed_sources(self, which: Sequence[int] | None = None) -> None:
        """Segment and embed sources now (all of them by default) instead of when a quote first
        needs them; for timing, and for a cache filled ahead of a run."""
        for i in range(len(self.sources)) if which is None else which:
            self._get(i)

    def _get(self, i: int) -> _Indexed:
        """Source ``i`` segmented and embedded, once."""
        with self._lock:
            ix = self._indexed.get(i)
            if ix is None:
                ix = self._indexed[i] = self._index(i, self.sources[i])
            return ix

    def _index(self, i: int, source: Source) -> _Indexed:
        language = self._languages[i]
        lang = get_language(language, path=source.path or source.id)
        lay = layout(source.text, lang, source.body_start)
        texts = [lay.unit_text(u) for u in lay.units]
        vectors: Matrix | None = None
        key = cache_key(self.encoder.name, texts)
        if self.cache is not None:
            vectors = self.cache.load(self.encoder.name, key, len(texts))
        if vectors is None:
            vectors = self._encode(texts)
            if self.cache is not None and texts:
                self.cache.store(self.encoder.name, key, vectors)
        return _Indexed(i, source, language, lang, lay, vectors)

    def _encode(self, texts: list[str]) -> Matrix:
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        out = np.asarray(self.encoder.encode(texts), dtype=np.float32)
        if out.ndim != 2 or out.shape[0] != len(texts):
            raise ValueError(
                f"encoder {self.encoder.name!r} returned shape {out.shape} for {len(texts)} texts"
            )
        return out

    def languages(self) -> list[str]:
        """The language of each source, in source order."""
        return [self._languages[i] for i in range(len(self.sources))]

    # -- searching ------------------------------------------------------------------------

    def _adjusted(self, sim: float, span_words: int, quote_words: int) -> float:
        s = self.settings
        ratio = abs(math.log(max(span_words, 1) / max(quote_words, 1)))
        return sim - s.length_penalty * max(0.0, ratio - math.log(s.length_tolerance))

    def _search(
        self, qvec: Matrix, quote_words: int, targets: list[_Indexed], *, joined: bool = False
    ) -> _Found | None:
        """The best span for the quote: units, then word windows around the best sentences,
        and for a quote of more than one clause (``joined``) windows across the boundary of
        such a sentence and its neighbour too (:func:`crossing_windows`)."""
        s = self.settings
        scored: list[tuple[float, float, _Indexed, Unit]] = []
        for ix in targets:
            if not ix.layout.units:
                continue
            sims = ix.vectors @ qvec
            for u, sim in zip(ix.layout.units, sims.tolist(), strict=True):
                adj = self._adjusted(sim, u.last - u.first, quote_words)
                scored.append((adj, sim, ix, u))
        if not scored:
            return None
        scored.sort(key=lambda x: (-x[0], x[2].index, x[3].first, x[3].last))
        seen: set[tuple[int, int]] = set()
        picks: list[tuple[_Indexed, Unit]] = []
        for _, _, ix, u in scored:
            if u.kind == "pair" or (ix.index, u.sentence) in seen:
                continue
            seen.add((ix.index, u.sentence))
            picks.append((ix, u))
            if len(picks) >= s.candidates:
                break
        lengths = [max(1, round(quote_words * f)) for f in s.window_factors]
        extra: list[tuple[_Indexed, Unit]] = []
        for ix, u in picks:
            extra.extend(
                (ix, w) for w in windows(ix.layout, u.sentence, lengths) if not ix.dangling(w)
            )
            if joined:
                extra.extend(
                    (ix, w)
                    for w in crossing_windows(ix.layout, u.sentence, lengths)
                    if not ix.dangling(w)
                )
        if extra:
            vecs = self._encode([ix.layout.unit_text(w) for ix, w in extra])
            for (ix, w), sim in zip(extra, (vecs @ qvec).tolist(), strict=True):
                scored.append((self._adjusted(sim, w.last - w.first, quote_words), sim, ix, w))
        best = max(scored, key=lambda x: (x[0], -x[2].index, -x[3].first, -x[3].last))
        return self._refine(qvec, quote_words, best)

    def _refine(
        self, qvec: Matrix, quote_words: int, best: tuple[float, float, _Indexed, Unit]
    ) -> _Found:
        """Move the chosen span's edges by up to two words each way while that scores higher,
        then widen it (:meth:`_snap`); the span before widening is kept beside it."""
        _, _, ix, unit = best
        if unit.kind == "pair":
            return (*self._snap(qvec, quote_words, best), unit, best[1])
        a, b = ix.layout.sentences[unit.sentence]
        variants = [
            v
            for da in (-2, -1, 0, 1, 2)
            for db in (-2, -1, 0, 1, 2)
            if (da or db) and a <= unit.first + da < unit.last + db <= b
            for v in [Unit(unit.first + da, unit.last + db, unit.sentence, "window")]
            if not ix.dangling(v)
        ]
        if not variants:
            return ix, unit, best[1], unit, best[1]
        vecs = self._encode([ix.layout.unit_text(v) for v in variants])
        top = best
        for v, sim in zip(variants, (vecs @ qvec).tolist(), strict=True):
            cand = (self._adjusted(sim, v.last - v.first, quote_words), sim, ix, v)
            if cand[0] > top[0] + 1e-6:
                top = cand
        return (*self._snap(qvec, quote_words, top), top[3], top[1])

    def _snap(
        self, qvec: Matrix, quote_words: int, best: tuple[float, float, _Indexed, Unit]
    ) -> tuple[_Indexed, Unit, float]:
        """Widen the span to the clause or sentence it nearly fills.

        Leaving out the words that differ raises the embedding score, so the best window tends
        to stop just before a changed word ("… from nine weeks to six" for "six mois", "the
        agreement with …" without the swapped name that opens the sentence).  A translation has
        about as many words as its original, so the span is widened to its clause run or its
        sentence when that is as long as the quote (within ``widen_ratio``) and scores at most
        ``widen_margin`` lower; and a span that stops one or two words (``snap_words``) short
        of a clause boundary is widened to it while within ``snap_ratio`` of the quote's length.
        """
        _, sim, ix, unit = best
        if unit.kind == "pair":
            return self._snap_across(qvec, quote_words, ix, unit, sim)
        s = self.settings
        lo, hi = ix.layout.clause_bounds(unit.sentence, unit.first, unit.last)
        a, b = ix.layout.sentences[unit.sentence]
        wider = {(lo, hi), (a, b)} - {(unit.first, unit.last)}
        first = lo if 0 < unit.first - lo <= s.snap_words else unit.first
        last = hi if 0 < hi - unit.last <= s.snap_words else unit.last
        snapped = (first, last) != (unit.first, unit.last)
        if snapped and (last - first) <= s.snap_ratio * max(quote_words, 1):
            wider.add((first, last))
        else:
            snapped = False
        spans = sorted(wider)
        if not spans:
            return ix, unit, sim
        units = [Unit(f, t, unit.sentence, "window") for f, t in spans]
        sims = (self._encode([ix.layout.unit_text(u) for u in units]) @ qvec).tolist()
        fits = [
            (abs(math.log((u.last - u.first) / max(quote_words, 1))), -u.first, u, v)
            for u, v in zip(units, sims, strict=True)
            if abs(math.log((u.last - u.first) / max(quote_words, 1))) <= math.log(s.widen_ratio)
            and v >= sim - s.widen_margin
        ]
        if fits:
            _, _, u, v = min(fits, key=lambda x: (x[0], x[1]))
            return ix, u, float(v)
        if snapped:
            k = spans.index((first, last))
            return ix, units[k], float(sims[k])
        return ix, unit, sim

    def _snap_across(
        self, qvec: Matrix, quote_words: int, ix: _Indexed, unit: Unit, sim: float
    ) -> tuple[_Indexed, Unit, float]:
        """A span across two sentences (:func:`crossing_windows`) with each edge widened to
        its clause's boundary when that lies ``snap_words`` words or fewer away, as
        :meth:`_snap` does inside a sentence ("is not a cut. Inflation …" → "It is not a cut.
        Inflation …"), while within ``snap_ratio`` of the quote's length."""
        s, lay = self.settings, ix.layout
        lo = lay.clause_bounds(unit.sentence, unit.first, unit.first + 1)[0]
        hi = lay.clause_bounds(unit.sentence + 1, unit.last - 1, unit.last)[1]
        first = lo if 0 < unit.first - lo <= s.snap_words else unit.first
        last = hi if 0 < hi - unit.last <= s.snap_words else unit.last
        if (first, last) == (unit.first, unit.last) or last - first > s.snap_ratio * max(
            quote_words, 1
        ):
            return ix, unit, sim
        wide = Unit(first, last, unit.sentence, "pair")
        return ix, wide, float((self._encode([lay.unit_text(wide)]) @ qvec)[0])

    def _scope(self, ix: _Indexed, unit: Unit, quote_words: int) -> Unit:
        """The span widened over a negation or modal word of its clause just outside it.

        The window search rewards leaving out the words a rendering does not have, so the
        span of "Studiengebühren werden eingeführt" against "Tuition fees will not be
        introduced" stops at "will", and the dropped negation goes unseen.  A negation or a
        modal of necessity or possibility scopes over its whole clause: one that lies at most
        ``snap_words`` words outside the span, inside the span's clause, is taken in, by
        widening to the clause's edge when that keeps the span within twice the quote's
        length (the longest window), else over the word itself (both words of a two-word
        modal: "had to" with "had" outside counts, and is taken in whole).  The clause is read
        once, as one :class:`Side` (so a modal of two words is seen: a word at a time, "had"
        and "to" are none); O(clause words), then ``snap_words`` look-ups on each side.
        """
        if unit.kind == "pair":
            return unit
        lay, reach = ix.layout, self.settings.snap_words
        lo, hi = lay.clause_bounds(unit.sentence, unit.first, unit.last)
        first, last = unit.first, unit.last
        longest = 2 * max(quote_words, 1)
        scoping = self._scoping(ix, lo, hi)
        for k in range(first - 1, max(lo, first - 1 - reach) - 1, -1):
            if k in scoping:
                first = lo if last - lo <= longest else scoping[k][0]
                break
        for k in range(last, min(hi, last + 1 + reach)):
            if k in scoping:
                last = hi if hi - first <= longest else scoping[k][1]
                break
        if (first, last) == (unit.first, unit.last):
            return unit
        return Unit(first, last, unit.sentence, "window")

    @staticmethod
    def _scoping(ix: _Indexed, lo: int, hi: int) -> dict[int, tuple[int, int]]:
        """Source tokens ``lo`` to ``hi - 1`` (a clause) that are a negation or a modal the
        checks compare: token → the tokens ``(first, last + 1)`` of its negation word or modal
        (two for "had to")."""
        toks = ix.layout.tokens
        if lo >= hi:
            return {}
        clause = Side(ix.source.text, toks[lo].start, toks[hi - 1].end, _known(ix.language))
        at = {t.start: k for k, t in enumerate(toks[lo:hi], lo)}
        stretches = [[t] for event in negations(clause) for t in event]
        stretches += [ts for family, _, ts in modal_words(clause) if family in _COMPARED_MODALS]
        out: dict[int, tuple[int, int]] = {}
        for stretch in stretches:
            ks = [at[t.start] for t in stretch if t.start in at]
            if ks:
                for k in ks:
                    out.setdefault(k, (min(ks), max(ks) + 1))
        return out

    def _repaired_similarity(
        self, quote_text: str, edits: tuple[Edit, ...], span: str
    ) -> float | None:
        """Similarity of quote and span once each changed word is written as the source has it.

        The embedding is sensitive to the very words a drifted rendering changes (a number, a
        name): "Die Ausbaggerung kostet 58 Millionen Euro" scores below ``translated_min``
        against "costs 85 million euros" although nothing else differs.  Each edit with words
        on both sides, each one stretch, is undone by putting the source's words in place of the
        quote's (at most :data:`REPAIR_EDITS` of them); what remains is compared again.  A quote
        that is a translation but for those words then reaches the floor; an unrelated one
        does not, since the rest of its words still differ.  None when nothing can be undone.
        Costs one embedding of two texts.
        """
        undo = [
            e
            for e in edits
            if e.quote
            and e.source
            and e.quote_start is not None
            and e.quote_end is not None
            and " … " not in e.quote
            and " … " not in e.source
        ]
        if not undo or len(undo) > REPAIR_EDITS or len(undo) < len(edits):
            return None
        text = quote_text
        for e in sorted(undo, key=lambda e: e.quote_start or 0, reverse=True):
            assert e.quote_start is not None and e.quote_end is not None
            text = text[: e.quote_start] + e.source + text[e.quote_end :]
        return paraphrase_similarity(self.encoder, text, span)

    # -- public API -----------------------------------------------------------------------

    def check(
        self, quote_text: str, quote_language: str, *, same_language: bool = False
    ) -> XlingResult | None:
        """The source span ``quote_text`` (in ``quote_language``) translates, with a verdict.

        Only sources in another language are searched (all of them with
        ``same_language=True``).  Returns None when the quote is shorter than ``min_words`` or
        nothing is within ``report_min``; a result with ``verdict=None`` when the closest span
        is too far to call the quote a translation of it.
        """
        s = self.settings
        clean = _clean_quote(quote_text)
        quote_side = Side(_spoken(quote_text), 0, len(quote_text), _known(quote_language))
        # A dotted date ("01.10.2023") is one token written as three words elsewhere.
        n_words = sum(3 if numeric_date(t) else 1 for t in quote_side.tokens if t.kind != "sym")
        if n_words < s.min_words or not clean:
            return None
        want = base_code(quote_language)
        targets = [
            self._get(i)
            for i in range(len(self.sources))
            if same_language or base_code(self._languages[i]) != want
        ]
        qvec = self._encode([clean])[0]
        # a quote of two clauses may join two sentences of its source
        joined = len(layout(clean, get_language(quote_side.code)).clause_starts) > 1
        found = self._search(qvec, n_words, targets, joined=joined)
        if found is None:
            return None
        ix, unit, sim, core, core_sim = found
        scoped = self._scope(ix, unit, n_words)
        if scoped != unit:
            unit = scoped
            sim = float((self._encode([ix.layout.unit_text(unit)]) @ qvec)[0])
        source_side, edits = self._compare(quote_side, ix, unit)
        if unit != core and _only_reached(edits, ix.layout.span(core)):
            # the widening took in only words the quote stops short of: "… en España" against
            # "… in Spain since 2020" leaves the year out, it does not drop it
            unit, sim = core, core_sim
            source_side, edits = self._compare(quote_side, ix, unit)
        similarity = float(min(1.0, max(0.0, sim)))
        if similarity < s.report_min:
            return None
        start, end = ix.layout.span(unit)
        sa, sb = ix.layout.sentences[unit.sentence]
        if unit.kind == "pair":
            sb = ix.layout.sentences[unit.sentence + 1][1]
        span = ix.source.text[start:end]
        name = ix.source.path or ix.source.id
        raw_similarity: float | None = None
        if similarity < s.translated_min:
            repair = edits
            if not repair:
                # a name changed where no check saw one (it opens the sentence on both sides)
                swapped = swapped_name(quote_side, source_side, self.words, s.entity_similarity)
                repair = () if swapped is None else (swapped,)
            # one embedding of the repaired quote, whichever edits it undoes
            repaired = self._repaired_similarity(quote_text, repair, span) if repair else None
            if repaired is not None and repaired >= s.translated_min:
                edits = repair
                raw_similarity, similarity = similarity, repaired
        if similarity < s.translated_min:
            verdict = None
            explanation = (
                f"closest passage in {name} ({ix.language}) is “{span}” with similarity "
                f"{similarity:.2f}: too far apart to call the quote a translation of it"
            )
        elif edits:
            verdict = Verdict.TRANSLATED_ALTERED
            explanation = (
                f"translated from {ix.language} ({name}), but the meaning changed: "
                + "; ".join(_describe(e) for e in edits)
            )
            if raw_similarity is not None:
                explanation += (
                    f" (similarity {raw_similarity:.2f} as written, {similarity:.2f} with the "
                    "changed words as the source has them)"
                )
        else:
            verdict = Verdict.TRANSLATED
            explanation = (
                f"a faithful translation of “{span}” ({ix.language}, {name}; similarity "
                f"{similarity:.2f}): numbers, negation, modality and names agree"
            )
        speaker, quoted = ix.source.speaker_at(start)
        return XlingResult(
            source_index=ix.index,
            source_id=ix.source.id,
            start=start,
            end=end,
            text=span,
            sentence_start=ix.layout.tokens[sa].start,
            sentence_end=ix.layout.tokens[sb - 1].end,
            similarity=similarity,
            raw_similarity=raw_similarity,
            verdict=verdict,
            edits=edits,
            explanation=explanation,
            quote_language=quote_language,
            source_language=ix.language,
            speaker=speaker,
            quoted=quoted,
        )

    def _compare(self, quote_side: Side, ix: _Indexed, unit: Unit) -> tuple[Side, tuple[Edit, ...]]:
        """The source's side of ``unit`` and the consistency checks' edits of the quote
        against it (its sentence, or sentence pair, as context)."""
        s = self.settings
        start, end = ix.layout.span(unit)
        sa, sb = ix.layout.sentences[unit.sentence]
        if unit.kind == "pair":
            sb = ix.layout.sentences[unit.sentence + 1][1]
        source_side = Side(ix.source.text, start, end, _known(ix.language))
        edits = compare(
            quote_side,
            source_side,
            self.words,
            entity_similarity=s.entity_similarity,
            negation_gap=s.negation_gap,
            context=Side(
                ix.source.text,
                ix.layout.tokens[sa].start,
                ix.layout.tokens[sb - 1].end,
                _known(ix.language),
            ),
        )
        return source_side, tuple(edits)

    def semantic_similarity(
        self, quote_text: str, source_index: int, start: int, end: int
    ) -> float:
        """Embedding similarity (0..1) of a quote and ``sources[source_index].text[start:end]``.

        For the main scorer: a same-language quote reworded throughout (a re-translation) whose
        similarity reaches :data:`PARAPHRASE_MIN` is a paraphrase, not a fabrication.
        """
        return paraphrase_similarity(
            self.encoder, quote_text, self.sources[source_index].text[start:end]
        )


def paraphrase_similarity(encoder: Encoder, quote_text: str, span_text: str) -> float:
    """Embedding similarity (0..1) of a quote and one source passage, both embedded now.

    Needs no index of the sources: checking whether a same-language quote is a reworded
    passage costs two embeddings, not the embedding of every source sentence."""
    vectors = np.asarray(
        encoder.encode(
            [_clean_quote(quote_text) or quote_text, _clean_quote(span_text) or span_text]
        ),
        dtype=np.float32,
    )
    return float(min(1.0, max(0.0, float(vectors[0] @ vectors[1]))))


def _only_reached(edits: Sequence[Edit], core: tuple[int, int]) -> bool:
    """Whether the edits that reach outside the span the search found before widening it (raw
    offsets ``core``) are all numbers the source has and the quote does not say at all (and
    there is one): words the widening took in that the quote stops short of, left out, not
    dropped.  A changed word there (words on both sides) is what the widening is for, and a
    negation is taken in on purpose (:meth:`CrossLingual._scope`): with one, the wider span
    stands."""
    a, b = core
    outside = [
        e
        for e in edits
        if e.source_start is not None
        and e.source_end is not None
        and (e.source_start < a or e.source_end > b)
    ]
    return bool(outside) and all(e.kind is EditKind.NUMBER and not e.quote for e in outside)


def _known(code: str) -> str:
    """The base code of a supported language (E301 for another: no English fallback)."""
    return get_language(code).code
