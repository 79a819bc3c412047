"""A determiner before a style of address opens a person's name in a byline ("The Hon Petra
Lund MP"), not a post's (review 17-3, d437087)."""

from __future__ import annotations

import pytest

from quotecheck.inputs.sources import make_source

_HON = "\n\nMinister for Harbours\n\nThe ferry to Inchmore will run twice a day from June.\n"


@pytest.mark.parametrize(
    ("head", "speaker"),
    [
        ("Media statement by The Hon Petra Lund MP", "Petra Lund MP"),
        ("MEDIA STATEMENT BY THE RT HON PETRA LUND", "PETRA LUND"),
        ("Statement by The Honourable Petra Lund", "Petra Lund"),
        ("Media statement by the Harbour Master", None),
    ],
)
def test_the_hon_opens_a_persons_name(head: str, speaker: str | None) -> None:
    src = make_source(head + _HON, id="h.txt")
    assert src.speaker == speaker
