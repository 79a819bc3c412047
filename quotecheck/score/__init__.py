"""Stage 3, score: a quote and its match → verdict, similarity, typed edits and findings.

The verdict rules, in order (the first that applies wins; ``docs/verdicts.md`` gives reasons):

1. a reporter's frame at the head of the quote ("I went on to say that …")  → narration_inserted
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

from quotecheck.extract.speakers import same_person
from quotecheck.lang.schema import LanguageData
from quotecheck.match import Piece, QuoteMatch
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

__all__ = ["ScoreSettings", "SpeakerCheck", "judge", "span_speaker"]

_MEANING_CODES = {
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
class ScoreSettings:
    """Thresholds of the scorer (see ``docs/verdicts.md``)."""

    found_min: float = 0.5
    """Token similarity from which a quote counts as found (altered or better)."""
    paraphrase_min: float = 0.3
    """Token similarity from which a rewording can be a paraphrase …"""
    paraphrase_overlap: float = 0.5
    """… when at least this share of its content words occur in the source passage."""
    altered_max_changed: float = 0.5
    """An altered quote changes at most this share of its words; more is a paraphrase."""
    misattributed_min: float = 0.8
    """Similarity needed to say the words are someone else's (a loose match is not enough)."""
    misattributed_tokens: int = 3
    """… and the quote must have at least this many words."""
    anchor_run: int = 5
    """A run of this many identical words in order makes a quote found even if much was added."""
    paraphrase_edits: int = 4
    """From this many separate changes (or one per six words) a quote is reworded throughout."""


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
) -> QuoteResult:
    """The verdict for one quote, with its evidence."""
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

    similarity = qmatch.similarity
    primary = qmatch.primary
    edits = _edits(ctx, qmatch)
    info = _match_info(ctx, qmatch)
    total = max(1, qmatch.tokens)
    matched = sum(p.alignment.matched for p in qmatch.found if p.alignment)
    changed = 1 - matched / total

    anchored = _longest_equal_run(qmatch) >= st.anchor_run
    found = primary is not None and (similarity >= st.found_min or anchored)
    paraphrase = False
    lexical = max(similarity, qmatch.rank)
    if primary is not None and not found and lexical >= st.paraphrase_min:
        paraphrase = _content_overlap(ctx, qmatch) >= st.paraphrase_overlap
        similarity = lexical if paraphrase else similarity
    if not found and not paraphrase:
        return _not_found(ctx, qmatch, info)

    assert primary is not None and info is not None
    src = index.sources[primary.source]
    span_who, quoted_in_source = span_speaker(src, info.start)
    if quoted_in_source:
        who = f"someone {src.speaker} quotes" if src.speaker else "someone the source quotes"
        return _result(
            ctx,
            Verdict.MISATTRIBUTED,
            similarity,
            info,
            edits,
            f"these words are in the source, but as {who}, not as the speaker's own",
            extra={"span_speaker": span_who or who},
        )
    if speaker and span_who and not speakers.same(speaker, span_who):
        if similarity < st.misattributed_min or qmatch.tokens < st.misattributed_tokens:
            # A loose match in another speaker's words is not evidence that they said it.
            return _not_found(ctx, qmatch, info)
        return _result(
            ctx,
            Verdict.MISATTRIBUTED,
            similarity,
            info,
            edits,
            f"the article attributes these words to {speaker}, but in the source "
            f"{span_who} says them",
            extra={"span_speaker": span_who},
        )

    elided = any(s.kind is not SegmentKind.TEXT for s in quote.segments)
    if any(p.unmarked for p in qmatch.pieces) or not qmatch.in_order():
        return _result(
            ctx,
            Verdict.SPLICED,
            similarity,
            info,
            edits,
            "the quote joins words from different places without marking the cut",
        )
    findings_extra = _gap_checks(ctx, qmatch) + _boundary_checks(ctx, qmatch)
    meaning = [e for e in edits if e.meaning_changing]
    all_found = all(p.alignment is not None for p in qmatch.pieces)
    exact = all_found and all(p.alignment and p.alignment.similarity == 1.0 for p in qmatch.pieces)
    if exact and not meaning:
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
    throughout = len(changes) >= max(st.paraphrase_edits, -(-total // 6))
    if found and changed <= st.altered_max_changed and not throughout:
        shown = "; ".join(
            f"“{e.quote}” for “{e.source}”"
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


def _longest_equal_run(qmatch: QuoteMatch) -> int:
    best = 0
    for p in qmatch.found:
        assert p.alignment is not None
        for tag, i1, i2, _, _ in p.alignment.opcodes:
            if tag == "equal":
                best = max(best, i2 - i1)
    return best


def _content_overlap(ctx: _Context, qmatch: QuoteMatch) -> float:
    """Share of the quote's content words that occur near its best source passage."""
    primary = qmatch.primary
    if primary is None:
        return 0.0
    toks = ctx.index.tokens[primary.source]
    lo = max(0, primary.start - 30)
    hi = min(len(toks), primary.end + 30)
    near = {t.norm for t in toks[lo:hi]}
    content = [
        t.norm
        for p in qmatch.pieces
        for t in p.tokens
        if t.norm not in ctx.lang.stopwords and len(t.norm) > 2
    ]
    if not content:
        return 0.0
    return sum(1 for w in content if w in near) / len(content)


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


def _gap_checks(ctx: _Context, qmatch: QuoteMatch) -> list[Finding]:
    """QC105: what an ellipsis cut contains a negation."""
    out = []
    found = qmatch.found
    for a, b in itertools.pairwise(found):
        assert a.alignment is not None and b.alignment is not None
        if a.alignment.source != b.alignment.source or b.segment == a.segment:
            continue
        gap = ctx.index.tokens[a.alignment.source][a.alignment.end : b.alignment.start]
        negs = [t for t in gap if t.norm in ctx.lang.negations]
        if negs:
            src = ctx.index.sources[a.alignment.source]
            cut = src.text[gap[0].start : gap[-1].end] if gap else ""
            out.append(
                _finding(
                    ctx,
                    "QC105",
                    f"the ellipsis cuts “{_clip(cut)}”, which contains “{negs[0].surface}”",
                )
            )
    return out


def _boundary_checks(ctx: _Context, qmatch: QuoteMatch) -> list[Finding]:
    """QC106: the quote stops right before a limiter or starts right after a negation."""
    found = qmatch.found
    if not found:
        return []
    out = []
    last = found[-1].alignment
    first = found[0].alignment
    assert last is not None and first is not None
    toks = ctx.index.tokens[last.source]
    if last.end < len(toks) and toks[last.end].norm in ctx.lang.limiters:
        src = ctx.index.sources[last.source]
        tail = src.text[toks[last.end].start : toks[min(len(toks), last.end + 8) - 1].end]
        out.append(_finding(ctx, "QC106", f"the source goes on “{_clip(tail)}…”"))
    ftoks = ctx.index.tokens[first.source]
    before = ftoks[max(0, first.start - 3) : first.start]
    src = ctx.index.sources[first.source]
    if before and first.start < len(ftoks):
        between = src.text[before[0].start : ftoks[first.start].start]
        cut = max(between.rfind(c) for c in ".!?;:\n")
        if cut >= 0:  # only a negation in the same sentence governs the quoted words
            before = [t for t in before if t.start > before[0].start + cut]
    negs = [t for t in before if t.norm in ctx.lang.negations]
    if negs:
        head = src.text[before[0].start : before[-1].end]
        out.append(_finding(ctx, "QC106", f"in the source the words follow “{_clip(head)}”"))
    return out


def _clip(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _finding(ctx: _Context, code: str, message: str) -> Finding:
    rule = get_rule(code)
    q = ctx.quote
    line, column = ctx.position(q.start)
    return Finding(
        code=rule.code,
        name=rule.name,
        level=rule.level,
        message=message,
        start=q.start,
        end=q.end,
        line=line,
        column=column,
        quote_index=q.index,
    )


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
        mc = _MEANING_CODES.get(e.kind)
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
