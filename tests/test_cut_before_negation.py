"""QC106: a quote that stops on an auxiliary the source's next word negates ("It did." for "It
did not."), or on any word right before a negation the source stresses as a denial ("The levy
passed." for "The levy passed not at all."), says the opposite of the sentence it was cut from.

Every sentence here is made up for these tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import quotecheck

SAID = "ADA QUILL: Did the levy pass? {said} We lost the vote on Tuesday."


def _codes(nlp: Any, tmp_path: Path, said: str, quoted: str) -> list[str]:
    path = tmp_path / "council.txt"
    path.write_text(SAID.format(said=said), encoding="utf-8")
    source = quotecheck.load_source(path, speaker="Ada Quill")
    article = (
        f"The council asked on Tuesday whether the levy had passed.\n\n“{quoted}” Quill said.\n"
    )
    [result] = quotecheck.check_text(article, sources=[source], nlp=nlp).quotes
    return [f.code for f in result.findings]


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        pytest.param("It did not.", "It did.", id="did + not"),
        pytest.param("The levy will never pass.", "The levy will.", id="will + never"),
        pytest.param("We can not raise it again.", "We can.", id="can + not"),
        pytest.param(
            "The levy passed not at all.", "The levy passed.", id="a main verb, stressed denial"
        ),
        pytest.param("The bridge helped nobody at all.", "The bridge helped.", id="nobody at all"),
    ],
)
def test_a_quote_cut_before_the_negation_of_its_last_word_is_flagged(
    nlp: Any, tmp_path: Path, said: str, quoted: str
) -> None:
    assert "QC106" in _codes(nlp, tmp_path, said, quoted)


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        pytest.param("It did. Not by much.", "It did.", id="a sentence stop before the negation"),
        pytest.param("It did, not that it helps.", "It did,", id="a comma sets the negation off"),
        pytest.param(
            "We want a levy not a loan.", "We want a levy.", id="no auxiliary: a contrast"
        ),
        pytest.param(
            "The levy passed not without a fight.",
            "The levy passed.",
            id="no auxiliary, no stress on the negation",
        ),
        pytest.param(
            "The levy passed, not at all easily.", "The levy passed,", id="a comma, stressed"
        ),
        pytest.param("It did not.", "It did not.", id="the negation quoted"),
    ],
)
def test_no_cut_where_the_negation_is_set_off_or_quoted(
    nlp: Any, tmp_path: Path, said: str, quoted: str
) -> None:
    assert "QC106" not in _codes(nlp, tmp_path, said, quoted)
