"""When a difference is one of grammatical person (``edits.classify``): a pronoun swapped for
another or for other words, or pronouns added or dropped and nothing else.  A phrase added or
dropped that happens to hold a first-person pronoun ("I tell you, it is odd, but") is a
change of wording (an insertion or a deletion), as a phrase that happens to hold an auxiliary
is no change of tense.  Either way it is a change, never a convention.

Every sentence here is made up for these tests: a harbour town, its mayor Ann Lee.
"""

from __future__ import annotations

import pytest

from quotecheck.lang import get_language
from quotecheck.match.normalize import tokenize
from quotecheck.models import EditKind
from quotecheck.score.edits import classify

EN = get_language("en")


@pytest.mark.parametrize(
    ("quoted", "said", "kind"),
    [
        pytest.param("they", "we", EditKind.PERSON, id="a pronoun swapped"),
        pytest.param("the islanders", "we", EditKind.PERSON, id="a pronoun for other words"),
        pytest.param("", "us", EditKind.PERSON, id="a pronoun dropped"),
        pytest.param("me", "", EditKind.PERSON, id="a pronoun added"),
        pytest.param("", "I tell you, it is odd, but", EditKind.DELETION, id="a phrase dropped"),
        pytest.param("as I said on the pier", "", EditKind.INSERTION, id="a phrase added"),
        pytest.param("", "I did not", EditKind.NEGATION, id="a dropped negation still first"),
        pytest.param("", "we will", EditKind.MODALITY, id="a dropped modal still first"),
    ],
)
def test_person_or_wording(quoted: str, said: str, kind: EditKind) -> None:
    q = tokenize(quoted, lang=EN)
    s = tokenize(said, lang=EN)
    assert classify(q, s, EN) is kind
