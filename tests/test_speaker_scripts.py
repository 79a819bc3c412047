"""A speaker named in another script than the source's ("Берг" in a Russian article, "Anna
Berg" declared by the English source) is the same person when the names agree as the
cross-language checks compare names (docs/translation.md): never a misattribution for that
alone (red team 16, F7)."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict
from quotecheck.score.context import SpeakerCheck

CHECK = SpeakerCheck(with_sources=("Anna Berg", "Tom Reyes"), aliases={})


@pytest.mark.parametrize(
    ("article", "source"),
    [
        ("Берг", "Anna Berg"),
        ("Анна Берг", "Anna Berg"),
        ("Берга", "Anna Berg"),  # an inflected form
        ("Куист", "Mara Quist"),
        ("Мара Куист", "Mara Quist"),
        ("Anna Berg", "Анна Берг"),  # either side may be the Cyrillic one
        ("Бергу", "Anna Berg"),  # the case endings of the language's data
        ("Бергом", "Anna Berg"),
        ("Соколова", "Vera Sokolova"),  # a feminine surname written as the source writes it
        ("Соколову", "Oleg Sokolov"),
    ],
)
def test_one_name_in_two_scripts_is_one_person(article: str, source: str) -> None:
    assert CHECK.same(article, source)


@pytest.mark.parametrize(
    ("article", "source"),
    [
        ("Петров", "Anna Berg"),
        ("Иван Берг", "Anna Berg"),  # another given name
        ("Анна Берг", "Tom Reyes"),
        ("Berga", "Anna Berg"),  # one script: the words written decide, as before
        # a longer or shorter name is another person, never a prefix of it (review 2, item 5)
        ("Лунд", "Eva Lunden"),
        ("Лунд", "Lundell"),
        ("Эва Лунд", "Eva Lunden"),
        ("Лундер", "Eva Lund"),
        ("Лундом", "Lundomir"),
        # gendered surname forms are two people unless the article says so
        ("Соколова", "Vera Sokolov"),
        ("Соколовой", "Vera Sokolov"),
        ("Олег Соколов", "Oleg Sokolova"),
        ("Olga Sokolova", "Ольга Соколов"),
    ],
)
def test_other_names_stay_other_people(article: str, source: str) -> None:
    assert not CHECK.same(article, source)


def test_the_declared_speaker_has_a_source_in_either_script() -> None:
    assert CHECK.has_source("Берг")


SOURCE = quotecheck.make_source(
    "We will open two new ferry piers in April. The old lighthouse will become a museum.",
    id="berg.txt",
    speaker="Anna Berg",
)


def _verdict(article: str) -> quotecheck.QuoteResult:
    report = quotecheck.check_text(
        article,
        sources=[SOURCE],
        settings=quotecheck.api.Settings(language="ru", time_budget=0),
    )
    [q] = report.quotes
    return q


def test_a_faithful_translation_credited_in_cyrillic_is_not_misattributed() -> None:
    q = _verdict(
        "Мэр Анна Берг выступила в совете.\n\n"
        "«Мы откроем два новых паромных причала в апреле», — заявила Берг."
    )
    assert q.verdict is Verdict.TRANSLATED, q.explanation
    assert not [f for f in q.findings if f.code == "QC201"]
