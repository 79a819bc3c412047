"""Spoken forms a transcript writes (red team 20, F14): "dunno" is "don't know" (a
contraction: its negation is read as one), "'til" is "until", "'cause" is "because", "lotta"
is "lot of", "gotta" is "got to" or "have got to", "y'all" is "you all". A quote that writes
them out is faithful; one that drops the negation "dunno" holds is still a negation changed,
and "cause" without its apostrophe is the noun.

Every sentence here is made up for these tests: a lakeside town and its mayor, Ann Lee.
"""

from __future__ import annotations

import pytest
from first_quote import first_quote

from quotecheck.models import Verdict

SPEECH = (
    "I dunno why the boatyard is still shut. "
    "We'll keep the lido open 'til the autumn, 'cause the swimmers asked us. "
    "The harbour needs a lotta new rope. "
    "We gotta dredge the channel this winter. "
    "Y'all earned this new pier. "
    "The cause of the flooding is the old sluice gate. "
)


@pytest.mark.parametrize(
    "quote",
    [
        pytest.param("I don't know why the boatyard is still shut", id="dunno"),
        pytest.param("I do not know why the boatyard is still shut", id="dunno, do not"),
        pytest.param(
            "We'll keep the lido open until the autumn, because the swimmers asked us",
            id="'til, 'cause",
        ),
        pytest.param("The harbour needs a lot of new rope", id="lotta"),
        pytest.param("We have got to dredge the channel this winter", id="gotta: have got to"),
        pytest.param("We got to dredge the channel this winter", id="gotta: got to"),
        pytest.param("You all earned this new pier", id="y'all"),
    ],
)
def test_a_spoken_form_written_out_is_faithful(quote: str) -> None:
    q = first_quote(f"“{quote},” Ann Lee said.", SPEECH)
    assert q.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED), (q.verdict, q.codes, q.explanation)


@pytest.mark.parametrize(
    ("quote", "code"),
    [
        pytest.param(
            "I know why the boatyard is still shut", "QC110", id="dunno's negation dropped"
        ),
        pytest.param(
            "Because of the flooding is the old sluice gate", "QC101", id="'cause' is the noun"
        ),
    ],
)
def test_still_a_change(quote: str, code: str) -> None:
    q = first_quote(f"“{quote},” Ann Lee said.", SPEECH)
    assert q.verdict is Verdict.ALTERED and code in q.codes, (q.verdict, q.codes, q.explanation)
