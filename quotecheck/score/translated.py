"""Verdicts for quotes in another language than their source (see ``docs/translation.md``).

:mod:`quotecheck.xling` finds the source span a translated quote renders and checks numbers,
names, negation and modality across the languages; this module turns that into the same
:class:`~quotecheck.models.QuoteResult` every other quote gets, under the same speaker rules:
words the source quotes from someone else, or another speaker's turn, are misattributed; no
counterpart is fabricated only when the speaker's sources were checked and the article names no
other occasion, and unverifiable otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from quotecheck.models import (
    MEANING_CHANGING_EDITS,
    Edit,
    Finding,
    MatchInfo,
    Quote,
    QuoteResult,
    Verdict,
)
from quotecheck.score import MEANING_CODES, SpeakerCheck, quote_finding
from quotecheck.xling import XlingResult

__all__ = ["judge_translated", "retranslation_paraphrase"]


def _finding(
    quote: Quote, code: str, message: str, position: Callable[[int], tuple[int, int]]
) -> Finding:
    return quote_finding(quote, code, message, position)


def _shift(edit: Edit, quote: Quote) -> Edit:
    """xling gives quote-side offsets into the quote text; the contract wants article offsets."""
    if edit.quote_start is None or edit.quote_end is None:
        return edit
    return edit.model_copy(
        update={
            "quote_start": quote.start + edit.quote_start,
            "quote_end": quote.start + edit.quote_end,
        }
    )


def judge_translated(
    quote: Quote,
    found: XlingResult | None,
    *,
    speakers: SpeakerCheck,
    source_names: list[str],
    position: Callable[[int], tuple[int, int]],
) -> QuoteResult:
    """The verdict for a quote whose language differs from its candidate sources'."""
    att = quote.attribution
    speaker = att.speaker
    findings: list[Finding] = []
    match: MatchInfo | None = None
    edits: tuple[Edit, ...] = ()
    similarity = 0.0
    if found is not None and found.verdict is not None:
        match = MatchInfo(
            source=source_names[found.source_index],
            start=found.start,
            end=found.end,
            text=found.text,
            speaker=found.speaker,
            pieces=((found.start, found.end),),
            normalization=(f"translation:{found.quote_language}→{found.source_language}",),
        )
        edits = tuple(_shift(e, quote) for e in found.edits)
        similarity = found.similarity
        if found.quoted:
            verdict = Verdict.MISATTRIBUTED
            why = "a translation of words the source quotes from someone else"
        elif speaker and found.speaker and not speakers.same(speaker, found.speaker):
            verdict = Verdict.MISATTRIBUTED
            why = (
                f"the article attributes these words to {speaker}, but in the source "
                f"{found.speaker} says them"
            )
        else:
            verdict = found.verdict
            why = found.explanation or (
                "a faithful translation of the source"
                if verdict is Verdict.TRANSLATED
                else "a translation that changes the meaning of the source"
            )
    elif speaker is None:
        verdict, why = Verdict.UNVERIFIABLE, "no speaker, and no source renders these words"
    elif not speakers.has_source(speaker):
        verdict, why = (
            Verdict.UNVERIFIABLE,
            f"no source was given for {speaker}, so the quote cannot be checked",
        )
    elif att.occasion:
        verdict, why = (
            Verdict.UNVERIFIABLE,
            f"not in {speaker}'s sources, but the article places it on another "
            f"occasion ({att.occasion})",
        )
    else:
        verdict, why = (
            Verdict.FABRICATED,
            f"attributed to {speaker}, but no sentence of their sources says this in any language",
        )
    code = {
        Verdict.TRANSLATED: "QC402",
        Verdict.TRANSLATED_ALTERED: "QC401",
        Verdict.MISATTRIBUTED: "QC201",
        Verdict.FABRICATED: "QC301",
        Verdict.UNVERIFIABLE: "QC302",
    }.get(verdict)
    if code:
        findings.append(_finding(quote, code, why, position))
    for e in edits:
        mc = MEANING_CODES.get(e.kind)
        if mc and e.kind in MEANING_CHANGING_EDITS and not any(f.code == mc for f in findings):
            findings.append(
                _finding(quote, mc, f"“{e.quote}” where the source has “{e.source}”", position)
            )
    if speaker is None and verdict is not Verdict.UNVERIFIABLE:
        findings.append(_finding(quote, "QC202", att.reason or "no speaker found", position))
    return QuoteResult(
        text=quote.text,
        start=quote.start,
        end=quote.end,
        line=quote.line,
        column=quote.column,
        speaker=speaker,
        speaker_mention=att.mention,
        verdict=verdict,
        similarity=round(max(0.0, min(1.0, similarity)), 4),
        match=match,
        edits=edits,
        codes=tuple(dict.fromkeys(f.code for f in findings)),
        kind=quote.kind,
        segments=quote.segments,
        attribution=att,
        findings=tuple(findings),
        explanation=why,
    )


def retranslation_paraphrase(
    result: QuoteResult,
    *,
    semantic: float,
    match: MatchInfo,
    position: Callable[[int], tuple[int, int]],
    quote: Quote,
) -> QuoteResult:
    """A same-language quote first judged fabricated that the embedding shows is the source
    reworded (a re-translation): paraphrased, with the span it renders as evidence."""
    why = (
        f"reworded throughout (meaning close to the source: embedding similarity "
        f"{semantic:.2f}), as a re-translation does"
    )
    findings = [f for f in result.findings if f.code not in ("QC301", "QC302")]
    findings.insert(0, _finding(quote, "QC102", why, position))
    return result.model_copy(
        update={
            "verdict": Verdict.PARAPHRASED,
            "match": match,
            "similarity": round(max(result.similarity, semantic), 4),
            "codes": tuple(dict.fromkeys(f.code for f in findings)),
            "findings": tuple(findings),
            "explanation": why,
        }
    )
