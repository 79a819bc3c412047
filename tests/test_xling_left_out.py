"""A translated quote that stops short of its source sentence's last words leaves them out; it
does not drop them (red team 24 F3, F5: "… en España" against "… in Spain since 2020").

The search finds the words the quote renders; the widening to the clause's edge that follows
is there to catch a changed word just outside, so a number it takes in that the quote does
not say at all is not a dropped number, and the span stays the one found.  Every sentence
here is written for these tests.
"""

from __future__ import annotations

import pytest

from quotecheck.models import EditKind, Source, Verdict
from quotecheck.xling import CrossLingual, default_encoder

SOURCE = (
    "Mayor Ilse Brandt opened the new ferry terminal on Monday.\n\n"
    "Our city has spent four million euros on the harbour since 2019. "
    "The work will go on for another year."
)


@pytest.fixture(scope="module")
def xl(tmp_path_factory: pytest.TempPathFactory) -> CrossLingual:
    source = Source(id="terminal", text=SOURCE, speaker="Ilse Brandt")
    return CrossLingual(
        [source], encoder=default_encoder(), cache_dir=tmp_path_factory.mktemp("cache")
    )


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("Nuestra ciudad ha gastado cuatro millones de euros en el puerto", "es"),
        ("Notre ville a dépensé quatre millions d'euros pour le port", "fr"),
    ],
)
def test_a_quote_that_stops_before_the_year_is_a_translation(
    xl: CrossLingual, quote: str, language: str
) -> None:
    result = xl.check(quote, language)
    assert result is not None
    assert result.verdict is Verdict.TRANSLATED, result.explanation
    assert "2019" not in result.text


@pytest.mark.parametrize(
    ("quote", "language", "changed"),
    [
        # must still accuse: the sum changed inside the words the quote renders …
        ("Nuestra ciudad ha gastado seis millones de euros en el puerto", "es", "seis millones"),
        # … or the year it does say
        ("Nuestra ciudad ha gastado cuatro millones de euros en el puerto desde 2015", "es",
         "2015"),
    ],
)  # fmt: skip
def test_a_changed_number_is_still_one(
    xl: CrossLingual, quote: str, language: str, changed: str
) -> None:
    result = xl.check(quote, language)
    assert result is not None
    assert result.verdict is Verdict.TRANSLATED_ALTERED, result.explanation
    assert [(e.kind, e.quote) for e in result.edits] == [(EditKind.NUMBER, changed)]
