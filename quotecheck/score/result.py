"""A verdict the ladder chose, with its evidence, as the :class:`QuoteResult` of the contract.

The verdict's own finding comes first, then one per kind of meaning-changing edit
(QC110–QC115), then the checks' findings, then QC202 for a quote without a speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotecheck.inputs.sources import POST_KIND, written_source
from quotecheck.inputs.versions import matched_version
from quotecheck.models import Edit, Finding, MatchInfo, Quote, QuoteResult, Verdict
from quotecheck.score.calibration import calibration_key, set_levels
from quotecheck.score.checks.meaning import meaning_findings
from quotecheck.score.checks.speaker import explicit_attribution
from quotecheck.score.context import ArticleContext

__all__ = ["VERDICT_CODES", "verdict_result"]

VERDICT_CODES = {
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
"""Verdict → the rule it raises (verbatim, normalized and elided raise none)."""


def verdict_result(
    ctx: ArticleContext,
    quote: Quote,
    verdict: Verdict,
    why: str,
    *,
    similarity: float = 0.0,
    info: MatchInfo | None = None,
    edits: Sequence[Edit] = (),
    findings: Sequence[Finding] = (),
) -> QuoteResult:
    """The result for ``quote`` (see the module docstring)."""
    att = quote.attribution
    out: list[Finding] = []
    code = VERDICT_CODES.get(verdict)
    if code:
        out.append(ctx.finding(quote, code, why))
    out.extend(meaning_findings(ctx, quote, edits, skip=[f.code for f in out]))
    out.extend(findings)
    if att.speaker is None and verdict is not Verdict.UNVERIFIABLE:
        out.append(ctx.finding(quote, "QC202", att.reason or "no speaker found"))
    # How sure: the calibrated probability of this kind of verdict, and every level it decides
    # (an error only above the threshold, a variant said, an inferred accusation doubted).
    explicit = explicit_attribution(att, ctx.lang)
    written = info is not None and written_source(ctx.source_named(info.source))
    key = calibration_key(verdict, tuple(edits), explicit, ctx.lang, written=written)
    levels = set_levels(
        out, key, ctx.settings.error_confidence, verdict_code=code, explicit=explicit
    )
    return QuoteResult(
        text=quote.text,
        reader_text=quote.reader_text,
        start=quote.start,
        end=quote.end,
        line=quote.line,
        column=quote.column,
        speaker=att.speaker,
        speaker_mention=att.mention,
        verdict=verdict,
        similarity=round(max(0.0, min(1.0, similarity)), 4),
        match=info,
        edits=tuple(edits),
        codes=tuple(dict.fromkeys(f.code for f in levels.findings)),
        kind=quote.kind,
        segments=quote.segments,
        attribution=att,
        findings=tuple(levels.findings),
        explanation=f"{why}; {said}" if (said := _version_said(ctx, info)) else why,
        confidence=levels.confidence,
        joins=quote.joins,
        turn_label=quote.turn_label,
    )


POST_CHARS = 20_000
"""Longest text of no declared kind read for a post's versions: a saved post with its edit
history is short, and a long text (a speech pasted without front matter) is read for none,
so checking against many long sources costs nothing more."""


def _version_said(ctx: ArticleContext, info: MatchInfo | None) -> str:
    """Which version of an edited post saved with its earlier versions the match stands in
    (:func:`inputs.versions.matched_version`; a source declared a post, or of no declared
    kind and at most :data:`POST_CHARS` long), when the versions differ there: an earlier
    version's words are faithful to it, never a change of the post as it stands (an info
    note in the explanation); "" otherwise."""
    src = ctx.source_named(info.source) if info is not None else None
    if src is None or info is None:
        return ""
    if src.kind != POST_KIND and (src.kind_declared or len(src.text) > POST_CHARS):
        return ""  # a transcript, a speech, a statement, a long text: no post's versions
    version = matched_version(src.text, info.start, info.end, src.body_start, src.language)
    if version is None:
        return ""
    if version.earlier:
        return f"the words of the post's earlier version (under “{version.head}”), before its edit"
    return "the words of the post as it stands, after its edit"
