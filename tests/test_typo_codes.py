"""A written source's typos and the editor's "(sic)".  "(sic)" in parentheses is the editor's
mark as "[sic]" is, never the speaker's word.  A quote that silently corrects a typo is still
a changed word (house policy decides whether to allow it), but the evidence names no number or
tense that changed: "forty" for the source's "fourty" is the same number, "It's" for "Its"
one written word and no added "is"."""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.insertion import insertions
from quotecheck.models import EditKind, Verdict


def _quote(nlp: Any, said: str, quoted: str) -> Any:
    source = quotecheck.make_source(said, speaker="Ines Holm")
    text = f"“{quoted},” Ines Holm wrote."
    (q,) = quotecheck.check_text(text, sources=[source], nlp=nlp).quotes
    return q


@pytest.mark.parametrize("mark", ["(sic)", "(sic!)", "(Sic)", "[sic]"])
def test_sic_in_parentheses_is_the_editors(nlp: Any, mark: str) -> None:
    q = _quote(
        nlp, "The board has aproved the new budget.", f"The board has aproved {mark} the new budget"
    )
    assert q.verdict not in (Verdict.ALTERED, Verdict.FABRICATED), q.verdict
    assert "QC101" not in q.codes and not q.edits


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we (sic) went", [(3, 8)]),
        ("we (SIC!) went", [(3, 9)]),
        ("we (sick) went", []),
        ("we ( sic ) went", []),
        ("we (so) went", []),
    ],
)
def test_which_parentheses_are_sic(text: str, found: list[tuple[int, int]]) -> None:
    assert list(insertions(text)) == found


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("We will open fourty new beds.", "We will open forty new beds"),
        ("The ferry holds ninty cars.", "The ferry holds ninety cars"),
        ("We will open forty new beds.", "We will open fourty new beds"),
    ],
)
def test_a_misspelt_number_word_is_no_number_change(nlp: Any, said: str, quoted: str) -> None:
    q = _quote(nlp, said, quoted)
    assert q.verdict is Verdict.ALTERED, q.explanation
    assert "QC101" in q.codes
    assert "QC111" not in q.codes
    assert EditKind.NUMBER not in {e.kind for e in q.edits}
    assert len(q.edits) == 1


def test_another_number_word_is_still_a_number_change(nlp: Any) -> None:
    q = _quote(nlp, "We will open fourty new beds.", "We will open fifty new beds")
    assert "QC111" in q.codes


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("Its a fine day for the regatta.", "It's a fine day for the regatta"),
        ("It's a fine day for the regatta.", "Its a fine day for the regatta"),
    ],
)
def test_an_apostrophe_is_one_difference(nlp: Any, said: str, quoted: str) -> None:
    q = _quote(nlp, said, quoted)
    assert "QC115" not in q.codes
    assert [e.kind for e in q.edits] == [EditKind.SUBSTITUTION]


def test_a_contraction_that_adds_a_negation_still_does(nlp: Any) -> None:
    q = _quote(
        nlp, "It will be a fine day for the regatta.", "It won't be a fine day for the regatta"
    )
    assert EditKind.NEGATION in {e.kind for e in q.edits}
