"""A meeting is a kind of occasion (red team 21 F8): a source declared "city council meeting",
"board meeting" is a ``meeting`` (``lang/en/source_kinds.txt``), so a quote the article places
elsewhere — "told reporters after the meeting", "wrote in an op-ed", "said in a radio
interview" — is not checked as a change of the meeting's words: changed words are
``unverifiable`` with "similar words in …", exact ones verbatim with QC203.  "At the council
meeting", "told the council" are the meeting's (``occasion_places.txt``), and a changed word
there stays an alteration.  --fix never rewrites a quote placed on another occasion.

Every sentence here is made up for these tests: a harbour town's board chair, Ines Marlow,
who spoke at a port board meeting on Monday 2 March 2026; the article is of the next day.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.fixes import FixRefusal, plan_fix
from quotecheck.lang import get_language
from quotecheck.models import Finding, Level, Verdict
from quotecheck.score.checks.placement import source_kinds

SAID = "The east slipway will stay shut until the divers finish their survey"
CHANGED = "The east slipway will stay shut until the divers finish their report"

MEETING = "occasion: port board meeting\n"
SPEECH = "occasion: speech at the harbour gala\n"
INTERVIEW = "occasion: interview with the Tidewater Gazette\n"
SOURCE = (
    "---\nspeaker: Ines Marlow\nkind: transcript\n{front}date: 2026-03-02\n---\n\n"
    f"{SAID}. The west one opens on Friday.\n"
)


def _check(article: str, front: str = MEETING) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(SOURCE.format(front=front), id="board.md")
    report = quotecheck.check_text(
        f"---\ndate: 2026-03-03\n---\n\nBoard chair Ines Marlow spoke on Monday.\n\n{article}\n",
        sources=[src],
    )
    assert report.quotes, article
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("article", "verdict", "qc203", "front"),
    [
        pytest.param(
            f"“{CHANGED},” Marlow told reporters after the meeting.",
            Verdict.UNVERIFIABLE,
            False,
            "meeting",
            id="changed, told reporters: another occasion",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow wrote in an op-ed.",
            Verdict.UNVERIFIABLE,
            False,
            "meeting",
            id="changed, an op-ed: another occasion",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow said in a radio interview.",
            Verdict.UNVERIFIABLE,
            False,
            "meeting",
            id="changed, a radio interview: another occasion",
        ),
        pytest.param(
            f"“{SAID},” Marlow told reporters after the meeting.",
            Verdict.VERBATIM,
            True,
            "meeting",
            id="exact, told reporters: the words, another occasion",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow said at the board meeting.",
            Verdict.ALTERED,
            False,
            "meeting",
            id="changed, at the board meeting: an alteration there",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow told the council.",
            Verdict.ALTERED,
            False,
            "meeting",
            id="changed, told the council: an alteration there",
        ),
        pytest.param(
            f"“{SAID},” Marlow told the City Council.",
            Verdict.VERBATIM,
            True,
            "speech",
            id="told the City Council, a speech: another occasion",
        ),
        pytest.param(
            f"“{SAID},” Marlow said at the board meeting.",
            Verdict.VERBATIM,
            True,
            "speech",
            id="at the board meeting, a speech: another occasion",
        ),
        pytest.param(
            f"In a meeting with the Gazette's editors, Marlow said: “{SAID}.”",
            Verdict.VERBATIM,
            False,
            "interview",
            id="a meeting with editors, an interview: the same occasion",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow said on Monday.",
            Verdict.ALTERED,
            False,
            "meeting",
            id="changed, no kind named: an alteration there",
        ),
    ],
)
def test_a_meeting_is_an_occasion(article: str, verdict: Verdict, qc203: bool, front: str) -> None:
    q = _check(article, {"speech": SPEECH, "interview": INTERVIEW}.get(front, MEETING))
    assert q.verdict is verdict, (q.verdict, q.explanation)
    assert ("QC203" in {f.code for f in q.findings}) is qc203, q.findings


@pytest.mark.parametrize(
    ("occasion", "kinds"),
    [
        ("city council meeting", {"meeting"}),
        ("Port board meeting, regular session", {"meeting"}),
        ("town hall meeting", {"townhall", "meeting"}),
        ("private meeting with donors", {"private"}),
    ],
)
def test_a_meeting_is_a_kind_of_source(occasion: str, kinds: set[str]) -> None:
    src = quotecheck.make_source(
        f"---\nkind: transcript\noccasion: {occasion}\n---\n\nInes Marlow: Hello.\n", id="s.md"
    )
    assert source_kinds(src, get_language("en")) == kinds


def test_fix_leaves_a_quote_of_another_occasion_alone() -> None:
    """Even where the ladder calls it altered, a quote the article places on another occasion
    (QC203) is no confirmed change of this source's words: --fix leaves it and says why."""
    q = _check(f"“{CHANGED},” Marlow said on Monday.")
    assert q.verdict is Verdict.ALTERED
    doubt = Finding(
        code="QC203",
        name="occasion-mismatch",
        level=Level.WARNING,
        message="placed elsewhere",
        start=q.start,
        end=q.end,
        line=q.line,
        column=q.column,
    )
    raw = " " * q.start + q.text + " "
    plan = plan_fix(q.model_copy(update={"findings": (*q.findings, doubt)}), raw)
    assert isinstance(plan, FixRefusal) and "another occasion" in plan.reason
    assert not isinstance(plan_fix(q, raw), FixRefusal)


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            f"“{CHANGED},” Marlow said during the board's debate on the harbour budget.",
            Verdict.ALTERED,
            id="during the board's debate: inside the meeting",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow said during the debate.",
            Verdict.ALTERED,
            id="during the debate: inside the meeting",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow said in the debate on the slipway.",
            Verdict.ALTERED,
            id="in the debate: inside the meeting",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow said at Monday's debate.",
            Verdict.ALTERED,
            id="at Monday's debate: inside the meeting",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow told a crowd of supporters on the quay.",
            Verdict.UNVERIFIABLE,
            id="a crowd may be a rally's: still another occasion",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow wrote in an op-ed.",
            Verdict.UNVERIFIABLE,
            id="an op-ed is still another occasion",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow told the crowd at a rally.",
            Verdict.UNVERIFIABLE,
            id="a rally's crowd is still another occasion",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow told the debate audience.",
            Verdict.UNVERIFIABLE,
            id="a debate's audience: no meeting's",
        ),
    ],
)
def test_a_meeting_holds_its_debate(article: str, verdict: Verdict) -> None:
    """A meeting holds a debate: "during the debate" places a quote at the meeting (review
    21-4), so a changed word placed there is an alteration of the meeting's words; a place of
    another occasion still is not, nor a crowd (a rally's: test_occasion_cover)."""
    q = _check(article)
    assert q.verdict is verdict, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            f"“{CHANGED},” Marlow told the crowd.",
            Verdict.ALTERED,
            id="told the crowd: the room's",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow told the audience.",
            Verdict.ALTERED,
            id="told the audience: the room's",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow said at the hearing.",
            Verdict.ALTERED,
            id="at the hearing: the meeting's",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow said during the hearing on the slipway.",
            Verdict.ALTERED,
            id="during the hearing: the meeting's",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow told a crowd of supporters on the quay.",
            Verdict.UNVERIFIABLE,
            id="a crowd of supporters: a rally's",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow said in a speech.",
            Verdict.UNVERIFIABLE,
            id="a speech alone: another occasion",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow told reporters.",
            Verdict.UNVERIFIABLE,
            id="told reporters: another occasion",
        ),
    ],
)
def test_a_meeting_holds_its_crowd_and_hearing(article: str, verdict: Verdict) -> None:
    """A meeting holds a crowd, an audience, a hearing (review 21-4 #1): a changed word
    placed there is an alteration of the meeting's words (``occasion_places.txt``; a cue
    that names only a kind, "at the hearing", agrees with an occasion whose kind its phrase
    admits: ``occasion.agrees``).  A crowd of supporters, a speech, reporters stay another
    occasion's."""
    q = _check(article)
    assert q.verdict is verdict, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(f"“{CHANGED},” Marlow said at the rally.", id="at the rally"),
        pytest.param(f"“{CHANGED},” Marlow said at the hearing.", id="at the hearing"),
    ],
)
def test_a_speech_holds_no_other_occasion(article: str) -> None:
    """Only a meeting holds other occasions (``occasion.CONTAINER_KINDS``): against a speech
    at a gala, "at the rally" (a phrase that admits a speech) and "at the hearing" stay another
    occasion — the changed words are not checked as the gala speech's."""
    q = _check(article, SPEECH)
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            f"“{CHANGED},” Marlow said at a hearing of the county assembly.",
            Verdict.UNVERIFIABLE,
            id="a hearing of another body",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow said at a hearing before the river commission.",
            Verdict.UNVERIFIABLE,
            id="a hearing before another body",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow told the audience at the lifeboat gala.",
            Verdict.UNVERIFIABLE,
            id="the audience at a gala",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow told the crowd at the regatta dinner.",
            Verdict.UNVERIFIABLE,
            id="the crowd at a dinner",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow said at the hearing of the port board.",
            Verdict.ALTERED,
            id="a hearing of the meeting's own board",
        ),
        pytest.param(
            f"“{CHANGED},” Marlow told the audience at the board meeting.",
            Verdict.ALTERED,
            id="the audience at the meeting",
        ),
    ],
)
def test_every_place_phrase_must_admit_the_meeting(article: str, verdict: Verdict) -> None:
    """A meeting holds a hearing, a crowd, an audience — but only when nothing else in the
    frame names another occasion (review 22-2 #2): "told the audience at the gala" is the
    gala's (every place phrase must admit the meeting: ``placement.admits``), "a hearing of
    the county assembly" the assembly's (the holder named after the cue,
    ``occasion_holder_prepositions``, must agree with the meeting)."""
    q = _check(article)
    assert q.verdict is verdict, (q.verdict, q.explanation)
