"""A transcript's labels: the declared speaker's own labels are that person (one person, one
name), and a role label ("CLERK:") is who the article's "the clerk" means."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.inputs.sources import own_labels
from quotecheck.models import Turn

TRANSCRIPT = (
    "MODERATOR: Welcome to the library hearing.\n"
    "LEE: The new library will hold 40,000 books.\n"
    "CLERK: The minutes of the last meeting are approved.\n"
    "MS. LEE: We will open the doors in May.\n"
)


@pytest.mark.parametrize(
    ("label", "speaker", "aliases", "expected"),
    [
        ("LEE", "Ann Lee", (), "Ann Lee"),
        ("MS. LEE", "Ann Lee", (), "Ann Lee"),
        ("ANN LEE", "Ann Lee", (), "Ann Lee"),
        ("MAYOR LEE", "Ann Lee", (), "Ann Lee"),
        ("CHAIR", "Ann Lee", (), "CHAIR"),  # a role alone names no one …
        ("CHAIR", "Ann Lee", ("the chair",), "Ann Lee"),  # … unless declared as her alias
        ("LEE", "Ann Lee-Park", (), "Ann Lee-Park"),
        ("PARK", "Ann Lee", ("Ann Park",), "Ann Lee"),
        ("BOB LEE", "Ann Lee", (), "BOB LEE"),  # another Lee
        ("CLERK", "Ann Lee", (), "CLERK"),
        ("HOLT", "Ann Lee", (), "HOLT"),
    ],
)
def test_own_labels(label: str, speaker: str, aliases: tuple[str, ...], expected: str) -> None:
    (turn,) = own_labels([Turn(start=0, end=5, speaker=label)], speaker, aliases, "en")
    assert turn.speaker == expected


def test_one_person_one_name() -> None:
    src = quotecheck.make_source(TRANSCRIPT, speaker="Ann Lee", kind="transcript")
    assert [t.speaker for t in src.turns] == ["MODERATOR", "Ann Lee", "CLERK", "Ann Lee"]
    checker = quotecheck.Checker([src], quotecheck.api.Settings())
    assert sorted(k.name for k in checker.known) == ["Ann Lee", "CLERK", "MODERATOR"]


def test_role_noun_in_the_article_links_to_the_role_label() -> None:
    src = quotecheck.make_source(TRANSCRIPT, speaker="Ann Lee", kind="transcript")
    article = (
        'Ann Lee opened the hearing. "The new library will hold 40,000 books," Lee said.\n\n'
        'The clerk spoke next. "The minutes of the last meeting are approved," the clerk said.\n'
    )
    quotes = quotecheck.check_text(article, sources=[src]).quotes
    assert [(q.speaker, q.verdict.value) for q in quotes] == [
        ("Ann Lee", "verbatim"),
        ("CLERK", "verbatim"),
    ]
