"""A "she" after a sentence whose subject is a known person's name the recogniser missed
("Ashgrove said she had not seen the survey. “…,” she said.") continues that person, not the
speaker of the quote before (red team 21 F10: the changed words were then charged to the
wrong person).  A name of the other gender stays out.

Every sentence here is made up for these tests: a harbour town, its harbour master.
"""

from __future__ import annotations

import pytest

from quotecheck.extract import extract_quotes

ARTICLE = """HARWICK — Harbour Master {first} {surname} spoke to reporters on Thursday.

"The east pier has been closed since July," resident Marta Selden told the board.

{surname} said {pronoun} had not seen the survey before the storm. \
"The crane did not fail because of the wind," she said. "It failed because of rust."
"""


@pytest.mark.parametrize("surname", ["Ashgrove", "Underhill", "Lanfranco"])
def test_she_continues_the_subject_of_the_sentence_before(surname: str) -> None:
    text = ARTICLE.format(first="Ruth", surname=surname, pronoun="she")
    quotes = extract_quotes(text)
    assert [q.attribution.speaker for q in quotes] == [
        "Marta Selden",
        f"Ruth {surname}",
        f"Ruth {surname}",
    ]


@pytest.mark.parametrize("surname", ["Ashgrove", "Underhill"])
def test_a_subject_of_the_other_gender_is_not_she(surname: str) -> None:
    text = ARTICLE.format(first="Tom", surname=surname, pronoun="he")
    quotes = extract_quotes(text)
    assert all(q.attribution.speaker != f"Tom {surname}" for q in quotes[1:])


TITLED = """HARWICK — Harbour Master {title} {surname} spoke to reporters on Thursday.

"The east pier has been closed since July," resident {resident} Selden told the board.

{surname} said {pronoun} had not seen the survey before the storm. \
"The crane did not fail because of the wind," {quoted} said. "It failed because of rust."
"""


@pytest.mark.parametrize(
    ("title", "pronoun", "resident", "quoted"),
    [
        # a title of the other gender (gendered_titles): not "she"
        ("Councilman", "he", "Marta", "she"),
        ("Father", "he", "Marta", "she"),
        ("Alderman", "he", "Marta", "she"),
        # and the reverse
        ("Councilwoman", "she", "Mark", "he"),
    ],
)
def test_a_subject_the_article_marks_with_the_other_gender_is_not_the_pronoun(
    title: str, pronoun: str, resident: str, quoted: str
) -> None:
    text = TITLED.format(
        title=title, surname="Ashgrove", pronoun=pronoun, resident=resident, quoted=quoted
    )
    quotes = extract_quotes(text)
    assert [q.attribution.speaker for q in quotes[1:]] == [f"{resident} Selden"] * 2


FIRM = """HARWICK — The crane yard is run by Ashgrove, a private firm. \
"We inspect every crane each spring," Ashgrove said in a statement.

"The east pier has been closed since July," resident Marta Selden told the board.

Ashgrove said the crane was inspected in May. "The inspection missed the rust," she said.
"""


def test_she_is_never_an_organisation() -> None:
    quotes = extract_quotes(FIRM)
    assert quotes[-1].attribution.speaker == "Marta Selden"
