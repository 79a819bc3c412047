"""A number read whole past the edge of the compared piece ("half" where the piece ends, of
"half a million pounds") is shown whole in the edit: the evidence names the number as read,
never a cut piece of it (review 2, item 6)."""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.models import EditKind

SAID = "The new ferry will cost half a million pounds. It sails in June."


@pytest.mark.parametrize(
    ("quoted", "kind"),
    [
        ("The new ferry will cost £0.5m", EditKind.SPELLING),
        ("The new ferry will cost 500,000", EditKind.NUMBER),
        ("The new ferry will cost $500,000", EditKind.NUMBER),
    ],
)
def test_the_edit_shows_the_whole_number(nlp: Any, quoted: str, kind: EditKind) -> None:
    source = quotecheck.make_source(SAID, speaker="Ola Brandt")
    text = f"“{quoted},” Ola Brandt said."
    (q,) = quotecheck.check_text(text, sources=[source], nlp=nlp).quotes
    [edit] = [e for e in q.edits if e.kind is kind]
    assert edit.source == "half a million pounds", q.explanation
    assert SAID[edit.source_start : edit.source_end] == edit.source
