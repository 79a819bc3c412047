"""A region named inside a place phrase is where the quote was said (#16, round four): "at an
Iowa rally", "told a Florida crowd" against a source that declares its place
(``region_names``), as "at a rally in Des Moines, Iowa" already is.

Every sentence here is made up for these tests: a mayor, Ines Rook, and a rally transcript
of the day before the article, in a town the tests invent.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import Level, Verdict
from quotecheck.score.checks.placement import _regions_in_phrases

SAID = "The ferry to the north shore will run every hour from May, and the fares stay the same."
CHANGED = "The ferry to the north shore will run every hour from June, and the fares stay the same."


def _check(sentence: str, occasion: str) -> quotecheck.QuoteResult:
    text = f"---\nkind: transcript\noccasion: {occasion}\ndate: 2026-04-14\n---\n\n"
    src = quotecheck.make_source(text + f"Ines Rook: {SAID}\n", id="rook.md")
    src = src.model_copy(update={"shared": True})
    report = quotecheck.check_text(f"---\ndate: 2026-04-15\n---\n\n{sentence}", sources=[src])
    assert report.quotes, sentence
    return report.quotes[0]


@pytest.mark.parametrize(
    ("frame", "occasion", "verdict"),
    [
        pytest.param(
            "told an Iowa rally",
            "Speech, Rally, Marrowby, NC",
            Verdict.UNVERIFIABLE,
            id="a rally in another state: similar words, no alteration",
        ),
        pytest.param(
            "told an Iowa rally",
            "Speech, Rally, Marrowby, IA",
            Verdict.ALTERED,
            id="the state's postal code: that rally, still caught",
        ),
        pytest.param(
            "said at a Florida rally",
            "Speech, Rally, Marrowby, Iowa",
            Verdict.UNVERIFIABLE,
            id="a full state name against another",
        ),
        pytest.param(
            "told a Florida crowd",
            "Speech, Rally, Marrowby, FL",
            Verdict.ALTERED,
            id="told a crowd of the state: still caught",
        ),
        pytest.param(
            "told a Lakeside crowd",
            "Speech, Rally, Marrowby, NC",
            Verdict.ALTERED,
            id="a capitalised word that names no region places nothing",
        ),
        pytest.param(
            "said at a Lee rally",
            "Speech, Rally, Marrowby, NC",
            Verdict.ALTERED,
            id="a person's name before the kind is no place",
        ),
        pytest.param(
            "said at an Iowa town hall",
            "Town hall, Marrowby, NC",
            Verdict.UNVERIFIABLE,
            id="a town hall of another state: the noun names an occasion held there",
        ),
    ],
)
def test_a_region_in_the_phrase(frame: str, occasion: str, verdict: Verdict) -> None:
    q = _check(f"“{CHANGED}” Ines Rook {frame}.", occasion)
    assert q.verdict is verdict, (q.verdict, q.explanation)
    if verdict is Verdict.UNVERIFIABLE:
        assert "similar words in" in q.explanation
    assert not [f for f in q.findings if f.level is Level.ERROR]


def test_identical_words_at_a_rally_of_another_state_keep_their_verdict() -> None:
    q = _check(f"“{SAID}” Ines Rook told an Iowa rally.", "Speech, Rally, Marrowby, NC")
    assert q.verdict is Verdict.VERBATIM
    assert [f.code for f in q.findings] == ["QC203"]


# A region inside the name of a newspaper or a station, or one that does not stand right
# before the phrase's noun, is not where the quote was said (mends H2).  The interviews name
# the paper: "told the Washington Post" is an occasion cue, and an interview that names
# another outlet or none is not the one it names (tests/test_occasion_outlets.py).
NOT_WHERE = [
    pytest.param(
        "told the Washington Post",
        "Interview, Washington Post, New York, NY",
        id="a newspaper's name",
    ),
    pytest.param(
        "told the New York Times",
        "Interview, New York Times, Washington, DC",
        id="another newspaper",
    ),
    pytest.param(
        "told an Iowa radio station", "Interview by phone, New York, NY", id="a station's state"
    ),
    pytest.param("told the Iowa audience", "Interview, Lake TV, Marrowby, NC", id="an audience"),
]


@pytest.mark.parametrize(("frame", "occasion"), NOT_WHERE)
def test_a_region_that_is_no_place_of_the_quote_leaves_it_checked(
    frame: str, occasion: str
) -> None:
    q = _check(f"“{CHANGED}” Ines Rook {frame}.", occasion)
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)


@pytest.mark.parametrize(("frame", "occasion"), NOT_WHERE)
def test_faithful_words_told_to_an_outlet_get_no_warning(frame: str, occasion: str) -> None:
    q = _check(f"“{SAID}” Ines Rook {frame}.", occasion)
    assert q.verdict is Verdict.VERBATIM, (q.verdict, q.explanation)
    assert not [f for f in q.findings if f.code == "QC203"]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        pytest.param("Rook told an Iowa rally", ["Iowa"], id="right before the kind noun"),
        pytest.param("Rook told a Florida crowd", ["Florida"], id="right before the crowd noun"),
        pytest.param("Rook told Washington Heights voters", [], id="a word between"),
        pytest.param("Rook told the Washington Post", [], id="an outlet"),
        pytest.param("Rook told an Iowa radio station", [], id="a station"),
        pytest.param("Rook said at an Iowa town hall", ["Iowa"], id="a town hall"),
    ],
)
def test_regions_in_phrases(text: str, regions: list[str]) -> None:
    assert [r for _, r in _regions_in_phrases(text, get_language("en"))] == regions
