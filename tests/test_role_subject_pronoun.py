"""A "he"/"she" after a sentence whose main clause has a definite role noun as its subject
("the host turned to Omar Fell") continues that role, not a person named elsewhere in the
sentence or inside the quote's vocative (red team 16, F10)."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.extract import extract_quotes


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            "Host Tomas Ek opened the programme.\n\n"
            "When Ines Dalton had finished, the host turned to Omar Fell. "
            '"Mr Fell, the same question to you," he said.\n',
            "Tomas Ek",
        ),
        (
            "Moderator Tomas Ek welcomed the audience to the town hall.\n\n"
            "After Ines Dalton spoke, the moderator turned to her rival. "
            '"Councillor Fell, your reply," he said.\n',
            "Tomas Ek",
        ),
        (  # a named subject of the main clause decides, as before
            "Tomas Ek chaired the hearing.\n\n"
            'Omar Fell arrived late. "The audit is finished," he said.\n',
            "Omar Fell",
        ),
    ],
)
def test_the_pronoun_continues_the_role_in_the_main_clause(article: str, speaker: str) -> None:
    [quote] = extract_quotes(article)
    assert quote.attribution.speaker == speaker


DEBATE = """MODERATOR: Welcome to the debate. Councillor Dalton, you have the floor.

DALTON: The tram line will reach the hospital by 2029.

MODERATOR: Councillor Fell, your reply.

FELL: That date has slipped three times already.
"""


def test_the_role_is_the_sources_role_label() -> None:
    source = quotecheck.make_source(DEBATE, id="debate.txt", kind="transcript")
    report = quotecheck.check_text(
        "Ines Dalton and Omar Fell met in a debate on Tuesday.\n\n"
        'After Dalton spoke, the moderator turned to her rival. "Councillor Fell, your '
        'reply," he said.\n',
        sources=[source],
        settings=quotecheck.api.Settings(time_budget=0),
    )
    [q] = report.quotes
    assert q.speaker == "MODERATOR", q.explanation
    assert not [f for f in q.findings if f.code in ("QC201", "QC205")]
