"""Speaker labels as transcription tools export them (red team 17, F14): a time stamp before
the label, or a line of a name and a time stamp with the words on the next line."""

from __future__ import annotations

import pytest

from quotecheck.inputs.sources import make_source

_CASES = {
    "header-line": (
        "Nadia Brook  0:04\nThe tram will reach the port by 2029.\n\n"
        "Colm Reyes  0:12\nNobody believes that date.\n\n"
        "Nadia Brook  1:02:07\nThe contracts are signed.\n"
    ),
    "bracketed-stamp": (
        "[00:00:04] NADIA BROOK: The tram will reach the port by 2029.\n"
        "[00:00:12] COLM REYES: Nobody believes that date.\n"
        "[01:02:07] NADIA BROOK: The contracts are signed.\n"
    ),
    "bare-stamp": (
        "00:04 Nadia Brook: The tram will reach the port by 2029.\n"
        "00:12 Colm Reyes: Nobody believes that date.\n"
        "(1:02:07.5) Nadia Brook: The contracts are signed.\n"
    ),
}


@pytest.mark.parametrize("text", _CASES.values(), ids=_CASES.keys())
def test_exported_labels_make_turns(text: str) -> None:
    src = make_source(text, id="t.txt")
    turns = [t for t in src.turns if not t.quoted]
    assert [t.speaker.casefold() for t in turns if t.speaker] == [
        "nadia brook",
        "colm reyes",
        "nadia brook",
    ]
    said = src.text[turns[1].start : turns[1].end].strip()
    assert said == "Nobody believes that date."


@pytest.mark.parametrize(
    "text",
    [
        "The meeting opens at 9:30\nand closes at noon.\n",
        "Doors open 7:30\nTickets are free.\n",
    ],
)
def test_a_time_in_prose_is_no_label(text: str) -> None:
    src = make_source(text, id="t.txt", kind="transcript")
    assert not [t for t in src.turns if not t.quoted]
