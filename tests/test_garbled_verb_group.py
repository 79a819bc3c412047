"""A verb group the transcript garbled (#16, round twenty): a subject and "going" written with
nothing between ("we going to fix", "It going to be") is no English a speaker says — the
transcript lost a word there (the "are"/"is", or a "have" it misheard) — so the quote's verb
group at that point ("We have to fix", "It has to be", "you stop") cannot be checked against
it: a gap the transcript does not mark, never `altered`.  A negation, a number or any other
word the quote puts there is still compared, and so is "going" after an auxiliary ("are we
going to …?") or after a verb ("keep it going").

Every sentence here is made up for these tests: a harbour town, its mayor Mara Lind.
"""

from __future__ import annotations

import pytest
from harbour_council import check_said

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import Verdict


@pytest.mark.parametrize(
    ("said", "quoted", "unread"),
    [
        pytest.param(
            "The pier is a must. It going to be finished within the year but we need the money.",
            "It has to be finished within the year but we need the money.",
            "“has”",
            id="'It has to be' where the transcript has 'It going to be'",
        ),
        pytest.param(
            "We going to mend the sea wall and it's the only way you going to stop the floods.",
            "We have to mend the sea wall and it's the only way you stop the floods.",
            "“have”",
            id="'We have to' and 'you stop' where it has 'we going to', 'you going to'",
        ),
        pytest.param(
            "Honestly, they going to close the ferry office before the spring tides come in.",
            "Honestly, they're going to close the ferry office before the spring tides come in.",
            "“they're”",
            id="the auxiliary the transcript lost, written by the quote",
        ),
    ],
)
def test_a_garbled_verb_group_is_not_checked(said: str, quoted: str, unread: str) -> None:
    result = check_said(said, quoted)
    assert result.verdict is Verdict.NORMALIZED, result.explanation
    assert "the transcript lost a word" in result.explanation
    assert unread in result.explanation
    assert not result.findings


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        pytest.param(
            "We going to mend the sea wall and it's the only way you going to stop the floods.",
            "We will not mend the sea wall and it's the only way you stop the floods.",
            id="a negation where the verb group is garbled",
        ),
        pytest.param(
            "Are we going to mend the sea wall this year, before the winter storms arrive?",
            "Are we able to mend the sea wall this year, before the winter storms arrive?",
            id="'are we going': a question, nothing lost",
        ),
        pytest.param(
            "We will keep it going to the end of the season, whatever the council says.",
            "We will keep it moving to the end of the season, whatever the council says.",
            id="'keep it going': a verb's object, and a word that is no auxiliary",
        ),
        pytest.param(
            "The pier is a must. It going to be finished within the year but we need the money.",
            "It going to be finished within 2 years but we need the money.",
            id="a change elsewhere in the quote",
        ),
    ],
)
def test_must_stay_altered(said: str, quoted: str) -> None:
    result = check_said(said, quoted)
    assert result.verdict is Verdict.ALTERED, result.explanation


def test_garbled_pairs_are_language_data() -> None:
    en = get_language("en")
    assert {"we going", "it going", "you going"} <= en.garbled_pairs
    assert "are going" not in en.garbled_pairs


# Review 20-1, 4: only what the record may have lost ("are", "is", "am" before "going") or
# misheard ("have", "has", "got" for "going", the "to" kept) may stand at the garbled spot;
# a modal, a past form, a hedge or another verb there says what the transcript does not.
WALL = "We going to mend the sea wall before the winter storms reach the harbour."
PIER = "The pier is a must. It going to be finished within the year but we need the money."


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        pytest.param(
            WALL,
            "We got to mend the sea wall before the winter storms reach the harbour.",
            id="got to",
        ),
        pytest.param(
            WALL,
            "We're going to mend the sea wall before the winter storms reach the harbour.",
            id="'re going to",
        ),
        pytest.param(
            WALL,
            "We are going to mend the sea wall before the winter storms reach the harbour.",
            id="are going to",
        ),
        pytest.param(
            PIER,
            "It is going to be finished within the year but we need the money.",
            id="is going to",
        ),
    ],
)
def test_what_the_transcript_lost_or_misheard_is_not_checked(said: str, quoted: str) -> None:
    result = check_said(said, quoted)
    assert result.verdict is Verdict.NORMALIZED, result.explanation
    assert "the transcript lost a word" in result.explanation


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        pytest.param(
            PIER, "It had to be finished within the year but we need the money.", id="had to"
        ),
        pytest.param(
            PIER, "It was to be finished within the year but we need the money.", id="was to"
        ),
        pytest.param(
            PIER, "It is to be finished within the year but we need the money.", id="is to"
        ),
        pytest.param(
            PIER,
            "It was going to be finished within the year but we need the money.",
            id="was going",
        ),
        pytest.param(
            WALL,
            "We need to mend the sea wall before the winter storms reach the harbour.",
            id="need to",
        ),
        pytest.param(
            WALL,
            "We ought to mend the sea wall before the winter storms reach the harbour.",
            id="ought to",
        ),
        pytest.param(
            WALL,
            "We want to mend the sea wall before the winter storms reach the harbour.",
            id="want to",
        ),
        pytest.param(
            WALL,
            "We were going to mend the sea wall before the winter storms reach the harbour.",
            id="were going",
        ),
        pytest.param(
            WALL,
            "We're possibly going to mend the sea wall before the winter storms reach the harbour.",
            id="possibly",
        ),
        pytest.param(
            WALL,
            "We maybe going to mend the sea wall before the winter storms reach the harbour.",
            id="maybe",
        ),
        pytest.param(
            "We will keep it going to the end of the season, whatever the council says.",
            "We will keep it to the end of the season, whatever the council says.",
            id="'keep it going': a verb before the pronoun, nothing lost",
        ),
    ],
)
def test_another_word_at_the_garbled_spot_is_compared(said: str, quoted: str) -> None:
    result = check_said(said, quoted)
    assert result.verdict is Verdict.ALTERED, result.explanation
    assert "the transcript lost a word" not in result.explanation


@pytest.mark.parametrize("kind", ["statement", "document"])
def test_a_written_source_lost_no_spoken_word(kind: str) -> None:
    src = quotecheck.make_source(
        f"---\nkind: {kind}\ndate: 2026-04-14\n---\n\n{PIER}\n",
        id="statement.md",
        speaker="Mara Lind",
    )
    article = (
        "---\ndate: 2026-04-15\n---\n\n"
        "In a statement, Mayor Mara Lind wrote: “It has to be finished within the year but we"
        " need the money.”\n"
    )
    [result] = quotecheck.check_text(article, sources=[src]).quotes
    assert result.verdict is Verdict.ALTERED, result.explanation
    assert "the transcript lost a word" not in result.explanation
