"""When a difference is one of grammatical person (``edits.classify``): a pronoun swapped for
another or for other words, or pronouns added or dropped and nothing else.  A phrase added or
dropped that happens to hold a first-person pronoun ("I tell you, it is odd, but") is a
change of wording (an insertion or a deletion), as a phrase that happens to hold an auxiliary
is no change of tense.  Either way it is a change, never a convention.

Every sentence here is made up for these tests: a harbour town, its mayor Ann Lee.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.match.normalize import tokenize
from quotecheck.models import EditKind, Verdict
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
        pytest.param("", "and I", EditKind.PERSON, id="a pronoun dropped with a conjunction"),
        pytest.param("and we", "", EditKind.PERSON, id="a pronoun added with a conjunction"),
        pytest.param("", "I myself", EditKind.PERSON, id="a pronoun and its reflexive dropped"),
        pytest.param("", "all of us", EditKind.PERSON, id="all of us dropped"),
        pytest.param("my own", "", EditKind.PERSON, id="my own added"),
        pytest.param("", "both of us", EditKind.PERSON, id="both of us dropped"),
        pytest.param("", "as I said", EditKind.DELETION, id="a phrase with a verb dropped"),
        pytest.param("I tell you", "", EditKind.INSERTION, id="a phrase with a verb added"),
        pytest.param("", "and I think", EditKind.DELETION, id="a conjunction, a pronoun, a verb"),
        pytest.param("theirs", "ours", EditKind.PERSON, id="a possessive pronoun swapped"),
        pytest.param("hers", "yours", EditKind.PERSON, id="a possessive of another person"),
        pytest.param("their", "theirs", EditKind.SUBSTITUTION, id="the same person, two forms"),
        pytest.param("the pit", "the mine", EditKind.SUBSTITUTION, id="'mine' may be a noun"),
    ],
)
def test_person_or_wording(quoted: str, said: str, kind: EditKind) -> None:
    q = tokenize(quoted, lang=EN)
    s = tokenize(said, lang=EN)
    assert classify(q, s, EN) is kind


def test_a_pronoun_dropped_with_its_conjunction_is_a_person_finding() -> None:
    said = "The harbour board and I will rebuild the south quay before the winter."
    quoted = "The harbour board will rebuild the south quay before the winter."
    src = quotecheck.make_source(
        f"---\nkind: transcript\noccasion: harbour board meeting\ndate: 2026-04-14\n---\n\n"
        f"Ann Lee: Good evening. {said}\n\nTom Berg: Thank you, Ann.\n",
        id="board.md",
    )
    article = (
        "---\ndate: 2026-04-15\n---\n\n"
        f"Mayor Ann Lee spoke at the harbour board meeting. “{quoted}” Lee said.\n"
    )
    result = quotecheck.check_text(article, sources=[src]).quotes[0]
    assert result.verdict is Verdict.ALTERED
    assert any(e.kind is EditKind.PERSON for e in result.edits), result.edits
