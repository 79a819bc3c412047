"""The transcript-variant reading (an alteration made only of words two transcripts of one
speech often differ in — a dropped "well", "okay", "and" — said at info level) is for a record
of speech only (red team 20, F13): a source declared written (``kind: statement`` or
``document``) has no second transcript to differ from, and a word dropped from it is a change
of wording at the usual level. A transcript, and a source of unknown kind (the loader's
default, which may be a speech pasted without labels), keep the reading.

Every sentence here is made up for these tests: a lakeside town and its mayor, Ann Lee.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Level, Verdict

TEXT = "The new tram timetable works well for shift workers. The plan is okay with the unions."


def _check(quote: str, kind: str | None) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(TEXT, id="remarks.txt", speaker="Ann Lee", kind=kind)
    report = quotecheck.check_text(f"“{quote},” Ann Lee said.", sources=[src])
    return report.quotes[0]


@pytest.mark.parametrize(
    "quote",
    [
        pytest.param("The new tram timetable works for shift workers", id="'well' dropped"),
        pytest.param("The plan is with the unions", id="'okay' dropped"),
    ],
)
@pytest.mark.parametrize(
    ("kind", "level"),
    [
        pytest.param("statement", Level.WARNING, id="declared statement"),
        pytest.param("document", Level.WARNING, id="declared document"),
        pytest.param("transcript", Level.INFO, id="transcript: still a variant"),
        pytest.param(None, Level.INFO, id="unknown kind: still a variant"),
    ],
)
def test_a_variant_is_said_only_of_speech(quote: str, kind: str | None, level: Level) -> None:
    q = _check(quote, kind)
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.codes, q.explanation)
    found = [f for f in q.findings if f.code == "QC101"]
    assert found and found[0].level is level, [(f.code, f.level, f.message) for f in q.findings]
