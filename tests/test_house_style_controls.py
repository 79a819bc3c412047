"""The mutation bank's house-style controls write a contraction out as the words after it
allow (``benchmarks.fidelity.mutations._perfect_reading``), by the checker's own decision
(``edits.contraction_readings``): a control must say the same words as its sentence.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from benchmarks.fidelity.mutations import _perfect_reading


@pytest.mark.parametrize(
    ("word", "written", "rest", "expected"),
    [
        pytest.param("it's", "it is", " been a long winter", "it has", id="been: has"),
        pytest.param("it's", "it is", " never been so cold", "it has", id="a negation, then been"),
        pytest.param("it's", "it is", " ever been so cold", "it has", id="an adverb, then been"),
        pytest.param("it's", "it is", " closed for the winter", "it is", id="closed: is stays"),
        pytest.param("it's", "it is", " not closed yet", "it is", id="not closed: is stays"),
        pytest.param("i'd", "i would", " seen the ferry", "i had", id="'d before seen: had"),
        pytest.param("i'd", "i would", " never seen it", "i had", id="'d, never, seen: had"),
        pytest.param("i'd", "i would", " go there", "i would", id="'d before a verb: would"),
        pytest.param("i'd", "i would", " come back", "i would", id="'d before a bare participle"),
        pytest.param("she's", "she is", " still married", "she is", id="'s, still, married"),
        pytest.param("he's", "he is", " set to go", "he is", id="'s set: is stays"),
        pytest.param("we'd", "we would", " already told them", "we had", id="'d, already, told"),
        pytest.param("it's", "it is", " better so", "it is", id="'s better: is stays"),
    ],
)
def test_a_control_writes_the_reading_the_next_words_allow(
    word: str, written: str, rest: str, expected: str
) -> None:
    assert _perfect_reading(word, written, rest) == expected
