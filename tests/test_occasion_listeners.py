"""Who the speaker was talking to places a quote (#16, round four): "told the audience",
"told a packed gym", "in a private meeting", "in remarks to reporters" (the listener after
"to" decides the kind, not "remarks").  A ``*`` still stands for at most two words.

Every sentence here is made up for these tests: a lake town, its mayor Ines Rook, and the
transcripts of her appearances the day before the article.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import Level, Verdict
from quotecheck.score.checks.placement import kinds_in

SAID = "The ferry to the north shore will run every hour from May, and the fares stay the same."
CHANGED = "The ferry to the north shore will run every hour from June, and the fares stay the same."
ARTICLE_DATE = "2026-04-15"
DAY_BEFORE = "2026-04-14"

RALLY = "Speech, Rally, Lakeside Park"
RADIO = "Interview with the Lake Radio breakfast show"
DEBATE = "mayoral debate"
PRESS = "Press conference, harbour office"
PRIVATE = "Private meeting with the harbour board"


def _check(sentence: str, occasion: str) -> quotecheck.QuoteResult:
    text = f"---\nkind: transcript\noccasion: {occasion}\ndate: {DAY_BEFORE}\n---\n\n"
    src = quotecheck.make_source(text + f"Ines Rook: {SAID}\n", id="rook.md")
    src = src.model_copy(update={"shared": True})
    article = f"---\ndate: {ARTICLE_DATE}\n---\n\n{sentence}"
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, sentence
    return report.quotes[0]


@pytest.mark.parametrize(
    ("frame", "occasion", "verdict"),
    [
        pytest.param("told the audience", PRESS, Verdict.UNVERIFIABLE, id="audience, press"),
        pytest.param("told the audience", RALLY, Verdict.ALTERED, id="audience, rally: caught"),
        pytest.param(
            "told the debate audience", DEBATE, Verdict.ALTERED, id="debate audience: caught"
        ),
        pytest.param("told a packed gym", RADIO, Verdict.UNVERIFIABLE, id="gym, radio"),
        pytest.param("told a packed gym", RALLY, Verdict.ALTERED, id="gym, rally: caught"),
        pytest.param("told the arena", PRESS, Verdict.UNVERIFIABLE, id="arena, press"),
        pytest.param("said in a private meeting", RALLY, Verdict.UNVERIFIABLE, id="private"),
        pytest.param(
            "said in a private meeting",
            PRIVATE,
            Verdict.ALTERED,
            id="private, against a recording of that kind: caught",
        ),
        pytest.param("said behind closed doors", DEBATE, Verdict.UNVERIFIABLE, id="closed doors"),
        pytest.param(
            "said in remarks to reporters", RALLY, Verdict.UNVERIFIABLE, id="remarks to reporters"
        ),
        pytest.param(
            "said in remarks to reporters",
            PRESS,
            Verdict.ALTERED,
            id="remarks to reporters, press conference: caught",
        ),
        pytest.param(
            "said in brief remarks to her supporters",
            RADIO,
            Verdict.UNVERIFIABLE,
            id="remarks to supporters, radio",
        ),
        pytest.param(
            "said in remarks to supporters", RALLY, Verdict.ALTERED, id="supporters, rally: caught"
        ),
        pytest.param(
            "said in remarks to the debate audience",
            DEBATE,
            Verdict.ALTERED,
            id="remarks to a debate's audience, the debate: caught",
        ),
        pytest.param(
            "said in response to a statement from the council",
            RALLY,
            Verdict.ALTERED,
            id="a preposition inside: no statement placed, the rally of the day is checked",
        ),
    ],
)
def test_the_listener_places_the_quote(frame: str, occasion: str, verdict: Verdict) -> None:
    q = _check(f"“{CHANGED}” Ines Rook {frame}.", occasion)
    assert q.verdict is verdict, (q.verdict, q.explanation)
    if verdict is Verdict.UNVERIFIABLE:
        assert "similar words in" in q.explanation
    assert not [f for f in q.findings if f.level is Level.ERROR]


@pytest.mark.parametrize(
    ("frame", "occasion"),
    [
        pytest.param("told the audience", RALLY, id="audience"),
        pytest.param("said in remarks to the debate audience", DEBATE, id="debate audience"),
        pytest.param("said in remarks to reporters", PRESS, id="remarks to reporters"),
        pytest.param("said in a private meeting", PRIVATE, id="private meeting"),
    ],
)
def test_identical_words_at_the_occasion_named_pass_without_a_finding(
    frame: str, occasion: str
) -> None:
    q = _check(f"“{SAID}” Ines Rook {frame}.", occasion)
    assert q.verdict is Verdict.VERBATIM, (q.verdict, q.explanation)
    assert not [f for f in q.findings if f.code == "QC203"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "Rook told the audience",
            {"rally", "speech", "townhall", "debate", "interview", "meeting"},
            id="a",
        ),
        pytest.param(
            "Rook told an audience of reporters", {"press", "interview"}, id="audience of reporters"
        ),
        pytest.param("Rook told a packed gym", {"rally", "speech", "townhall"}, id="gym"),
        pytest.param(
            "Rook told a rally audience",
            {"rally", "speech", "townhall", "debate"},
            id="a rally's audience: in person only",
        ),
        pytest.param("Rook said at a big campaign rally", None, id="three words: nothing"),
        pytest.param("Rook told a big noisy evening crowd", None, id="four words: nothing"),
        pytest.param("Rook said at her rally", {"rally", "speech"}, id="one word"),
        pytest.param("Rook told reporters and the crowd", {"press", "interview"}, id="and"),
        pytest.param("Rook said in remarks to reporters", {"press", "interview"}, id="remarks"),
        pytest.param("Rook said in a private meeting", {"private"}, id="private"),
    ],
)
def test_kinds_in(text: str, kinds: set[str] | None) -> None:
    found = kinds_in(text, get_language("en"))
    if kinds is None:
        assert found == ()
    else:
        assert found and set(found[0][1]) == kinds, found


# A broadcast or a press conference has an audience too, and a source may call itself by the
# words a reporter would use ("Remarks to reporters"), or by none of a kind ("Remarks"): the
# quote is checked against it (mends H1).
INTERVIEW_AUDIENCES = [
    pytest.param("told her radio audience", RADIO, id="radio audience"),
    pytest.param("told the CNN audience", "Interview, CNN", id="a network's audience"),
    pytest.param("told the television audience", "Interview, Lake TV", id="television audience"),
    pytest.param(
        "told the podcast audience", "Podcast interview, The Harbour Hour", id="podcast audience"
    ),
    pytest.param("told the studio audience", "Interview on the late show", id="studio audience"),
    pytest.param("told the audience", RADIO, id="the audience, a radio interview"),
    pytest.param("told an audience of reporters", PRESS, id="audience of reporters, press"),
    pytest.param(
        "said in remarks to reporters",
        "Remarks to reporters aboard the ferry",
        id="remarks to reporters, a source of those words",
    ),
    pytest.param("said in remarks to reporters", "Remarks", id="remarks to reporters, Remarks"),
    pytest.param(
        "said in a private meeting with donors",
        "Fundraiser remarks, leaked recording",
        id="private meeting, a leaked fundraiser recording",
    ),
]


@pytest.mark.parametrize(("frame", "occasion"), INTERVIEW_AUDIENCES)
def test_a_change_at_the_occasion_the_listener_allows_is_caught(frame: str, occasion: str) -> None:
    q = _check(f"“{CHANGED}” Ines Rook {frame}.", occasion)
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)


@pytest.mark.parametrize(("frame", "occasion"), INTERVIEW_AUDIENCES)
def test_faithful_words_at_the_occasion_the_listener_allows_get_no_warning(
    frame: str, occasion: str
) -> None:
    q = _check(f"“{SAID}” Ines Rook {frame}.", occasion)
    assert q.verdict is Verdict.VERBATIM, (q.verdict, q.explanation)
    assert not [f for f in q.findings if f.code == "QC203"]


@pytest.mark.parametrize(
    ("frame", "occasion"),
    [
        pytest.param("told an audience of reporters", RALLY, id="reporters' audience, a rally"),
        pytest.param("told the radio audience", PRESS, id="radio audience, a press conference"),
        pytest.param("told a rally audience", RADIO, id="a rally's audience, a radio interview"),
        pytest.param("said in remarks to reporters", RALLY, id="remarks to reporters, a rally"),
        pytest.param(
            "told a packed gym",
            "Closed-door meeting of the harbour board",
            id="a gym, a source declaring a closed-door meeting",
        ),
    ],
)
def test_a_listener_of_another_occasion_still_rules_the_source_out(
    frame: str, occasion: str
) -> None:
    q = _check(f"“{CHANGED}” Ines Rook {frame}.", occasion)
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)
    assert "similar words in" in q.explanation
