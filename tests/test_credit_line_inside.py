"""A credit line closing a quote of several paragraphs inside its marks (a box of quotes:
"“We will need the ferry again. ¶ Ann Keller, Centre for Harbour Research.”") names who
speaks: the quote is hers (rule ``dash-credit``, as for "“…” — Name"), and the line is a label
segment, never compared with the source (a faithful quote is not `altered` by its credit).
A last line that is a sentence, or a name with no organisation after it, stays the quote's.

Every sentence here is made up for these tests: a harbour town, its fishery researchers.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.extract import extract
from quotecheck.extract.attribution import QuoteSite, credit_used
from quotecheck.inputs.document import make_document
from quotecheck.lang import get_language
from quotecheck.models import Attribution, AttributionRule, SegmentKind, Verdict

_OPENING = "Budget hawks are back at the harbour. Critics warn of a new austerity.\n\n"


def _quote(text: str) -> quotecheck.Quote:
    found = extract(make_document(text, path="<text>", fmt="text")).quotes
    return next(q for q in found if q.parent is None)


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        pytest.param(
            _OPENING + "“I worry that the town will sing the virtues of a closed ferry again.\n"
            "Ann Keller, Centre for Harbour and Fishery Research.”\n\n"
            "Mayor Ines Ortiz disagreed.",
            "Ann Keller",
            id="name, organisation with joining words, full stop",
        ),
        pytest.param(
            _OPENING + '"We will enter the next storm without a ferry plan.\n'
            'Tom Reyes, Quay Policy Institute."\n\nThe council met on Monday.',
            "Tom Reyes",
            id="straight marks",
        ),
        pytest.param(
            _OPENING + "“The toll must stay as it is.\n— Dr. Lena Marsh, Dunmore Port Authority”",
            "Lena Marsh",
            id="a dash before the name, a title dropped, no full stop",
        ),
    ],
)
def test_a_credit_line_inside_the_quote_names_the_speaker(article: str, speaker: str) -> None:
    q = _quote(article)
    assert q.attribution.speaker == speaker
    assert q.attribution.rule == AttributionRule.DASH_CREDIT
    labels = [s for s in q.segments if s.kind is SegmentKind.LABEL]
    assert len(labels) == 1
    assert speaker.split()[-1] in labels[0].text
    assert all(speaker.split()[-1] not in s.text for s in q.segments if s.kind is SegmentKind.TEXT)


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            "Ines Ortiz spoke first.\n\n“We are ready for the storm.\n"
            "New York, New Jersey and Connecticut are ready.”",
            id="a last line that is a sentence",
        ),
        pytest.param(
            "Ines Ortiz spoke first.\n\n“We are ready for the storm.\nAnn Keller agrees.”",
            id="a name with no comma and organisation",
        ),
        pytest.param(
            "Ines Ortiz spoke first.\n\n“Tom Reyes, Quay Policy Institute.”",
            id="a one-line quote: no body before the line",
        ),
    ],
)
def test_other_last_lines_stay_the_quotes(article: str) -> None:
    q = _quote(article)
    assert q.attribution.rule != AttributionRule.DASH_CREDIT
    assert all(s.kind is not SegmentKind.LABEL for s in q.segments)


def test_a_faithful_quote_with_its_credit_line_is_verbatim() -> None:
    source = quotecheck.make_source(
        "---\nspeaker: Ann Keller\nkind: statement\n---\n"
        "I worry that the town will sing the virtues of a closed ferry again.\n",
        id="keller.md",
    )
    article = (
        _OPENING + "“I worry that the town will sing the virtues of a closed ferry again.\n"
        "Ann Keller, Centre for Harbour and Fishery Research.”\n\nMayor Ines Ortiz disagreed."
    )
    report = quotecheck.check_text(article, sources=[source])
    q = report.quotes[0]
    assert q.verdict == Verdict.VERBATIM, (q.verdict, [f.code for f in q.findings])


_SAID = (
    "The bus will call at three villages. Ashby Cross, Fenwick Green and Marlow End. "
    "I met the Governor of the Northern Province, Clara Vance. "
    "The depot will open on Thursday."
)


@pytest.mark.parametrize(
    ("article", "changed"),
    [
        pytest.param(
            "Transport officer Rosa Quill set out the route on Tuesday.\n\n"
            "“The bus will call at three villages.\nAshby Cross, Fenwick Green and Marlow Down.”"
            "\n\nThe board met on Wednesday.\n",
            "Down",
            id="a last line of place names after a sentence end",
        ),
        pytest.param(
            "Rosa Quill said on Tuesday: “I met the Governor of the\n"
            "Northern Province, Clara Vane.”\n",
            "Vane",
            id="a hard-wrapped line with no sentence end before it",
        ),
        pytest.param(
            "Rosa Quill wrote to the villages on Tuesday.\n\n“The depot will open on Friday.\n"
            "Kind Regards, Depot Office.”\n\nThe board met on Wednesday.\n",
            "Friday",
            id="a sign-off that names no person",
        ),
    ],
)
def test_a_last_line_that_names_no_one_is_compared(article: str, changed: str) -> None:
    """A line that looks like "Name, Organisation." but ends a wrapped sentence or names
    places is the speaker's words: a change in it is seen, and no credit is read from it."""
    source = quotecheck.make_source(_SAID, speaker="Rosa Quill")
    q = quotecheck.check_text(article, sources=[source]).quotes[0]
    assert q.attribution.rule != AttributionRule.DASH_CREDIT
    assert all(s.kind is not SegmentKind.LABEL for s in q.segments)
    assert q.verdict == Verdict.ALTERED, (q.verdict, [f.code for f in q.findings])
    assert changed in (q.explanation or "")


_FERRY = "The ferry will sail twice a day. We have the crews for it and the fuel."


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            "Harbour master Tomas Brandt said on Monday:\n\n“The ferry will sail twice a day. "
            "We have the crews for it and the fuel.\nTomas Brandt, Dunmore Port Authority.”\n",
            id="a reporting verb names him, the line repeats the name",
        ),
        pytest.param(
            "Brandt told the council:\n\n“The ferry will sail twice a day. "
            "We have the crews for it and the fuel.\nCapt. Tomas Brandt, Harbour Office.”\n",
            id="surname in the frame, a title on the line",
        ),
        pytest.param(
            "Health officer Nkechi Adeyemi-Obi said on Monday:\n\n“The ferry will sail twice a "
            "day. We have the crews for it and the fuel.\nNkechi Adeyemi-Obi, Department of "
            "Transport.”\n",
            id="a name the recogniser may not read as a person's",
        ),
    ],
)
def test_a_credit_line_naming_the_attributed_speaker_is_not_compared(article: str) -> None:
    """Whichever rule found the speaker, a credit line that names that same person says who
    speaks, not what: a faithful quote stays verbatim (review18-3 item 1)."""
    speaker = "Nkechi Adeyemi-Obi" if "Nkechi" in article else "Tomas Brandt"
    source = quotecheck.make_source(_FERRY, speaker=speaker)
    q = quotecheck.check_text(article, sources=[source]).quotes[0]
    assert q.attribution.speaker == speaker
    assert q.verdict == Verdict.VERBATIM, (q.verdict, [f.code for f in q.findings])
    assert [s.kind for s in q.segments].count(SegmentKind.LABEL) == 1


@pytest.mark.parametrize(
    ("speaker", "cut"),
    [
        pytest.param("Tomas Brandt", True, id="the same person"),
        pytest.param("Brandt", True, id="the same person by surname"),
        pytest.param("Greta Lindqvist", False, id="someone else"),
        pytest.param(None, False, id="no speaker"),
    ],
)
def test_a_credit_line_is_cut_only_when_it_names_the_speaker(
    speaker: str | None, cut: bool
) -> None:
    """A line of a credit's shape that the speaker did not come from is cut only when it names
    the attributed speaker; naming someone else, it stays the words compared (9c148f3)."""
    view = "“The ferry will sail twice a day.\nCapt. Tomas Brandt, Harbour Office.”"
    line = (view.index("Capt."), len(view) - 1)
    site = QuoteSite(0, len(view), 0, 0, credit=None, credit_shape=line)
    att = Attribution(speaker=speaker, rule=AttributionRule.VERB_SUBJECT, mention_start=None)
    assert (credit_used(site, att, view, get_language("en")) == line) is cut


def test_a_credit_line_naming_someone_else_is_not_passed_silently() -> None:
    """A last line naming another person than the one a reporting verb gave is never a quiet
    verbatim for the framed speaker (must stay)."""
    article = (
        "Harbour master Tomas Brandt said on Monday:\n\n“The ferry will sail twice a day. "
        "We have the crews for it and the fuel.\nGreta Lindqvist, Dunmore Port Authority.”\n"
    )
    source = quotecheck.make_source(_FERRY, speaker="Tomas Brandt")
    q = quotecheck.check_text(article, sources=[source]).quotes[0]
    assert q.verdict != Verdict.VERBATIM or q.findings, q.verdict
