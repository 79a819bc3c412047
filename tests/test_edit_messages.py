"""Messages of meaning-changing edits say what changed, in words (no empty “” quotes), and
only a marker-for-marker change of auxiliary is a tense change."""

from __future__ import annotations

import pytest

import quotecheck

SPEAKER = "Ann Lee"


def _result(source: str, quote: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(source, speaker=SPEAKER)
    report = quotecheck.check_text(f"“{quote},” {SPEAKER} said.", sources=[src])
    (q,) = report.quotes
    return q


@pytest.mark.parametrize(
    ("source", "quote", "code", "message"),
    [
        (
            "The harbour plan will not be cancelled this year.",
            "The harbour plan will be cancelled this year",
            "QC110",
            "dropped “not”: the source has it, the quote does not",
        ),
        (
            "The harbour plan will be cancelled this year.",
            "The harbour plan will not be cancelled this year",
            "QC110",
            "added “not”: it is not in the source",
        ),
        (
            "The ferry is safe and the crews are ready.",
            "The ferry was safe and the crews are ready",
            "QC115",
            "“was” where the source has “is”",
        ),
    ],
)
def test_meaning_messages(source: str, quote: str, code: str, message: str) -> None:
    q = _result(source, quote)
    found = {f.code: f.message for f in q.findings}
    assert code in found, q.findings
    assert message in found[code]
    assert "“”" not in " ".join(f.message for f in q.findings)


@pytest.mark.parametrize(
    ("source", "quote"),
    [
        # A dropped phrase that holds an auxiliary is a cut, not a tense change.
        (
            "The boats are coming back and the people on the quay cheered loudly.",
            "The boats and the crowds on the quay cheered loudly",
        ),
        # An auxiliary aligned against other words is a change of wording.
        (
            "Many people on the quay cheered when the boats came back.",
            "Many are coming to the quay cheered when the boats came back",
        ),
    ],
)
def test_no_tense_change_without_a_tense_marker_on_both_sides(source: str, quote: str) -> None:
    q = _result(source, quote)
    assert "QC115" not in q.codes, q.findings
