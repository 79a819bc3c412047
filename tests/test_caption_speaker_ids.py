"""Caption speaker IDs: a bracketed person's name opening a cue line ("[ANN LEE] …",
"(Ann Lee) …") of a speaker the file names elsewhere (a label, a voice tag, the same ID at
another cue start) or the declared speaker starts that speaker's turn, as a voice tag does;
any other bracketed item is a sound ("[DOOR SLAMS]", "[APPLAUSE]", "(LAUGHTER)", and
"[GULLS SCREECHING]" however unlisted its words), dropped, no speaker.  An interjection cut into a
speaker's sentence is not among the speaker's words; words of the other voice given to the
speaker are a misattribution."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from caption_cues import vtt

import quotecheck
from quotecheck.models import Verdict


def _srt(lines: list[str]) -> str:
    out = []
    for i, line in enumerate(lines):
        out.append(f"{i + 1}\n00:00:{2 * i + 1:02d},000 --> 00:00:{2 * i + 2:02d},500\n{line}\n")
    return "\n".join(out)


def _load(tmp_path: Path, text: str, suffix: str, **kw: Any) -> quotecheck.Source:
    path = tmp_path / f"captions{suffix}"
    path.write_text(text, encoding="utf-8")
    return quotecheck.load_source(path, **kw)


@pytest.mark.parametrize("suffix", [".srt", ".vtt"])
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("[ODILE FREY]", "[BRAM HOLT]"),
        ("(Odile Frey)", "(Bram Holt)"),
        ("(ODILE FREY)", "(BRAM HOLT)"),
        ("- [ODILE FREY]", "- [BRAM HOLT]"),
    ],
    ids=["brackets", "parentheses", "caps-parentheses", "after-dash"],
)
def test_bracketed_name_starts_a_turn(tmp_path: Path, suffix: str, first: str, second: str) -> None:
    make = _srt if suffix == ".srt" else vtt
    text = make(
        [
            f"{first} The ferry will run every hour.",
            f"{second} Nonsense, it never will.",
            f"{first} It will.",
            f"{second} It won't.",
        ]
    )
    source = _load(tmp_path, text, suffix)
    assert [t.speaker for t in source.turns] == ["Odile Frey", "Bram Holt"] * 2
    assert "Frey" not in source.text and "Holt" not in source.text
    assert source.text.startswith("The ferry will run every hour.")


@pytest.mark.parametrize(
    "sound",
    [
        "[DOOR SLAMS]",
        "[APPLAUSE]",
        "(LAUGHTER)",
        "[MUSIC PLAYING]",
        "[CROWD CHEERING]",
        "[IN FRENCH]",
    ],
)
def test_bracketed_sound_is_no_speaker(tmp_path: Path, sound: str) -> None:
    source = _load(tmp_path, _srt([f"{sound} The ferry will run every hour."]), ".srt")
    assert not any(t.speaker for t in source.turns)
    assert source.text == "The ferry will run every hour."


def test_name_in_parentheses_inside_a_line_stays_text(tmp_path: Path) -> None:
    source = _load(tmp_path, _srt(["The harbour master (Odile Frey) will decide."]), ".srt")
    assert source.text == "The harbour master (Odile Frey) will decide."


SEQ = [
    "[ODILE FREY] The ferry to Kell Island will run",
    "[BRAM HOLT] Rubbish!",
    "[ODILE FREY] every hour from the first of March.",
    "[BRAM HOLT] Never.",
]


def _check(nlp: Any, tmp_path: Path, lines: list[str], quote: str) -> quotecheck.QuoteResult:
    source = _load(tmp_path, _srt(lines), ".srt", speaker="Odile Frey")
    article = (
        "Harbour master Odile Frey set out the spring timetable on Thursday.\n\n"
        f"“{quote},” Frey said.\n"
    )
    [result] = quotecheck.check_text(article, sources=[source], nlp=nlp).quotes
    return result


def test_interjection_cut_into_the_sentence_is_not_dropped_words(nlp: Any, tmp_path: Path) -> None:
    q = "The ferry to Kell Island will run every hour from the first of March"
    result = _check(nlp, tmp_path, SEQ, q)
    assert result.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED)


def test_the_other_voice_given_to_the_speaker_is_a_misattribution(nlp: Any, tmp_path: Path) -> None:
    lines = [
        "[ODILE FREY] The ferry to Kell Island will run every hour from March.",
        "[BRAM HOLT] That timetable is a fantasy and everyone on the island knows it.",
        "[ODILE FREY] It is not.",
        "[BRAM HOLT] It is.",
    ]
    result = _check(
        nlp, tmp_path, lines, "That timetable is a fantasy and everyone on the island knows it"
    )
    assert result.verdict is Verdict.MISATTRIBUTED


def test_a_question_between_two_sentences_is_still_words_left_out(nlp: Any, tmp_path: Path) -> None:
    """The sentence ended before the other turn: the words after answer it (must stay)."""
    lines = [
        "[ODILE FREY] The ferry will run every hour.",
        "[BRAM HOLT] Even in winter?",
        "[ODILE FREY] Not in winter.",
    ]
    result = _check(nlp, tmp_path, lines, "The ferry will run every hour. Not in winter")
    assert result.verdict not in (Verdict.VERBATIM, Verdict.NORMALIZED)


@pytest.mark.parametrize(
    "sound",
    ["[GULLS SCREECHING]", "[RADIO CRACKLES]", "(FRIDGE HUMMING)", "[PAGES RUSTLING]"],
)
def test_a_bracketed_item_named_nowhere_else_is_a_sound(
    nlp: Any, tmp_path: Path, sound: str
) -> None:
    """No list of sound words covers captions: an item of a name's shape that the file names
    nowhere else, and that is not the declared speaker, is a sound, not a speaker whose words
    the declared speaker's faithful quote would be (no misattribution)."""
    lines = [
        "The ferry to Kell Island will run every hour from March.",
        f"{sound} Nobody on the island should wait half a day for a boat.",
    ]
    source = _load(tmp_path, _srt(lines), ".srt", speaker="Odile Frey")
    assert not any(t.speaker for t in source.turns)
    result = _check(nlp, tmp_path, lines, "Nobody on the island should wait half a day for a boat")
    assert result.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED), result.verdict


@pytest.mark.parametrize(
    ("lines", "speakers"),
    [
        pytest.param(
            ["[ODILE FREY] The ferry will run every hour.", "Harbour views, as ever."],
            ["Odile Frey"],
            id="the declared speaker once",
        ),
        pytest.param(
            ["BRAM HOLT: The fares are too high.", "[BRAM HOLT] And the boats are late."],
            ["Bram Holt"],
            id="a label names the same speaker",
        ),
    ],
)
def test_a_bracketed_id_the_file_confirms_is_a_speaker(
    tmp_path: Path, lines: list[str], speakers: list[str]
) -> None:
    source = _load(tmp_path, _srt(lines), ".srt", speaker="Odile Frey")
    assert [t.speaker for t in source.turns if t.speaker] == speakers
    assert "Odile Frey" not in source.text and "[BRAM" not in source.text


@pytest.mark.parametrize(
    ("heckle", "speaker"),
    [
        pytest.param("[MARTA VOSS]", "Marta Voss", id="first name and surname"),
        pytest.param("[DR. LENA MARSH]", "Dr. Lena Marsh", id="a title and a name"),
        pytest.param("(Peter Quist)", "Peter Quist", id="in parentheses, title case"),
    ],
)
def test_a_person_bracketed_once_is_a_speaker(
    nlp: Any, tmp_path: Path, heckle: str, speaker: str
) -> None:
    """A questioner or heckler bracketed once ("[MARTA VOSS] You lied!") is a person: their
    line is their turn, not the declared speaker's, and the declared speaker's quote of it is
    misattributed (review18-3 item 3)."""
    lines = [
        "The ferry to Kell Island will run every hour from March.",
        f"{heckle} You said the same thing two winters ago!",
        "And this time the boats are already bought.",
    ]
    source = _load(tmp_path, _srt(lines), ".srt", speaker="Odile Frey")
    assert [t.speaker for t in source.turns if t.speaker][:1] == [speaker]
    result = _check(nlp, tmp_path, lines, "You said the same thing two winters ago")
    assert result.verdict is Verdict.MISATTRIBUTED, result.verdict
