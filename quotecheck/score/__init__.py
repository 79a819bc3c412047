"""Stage 3, score: a quote and its match → verdict, similarity, typed edits and findings.

The verdict rules, in order (the first that applies wins; ``docs/verdicts.md`` gives reasons):

1. a reporter's frame at the head of the quote ("I added that …")  → narration_inserted
2. found, but the span is someone else's words                              → misattributed
3. found in pieces joined without a mark (or out of order)                  → spliced
4. found, every piece equal after typography and case                       → verbatim / elided
5. … equal after house style and aliases                                    → normalized / elided
6. found with some words changed                                            → altered
7. found only as a rewording throughout                                     → paraphrased
8. not found, no source for the speaker (or no speaker, or elsewhere)       → unverifiable
9. not found, the speaker's sources were checked                            → fabricated
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from quotecheck.extract.speakers import same_person
from quotecheck.lang.schema import LanguageData
from quotecheck.match import Piece, QuoteMatch, match_quote
from quotecheck.match.index import SourceIndex
from quotecheck.match.normalize import AliasTable, Token
from quotecheck.models import (
    Edit,
    EditKind,
    Finding,
    MatchInfo,
    Quote,
    QuoteKind,
    QuoteResult,
    SegmentKind,
    Source,
    Verdict,
)
from quotecheck.rules import get_rule
from quotecheck.score.edits import is_cosmetic_only, typed_edits
from quotecheck.score.settings import ScoreSettings

__all__ = [
    "MEANING_CODES",
    "ScoreSettings",
    "SpeakerCheck",
    "judge",
    "quote_finding",
    "span_speaker",
]

MEANING_CODES = {
    EditKind.NEGATION: "QC110",
    EditKind.NUMBER: "QC111",
    EditKind.MODALITY: "QC112",
    EditKind.ENTITY: "QC113",
    EditKind.PERSON: "QC114",
    EditKind.TENSE: "QC115",
}
_VERDICT_CODES = {
    Verdict.ALTERED: "QC101",
    Verdict.PARAPHRASED: "QC102",
    Verdict.SPLICED: "QC103",
    Verdict.NARRATION_INSERTED: "QC104",
    Verdict.MISATTRIBUTED: "QC201",
    Verdict.FABRICATED: "QC301",
    Verdict.UNVERIFIABLE: "QC302",
    Verdict.TRANSLATED_ALTERED: "QC401",
    Verdict.TRANSLATED: "QC402",
}


@dataclass(frozen=True)
class SpeakerCheck:
    """What the scorer knows about speakers for one article."""

    with_sources: tuple[str, ...]
    """Canonical names of speakers who have at least one source."""
    aliases: dict[str, tuple[str, ...]]
    """Speaker → other names for them (from sources and configuration)."""

    def same(self, a: str | None, b: str | None) -> bool:
        """Whether two speaker names denote the same person."""
        if not a or not b:
            return False
        names_a = (a, *self.aliases.get(a, ()))
        names_b = (b, *self.aliases.get(b, ()))
        return any(same_person(x, y) for x in names_a for y in names_b)

    def has_source(self, speaker: str | None) -> bool:
        """Whether some source is declared for ``speaker``."""
        return any(self.same(speaker, s) for s in self.with_sources)


def span_speaker(source: Source, start: int) -> tuple[str | None, bool]:
    """Who speaks at ``start`` in ``source``: (speaker, the source is quoting someone else)."""
    best = None
    for turn in source.turns:
        if turn.start <= start < turn.end and (best is None or turn.start >= best.start):
            best = turn
    if best is None:
        return source.speaker, False
    if best.quoted:
        return best.speaker, True
    return best.speaker, False


@dataclass
class _Context:
    quote: Quote
    view: str
    raw: str
    index: SourceIndex
    lang: LanguageData
    aliases: AliasTable | None
    speakers: SpeakerCheck
    settings: ScoreSettings
    position: Callable[[int], tuple[int, int]]
    source_names: Sequence[str]
    requeried: bool = False
    article_occasions: tuple[str, ...] = ()


def judge(
    quote: Quote,
    qmatch: QuoteMatch,
    *,
    view: str,
    raw: str,
    index: SourceIndex,
    lang: LanguageData,
    aliases: AliasTable | None,
    speakers: SpeakerCheck,
    position: Callable[[int], tuple[int, int]],
    source_names: Sequence[str],
    settings: ScoreSettings | None = None,
    article_occasions: Sequence[str] = (),
    _requeried: bool = False,
) -> QuoteResult:
    """The verdict for one quote, with its evidence.

    ``article_occasions`` are the occasions the article names for other quotes of the same
    speaker ("on Fox News Sunday"): a quote that is not found and names no occasion of its own
    may come from one of them, so it is unverifiable rather than fabricated when the speaker's
    sources do not cover it.
    """
    ctx = _Context(
        quote,
        view,
        raw,
        index,
        lang,
        aliases,
        speakers,
        settings or ScoreSettings(),
        position,
        source_names,
        _requeried,
        tuple(article_occasions),
    )
    att = quote.attribution
    speaker = att.speaker
    st = ctx.settings

    if not index.sources:
        return _result(
            ctx,
            Verdict.UNVERIFIABLE,
            0.0,
            None,
            [],
            "no sources were given, so nothing can be checked",
        )

    frame = _narration_frame(quote, view, lang)
    if frame is not None:
        return _narration(ctx, qmatch, frame)
    echoed = _echoes_narration(ctx, qmatch)
    if echoed is not None:
        return echoed

    similarity = qmatch.similarity
    primary = qmatch.primary
    edits = _edits(ctx, qmatch)
    info = _match_info(ctx, qmatch)
    total = max(1, qmatch.tokens)
    matched = sum(p.alignment.matched for p in qmatch.found if p.alignment)
    changed = 1 - matched / total

    anchored = _longest_equal_run(qmatch) >= st.anchor_run
    found = primary is not None and (
        anchored
        or (
            similarity >= st.found_min
            and (total >= st.short_words or similarity >= st.short_min)
            and _content_matched(ctx, qmatch) >= st.content_matched
        )
    )
    paraphrase = False
    lexical = max(similarity, qmatch.rank)
    if primary is not None and not found and lexical >= st.paraphrase_min:
        paraphrase = _content_overlap(ctx, qmatch) >= st.paraphrase_overlap
        paraphrase = paraphrase and not _weak_against_occasion(ctx, qmatch)
        similarity = lexical if paraphrase else similarity
    if not found and not paraphrase:
        return _not_found(ctx, qmatch, info)

    assert primary is not None and info is not None
    src = index.sources[primary.source]
    span_who, quoted_in_source = span_speaker(src, info.start)
    if speaker and (quoted_in_source or (span_who and not speakers.same(speaker, span_who))):
        # The same words may also stand in the speaker's own turn (a line someone else
        # quoted back, "he said, 'That makes me smart'"): an equally good place there wins.
        own = _own_turn_match(ctx, qmatch)
        if own is not None:
            return judge(
                quote,
                own,
                view=view,
                raw=raw,
                index=index,
                lang=lang,
                aliases=aliases,
                speakers=speakers,
                position=position,
                source_names=source_names,
                settings=settings,
                article_occasions=article_occasions,
                _requeried=True,
            )
    misattributed: tuple[str, str] | None = None  # (why, who says the words in the source)
    if quoted_in_source:
        who = f"someone {src.speaker} quotes" if src.speaker else "someone the source quotes"
        why = f"these words are in the source, but as {who}, not as the speaker's own"
        misattributed = (why, span_who or who)
    elif speaker and span_who and not speakers.same(speaker, span_who):
        if similarity < st.misattributed_min or qmatch.tokens < st.misattributed_tokens:
            # A loose match in another speaker's words is not evidence that they said it.
            return _not_found(ctx, qmatch, info)
        why = (
            f"the article attributes these words to {speaker}, but in the source "
            f"{span_who} says them"
        )
        misattributed = (why, span_who)
    if misattributed is not None:
        why, who = misattributed
        return _result(
            ctx, Verdict.MISATTRIBUTED, similarity, info, edits, why, extra={"span_speaker": who}
        )

    elided = any(s.kind in _CUT_MARKS for s in quote.segments)
    moved = _compact_moves(ctx, qmatch)
    if moved is not None:
        edits = sorted(
            [*edits, *moved],
            key=lambda e: e.quote_start if e.quote_start is not None else -1,
        )
    occasion = _occasion_findings(ctx, info)
    if moved is None and (any(p.unmarked for p in qmatch.pieces) or not qmatch.in_order()):
        return _result(
            ctx,
            Verdict.SPLICED,
            similarity,
            info,
            edits,
            "the quote joins words from different places without marking the cut",
            findings=occasion,
        )
    findings_extra = _gap_checks(ctx, qmatch) + _boundary_checks(ctx, qmatch) + occasion
    meaning = [e for e in edits if e.meaning_changing]
    all_found = all(p.alignment is not None for p in qmatch.pieces)
    exact = all_found and all(p.alignment and p.alignment.similarity == 1.0 for p in qmatch.pieces)
    if exact and not meaning and moved is None:
        cosmetic = [
            e for e in edits if e.kind in (EditKind.SPELLING, EditKind.ALIAS, EditKind.CONTRACTION)
        ]
        if elided:
            verdict = Verdict.ELIDED
            why = "every piece around the ellipsis is in the source, in order"
        elif cosmetic:
            verdict = Verdict.NORMALIZED
            why = "identical after house style: " + ", ".join(
                f"{e.quote} ↔ {e.source}" for e in cosmetic[:4]
            )
        else:
            verdict = Verdict.VERBATIM
            why = "identical to the source"
        return _result(ctx, verdict, similarity, info, edits, why, findings=findings_extra)
    changes = [e for e in edits if not is_cosmetic_only([e])]
    throughout = len(changes) >= max(st.paraphrase_edits, -(-total // st.paraphrase_words_per_edit))
    if moved is not None:
        changed = sum(len(p.tokens) for p in qmatch.pieces if p.alignment is None) / total
        throughout = len(changes) - len(moved) >= max(
            st.paraphrase_edits, -(-total // st.paraphrase_words_per_edit)
        )
    if found and changed <= st.altered_max_changed and not throughout:
        shown = "; ".join(
            f"“{e.quote}” moved"
            if e.kind is EditKind.REORDERING
            else f"“{e.quote}” for “{e.source}”"
            if e.quote and e.source
            else (f"added “{e.quote}”" if e.quote else f"dropped “{e.source}”")
            for e in changes[:3]
        )
        return _result(
            ctx,
            Verdict.ALTERED,
            similarity,
            info,
            edits,
            f"same passage, words changed: {shown}",
            findings=findings_extra,
        )
    if _weak_against_occasion(ctx, qmatch):
        return _not_found(ctx, qmatch, info)
    return _result(
        ctx,
        Verdict.PARAPHRASED,
        similarity,
        info,
        edits,
        "the passage is recognisable but reworded throughout",
        findings=findings_extra,
    )


# --------------------------------------------------------------------------- helpers
_CUT_MARKS = frozenset({SegmentKind.ELLIPSIS, SegmentKind.INSERTION})
"""Segments that mark the article's own cuts and words (a speaker label is neither)."""


def _narration_frame(quote: Quote, view: str, lang: LanguageData) -> re.Match[str] | None:
    texts = [s for s in quote.segments if s.kind is SegmentKind.TEXT]
    if not texts:
        return None
    head = view[texts[0].start : texts[0].end]
    for rx in lang.narration_frames:
        m = re.match(rx, head, flags=re.IGNORECASE)
        if m:
            return m
    return None


def _narration(ctx: _Context, qmatch: QuoteMatch, frame: re.Match[str]) -> QuoteResult:
    seg = next(s for s in ctx.quote.segments if s.kind is SegmentKind.TEXT)
    frame_start = seg.start + frame.start()
    frame_end = seg.start + frame.end()
    from quotecheck.match.normalize import tokenize

    rest = tokenize(ctx.view, frame_end, seg.end, lang=ctx.lang, aliases=ctx.aliases)
    info = None
    similarity = 0.0
    if rest:
        al = ctx.index.best(ctx.index.encode(rest))
        if al is not None and al.similarity >= ctx.settings.paraphrase_min:
            a, b = ctx.index.source_span(al.source, al.start, al.end)
            src = ctx.index.sources[al.source]
            info = MatchInfo(
                source=ctx.source_names[al.source],
                start=a,
                end=b,
                text=src.text[a:b],
                speaker=span_speaker(src, a)[0],
                pieces=((a, b),),
            )
            similarity = al.similarity
    frame_text = ctx.raw[frame_start:frame_end]
    edits = [
        Edit(
            kind=EditKind.INSERTION,
            quote=frame_text,
            source="",
            quote_start=frame_start,
            quote_end=frame_end,
            meaning_changing=True,
            note="a reporting frame inside the quote marks",
        )
    ]
    first = frame.group(0).split()[0].lower()
    if first in ctx.lang.first_person:
        edits.append(
            Edit(
                kind=EditKind.PERSON,
                quote=frame.group(0).split()[0],
                source="",
                quote_start=frame_start,
                quote_end=frame_start + len(first),
                meaning_changing=True,
                note="first person where the reporter's narration had the speaker",
            )
        )
    return _result(
        ctx,
        Verdict.NARRATION_INSERTED,
        similarity,
        info,
        edits,
        f"the quote begins with the reporter's frame “{frame_text.strip()}”: "
        "narration was put in the speaker's mouth",
    )


def _piece_source_tokens(ctx: _Context, p: Piece) -> list[Token]:
    assert p.alignment is not None
    return ctx.index.tokens[p.alignment.source][p.alignment.start : p.alignment.end]


def _edits(ctx: _Context, qmatch: QuoteMatch) -> list[Edit]:
    edits: list[Edit] = []
    for n, p in enumerate(qmatch.pieces):
        if p.alignment is None:
            continue
        src = ctx.index.sources[p.alignment.source]
        edits.extend(
            typed_edits(
                ctx.raw,
                src.text,
                p.tokens,
                _piece_source_tokens(ctx, p),
                p.alignment.opcodes,
                ctx.lang,
                first_piece=n == 0,
            )
        )
    return edits


def _match_info(ctx: _Context, qmatch: QuoteMatch) -> MatchInfo | None:
    found = qmatch.found
    if not found:
        return None
    primary = qmatch.primary
    assert primary is not None
    s_idx = primary.source
    spans = []
    for p in found:
        assert p.alignment is not None
        spans.append(ctx.index.source_span(p.alignment.source, p.alignment.start, p.alignment.end))
    same = [
        sp
        for p, sp in zip(found, spans, strict=True)
        if p.alignment is not None and p.alignment.source == s_idx
    ]
    a = min(sp[0] for sp in same)
    b = max(sp[1] for sp in same)
    src = ctx.index.sources[s_idx]
    norm_levels = sorted(
        {t.level for p in found for t in p.tokens if t.level}
        | {t.level for p in found for t in _piece_source_tokens(ctx, p) if t.level}
    )
    return MatchInfo(
        source=ctx.source_names[s_idx],
        start=a,
        end=b,
        text=src.text[a:b],
        speaker=span_speaker(src, a)[0],
        pieces=tuple(spans),
        normalization=tuple(norm_levels),
    )


def _own_turn_match(ctx: _Context, qmatch: QuoteMatch) -> QuoteMatch | None:
    """The quote matched again, preferring the attributed speaker's own words on ties.

    The same sentence can stand in several places of a transcript (a candidate repeating
    themselves, a moderator reading a line back); only an equally good place in the speaker's
    own turn replaces the first one found.
    """
    if ctx.requeried:
        return None
    speaker = ctx.quote.attribution.speaker
    index = ctx.index

    def prefer(s_idx: int, pos: int) -> bool:
        toks = index.tokens[s_idx]
        if not 0 <= pos < len(toks):
            return False
        who, quoted = span_speaker(index.sources[s_idx], toks[pos].start)
        return not quoted and ctx.speakers.same(speaker, who)

    alt = match_quote(ctx.quote, ctx.view, index, ctx.lang, aliases=ctx.aliases, prefer=prefer)
    primary = alt.primary
    if primary is None or alt.similarity + 1e-9 < qmatch.similarity:
        return None
    if not prefer(primary.source, primary.start):
        return None
    return alt


def _compact_moves(ctx: _Context, qmatch: QuoteMatch) -> list[Edit] | None:
    """Edits for pieces split off a segment that all come from one short stretch of a source.

    Such pieces are not a splice: the words are the passage's own, re-ordered (a reordering
    edit) or with a few words left out without a mark (a deletion).  None when some unmarked
    piece lies far from the others, or in another source: that is a splice.
    """
    by_segment: dict[int, list[Piece]] = {}
    for p in qmatch.pieces:
        if p.unmarked:
            by_segment.setdefault(p.segment, []).append(p)
    if not by_segment:
        return None
    edits: list[Edit] = []
    for pieces in by_segment.values():
        als = [p.alignment for p in pieces]
        if any(a is None for a in als):
            return None
        sources = {a.source for a in als if a is not None}
        if len(sources) != 1:
            return None
        lo = min(a.start for a in als if a is not None)
        hi = max(a.end for a in als if a is not None)
        ntok = sum(len(p.tokens) for p in pieces)
        st = ctx.settings
        if hi - lo > ntok + max(st.compact_slack, int(ntok * st.compact_share)):
            return None
        s_idx = next(iter(sources))
        src = ctx.index.sources[s_idx]
        stoks = ctx.index.tokens[s_idx]
        for a, b in itertools.pairwise(pieces):
            assert a.alignment is not None and b.alignment is not None
            if b.alignment.start < a.alignment.start:
                qa, qb = b.tokens[0].start, b.tokens[-1].end
                sa, sb = ctx.index.source_span(s_idx, b.alignment.start, b.alignment.end)
                edits.append(
                    Edit(
                        kind=EditKind.REORDERING,
                        quote=ctx.raw[qa:qb],
                        source=src.text[sa:sb],
                        quote_start=qa,
                        quote_end=qb,
                        source_start=sa,
                        source_end=sb,
                        note="the same words stand in another order",
                    )
                )
            elif b.alignment.start > a.alignment.end:
                gap = stoks[a.alignment.end : b.alignment.start]
                kind = EditKind.DELETION
                if any(t.norm in ctx.lang.negations for t in gap):
                    kind = EditKind.NEGATION
                sa, sb = gap[0].start, gap[-1].end
                edits.append(
                    Edit(
                        kind=kind,
                        quote="",
                        source=src.text[sa:sb],
                        quote_start=b.tokens[0].start,
                        quote_end=b.tokens[0].start,
                        source_start=sa,
                        source_end=sb,
                        meaning_changing=kind is EditKind.NEGATION,
                        note="words left out without an ellipsis",
                    )
                )
    return edits


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@cache
def _phrases_re(phrases: frozenset[str]) -> re.Pattern[str]:
    """One expression for any of ``phrases`` as whole words, any white space between them."""
    alts = sorted((r"\s+".join(map(re.escape, p.split())) for p in phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b" if alts else r"(?!)", re.IGNORECASE)


def _occasion_agrees(cue: str, source: Source, lang: LanguageData) -> bool:
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
        if len(w) > 2
        and w not in lang.stopwords
        and w not in lang.occasion_fillers
        and w not in lang.occasion_stems
    ]
    words.extend(stem for stem in sorted(lang.occasion_stems) if stem in cue.lower())
    return any(w in described for w in words)


def _occasion_findings(ctx: _Context, info: MatchInfo | None) -> list[Finding]:
    """QC203: the words were found, but the article places them on another occasion."""
    cue = ctx.quote.attribution.occasion
    primary_source = None
    if info is not None:
        for i, name in enumerate(ctx.source_names):
            if name == info.source:
                primary_source = ctx.index.sources[i]
                break
    if not cue or primary_source is None:
        return []
    if _occasion_agrees(cue, primary_source, ctx.lang):
        return []
    where = primary_source.occasion or primary_source.kind
    if primary_source.date:
        where += f", {primary_source.date}"
    return [
        _finding(
            ctx,
            "QC203",
            f"the article places the quote “{cue}”, but the words are from "
            f"{info.source if info else ''}"
            f" ({where})",
        )
    ]


_ARTICLE_CACHE: dict[int, tuple[str, list[Token]]] = {}


def _narration_tokens(ctx: _Context) -> list[Token]:
    """Tokens of the article outside every pair of quote marks (the reporter's own words)."""
    key = id(ctx.view)
    hit = _ARTICLE_CACHE.get(key)
    if hit is not None and hit[0] is ctx.view:
        return hit[1]
    from quotecheck.extract.scanner import scan
    from quotecheck.match.normalize import tokenize

    masked = list(ctx.view)
    for rq in scan(ctx.view, apostrophe_words=ctx.lang.apostrophe_words).quotes:
        for i in range(rq.open_start, min(rq.close_end, len(masked))):
            masked[i] = " "
    toks = tokenize("".join(masked), lang=ctx.lang, aliases=ctx.aliases)
    _ARTICLE_CACHE.clear()
    _ARTICLE_CACHE[key] = (ctx.view, toks)
    return toks


_SEED = 5
"""Length of the word n-grams that seed the longest common run (the shortest run that counts)."""


def _longest_common_run(a: Sequence[str], b: Sequence[str]) -> tuple[int, int, int]:
    """(length, start in a, start in b) of the longest run of equal words, if ≥ ``_SEED`` long.

    Seeded by word n-grams of ``b`` in a hash table, so the cost is linear in ``len(a) +
    len(b)`` for ordinary prose instead of the ``len(a) × len(b)`` of a full comparison; each
    seed is extended once and positions inside a found run are skipped.
    """
    if len(a) < _SEED or len(b) < _SEED:
        return 0, 0, 0
    grams: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(b) - _SEED + 1):
        hits = grams.setdefault(tuple(b[j : j + _SEED]), [])
        if len(hits) < 8:
            hits.append(j)
    best = (0, 0, 0)
    i = 0
    while i <= len(a) - _SEED:
        longest = 0
        for j in grams.get(tuple(a[i : i + _SEED]), ()):
            size = _SEED
            while i + size < len(a) and j + size < len(b) and a[i + size] == b[j + size]:
                size += 1
            if size > best[0]:
                best = (size, i, j)
            longest = max(longest, size)
        i += max(1, longest - _SEED + 1)
    return best


def _echoes_narration(ctx: _Context, qmatch: QuoteMatch) -> QuoteResult | None:
    """A quote whose words are the article's own narration rather than the source's."""
    q_tokens = [t for p in qmatch.pieces for t in p.tokens]
    n = len(q_tokens)
    st = ctx.settings
    if n < st.echo_words or qmatch.similarity >= st.echo_below:
        return None
    narration = _narration_tokens(ctx)
    if not narration:
        return None
    size, at_q, at_n = _longest_common_run([t.norm for t in q_tokens], [t.norm for t in narration])
    if size < max(st.echo_words, int(st.echo_share * n)) or size <= _longest_equal_run(qmatch):
        return None
    first, last = narration[at_n], narration[at_n + size - 1]
    echoed = ctx.raw[first.start : last.end]
    qa, qb = q_tokens[at_q].start, q_tokens[at_q + size - 1].end
    edits = [
        Edit(
            kind=EditKind.INSERTION,
            quote=ctx.raw[qa:qb],
            source="",
            quote_start=qa,
            quote_end=qb,
            meaning_changing=True,
            note="words of the article's own narration inside the quote marks",
        )
    ]
    return _result(
        ctx,
        Verdict.NARRATION_INSERTED,
        qmatch.similarity,
        _match_info(ctx, qmatch),
        edits,
        f"the quote repeats the article's own narration “{_clip(echoed)}” rather than the "
        "source: narration was put in the speaker's mouth",
    )


def _longest_equal_run(qmatch: QuoteMatch) -> int:
    best = 0
    for p in qmatch.found:
        assert p.alignment is not None
        for tag, i1, i2, _, _ in p.alignment.opcodes:
            if tag == "equal":
                best = max(best, i2 - i1)
    return best


def _is_content(lang: LanguageData) -> Callable[[Token], bool]:
    """A test for content words: not function words, auxiliaries, modals, negations, pronouns."""

    def content(t: Token) -> bool:
        w = t.norm
        return (
            len(w) > 2
            and w not in lang.stopwords
            and w not in lang.modals
            and w not in lang.negations
            and w not in lang.pronouns
            and w not in lang.tense_markers
        )

    return content


def _content_matched(ctx: _Context, qmatch: QuoteMatch) -> float:
    """Share of the quote's content words aligned to identical source words.

    Function words, auxiliaries, modals, negations and pronouns do not count: "may not have
    paid" and "may not have liked" share four words and nothing that was said.
    """
    content = _is_content(ctx.lang)
    total = 0
    hit = 0
    for p in qmatch.pieces:
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


def _content_overlap(ctx: _Context, qmatch: QuoteMatch) -> float:
    """Share of the quote's content words that occur near its best source passage."""
    primary = qmatch.primary
    if primary is None:
        return 0.0
    toks = ctx.index.tokens[primary.source]
    window = ctx.settings.overlap_window
    lo = max(0, primary.start - window)
    hi = min(len(toks), primary.end + window)
    near = {t.norm for t in toks[lo:hi]}
    is_content = _is_content(ctx.lang)
    content = {t.norm for p in qmatch.pieces for t in p.tokens if is_content(t)}
    shared = sum(1 for w in content if w in near)
    if not content or shared < ctx.settings.overlap_words:
        return 0.0  # two shared words are chance, not a rewording of this passage
    return shared / len(content)


def _not_found(ctx: _Context, qmatch: QuoteMatch, info: MatchInfo | None) -> QuoteResult:
    att = ctx.quote.attribution
    speaker = att.speaker
    nearest = info
    if speaker is None:
        why = "no speaker could be attributed, and the words are in no source"
        return _result(ctx, Verdict.UNVERIFIABLE, qmatch.similarity, None, [], why, nearest=nearest)
    if not ctx.speakers.has_source(speaker):
        return _result(
            ctx,
            Verdict.UNVERIFIABLE,
            qmatch.similarity,
            None,
            [],
            f"no source was given for {speaker}, so the quote cannot be checked",
            nearest=nearest,
        )
    if att.occasion:
        return _result(
            ctx,
            Verdict.UNVERIFIABLE,
            qmatch.similarity,
            None,
            [],
            f"not in {speaker}'s sources, but the article places it on another "
            f"occasion ({att.occasion})",
            nearest=nearest,
        )
    elsewhere = _placed_elsewhere(ctx, speaker)
    if elsewhere:
        return _result(
            ctx,
            Verdict.UNVERIFIABLE,
            qmatch.similarity,
            None,
            [],
            f"not in {speaker}'s sources; the article places other quotes of {speaker} on an "
            f"occasion those sources do not cover ({elsewhere[0]})",
            nearest=nearest,
        )
    covered = _speaker_occasions(ctx, speaker)
    if covered and not _article_names_occasion(ctx, covered):
        return _result(
            ctx,
            Verdict.UNVERIFIABLE,
            qmatch.similarity,
            None,
            [],
            f"not in {speaker}'s sources, which cover only {', '.join(covered)}; the article "
            "does not place the quote there",
            nearest=nearest,
        )
    if ctx.quote.kind is QuoteKind.SCARE:
        return _result(
            ctx,
            Verdict.UNVERIFIABLE,
            qmatch.similarity,
            None,
            [],
            "a scare quote or title, not found in the sources",
            nearest=nearest,
        )
    return _result(
        ctx,
        Verdict.FABRICATED,
        qmatch.similarity,
        None,
        [],
        f"attributed to {speaker}, but nothing close enough is in their sources",
        nearest=nearest,
    )


_SENTENCE_END = re.compile(r"[.!?;]")


def _same_sentence(text: str, toks: Sequence[Token], head: bool) -> list[Token]:
    """The tokens of ``toks`` in the sentence that touches its start (``head``) or its end."""
    if not toks:
        return []
    out: list[Token] = []
    seq = toks if head else list(reversed(toks))
    prev = seq[0]
    out.append(prev)
    for t in seq[1:]:
        between = text[prev.end : t.start] if head else text[t.end : prev.start]
        if _SENTENCE_END.search(between):
            break
        out.append(t)
        prev = t
    return out if head else list(reversed(out))


def _weak_against_occasion(ctx: _Context, qmatch: QuoteMatch) -> bool:
    """A reworded match (below ``found_min``) of a quote the article places on another
    occasion, or whose speaker's other quotes it places there: shared topic words are weak
    evidence, and the occasion says where the words really come from."""
    speaker = ctx.quote.attribution.speaker
    if not speaker or qmatch.similarity >= ctx.settings.found_min:
        return False
    return bool(ctx.quote.attribution.occasion or _placed_elsewhere(ctx, speaker))


def _placed_elsewhere(ctx: _Context, speaker: str) -> list[str]:
    """Occasions the article names for the speaker's other quotes that none of the speaker's
    sources can be."""
    if not ctx.article_occasions:
        return []  # the common case: no need to look through every source's turns
    sources = _speaker_sources(ctx, speaker)
    return [
        occ
        for occ in ctx.article_occasions
        if not any(_occasion_agrees(occ, src, ctx.lang) for src in sources)
    ]


def _speaker_sources(ctx: _Context, speaker: str) -> list[Source]:
    """The sources in which ``speaker`` speaks (as the author or in a turn of their own)."""
    out: list[Source] = []
    for src in ctx.index.sources:
        names = {src.speaker} | {t.speaker for t in src.turns if not t.quoted}
        if any(ctx.speakers.same(speaker, n) for n in names if n):
            out.append(src)
    return out


def _speaker_occasions(ctx: _Context, speaker: str) -> list[str]:
    """Occasions declared by every source of ``speaker`` (empty when one declares none)."""
    out: list[str] = []
    for src in _speaker_sources(ctx, speaker):
        if not src.occasion:
            return []
        out.append(src.occasion)
    return list(dict.fromkeys(out))


_THEMATIC_BREAK = re.compile(r"(?m)^[ \t]*(?:[-_*][ \t]*){3,}\.?[ \t]*$")


def _article_names_occasion(ctx: _Context, occasions: Sequence[str]) -> bool:
    """Whether the article, around the quote, names one of ``occasions`` ("the debate")."""
    q = ctx.quote
    window = ctx.settings.occasion_window
    lo, hi = max(0, q.start - window), q.end + window
    for brk in _THEMATIC_BREAK.finditer(ctx.view, lo, hi):
        # A rule line ends one item of a live blog or digest and starts the next.
        if brk.end() <= q.start:
            lo = brk.end()
        elif brk.start() >= q.end:
            hi = brk.start()
            break
    around = ctx.view[lo:hi].lower()
    for occ in occasions:
        words = [
            w
            for w in re.findall(r"[^\W\d_]+", occ.lower())
            if len(w) > 3 and w not in ctx.lang.stopwords
        ]
        if any(re.search(rf"\b{re.escape(w)}", around) for w in words):
            return True
    return False


def _gap_checks(ctx: _Context, qmatch: QuoteMatch) -> list[Finding]:
    """QC105: what an ellipsis cut contains a negation or a limiter of the kept words.

    Only the cut words in the sentence of the piece before or after the ellipsis count: an
    ellipsis that leaves out whole sentences between two kept ones governs neither.
    """
    out = []
    found = qmatch.found
    for a, b in itertools.pairwise(found):
        assert a.alignment is not None and b.alignment is not None
        if a.alignment.source != b.alignment.source or b.segment == a.segment:
            continue
        src = ctx.index.sources[a.alignment.source]
        toks = ctx.index.tokens[a.alignment.source]
        gap = toks[a.alignment.end : b.alignment.start]
        if not gap:
            continue
        lead = toks[a.alignment.end - 1 : b.alignment.start]
        near = _same_sentence(src.text, lead, head=True)[1:]
        trail = toks[a.alignment.end : b.alignment.start + 1]
        near += [t for t in _same_sentence(src.text, trail, head=False)[:-1] if t not in near]
        hits = [t for t in near if t.norm in ctx.lang.negations or t.norm in ctx.lang.limiters]
        if hits:
            cut = src.text[gap[0].start : gap[-1].end]
            out.append(
                _finding(
                    ctx,
                    "QC105",
                    f"the ellipsis cuts “{_clip(cut)}”, which contains “{hits[0].surface}”",
                )
            )
    return out


def _boundary_checks(ctx: _Context, qmatch: QuoteMatch) -> list[Finding]:
    """QC106: the quote stops right before a limiter or starts right after a negation.

    Both look only inside the quoted sentence: a full sentence followed by one that opens with
    "But" is not a cut.
    """
    found = qmatch.found
    if not found:
        return []
    out = []
    als = [p.alignment for p in found if p.alignment is not None]
    last = max((a for a in als if a.source == als[-1].source), key=lambda a: a.end)
    first = min((a for a in als if a.source == als[0].source), key=lambda a: a.start)
    toks = ctx.index.tokens[last.source]
    src = ctx.index.sources[last.source]
    if 0 < last.end < len(toks) and toks[last.end].norm in ctx.lang.limiters:
        between = src.text[toks[last.end - 1].end : toks[last.end].start]
        if not _SENTENCE_END.search(between):
            tail = src.text[toks[last.end].start : toks[min(len(toks), last.end + 8) - 1].end]
            out.append(_finding(ctx, "QC106", f"the source goes on “{_clip(tail)}…”"))
    ftoks = ctx.index.tokens[first.source]
    src = ctx.index.sources[first.source]
    if 0 < first.start < len(ftoks):
        before = _same_sentence(
            src.text, ftoks[max(0, first.start - 3) : first.start + 1], head=False
        )
        before = before[:-1]
        negs = [t for t in before if t.norm in ctx.lang.negations]
        if negs:
            head = src.text[before[0].start : before[-1].end]
            out.append(_finding(ctx, "QC106", f"in the source the words follow “{_clip(head)}”"))
    return out


def _clip(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def quote_finding(
    quote: Quote, code: str, message: str, position: Callable[[int], tuple[int, int]]
) -> Finding:
    """A finding of rule ``code`` on ``quote`` (the engine stamps code, name and level)."""
    rule = get_rule(code)
    line, column = position(quote.start)
    return Finding(
        code=rule.code,
        name=rule.name,
        level=rule.level,
        message=message,
        start=quote.start,
        end=quote.end,
        line=line,
        column=column,
        quote_index=quote.index,
    )


def _finding(ctx: _Context, code: str, message: str) -> Finding:
    return quote_finding(ctx.quote, code, message, ctx.position)


def _result(
    ctx: _Context,
    verdict: Verdict,
    similarity: float,
    info: MatchInfo | None,
    edits: Sequence[Edit],
    why: str,
    *,
    findings: Sequence[Finding] = (),
    extra: dict[str, str] | None = None,
    nearest: MatchInfo | None = None,
) -> QuoteResult:
    q = ctx.quote
    att = q.attribution
    out: list[Finding] = []
    code = _VERDICT_CODES.get(verdict)
    if code:
        out.append(_finding(ctx, code, why))
    for e in edits:
        mc = MEANING_CODES.get(e.kind)
        if mc and e.meaning_changing and not any(f.code == mc for f in out):
            out.append(
                _finding(
                    ctx,
                    mc,
                    f"“{e.quote}” where the source has “{e.source}”"
                    if e.source
                    else f"“{e.quote}” is not in the source",
                )
            )
    out.extend(findings)
    if att.speaker is None and verdict is not Verdict.UNVERIFIABLE:
        out.append(_finding(ctx, "QC202", att.reason or "no speaker found"))
    del extra, nearest
    return QuoteResult(
        text=q.text,
        start=q.start,
        end=q.end,
        line=q.line,
        column=q.column,
        speaker=att.speaker,
        speaker_mention=att.mention,
        verdict=verdict,
        similarity=round(max(0.0, min(1.0, similarity)), 4),
        match=info,
        edits=tuple(edits),
        codes=tuple(dict.fromkeys(f.code for f in out)),
        kind=q.kind,
        segments=q.segments,
        attribution=att,
        findings=tuple(out),
        explanation=why,
    )
