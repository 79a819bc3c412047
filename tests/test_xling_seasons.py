"""A season changed in translation is caught like a changed month (red team 20 F19): seasons
by language-independent ids (``season_words``; "fall" and "spring", also verbs, only after a
word of time or a definite determiner: ``season_homonyms``).  A season dropped or added beside
the source's is not reported: a homonym misread on one side then changes nothing.

Every sentence here is made up for these tests: a lake town's quay and ferry.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.lang.schema import SEASON_IDS
from quotecheck.models import Verdict
from quotecheck.xling.checks import Side, compare


def _season_edits(quote: str, source: str, code: str) -> list[tuple[str, str]]:
    edits = compare(Side(quote, 0, len(quote), "en"), Side(source, 0, len(source), code))
    return [(e.quote, e.source) for e in edits if "season" in (e.note or "")]


@pytest.mark.parametrize(
    ("quote", "source", "code", "pair"),
    [
        (
            "We will open the new quay before the winter.",
            "Vamos a abrir el muelle nuevo antes del verano.",
            "es",
            ("winter", "verano"),
        ),
        (
            "The ferry will run again in spring.",
            "Die Fähre fährt im Herbst wieder.",
            "de",
            ("spring", "Herbst"),
        ),
        (
            "The quay will be finished by the fall.",
            "Le quai sera terminé au printemps.",
            "fr",
            ("fall", "printemps"),
        ),
        (
            "The ferry will return in the summer.",
            "Паром вернётся зимой.",
            "ru",
            ("summer", "зимой"),
        ),
    ],
)
def test_a_changed_season_differs_in_translation(
    quote: str, source: str, code: str, pair: tuple[str, str]
) -> None:
    assert pair in _season_edits(quote, source, code)


@pytest.mark.parametrize(
    ("quote", "source", "code"),
    [
        (
            "We will open the new quay before the summer.",
            "Vamos a abrir el muelle nuevo antes del verano.",
            "es",
        ),
        ("The ferry will run again in the autumn.", "Die Fähre fährt im Herbst wieder.", "de"),
        # "fall" the verb is no season
        (
            "Fares will fall before the winter.",
            "Las tarifas bajarán antes del invierno.",
            "es",
        ),
        # a season dropped is not reported here
        ("We will open the new quay soon.", "Vamos a abrir el muelle nuevo en primavera.", "es"),
        # "the fall of" misread as the season beside the source's own season: nothing
        (
            "After the fall of the old pier, we will build in summer.",
            "Tras la caída del viejo muelle, construiremos en verano.",
            "es",
        ),
    ],
)
def test_the_same_season_or_none_is_no_change(quote: str, source: str, code: str) -> None:
    assert _season_edits(quote, source, code) == []


@pytest.mark.parametrize("code", ["en", "es", "de", "fr", "ru"])
def test_season_ids_are_known(code: str) -> None:
    lang = get_language(code)
    assert lang.season_words, code
    assert set(lang.season_words.values()) | set(lang.season_homonyms.values()) <= set(SEASON_IDS)


SPANISH = """---
speaker: Lena Varo
date: 2026-03-03
lang: es
---
LENA VARO: Vamos a abrir el muelle nuevo antes del verano. Los barcos nuevos llegan en mayo.
"""


@pytest.mark.parametrize(
    ("said", "verdict"),
    [
        ("We are going to open the new quay before the winter.", Verdict.TRANSLATED_ALTERED),
        ("We are going to open the new quay before the summer.", Verdict.TRANSLATED),
    ],
)
def test_a_season_changed_in_a_translated_quote(said: str, verdict: Verdict) -> None:
    src = quotecheck.make_source(SPANISH, id="varo.md")
    article = f"Mayor Lena Varo spoke on Tuesday.\n\nVaro said: “{said}”\n"
    q = quotecheck.check_text(article, sources=[src]).quotes[0]
    assert q.verdict is verdict, q.explanation
