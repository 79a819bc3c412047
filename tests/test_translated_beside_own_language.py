"""A translated quote when some other source is in the quote's own language (red team 15, A1).

The minister's statement is German; the mayor's is English, like the article.  The English
source must not hide the German one: a faithful rendering of the minister's words is
``translated``, not ``fabricated`` (nothing close in English) or ``paraphrased`` (her German
source matched by its names and numbers alone).  The controls: a changed number or negation is
still ``translated_altered``, another speaker's words are still ``misattributed``, and words
nobody said are still ``fabricated``.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import EditKind, Verdict

GERMAN = """---
speaker: Ilse Brandt
language: de
---
Erklärung von Ministerin Ilse Brandt

Wir werden der Stadt Kestrel Bay zwei Millionen Euro für den Deich geben. Niemand wird mit dieser
Flut allein gelassen. Die Arbeiten am Deich beginnen im März.
"""

ENGLISH = """---
speaker: Ruth Okafor
---
Statement by Mayor Ruth Okafor on the Kestrel Bay sea wall

The sea wall will not be finished before the winter storms. The council will spend four million
pounds on the wall this year, and not a penny of it will come from the schools budget.
"""


def sources(*, english: bool) -> list[quotecheck.Source]:
    given = [quotecheck.make_source(GERMAN, id="brandt-de.md")]
    if english:
        given.append(quotecheck.make_source(ENGLISH, id="okafor.md"))
    return given


def judged(article: str, *, english: bool = True) -> list[quotecheck.QuoteResult]:
    return list(quotecheck.check_text(article, sources=sources(english=english)).quotes)


FAITHFUL = [
    'Federal minister Ilse Brandt said (translated from German): "Nobody will be left alone '
    'with this flood."\n',
    'Federal minister Ilse Brandt said: "We will give the town of Kestrel Bay two million euros '
    'for the dike. Nobody will be left alone with this flood."\n',
    'Federal minister Ilse Brandt said the town would get "two million euros for the dike." '
    "(Translated from German.)\n",
    'Minister Ilse Brandt said on Friday: "Work on the dike will begin in March."\n',
]


@pytest.mark.parametrize("english", [False, True])
@pytest.mark.parametrize("article", FAITHFUL)
def test_faithful_translation_is_translated_beside_an_english_source(
    article: str, english: bool
) -> None:
    for q in judged(article, english=english):
        assert q.verdict is Verdict.TRANSLATED, q.explanation
        assert q.match is not None and q.match.source == "brandt-de.md"


@pytest.mark.parametrize(
    ("article", "kind"),
    [
        (
            'Federal minister Ilse Brandt said the town would get "three million euros for the '
            'dike."\n',
            EditKind.NUMBER,
        ),
        (
            'Minister Ilse Brandt said on Friday: "Work on the dike will not begin in March."\n',
            EditKind.NEGATION,
        ),
    ],
)
def test_changed_meaning_is_still_translated_altered(article: str, kind: EditKind) -> None:
    [q] = judged(article)
    assert q.verdict is Verdict.TRANSLATED_ALTERED, q.explanation
    assert any(e.kind is kind for e in q.edits)


def test_the_ministers_words_given_to_the_mayor_are_misattributed() -> None:
    [q] = judged('Mayor Ruth Okafor said: "Nobody will be left alone with this flood."\n')
    assert q.verdict is Verdict.MISATTRIBUTED, q.explanation


def test_words_nobody_said_are_still_fabricated() -> None:
    [q] = judged(
        'Federal minister Ilse Brandt said: "The army will rebuild every house on the '
        'south shore."\n'
    )
    assert q.verdict is Verdict.FABRICATED, q.explanation


def test_the_mayors_own_english_words_are_still_verbatim() -> None:
    [q] = judged(
        'Mayor Ruth Okafor said: "The sea wall will not be finished before the winter storms."\n'
    )
    assert q.verdict is Verdict.VERBATIM, q.explanation


# Words nobody said that share only their frame with a German line ("work on … begins in
# March", the dike's): the cross-language search compares no common nouns, so its loose bar
# must not override the English check's "fabricated" with a faithful verdict or an accusation.
UNSAID = [
    'Mayor Ruth Okafor said: "Work on the new school begins in March."\n',
    'Minister Ilse Brandt said: "Work on the new school begins in March."\n',
]


@pytest.mark.parametrize("article", UNSAID)
def test_unsaid_words_near_a_german_line_are_not_a_translation(article: str) -> None:
    [q] = judged(article)
    assert q.verdict in {Verdict.FABRICATED, Verdict.UNVERIFIABLE}, q.explanation
