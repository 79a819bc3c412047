"""Whose words a piece's are (#15): a relative clause's reporting verb whose subject is a piece
("a report that warned “…”") is its publisher's only after a verb of putting it out
(``publishing_verbs``: "ran", "issued", "put out"); after any other verb ("rejected",
"tore up") the piece's unnamed author spoke, not the verb's subject.  And the object of a verb
of causing ("led the board to declare") speaks, not its subject, even when it is no person.

Every sentence here is made up for these tests (a harbour town, its mayor Ann Lee, the
harbour master Tom Reyes, the Harbour Gazette).
"""

from __future__ import annotations

import pytest

from quotecheck.extract import extract_quotes


def _attribution(text: str, start: str) -> object:
    quotes = [q for q in extract_quotes(text) if q.text.startswith(start)]
    assert len(quotes) == 1, [q.text for q in extract_quotes(text)]
    return quotes[0].attribution


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        pytest.param(
            "The Harbour Gazette published an article that claimed “the toll will double.”",
            "the toll",
            "Gazette",
            id="published",
        ),
        pytest.param(
            "Tom Reyes put out a statement that said “the quay stays open all winter.”",
            "the quay",
            "Tom Reyes",
            id="put out: a phrasal verb",
        ),
        pytest.param(
            "Ann Lee issued a notice that warned “the north jetty is closed to all boats.”",
            "the north",
            "Ann Lee",
            id="issued",
        ),
    ],
)
def test_a_piece_put_out_is_its_publishers(text: str, start: str, speaker: str) -> None:
    att = _attribution(text, start)
    assert speaker in (att.speaker or ""), att  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "start", "not_speaker"),
    [
        pytest.param(
            "Mayor Ann Lee rejected a study that warned “the old quay will sink within a decade.”",
            "the old quay",
            "Ann Lee",
            id="rejected a study",
        ),
        pytest.param(
            "Tom Reyes tore up a letter that said “the toll is a theft from every fisherman.”",
            "the toll",
            "Tom Reyes",
            id="tore up a letter",
        ),
        pytest.param(
            "Ann Lee waved away a leaflet that claimed “the ferry loses money every single week.”",
            "the ferry",
            "Ann Lee",
            id="waved away a leaflet",
        ),
        # a reporting verb whose object's relative clause reports the quote is about those
        # words, not their frame
        pytest.param(
            "Tom Reyes mocked a report that claimed “the harbour is safe for all boats.”",
            "the harbour",
            "Tom Reyes",
            id="mocked a report that claimed",
        ),
        pytest.param(
            "Mayor Ann Lee criticised a statement that claimed “the ferry pays for itself.”",
            "the ferry",
            "Ann Lee",
            id="criticised a statement that claimed",
        ),
        pytest.param(
            "Ann Lee praised the harbour master, who said “the quay will reopen in May.”",
            "the quay",
            "Ann Lee",
            id="praised the harbour master, who said",
        ),
        pytest.param(
            "Ann Lee led the board to declare “the quay is closed for good.”",
            "the quay",
            "Ann Lee",
            id="led the board to declare: the board speaks",
        ),
        pytest.param(
            "Tom Reyes caused the council to announce “the ferry will stop in March.”",
            "the ferry",
            "Tom Reyes",
            id="caused the council to announce: the council speaks",
        ),
    ],
)
def test_the_verbs_subject_did_not_say_it(text: str, start: str, not_speaker: str) -> None:
    att = _attribution(text, start)
    assert att.speaker != not_speaker, att  # type: ignore[attr-defined]
