"""In two-voice captions that declare their speaker, the voice that addresses that speaker by
title or name ("HARBOUR MASTER, THANKS FOR COMING IN.") is the interviewer's, so the other
voice is the speaker's (red team 20 F17): the speaker's answers pass without a doubt, and the
interviewer's question given to the speaker keeps a doubt (QC205) that says why.  Without such
an address neither voice is told apart, as before (``tests/test_caption_dash_voices.py``).

Every sentence here is made up for these tests: a harbour master, Odile Frey, on the radio.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from caption_cues import vtt

import quotecheck
from quotecheck.models import Verdict


def _check(nlp: Any, tmp_path: Path, lines: list[str], quote: str) -> quotecheck.QuoteResult:
    path = tmp_path / "radio.vtt"
    path.write_text(vtt(lines), encoding="utf-8")
    source = quotecheck.load_source(path, speaker="Odile Frey")
    article = f"Harbour master Odile Frey spoke to the radio on Thursday.\n\nFrey said: “{quote}”\n"
    [result] = quotecheck.check_text(article, sources=[source], nlp=nlp).quotes
    return result


ADDRESSED = [
    ">> MS. FREY, THANKS FOR COMING IN. WILL THE KELL FERRY RUN IN JANUARY?",
    ">> THANK YOU. THE KELL FERRY WILL RUN EVERY DAY IN JANUARY.",
    ">> EVERY DAY?",
    ">> EVERY DAY BUT CHRISTMAS.",
]

UNADDRESSED = [
    ">> THANKS FOR COMING IN. WILL THE KELL FERRY RUN IN JANUARY?",
    ">> THANK YOU. THE KELL FERRY WILL RUN EVERY DAY IN JANUARY.",
]


@pytest.mark.parametrize(
    "quote",
    ["The Kell ferry will run every day in January.", "Every day but Christmas."],
    ids=["answer", "later answer"],
)
def test_the_answering_voice_is_the_speakers(nlp: Any, tmp_path: Path, quote: str) -> None:
    result = _check(nlp, tmp_path, ADDRESSED, quote)
    assert result.verdict is Verdict.VERBATIM
    assert "QC205" not in {f.code for f in result.findings}, result.explanation


def test_the_addressing_voice_stays_in_doubt(nlp: Any, tmp_path: Path) -> None:
    result = _check(nlp, tmp_path, ADDRESSED, "Will the Kell ferry run in January?")
    doubt = [f.message for f in result.findings if f.code == "QC205"]
    assert doubt and "addresses Odile Frey" in doubt[0], result.explanation


def test_no_address_no_telling_apart(nlp: Any, tmp_path: Path) -> None:
    result = _check(nlp, tmp_path, UNADDRESSED, "The Kell ferry will run every day in January.")
    assert "QC205" in {f.code for f in result.findings}


# The vocative must name the declared speaker (review 21-3 F5): a title the article does not
# give her may be the guest addressing the host, and her whole name opening a turn is her
# introducing herself — both voices stay in doubt, the host's words given to her included.
GUEST_SAYS_SIR = [
    ">> WILL THE LIDO REOPEN THIS SUMMER? SOME SAY IT IS SHUT FOR GOOD.",
    ">> SIR, THE LIDO WILL REOPEN IN JULY.",
    ">> THE COUNCIL SAYS THE LIDO IS SHUT FOR GOOD.",
    ">> THAT IS WRONG.",
]
GUEST_INTRODUCES_HERSELF = [
    ">> WELCOME BACK TO THE MORNING TIDE.",
    ">> ODILE FREY, HARBOUR MASTER. HELLO.",
    ">> THE COUNCIL SAYS THE LIDO IS SHUT FOR GOOD.",
    ">> THAT IS WRONG. THE LIDO WILL REOPEN IN JULY.",
]
HOST_BY_ARTICLE_TITLE = [
    ">> MAYOR, WELCOME. WILL THE LIDO REOPEN?",
    ">> THANK YOU. THE LIDO WILL REOPEN IN JULY.",
]


@pytest.mark.parametrize(
    ("lines", "quote"),
    [
        pytest.param(GUEST_SAYS_SIR, "The council says the lido is shut for good.", id="sir: host"),
        pytest.param(GUEST_SAYS_SIR, "The lido will reopen in July.", id="sir: guest"),
        pytest.param(
            GUEST_INTRODUCES_HERSELF,
            "The council says the lido is shut for good.",
            id="intro: host",
        ),
        pytest.param(GUEST_INTRODUCES_HERSELF, "The lido will reopen in July.", id="intro: guest"),
    ],
)
def test_an_address_that_does_not_name_her_keeps_both_in_doubt(
    nlp: Any, tmp_path: Path, lines: list[str], quote: str
) -> None:
    result = _check(nlp, tmp_path, lines, quote)
    doubt = [f.message for f in result.findings if f.code == "QC205"]
    assert doubt and "addresses" not in doubt[0], result.explanation


def test_must_stay_a_title_the_article_gives_her_tells_the_voices_apart(
    nlp: Any, tmp_path: Path
) -> None:
    path = tmp_path / "radio.vtt"
    path.write_text(vtt(HOST_BY_ARTICLE_TITLE), encoding="utf-8")
    source = quotecheck.load_source(path, speaker="Odile Frey")
    article = "Mayor Odile Frey spoke to the radio.\n\nFrey said: “The lido will reopen in July.”\n"
    [result] = quotecheck.check_text(article, sources=[source], nlp=nlp).quotes
    assert "QC205" not in {f.code for f in result.findings}, result.explanation
