"""A translated quote that joins two sentences of its source is matched to both (red team 24 F2).

The quote « Le ferry n'est pas en retard, mais … » renders two source sentences; matched to the
second alone, its negation was compared with nothing: the faithful rendering was accused of an
added negation and the reversed one called a faithful translation.  Every sentence here is
written for these tests.
"""

from __future__ import annotations

import pytest

from quotecheck.models import EditKind, Source, Verdict
from quotecheck.xling import CrossLingual, default_encoder

SOURCE = (
    "Harbour master Lena Okoro spoke to reporters at the quay.\n\n"
    "The morning ferry is not late. The tide is high at six, so boarding starts early and "
    "the cafe on the pier stays open for everyone who waits. "
    "Passengers should bring their tickets on paper."
)


@pytest.fixture(scope="module")
def xl(tmp_path_factory: pytest.TempPathFactory) -> CrossLingual:
    source = Source(id="quay", text=SOURCE, speaker="Lena Okoro")
    return CrossLingual(
        [source], encoder=default_encoder(), cache_dir=tmp_path_factory.mktemp("cache")
    )


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("Le ferry du matin n'est pas en retard, mais la marée est haute à six heures", "fr"),
        ("El ferri de la mañana no llega tarde, pero la marea está alta a las seis", "es"),
    ],
)
def test_faithful_rendering_of_two_sentences_is_a_translation(
    xl: CrossLingual, quote: str, language: str
) -> None:
    result = xl.check(quote, language)
    assert result is not None
    assert "not late" in result.text and "tide is high" in result.text
    assert result.verdict is Verdict.TRANSLATED, result.explanation


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("Le ferry du matin est en retard, mais la marée est haute à six heures", "fr"),
        ("El ferri de la mañana llega tarde, pero la marea está alta a las seis", "es"),
    ],
)
def test_reversed_rendering_of_two_sentences_drops_the_negation(
    xl: CrossLingual, quote: str, language: str
) -> None:
    result = xl.check(quote, language)
    assert result is not None
    assert "not late" in result.text and "tide is high" in result.text
    assert result.verdict is Verdict.TRANSLATED_ALTERED
    assert [(e.kind, e.source) for e in result.edits] == [(EditKind.NEGATION, "not")]


@pytest.mark.parametrize(
    ("quote", "language", "span"),
    [
        ("La marée est haute à six heures", "fr", "The tide is high at six"),
        ("Le ferry du matin n'est pas en retard", "fr", "The morning ferry is not late"),
    ],
)
def test_a_quote_of_one_sentence_keeps_its_own_span(
    xl: CrossLingual, quote: str, language: str, span: str
) -> None:
    result = xl.check(quote, language)
    assert result is not None
    assert result.text == span
    assert result.verdict is Verdict.TRANSLATED, result.explanation
