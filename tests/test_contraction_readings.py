"""What a contracted form may stand for, pinned by hand (``edits.contraction_readings``): the
mutation bank's house-style controls write contractions out by this one decision, so a fault in
it would pass unseen there; the answers here are fixed, not derived from the code."""

from __future__ import annotations

import pytest

from quotecheck.lang import get_language
from quotecheck.match.normalize import tokenize
from quotecheck.score.edits import contraction_readings

EN = get_language("en")


@pytest.mark.parametrize(
    ("host", "form", "rest", "expected"),
    [
        pytest.param("it", "'s", "closed", {"is", "has"}, id="'s closed: passive or perfect"),
        pytest.param("gate", "'s", "shut now", {"is", "has"}, id="a noun's 's shut: either"),
        pytest.param("it", "'s", "been", {"has"}, id="'s been: the perfect alone"),
        pytest.param("she", "'s", "become", {"has"}, id="'s become: the perfect alone"),
        pytest.param("she", "'d", "seen", {"had"}, id="'d seen: the perfect alone"),
        pytest.param("we", "'d", "never seen", {"had"}, id="'d never seen: the word beyond"),
        pytest.param("they", "'d", "go", {"would"}, id="'d go: the modal alone"),
        pytest.param("he", "'d", "better", {"had", "would"}, id="'d better: either"),
        pytest.param("they", "'d", "come", {"had", "would"}, id="'d come: bare verb, either"),
    ],
)
def test_contraction_readings(host: str, form: str, rest: str, expected: set[str]) -> None:
    tokens = tokenize(rest, lang=EN)
    after = tokens[0] if tokens else None
    beyond = tokens[1] if len(tokens) > 1 else None
    assert contraction_readings(form, host, after, EN, beyond=beyond) == expected
