"""A number word against a word that reads as no number is a spelling fix only when that word
is a known misspelling of the number word (lang/<code>/misspelt_numerals.txt: "fourty" for
"forty"); a real word one letter off ("your" for "four", "there" for "three") is a changed
number, QC111 (review 2, item 4)."""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.models import EditKind


def _quote(nlp: Any, said: str, quoted: str) -> Any:
    source = quotecheck.make_source(said, speaker="Pia Varga")
    text = f"“{quoted},” Pia Varga said."
    (q,) = quotecheck.check_text(text, sources=[source], nlp=nlp).quotes
    return q


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("Our club owns four kayaks.", "Our club owns your kayaks"),
        ("The marina has three cranes.", "The marina has there cranes"),
        ("The pier has ten lamps.", "The pier has teen lamps"),
        ("Our club owns your kayaks.", "Our club owns four kayaks"),
    ],
)
def test_a_real_word_for_a_number_word_changes_the_number(nlp: Any, said: str, quoted: str) -> None:
    q = _quote(nlp, said, quoted)
    assert "QC111" in q.codes, q.codes


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("The marina has ninty berths.", "The marina has ninety berths"),
        ("The regatta is on the nineth lap.", "The regatta is on the ninth lap"),
    ],
)
def test_a_known_misspelt_number_word_is_a_spelling(nlp: Any, said: str, quoted: str) -> None:
    q = _quote(nlp, said, quoted)
    assert "QC111" not in q.codes, q.codes
    assert EditKind.NUMBER not in {e.kind for e in q.edits}
