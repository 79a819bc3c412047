"""The scope of a phrase of several occasions (#16): it speaks of the quote's saying only in
the reporting verb's own clause.

"for years", "often" in an aside about the speaker — an apposition or a relative clause set
off by commas ("Ines Rook, who has lived in town for years, said") — says nothing of how often
the quote was said; and a single day the article gives the quote that is the declared
source's date names that source, whatever else the sentence says ("said on Tuesday, as she
has for years").  Every sentence here is made up for these tests: a lake town, its mayor Ines
Rook, and a debate at Harbour Hall on Tuesday 14 April 2026; the article is of the next day.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SAID = "Boats moored at the east jetty will pay the winter fee from October, as they did."
CHANGED = "Boats moored at the east jetty will pay the winter fee from November, as they did."
INVENTED = "The old lighthouse will be sold to the highest bidder before the first snow."


def _check(sentence: str) -> object:
    src = quotecheck.make_source(
        "---\nkind: transcript\noccasion: Mayoral debate, Harbour Hall\ndate: 2026-04-14\n---\n\n"
        f"Ines Rook: {SAID}\n",
        id="rook.md",
    )
    report = quotecheck.check_text(f"---\ndate: 2026-04-15\n---\n\n{sentence}", sources=[src])
    assert report.quotes, sentence
    return report.quotes[0]


# An aside about the speaker: the altered words are caught, the invented ones called so.
ASIDES = [
    "“{Q}” Ines Rook, who has lived in town for years, said on Tuesday.",
    "“{Q}” Ines Rook, who often clashes with the council, said on Tuesday.",
    "“{Q}” Ines Rook, a teacher for years, said on Tuesday.",
    "“{Q}” Ines Rook, who has kept a boat at the jetty since years ago, said on Tuesday.",
    "“{Q}” said Ines Rook, who has run the town for years, at Tuesday's debate.",
    "“{Q}” Ines Rook said on Tuesday, as she has for years.",
    "“{Q}” Ines Rook repeated on Tuesday, though she has often been asked about it.",
]


@pytest.mark.parametrize("sentence", ASIDES)
@pytest.mark.parametrize(
    ("words", "verdict"),
    [(CHANGED, Verdict.ALTERED), (INVENTED, Verdict.FABRICATED)],
    ids=["changed", "invented"],
)
def test_a_phrase_outside_the_saying_accuses_as_before(
    sentence: str, words: str, verdict: Verdict
) -> None:
    q = _check(sentence.replace("{Q}", words))
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]


# In the reporting verb's own clause, with no day of the source ("this week" holds it but
# names no day; "on Monday", another day, rules the debate out by itself): still said on
# several or earlier occasions, so the debate shows neither an alteration nor an invention.
OWN_CLAUSE = [
    "“{Q}” Ines Rook, a former teacher, has often said.",
    "“{Q}” Ines Rook has said for years.",
    "“{Q}” Ines Rook, who runs the jetty, said, as she has for years.",
    "“{Q}” Ines Rook said this week, as she has for years.",
]


@pytest.mark.parametrize("sentence", OWN_CLAUSE)
@pytest.mark.parametrize("words", [CHANGED, INVENTED], ids=["changed", "invented"])
def test_a_phrase_of_the_saying_still_counts(sentence: str, words: str) -> None:
    q = _check(sentence.replace("{Q}", words))
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    assert "several or earlier occasions" in q.explanation  # type: ignore[attr-defined]
