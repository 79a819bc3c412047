"""The cross-language path cuts a source's sentences at its speaker labels by the one
definition of a label (``quotecheck.inputs.labels``, tidy review item 3), not a pattern of its
own: a label in any script opens a sentence; a heading ("Note: …"), a lower-case line with a
colon and a hard-wrapped line of prose do not.  Our own sentences."""

from __future__ import annotations

import pytest

from quotecheck.lang import get_language
from quotecheck.xling.segment import layout


def _sentences(text: str, code: str = "en") -> list[str]:
    lay = layout(text, get_language(code))
    return [text[lay.tokens[a].start : lay.tokens[b - 1].end] for a, b in lay.sentences]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param(
            "We open the quay in July\nANN LEE: the ferry stays",
            ["We open the quay in July", "ANN LEE: the ferry stays"],
            id="a label",
        ),
        pytest.param(
            "We open the quay in July\nÉLODIE MARS: la navette reste",
            ["We open the quay in July", "ÉLODIE MARS: la navette reste"],
            id="a label in another script",
        ),
        pytest.param(
            "We open the quay in July\nJan de Vries: the ferry stays",
            ["We open the quay in July", "Jan de Vries: the ferry stays"],
            id="a label with a particle",
        ),
        pytest.param(
            "We open the quay in July\nNote: the ferry stays",
            ["We open the quay in July\nNote: the ferry stays"],
            id="a heading is no label",
        ),
        pytest.param(
            "We told the council that the quay\nwill open in July, and this: the ferry stays",
            ["We told the council that the quay\nwill open in July, and this: the ferry stays"],
            id="a wrapped line of prose is no label",
        ),
    ],
)
def test_a_speaker_label_opens_a_sentence(text: str, sentences: list[str]) -> None:
    assert _sentences(text) == sentences
