"""A speaker's abandoned false start (red team 20, F9): a short start the speaker breaks off —
a dash, an ellipsis, a filler or a marker set off by commas — and begins again with the same
first word or a pronoun for the noun it opened with ("I don't -- I believe …"). A negation in
the broken-off start governs nothing said after the break: an ellipsis that cuts it is no
QC105, a quote of the new start alone no QC106. A negation in words that do not break off and
begin again ("We will not -- and I say this plainly -- raise …", "We will not, you know,
close …"), or a new start with another person ("I'm not saying -- we will …", "No -- we …"),
still governs the words after it and stays flagged.

Every sentence here is made up for these tests: a lakeside town and its mayor, Ann Lee.
"""

from __future__ import annotations

import pytest
from first_quote import first_quote

import quotecheck
from quotecheck.models import Verdict

SPEECH = (
    "I don't -- I believe the marina will open in June. "
    "We're not -- we are going to repaint the lighthouse. "
    "The boathouse isn't, um, it won't be finished before autumn. "
    "We will never -- we will always listen to the fishermen. "
    "I can't, I mean, I can promise a new slipway. "
    "We couldn't... we could mend the sea wall by Easter. "
    "Our harbour won't — our harbour will welcome the tall ships. "
    "We will not -- and I say this plainly -- raise the mooring fees. "
    "We will not, you know, close the lido. "
    "I'm not saying -- we will sell the old ferry. "
    "No -- we will keep the night bus. "
    "We don't -- we don't want a casino on the pier. "
)


@pytest.mark.parametrize(
    ("quote", "code", "flagged"),
    [
        pytest.param("I … believe the marina will open in June", "QC105", False, id="I don't -- I"),
        pytest.param(
            "I believe the marina will open in June", "QC106", False, id="I don't -- I, new start"
        ),
        pytest.param(
            "We're … going to repaint the lighthouse", "QC105", False, id="we're not -- we are"
        ),
        pytest.param(
            "We are going to repaint the lighthouse", "QC106", False, id="we're not -- new start"
        ),
        pytest.param(
            "The boathouse … won't be finished before autumn",
            "QC105",
            False,
            id="isn't, um, it: a pronoun for the noun",
        ),
        pytest.param(
            "It won't be finished before autumn", "QC106", False, id="isn't, um, it: new start"
        ),
        pytest.param(
            "We will … always listen to the fishermen", "QC105", False, id="will never -- will"
        ),
        pytest.param(
            "We will always listen to the fishermen", "QC106", False, id="will never -- new start"
        ),
        pytest.param("I … can promise a new slipway", "QC105", False, id="can't, I mean, I"),
        pytest.param("I can promise a new slipway", "QC106", False, id="can't, I mean: new start"),
        pytest.param("We … could mend the sea wall by Easter", "QC105", False, id="couldn't... we"),
        pytest.param(
            "Our harbour … will welcome the tall ships", "QC105", False, id="won't — our harbour"
        ),
        # still flagged: no new start after the break, or a new start with someone else
        pytest.param(
            "We will … raise the mooring fees",
            "QC105",
            True,
            id="still flagged: a dashed aside, no new start",
        ),
        pytest.param(
            "We will … close the lido", "QC105", True, id="still flagged: ', you know,' aside"
        ),
        pytest.param(
            "We will sell the old ferry",
            "QC106",
            True,
            id="still flagged: I'm not saying -- we (another person)",
        ),
        pytest.param("We will keep the night bus", "QC106", True, id="still flagged: No -- we"),
        pytest.param(
            "We … want a casino on the pier",
            "QC105",
            True,
            id="still flagged: the negation said again after the break",
        ),
    ],
)
def test_a_false_start_broken_off_governs_nothing_after(
    quote: str, code: str, flagged: bool
) -> None:
    q = first_quote(f"“{quote},” Ann Lee said.", SPEECH)
    if flagged:
        assert code in q.codes, (q.verdict, q.codes, q.explanation)
    else:  # neither cut: the ellipsis's nor the quote's start
        assert not {"QC105", "QC106"} & set(q.codes), (q.verdict, q.codes, q.explanation)


NUMBERS = (
    "We'll plant forty, uh, fifty oak trees on the green. "
    "The crew will paint ten -- twelve benches by the quay. "
    "The marina has thirty, forty moorings for visitors. "
)


@pytest.mark.parametrize(
    ("quote", "changed"),
    [
        pytest.param("We'll plant fifty oak trees on the green", False, id="forty, uh, fifty"),
        pytest.param("The crew will paint twelve benches by the quay", False, id="ten -- twelve"),
        # still a change: the first attempt kept, or two numbers with no break between
        pytest.param(
            "We'll plant forty oak trees on the green", True, id="still altered: the first attempt"
        ),
        pytest.param(
            "The marina has forty moorings for visitors",
            True,
            id="still altered: 'thirty, forty' is no correction",
        ),
    ],
)
def test_a_number_the_speaker_corrected(quote: str, changed: bool) -> None:
    q = first_quote(f"“{quote},” Ann Lee said.", NUMBERS)
    assert (q.verdict is Verdict.ALTERED) is changed, (q.verdict, q.codes, q.explanation)
    assert ("QC111" in q.codes) is changed, (q.verdict, q.codes, q.explanation)


RANGES = (
    "The crew will paint 10–12 benches by the quay. "
    "The new timetable covers 2027–2029 and no more. "
    "Mooring rates will fall 3...4 percent next spring. "
    "The crew will mend 6-8 nets before the regatta. "
)


@pytest.mark.parametrize(
    "quote",
    [
        pytest.param("The crew will paint 12 benches by the quay", id="10–12 is a range"),
        pytest.param("The crew will paint 10 benches by the quay", id="10–12: lower end kept"),
        pytest.param("The new timetable covers 2029 and no more", id="2027–2029 is a range"),
        pytest.param("Mooring rates will fall 4 percent next spring", id="3...4 is a range"),
        pytest.param("The crew will mend 8 nets before the regatta", id="6-8 is a range"),
    ],
)
def test_a_range_is_no_corrected_number(quote: str) -> None:
    """A dash or an ellipsis written with no space between two figures writes a range, both
    ends stated (review 20-2, 1): a quote that keeps one end only changes a number."""
    q = first_quote(f"“{quote},” Ann Lee said.", RANGES)
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.codes, q.explanation)
    assert "QC111" in q.codes, (q.verdict, q.codes, q.explanation)


WRITTEN = (
    "Mooring rates will fall by 3 -- 4 percent next spring. "
    "The crew will paint 10 – 12 benches by the quay. "
)


@pytest.mark.parametrize(
    "quote",
    [
        pytest.param("Mooring rates will fall by 4 percent next spring", id="3 -- 4, written"),
        pytest.param("The crew will paint 12 benches by the quay", id="10 – 12, written"),
    ],
)
def test_a_written_statement_corrects_no_number(quote: str) -> None:
    """Only a record of speech holds a number the speaker broke off and corrected: in a text
    declared written a spaced dash between two figures writes a range (review 20-2, 1)."""
    src = quotecheck.make_source(WRITTEN, id="statement.txt", speaker="Ann Lee", kind="statement")
    q = quotecheck.check_text(f"“{quote},” Ann Lee said.", sources=[src]).quotes[0]
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.codes, q.explanation)
    assert "QC111" in q.codes, (q.verdict, q.codes, q.explanation)


def test_a_transcript_still_corrects_a_number_with_a_spaced_dash() -> None:
    """Must stay: in a record of speech " -- " between two figures is a break."""
    q = first_quote("“Mooring rates will fall by 4 percent next spring,” Ann Lee said.", WRITTEN)
    assert q.verdict is not Verdict.ALTERED, (q.verdict, q.codes, q.explanation)


UNDECLARED = (
    "The crew will paint 10 – 12 benches by the quay. "
    "The club will buy 4 - 6 dinghies for the juniors. "
    "The crew will tar 20 — 30 posts along the slipway. "
    "We'll hang nine – eleven lanterns on the pier. "
)


@pytest.mark.parametrize(
    ("quote", "doubt"),
    [
        pytest.param("The crew will paint 12 benches by the quay", True, id="10 – 12"),
        pytest.param("The club will buy 6 dinghies for the juniors", True, id="4 - 6"),
        # a transcript's marks of a break between figures, or a dash between number words
        pytest.param("The crew will tar 30 posts along the slipway", False, id="20 — 30, a break"),
        pytest.param("We'll hang eleven lanterns on the pier", False, id="nine – eleven, a break"),
    ],
)
def test_a_spaced_en_dash_between_figures_is_doubt_in_a_source_of_unknown_kind(
    quote: str, doubt: bool
) -> None:
    """A source that does not show what it is may be typeset prose (a news release), where a
    single en dash or hyphen between two figures writes a range, or a record of speech, where
    it writes a speaker's correction: a quote that keeps the second figure is doubt
    (unverifiable QC302, info), never an accusation (review 20-4, 5; review 21-3, F7)."""
    q = first_quote(f"“{quote},” Ann Lee said.", UNDECLARED)
    assert q.verdict is not Verdict.ALTERED, (q.verdict, q.codes, q.explanation)
    assert "QC111" not in q.codes, (q.verdict, q.codes, q.explanation)
    assert (q.verdict is Verdict.UNVERIFIABLE) is doubt, (q.verdict, q.codes, q.explanation)
    assert ("QC302" in q.codes) is doubt, (q.verdict, q.codes, q.explanation)


@pytest.mark.parametrize("kind", ["statement", "document"])
def test_a_declared_written_source_writes_a_range_with_a_spaced_en_dash(kind: str) -> None:
    """A source declared written (a statement, a news release) is typeset prose: "10 – 12"
    is a range, and a quote that keeps one end changes a number."""
    src = quotecheck.make_source(UNDECLARED, id="release.txt", speaker="Ann Lee", kind=kind)
    article = "“The crew will paint 12 benches by the quay,” Ann Lee said."
    q = quotecheck.check_text(article, sources=[src]).quotes[0]
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.codes, q.explanation)
    assert "QC111" in q.codes, (q.verdict, q.codes, q.explanation)


@pytest.mark.parametrize("kind", ["transcript", "speech"])
def test_a_record_of_speech_still_corrects_a_number_with_a_spaced_en_dash(kind: str) -> None:
    """Must stay: a source that shows itself a record of speech writes a speaker's break
    between two figures with a spaced en dash as well."""
    src = quotecheck.make_source(UNDECLARED, id="speech.txt", speaker="Ann Lee", kind=kind)
    article = "“The crew will paint 12 benches by the quay,” Ann Lee said."
    q = quotecheck.check_text(article, sources=[src]).quotes[0]
    assert q.verdict is not Verdict.ALTERED, (q.verdict, q.codes, q.explanation)
    assert "QC111" not in q.codes, (q.verdict, q.codes, q.explanation)
