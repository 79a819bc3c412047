"""The verdict ladder: the only place a verdict is chosen (``docs/verdicts.md``, in order).

Each step asks the evidence (:mod:`quotecheck.score.evidence`) or a check
(:mod:`quotecheck.score.checks`) one question; the first step that applies decides.

====  ==============================================================  =======================
step  condition                                                       verdict
====  ==============================================================  =======================
0     no sources at all                                               unverifiable
1     a reporting frame, or the article's narration, inside the marks narration_inserted
-     neither found nor recognisable as a rewording                   → steps 8, 9
2     someone else's words (an equally good reading in the speaker's  misattributed
      own turn is judged instead)
3     pieces joined without a mark, or out of order                   spliced
4/5   every piece identical (after house style and aliases)           verbatim / normalized /
                                                                      elided
6     found, some words changed                                       altered
6r    not found in order: the words of the speaker's sentence          altered
      reordered, a negation, number or modal added or left out
7     recognisable, reworded throughout                               paraphrased
8     not found; no speaker, no source for them, another occasion,    unverifiable
      or a scare quote
9a    not found, but the embedding shows the source re-translated     paraphrased
9     not found in the sources of a speaker who has them (the words   fabricated
      absent: not a short quote, sentences found apart, another's
      account of them, or her words together, reordered, adding
      and dropping no negation, number or modal)
then  invisible characters inside the marks (QC116): a bidi control    altered /
      makes a faithful quote altered, any other makes verbatim         normalized
      normalized
====  ==============================================================  =======================

A quote in another language than its sources takes :func:`judge_translated`: the same steps
2, 8 and 9 around the cross-language reading (``translated`` / ``translated_altered``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quotecheck.inputs.sources import TURN_KINDS, written_source
from quotecheck.lang.schema import LanguageData
from quotecheck.lang.sentences import WORD_OR_NUMBER
from quotecheck.match import QuoteMatch
from quotecheck.match.normalize import tokenize
from quotecheck.models import (
    Edit,
    EditKind,
    Finding,
    Level,
    MatchInfo,
    Quote,
    QuoteKind,
    QuoteResult,
    Verdict,
)
from quotecheck.score import joined
from quotecheck.score.checks import (
    condensed,
    cut,
    elision,
    invisible,
    narration,
    occasion,
    placement,
    retranslation,
    splice,
)
from quotecheck.score.checks.meaning import MEANING_CODES
from quotecheck.score.checks.speaker import (
    Call,
    denied,
    indirect_report,
    misattribution,
    misquoted,
    others_words,
    own_turn_reading,
    reported_claim,
    reported_from,
    someone_else,
    whose_translated,
    whose_words,
)
from quotecheck.score.context import ArticleContext
from quotecheck.score.edits import (
    at_clip_edge,
    clip_doubt,
    heard_either_way,
    is_cosmetic_only,
    is_garbled,
    is_range_or_correction,
    other_turn,
    reordered_edits,
    same_stem,
    same_verb,
    says_something,
)
from quotecheck.score.evidence import Evidence, clip, lead_reading, span_info
from quotecheck.score.result import VERDICT_CODES, verdict_result
from quotecheck.score.translated import TranslatedReading

__all__ = ["judge", "judge_splits", "judge_translated"]

COSMETIC_SHOWN = 4
"""House-style pairs named in a normalized quote's explanation."""

CHANGES_SHOWN = 3
"""Changes named in an altered quote's explanation."""


@dataclass(frozen=True)
class _OwnTurn:
    """Step 2's reading: the words stand as well in the speaker's own turn."""

    match: QuoteMatch


def judge(quote: Quote, qmatch: QuoteMatch, ctx: ArticleContext) -> QuoteResult:
    """The verdict for one quote in its sources' language, with its evidence."""
    reading = _ladder(Evidence(quote, qmatch, ctx), may_reread=True)
    if isinstance(reading, _OwnTurn):
        # Step 2: the words stand as well in the speaker's own turn; judge that reading.  Found
        # there only approximately on another occasion, it may still be read once on the
        # occasion the article reports (in the speaker's own turn there too).
        reading = _ladder(Evidence(quote, reading.match, ctx), may_reread=False, own_turn=True)
    if isinstance(reading, QuoteMatch):
        # A passage on the occasion the article reports; the occasion it names may still
        # decide between that passage and an equally close one elsewhere, once.
        reading = _ladder(Evidence(quote, reading, ctx), may_reread=False, may_name=True)
    if isinstance(reading, QuoteMatch):
        reading = _ladder(Evidence(quote, reading, ctx), may_reread=False)
    assert isinstance(reading, QuoteResult)
    return _invisible(reading, quote, ctx)


def judge_splits(
    quotes: Sequence[Quote],
    results: Sequence[QuoteResult],
    ctx: ArticleContext,
    match_on: joined.MatchOn,
) -> list[QuoteResult]:
    """``results`` (of ``quotes``, in order) with each split quote's pieces read as the one
    utterance the article gives (:mod:`quotecheck.score.joined`): when both pieces are faithful
    on their own, the second piece is ``spliced`` if the two stand apart in the source (other
    passages, turns, or the reverse order), ``altered`` if the sentence they make together
    changes the speaker's words at the join (a false start joined, a negation, number or modal
    left out), as the quote written without the cue would be; otherwise both stand.  Pieces
    apart in a source of another occasion than the quote's prove nothing (both stand)."""
    out = list(results)
    where = {q.index: k for k, q in enumerate(quotes)}
    for k, second in enumerate(quotes):
        j = where.get(second.joins) if second.joins is not None else None
        if j is None or ctx.reread is None:
            continue
        first, pair = quotes[j], (out[j], out[k])
        if any(r.verdict not in joined.FAITHFUL or r.match is None for r in pair):
            continue
        join = joined.together(first, second, pair, ctx)
        if join is None:
            continue  # not shown apart, not read together: doubt, no change
        if isinstance(join, joined.Apart):
            if _split_elsewhere(ctx, (first, second), join.reading):
                continue  # pieces apart in a source of another occasion: no evidence
            out[k] = verdict_result(
                ctx,
                second,
                Verdict.SPLICED,
                join.why,
                similarity=pair[1].similarity,
                info=pair[1].match,
            )
            continue
        read = joined.unsplit(first, second, ctx, match_on)
        if read is None:
            continue
        whole = judge(*read, ctx)
        changes = joined.join_changes(join, whole, ctx)
        if not changes:
            continue
        if _split_elsewhere(ctx, (first, second), read[1]):
            continue  # changed from a source of another occasion: no evidence
        why = (
            f"read with “{clip(first.text)}” as the one sentence the article gives, the "
            f"speaker's words change where the reporter's cue stands: "
            f"{'; '.join(_describe_change(e) for e in changes[:CHANGES_SHOWN])}"
        )
        out[k] = verdict_result(
            ctx,
            second,
            Verdict.ALTERED,
            why,
            similarity=whole.similarity,
            info=whole.match,
            edits=changes,
        )
    return out


def _split_elsewhere(ctx: ArticleContext, pieces: Sequence[Quote], reading: QuoteMatch) -> bool:
    """Whether the reading of a split quote's pieces together is in a source of another
    occasion than the article gives either piece (each piece's own frame holds the cue that
    stands between them: "“…,” Lee said in a radio interview, “…”"), or one as close is."""
    return any(
        occasion.source_elsewhere(ev) or occasion.alike_elsewhere(ev)
        for ev in (Evidence(q, reading, ctx) for q in pieces)
    )


SPEAKER_NOTES = {Call.THEIRS: "QC204", Call.UNCERTAIN: "QC205", Call.SECOND_HAND: "QC206"}
"""The finding that says how the source settled (or could not settle) whose words these are."""


def _ladder(
    ev: Evidence,
    *,
    may_reread: bool,
    notes: Sequence[Finding] = (),
    speaker_settled: bool = False,
    own_turn: bool = False,
    may_name: bool = False,
) -> QuoteResult | QuoteMatch | _OwnTurn:
    """The steps in order.  ``may_reread``: the quote may be matched again once (step 2's own
    turn, an occasion's passage); ``own_turn``: it was, for step 2, and may be once more for
    the occasion the article reports, in the speaker's own turn; ``may_name``: it was, on the
    occasion the article reports, and may be once more on the occasion it names."""
    ctx, quote, st = ev.ctx, ev.quote, ev.ctx.settings

    # 0. Nothing to check against.
    if not ctx.index.sources:
        return verdict_result(
            ctx, quote, Verdict.UNVERIFIABLE, "no sources were given, so nothing can be checked"
        )

    # 1. The reporter's words inside the marks.
    inserted = narration.frame(ev) or narration.echo(ev)
    if inserted is not None:
        return verdict_result(
            ctx,
            quote,
            Verdict.NARRATION_INSERTED,
            inserted.why,
            similarity=inserted.similarity,
            info=inserted.info,
            edits=inserted.edits,
        )

    # Found, or at least recognisable as a rewording of the passage? Otherwise steps 8 and 9.
    # Not found in order (or found changed, in part of it), but the words of the speaker's
    # sentence reordered with a negation, number or modal added or left out: step 6 on that
    # sentence ("We will raise the levy this year" for "Not this year will we raise the levy").
    turned = None if ev.exact else _reordered(ev)
    if turned is not None:
        return turned
    recognisable = ev.recognisable and not occasion.weak_against_occasion(ev)
    if not ev.found and not recognisable:
        # A short quote the article's own words place, a figure changed there ("inflation
        # was running at “three percent”"): judged at that passage, once.
        by_lead = lead_reading(ev) if may_reread else None
        if by_lead is not None:
            return by_lead
        return _not_found(ev)
    similarity = ev.similarity if ev.found else ev.lexical

    # 2. Someone else's words: the source as evidence about the attribution too.
    if may_reread and not speaker_settled and someone_else(ev):
        own = own_turn_reading(ev)
        if own is not None:
            return _OwnTurn(own)
    wrong = None if speaker_settled else misattribution(ev, similarity)
    if wrong is not None and wrong.loose:
        return _not_found(ev)  # a loose match in another speaker's words is no evidence
    identical = ev.identical
    # The article's own correction ("An earlier version misquoted Lee as saying “…”"): the
    # words it admits were wrong are no claim about anyone, so no accusation on them — of
    # the article's speaker, nor of the one whose words they are.
    admitted = misquoted(ctx, quote) if wrong is not None or not identical else None
    if admitted is not None:
        return verdict_result(
            ctx, quote, Verdict.UNVERIFIABLE, admitted, similarity=similarity, info=ev.info
        )
    if wrong is not None:
        call = whose_words(ev, wrong)
        # Someone else's words on another occasion prove nothing about this one: not that
        # they are that someone's (QC204), nor that the article's speaker did not say them
        # (QC201, QC205).  A source that reports the words *from* the article's speaker
        # (QC206: a moderator reading a candidate's line back) still vouches for them.
        elsewhere = None if call.call is Call.SECOND_HAND else occasion.source_elsewhere(ev)
        if elsewhere:
            reported = occasion.reported_reading(ev) if may_reread else None
            if reported is not None:
                return reported
            return _similar_words(ev, elsewhere, who=wrong.who)
        if call.rendering and call.call is not Call.MISATTRIBUTED and not ev.exact:
            # Someone else's rendering of the words (a rival's "my opponent said, “…”"): it
            # shows who said them, not the words the speaker used.  No alteration on it.
            return _rendering(ev, call.rendering)
        if call.call is Call.MISATTRIBUTED and (ev.unsaid or ev.left_out):
            # Words that only resemble another speaker's ("a fraud" where they said "a jerk",
            # or their "not" left out) show neither that they are that speaker's nor what was
            # said: doubt, no accusation.
            return _resembling(ev, call.who or wrong.who, ev.unsaid, ev.left_out)
        if call.call is Call.MISATTRIBUTED:
            return verdict_result(
                ctx,
                quote,
                Verdict.MISATTRIBUTED,
                call.why,
                similarity=similarity,
                info=ev.info,
                edits=ev.edits,
            )
        note = [ctx.finding(quote, SPEAKER_NOTES[call.call], call.why)]
        if call.call is Call.THEIRS and call.who:
            # The words are theirs: check them as theirs, from step 1, once.
            att = quote.attribution.model_copy(update={"speaker": call.who})
            theirs = quote.model_copy(update={"attribution": att})
            return _ladder(
                Evidence(theirs, ev.qmatch, ctx),
                may_reread=False,
                notes=[*notes, *note],
                speaker_settled=True,
            )
        notes = [*notes, *note]

    # 2b. An interview's answer condensed as the article declares ("edited for length"):
    # words left out, nothing added or changed, no cut that changes what the rest says.
    short = condensed.condensed(ev) if wrong is None else None
    if short is not None:
        return _condensed(ev, short, similarity, notes)

    # 3. Pieces joined without a mark (unless the speaker's own words, re-ordered or cut).
    moved = splice.compact_moves(ev)
    edits = ev.edits
    if moved is not None:
        edits = sorted(
            [*edits, *moved], key=lambda e: e.quote_start if e.quote_start is not None else -1
        )
    joined = splice.spliced(ev, moved)
    # Pieces that run on across a gap the source marks, or a false start the speaker broke
    # off and began again, and nothing else moved or cut.
    across_gap = moved is not None and all(e.gap or e.convention for e in moved)

    # Found only approximately (or in pieces joined from far apart) in a source of another
    # occasion: no accusation on that.  Only one passage identical to the quote is evidence.
    if not identical or joined or (moved is not None and not across_gap):
        elsewhere = occasion.source_elsewhere(ev)
        if elsewhere:
            reported = (
                occasion.reported_reading(ev, named=True)
                if (may_reread or own_turn) and not notes
                else None
            )
            if own_turn and reported is not None and someone_else(Evidence(quote, reported, ctx)):
                reported = None  # step 2 chose the speaker's own words: not another's there
            if reported is not None:  # as close a passage on the occasion the article reports
                return reported
            return _similar_words(ev, elsewhere, notes=notes)
        alike = occasion.alike_elsewhere(ev)
        if alike:  # as close on another occasion of those days: which one is unknown
            named = (
                occasion.named_reading(ev)
                if (may_reread or own_turn or may_name) and not notes
                else None
            )
            # Unless the article names one, and the words are there, the speaker's own.
            if named is not None and not someone_else(Evidence(quote, named, ctx)):
                return named
            return _similar_words(ev, alike, notes=notes, alike=True)

    placed = [*occasion.mismatch_findings(ev), *notes]
    claim = reported_claim(ev) if wrong is None else None
    if claim is not None:
        # The speaker tells what others say ("Critics say …"): the words are their claim.
        shown = ctx.readable(quote.attribution.speaker or "the speaker")
        why = (
            f"attribution uncertain: in {_where(ev)}, {shown} gives these words as what others "
            f"say (“{claim}”), not as {shown}'s own view; the article gives them as {shown}'s"
        )
        placed.append(ctx.finding(quote, "QC205", why))
    # The article's own correction, or its word that the speaker did NOT say these words, the
    # denial verb right before the quote ("Lee did not say “…”"): no accusation on its words,
    # however close a passage is.  A denial with words between ("would not say when …, only
    # that “…”") may deny other words than the quote's: not read here (review 19-3).
    admitted = (
        None if ev.identical and not joined else (misquoted(ctx, quote) or denied(ctx, quote))
    )
    if admitted is not None:
        return verdict_result(
            ctx, quote, Verdict.UNVERIFIABLE, admitted, similarity=similarity, info=ev.info
        )
    if joined:
        why = "the quote joins words from different places without marking the cut"
        return verdict_result(
            ctx,
            quote,
            Verdict.SPLICED,
            why,
            similarity=similarity,
            info=ev.info,
            edits=edits,
            findings=placed,
        )
    findings = [*elision.gap_findings(ev), *cut.boundary_findings(ev), *placed]

    # 4, 5. Identical, after typography and case (verbatim) or house style (normalized).
    meaning = [e for e in edits if e.meaning_changing]
    pieces = ev.qmatch.pieces
    if ev.exact and not meaning and (moved is None or across_gap):
        cosmetic = [
            e
            for e in edits
            if e.kind in (EditKind.SPELLING, EditKind.ALIAS, EditKind.CONTRACTION)
            and not e.convention
        ]
        conventions = [e for e in edits if e.convention]
        if ev.elided:
            verdict = Verdict.ELIDED
            why = "every piece around the ellipsis is in the source, in order"
        elif cosmetic or conventions or any(is_garbled(e) for e in edits):
            verdict = Verdict.NORMALIZED
            why = "identical after house style: " + ", ".join(
                f"{e.quote} ↔ {e.source}" for e in cosmetic[:COSMETIC_SHOWN]
            )
            if not cosmetic:
                why = "identical"
        else:
            verdict = Verdict.VERBATIM
            why = "identical to the source"
        if conventions:
            why += ", but for transcription conventions: " + "; ".join(
                _describe_change(e) for e in conventions[:CHANGES_SHOWN]
            )
        later = occasion.later_than_article(ev)
        if later:
            why += f" ({later})"
        garbled = [e for e in edits if is_garbled(e)]
        unsure = [e for e in edits if is_range_or_correction(e)]
        if unsure:
            # A source of unknown kind writes "10 – 12": a range (the quote's "12" drops its
            # lower end) or a speaker's correction (the quote gives the settled number) —
            # which one the source does not say (review 21-3, F7).
            return verdict_result(
                ctx,
                quote,
                Verdict.UNVERIFIABLE,
                "; ".join(dict.fromkeys(e.note or "" for e in unsure))
                + "; the rest is identical to the source",
                similarity=similarity,
                info=ev.info,
                edits=edits,
                findings=findings,
            )
        gaps = [e for e in edits if e.gap and not is_garbled(e)]
        unheard = ", ".join(f"“{e.quote}”" for e in gaps if e.quote)
        filled = [w for e in gaps for w in WORD_OR_NUMBER.findall(e.quote)]
        weighty = [w for w in filled if says_something(w, ctx.lang)]
        # Where the source holds nothing to compare with: a gap it marks, or beyond the edge
        # of a clip it replays (cut, perhaps mid-sentence).
        gap_is = (
            "beyond the edge of a clip the source replays (its record stops there)"
            if gaps and all(at_clip_edge(e) for e in gaps)
            else "where the source marks a gap (it could not hear the speaker)"
        )
        beyond = [e for e in gaps if at_clip_edge(e) and e.quote]
        if len(filled) > st.gap_words_max or weighty or beyond:
            # Words put into the transcript's gap: the source cannot confirm them (F11); one
            # word that carries meaning by itself ("not", "40", "must", a name) neither.
            why = (
                f"{len(filled)} words of the quote stand {gap_is}: {unheard} cannot be checked "
                "against it; the rest is identical to the source"
                if len(filled) > st.gap_words_max
                else f"the quote puts {unheard} {gap_is}: a word that carries meaning by itself "
                "(a negation, a number, a modal, a name) cannot be checked against it; the rest "
                "is identical to the source"
                if weighty
                else f"the quote puts {unheard} {gap_is}: not checked against it, so not "
                "confirmed; the rest is identical to the source"
            )
            return verdict_result(
                ctx,
                quote,
                Verdict.UNVERIFIABLE,
                why,
                similarity=similarity,
                info=ev.info,
                edits=edits,
                findings=[*findings, *_gap_doubts(ctx, quote, [e for e in gaps if e.quote])],
            )
        if garbled:
            lost = ", ".join(dict.fromkeys(_garbled_stretch(e) for e in garbled))
            unread = ", ".join(f"“{e.quote}”" for e in garbled if e.quote)
            why += f", except where the transcript lost a word (a verb missing in {lost})"
            why += f": {unread} not checked" if unread else ": not checked"
        if unheard:
            where = gap_is.replace("where the source marks", "where it marks")
            why += f", except {where}: {unheard} not checked"
        elif gaps:
            why += " around a gap it marks (it could not hear the speaker)"
        return verdict_result(
            ctx,
            quote,
            verdict,
            why,
            similarity=similarity,
            info=ev.info,
            edits=edits,
            findings=findings,
        )

    # Not identical to a report in indirect speech (minutes, an interviewer's summary): the
    # report's grammar shifts tense and person ("would" for "will") and the record words it in
    # its own way, so no change is shown but one the record contradicts (red team 23 F7).
    changes = [e for e in edits if not is_cosmetic_only([e]) and not e.gap and not e.convention]
    # The article's own indirect speech shifts the tense of a partial quote woven into it
    # ("Lee said she “would never sell the depot”" for "I will never sell the depot").
    shift = (
        _reported_shift(ctx, quote, changes)
        if ev.found and moved is None and not ev.elided
        else None
    )
    if shift is not None:
        return verdict_result(
            ctx,
            quote,
            Verdict.NORMALIZED,
            shift,
            similarity=similarity,
            info=ev.info,
            edits=[e.model_copy(update={"meaning_changing": False}) for e in edits],
            findings=findings,
        )
    report = indirect_report(ev)
    if report is not None and not any(_contradicts_report(e, ctx.lang) for e in changes):
        return _indirect(ev, report, placed)

    # 6. Found, some words changed (not reworded throughout).
    enough = max(st.paraphrase_edits, -(-ev.total // st.paraphrase_words_per_edit))
    changed, separate = ev.changed, len(changes)
    if moved is not None:
        changed = sum(len(p.tokens) for p in pieces if p.alignment is None) / ev.total
        separate -= sum(1 for e in moved if not e.gap and not e.convention)
    if ev.found and changed <= st.altered_max_changed and separate < enough:
        shown = "; ".join(_describe_change(e) for e in changes[:CHANGES_SHOWN])
        if (
            moved is None
            and changes
            and all(heard_either_way(e, ctx.lang) for e in changes)
            and _weak_count(changes) <= max(1, ev.total // st.weak_words_per_variant)
            and not written_source(ev.source)
        ):
            # Only a content word's plural "s" heard or missed ("the law" / "the laws"), or an
            # unstressed "a", "the", "and" ("in the middle" / "in middle"): shown, at info
            # level, never an accusation — of speech; a source declared written has no
            # transcriber to mishear it (review 20-3, 3).
            said = ctx.finding(quote, "QC101", f"{VARIANTS_WHY}: {shown}")
            return verdict_result(
                ctx,
                quote,
                Verdict.NORMALIZED,
                f"identical, but for {VARIANTS_WHY}: {shown}",
                similarity=similarity,
                info=ev.info,
                edits=edits,
                findings=[said.model_copy(update={"level": Level.INFO}), *findings],
            )
        return verdict_result(
            ctx,
            quote,
            Verdict.ALTERED,
            f"same passage, words changed: {shown}",
            similarity=similarity,
            info=ev.info,
            edits=edits,
            findings=findings,
        )

    # 7. Recognisable, but reworded throughout (unless the article says it was said elsewhere).
    if occasion.weak_against_occasion(ev):
        return _not_found(ev)
    return verdict_result(
        ctx,
        quote,
        Verdict.PARAPHRASED,
        "the passage is recognisable but reworded throughout",
        similarity=similarity,
        info=ev.info,
        edits=edits,
        findings=findings,
    )


def _reordered(ev: Evidence) -> QuoteResult | None:
    """Step 6 for a quote not found in order (or found changed) whose words are those of one
    sentence of the speaker's in another order, but for a negation, number or modal added or
    left out
    (:attr:`Evidence.reordered`: "Wir werden die Steuer erhöhen" for "Die Steuer werden wir
    nicht erhöhen"): ``altered``, the reordering shown and the word as the change it makes.
    None (the ladder goes on) when the source is of another occasion than the article gives
    the quote, or the article itself disowns the words (its correction, its denial)."""
    turned = ev.reordered
    if turned is None:
        return None
    ctx, quote = ev.ctx, ev.quote
    if occasion.source_elsewhere(ev) or occasion.alike_elsewhere(ev):
        return None
    if misquoted(ctx, quote) or denied(ctx, quote):
        return None
    src = ctx.index.sources[turned.source]
    stretch = ctx.index.tokens[turned.source][turned.start : turned.end]
    said = ev.qmatch.pieces[0].tokens
    edits = reordered_edits(
        ctx.raw, src.text, said, stretch, turned.added, turned.dropped, ctx.lang
    )
    start, end = ctx.index.source_span(turned.source, turned.start, turned.end)
    shown = "; ".join(_describe_change(e) for e in edits[1 : 1 + CHANGES_SHOWN])
    return verdict_result(
        ctx,
        quote,
        Verdict.ALTERED,
        f"the words of the speaker's sentence in another order, changed: {shown}",
        similarity=ev.similarity,
        info=span_info(ctx, turned.source, start, end),
        edits=edits,
        findings=occasion.mismatch_findings(ev),
    )


def _condensed(
    ev: Evidence, short: condensed.Condensed, similarity: float, notes: Sequence[Finding]
) -> QuoteResult:
    """An interview's answer that leaves out only what the article's note declares it may
    (:mod:`.checks.condensed`): ``elided`` (``normalized`` when only talk was left out: a
    filler, a false start), with QC152 (info) listing what was left out."""
    ctx, quote = ev.ctx, ev.quote
    shown = "; ".join(f"“{clip(e.source)}”" for e in short.left_out[:CHANGES_SHOWN])
    more = len(short.left_out) - CHANGES_SHOWN
    if more > 0:
        shown += f" and {more} more"
    note = (
        f"the article says its interview was “{ctx.condensed}”: the answer leaves out {shown}, "
        "which the source has; the words kept are the speaker's, in order"
    )
    verdict = Verdict.NORMALIZED if short.talk_only else Verdict.ELIDED
    why = (
        "every word is in the source, in order, with words left out as the article's note "
        f"on editing declares (“{ctx.condensed}”)"
    )
    return verdict_result(
        ctx,
        quote,
        verdict,
        why,
        similarity=similarity,
        info=ev.info,
        edits=short.left_out,
        findings=[ctx.finding(quote, "QC152", note), *cut.boundary_findings(ev), *notes],
    )


def _elsewhere_doubt(ctx: ArticleContext, quote: Quote, speaker: str) -> str | None:
    """Rule 8's occasion part, for a quote not found in ``speaker``'s sources (in the
    sources' language or in any): why the article's placement leaves the absence unproven,
    or None.  Its own occasion cue, unless it singles out a covered occasion; the speaker's
    other quotes placed on occasions those sources do not cover (unless its own sentence
    places it on one they do); words said repeatedly or before, no source named; sources
    that each declare an occasion the article does not report for it."""
    cue = placement.own_cue(ctx, quote)
    if cue and not occasion.placed_definitely(ctx, quote, speaker):
        return f"not in {speaker}'s sources, but the article places it on another occasion ({cue})"
    # "said after the meeting", "later", "on the sidelines": the article puts the words
    # apart from the occasion it speaks of, unless its own cue names a covered one.
    shift = placement.apart(ctx, quote)
    if shift and not (cue and occasion.placed_definitely(ctx, quote, speaker)):
        return (
            f"not in {speaker}'s sources, but the article places it apart from the occasion "
            f"it reports (“{shift}”)"
        )
    # The quote's own sentence placing it on an occasion a source covers outweighs where the
    # article places the speaker's other quotes.
    here = occasion.placed_here(ctx, quote, speaker)
    elsewhere = [] if here else occasion.placed_elsewhere(ctx, quote, speaker)
    if elsewhere:
        return (
            f"not in {speaker}'s sources; the article places other quotes of {speaker} on an "
            f"occasion those sources do not cover ({elsewhere[0]})"
        )
    # "Lee has said", "at every rally": a source of one occasion the article does not name
    # shows nothing of words said on several.
    again = placement.repeated(ctx, quote)
    if again and not occasion.covered(ctx, quote, speaker):
        return (
            f"not in {speaker}'s sources; the article says it was said on several or "
            f"earlier occasions (“{again}”) and names none of those sources"
        )
    covered = occasion.uncovered_occasions(ctx, quote, speaker)
    if covered:
        return (
            f"not in {speaker}'s sources, which cover only {', '.join(covered)}; the article "
            "does not place the quote there"
        )
    return None


def _not_given(ctx: ArticleContext, quote: Quote, speaker: str) -> str:
    """Rule 9's doubt: no source of ``speaker`` covers the quote's occasion — saying why
    when one the article declares for itself is of other days or another kind than it gives
    the quote ("In June" against a debate of October)."""
    for src in ctx.speaker_sources(speaker):
        clash = None if src.shared else occasion.misplaced(ctx, quote, src)
        if clash is not None:
            return f"not in {speaker}'s sources: {clash}"
    return (
        f"not in the given sources: none of {speaker}'s sources was declared for this "
        "article or declares an occasion it names"
    )


FILLERS_ONLY = "the quote holds only fillers (“uh”, “um”): no words to check"


def fillers_only(ev: Evidence) -> bool:
    """Whether the quote is hesitation sounds only ("Uh, um."): no word a source could confirm
    or contradict, so it cannot be checked (no accusation of words made up)."""
    said = [t for p in ev.qmatch.pieces for t in p.tokens]
    return bool(said) and all(t.norm in ev.ctx.lang.fillers for t in said)


def _not_found(ev: Evidence) -> QuoteResult:
    """Steps 8, 9a and 9: a quote with no counterpart in the sources."""
    ctx, quote = ev.ctx, ev.quote
    att = quote.attribution
    speaker = att.speaker
    similarity = ev.similarity

    def unverifiable(why: str) -> QuoteResult:
        return verdict_result(ctx, quote, Verdict.UNVERIFIABLE, why, similarity=similarity)

    # 8. Cannot be checked here.
    if fillers_only(ev):
        return unverifiable(FILLERS_ONLY)
    if speaker is None and att.mention:
        # "Brandt's spokesman said": someone the article does not name (not Brandt)
        return unverifiable(
            f"the article gives the words to “{att.mention}”, a speaker it does not name, "
            "and they are in no source"
        )
    if speaker is None:
        return unverifiable("no speaker could be attributed, and the words are in no source")
    if not ctx.speakers.has_source(speaker):
        return unverifiable(f"no source was given for {speaker}, so the quote cannot be checked")
    doubt = _elsewhere_doubt(ctx, quote, speaker)
    if doubt is not None:
        return unverifiable(doubt)
    if quote.kind is QuoteKind.SCARE:
        return unverifiable("a scare quote or title, not found in the sources")

    # 9a. The source re-translated: reworded throughout, the meaning kept — judged, as rule 7
    # is, only against a source that can be the quote's occasion.
    rendered = None if occasion.weak_against_occasion(ev) else retranslation.retranslation(ev)
    if rendered is not None:
        why = (
            f"reworded throughout (meaning close to the source: embedding similarity "
            f"{rendered.semantic:.2f}), as a re-translation does"
        )
        return verdict_result(
            ctx,
            quote,
            Verdict.PARAPHRASED,
            why,
            similarity=max(round(similarity, 4), rendered.semantic),
            info=rendered.info,
        )

    # 9. The speaker's sources were checked, and nothing close enough is in them — if one of
    # them covers the quote's occasion; sources given for many articles may not.
    if not occasion.covered(ctx, quote, speaker):
        return unverifiable(_not_given(ctx, quote, speaker))
    # Changed words, not absent ones: a made-up quote needs the words to be missing.
    if ev.short_of_found:
        return _too_short(ev)
    apart = ev.found_apart
    if apart:
        return _found_apart(ev, apart)
    reporter = _reported_changed(ev, speaker)
    if reporter is not None:
        return _resembling_report(ev, reporter)
    disowned = others_words(ctx, quote) or misquoted(ctx, quote)
    if disowned is not None:  # the article itself does not give the words to the speaker
        return unverifiable(f"not in {speaker}'s sources, but {disowned}")
    if quote.turn_label is not None and quote.continues is not None:
        # A later paragraph of an answer is the turn's by layout alone (no label of its own):
        # words in no source may be the article's own between two turns.
        return unverifiable(
            f"a later paragraph of an interview's answer, not in {speaker}'s sources: with no "
            "label of its own it may be the article's words between the turns"
        )
    if quote.turn_label is not None and not any(
        src.kind in TURN_KINDS and src.kind_declared for src in ctx.speaker_sources(speaker)
    ):
        # An interview's answer, and no source of the speaker records an exchange: the
        # interview may be another occasion than the statement or speech given.
        return unverifiable(
            f"an interview's answer not in {speaker}'s sources, none of which is the record of "
            "an interview or a transcript: the interview may be another occasion than theirs"
        )
    nearby = ev.content_nearby
    if nearby is not None:  # her words reordered, or run together, nothing of the quote's own
        return unverifiable(
            f"not found as written, but its content words stand together in {speaker}'s "
            f"words in {nearby}, with nothing added or left out that could reverse them: "
            "changed there, not shown to be made up"
        )
    return verdict_result(
        ctx,
        quote,
        Verdict.FABRICATED,
        f"attributed to {speaker}, but nothing close enough is in their sources",
        similarity=similarity,
    )


_FAITHFUL = frozenset({Verdict.VERBATIM, Verdict.NORMALIZED, Verdict.ELIDED})
_REGENERATED = frozenset({*VERDICT_CODES.values(), *MEANING_CODES.values(), "QC202"})
"""Codes :func:`verdict_result` builds again from the verdict and the edits."""


def _invisible(result: QuoteResult, quote: Quote, ctx: ArticleContext) -> QuoteResult:
    """After the ladder: invisible characters inside the marks (QC116) are never silently
    faithful.  A bidirectional control makes a faithful quote ``altered`` (a faithful
    translation ``translated_altered``) — not an LRM or RLM at an edge of the quote, which
    reorders none of its words (:func:`invisible.reorders`); any other invisible character
    makes a verbatim quote ``normalized``, unless the matched source passage has it too (the
    speaker's own text).  The quote is read as written and as readers of the rendered article
    get it (character references decoded: ``&#8238;`` is U+202E, which matching folds away);
    the reading with more such characters counts."""
    text = max((quote.text, quote.reader_text), key=lambda t: len(invisible.scan(t)))
    found = invisible.scan(text)
    if found and result.match is not None:
        found = invisible.copied(found, result.match.text)
    if not found:
        return result
    verdict = result.verdict
    reorders = invisible.reorders(found, text)
    if reorders and verdict in _FAITHFUL:
        verdict = Verdict.ALTERED
    elif reorders and verdict is Verdict.TRANSLATED:
        verdict = Verdict.TRANSLATED_ALTERED
    elif verdict is Verdict.VERBATIM:
        verdict = Verdict.NORMALIZED
    message = invisible.describe(found, text)
    why = result.explanation if verdict is result.verdict else f"{message}"
    kept = [f for f in result.findings if f.code not in _REGENERATED]
    return verdict_result(
        ctx,
        quote,
        verdict,
        why,
        similarity=result.similarity,
        info=result.match,
        edits=result.edits,
        findings=[*kept, ctx.finding(quote, "QC116", message)],
    )


def _similar_words(
    ev: Evidence,
    elsewhere: str,
    *,
    who: str | None = None,
    notes: Sequence[Finding] = (),
    alike: bool = False,
) -> QuoteResult:
    """Unverifiable: the nearest passage is in a source of another occasion (``elsewhere``
    says why), shown as "similar words in …" (QC302, info); ``alike``: in one of several
    occasions the article reports equally well (``elsewhere`` names the other)."""
    ctx, quote = ev.ctx, ev.quote
    info = ev.info
    where = _where(ev)
    by = f", said by {who}" if who else ""
    why = (
        f"similar words in {where}{by}, but that source is of another occasion "
        f"({elsewhere}): the quote cannot be checked against it"
    )
    if alike:
        why = f"similar words in {where}, but {elsewhere}: the quote cannot be checked against one"
    return verdict_result(
        ctx,
        quote,
        Verdict.UNVERIFIABLE,
        why,
        similarity=ev.similarity,
        info=info,
        findings=notes,
    )


def _too_short(ev: Evidence) -> QuoteResult:
    """Unverifiable: a short quote whose passage, in a source that covers its occasion, is
    similar but not close enough for a quote this short to count as found
    (:attr:`Evidence.short_of_found`): its words are there, some changed, so it is not made
    up; whether it was altered a few words cannot tell (QC302, info)."""
    ctx, quote = ev.ctx, ev.quote
    passage = f"“{clip(ev.info.text)}” " if ev.info is not None else ""
    why = (
        f"similar words in {_where(ev)}: {passage}(similarity {ev.similarity:.2f}), but the "
        "quote is too short to tell a change from other words, and its words are not absent "
        "from the source"
    )
    return verdict_result(
        ctx, quote, Verdict.UNVERIFIABLE, why, similarity=ev.similarity, info=ev.info
    )


def _found_apart(ev: Evidence, apart: Sequence[MatchInfo]) -> QuoteResult:
    """Unverifiable: a quote not found as one passage whose every sentence is found on its
    own, changed, in the speaker's own words (:attr:`Evidence.found_apart`): not made up, and
    no one passage to judge as altered (QC302, info)."""
    shown = "; ".join(f"“{clip(m.text)}” ({m.source})" for m in apart[:CHANGES_SHOWN])
    why = (
        f"not one passage, but each of its sentences is close to words of "
        f"{ev.quote.attribution.speaker} in the sources: {shown} — its words are not absent, "
        "and the joined quote cannot be judged against one passage"
    )
    return verdict_result(
        ev.ctx, ev.quote, Verdict.UNVERIFIABLE, why, similarity=ev.similarity, info=apart[0]
    )


def _reported_changed(ev: Evidence, speaker: str) -> str | None:
    """Who gives ``speaker``'s words in the nearest passage, when it is another speaker's turn
    that reports them ("Mayor Lee, last month you told the fishermen that …":
    :func:`~quotecheck.score.checks.speaker.reported_from`) and the quote is as similar to it
    as ``found-min``; else None.  The words are in the source as the speaker's, changed or
    second-hand: not absent."""
    if ev.similarity < ev.ctx.settings.found_min:
        return None
    who, quoted = ev.span_speaker
    if quoted or not who or ev.ctx.speakers.same(speaker, who):
        return None
    return who if reported_from(ev, speaker, stance=True) else None


def _resembling_report(ev: Evidence, reporter: str) -> QuoteResult:
    """Unverifiable: the nearest passage is ``reporter``'s account of the speaker's words, and
    the quote only resembles it (:func:`_reported_changed`): not made up, and no passage of
    the speaker's own to judge an alteration against (QC302, info)."""
    speaker = ev.quote.attribution.speaker or "the speaker"
    why = (
        f"similar words in {_where(ev)}, where {reporter} gives {speaker}'s words: not "
        f"absent, but not the same, and no passage of {speaker}'s own holds them to compare"
    )
    return verdict_result(
        ev.ctx, ev.quote, Verdict.UNVERIFIABLE, why, similarity=ev.similarity, info=ev.info
    )


def _rendering(ev: Evidence, by: str) -> QuoteResult:
    """Unverifiable: the nearest passage is words ``by`` quotes in the source (a rival, a
    moderator, a reporter), and the quote differs from them: their rendering is evidence about
    who said the words, never of the words the article's speaker used, so it cannot show an
    alteration (QC302, info; ``docs/verdicts.md``, *The source as evidence*)."""
    ctx = ev.ctx
    speaker = ctx.readable(ev.quote.attribution.speaker or "the speaker")
    passage = f"“{clip(ev.info.text)}” " if ev.info is not None else ""
    why = (
        f"similar words in {_where(ev)}: {passage}only a second-hand rendering, words "
        f"{ctx.readable(by)} quotes there; it shows neither the words {speaker} used nor that "
        "the quote changed them"
    )
    return verdict_result(
        ctx, ev.quote, Verdict.UNVERIFIABLE, why, similarity=ev.similarity, info=ev.info
    )


def _backshift(edit: Edit, lang: LanguageData) -> bool:
    """Whether ``edit`` is only what indirect speech changes by its grammar: word for word, the
    source's word one the quote's may be written as in a report (``backshift_pairs``: "would"
    for "will", "she" for "I"), or a clause-opening "that" the report adds.  A negation, a
    number, another noun is a change the report does not excuse."""
    # Word for word, numbers too: "3" for "2" is a change the report's grammar does not make.
    said = WORD_OR_NUMBER.findall(edit.quote.lower().replace("’", "'"))
    reported = [
        w
        for w in WORD_OR_NUMBER.findall(edit.source.lower().replace("’", "'"))
        if w not in lang.optional_complementizers
    ]
    if len(said) != len(reported):
        return False
    return all(q == s or _shifted(q, s, lang) for q, s in zip(said, reported, strict=True))


REPORT_CONTRADICTIONS = frozenset(
    {EditKind.NEGATION, EditKind.NUMBER, EditKind.MODALITY, EditKind.ENTITY}
)
"""The changes a passage in indirect speech can show against a direct quote: a report words
what was said in its own way (person, tense, wording), but not the opposite of it."""


def _contradicts_report(edit: Edit, lang: LanguageData) -> bool:
    """Whether ``edit``, a difference between a direct quote and a passage that is the content
    of a report in indirect speech (minutes, a clerk's or reporter's record), says the report
    records something else — a negation added or dropped ("never" for "always" too), a number
    the quote says otherwise, a modal of another meaning, another name — rather than its own
    wording of the same words.  Not a backshift (:func:`_backshift`: "would" for "will"), not a
    modal the report adds as its grammar does ("would run" for "runs": every modal of the
    source a reported form, the quote none or the one it reports), not a number of the source
    the quote leaves out or sets other words against (the record's detail: "“I” for
    “$640,000”" says nothing).  An adverb of how often (``frequency_adverbs``: "rarely",
    "always") on one side only changes the claim as a modal does: "I rarely regret" is not
    what "she said that she regretted" records."""
    if _substitutes(edit, lang) or _frequency_changed(edit, lang):
        return True
    if edit.kind not in REPORT_CONTRADICTIONS or _backshift(edit, lang):
        return False
    said = [w.lower() for w in WORD_OR_NUMBER.findall(edit.quote.replace("’", "'"))]
    if edit.kind is EditKind.NUMBER:
        return any(w in lang.number_words or any(c.isdigit() for c in w) for w in said)
    if edit.kind is EditKind.MODALITY:
        reported = [w.lower() for w in WORD_OR_NUMBER.findall(edit.source.replace("’", "'"))]
        modal = lang.modals.keys() | lang.tense_markers.keys()
        forms = {f for w in said if w in modal for f in lang.backshift_pairs.get(w, "").split()}
        ours = [w for w in said if w in modal]
        theirs = [w for w in reported if w in modal]
        future = {
            f
            for w, tense in lang.tense_markers.items()
            if tense == "future"
            for f in lang.backshift_pairs.get(w, "").split()
        }
        excused = forms if ours else future
        return not theirs or not all(w in excused for w in theirs)
    return True


def _frequency_changed(edit: Edit, lang: LanguageData) -> bool:
    """Whether ``edit`` adds or leaves out an adverb of how often (``frequency_adverbs``) that
    the other side does not say."""
    said, recorded = (
        {w.lower() for w in WORD_OR_NUMBER.findall(text)} & lang.frequency_adverbs
        for text in (edit.quote, edit.source)
    )
    return said != recorded


def _substitutes(edit: Edit, lang: LanguageData) -> bool:
    """Whether ``edit`` puts a content word of its own in place of one of the report's: each
    side keeps a word the other has in no form (:func:`~quotecheck.score.edits.same_stem`,
    :func:`~quotecheck.score.edits.same_verb`: "runs" for "run", "pays" for the report's
    "paid", an irregular verb's past),
    leaving aside function words and the words indirect speech shifts (``backshift_pairs``:
    pronouns, tenses; modals).  "I oppose" for "he supported", "wait" for "act", "morning"
    for "evening" say the record holds something else (review 23-2 #2, review 23-3 #5);
    "We have" for "the city had" (only the report's word has no counterpart), "I made a
    commitment to keep" for "she had committed to keeping" (one stem each) and words only
    added or only left out are the record's own wording."""

    def content(text: str) -> list[str]:
        words = WORD_OR_NUMBER.findall(text.lower().replace("’", "'"))
        return [w for w in words if w not in grammar]

    grammar = _report_grammar(lang)
    said, recorded = content(edit.quote), content(edit.source)

    def kept(ours: list[str], theirs: list[str]) -> bool:
        return any(
            not any(w == t or same_stem(w, t) or same_verb(w, t, lang) for t in theirs)
            for w in ours
        )

    return kept(said, recorded) and kept(recorded, said)


def _report_grammar(lang: LanguageData) -> frozenset[str]:
    """The words a report may write or leave for its own grammar (:func:`_substitutes`):
    function words, the shifted forms of ``backshift_pairs`` both ways, modals and tense
    markers.  Built per edit: read only for a passage of indirect speech, a rare path."""
    shifted = {f for forms in lang.backshift_pairs.values() for f in forms.split()}
    return frozenset(
        lang.stopwords
        | lang.conjunctions
        | lang.determiners
        | lang.optional_complementizers.keys()
        | lang.backshift_pairs.keys()
        | shifted
        | lang.modals.keys()
        | lang.tense_markers.keys()
    )


def _shifted(direct: str, reported: str, lang: LanguageData) -> bool:
    """Whether ``reported`` (lower case) is a word indirect speech may write for the direct
    speech's ``direct`` (``backshift_pairs``: "would" for "will", "she" for "I"): the one
    pairing read by an indirect report (:func:`_backshift`) and by the article's own report
    (:func:`_reported_shift`)."""
    return reported in lang.backshift_pairs.get(direct, "").split()


def _denying_frame(words: Sequence[str], lang: LanguageData) -> bool:
    """Whether the reporting verb ending ``words`` (lower case, the quote's sentence up to its
    cue) says the speaker did not say what follows: the verb a denial (``denying_verbs``:
    "denied the weir “was safe”"), or a negation among the auxiliaries right before it
    ("never said", "had not said"; a contraction read whole, "hadn't").  A negation before a
    denying verb cancels the denial ("never denied", "could not deny": she affirmed the words,
    review 20-4 finding 3)."""
    if not words:
        return False
    negated = False
    for w in reversed(words[:-1]):
        parts = lang.contractions.get(w, w).split()
        if any(p in lang.negations for p in parts):
            negated = True
            break
        if not all(p in lang.auxiliaries for p in parts):
            break
    if words[-1] in lang.denying_verbs:
        return not negated
    return negated


def _reported_shift(ctx: ArticleContext, quote: Quote, changes: Sequence[Edit]) -> str | None:
    """Why the quote's every change is the tense its article's own indirect speech shifts, or
    None: a partial quote woven into a report in the past — the speaker's reporting verb
    (a past form: ``past_participles``, ``participle_endings``: "said", "insisted") before it
    in its sentence, words of the report between ("said she “…”", "said that the depot “…”";
    not "said: “…”", "said, “…”") — whose changes are, word for word, a tense marker or modal
    of the source written as reported speech writes it (``backshift_pairs``, source word a
    ``tense_markers`` or ``modals`` word: "would" for "will", "had" for "have"), the quote
    itself in the report's grammar (opening lower case, no ``first_person`` word: "said in a
    statement “I would …”" is direct speech).  The quote says what was said in the report's
    grammar, no change of meaning: no QC112/QC115 on it (red team 19 F12).  A person shifted
    ("she" for "I"), a negation, another word, a present reporting verb ("says she “would
    …”") or a quote that opens its sentence is none."""
    lang, att = ctx.lang, quote.attribution
    if not changes or att.cue_start is None or att.cue_end is None:
        return None
    if not att.cue_end <= quote.start:
        return None
    text = ctx.outside_marks
    if placement.sentence_start(text, quote.start, ctx.settings.candidate_window) > att.cue_start:
        return None
    verb = [w.lower() for w in WORD_OR_NUMBER.findall(ctx.view[att.cue_start : att.cue_end])]
    if not verb or not lang.is_past_form(verb[-1]):
        return None
    start = placement.sentence_start(text, att.cue_start, ctx.settings.candidate_window)
    frame = [
        w.lower().replace("’", "'") for w in WORD_OR_NUMBER.findall(text[start : att.cue_start])
    ]
    if _denying_frame([*frame, *verb], lang):
        return None  # "never said the depot “would close”": no report of her words to shift
    between = text[att.cue_end : quote.start]
    if not WORD_OR_NUMBER.search(between) or between.rstrip().endswith((":", ",")):
        return None
    # Words of the report's grammar: opening lower case, no first person left unshifted
    # ("said in a statement “I would …”" is direct speech, its tense the speaker's).
    said_words = WORD_OR_NUMBER.findall(quote.text.replace("’", "'"))
    if not said_words or not said_words[0][:1].islower():
        return None
    if any(w.lower() in lang.first_person for w in said_words):
        return None
    finite = lang.tense_markers.keys() | lang.modals.keys()
    pairs: list[str] = []
    for e in changes:
        said = WORD_OR_NUMBER.findall(e.quote.lower().replace("’", "'"))
        heard = WORD_OR_NUMBER.findall(e.source.lower().replace("’", "'"))
        if not said or len(said) != len(heard):
            return None
        for q, w in zip(said, heard, strict=True):
            if q == w:
                continue
            if w not in finite or not _shifted(w, q, lang):
                return None
            pairs.append(f"“{q}” for “{w}”")
    if not pairs:
        return None
    return (
        "identical but for the tense the article's own indirect speech shifts ("
        + ", ".join(pairs[:CHANGES_SHOWN])
        + "): the quote is woven into a report in the past, no change of meaning"
    )


def _indirect(ev: Evidence, report: str, findings: Sequence[Finding]) -> QuoteResult:
    """Unverifiable: the nearest passage is the content of a report in indirect speech
    (``report``: "The Mayor said that", :func:`~quotecheck.score.checks.speaker.indirect_report`)
    and the quote is not identical to it, nor contradicted by it (:func:`_contradicts_report`):
    reported speech shifts tense and person ("would" for "will", "had" for "have", "she" for
    "I") and words what was said its own way, so the passage cannot show the quote's words were
    changed, only that the source paraphrases them (QC302, info)."""
    speaker = ev.quote.attribution.speaker or "the speaker"
    passage = f"“{clip(ev.info.text)}” " if ev.info is not None else ""
    why = (
        f"similar words in {_where(ev)}: {passage}in indirect speech (“{report}”), which "
        f"shifts tense and person: the source records {speaker}'s words in its own words "
        "rather than quoting them, so it cannot show that the quote changed them"
    )
    return verdict_result(
        ev.ctx,
        ev.quote,
        Verdict.UNVERIFIABLE,
        why,
        similarity=ev.similarity,
        info=ev.info,
        findings=findings,
    )


UNSAID_SHOWN = 3
"""Words of the quote that another speaker's passage does not hold, named in the explanation."""


def _resembling(
    ev: Evidence, who: str, unsaid: Sequence[str], left_out: Sequence[str]
) -> QuoteResult:
    """Unverifiable: the nearest passage is another speaker's, but it does not hold every word
    the quote says (``unsaid``), or it says a number, negation or modal the quote leaves out
    (``left_out``): the resemblance is no evidence that the words are theirs, nor of what the
    article's speaker said (QC302, info; ``docs/verdicts.md``, rule 2)."""
    ctx, quote = ev.ctx, ev.quote
    where = _where(ev)
    differences = []
    if unsaid:
        shown = ", ".join(f"“{w}”" for w in unsaid[:UNSAID_SHOWN])
        differences.append(f"the passage does not say {shown}")
    if left_out:
        shown = ", ".join(f"“{w}”" for w in left_out[:UNSAID_SHOWN])
        differences.append(f"the quote leaves out {shown}")
    speaker = quote.attribution.speaker or "the speaker"
    why = (
        f"similar words in {where}, said by {who}, but not the same words "
        f"({'; '.join(differences)}): no evidence of who said the quote, nor of what "
        f"{speaker} said"
    )
    return verdict_result(
        ctx, quote, Verdict.UNVERIFIABLE, why, similarity=ev.similarity, info=ev.info
    )


def _where(ev: Evidence) -> str:
    """The matched source as a message names it: its name, then its occasion and date."""
    info, src = ev.info, ev.source
    where = info.source if info is not None else "the sources"
    if src is not None and src.occasion:
        where += f" ({src.occasion}{', ' + src.date if src.date else ''})"
    return where


def judge_translated(
    quote: Quote, reading: TranslatedReading | None, ctx: ArticleContext
) -> QuoteResult:
    """The verdict for a quote in another language than its sources (``docs/translation.md``)."""
    return _invisible(_judge_translated(quote, reading, ctx), quote, ctx)


def _judge_translated(
    quote: Quote, reading: TranslatedReading | None, ctx: ArticleContext
) -> QuoteResult:
    att = quote.attribution
    speaker = att.speaker
    if (
        reading is not None
        and reading.edits
        and speaker
        and reading.speaker
        and not ctx.speakers.same(speaker, reading.speaker)
    ):
        # A passage of someone else's source that differs in meaning does not show they said
        # these words: nothing close in the speaker's own sources, in any language (8, 9).
        reading = None
    if reading is not None and reading.similarity >= ctx.xling.translated_min:
        # 2. Someone else's words, in translation: whose they are is decided as for words in
        # the source's own language (speaker.whose_translated) — theirs (QC204) when the
        # article's speaker was only an inference and theirs is named next to the quote.
        notes: list[Finding] = []
        call = (
            whose_translated(ctx, quote, reading.speaker, reading.info.source)
            if speaker
            and reading.speaker
            and not reading.quoted
            and not ctx.speakers.same(speaker, reading.speaker)
            else None
        )
        if call is not None and call.call is not Call.MISATTRIBUTED:
            notes.append(ctx.finding(quote, SPEAKER_NOTES[call.call], call.why))
            if call.call is Call.THEIRS and call.who:
                att = quote.attribution.model_copy(update={"speaker": call.who})
                quote = quote.model_copy(update={"attribution": att})
        if reading.quoted:
            verdict = Verdict.MISATTRIBUTED
            why = "a translation of words the source quotes from someone else"
        elif call is not None and call.call is Call.MISATTRIBUTED:
            verdict, why = Verdict.MISATTRIBUTED, call.why
        # A number, name, negation or modal word that does not correspond.
        elif reading.edits:
            verdict = Verdict.TRANSLATED_ALTERED
            why = reading.explanation or "a translation that changes the meaning of the source"
        else:
            verdict = Verdict.TRANSLATED
            why = reading.explanation or "a faithful translation of the source"
        return verdict_result(
            ctx,
            quote,
            verdict,
            why,
            similarity=reading.similarity,
            info=reading.info,
            edits=reading.edits,
            findings=notes,
        )
    # 8. Cannot be checked here.
    if speaker is None:
        verdict, why = Verdict.UNVERIFIABLE, "no speaker, and no source renders these words"
    elif not ctx.speakers.has_source(speaker):
        verdict = Verdict.UNVERIFIABLE
        why = f"no source was given for {speaker}, so the quote cannot be checked"
    elif (doubt := _elsewhere_doubt(ctx, quote, speaker)) is not None:
        verdict, why = Verdict.UNVERIFIABLE, doubt
    elif not occasion.covered(ctx, quote, speaker):
        verdict, why = Verdict.UNVERIFIABLE, _not_given(ctx, quote, speaker)
    elif (disowned := others_words(ctx, quote)) is not None:
        verdict, why = Verdict.UNVERIFIABLE, f"not in {speaker}'s sources, but {disowned}"
    # A word or two in another language than the source ("empörend", "bis 2029"), quoted
    # inside the article's own sentence, is found by no sentence of it even when the speaker
    # said them: its absence shows nothing. A whole quoted sentence ("Ich trete zurück.") is
    # compared whole, and a number no source of the speaker holds (digits read the same in
    # every language) is absent whatever the language: both stay rule 9.
    elif (
        quote.kind is QuoteKind.PARTIAL
        and len(tokenize(quote.text, lang=ctx.lang)) < ctx.settings.short_words
        and _holds_numbers(ctx, speaker, _numbers(quote.text))
    ):
        verdict = Verdict.UNVERIFIABLE
        why = (
            f"not found in {speaker}'s sources in any language, but a quote of fewer than "
            f"{ctx.settings.short_words} words is too short to be found across languages"
        )
    # 9. Nothing in any language, in a source that covers the quote's occasion.
    else:
        verdict = Verdict.FABRICATED
        why = f"attributed to {speaker}, but no sentence of their sources says this in any language"
    return verdict_result(ctx, quote, verdict, why)


_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*")


def _numbers(text: str) -> set[str]:
    """The numbers written in digits in ``text``, group separators dropped ("2.000" = "2,000")."""
    return {re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text)}


def _holds_numbers(ctx: ArticleContext, speaker: str, numbers: set[str]) -> bool:
    """Whether every number of ``numbers`` is written in digits in a source in which
    ``speaker`` speaks.  The sources' numbers are read only when the quote has one, and once
    per speaker and article (``ctx.memo``): a source may be megabytes long, and an article
    may hold many short quotes of one speaker."""
    if not numbers:
        return True
    key = (f"numbers:{speaker}", -1, -1)
    found = ctx.memo.get(key)
    if not isinstance(found, frozenset):
        found = ctx.memo[key] = frozenset(
            n for src in ctx.speaker_sources(speaker) for n in _numbers(src.text)
        )
    return numbers <= found


def _weak_count(changes: Sequence[Edit]) -> int:
    """How many of ``changes`` (each heard either way) are an unstressed word added or dropped
    rather than a plural ending (a substitution): those a quote may differ by only at one per
    ``weak_words_per_variant`` of its words — three dropped from one short sentence are a trim
    (review 21-2, 4)."""
    return sum(1 for e in changes if e.kind is not EditKind.SUBSTITUTION)


VARIANTS_WHY = (
    "what two transcripts of one speech often differ in (a plural ending, an unstressed "
    "“a”, “the” or “and”, a contracted “had”)"
)
"""Said of a quote that differs from its passage only where transcribers differ (rule 6,
:func:`quotecheck.score.edits.heard_either_way`)."""


def _gap_doubts(ctx: ArticleContext, quote: Quote, filled: Sequence[Edit]) -> list[Finding]:
    """A warning for each kind of meaning (QC110 negation, QC111 number) that words a quote
    puts where the source holds nothing to compare with (``filled``: at a gap it marks,
    "[inaudible]", or beyond a replayed clip's edge) would change were they the speaker's
    ("We will not run" where the transcript has "We will [inaudible] run"; "Nobody thinks …"
    before a clip's "thinks …"): the record neither confirms nor refutes them — a doubt said
    at warning level, never an error (:func:`clip_doubt`; review 22-1, 8; round 23 for the
    marked gap)."""
    out: list[Finding] = []
    for e in filled:
        kind = clip_doubt(e, ctx.lang)
        code = MEANING_CODES.get(kind) if kind is not None else None
        if code is None or any(f.code == code for f in out):
            continue
        where = (
            "beyond the edge of a clip the source replays: its record stops there"
            if at_clip_edge(e)
            else "where the source marks a gap: it could not hear the speaker there"
        )
        why = (
            f"added “{e.quote}” {where}, so the meaning it changes cannot be confirmed (uncertain)"
        )
        out.append(ctx.finding(quote, code, why).model_copy(update={"level": Level.WARNING}))
    return out


def _garbled_stretch(e: Edit) -> str:
    """The transcript's words a garbled verb group's edit names in its note (“we going”)."""
    note = e.note or ""
    return note[note.find("“") : note.find("”") + 1]


def _describe_change(e: Edit) -> str:
    if other_turn(e):
        return e.note or ""
    if e.kind is EditKind.REORDERING:
        return f"“{e.quote}” moved"
    if e.quote and e.source:
        return f"“{e.quote}” for “{e.source}”"
    return f"added “{e.quote}”" if e.quote else f"dropped “{e.source}”"
