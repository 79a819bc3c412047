"""Unnamed dash (or ``>>``) turns in captions are other voices: each is another speaker than the
turn before it.  A source that declares its speaker but whose captions hold two such voices
does not say which is theirs, so a quote found in one of them gets a doubt (QC205), never a
plain pass: the questioner's "Is that the plan?" is not shown to be the speaker's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from caption_cues import vtt

import quotecheck
from quotecheck.models import Verdict


def _check(nlp: Any, tmp_path: Path, lines: list[str], quote: str) -> quotecheck.QuoteResult:
    path = tmp_path / "captions.vtt"
    path.write_text(vtt(lines), encoding="utf-8")
    source = quotecheck.load_source(path, speaker="Odile Frey")
    article = (
        "Harbour master Odile Frey took questions on the spring timetable on Thursday.\n\n"
        f"“{quote},” Frey said.\n"
    )
    [result] = quotecheck.check_text(article, sources=[source], nlp=nlp).quotes
    return result


EXCHANGE = {
    "dash": [
        "- The ferry to Kell Island will run every hour.",
        "- Is that the plan for the winter too?",
        "- Yes, the winter timetable will be the same.",
    ],
    "chevrons": [
        ">> The ferry to Kell Island will run every hour.",
        ">> Is that the plan for the winter too?",
        ">> Yes, the winter timetable will be the same.",
    ],
}


@pytest.mark.parametrize("marks", list(EXCHANGE))
@pytest.mark.parametrize(
    "quote",
    ["Is that the plan for the winter too?", "The ferry to Kell Island will run every hour"],
    ids=["questioner", "other-voice"],
)
def test_a_quote_in_an_unnamed_dash_voice_is_in_doubt(
    nlp: Any, tmp_path: Path, marks: str, quote: str
) -> None:
    result = _check(nlp, tmp_path, EXCHANGE[marks], quote)
    assert "QC205" in result.codes
    assert result.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED)  # a doubt, no accusation


def test_captions_with_one_voice_raise_no_doubt(nlp: Any, tmp_path: Path) -> None:
    lines = ["- The ferry to Kell Island will run every hour.", "It will stop at the pier."]
    result = _check(nlp, tmp_path, lines, "The ferry to Kell Island will run every hour")
    assert "QC205" not in result.codes
    assert result.verdict is Verdict.VERBATIM


RESUMED = {
    "chevrons-after-applause": [
        ">> Good evening, and welcome to the quay.",
        "The ferry to Kell Island will run every hour.",
        "[APPLAUSE]",
        ">> And the winter timetable will be the same.",
        "(CHEERING)",
        ">> We will paint the pier this spring.",
    ],
    "dash-after-laughter": [
        "The ferry to Kell Island will run every hour.",
        "[LAUGHTER]",
        "- And the winter timetable will be the same.",
    ],
}


@pytest.mark.parametrize("marks", list(RESUMED))
@pytest.mark.parametrize(
    "quote",
    ["And the winter timetable will be the same", "The ferry to Kell Island will run every hour"],
    ids=["resumed", "before"],
)
def test_a_voice_mark_after_a_sound_alone_is_the_same_speaker(
    nlp: Any, tmp_path: Path, marks: str, quote: str
) -> None:
    """Captioners mark a speaker's resumption after applause or laughter with ">>" or a dash:
    one voice, so the declared speaker's faithful quotes raise no doubt."""
    result = _check(nlp, tmp_path, RESUMED[marks], quote)
    assert "QC205" not in result.codes
    assert result.verdict is Verdict.VERBATIM
