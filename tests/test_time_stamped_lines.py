"""A timestamped plain-text transcript (red team 20, F5): the export of a transcription tool
writes a time stamp at the head of each line, "[00:01:02]", "(00:01:02)", "00:01:02",
"[01:02]", "[00:01:02.250]", "1:02", also on a line that goes on with the turn of the line
before. A quote whose passage runs across such a line is not missing a number: the stamp is
the tool's, not the speaker's words. A number the speaker said is still compared, and a time
at the head of a wrapped line of a text with no such stamps is the speaker's.

Every sentence here is made up for these tests: a lakeside town and its mayor, Ann Lee.
"""

from __future__ import annotations

import pytest
from first_quote import first_quote

from quotecheck.models import Verdict

LINES = (
    "{a} ANN LEE: The town will rebuild the old boathouse by the\n"
    "{b} north jetty next spring, and the rowing club will\n"
    "{c} keep its moorings for 25 years.\n"
)

QUOTE = (
    "“The town will rebuild the old boathouse by the north jetty next spring, and the rowing "
    "club will keep its moorings for {n} years,” Ann Lee said."
)


@pytest.mark.parametrize(
    "stamps",
    [
        pytest.param(("[00:01:02]", "[00:01:05]", "[00:01:09]"), id="[00:01:02]"),
        pytest.param(("(00:01:02)", "(00:01:05)", "(00:01:09)"), id="(00:01:02)"),
        pytest.param(("00:01:02", "00:01:05", "00:01:09"), id="00:01:02"),
        pytest.param(("[01:02]", "[01:05]", "[01:09]"), id="[01:02]"),
        pytest.param(("[00:01:02.250]", "[00:01:05.100]", "[00:01:09.900]"), id="milliseconds"),
        pytest.param(("1:02", "1:05", "1:09"), id="1:02"),
    ],
)
def test_a_time_stamp_opening_a_line_is_no_word_of_the_speaker(
    stamps: tuple[str, str, str],
) -> None:
    speech = LINES.format(a=stamps[0], b=stamps[1], c=stamps[2])
    q = first_quote(QUOTE.format(n="25"), speech)
    assert q.verdict is Verdict.NORMALIZED, (q.verdict, q.codes, q.explanation)
    assert not q.codes, (q.codes, q.explanation)
    # still compared: a number the speaker said, changed
    q = first_quote(QUOTE.format(n="20"), speech)
    assert q.verdict is Verdict.ALTERED and "QC111" in q.codes, (q.verdict, q.codes)


def test_a_time_the_speaker_said_at_a_line_head_stays_hers() -> None:
    # no time stamps elsewhere: "9:30" opening the wrapped line is what she said
    speech = (
        "ANN LEE: The new ferry will leave the north jetty at\n"
        "9:30 every morning from the first of May.\n"
    )
    q = first_quote(
        "“The new ferry will leave the north jetty every morning from the first of May,” "
        "Ann Lee said.",
        speech,
    )
    assert q.verdict is Verdict.ALTERED and "QC111" in q.codes, (q.verdict, q.codes)
