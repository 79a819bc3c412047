"""Source-side speaker labels of press briefings, court records, parliamentary records and
earnings calls (red team 18, F1–F5): a label that gives the speaker's post before the name
("SECRETARY VANTE:", "SEC. VANTE:", "CHAIRMAN VANTE:") names the source's declared speaker as
"MS. VANTE:" does.  Sentences invented."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.inputs.sources import make_source


def _speakers(text: str, speaker: str | None = None) -> list[str | None]:
    src = make_source(text, speaker=speaker)
    return [t.speaker for t in src.turns if not t.quoted]


@pytest.mark.parametrize(
    "label",
    [
        "SECRETARY VANTE",
        "SEC. VANTE",
        "CHAIRMAN VANTE",
        "COMMISSIONER VANTE",
        "COUNCILLOR VANTE",
        "JUDGE VANTE",
        "SECRETARY ILSA VANTE",
        "MS. VANTE",
    ],
)
def test_a_post_before_the_name_names_the_declared_speaker(label: str) -> None:
    text = (
        f"{label}: The ferry timetable changes in March.\n\n"
        "QUESTION: Will the night crossing stay?\n\n"
        f"{label}: The night crossing stays until the autumn.\n"
    )
    assert _speakers(text, "Ilsa Vante") == ["Ilsa Vante", "QUESTION", "Ilsa Vante"]


@pytest.mark.parametrize(
    "label", ["SECRETARY BROOK", "CHAIRMAN ILSA BROOK", "SEC. BROOK"]
)
def test_a_post_before_another_name_stays_that_name(label: str) -> None:
    text = (
        "MS. VANTE: The ferry timetable changes in March.\n\n"
        f"{label}: The night crossing stays.\n\n"
        "MS. VANTE: Until the autumn.\n"
    )
    assert _speakers(text, "Ilsa Vante") == ["Ilsa Vante", label, "Ilsa Vante"]


def test_briefing_answers_are_checked_against_the_declared_speaker() -> None:
    source = (
        "SECRETARY VANTE: We have hired forty new pilots since June.\n\n"
        "QUESTION: Is the strike over?\n\n"
        "SECRETARY VANTE: That is a question for the union.\n"
    )
    src = make_source(source, id="briefing.txt", speaker="Ilsa Vante")
    article = "“We have hired fifty new pilots since June,” Vante said."
    (q,) = quotecheck.check_text(article, sources=[src]).quotes
    assert q.verdict.value == "altered"
    assert "QC111" in q.codes
