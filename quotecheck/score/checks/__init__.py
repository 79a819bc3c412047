"""The scorer's checks: one module per question, each declaring the codes it can raise.

A check measures and describes; it never chooses a verdict (:mod:`quotecheck.score.ladder`
does).  Each module's ``CODES`` lists the rules whose findings it builds.

* :mod:`.narration` — a reporting frame or the article's narration in the marks (QC104, QC114)
* :mod:`.speaker` — words the source gives to someone else (QC201); no speaker (QC202)
* :mod:`.splice` — pieces joined without a mark, or the speaker's words re-ordered or cut (QC103)
* :mod:`.elision` — an ellipsis that cuts a negation or a limiter of the kept words (QC105)
* :mod:`.cut` — a quote that stops before a limiter or starts after a negation (QC106)
* :mod:`.occasion` — the article places the quote on an occasion the source is not (QC203)
* :mod:`.meaning` — negation, number, modality, name, person, tense changed (QC110–QC115)
* :mod:`.retranslation` — a quote not found that is the source re-translated (QC102)
* :mod:`.invisible` — bidi controls and zero-width characters inside the marks (QC116)
* :mod:`.condensed` — an interview's answer condensed as the article declares (QC152)
"""

from __future__ import annotations

from quotecheck.score.checks import (
    condensed,
    cut,
    elision,
    invisible,
    meaning,
    narration,
    occasion,
    retranslation,
    speaker,
    splice,
)

__all__ = ["CHECK_CODES"]

CHECK_CODES: dict[str, tuple[str, ...]] = {
    m.__name__.rsplit(".", 1)[-1]: m.CODES
    for m in (
        narration,
        speaker,
        splice,
        elision,
        cut,
        occasion,
        meaning,
        retranslation,
        invisible,
        condensed,
    )
}
"""Check name → the codes it raises."""
