"""A diarisation tool's placeholder label ("SPEAKER_01", "spk_0", "Speaker 2") names no one:
the voice cannot contradict the speaker the article names (no QC205 against "SPEAKER_01"),
while its turns stay apart from the other voices' (red team 16, F22).  The ``speakers`` map
still names them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotecheck
from quotecheck.inputs.labels import placeholder_label
from quotecheck.inputs.sources import load_source


@pytest.mark.parametrize("label", ["SPEAKER_00", "SPEAKER_12", "spk_0", "Speaker 2", "S1", "0"])
def test_a_tool_label_is_a_placeholder(label: str) -> None:
    assert placeholder_label(label)


@pytest.mark.parametrize("label", ["Ines Dalton", "HOST", "DALTON", "Louis XIV", "THE CHAIR"])
def test_a_name_or_role_is_no_placeholder(label: str) -> None:
    assert not placeholder_label(label)


def _interview(tmp_path: Path, speakers: dict[str, str] | None = None) -> Path:
    segments = [
        {"speaker": "SPEAKER_00", "start": 0.0, "end": 3.0, "text": "Welcome back to the show."},
        {
            "speaker": "SPEAKER_01",
            "start": 3.0,
            "end": 8.0,
            "text": "The night buses will run every twenty minutes from May.",
        },
        {"start": 8.0, "end": 10.0, "text": "That is a promise."},
        {"speaker": "SPEAKER_00", "start": 10.0, "end": 12.0, "text": "And the trams?"},
        {"speaker": 1, "start": 12.0, "end": 15.0, "text": "The trams stay as they are."},
    ]
    data: dict[str, object] = {"segments": segments}
    if speakers:
        data["speakers"] = speakers
    path = tmp_path / "show.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_placeholder_voices_are_turns_of_no_one(tmp_path: Path) -> None:
    source = load_source(_interview(tmp_path))
    turns = [(source.text[t.start : t.end].strip(), t.speaker) for t in source.turns]
    assert turns == [
        ("Welcome back to the show.", None),
        ("The night buses will run every twenty minutes from May. That is a promise.", None),
        ("And the trams?", None),
        ("The trams stay as they are.", None),
    ]


def test_the_speakers_map_still_names_the_voices(tmp_path: Path) -> None:
    path = _interview(tmp_path, {"SPEAKER_00": "Omar Fell", "SPEAKER_01": "Ines Dalton"})
    source = load_source(path)
    assert [t.speaker for t in source.turns][:3] == ["Omar Fell", "Ines Dalton", "Omar Fell"]


def test_a_placeholder_voice_raises_no_doubt_about_the_named_speaker(tmp_path: Path) -> None:
    source = load_source(_interview(tmp_path))
    report = quotecheck.check_text(
        'Transport chief Ines Dalton was on the radio.\n\n"The night buses will run every '
        'twenty minutes from May," Dalton said.',
        sources=[source],
        settings=quotecheck.api.Settings(time_budget=0),
    )
    [q] = report.quotes
    assert q.verdict is quotecheck.Verdict.VERBATIM, q.explanation
    assert not [f for f in q.findings if f.code.startswith("QC20")], q.findings


def _phone_in(tmp_path: Path) -> Path:
    """A radio phone-in: the presenter (SPEAKER_00) and a harbour master (SPEAKER_01)."""
    segments = [
        {
            "speaker": "SPEAKER_00",
            "start": 0.0,
            "end": 4.0,
            "text": "Some callers say the ferry is late every single morning.",
        },
        {
            "speaker": "SPEAKER_01",
            "start": 4.0,
            "end": 9.0,
            "text": "The new ferry will sail at seven sharp from the first of April.",
        },
        {
            "speaker": "SPEAKER_01",
            "start": 9.0,
            "end": 12.0,
            "text": "We have hired two more deckhands for the summer.",
        },
    ]
    path = tmp_path / "phone_in.json"
    path.write_text(json.dumps({"segments": segments}), encoding="utf-8")
    return path


_LEAD = "Harbour master Petra Lund took calls on the morning show.\n\n"
_OWN = '"The new ferry will sail at seven sharp from the first of April," Lund said.\n\n'
_OWN_TOO = '"We have hired two more deckhands for the summer," Lund added.\n\n'
_HOSTS = '"Some callers say the ferry is late every single morning," Lund said.\n\n'


def _doubts(tmp_path: Path, article: str, speaker: str | None = None) -> list[bool]:
    source = load_source(_phone_in(tmp_path), speaker=speaker)
    report = quotecheck.check_text(
        article, sources=[source], settings=quotecheck.api.Settings(time_budget=0)
    )
    return [any(f.code == "QC205" for f in q.findings) for q in report.quotes]


@pytest.mark.parametrize(
    ("body", "doubted"),
    [
        (_OWN + _OWN_TOO, [False, False]),  # one unnamed voice for both: no doubt
        (_OWN + _OWN_TOO + _HOSTS, [True, True, True]),  # two voices are two people
        (_HOSTS + _OWN, [True, True]),
    ],
)
def test_one_speakers_words_in_two_unnamed_voices_are_in_doubt(
    tmp_path: Path, body: str, doubted: list[bool]
) -> None:
    assert _doubts(tmp_path, _LEAD + body) == doubted


@pytest.mark.parametrize("body", [_HOSTS, _OWN])
def test_a_source_that_names_its_speaker_does_not_say_which_voice_is_theirs(
    tmp_path: Path, body: str
) -> None:
    assert _doubts(tmp_path, _LEAD + body, speaker="Petra Lund") == [True]
