"""The evidence of one reading of a quote: where it was found, the typed edits, the measures.

An :class:`Evidence` is one :class:`~quotecheck.match.QuoteMatch` seen by the scorer.  Every
measure the ladder and the checks ask for (similarity, the share of words changed, the longest
run of equal words, how many content words align or stand near the passage, whether the quote
counts as found) is computed on first use and kept; nothing here chooses a verdict.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property

from quotecheck.inputs.sources import speech_source, written_source
from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import CLAUSE_STOP, sentence_start
from quotecheck.match import Piece, QuoteMatch
from quotecheck.match.normalize import Token, tokenize
from quotecheck.match.splice import chunks
from quotecheck.models import (
    COSMETIC_EDITS,
    Edit,
    EditKind,
    MatchInfo,
    Quote,
    SegmentKind,
    Source,
)
from quotecheck.score.context import ArticleContext
from quotecheck.score.edits import meaning_word, only_stage_directions, same_word, typed_edits

__all__ = [
    "CUT_MARKS",
    "Evidence",
    "Reordered",
    "clip",
    "content_word",
    "is_content",
    "lead_reading",
    "longest_common_run",
    "same_sentence",
    "span_info",
]

CUT_MARKS = frozenset({SegmentKind.ELLIPSIS, SegmentKind.INSERTION})
"""Segments that mark the article's own cuts and words (a speaker label is neither)."""

CONTENT_MIN_CHARS = 3
"""Words shorter than this are never content words ("of", "we")."""

CLIP_CHARS = 60
"""Longest excerpt quoted in a message."""

SEED = 5
"""Length of the word n-grams that seed :func:`longest_common_run` (the shortest run found)."""

_WORD = re.compile(r"\w+")
"""A word of an edit's source side (compared with a quote word's stem)."""

_MEANING_WORD_EDITS = frozenset({EditKind.NUMBER, EditKind.NEGATION, EditKind.MODALITY})
"""Typed edits of a word that carries meaning by itself: never merely other wording."""

LEAD_WORDS = 8
"""Source words read before a piece's span for a speaker's broken-off first attempt."""

SEED_HITS = 8
"""Places kept per seed n-gram: a phrase repeated more often is boilerplate, not an echo."""

LEAD_IN_WORDS = 8
"""The article's words right before a short quote's opening mark read as its lead-in
(:attr:`Evidence.lead_in`): the paraphrase it is embedded in ("Lee said inflation was running
at “three percent”")."""

LEAD_IN_CONTENT = 2
"""Content words of a lead-in that must stand, in order, in the speaker's words right before a
short quote's passage for the article to place the quote there (:attr:`Evidence.lead_placed`):
one shared word is chance."""

LEAD_IN_SLACK = 2
"""Source words beyond the lead-in's length read before the passage (the speaker's "I'm
afraid" the article's paraphrase leaves out), and after it for the quote's own words."""

REORDER_SLACK = 2
"""Words a reordered stretch may be longer or shorter than its quote (:attr:`Evidence.reordered`:
the negations, numbers or modals added or left out)."""

REORDER_MAX_WORDS = 40
"""Longest quote read for :attr:`Evidence.reordered` (a stretch is tried at every place near
its passage: quadratic in its length)."""


@dataclass(frozen=True)
class Reordered:
    """A quote that is the words of one sentence of the speaker's, in another order, with only
    negations, numbers or modals added (``added``, the quote's tokens) or left out (``dropped``,
    the source's): the stretch is tokens ``start`` to ``end`` of source ``source``."""

    source: int
    start: int
    end: int
    added: tuple[Token, ...]
    dropped: tuple[Token, ...]


@dataclass
class Evidence:
    """One reading of ``quote`` (see the module docstring)."""

    quote: Quote
    qmatch: QuoteMatch
    ctx: ArticleContext

    # ------------------------------------------------------------------ where
    @cached_property
    def info(self) -> MatchInfo | None:
        """The matched span in the primary source, with every piece's span."""
        found = self.qmatch.found
        primary = self.qmatch.primary
        if not found or primary is None:
            return None
        index = self.ctx.index
        s_idx = primary.source
        spans = []
        for p in found:
            assert p.alignment is not None
            spans.append(index.source_span(p.alignment.source, p.alignment.start, p.alignment.end))
        same = [
            sp
            for p, sp in zip(found, spans, strict=True)
            if p.alignment is not None and p.alignment.source == s_idx
        ]
        a = min(sp[0] for sp in same)
        b = max(sp[1] for sp in same)
        levels = sorted(
            {t.level for p in found for t in p.tokens if t.level}
            | {t.level for p in found for t in self.source_tokens(p) if t.level}
        )
        return span_info(self.ctx, s_idx, a, b, pieces=tuple(spans), normalization=levels)

    @cached_property
    def source(self) -> Source | None:
        """The primary source."""
        primary = self.qmatch.primary
        return None if primary is None else self.ctx.index.sources[primary.source]

    @cached_property
    def span_speaker(self) -> tuple[str | None, bool]:
        """Who speaks at the matched span: (speaker, the source is quoting someone else)."""
        if self.source is None or self.info is None:
            return None, False
        return self.source.speaker_at(self.info.start)

    def source_tokens(self, p: Piece) -> list[Token]:
        """The source tokens a piece is aligned to."""
        assert p.alignment is not None
        return self.ctx.index.tokens[p.alignment.source][p.alignment.start : p.alignment.end]

    # ------------------------------------------------------------------ what changed
    @cached_property
    def edits(self) -> list[Edit]:
        """Typed edits of every aligned piece, in quote order."""
        out: list[Edit] = []
        for n, p in enumerate(self.qmatch.pieces):
            if p.alignment is None:
                continue
            src = self.ctx.index.sources[p.alignment.source]
            tokens = self.source_tokens(p)
            out.extend(
                typed_edits(
                    self.ctx.raw,
                    src.text,
                    p.tokens,
                    tokens,
                    p.alignment.opcodes,
                    self.ctx.lang,
                    first_piece=n == 0,
                    own=_own_words(src, tokens[0].start) if tokens else None,
                    lead=self._lead(p),
                    spoken=not written_source(src),
                    shows_speech=speech_source(src),
                )
            )
        return out

    def _lead(self, p: Piece) -> list[Token]:
        """The source words right before a piece's span (at most :data:`LEAD_WORDS`)."""
        assert p.alignment is not None
        start = p.alignment.start
        return self.ctx.index.tokens[p.alignment.source][max(0, start - LEAD_WORDS) : start]

    @cached_property
    def gaps(self) -> list[Edit]:
        """Differences at a gap the source marks ("(inaudible)"): not checked, not changes."""
        return [e for e in self.edits if e.gap]

    @cached_property
    def exact(self) -> bool:
        """Every piece found and identical to its passage (after house style), or differing
        only where the source marks a gap (:attr:`gaps`) or by transcription conventions
        (:attr:`conventions`, cosmetic edits of words written another way): what the source
        holds is what the quote says."""
        pieces = self.qmatch.pieces
        if not pieces or any(p.alignment is None for p in pieces):
            return False
        if all(p.alignment is not None and p.alignment.similarity == 1.0 for p in pieces):
            return True
        return all(e.gap or e.convention or e.kind in COSMETIC_EDITS for e in self.edits)

    @cached_property
    def identical(self) -> bool:
        """Every piece found and identical to its passage after house style (or differing only
        where the source marks a gap), transcription conventions not allowed: the test of
        *identical words are the speaker's* (``docs/verdicts.md``, *Occasions*).  A passage
        of another occasion that differs by a filler or a number written out is similar
        words, not the same.  A transcript's note of what happened ("(APPLAUSE)") is no word
        said: it is allowed, as a gap is."""
        return self.exact and all(only_stage_directions(e) for e in self.conventions)

    @cached_property
    def unsaid(self) -> list[str]:
        """Content words of the quote that its passage does not hold: words of a piece not
        found, or on the quote's side of a change that is not house style, a transcription
        convention or a gap ("fraud" where the passage says "jerk").  Empty when every word
        the quote says is in the passage (words of the passage it leaves out do not count):
        the test of *the words are someone else's* (``docs/verdicts.md``, rule 2).  Beside
        content words, a number, a negation and a modal the quote adds count
        (:func:`_decides_whose_words`: "are not too high", "could be too high", "15000" for
        "1500"), and a word is said only as written or in another inflection
        (:func:`~quotecheck.score.edits.same_word`: "policy" is no "police")."""
        lang = self.ctx.lang
        out = [t.norm for p in self.qmatch.pieces if p.alignment is None for t in p.tokens]
        out += self._one_sided(quote_side=True)
        return [w for w in out if _decides_whose_words(w, lang)]

    @cached_property
    def left_out(self) -> list[str]:
        """Numbers, negations and modals the passage says and the quote leaves out at a change
        (a cut or a substitution that is not house style, a transcription convention or a
        gap): "The fees are too high" for "The fees are not too high", "The ferry closes" for
        "The ferry could close".  The mirror of :attr:`unsaid`: such a word reverses or hedges
        the passage, so its absence makes the quote's words not the passage's either
        (``docs/verdicts.md``, rule 2)."""
        lang = self.ctx.lang
        return [w for w in self._one_sided(quote_side=False) if meaning_word(w, lang)]

    def _one_sided(self, *, quote_side: bool) -> list[str]:
        """Words on one side of a change (an edit that is not house style, a transcription
        convention or a gap) that the other side does not hold as written or in another
        inflection (:func:`~quotecheck.score.edits.same_word`): with ``quote_side`` the
        quote's aligned words in the change's span (for :attr:`unsaid`; a change with no
        span on the quote's side adds nothing), else the passage's words of the change (for
        :attr:`left_out`), in order.  The one walk of the edits for both directions."""
        lang = self.ctx.lang
        said = [t for p in self.qmatch.pieces if p.alignment is not None for t in p.tokens]
        out: list[str] = []
        for e in self.edits:
            if e.gap or e.convention or e.kind in COSMETIC_EDITS:
                continue
            source = [w.lower() for w in _WORD.findall(e.source)]
            if quote_side:
                if e.quote_start is None:
                    continue
                end = e.quote_end if e.quote_end is not None else e.quote_start
                words = [t.norm for t in said if e.quote_start <= t.start < end]
                others = source
            else:
                words, others = source, [w.lower() for w in _WORD.findall(e.quote)]
            out += [w for w in words if not any(same_word(w, o, lang) for o in others)]
        return out

    @cached_property
    def conventions(self) -> list[Edit]:
        """Differences of transcription conventions (a filler, a repetition, a marker set off,
        a stage direction): shown, never changes."""
        return [e for e in self.edits if e.convention]

    @property
    def elided(self) -> bool:
        """The article marks a cut or an insertion of its own (an ellipsis, [brackets])."""
        return any(s.kind in CUT_MARKS for s in self.quote.segments)

    # ------------------------------------------------------------------ measures
    @property
    def similarity(self) -> float:
        """Word-level similarity of the quote and its pieces' passages."""
        return self.qmatch.similarity

    @property
    def lexical(self) -> float:
        """The better of the similarity and the retrieval rank (order-aware)."""
        return max(self.qmatch.similarity, self.qmatch.rank)

    @property
    def total(self) -> int:
        """Words of the quote (at least 1)."""
        return max(1, self.qmatch.tokens)

    @cached_property
    def changed(self) -> float:
        """Share of the quote's words not aligned to an equal source word."""
        matched = sum(p.alignment.matched for p in self.qmatch.found if p.alignment)
        return 1 - matched / self.total

    @cached_property
    def longest_equal_run(self) -> int:
        """The longest run of words equal to the source, in order."""
        best = 0
        for p in self.qmatch.found:
            assert p.alignment is not None
            for tag, i1, i2, _, _ in p.alignment.opcodes:
                if tag == "equal":
                    best = max(best, i2 - i1)
        return best

    @cached_property
    def content_matched(self) -> float:
        """Share of the quote's content words aligned to identical source words.

        Function words, auxiliaries, modals, negations and pronouns do not count: "may not
        have paid" and "may not have liked" share four words and nothing that was said.
        """
        content = is_content(self.ctx.lang)
        total = hit = 0
        for p in self.qmatch.pieces:
            equal: set[int] = set()
            if p.alignment is not None:
                for tag, i1, i2, _, _ in p.alignment.opcodes:
                    if tag == "equal":
                        equal.update(range(i1, i2))
            for i, t in enumerate(p.tokens):
                if content(t):
                    total += 1
                    hit += i in equal
        return hit / total if total else 1.0

    @cached_property
    def content_overlap(self) -> float:
        """Share of the quote's distinct content words that occur near its best passage (0
        when fewer than ``overlap_words`` do: two shared words are chance)."""
        primary = self.qmatch.primary
        if primary is None:
            return 0.0
        st = self.ctx.settings
        toks = self.ctx.index.tokens[primary.source]
        lo = max(0, primary.start - st.overlap_window)
        hi = min(len(toks), primary.end + st.overlap_window)
        near = {t.norm for t in toks[lo:hi]}
        content = is_content(self.ctx.lang)
        words = {t.norm for p in self.qmatch.pieces for t in p.tokens if content(t)}
        shared = sum(1 for w in words if w in near)
        if not words or shared < st.overlap_words:
            return 0.0
        return shared / len(words)

    @cached_property
    def content_nearby(self) -> str | None:
        """The name of a source where a passage of the attributed speaker's own words holds
        the quote's content words as :attr:`content_overlap` counts them near its best
        passage — at least ``paraphrase-overlap`` of them and ``overlap-words``, within the
        quote's length and ``overlap-window`` words either side — wherever that passage stands,
        or None.  A quote whose content words stand together in the speaker's words is
        changed there, not absent, even when no alignment reads it (words reordered, two
        sentences run together): no evidence that it was made up (``docs/verdicts.md``, rule
        9) — only when the quote says nothing that stretch does not (:meth:`_says_as`: no
        content word, number, negation or modal of its own, none of hers left out), since
        such a word may reverse her.  Read only for a quote about to be called
        ``fabricated``."""
        ctx, st = self.ctx, self.ctx.settings
        speaker = self.quote.attribution.speaker
        if not speaker:
            return None
        content = is_content(ctx.lang)
        words = {t.norm for p in self.qmatch.pieces for t in p.tokens if content(t)}
        need = max(st.overlap_words, math.ceil(len(words) * st.paraphrase_overlap))
        if not words or len(words) < need:
            return None
        span = self.total + 2 * st.overlap_window
        own = {id(s) for s in ctx.speaker_sources(speaker)}
        for s_idx, src in enumerate(ctx.index.sources):
            if id(src) not in own:
                continue
            toks = ctx.index.tokens[s_idx]
            hits = [
                (i, toks[i].norm)
                for i in range(len(toks))
                if toks[i].norm in words and ctx.own_turn_at(speaker, s_idx, i)
            ]
            places = [i for i, _ in hits]
            seen: dict[str, int] = {}
            lo = 0
            for i, w in hits:
                seen[w] = seen.get(w, 0) + 1
                while hits[lo][0] <= i - span:
                    old = hits[lo][1]
                    seen[old] -= 1
                    if not seen[old]:
                        del seen[old]
                    lo += 1
                if len(seen) < need:
                    continue
                first = hits[lo][0]  # the stretch: every hit within the span from the first
                last = hits[bisect_right(places, first + span - 1) - 1][0]
                if self._says_as(s_idx, first, last):
                    return ctx.source_names[s_idx]
        return None

    def _says_as(self, s_idx: int, first: int, last: int) -> bool:
        """Whether the quote says nothing its words' stretch of a source (tokens ``first`` to
        ``last``, widened to the clauses they stand in, the speaker's own turns only) does not:
        every content word, number, negation and modal of the quote stands there, as written
        or in another inflection, and the quote leaves out no number, negation or modal said
        there — the tests of :attr:`unsaid` and :attr:`left_out` (``_decides_whose_words``,
        :func:`~quotecheck.score.edits.meaning_word`, ``same_word``).  A quote that adds
        "never", another number or modal, or a word of its own ("broken" near "fixed") may
        reverse the speaker: no shield from ``fabricated`` (review 23-2, 1)."""
        ctx, lang = self.ctx, self.ctx.lang
        speaker = self.quote.attribution.speaker or ""
        toks, text = ctx.index.tokens[s_idx], ctx.index.sources[s_idx].text
        window = ctx.settings.overlap_window
        lo = first + 1 - len(same_sentence(text, toks[max(0, first - window) : first + 1], False))
        hi = last - 1 + len(same_sentence(text, toks[last : last + window + 1], True))
        held = [toks[k].norm for k in range(lo, hi + 1) if ctx.own_turn_at(speaker, s_idx, k)]
        said = [t.norm for p in self.qmatch.pieces for t in p.tokens]

        def among(w: str, words: Sequence[str]) -> bool:
            return any(same_word(w, o, lang) for o in words)

        adds = any(_decides_whose_words(w, lang) and not among(w, held) for w in said)
        return not adds and not any(meaning_word(w, lang) and not among(w, said) for w in held)

    @cached_property
    def found(self) -> bool:
        """Found: an anchor run, or similar enough (more so for a short quote) with enough
        content words aligned, or a short quote that the article's own words place at its
        passage and that changes only a figure there (:attr:`figure_placed`;
        ``docs/verdicts.md``, rule 6)."""
        st = self.ctx.settings
        if self.qmatch.primary is None:
            return False
        if self.longest_equal_run >= st.anchor_run:
            return True
        return (
            self.similarity >= st.found_min
            and (self.total >= st.short_words or self.similarity >= st.short_min)
            and self.content_matched >= st.content_matched
        ) or self.figure_placed

    @cached_property
    def figure_placed(self) -> bool:
        """A short quote (one piece, fewer than ``short-words``) whose passage the article's
        own lead-in places (:attr:`lead_placed`: "Lee said inflation was running at “three
        percent”" against "Inflation is running at four percent") and that differs from it
        only by numbers (typed edits of kind number, house style aside): the passage it
        quotes, with a figure changed — not other words, too short to tell (rule 9), nor
        words made up (red team 24, F3)."""
        if not self.lead_placed:  # first: the edits of a quote not found are not typed yet
            return False
        changes = [e for e in self.edits if not (e.gap or e.convention or e.kind in COSMETIC_EDITS)]
        return bool(changes) and all(e.kind is EditKind.NUMBER for e in changes)

    @cached_property
    def lead_in(self) -> list[Token]:
        """The article's words right before the quote's opening mark, in its sentence and after
        its reporting verb when that stands before it (at most :data:`LEAD_IN_WORDS`; none
        inside other quotes): "inflation was running at" of "Lee said inflation was running
        at “three percent”"."""
        ctx, quote = self.ctx, self.quote
        text = ctx.outside_marks
        lo = sentence_start(text, quote.start, ctx.settings.candidate_window)
        cue = quote.attribution.cue_end
        if cue is not None and lo <= cue <= quote.start:
            lo = cue
        return tokenize(text, lo, quote.start, lang=ctx.lang, aliases=ctx.aliases)[-LEAD_IN_WORDS:]

    @cached_property
    def lead_placed(self) -> bool:
        """Whether the article's lead-in (:attr:`lead_in`) runs into the quote's passage in the
        attributed speaker's own words: a short quote of one piece, its lead-in's last word the
        source word right before the passage, and at least :data:`LEAD_IN_CONTENT` of its
        content words (and half of them) in order among the :data:`LEAD_IN_SLACK` more source
        words before it, the speaker's own, in the passage's sentence.  The article's
        paraphrase says which passage its few quoted words are: "inflation was running at
        “three percent”" is the speaker's "Inflation is running at four percent", not "six
        point five percent" elsewhere."""
        ctx = self.ctx
        speaker = self.quote.attribution.speaker
        pieces = self.qmatch.pieces
        if (
            not speaker
            or len(pieces) != 1
            or pieces[0].alignment is None
            or self.total >= ctx.settings.short_words
        ):
            return False
        al = pieces[0].alignment
        lead = self.lead_in
        content = is_content(ctx.lang)
        wanted = sum(1 for t in lead if content(t))
        if wanted < LEAD_IN_CONTENT:
            return False
        toks = ctx.index.tokens[al.source]
        reach = max(0, al.start - len(lead) - LEAD_IN_SLACK)
        # Only the passage's own sentence: a lead-in read through a full stop ("Port traffic
        # is up. By four percent the fees …") places a figure about something else.
        text = ctx.index.sources[al.source].text
        before = same_sentence(text, toks[reach : al.start + 1], False)[:-1]
        lo = al.start - len(before)
        if not before or before[-1].norm != lead[-1].norm:
            return False
        blocks = SequenceMatcher(
            None, [t.norm for t in lead], [t.norm for t in before], autojunk=False
        ).get_matching_blocks()
        shared = sum(
            1
            for a, b, n in blocks
            for k in range(n)
            if content(lead[a + k]) and ctx.own_turn_at(speaker, al.source, lo + b + k)
        )
        return shared >= LEAD_IN_CONTENT and 2 * shared >= wanted

    @cached_property
    def short_of_found(self) -> bool:
        """Not found only for its length: a quote shorter than ``short-words`` whose passage is
        as similar as ``found-min``, with enough content words aligned, but below
        ``short-min`` ("a complete failure" where the passage says "a total failure").  Its
        words are changed, not absent: too short to tell a change from other words, and no
        evidence that they were made up (``docs/verdicts.md``, rule 9).  Not when the passage
        is another speaker's (the words are absent from the speaker's own) or the change is of
        a number, a negation or a modal (:attr:`meaning_word_changed`: "cut 5 jobs" for "cut
        50 jobs" is no other wording)."""
        st = self.ctx.settings
        speaker = self.quote.attribution.speaker
        who, quoted = self.span_speaker
        return (
            self.qmatch.primary is not None
            and not self.found
            and self.total < st.short_words
            and self.similarity >= st.found_min
            and self.content_matched >= st.content_matched
            and bool(speaker)
            and not quoted
            and bool(who)
            and self.ctx.speakers.same(speaker or "", who or "")
            and not self.meaning_word_changed
        )

    @cached_property
    def meaning_word_changed(self) -> bool:
        """Whether the quote changes a number, a negation or a modal of its passage: a typed
        edit of one of those kinds (:func:`~quotecheck.score.edits.typed_edits`, which
        decides it: "never" for "not" keeps the negation, so it is other wording)."""
        return any(
            e.kind in _MEANING_WORD_EDITS and not (e.gap or e.convention) for e in self.edits
        )

    @cached_property
    def found_apart(self) -> list[MatchInfo]:
        """For a quote not found as one passage: each of its sentences (or, for one sentence,
        its clauses: :func:`~quotecheck.match.splice.chunks`, each at least ``short-words``
        long) found on its own (:attr:`found`) in the attributed speaker's own words, as their
        passages; empty unless every one is.  Sentences joined from two places and changed in
        both are no single passage the ladder could judge, and their words are not absent
        (``docs/verdicts.md``, rule 9).  Empty too when a sentence changes a number, a
        negation or a modal of its passage (:attr:`meaning_word_changed`)."""
        ctx, st = self.ctx, self.ctx.settings
        speaker = self.quote.attribution.speaker
        if self.found or not speaker:
            return []
        index = ctx.index

        def own(s_idx: int, pos: int) -> bool:
            return ctx.own_turn_at(speaker, s_idx, pos)

        out: list[MatchInfo] = []
        for n, p in enumerate(self.qmatch.pieces):
            ranges = chunks(p.tokens, ctx.view, st.short_words)
            if len(ranges) < 2 and len(self.qmatch.pieces) < 2:
                return []  # one sentence: the whole reading was the one to judge
            for a, b in ranges:
                toks = p.tokens[a:b]
                al = index.best(index.encode(toks), prefer=own)
                if al is None or not own(al.source, al.start):
                    return []
                part = Evidence(self.quote, QuoteMatch([Piece(toks, al, n)]), ctx)
                if not part.found or part.info is None or part.meaning_word_changed:
                    return []
                out.append(part.info)
        return out

    @cached_property
    def reordered(self) -> Reordered | None:
        """For a quote not identical to its passage (:attr:`exact`): a stretch of one
        sentence of the attributed speaker's own words, near the quote's passage in its
        source, that holds every word of the quote in another order, but for negations,
        numbers or modals (:func:`~quotecheck.score.edits.meaning_word`) only the quote says
        or only the stretch says — never some of each, since "nie" for "nicht" keeps a
        negation.  German puts the object first and the negation late ("Die Steuer werden
        wir nicht erhöhen"), so a quote that says "Wir werden die Steuer erhöhen" shares every
        word but the one that reverses it, and no alignment in order reads it — or reads only
        part of it: "We will raise the levy this year" found in "Not this year will we raise
        the levy", "not" left before the passage (``docs/verdicts.md``, rule 6r).  None when
        the words differ by anything else, a stretch of her own sentence holds exactly the
        quote's words with no negation, number or modal right beside it (a pure reordering:
        her other, negative sentence is not read), stand in the same order (a word only left
        out or added), the quote's own word stands right next to the stretch (cut off, not
        added), or the quote is cut (an ellipsis), in pieces, or shorter than ``overlap-words``."""
        ctx = self.ctx
        speaker = self.quote.attribution.speaker
        primary = self.qmatch.primary
        pieces = self.qmatch.pieces
        if self.exact or not speaker or primary is None or len(pieces) != 1 or self.elided:
            return None
        said = list(pieces[0].tokens)
        if not ctx.settings.overlap_words <= len(said) <= REORDER_MAX_WORDS:
            return None
        lang, s_idx = ctx.lang, primary.source
        toks = ctx.index.tokens[s_idx]
        text = ctx.index.sources[s_idx].text
        want = Counter(t.norm for t in said)
        m = len(said)
        lo, hi = max(0, primary.start - m), min(len(toks), primary.end + m)
        sizes = sorted(range(m - REORDER_SLACK, m + REORDER_SLACK + 1), key=lambda n: abs(n - m))

        def own_sentence(a: int, size: int) -> bool:
            """Tokens ``a`` to ``a + size`` stand in one sentence of the speaker's own turn."""
            return len(same_sentence(text, toks[a : a + size], True)) == size and all(
                ctx.own_turn_at(speaker, s_idx, a + k) for k in range(size)
            )

        # The quote's own size first: a stretch holding exactly its words in another order
        # is what she said, and ends the search before a stretch a negation apart can.
        for size in sizes:
            for a in range(lo, hi - size + 1):
                stretch = toks[a : a + size]
                have = Counter(t.norm for t in stretch)
                added, dropped = want - have, have - want
                if not added and not dropped:
                    beside = _around(text, toks, a, a + size, 1)
                    if own_sentence(a, size) and not any(meaning_word(w, lang) for w in beside):
                        return None  # she said these very words, reordered: nothing changed
                    continue  # "Not" just before them ("Not this year will we …"): read on
                if added and dropped:
                    continue  # some changed each way
                if not all(meaning_word(w, lang) for w in added | dropped):
                    continue
                shorter, longer = (stretch, said) if added else (said, stretch)
                if _in_order(shorter, longer):
                    continue  # the same order: a word left out or added, no reordering
                if added and added.keys() & _around(text, toks, a, a + size, m):
                    continue  # the word stands next to the stretch: cut off, not added
                if not own_sentence(a, size):
                    continue
                return Reordered(s_idx, a, a + size, _extra(said, added), _extra(stretch, dropped))
        return None

    @cached_property
    def recognisable(self) -> bool:
        """Not found, but a rewording of the passage: similar enough in order and sharing
        enough content words near it (``docs/verdicts.md``, rule 7)."""
        st = self.ctx.settings
        return (
            self.qmatch.primary is not None
            and not self.found
            and self.lexical >= st.paraphrase_min
            and self.content_overlap >= st.paraphrase_overlap
        )


def _extra(tokens: Sequence[Token], extra: Counter[str]) -> tuple[Token, ...]:
    """The tokens of ``tokens`` that are its ``extra`` words (as many of each as it counts,
    the last ones), in order."""
    left = Counter(extra)
    out: list[Token] = []
    for t in reversed(tokens):
        if left[t.norm] > 0:
            left[t.norm] -= 1
            out.append(t)
    return tuple(reversed(out))


def _around(text: str, toks: Sequence[Token], start: int, end: int, reach: int) -> set[str]:
    """The words of the sentence around tokens ``start`` to ``end`` (at most ``reach`` either
    side), outside them."""
    before = same_sentence(text, toks[max(0, start - reach) : start + 1], False)[:-1]
    after = same_sentence(text, toks[end - 1 : end + reach], True)[1:]
    return {t.norm for t in (*before, *after)}


def _in_order(shorter: Sequence[Token], longer: Sequence[Token]) -> bool:
    """Whether the words of ``shorter`` stand in ``longer`` in the same order (a subsequence):
    ``longer`` only adds words."""
    rest = iter(t.norm for t in longer)
    return all(any(w == o for o in rest) for w in (t.norm for t in shorter))


def _own_words(source: Source, at: int) -> Callable[[int], bool] | None:
    """Whether a source offset stands in the turn of whoever speaks at ``at`` (not another
    speaker's turn, not a speaker label between turns); None for a source without turns."""
    if not source.turns:
        return None
    speaker = source.speaker_at(at)[0]
    # The speaker's own turns as disjoint stretches in order (turns may nest or touch): an
    # offset is theirs when it stands in one, found by a bisection over the starts (one pass
    # over the turns here, O(log turns) per offset asked, not a scan of every turn).
    stretches: list[list[int]] = []
    for t in sorted(
        (t for t in source.turns if t.speaker == speaker and not t.quoted and t.start < t.end),
        key=lambda t: t.start,
    ):
        if stretches and t.start <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], t.end)
        else:
            stretches.append([t.start, t.end])
    starts = [a for a, _ in stretches]
    ends = [b for _, b in stretches]

    def own(offset: int) -> bool:
        k = bisect_right(starts, offset) - 1
        return k >= 0 and offset < ends[k]

    return own


def span_info(
    ctx: ArticleContext,
    s_idx: int,
    start: int,
    end: int,
    *,
    pieces: tuple[tuple[int, int], ...] | None = None,
    normalization: Sequence[str] = (),
) -> MatchInfo:
    """The :class:`MatchInfo` of ``sources[s_idx].text[start:end]``."""
    src = ctx.index.sources[s_idx]
    return MatchInfo(
        source=ctx.source_names[s_idx],
        start=start,
        end=end,
        text=src.text[start:end],
        speaker=src.speaker_at(start)[0],
        pieces=pieces if pieces is not None else ((start, end),),
        normalization=tuple(normalization),
    )


def is_content(lang: LanguageData) -> Callable[[Token], bool]:
    """A test for content words: not function words, auxiliaries, modals, negations, pronouns."""

    def content(t: Token) -> bool:
        return content_word(t.norm, lang)

    return content


def content_word(w: str, lang: LanguageData) -> bool:
    """Whether the normalised word ``w`` is a content word (:func:`is_content`)."""
    return (
        len(w) >= CONTENT_MIN_CHARS
        and w not in lang.stopwords
        and w not in lang.modals
        and w not in lang.negations
        and w not in lang.pronouns
        and w not in lang.tense_markers
    )


def _decides_whose_words(w: str, lang: LanguageData) -> bool:
    """Whether the normalised word ``w``, said by a quote and not by its passage, makes the
    words another's: a content word (:func:`content_word`), or one that carries meaning
    however short or common (:func:`~quotecheck.score.edits.meaning_word`: a number, "15" or
    "ten", a negation, a modal); these are never folded away."""
    return content_word(w, lang) or meaning_word(w, lang)


def clip(text: str, n: int = CLIP_CHARS) -> str:
    """``text`` on one line, cut to ``n`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def longest_common_run(a: Sequence[str], b: Sequence[str]) -> tuple[int, int, int]:
    """(length, start in a, start in b) of the longest run of equal words, if ≥ ``SEED`` long.

    Seeded by word n-grams of ``b`` in a hash table, so the cost is linear in ``len(a) +
    len(b)`` for ordinary prose instead of the ``len(a) × len(b)`` of a full comparison; each
    seed is extended once and positions inside a found run are skipped.
    """
    if len(a) < SEED or len(b) < SEED:
        return 0, 0, 0
    grams: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(b) - SEED + 1):
        hits = grams.setdefault(tuple(b[j : j + SEED]), [])
        if len(hits) < SEED_HITS:
            hits.append(j)
    best = (0, 0, 0)
    i = 0
    while i <= len(a) - SEED:
        longest = 0
        for j in grams.get(tuple(a[i : i + SEED]), ()):
            size = SEED
            while i + size < len(a) and j + size < len(b) and a[i + size] == b[j + size]:
                size += 1
            if size > best[0]:
                best = (size, i, j)
            longest = max(longest, size)
        i += max(1, longest - SEED + 1)
    return best


def same_sentence(text: str, toks: Sequence[Token], head: bool) -> list[Token]:
    """The tokens of ``toks`` in the sentence that touches its start (``head``) or its end."""
    if not toks:
        return []
    out: list[Token] = []
    seq = toks if head else list(reversed(toks))
    prev = seq[0]
    out.append(prev)
    for t in seq[1:]:
        between = text[prev.end : t.start] if head else text[t.end : prev.start]
        if CLAUSE_STOP.search(between):
            break
        out.append(t)
        prev = t
    return out if head else list(reversed(out))


TIE = 1e-9
"""Similarities closer than this are equal (floating-point noise)."""


def lead_reading(ev: Evidence) -> QuoteMatch | None:
    """For a short quote not found (one piece, fewer than ``short-words``, too short for the
    matcher to read a changed word: ``match.short-quote``): the quote read right after the
    passage its lead-in names (:attr:`Evidence.lead_in` with the quote, looked up in the
    attributed speaker's own words), when that reading is found (:attr:`Evidence.found`: the
    lead-in places it and only a figure changed, :attr:`Evidence.figure_placed`); else None.
    The ladder judges it instead of calling the quote made up or unplaced."""
    ctx, quote = ev.ctx, ev.quote
    speaker = quote.attribution.speaker
    pieces = ev.qmatch.pieces
    if ev.found or not speaker or len(pieces) != 1 or ev.total >= ctx.settings.short_words:
        return None
    lead = ev.lead_in
    content = is_content(ctx.lang)
    if sum(1 for t in lead if content(t)) < LEAD_IN_CONTENT:
        return None
    index = ctx.index

    def own(s_idx: int, pos: int) -> bool:
        return ctx.own_turn_at(speaker, s_idx, pos)

    piece = pieces[0]
    whole = index.best(index.encode([*lead, *piece.tokens]), prefer=own)
    if whole is None:
        return None
    # The source word after the last lead-in word aligned as equal: where the quote's own
    # words must stand.
    after = [
        whole.start + j2 - (i2 - min(i2, len(lead)))
        for tag, i1, i2, _, j2 in whole.opcodes
        if tag == "equal" and i1 < len(lead)
    ]
    if not after:
        return None
    at = max(after)
    code = index.encode(piece.tokens)
    al = index.align(code, whole.source, at, at + len(code) + LEAD_IN_SLACK)
    if al is None or al.start != at:
        return None
    reading = QuoteMatch([Piece(piece.tokens, al, piece.segment)])
    return reading if Evidence(quote, reading, ctx).found else None


def reread_preferring(ev: Evidence, prefer: Callable[[int, int], bool]) -> QuoteMatch | None:
    """The quote matched again, ``prefer(source, token position)`` breaking ties between
    equally good places; None unless the new match is as good as the one found (within
    :data:`TIE`) and its main piece is a preferred place (or the matcher cannot be asked)."""
    if ev.ctx.reread is None:
        return None
    alt = ev.ctx.reread(ev.quote, prefer)
    primary = alt.primary
    if primary is None or alt.similarity + TIE < ev.similarity:
        return None
    return alt if prefer(primary.source, primary.start) else None
