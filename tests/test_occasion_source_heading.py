"""A source that declares no ``occasion:`` says what it is by its own heading (red team 20,
F4): a transcript headed "RIVERTON COUNCIL DEBATE" shows nothing of what the speaker "told
a rally" or said "in a radio interview" — similar words there are "similar words", not an
alteration or a paraphrase.

Every sentence here is made up for these tests: a river town, its harbour master Ada Voss,
and the transcript of a council debate.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import Quote, Verdict
from quotecheck.score.checks.placement import source_heading, source_kinds

SAID = (
    "We are going to build 300 berths at the north quay. "
    "And the mooring fees will be frozen for six years."
)
CHANGED = "The mooring fees will be frozen for four years."
REWORDED = "We will put three hundred new berths on the north quay site."

HEADED = (
    "RIVERTON COUNCIL DEBATE, WEDNESDAY, OCTOBER 14, 2026\n\n"
    "MODERATOR: Ms. Voss, the quay.\n\n"
    f"ADA VOSS: {SAID}\n\n"
    "MODERATOR: Mr. Brandt?\n\n"
    "TOM BRANDT: The quay floods every spring.\n"
)
UNHEADED = HEADED.split("\n\n", 1)[1]
TITLED = "Remarks of Ada Voss, Riverton\n\n" + UNHEADED


def _quote(sentence: str, source_text: str) -> Quote:
    article = (
        "---\nquotecheck:\n  sources:\n    - path: debate.txt\n      speaker: Ada Voss\n"
        "      date: 2026-10-14\n---\n\n# Voss's quay plan\n\n"
        f"RIVERTON — Ada Voss has made the quay the centre of her campaign.\n\n{sentence}\n"
    )
    dated = f"---\ndate: 2026-10-14\n---\n\n{source_text}"
    source = quotecheck.make_source(dated, id="debate.txt")
    report = quotecheck.check_text(article, sources=[source])
    assert report.quotes, article
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("sentence", "source_text", "verdict"),
    [
        pytest.param(
            f"Ada Voss told a rally in Millbrook: “{CHANGED}”",
            HEADED,
            Verdict.UNVERIFIABLE,
            id="told a rally, against a debate by its heading: similar words",
        ),
        pytest.param(
            f"Ada Voss said in a radio interview: “{CHANGED}”",
            HEADED,
            Verdict.UNVERIFIABLE,
            id="in a radio interview: the same",
        ),
        pytest.param(
            f"Ada Voss just told supporters at the union hall: “{REWORDED}”",
            HEADED,
            Verdict.UNVERIFIABLE,
            id="told supporters, reworded: not paraphrased",
        ),
        pytest.param(
            f"Ada Voss said at the debate: “{CHANGED}”",
            HEADED,
            Verdict.ALTERED,
            id="at the debate, the heading's kind: still altered",
        ),
        pytest.param(
            f"Ada Voss said: “{CHANGED}”",
            HEADED,
            Verdict.ALTERED,
            id="no placement: still altered",
        ),
        pytest.param(
            f"Ada Voss told a rally in Millbrook: “{CHANGED}”",
            UNHEADED,
            Verdict.ALTERED,
            id="no heading, no kind: as before",
        ),
        pytest.param(
            f"Ada Voss told a rally in Millbrook: “{CHANGED}”",
            TITLED,
            Verdict.ALTERED,
            id="a heading naming no kind of occasion: as before",
        ),
    ],
)
def test_a_heading_declares_the_kind(sentence: str, source_text: str, verdict: Verdict) -> None:
    q = _quote(sentence, source_text)
    assert q.verdict is verdict, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        pytest.param(HEADED, "RIVERTON COUNCIL DEBATE, WEDNESDAY, OCTOBER 14, 2026", id="heading"),
        pytest.param(UNHEADED, "", id="a speaker's turn is no heading"),
        pytest.param("The quay will open in May. Fees stay the same.\n", "", id="a sentence"),
        pytest.param("Ada Voss says the quay will open\n\nMore text.\n", "", id="a lede"),
        pytest.param(
            "---\noccasion: quay visit\n---\n\nRIVERTON TOWN HALL\n\nADA VOSS: Hello.\n",
            "RIVERTON TOWN HALL",
            id="after front matter",
        ),
    ],
)
def test_source_heading(text: str, heading: str) -> None:
    src = quotecheck.make_source(text, id="s.txt")
    assert source_heading(src, get_language("en")) == heading


def test_a_declared_occasion_outweighs_the_heading() -> None:
    text = "---\noccasion: radio interview\n---\n\nRIVERTON COUNCIL DEBATE\n\nADA VOSS: Hello.\n"
    src = quotecheck.make_source(text, id="s.txt")
    kinds = source_kinds(src, get_language("en"))
    assert "interview" in kinds and "debate" not in kinds, kinds


@pytest.mark.parametrize(
    ("heading", "kinds"),
    [
        pytest.param("RIVERTON COUNCIL DEBATE, OCTOBER 14", {"debate"}, id="one kind: read"),
        pytest.param(
            "Quay briefing ahead of Friday's council debate", set(), id="ahead of: the topic"
        ),
        pytest.param("Quay tour after the debate", set(), id="after: the topic"),
        pytest.param("RALLY ON THE DEBATE RULES", {"rally"}, id="on: the head kind only"),
        pytest.param("Debate and rally, Riverton quay", set(), id="two kinds: neither"),
    ],
)
def test_the_heading_kind_is_its_head_occasion(heading: str, kinds: set[str]) -> None:
    text = f"---\nkind: transcript\n---\n\n{heading}\n\nADA VOSS: Hello.\n"
    src = quotecheck.make_source(text, id="s.txt")
    assert source_kinds(src, get_language("en")) == kinds


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("Quay briefing ahead of Friday's council debate", id="ahead of"),
        pytest.param("Quay tour before the council debate", id="before"),
    ],
)
def test_a_debate_named_as_topic_hides_no_change(heading: str) -> None:
    q = _quote(f"Ada Voss told reporters: “{CHANGED}”", f"{heading}\n\n{UNHEADED}")
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    ("heading", "kinds"),
    [
        pytest.param(
            "Before the storm: Millbrook harbour debate", {"debate"}, id="cut word before the kind"
        ),
        pytest.param("REMARKS ON MAY 3 AT A TOWN HALL", {"townhall"}, id="on a date, at a kind"),
        pytest.param("On the quay: town hall with Ada Voss", {"townhall"}, id="cut word opens"),
        pytest.param(
            "Quay briefing ahead of Friday's council debate", set(), id="must stay: the topic"
        ),
        pytest.param("TOWN HALL ON THE QUAY DEBATE", {"townhall"}, id="must stay: after a kind"),
    ],
)
def test_a_cut_word_before_the_kind_cuts_only_its_phrase(heading: str, kinds: set[str]) -> None:
    """Review 20-4, finding 4: a cut word before any kind word leaves out only its own phrase
    (up to a clause mark or a preposition), not the kind named after it."""
    from quotecheck.score.checks.placement import heading_kinds

    assert heading_kinds(heading, get_language("en")) == kinds
