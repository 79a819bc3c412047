"""What a transcript's speaker label is (``inputs.labels``): the one definition that a source's
turns and the scorer's reading of words said over a gap share."""

from __future__ import annotations

import pytest

from quotecheck.inputs.labels import in_speaker_label, speaker_labels
from quotecheck.inputs.sources import make_source


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("ANN LEE: The ferry runs at dawn.", "LEE", True),
        ("  Mara Lind: We keep the pier open.", "Mara", True),
        ("MS. VAN DER BERG: Not this winter.", "BERG", True),
        ("Jan de Vries: The tide decides.", "de", True),
        ("Q: Will the harbour close?", "Q", True),
        ("ANN LEE: The ferry runs at dawn.", "ferry", False),
        # a heading of a note, a caption or a link is no speaker
        ("Note: The ferry runs at dawn.", "Note", False),
        ("Photo Credit: Harbour office.", "Credit", False),
        # the speaker's words follow on the label's own line
        ("ANN LEE:\nThe ferry runs at dawn.", "ANN", False),
        # a sentence with a colon is no label
        ("We said it plainly: The ferry runs.", "plainly", False),
        ("Here Is What Ann And Bob And Cy Said: no.", "Cy", False),
        ("(CROSSTALK) ANN: The ferry runs.", "ANN", False),
        ("BOB: Fine.\nANN LEE: The ferry runs at dawn.", "ANN", True),
        # a capital of any script opens a name
        ("ÉLODIE MARS: The quay opens in July.", "MARS", True),
        ("Íñigo Sol: We keep the pier open.", "Sol", True),
        ("ЛЕНА ОРЛОВА: Паром уходит рано.", "ОРЛОВА", True),
        ("élodie mars: the quay opens.", "mars", False),
        # a heading in capitals is still a heading
        ("NOTE: The ferry runs at dawn.", "NOTE", False),
        ("PHOTO: Harbour office.", "PHOTO", False),
    ],
)
def test_a_speaker_label_opens_its_line(text: str, word: str, label: bool) -> None:
    assert in_speaker_label(text, text.index(word)) is label


def test_turns_start_after_each_label() -> None:
    text = "ANN: We are ready.\nNote: taped.\nBOB LEE: We are not.\n"
    assert [m.group("name") for m in speaker_labels(text)] == ["ANN", "BOB LEE"]
    turns = make_source(text, kind="transcript").turns
    assert [(t.speaker, text[t.start : t.start + 2]) for t in turns] == [
        ("ANN", "We"),
        ("BOB LEE", "We"),
    ]
