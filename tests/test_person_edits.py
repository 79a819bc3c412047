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
        pytest.param("", "we must", EditKind.MODALITY, id="a dropped modal still first"),
        pytest.param("", "we will", EditKind.TENSE, id="a dropped future is a tense"),
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


@pytest.mark.parametrize(
    ("quoted", "said", "kind"),
    [
        # Stretches the aligner paired whose other words differ: wording, not a person.
        pytest.param("to me", "and cheering", EditKind.SUBSTITUTION, id="a pronoun against a verb"),
        pytest.param("of mine", "to me", EditKind.SUBSTITUTION, id="two first-person phrases"),
        pytest.param("than we sail", "that were sale", EditKind.SUBSTITUTION, id="a garbled line"),
        pytest.param(
            "rowing hard and they are singing",
            "mending nets. I'm tired. You see",
            EditKind.SUBSTITUTION,
            id="a chunk of a reordered quote",
        ),
        # Must stay: a pronoun of another person in one position.
        pytest.param("I", "they", EditKind.PERSON, id="I for they"),
        pytest.param("me", "them", EditKind.PERSON, id="me for them"),
        pytest.param("we are", "they were", EditKind.PERSON, id="a pronoun and its auxiliary"),
        pytest.param("he mends", "I mend", EditKind.PERSON, id="a pronoun and its agreeing verb"),
        pytest.param("the pilots", "we", EditKind.PERSON, id="a pronoun for a noun phrase"),
        # A subject pronoun of another person whose verb was also replaced: a person change.
        pytest.param("I approved", "she ordered", EditKind.PERSON, id="subject and verb replaced"),
        pytest.param("we slashed", "they cut", EditKind.PERSON, id="they cut/we slashed"),
        pytest.param("so I sold", "so he bought", EditKind.PERSON, id="after the same word"),
        pytest.param("for us", "with them", EditKind.SUBSTITUTION, id="after other words"),
    ],
)
def test_a_person_edit_is_a_pronoun_in_one_position(quoted: str, said: str, kind: EditKind) -> None:
    q = tokenize(quoted, lang=EN)
    s = tokenize(said, lang=EN)
    assert classify(q, s, EN) is kind


@pytest.mark.parametrize(
    ("quoted", "said", "after", "kind"),
    [
        # The future is a tense: future markers are one class, no commitment changed.
        pytest.param(
            "are going to", "will", (None, None), EditKind.SUBSTITUTION, id="going to/will"
        ),
        pytest.param(
            "will", "is going to", (None, None), EditKind.SUBSTITUTION, id="will/is going to"
        ),
        pytest.param("", "will", (None, None), EditKind.TENSE, id="will dropped"),
        pytest.param("was", "is", ("going", "going"), EditKind.TENSE, id="was going/is going"),
        pytest.param("were", "are", ("going", "going"), EditKind.TENSE, id="were going/are going"),
        pytest.param("", "are going to", (None, None), EditKind.TENSE, id="going to dropped"),
        # Must stay: another modal class against the future.
        pytest.param("might", "will", (None, None), EditKind.MODALITY, id="might for will"),
        pytest.param("must", "will", (None, None), EditKind.MODALITY, id="must for will"),
        pytest.param("has", "going", ("to", "to"), EditKind.MODALITY, id="has to for going to"),
        pytest.param("have", "going", ("to", "to"), EditKind.MODALITY, id="have to for going to"),
        pytest.param("could", "", (None, None), EditKind.MODALITY, id="could added"),
        pytest.param(
            "",
            "I have to say, it is odd, but",
            ("we", "we"),
            EditKind.DELETION,
            id="a phrase dropped",
        ),
        pytest.param(
            "can’t",
            "are not going to",
            (None, None),
            EditKind.MODALITY,
            id="can't for not going to",
        ),
    ],
)
def test_future_markers_are_a_tense(
    quoted: str, said: str, after: tuple[str | None, str | None], kind: EditKind
) -> None:
    q = tokenize(quoted, lang=EN)
    s = tokenize(said, lang=EN)
    assert classify(q, s, EN, after=after) is kind


@pytest.mark.parametrize(
    ("said", "quoted", "person"),
    [
        pytest.param(
            "If I win the vote and I come back to the quay, the ferry runs.",
            "If I win the vote and come back to the quay, the ferry runs.",
            False,
            id="a subject left to the coordinated verb",
        ),
        pytest.param(
            "We lose the nets, we lose all the old boats on the south quay.",
            "We lose the nets and all the old boats on the south quay.",
            False,
            id="a subject said again after a comma",
        ),
        pytest.param(
            "If I win the vote and we come back to the quay, the ferry runs.",
            "If I win the vote and come back to the quay, the ferry runs.",
            True,
            id="another pronoun dropped",
        ),
        pytest.param(
            "The board met on Monday and I come back to the quay tomorrow.",
            "The board met on Monday and come back to the quay tomorrow.",
            True,
            id="a pronoun the sentence has nowhere else",
        ),
        pytest.param(
            "She said I sank the ferry, and left the island the next day.",
            "She said I sank the ferry, and I left the island the next day.",
            True,
            id="the pronoun only after the sentence's subject",
        ),
    ],
)
def test_a_repeated_subject_is_no_change_of_person(said: str, quoted: str, person: bool) -> None:
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
    assert any(e.kind is EditKind.PERSON for e in result.edits) is person, result.edits
