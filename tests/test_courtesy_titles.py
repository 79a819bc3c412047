"""Titles of courtesy of any language before a name (``courtesy_titles``; ``docs/verdicts.md``,
*What counts as the same speaker*): an article in French read as English (the default
language) that calls the source's Oona Vell "Mme Vell", "M. Vell" or "Frau Vell" names her,
so a faithful translation is no misattribution.  Another surname after the title still is.

Every sentence here is made up for these tests: a lake town, its prefect Oona Vell.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.api import _courtesy_titles
from quotecheck.config import Settings
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


@pytest.mark.parametrize("who", ["Mme Vell", "Frau Vell"])
def test_a_courtesy_title_names_the_same_person(who: str) -> None:
    assert _verdict(who) is Verdict.TRANSLATED


def test_another_name_after_the_title_is_still_someone_else() -> None:
    # Read as French, "a déclaré Mme Dunn" is an explicit credit to Dunn while the source's
    # Oona Vell is named a paragraph before: the translation path decides whose words they
    # are as the English one does (b157934), so the doubt is said with both names (QC205),
    # never the quote taken as Vell's.
    src = quotecheck.make_source(SOURCE, id="src.md")
    report = quotecheck.check_text(
        ARTICLE.format(who="Mme Dunn"),
        sources=[src],
        path="a.md",
        settings=Settings(language="fr"),
    )
    result = report.quotes[-1]
    assert result.speaker == "Dunn", result.speaker
    (doubt,) = [f for f in result.findings if f.code == "QC205"]
    assert "Dunn" in doubt.message and "Oona Vell" in doubt.message


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
    check = SpeakerCheck(
        ("Oona Vell",), {}, courtesy={"sra": "f", "herr": "m", "mr": "m", "mme": "f"}
    )
    assert check.same(a, b) is same


# Titles of opposite genders are two people, whatever the article's language; "Don" and "M."
# are also a given name and an initial, so they are titles only in Spanish and French articles.
@pytest.mark.parametrize(
    ("code", "a", "b", "same"),
    [
        ("en", "Mr Tarrow", "Mrs Tarrow", False),
        ("en", "Herr Tarrow", "Frau Tarrow", False),
        ("en", "Sr. Tarrow", "Sra. Tarrow", False),
        ("en", "Monsieur Tarrow", "Mme Tarrow", False),
        ("en", "г-н Tarrow", "Ms Tarrow", False),
        ("en", "Don Tarrow", "Ilse Tarrow", False),
        ("en", "M. Tarrow", "Ilse Tarrow", False),
        ("de", "Don Tarrow", "Ilse Tarrow", False),
        ("es", "M. Tarrow", "Ilse Tarrow", False),
        ("en", "Mrs Tarrow", "Frau Tarrow", True),
        ("en", "Mx Tarrow", "Mr Tarrow", True),
        ("es", "Don Tarrow", "Ilse Tarrow", True),
        ("fr", "M. Tarrow", "Ilse Tarrow", True),
    ],
)
def test_titles_of_opposite_genders_and_given_names(code: str, a: str, b: str, same: bool) -> None:
    check = SpeakerCheck(("Ilse Tarrow",), {}, courtesy=_courtesy_titles(code))
    assert check.same(a, b) is same


TWO_TARROWS = """---
kind: transcript
occasion: harbour board meeting
date: 2026-06-02
---

ILSE TARROW: The dredging of the east basin will finish by August.

DON TARROW: We cannot afford a second crane this year.
"""


@pytest.mark.parametrize(
    ("who", "speaker", "code"),
    [
        # A given name that is not hers names another Tarrow, who speaks at the meeting too in
        # turns of his own: her words moved to him, misattributed (red team 24 F10; red team
        # 18 F6: no "the article names Ilse Tarrow").  Without turns of his own, a doubt.
        ("Don Tarrow", "DON TARROW", "QC201"),
        ("Cal Tarrow", "Cal Tarrow", "QC205"),
        # An initial may be hers: taken as hers, with a word.
        ("M. Tarrow", "ILSE TARROW", "QC204"),
    ],
)
def test_another_of_the_same_surname_is_not_named_by_a_given_name_or_initial(
    who: str, speaker: str, code: str
) -> None:
    # Ilse Tarrow's words given to Don Tarrow (or to an M. Tarrow) in an English article: the
    # article names the other Tarrow, and that must not pass as hers without a word.
    src = quotecheck.make_source(TWO_TARROWS, id="board.md")
    article = (
        "---\ndate: 2026-06-03\n---\nThe harbour board met on Tuesday.\n\n"
        f"“The dredging of the east basin will finish by August,” {who} said.\n"
    )
    q = quotecheck.check_text(article, sources=[src], path="b.md").quotes[-1]
    assert q.attribution.speaker == speaker, (q.attribution.speaker, q.codes)
    assert code in q.codes, (q.verdict, q.codes, q.explanation)
    assert code == "QC201" or "QC201" not in q.codes, (q.verdict, q.codes, q.explanation)


def test_m_is_monsieur_in_an_article_read_as_french() -> None:
    src = quotecheck.make_source(SOURCE, id="src.md")
    report = quotecheck.check_text(
        ARTICLE.format(who="M. Vell"), sources=[src], path="a.md", settings=Settings(language="fr")
    )
    assert report.quotes[-1].verdict is Verdict.TRANSLATED, report.quotes[-1].explanation
