"""Titles of courtesy of any language before a name (``courtesy_titles``; ``docs/verdicts.md``,
*What counts as the same speaker*): an article in French read as English (the default
language) that calls the source's Oona Vell "Mme Vell", "M. Vell" or "Frau Vell" names her,
so a faithful translation is no misattribution.  Another surname after the title still is.

Every sentence here is made up for these tests: a lake town, its prefect Oona Vell.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict
from quotecheck.score.context import SpeakerCheck

SOURCE = """---
speaker: Oona Vell
occasion: lakeside council meeting
date: 2026-05-04
---
We will open two new reading rooms in the library before the autumn.
"""

ARTICLE = (
    "---\ndate: 2026-05-05\n---\nLa préfète du lac, Oona Vell, a parlé lundi au conseil.\n\n"
    "« Nous ouvrirons deux nouvelles salles de lecture à la bibliothèque avant l'automne », "
    "a déclaré {who}.\n"
)


def _verdict(who: str) -> Verdict:
    src = quotecheck.make_source(SOURCE, id="src.md")
    report = quotecheck.check_text(ARTICLE.format(who=who), sources=[src], path="a.md")
    assert report.quotes
    return report.quotes[-1].verdict


@pytest.mark.parametrize("who", ["Mme Vell", "M. Vell", "Frau Vell"])
def test_a_courtesy_title_names_the_same_person(who: str) -> None:
    assert _verdict(who) is Verdict.TRANSLATED


def test_another_name_after_the_title_is_still_someone_else() -> None:
    assert _verdict("Mme Dunn") is Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sra. Vell", "Oona Vell", True),
        ("Herr Vell", "Oona Vell", True),
        ("Mr Vell", "Oona Vell", True),
        ("Mme Dunn", "Oona Vell", False),
        ("Mme", "Oona Vell", False),
    ],
)
def test_same_compares_names_without_courtesy_titles(a: str, b: str, same: bool) -> None:
    check = SpeakerCheck(("Oona Vell",), {}, courtesy=frozenset({"sra", "herr", "mr", "mme"}))
    assert check.same(a, b) is same
